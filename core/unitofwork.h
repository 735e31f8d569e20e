#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace thana::core {

class Database;

/// Column values of one row, in column order.
using Row = QList<QPair<QString, QVariant>>;

/// The one write path of the store: a write transaction (BEGIN IMMEDIATE) in which
/// every change to a record also appends to the change log, so that what is
/// committed and what is queued for the State Data Centre can never disagree.
/// Commit is explicit; the destructor rolls back anything not committed.
class UnitOfWork final {
    Q_DECLARE_TR_FUNCTIONS(UnitOfWork)
public:
    UnitOfWork(Database& db, QString actorUid);
    ~UnitOfWork();
    Q_DISABLE_COPY_MOVE(UnitOfWork)

    /// False when the transaction could not begin; see error().
    bool isOpen() const { return m_open; }
    const Error& error() const { return m_error; }

    /// Inserts a record; `row` must hold its "uid" unless `entity` is keyed otherwise.
    Result<void> insert(const QString& table, const Row& row, const QString& uid);
    /// Changes columns of a record identified by uid.
    Result<void> update(const QString& table, const QString& uid, const Row& changes);
    /// Writes station-local state (login counters and the like) that is not a record
    /// and does not travel: no change-log entry.
    Result<void> writeLocal(const QString& statement, const QVariantList& values);

    /// Allocates the next number of a per-station, per-year serial (FIR, GD, complaint)
    /// inside this transaction, so a number is used exactly when the record commits.
    Result<int> nextNumber(const QString& counter, const QString& stationCode, int year);

    Database& database() { return m_db; }
    QString actorUid() const { return m_actor; }
    Result<void> commit();

private:
    Result<void> log(const QString& entity, const QString& uid, const QString& op, const Row& row);

    Database& m_db;
    QString m_actor;
    QString m_tx; ///< names this transaction in the change log
    Error m_error;
    bool m_open = false;
    bool m_done = false;
};

} // namespace thana::core
