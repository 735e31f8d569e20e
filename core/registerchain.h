#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

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

/// The end of a register's chain after a given record: what a station tells the State
/// Data Centre so it can check the chain it computes from the records it received.
struct ChainHead {
    QString registerName; ///< "gd" or "fir"
    qint64 position = 0;  ///< links up to and including the record
    QString recordUid;
    QString hash;         ///< the chain hash of that link, SHA-256 hex
};

/// The General Diary and the FIR register as hash chains: each record's content is
/// hashed (SHA-256) when it is written, and each link hashes its content hash with the
/// link before it, so a record edited, deleted, inserted or reordered behind the
/// application's back breaks the chain where it happened.
///
/// The links are the station's own evidence and do not travel: the State Data Centre
/// recomputes the chain from the records it receives (contentHashOf, link) and compares
/// it with the heads each batch carries.
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
    /// The same hash computed from a record's columns as they travel (the change log's
    /// JSON payload). For an FIR, `sections` are its "act section" keys as registered and
    /// `parties` its "kind:person uid" keys.
    static QString contentHashOf(const QString& registerName, const QJsonObject& columns, const QStringList& sections = {},
                                 const QStringList& parties = {});
    /// A section's key for contentHashOf, from its fir_sections columns; empty for a
    /// section added by an amendment, which the FIR's link does not cover.
    static QString sectionKey(const QJsonObject& section);
    /// A party's key for contentHashOf, from its fir_parties columns.
    static QString partyKey(const QJsonObject& party);
    /// The chain hash of the link after `previous` for a record whose content hash is `content`.
    static QString link(const QString& previous, const QString& content);
    /// The hash the first link follows.
    static QString genesis();
    /// The record's link: where its register's chain stood once it was written.
    static std::optional<ChainHead> headAt(Database& db, const QString& recordUid);
};

} // namespace thana::core
