#include "sync/sdcserver.h"

#include "sync/batch.h"
#include "sync/sdcstore.h"
#include "sync/stateca.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QUrlQuery>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcSdc, "thana.sync.sdc")

namespace thana::sync {

namespace {

using Status = QHttpServerResponder::StatusCode;

QJsonObject errorBody(const QString& code, const QString& message, const QList<core::Violation>& violations = {})
{
    QJsonArray list;
    for (const core::Violation& v : violations)
        list.append(QJsonObject { { QStringLiteral("field"), v.field }, { QStringLiteral("rule"), v.rule },
                                  { QStringLiteral("message"), v.message } });
    return QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message },
                         { QStringLiteral("violations"), list } };
}

Status statusFor(const QString& code)
{
    if (code == QLatin1String("sync.gap"))
        return Status::Conflict;
    if (code == QLatin1String("sync.other_station"))
        return Status::Forbidden;
    if (code == QLatin1String("sdc.storage") || code == QLatin1String("sdc.store_open"))
        return Status::ServiceUnavailable;
    return Status::BadRequest;
}

} // namespace

/// Batches stations sent ahead, stored in the order they came on a thread of their
/// own with its own database connection, while the link carries the next batch.
class SdcServer::Queue {
public:
    Queue(QString target, qint64 maxUncompressed) : m_target(std::move(target)), m_maxUncompressed(maxUncompressed)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Queue()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(Queue)

    /// Queues a received batch, first waiting while kDepth are waiting already.
    void push(const QString& station, QByteArray body)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_jobs.size() < kDepth; });
        m_jobs.push_back({ station, std::move(body) });
        m_changed.notify_all();
    }

    /// What became of the station's queued batches: waits until none is waiting or
    /// being stored. The first failure, if one failed; the later ones then failed too.
    std::pair<IngestReply, std::optional<core::Error>> settle(const QString& station)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_running != station && std::none_of(m_jobs.cbegin(), m_jobs.cend(), [&](const Job& j) { return j.station == station; });
        });
        std::pair<IngestReply, std::optional<core::Error>> outcome { m_replies.take(station), std::nullopt };
        if (auto it = m_failures.find(station); it != m_failures.end()) {
            outcome.second = *it;
            m_failures.erase(it);
        }
        return outcome;
    }

private:
    static constexpr size_t kDepth = 2;
    struct Job {
        QString station;
        QByteArray body;
    };

    void run()
    {
        auto store = SdcStore::open(m_target);
        while (true) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                m_running = job.station;
                m_changed.notify_all();
            }
            std::optional<core::Error> failure;
            IngestReply stored;
            auto batch = Batch::decode(job.body, m_maxUncompressed);
            if (!store) {
                failure = store.error();
            } else if (!batch) {
                failure = batch.error();
            } else {
                auto r = (*store)->ingest(job.station, *batch);
                if (r)
                    stored = *r;
                else
                    failure = r.error();
            }
            std::lock_guard lock(m_mutex);
            m_running.clear();
            if (failure) {
                if (!m_failures.contains(job.station))
                    m_failures.insert(job.station, *failure);
                qCInfo(lcSdc) << "queued batch of" << job.station << "not stored:" << failure->message;
            } else {
                IngestReply& sum = m_replies[job.station];
                sum.acked = stored.acked;
                sum.stored += stored.stored;
                sum.duplicates += stored.duplicates;
                sum.conflicts += stored.conflicts;
                sum.rejected += stored.rejected;
                sum.chainBreaks += stored.chainBreaks;
            }
            m_changed.notify_all();
        }
    }

    QString m_target;
    qint64 m_maxUncompressed = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    QString m_running;
    QHash<QString, IngestReply> m_replies;
    QHash<QString, core::Error> m_failures;
    bool m_stop = false;
    std::thread m_thread;
};

SdcServer::SdcServer(SdcStore& store, Options options, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store), m_options(std::move(options))
{
    if (!m_options.storeTarget.isEmpty())
        m_queue = std::make_unique<Queue>(m_options.storeTarget, m_options.maxUncompressedBytes);
}

SdcServer::~SdcServer() = default;

core::Result<quint16> SdcServer::start(const QHostAddress& address, quint16 port)
{
    auto readFile = [](const QString& path) -> QByteArray {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QSslCertificate certificate(readFile(m_options.certificate), QSsl::Pem);
    const QSslKey key(readFile(m_options.key), QSsl::Ec, QSsl::Pem);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readFile(m_options.caCertificate), QSsl::Pem);
    if (certificate.isNull() || key.isNull() || ca.isEmpty())
        return core::Error { QStringLiteral("sdc.credentials"),
                             tr("The server's certificate, key or the state's CA certificate could not be read (%1, %2, %3).")
                                 .arg(m_options.certificate, m_options.key, m_options.caCertificate),
                             {} };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setCaCertificates(ca);
    // Only certificates of the state's CA are accepted, and one must be shown.
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(20000);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket* socket, QAbstractSocket::SocketError) {
        qCInfo(lcSdc) << "connection refused:" << socket->peerAddress() << socket->errorString();
    });
    connect(m_server, &QSslServer::peerVerifyError, this,
            [](QSslSocket* socket, const QSslError& error) { qCInfo(lcSdc) << "certificate refused:" << socket->peerAddress() << error.errorString(); });
    if (!m_server->listen(address, port))
        return core::Error { QStringLiteral("sdc.listen"),
                             tr("The State Data Centre could not listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString()),
                             {} };
    bind(m_server);
    return m_server->serverPort();
}

bool SdcServer::isRevoked(const QSslCertificate& certificate)
{
    if (m_options.crl.isEmpty())
        return false;
    const QFileInfo info(m_options.crl);
    if (!info.exists())
        return false;
    if (info.lastModified() != m_crlModified) {
        QFile f(m_options.caCertificate);
        const QList<QSslCertificate> ca = f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll(), QSsl::Pem) : QList<QSslCertificate>();
        auto crl = StateCa::readCrl(m_options.crl, ca.value(0));
        if (!crl) {
            qCWarning(lcSdc) << "revocation list unreadable:" << crl.error().message;
            return true; // never let a peer in on a list that cannot be read
        }
        m_revoked = crl->serials;
        m_crlModified = info.lastModified();
    }
    return m_revoked.contains(StateCa::serialOf(certificate));
}

bool SdcServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    auto reply = [&responder](const QJsonObject& body, Status status) { responder.write(QJsonDocument(body), status); };

    auto* tls = qobject_cast<QSslSocket*>(socket);
    const QSslCertificate peer = tls ? tls->peerCertificate() : QSslCertificate();
    const std::optional<QString> station = StateCa::stationCodeOf(peer);
    const QString path = request.url().path();

    if (path == QLatin1String("/health") && request.method() == QHttpServerRequest::Method::Get) {
        const bool healthy = m_store.isHealthy();
        reply(QJsonObject { { QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("unavailable") },
                            { QStringLiteral("database"), m_store.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite") } },
              healthy ? Status::Ok : Status::ServiceUnavailable);
        return true;
    }
    if (!station) {
        reply(errorBody(QStringLiteral("sdc.not_a_station"), tr("The connection did not show a station certificate of the state's CA.")),
              Status::Forbidden);
        return true;
    }
    if (isRevoked(peer)) {
        qCWarning(lcSdc) << "revoked certificate of" << *station;
        reply(errorBody(QStringLiteral("sdc.revoked"),
                        tr("The certificate of station %1 has been revoked by the state's CA; ask the state's administrator for a new one.")
                            .arg(*station)),
              Status::Forbidden);
        return true;
    }

    if (path == QLatin1String("/v1/batches") && request.method() == QHttpServerRequest::Method::Post) {
        const QByteArray body = request.body();
        if (body.size() > m_options.maxBatchBytes) {
            reply(errorBody(QStringLiteral("sync.batch.too_large"),
                            tr("The batch is %1 bytes; the State Data Centre takes at most %2 bytes in one batch.").arg(body.size()).arg(m_options.maxBatchBytes)),
                  Status::PayloadTooLarge);
            return true;
        }
        if (m_queue && request.value("x-thana-ack").compare("later", Qt::CaseInsensitive) == 0) {
            // Read and stored on the queue's thread; a batch it cannot store is reported
            // with the station's next ordinary batch.
            if (!Batch::header(body)) {
                reply(errorBody(QStringLiteral("sync.batch.malformed"), tr("The request is not an upload batch.")), Status::BadRequest);
                return true;
            }
            const qint64 before = m_store.highSeq(*station);
            m_queue->push(*station, body);
            reply(QJsonObject { { QStringLiteral("queued"), true }, { QStringLiteral("acked"), before } }, Status::Accepted);
            return true;
        }
        auto batch = Batch::decode(body, m_options.maxUncompressedBytes);
        if (!batch) {
            reply(errorBody(batch.error().code, batch.error().message, batch.error().violations), Status::BadRequest);
            return true;
        }
        if (batch->stationCode != *station) {
            reply(errorBody(QStringLiteral("sync.other_station"),
                            tr("This connection is from station %1 and may not send records of station %2; nothing was stored.")
                                .arg(*station, batch->stationCode)),
                  Status::Forbidden);
            return true;
        }
        IngestReply earlier;
        if (m_queue) {
            auto [settled, failure] = m_queue->settle(*station);
            earlier = settled;
            if (failure) {
                // Nothing after a batch that was not stored can be: the station sends again
                // from what is acknowledged.
                QJsonObject refusal = errorBody(failure->code, failure->message, failure->violations);
                refusal.insert(QStringLiteral("acked"), m_store.highSeq(*station));
                reply(refusal, statusFor(failure->code));
                return true;
            }
        }
        auto stored = m_store.ingest(*station, *batch);
        if (!stored) {
            QJsonObject refusal = errorBody(stored.error().code, stored.error().message, stored.error().violations);
            refusal.insert(QStringLiteral("acked"), m_store.highSeq(*station));
            reply(refusal, statusFor(stored.error().code));
            return true;
        }
        stored->stored += earlier.stored;
        stored->duplicates += earlier.duplicates;
        stored->conflicts += earlier.conflicts;
        stored->rejected = earlier.rejected + stored->rejected;
        stored->chainBreaks = earlier.chainBreaks + stored->chainBreaks;
        QJsonArray rejected;
        for (const Rejection& r : stored->rejected)
            rejected.append(QJsonObject { { QStringLiteral("seq"), r.seq }, { QStringLiteral("entity"), r.entity },
                                          { QStringLiteral("uid"), r.uid }, { QStringLiteral("rule"), r.rule },
                                          { QStringLiteral("message"), r.message } });
        QJsonObject answer;
        answer.insert(QStringLiteral("acked"), stored->acked);
        answer.insert(QStringLiteral("stored"), stored->stored);
        answer.insert(QStringLiteral("duplicates"), stored->duplicates);
        answer.insert(QStringLiteral("conflicts"), stored->conflicts);
        answer.insert(QStringLiteral("rejected"), rejected);
        if (!stored->chainBreaks.isEmpty())
            answer.insert(QStringLiteral("chainBreaks"), QJsonArray::fromStringList(stored->chainBreaks));
        reply(answer, Status::Ok);
        return true;
    }
    if (path == QLatin1String("/v1/feed") && request.method() == QHttpServerRequest::Method::Get) {
        const QUrlQuery query(request.url());
        const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
        const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 500);
        auto items = m_store.feed(*station, after, limit);
        if (!items) {
            reply(errorBody(items.error().code, items.error().message), Status::ServiceUnavailable);
            return true;
        }
        QJsonArray list;
        qint64 cursor = after;
        for (const FeedEntry& e : *items) {
            list.append(QJsonObject { { QStringLiteral("cursor"), e.cursor }, { QStringLiteral("kind"), e.kind },
                                      { QStringLiteral("uid"), e.uid }, { QStringLiteral("title"), e.title },
                                      { QStringLiteral("payload"), e.payload } });
            cursor = e.cursor;
        }
        reply(QJsonObject { { QStringLiteral("items"), list }, { QStringLiteral("cursor"), cursor } }, Status::Ok);
        return true;
    }
    if (path == QLatin1String("/v1/search") && request.method() == QHttpServerRequest::Method::Get) {
        const QUrlQuery query(request.url());
        auto hits = m_store.search(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), 100);
        if (!hits) {
            reply(errorBody(hits.error().code, hits.error().message), Status::BadRequest);
            return true;
        }
        QJsonArray list;
        for (const SearchHit& h : *hits)
            list.append(QJsonObject { { QStringLiteral("entity"), h.entity }, { QStringLiteral("uid"), h.uid },
                                      { QStringLiteral("station"), h.station }, { QStringLiteral("summary"), h.summary } });
        reply(QJsonObject { { QStringLiteral("hits"), list } }, Status::Ok);
        return true;
    }
    return false;
}

void SdcServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(errorBody(QStringLiteral("sdc.not_found"),
                                            tr("The State Data Centre has nothing at %1.").arg(request.url().path()))),
                    Status::NotFound);
}

} // namespace thana::sync
