#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace thana::core {

class Database;

/// Builds a realistic practice station: officers, persons with English and Devanagari
/// names, complaints, General Diary entries and FIRs across common sections, written
/// through the same services and rules as real work.
class DemoData final {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    struct Options {
        QDate lastDay = QDate::currentDate(); ///< the data ends on this day
        int days = 365;
        int complaintsPerDay = 2;       ///< on average
        double firShare = 0.6;          ///< share of complaints that become FIRs
        int directFirsPerDay = 0;       ///< FIRs on oral information, without a complaint
        int diaryEntriesPerDay = 10;    ///< routine entries: arrivals, departures, patrols
        int extraPersonsPerDay = 0;     ///< persons recorded for other purposes (verifications)
        quint32 seed = 2024;
        bool fast = false;              ///< bulk load without syncing each day to disk (benchmarks)
        bool training = true;           ///< false only to exercise a State Data Centre in tests
    };
    /// The password of every demo account.
    static QString demoPassword();

    /// Fills an empty store. Refused when the store already has a station.
    static Result<void> generate(Database& db, const Options& options,
                                 const std::function<void(int day, int days)>& progress = {});
};

} // namespace thana::core
