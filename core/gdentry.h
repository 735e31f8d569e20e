#pragma once

#include <QDateTime>
#include <QString>

namespace thana::core {

/// One entry of the General Diary (Roznamcha). Numbered per station per calendar
/// year, never edited or deleted; a correction is a new entry naming the old one.
struct GdEntry {
    QString uid;
    QString stationCode;
    int year = 0;
    int number = 0;
    QDateTime entryAt;
    QString kind;        ///< general, complaint, fir, arrival, departure, correction, custody
    QString summary;
    QString officerUid;
    QString officerName;
    QString correctsUid; ///< the entry this one corrects, if it is a correction
    QDateTime createdAt;

    /// "GD 123/2026"
    QString reference() const;
};

} // namespace thana::core
