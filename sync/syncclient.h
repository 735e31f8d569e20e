#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace thana::core {
class Database;
}

namespace thana::sync {

/// Where the State Data Centre is and how this station proves who it is.
struct SyncCredentials {
    QString serverUrl;     ///< https://sdc.example:8443
    QString certificate;   ///< the station's certificate (PEM)
    QString key;           ///< its key (PEM)
    QString caCertificate; ///< the state's CA (PEM)
    /// The files the state's CA hands a station: <code>.crt, <code>.key, ca.crt in `dir`.
    static SyncCredentials fromDirectory(const QString& serverUrl, const QString& dir, const QString& stationCode);
};

/// What one round did.
struct RoundReport {
    int batches = 0;
    qint64 changesSent = 0;
    qint64 bytesSent = 0;   ///< request bodies (compressed batches)
    qint64 acked = 0;
    int duplicates = 0;
    int rejected = 0;
    int conflicts = 0;
    int feedItems = 0;
    QStringList rejections; ///< "seq entity uid: message"
    QStringList chainBreaks; ///< where the State Data Centre found the register chains broken
};

/// One station's synchronisation with the State Data Centre: uploads the outbox in
/// compressed batches over one kept-alive mutual-TLS connection, resumes from what
/// the State Data Centre acknowledges, then reads the station's feed. Blocking; run
/// it on a worker thread with its own store connection.
class SyncClient final {
    Q_DECLARE_TR_FUNCTIONS(thana::sync::SyncClient)
public:
    struct Options {
        /// Changes in one batch (whole transactions) and their uncompressed payload. Each
        /// batch costs a round trip and a transaction at the State Data Centre, so a long
        /// backlog goes in few of them (136,000 changes in 14 in docs/benchmarks.md, "Sync").
        int maxRecords = 10000;
        qint64 maxBytes = qint64(4) << 20;
        int timeoutMs = 120000;           ///< for one request
        /// zstd level 9: on batches kept by column it makes a quarter fewer bytes than level
        /// 2 and still compresses about 37,000 changes a second, beside the upload of the
        /// batch before (see docs/benchmarks.md, "Sync").
        int compressionLevel = 9;
    };

    SyncClient(core::Database& db, SyncCredentials credentials, Options options);
    SyncClient(core::Database& db, SyncCredentials credentials);
    ~SyncClient();
    Q_DISABLE_COPY_MOVE(SyncClient)

    /// Sends everything queued and reads the feed. The ledger records the outcome
    /// (last success, or the last error in words). Fails when the round did not
    /// complete; what was acknowledged before the failure stays acknowledged.
    core::Result<RoundReport> runRound();
    /// Searches persons, vehicles and property across the state's stations (online only).
    /// Each hit is "station: kind: summary".
    core::Result<QStringList> searchState(const QString& text);

private:
    /// Reads the credentials and sets up TLS; refuses an expired certificate or a bad address.
    core::Result<void> prepare();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thana::sync
