#pragma once

#include "core/fir.h"

#include <QList>

#include <optional>

namespace thana::core {

class Database;
struct User;

/// Filter of the FIR list.
struct FirFilter {
    QString text;   ///< "17/2026", "17", a complainant's name, a place or a section ("BNS 303")
    int year = 0;   ///< 0: every year
};

/// Reads FIRs. Victims' identities are masked for viewers not working the case.
class FirRepository final {
public:
    explicit FirRepository(Database& db) : m_db(db) { }

    /// The FIR as it stands: the registered record with its amendments applied.
    std::optional<Fir> byUid(const QString& uid, const User& viewer) const;
    std::optional<Fir> byNumber(int year, int number, const User& viewer) const;
    /// Newest first; `beforeId` > 0 continues after the last row of the previous page.
    QList<FirSummary> page(const FirFilter& filter, qint64 beforeId, int limit, const User& viewer) const;
    int count(int year = 0) const;

private:
    Database& m_db;
};

} // namespace thana::core
