#pragma once

#include "core/gdentry.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace thana::core {

class Clock;
class Database;
class UnitOfWork;
struct User;

/// The General Diary: append-only. Each entry is stamped with the time it is written
/// and takes the next number of the station's year.
class GdRepository final {
    Q_DECLARE_TR_FUNCTIONS(GdRepository)
public:
    explicit GdRepository(Database& db) : m_db(db) { }

    std::optional<GdEntry> byUid(const QString& uid) const;
    std::optional<GdEntry> byNumber(int year, int number) const;
    /// Newest first; `beforeId` > 0 continues after the last row of the previous page.
    QList<GdEntry> page(const QString& filter, qint64 beforeId, int limit, qint64* lastId = nullptr) const;
    int count() const;

    /// Writes a new entry now.
    Result<GdEntry> record(const QString& kind, const QString& summary, const User& actor, const Clock& clock);
    /// Writes a correction: a new entry that names the entry it corrects.
    Result<GdEntry> correct(const QString& originalUid, const QString& summary, const User& actor, const Clock& clock);
    /// Appends an entry as part of a larger write.
    /// When the last entry was written (null for an empty diary). Nothing written after
    /// it may be timed before it, whatever the computer's clock says.
    static QDateTime lastEntryAt(UnitOfWork& uow);
    /// The first entry written on a day (Indian Standard Time) after the diary's first
    /// day is preceded by an entry of kind "custody" listing the persons in custody when
    /// the day began, from the arrest records.
    static Result<GdEntry> append(UnitOfWork& uow, const QString& stationCode, const QString& kind, const QString& summary,
                                  const QDateTime& at, const QString& correctsUid = {});
    /// The kind of the day's first entry.
    static constexpr const char* kCustodyKind = "custody";
    /// The text of that entry for `day`: who was held at the station when it began.
    static QString custodySummary(UnitOfWork& uow, const QDate& day);

private:
    /// Writes one entry, timed no earlier than `last`, the diary's last entry.
    static Result<GdEntry> write(UnitOfWork& uow, const QString& stationCode, const QString& kind, const QString& summary,
                                 const QDateTime& at, const QString& correctsUid, const QDateTime& last);

    Database& m_db;
};

} // namespace thana::core
