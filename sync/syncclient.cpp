#include "sync/syncclient.h"

#include "core/database.h"
#include "core/registerchain.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"
#include "sync/batch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <future>

Q_LOGGING_CATEGORY(lcSyncClient, "thana.sync.client")

namespace thana::sync {

SyncCredentials SyncCredentials::fromDirectory(const QString& serverUrl, const QString& dir, const QString& stationCode)
{
    const QDir d(dir);
    return SyncCredentials { serverUrl, d.filePath(stationCode + QStringLiteral(".crt")), d.filePath(stationCode + QStringLiteral(".key")),
                             d.filePath(QStringLiteral("ca.crt")) };
}

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Response {
    int status = 0;
    QJsonObject body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
};

} // namespace

struct SyncClient::Private {
    core::Database& db;
    SyncCredentials credentials;
    Options options;
    QNetworkAccessManager network;
    QSslConfiguration tls;

    Private(core::Database& database, SyncCredentials c, Options o) : db(database), credentials(std::move(c)), options(o) { }

    /// Starts a request; the network runs it on its own thread meanwhile.
    QNetworkReply* start(QNetworkRequest request, const QByteArray* body)
    {
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(options.timeoutMs);
        return body ? network.post(request, *body) : network.get(request);
    }

    /// Waits for a started request to finish.
    static Response finish(QNetworkReply* reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll()).object();
        r.error = reply->error();
        r.errorText = reply->errorString();
        reply->deleteLater();
        return r;
    }

    Response send(QNetworkRequest request, const QByteArray* body) { return finish(start(std::move(request), body)); }

    /// A failure in words an officer can act on.
    static QString explain(const Response& r)
    {
        if (r.status >= 400 && r.body.contains(QLatin1String("message")))
            return r.body.value(QLatin1String("message")).toString();
        const QString detail = r.errorText;
        switch (r.error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            return tr("The State Data Centre could not be reached (%1). The changes stay queued and go when the link is back.").arg(detail);
        case QNetworkReply::SslHandshakeFailedError:
            if (detail.contains(QLatin1String("expired"), Qt::CaseInsensitive))
                return tr("The State Data Centre refused this station's certificate because it has expired; ask the state's "
                          "administrator for a new one (%1).")
                    .arg(detail);
            if (detail.contains(QLatin1String("unknown ca"), Qt::CaseInsensitive) || detail.contains(QLatin1String("bad certificate"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("certificate required"), Qt::CaseInsensitive))
                return tr("The State Data Centre did not accept this station's certificate (%1).").arg(detail);
            return tr("A secure connection to the State Data Centre could not be made (%1).").arg(detail);
        default:
            break;
        }
        if (r.status >= 400)
            return tr("The State Data Centre answered %1 (%2).").arg(r.status).arg(detail);
        return tr("Synchronisation failed: %1").arg(detail);
    }
};

SyncClient::SyncClient(core::Database& db, SyncCredentials credentials) : SyncClient(db, std::move(credentials), Options {}) { }

SyncClient::SyncClient(core::Database& db, SyncCredentials credentials, Options options)
    : d(std::make_unique<Private>(db, std::move(credentials), options))
{
}

SyncClient::~SyncClient() = default;

core::Result<void> SyncClient::prepare()
{
    const QSslCertificate certificate(readFile(d->credentials.certificate), QSsl::Pem);
    const QSslKey key(readFile(d->credentials.key), QSsl::Ec, QSsl::Pem);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readFile(d->credentials.caCertificate), QSsl::Pem);
    if (certificate.isNull() || key.isNull() || ca.isEmpty())
        return core::Error { QStringLiteral("sync.credentials"),
                    tr("The station's certificate, key or the state's CA certificate could not be read (%1, %2, %3).")
                        .arg(d->credentials.certificate, d->credentials.key, d->credentials.caCertificate), {} };
    if (certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        return core::Error { QStringLiteral("sync.expired"),
                    tr("This station's certificate expired on %1; ask the state's administrator for a new one.")
                        .arg(certificate.expiryDate().toString(Qt::ISODate)), {} };
    const QUrl base(d->credentials.serverUrl);
    if (!base.isValid() || base.scheme() != QLatin1String("https"))
        return core::Error { QStringLiteral("sync.server_url"),
                             tr("State Data Centre address: must be an https:// address (now \"%1\").").arg(d->credentials.serverUrl), {} };
    d->tls = QSslConfiguration::defaultConfiguration();
    d->tls.setLocalCertificate(certificate);
    d->tls.setPrivateKey(key);
    d->tls.setCaCertificates(ca);
    d->tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    d->tls.setProtocol(QSsl::TlsV1_2OrLater);

    return {};
}

core::Result<QStringList> SyncClient::searchState(const QString& text)
{
    if (auto ready = prepare(); !ready)
        return ready.error();
    QUrl url(d->credentials.serverUrl);
    url.setPath(QStringLiteral("/v1/search"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    url.setQuery(query);
    const Response r = d->send(QNetworkRequest(url), nullptr);
    if (r.error != QNetworkReply::NoError || r.status != 200)
        return core::Error { r.body.value(QLatin1String("error")).toString(QStringLiteral("sync.network")), Private::explain(r), {} };
    QStringList hits;
    for (const QJsonValue v : r.body.value(QLatin1String("hits")).toArray()) {
        const QJsonObject o = v.toObject();
        hits << QStringLiteral("%1: %2: %3").arg(o.value(QLatin1String("station")).toString(), o.value(QLatin1String("entity")).toString(),
                                                 o.value(QLatin1String("summary")).toString());
    }
    return hits;
}

core::Result<RoundReport> SyncClient::runRound()
{
    core::SyncLedger ledger(d->db);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto fail = [&](const QString& code, const QString& message) -> core::Result<RoundReport> {
        if (auto recorded = ledger.recordFailure(started, message); !recorded)
            qCWarning(lcSyncClient) << "could not record the failure:" << recorded.error().message;
        qCInfo(lcSyncClient) << "round failed:" << message;
        return core::Error { code, message, {} };
    };

    const auto station = core::StationRepository(d->db).station();
    if (!station)
        return fail(QStringLiteral("sync.no_station"), tr("This store has no station yet; set the station up first."));
    if (station->training)
        return fail(QStringLiteral("sync.training"), tr("This is a practice station; its records never leave this computer."));

    if (auto ready = prepare(); !ready)
        return fail(ready.error().code, ready.error().message);
    const QUrl base(d->credentials.serverUrl);

    RoundReport report;
    auto endpoint = [&base](const QString& path) {
        QUrl u = base;
        u.setPath(path);
        return u;
    };

    // Upload: whole transactions, oldest first, until nothing is queued. Every batch but
    // the last is sent ahead ("X-Thana-Ack: later"): the State Data Centre checks and
    // queues it and answers at once, so the link carries the next batch while it stores
    // this one. The last is answered once everything before it is stored. When a batch
    // sent ahead could not be stored, the upload starts again from what is acknowledged.
    // A batch ready to go: its changes, the chains' heads after it, whether more follow it.
    struct Prepared {
        QList<core::OutgoingChange> changes;
        QList<core::ChainHead> chains;
        QByteArray encoded;
        bool ahead = false;
    };
    // Reading the store happens on this thread, with its connection.
    auto read = [&](qint64 after) {
        Prepared p;
        p.changes = ledger.pending(d->options.maxRecords, d->options.maxBytes, after);
        if (p.changes.isEmpty())
            return p;
        p.ahead = ledger.lastSeq() > p.changes.last().seq;
        QSet<QString> headed;
        for (auto it = p.changes.crbegin(); it != p.changes.crend() && headed.size() < 2; ++it) {
            if (it->op != QLatin1String("insert") || (it->entity != QLatin1String("gd_entries") && it->entity != QLatin1String("firs"))
                || headed.contains(it->entity))
                continue;
            headed << it->entity;
            if (auto head = core::RegisterChain::headAt(d->db, it->uid))
                p.chains << *head;
        }
        return p;
    };
    // Compressing touches nothing shared, so it can run beside the upload of the batch before.
    auto encode = [code = station->code, level = d->options.compressionLevel](Prepared p) -> core::Result<Prepared> {
        if (p.changes.isEmpty())
            return p;
        Batch batch;
        batch.stationCode = code;
        batch.batchId = QUuid::createUuid().toString(QUuid::Id128);
        batch.chains = p.chains;
        // The change log keeps each payload as compact JSON already; the batch reads it once.
        for (const core::OutgoingChange& c : std::as_const(p.changes))
            batch.records << ChangeRecord { c.seq, c.entity, c.uid, c.op, c.payload, c.actor, c.at };
        auto encoded = batch.encode(level);
        if (!encoded)
            return core::Error { encoded.error().code, encoded.error().describe(), {} };
        p.encoded = std::move(encoded).value();
        return p;
    };

    qint64 sentUpTo = ledger.ackedSeq();
    int restarts = 0;
    core::Result<Prepared> prepared = encode(read(sentUpTo));
    while (prepared && !prepared->changes.isEmpty()) {
        const Prepared current = std::move(prepared).value();
        QNetworkRequest request(endpoint(QStringLiteral("/v1/batches")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-thana-batch"));
        if (current.ahead)
            request.setRawHeader("X-Thana-Ack", "later");
        QElapsedTimer sending;
        sending.start();
        QNetworkReply* inFlight = d->start(request, &current.encoded);
        // The next batch is read, then compressed on another thread while this one travels.
        std::future<core::Result<Prepared>> next;
        if (current.ahead)
            next = std::async(std::launch::async, encode, read(current.changes.last().seq));
        const Response r = Private::finish(inFlight);
        prepared = next.valid() ? next.get() : core::Result<Prepared>(Prepared {});
        const qint64 acked = r.body.value(QLatin1String("acked")).toInteger();
        qCInfo(lcSyncClient) << "batch of" << current.changes.size() << "changes," << current.encoded.size() << "bytes"
                             << (current.ahead ? "sent ahead:" : "sent:") << r.status << "after" << sending.elapsed() << "ms";
        if (r.error == QNetworkReply::NoError && r.status == 202 && current.ahead) {
            // Queued, not yet stored: what is acknowledged is what was stored before it.
            if (auto done = ledger.acknowledge(acked); !done)
                return fail(done.error().code, done.error().message);
            ++report.batches;
            report.changesSent += current.changes.size();
            report.bytesSent += current.encoded.size();
            sentUpTo = current.changes.last().seq;
            continue;
        }
        if (r.error != QNetworkReply::NoError || r.status != 200) {
            // What the State Data Centre holds is acknowledged even when it refused the rest.
            if (r.body.contains(QLatin1String("acked")))
                (void)ledger.acknowledge(acked);
            if (r.status == 409 && r.body.contains(QLatin1String("acked")) && acked < current.changes.first().seq - 1 && restarts < 3) {
                ++restarts;
                qCInfo(lcSyncClient) << "a batch sent ahead was not stored; sending again from change" << ledger.ackedSeq() + 1;
                report.changesSent -= qMax<qint64>(0, sentUpTo - ledger.ackedSeq());
                sentUpTo = ledger.ackedSeq();
                prepared = encode(read(sentUpTo));
                continue;
            }
            return fail(r.body.value(QLatin1String("error")).toString(QStringLiteral("sync.network")), Private::explain(r));
        }
        if (auto done = ledger.acknowledge(acked); !done)
            return fail(done.error().code, done.error().message);
        ++report.batches;
        report.changesSent += current.changes.size();
        report.bytesSent += current.encoded.size();
        report.acked = acked;
        report.duplicates += r.body.value(QLatin1String("duplicates")).toInt();
        report.conflicts += r.body.value(QLatin1String("conflicts")).toInt();
        for (const QJsonValue v : r.body.value(QLatin1String("chainBreaks")).toArray())
            report.chainBreaks << v.toString();
        for (const QJsonValue v : r.body.value(QLatin1String("rejected")).toArray()) {
            const QJsonObject o = v.toObject();
            ++report.rejected;
            report.rejections << QStringLiteral("%1 %2 %3: %4")
                                     .arg(o.value(QLatin1String("seq")).toInteger())
                                     .arg(o.value(QLatin1String("entity")).toString(), o.value(QLatin1String("uid")).toString(),
                                          o.value(QLatin1String("message")).toString());
        }
        if (acked < current.changes.last().seq)
            return fail(QStringLiteral("sync.partial"),
                        tr("The State Data Centre stored changes up to %1 of %2; the rest stay queued.").arg(acked).arg(current.changes.last().seq));
        sentUpTo = current.changes.last().seq;
        // Changes written while the round ran go in the next round.
    }
    if (!prepared)
        return fail(prepared.error().code, prepared.error().message);

    // What the State Data Centre did not take as sent stays on record at the station.
    QStringList notes;
    for (const QString& r : std::as_const(report.rejections))
        notes << tr("Not stored by the State Data Centre: %1").arg(r);
    if (report.conflicts > 0)
        notes << tr("%n change(s) kept as conflicts at the State Data Centre for a person to resolve.", nullptr, report.conflicts);
    for (const QString& b : std::as_const(report.chainBreaks))
        notes << tr("The State Data Centre found this station's register chain broken: %1").arg(b);
    if (auto kept = ledger.recordSdcNotes(notes, QDateTime::currentDateTimeUtc()); !kept)
        qCWarning(lcSyncClient) << "could not keep the State Data Centre's notes:" << kept.error().message;

    // Download the station's feed from where it was last read.
    while (true) {
        QUrl url = endpoint(QStringLiteral("/v1/feed"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(ledger.feedCursor()));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        url.setQuery(query);
        const Response r = d->send(QNetworkRequest(url), nullptr);
        if (r.error != QNetworkReply::NoError || r.status != 200)
            return fail(r.body.value(QLatin1String("error")).toString(QStringLiteral("sync.network")), Private::explain(r));
        QList<core::FeedItem> items;
        for (const QJsonValue v : r.body.value(QLatin1String("items")).toArray()) {
            const QJsonObject o = v.toObject();
            items << core::FeedItem { o.value(QLatin1String("cursor")).toInteger(), o.value(QLatin1String("kind")).toString(),
                                      o.value(QLatin1String("uid")).toString(), o.value(QLatin1String("title")).toString(),
                                      QJsonDocument(o.value(QLatin1String("payload")).toObject()).toJson(QJsonDocument::Compact), {} };
        }
        if (items.isEmpty())
            break;
        auto stored = ledger.storeFeed(items, r.body.value(QLatin1String("cursor")).toInteger());
        if (!stored)
            return fail(stored.error().code, stored.error().message);
        report.feedItems += stored.value();
    }
    if (auto done = ledger.recordSuccess(QDateTime::currentDateTimeUtc()); !done)
        return done.error();
    qCInfo(lcSyncClient) << "round complete:" << report.changesSent << "changes in" << report.batches << "batches," << report.bytesSent << "bytes";
    return report;
}

} // namespace thana::sync
