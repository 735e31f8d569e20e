#pragma once

#include "core/result.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

class QSslServer;

namespace thana::sync {

class SdcStore;

/// The State Data Centre's HTTPS service. Every connection is mutual TLS: the client
/// shows a station certificate issued by the state's CA, and the station code in it
/// is the only station whose records the connection may write or read.
///
/// POST /v1/batches   an upload batch (application/x-thana-batch); the reply comes
///                    after the commit and says up to which change the station's
///                    records are durably stored. A batch sent with the header
///                    "X-Thana-Ack: later" is checked, queued and answered 202 at
///                    once (its "acked" is what was stored before it), so the link
///                    carries the next batch while it is stored; the station's next
///                    ordinary batch is answered once everything before it is stored,
///                    with the outcome of the queued ones.
/// GET  /v1/feed      ?after=CURSOR&limit=N: what the station must see
/// GET  /v1/search    ?q=TEXT: persons, vehicles and property across stations
/// GET  /health       the service and its database
class SdcServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Options {
        QString certificate;   ///< the server's certificate (PEM)
        QString key;           ///< its key (PEM)
        QString caCertificate; ///< the state's CA
        QString crl;           ///< the CA's revocation list; re-read when it changes
        qint64 maxBatchBytes = qint64(16) << 20;
        qint64 maxUncompressedBytes = qint64(64) << 20;
        /// The database, opened again on the thread that stores queued batches; empty:
        /// batches sent ahead are stored as they arrive.
        QString storeTarget;
    };

    SdcServer(SdcStore& store, Options options, QObject* parent = nullptr);
    ~SdcServer() override;

    /// Starts listening; returns the port (useful with port 0).
    core::Result<quint16> start(const QHostAddress& address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    bool isRevoked(const QSslCertificate& certificate);
    class Queue;

    std::unique_ptr<Queue> m_queue;

    SdcStore& m_store;
    Options m_options;
    QSslServer* m_server = nullptr;
    QStringList m_revoked;
    QDateTime m_crlModified;
};

} // namespace thana::sync
