#pragma once

#include "sync/batch.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace thana::bench {

/// One simulated station of the swarm: its certificate and the day of changes it sends.
struct SimStation {
    QString code;
    QString certificatePath;
    QString keyPath;
    QByteArray batch;     ///< the encoded upload batch
    int records = 0;      ///< changes in it, seq 1..records
    int distinctRecords = 0; ///< records (entity, uid) they make
    bool retry = false;   ///< sends its batch a second time, as after a lost reply
};

/// What the swarm saw.
struct SwarmResult {
    int completed = 0;          ///< stations whose round went through: every change acknowledged, the feed read
    int errors = 0;             ///< stations whose round failed (listed in `errorSamples`)
    qint64 stored = 0;          ///< changes the State Data Centre applied, by its answers
    qint64 conflicts = 0;       ///< changes it kept aside as conflicts
    qint64 rejected = 0;        ///< changes it refused by core's rules
    QStringList notAppliedSamples; ///< the first few stations with conflicts or refusals
    QStringList errorSamples;   ///< the first few failures, in words
    qint64 elapsedMs = 0;       ///< first connection to last reply
    QList<double> latenciesMs;  ///< each station's round, connect to last reply
    int retriesAnswered = 0;    ///< second sends answered as duplicates, nothing stored
    int peakInFlight = 0;
};

/// Rewrites a station's change log as if another station had written it: every UUID
/// (record identities and references between records, users included) is replaced by
/// a fresh one, the station code by `code`, and the changes are numbered from 1.
QList<sync::ChangeRecord> rewriteForStation(const QList<sync::ChangeRecord>& records, const QString& fromCode, const QString& code);

/// Many stations syncing at once with one State Data Centre, each over its own
/// mutual-TLS connection with its own certificate, as a station's client does: one
/// POST /v1/batches (twice for a retrying station) and one GET /v1/feed on a kept-alive
/// connection. At most `concurrency` stations are connected at a time.
class StationSwarm final {
public:
    StationSwarm(QList<SimStation> stations, QString caCertificatePath, quint16 port, int concurrency);
    /// Runs every station to its end; blocks, with an event loop of its own.
    SwarmResult run();

private:
    QList<SimStation> m_stations;
    QString m_ca;
    quint16 m_port = 0;
    int m_concurrency = 1;
};

} // namespace thana::bench
