#include "stationswarm.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace thana::bench {

QList<sync::ChangeRecord> rewriteForStation(const QList<sync::ChangeRecord>& records, const QString& fromCode, const QString& code)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QHash<QString, QString> fresh;
    auto rewrite = [&](const QString& text) {
        QString result;
        result.reserve(text.size());
        qsizetype last = 0;
        for (auto it = uuid.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            result += QStringView(text).mid(last, m.capturedStart() - last);
            QString& replacement = fresh[m.captured()];
            if (replacement.isEmpty())
                replacement = QUuid::createUuid().toString(QUuid::WithoutBraces);
            result += replacement;
            last = m.capturedEnd();
        }
        result += QStringView(text).mid(last);
        return result.replace(fromCode, code);
    };
    const QString fromDistrict = QStringLiteral("\"district_code\":\"%1\"").arg(fromCode.section(QLatin1Char('-'), 1, 1));
    const QString toDistrict = QStringLiteral("\"district_code\":\"%1\"").arg(code.section(QLatin1Char('-'), 1, 1));
    QList<sync::ChangeRecord> out;
    out.reserve(records.size());
    qint64 seq = 0;
    for (const sync::ChangeRecord& r : records) {
        sync::ChangeRecord c = r;
        c.seq = ++seq;
        c.uid = rewrite(r.uid);
        c.actor = rewrite(r.actor);
        c.payload = rewrite(QString::fromUtf8(r.payload)).replace(fromDistrict, toDistrict).toUtf8();
        out << c;
    }
    return out;
}

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// One station's round on its own connection.
struct Session {
    enum class Step { Upload, Retry, Feed };
    const SimStation* station = nullptr;
    QSslSocket* socket = nullptr;
    QTimer* timeout = nullptr;
    QByteArray buffer;
    Step step = Step::Upload;
    QElapsedTimer clock;
    bool finished = false;
};

/// A complete HTTP/1.1 response at the front of `buffer`, taken off it.
struct Response {
    int status = 0;
    QByteArray body;
};

std::optional<Response> takeResponse(QByteArray& buffer, QString* error)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Response r;
    r.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = -1;
    for (const QByteArray& line : lines.mid(1)) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
        else if (l.startsWith("transfer-encoding:") && l.contains("chunked"))
            *error = QStringLiteral("chunked responses are not expected");
    }
    if (length < 0) {
        *error = QStringLiteral("a response without Content-Length (status %1)").arg(r.status);
        return std::nullopt;
    }
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return r;
}

class Runner final : public QObject {
public:
    Runner(const QList<SimStation>& stations, const QSslCertificate& ca, quint16 port, int concurrency)
        : m_stations(stations), m_ca(ca), m_port(port), m_concurrency(concurrency)
    {
    }

    SwarmResult run()
    {
        m_clock.start();
        startMore();
        if (m_done < m_stations.size())
            m_loop.exec();
        m_result.elapsedMs = m_clock.elapsed();
        return m_result;
    }

private:
    void startMore()
    {
        while (m_inFlight < m_concurrency && m_next < m_stations.size())
            start(m_stations.at(m_next++));
        m_result.peakInFlight = std::max(m_result.peakInFlight, m_inFlight);
    }

    void start(const SimStation& station)
    {
        ++m_inFlight;
        auto* s = new Session;
        s->station = &station;
        s->clock.start();
        s->socket = new QSslSocket(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readFile(station.certificatePath), QSsl::Pem));
        tls.setPrivateKey(QSslKey(readFile(station.keyPath), QSsl::Ec, QSsl::Pem));
        tls.setCaCertificates({ m_ca });
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        s->socket->setSslConfiguration(tls);
        s->timeout = new QTimer(this);
        s->timeout->setSingleShot(true);
        connect(s->timeout, &QTimer::timeout, this, [this, s] { fail(s, QStringLiteral("no answer within 120 s")); });
        s->timeout->start(120000);
        connect(s->socket, &QSslSocket::encrypted, this, [this, s] { send(s); });
        connect(s->socket, &QSslSocket::readyRead, this, [this, s] { readSome(s); });
        connect(s->socket, &QSslSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError) {
            readSome(s); // a close right after the last answer is no failure
            fail(s, QStringLiteral("connection: ") + s->socket->errorString());
        });
        connect(s->socket, &QSslSocket::sslErrors, this, [this, s](const QList<QSslError>& errors) {
            fail(s, QStringLiteral("TLS: ") + (errors.isEmpty() ? QString() : errors.first().errorString()));
        });
        s->socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

    void send(Session* s)
    {
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        if (s->step == Session::Step::Feed) {
            s->socket->write("GET /v1/feed?after=0&limit=200 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
            return;
        }
        const QByteArray& body = s->station->batch;
        s->socket->write("POST /v1/batches HTTP/1.1\r\n" + host + "Content-Type: application/x-thana-batch\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n");
        s->socket->write(body);
    }

    void readSome(Session* s)
    {
        if (s->finished)
            return;
        s->buffer += s->socket->readAll();
        QString error;
        const std::optional<Response> r = takeResponse(s->buffer, &error);
        if (!error.isEmpty())
            return fail(s, error);
        if (!r)
            return;
        const QJsonObject body = QJsonDocument::fromJson(r->body).object();
        if (r->status != 200)
            return fail(s, QStringLiteral("%1 answered %2: %3").arg(s->step == Session::Step::Feed ? QStringLiteral("feed") : QStringLiteral("upload"))
                               .arg(r->status)
                               .arg(body.value(QLatin1String("message")).toString()));
        const int n = s->station->records;
        const qint64 acked = body.value(QLatin1String("acked")).toInteger();
        const int stored = body.value(QLatin1String("stored")).toInt();
        const int duplicates = body.value(QLatin1String("duplicates")).toInt();
        const int conflicts = body.value(QLatin1String("conflicts")).toInt();
        const QJsonArray rejected = body.value(QLatin1String("rejected")).toArray();
        switch (s->step) {
        case Session::Step::Upload:
            // Every change must be durably held; whether each was applied, kept as a
            // conflict or refused is the State Data Centre's judgement, counted apart.
            if (acked != n || duplicates != 0 || stored + conflicts + rejected.size() != n)
                return fail(s, QStringLiteral("upload: acked %1 stored %2 duplicates %3 conflicts %4 rejected %5 of %6")
                                   .arg(acked)
                                   .arg(stored)
                                   .arg(duplicates)
                                   .arg(conflicts)
                                   .arg(rejected.size())
                                   .arg(n));
            m_result.stored += stored;
            m_result.conflicts += conflicts;
            m_result.rejected += rejected.size();
            if ((conflicts != 0 || !rejected.isEmpty()) && m_result.notAppliedSamples.size() < 5)
                m_result.notAppliedSamples << QStringLiteral("%1: %2 of %3 changes kept as conflicts, %4 refused%5")
                                                  .arg(s->station->code)
                                                  .arg(conflicts)
                                                  .arg(n)
                                                  .arg(rejected.size())
                                                  .arg(rejected.isEmpty() ? QString()
                                                                          : QStringLiteral(" (") + rejected.first().toObject().value(QLatin1String("message")).toString()
                                                                                + QLatin1Char(')'));
            s->step = s->station->retry ? Session::Step::Retry : Session::Step::Feed;
            return send(s);
        case Session::Step::Retry:
            if (acked != n || stored != 0 || duplicates != n)
                return fail(s, QStringLiteral("retry: acked %1 stored %2 duplicates %3 of %4").arg(acked).arg(stored).arg(duplicates).arg(n));
            ++m_result.retriesAnswered;
            s->step = Session::Step::Feed;
            return send(s);
        case Session::Step::Feed:
            if (!body.value(QLatin1String("items")).isArray())
                return fail(s, QStringLiteral("feed: no items"));
            return finish(s, true);
        }
    }

    void fail(Session* s, const QString& why)
    {
        if (s->finished)
            return;
        if (m_result.errorSamples.size() < 10)
            m_result.errorSamples << s->station->code + QStringLiteral(": ") + why;
        finish(s, false);
    }

    void finish(Session* s, bool ok)
    {
        if (s->finished)
            return;
        s->finished = true;
        if (ok) {
            ++m_result.completed;
            m_result.latenciesMs << double(s->clock.nsecsElapsed()) / 1e6;
        } else {
            ++m_result.errors;
        }
        s->timeout->stop();
        s->timeout->deleteLater();
        s->socket->disconnect(this);
        s->socket->abort();
        s->socket->deleteLater();
        QTimer::singleShot(0, this, [s] { delete s; });
        --m_inFlight;
        ++m_done;
        startMore();
        if (m_done == m_stations.size())
            m_loop.quit();
    }

    const QList<SimStation>& m_stations;
    QSslCertificate m_ca;
    quint16 m_port;
    int m_concurrency;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    int m_inFlight = 0;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    SwarmResult m_result;
};

} // namespace

StationSwarm::StationSwarm(QList<SimStation> stations, QString caCertificatePath, quint16 port, int concurrency)
    : m_stations(std::move(stations)), m_ca(std::move(caCertificatePath)), m_port(port), m_concurrency(std::max(1, concurrency))
{
}

SwarmResult StationSwarm::run()
{
    const QSslCertificate ca(readFile(m_ca), QSsl::Pem);
    Runner runner(m_stations, ca, m_port, m_concurrency);
    return runner.run();
}

} // namespace thana::bench
