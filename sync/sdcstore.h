#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace thana::sync {

using core::Error;
using core::Result;

class Batch;

/// A record the State Data Centre would not store, with the rule it broke.
struct Rejection {
    qint64 seq = 0;
    QString entity;
    QString uid;
    QString rule;
    QString message;
};

/// What the State Data Centre answers to a batch, sent only after its commit.
struct IngestReply {
    qint64 acked = 0;     ///< every change of the station up to here is durably stored
    int stored = 0;       ///< changes applied to records
    int duplicates = 0;   ///< changes it already held (a retry)
    int conflicts = 0;    ///< changes kept as conflicts for a person to resolve
    QList<Rejection> rejected;
    QStringList chainBreaks; ///< where the station's register chains disagree with what was received
};

/// One entry of a station's feed.
struct FeedEntry {
    qint64 cursor = 0;
    QString kind;
    QString uid;
    QString title;
    QJsonObject payload;
};

/// A record found by the state-wide search.
struct SearchHit {
    QString entity;
    QString uid;
    QString station;
    QString summary;
};

/// A register chain of a station that did not match what the State Data Centre
/// computed from the records it received.
struct ChainBreakRecord {
    qint64 id = 0;
    QString station;
    QString registerName;
    qint64 position = 0;
    QString recordUid;
    QString message;
    QString foundAt;
};

/// A change kept aside because it could not be applied without overwriting someone.
struct Conflict {
    qint64 id = 0;
    QString station;
    qint64 seq = 0;
    QString entity;
    QString uid;
    QString owner;
    QString reason;
};

/// The State Data Centre's storage: every station's changes, each once, the records
/// they make, conflicts, and the stations' feeds. On PostgreSQL in production and
/// SQLite as the embedded default; the service keeps no other state, so several
/// instances can share one PostgreSQL database.
class SdcStore final {
    Q_DECLARE_TR_FUNCTIONS(thana::sync::SdcStore)
public:
    /// `target` is a SQLite file path, or "postgresql://" URL-style options:
    /// postgresql://user@host:port/dbname (host may be a socket directory).
    static Result<std::unique_ptr<SdcStore>> open(const QString& target);
    ~SdcStore();
    Q_DISABLE_COPY_MOVE(SdcStore)

    bool isPostgres() const { return m_postgres; }
    /// Stores a station's batch in one transaction: changes it already holds are
    /// skipped, the rest must follow on from the last one it holds. Each change is
    /// checked by core's rules; a change from a station that does not own the record
    /// is kept as a conflict.
    Result<IngestReply> ingest(const QString& stationCode, const Batch& batch);
    /// The last change of the station it holds (0 for none).
    qint64 highSeq(const QString& stationCode);

    Result<QList<FeedEntry>> feed(const QString& stationCode, qint64 after, int limit);
    /// Adds an entry to a station's feed (a citizen's request, a notice, master data).
    Result<qint64> post(const QString& stationCode, const QString& kind, const QString& uid, const QString& title,
                        const QJsonObject& payload);
    /// Moves an FIR and the records of its case to another station, and tells both.
    Result<void> transferFir(const QString& firUid, const QString& toStation, const QString& reason);

    Result<QList<SearchHit>> search(const QString& text, int limit);
    Result<QList<Conflict>> conflicts(bool openOnly);
    Result<void> resolveConflict(qint64 id, const QString& resolution);
    /// Every register-chain break found in what stations sent, oldest first.
    Result<QList<ChainBreakRecord>> chainBreaks();

    /// Counts for operators: changes, records, conflicts, rejections.
    Result<QJsonObject> counts();
    /// Reads one record as stored (for tests and operators).
    std::optional<QJsonObject> record(const QString& entity, const QString& uid);
    bool isHealthy();

private:
    SdcStore(QString connectionName, bool postgres);
    Result<void> createSchema();
    struct Statements;

    QString m_connection;
    bool m_postgres = false;
    std::unique_ptr<Statements> m_statements;
};

} // namespace thana::sync
