#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace thana::core {

class Database;
class UnitOfWork;

/// Where a register's chain breaks, and how.
struct ChainBreak {
    QString registerName; ///< "gd" or "fir"
    int position = 0;     ///< the link, 1 for the first
    QString record;       ///< "GD 12/2026", "FIR 3/2026"
    QString kind;         ///< edited, deleted, inserted, reordered, link
    QString message;      ///< translated
};

/// The General Diary and the FIR register as hash chains: each record's content is
/// hashed (SHA-256) when it is written, and each link hashes its content hash with the
/// link before it, so a record edited, deleted, inserted or reordered behind the
/// application's back breaks the chain where it happened.
class RegisterChain final {
    Q_DECLARE_TR_FUNCTIONS(RegisterChain)
public:
    /// Appends the record to its register's chain, in the record's own transaction.
    static Result<void> append(UnitOfWork& uow, const QString& registerName, const QString& recordUid);
    /// Links records written before the chains existed (once, after the upgrade).
    static Result<void> ensureLinked(Database& db);
    /// Checks every chain; empty when all hold. Names the first break of each register.
    static QList<ChainBreak> verify(Database& db);
    /// The SHA-256 (hex) of a record's content as stored now; empty if there is no record.
    static QString contentHash(Database& db, const QString& registerName, const QString& recordUid);
};

} // namespace thana::core
