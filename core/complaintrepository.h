#pragma once

#include "core/complaint.h"
#include "core/person.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace thana::core {

class Clock;
class Database;
class UnitOfWork;
struct User;

/// Complaints and petitions. Receiving one writes its General Diary entry in the
/// same transaction, so a complaint can never exist without its diary record.
class ComplaintRepository final {
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)
public:
    explicit ComplaintRepository(Database& db) : m_db(db) { }

    std::optional<Complaint> byUid(const QString& uid, const User& viewer) const;
    /// Newest first, keyset-paged. `action` empty means every action.
    QList<Complaint> page(const QString& filter, const QString& action, qint64 beforeId, int limit, const User& viewer,
                          qint64* lastId = nullptr) const;
    /// Complaints in the store; with `action`, only those whose action it is.
    int count(const QString& action = {}) const;

    /// Receives a complaint. When `newComplainant` is given it is created first;
    /// otherwise `complaint.complainantUid` must name a known person.
    Result<Complaint> receive(Complaint complaint, const std::optional<Person>& newComplainant, const User& actor,
                              const Clock& clock);
    /// Records the action taken other than an FIR (which FirService records).
    Result<Complaint> takeAction(const QString& uid, ComplaintAction action, const QString& note, const User& actor,
                                 const Clock& clock);
    /// Marks a complaint as registered as an FIR, inside the FIR's transaction.
    static Result<void> markFir(UnitOfWork& uow, const QString& uid, const QString& firUid, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace thana::core
