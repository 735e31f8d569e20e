#include "linkemulator.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <list>

namespace thana::bench {

namespace {

constexpr qint64 kPacket = 1460;      ///< bytes forwarded at a time: one TCP segment's payload
constexpr qint64 kWindow = 64 * 1024; ///< bytes on their way per connection and direction before the sender is held

/// One direction of the link, shared by every connection: a token bucket one packet
/// deep that empties at the link's rate, then the propagation delay.
struct Link {
    double bytesPerSecond = 0;
    qint64 delayNs = 0;
    double backlogEndNs = 0; ///< when everything accepted so far has left at the link's rate

    /// When a packet of `size` bytes offered at `nowNs` (and not before `earliestNs`)
    /// arrives at the other end.
    qint64 arrival(qint64 nowNs, qint64 size, qint64 earliestNs)
    {
        const double offered = double(std::max(nowNs, earliestNs));
        if (bytesPerSecond <= 0)
            return qint64(offered) + delayNs;
        const double perByteNs = 1e9 / bytesPerSecond;
        backlogEndNs = std::max(backlogEndNs, offered) + double(size) * perByteNs;
        // A full bucket lets one packet through at once; after that, the rate.
        const double leaves = std::max(offered, backlogEndNs - double(kPacket) * perByteNs);
        return qint64(std::ceil(leaves)) + delayNs;
    }
};

} // namespace

class LinkEmulator::Proxy final : public QObject {
public:
    explicit Proxy(Counters& counters) : m_counters(counters) { }

    quint16 listen(quint16 targetPort, const Profile& profile)
    {
        m_targetPort = targetPort;
        m_rttNs = qint64(profile.rttMs) * 1000000;
        for (Link* l : { &m_up, &m_down }) {
            l->bytesPerSecond = double(profile.bytesPerSecond);
            l->delayNs = m_rttNs / 2;
            l->backlogEndNs = 0;
        }
        m_clock.start();
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    void shutdown()
    {
        // The sockets, timers and the listener are children of the proxy and go with it.
        for (Connection& c : m_connections) {
            for (QTcpSocket* s : { c.client, c.server }) {
                s->disconnect(this);
                s->abort();
            }
        }
        if (m_server)
            m_server->close();
    }

private:
    struct Chunk {
        qint64 dueNs;
        QByteArray data;
    };
    struct Direction {
        QTcpSocket* from = nullptr;
        QTcpSocket* to = nullptr;
        Link* link = nullptr;
        std::atomic<qint64>* counter = nullptr;
        std::deque<Chunk> queue;
        qint64 queued = 0;
        qint64 earliestNs = 0; ///< no byte arrives before this (the connection's handshake)
        bool fromDone = false; ///< the sender closed its side
        bool closed = false;   ///< the close was passed on
        QTimer* timer = nullptr;
    };
    struct Connection {
        QTcpSocket* client = nullptr;
        QTcpSocket* server = nullptr;
        Direction up;
        Direction down;
        bool serverConnected = false;
    };

    qint64 now() const { return m_clock.nsecsElapsed(); }

    void accept()
    {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            ++m_counters.connections;
            m_connections.emplace_back();
            Connection* c = &m_connections.back();
            c->client = client;
            c->server = new QTcpSocket(this);
            for (QTcpSocket* s : { c->client, c->server })
                s->setReadBufferSize(kWindow);
            c->up.from = c->client;
            c->up.to = c->server;
            c->up.link = &m_up;
            c->up.counter = &m_counters.up;
            // The client's first bytes left after its SYN's round trip on a real link.
            c->up.earliestNs = now() + m_rttNs;
            c->down.from = c->server;
            c->down.to = c->client;
            c->down.link = &m_down;
            c->down.counter = &m_counters.down;
            for (Direction* d : { &c->up, &c->down }) {
                d->timer = new QTimer(this);
                d->timer->setSingleShot(true);
                d->timer->setTimerType(Qt::PreciseTimer);
                QObject::connect(d->timer, &QTimer::timeout, this, [this, d, c] { deliver(*c, *d); });
                QObject::connect(d->from, &QTcpSocket::readyRead, this, [this, d, c] { pump(*c, *d); });
                QObject::connect(d->from, &QTcpSocket::disconnected, this, [this, d, c] {
                    d->fromDone = true;
                    pump(*c, *d);
                });
                QObject::connect(d->to, &QTcpSocket::bytesWritten, this, [this, d, c](qint64) { pump(*c, *d); });
            }
            QObject::connect(c->server, &QTcpSocket::connected, this, [this, c] {
                c->serverConnected = true;
                pump(*c, c->up);
            });
            QObject::connect(c->server, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError && !c->serverConnected)
                    c->client->abort();
            });
            c->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    /// Takes what the sender has, as far as the window allows, and puts it on the link.
    void pump(Connection& c, Direction& d)
    {
        if (&d == &c.up && !c.serverConnected)
            return;
        // Bytes still in the receiver's socket buffer count as on their way.
        while (d.queued + d.to->bytesToWrite() < kWindow) {
            const qint64 available = d.from->bytesAvailable();
            if (available <= 0)
                break;
            QByteArray data = d.from->read(std::min({ available, kPacket, kWindow - d.queued }));
            if (data.isEmpty())
                break;
            *d.counter += data.size();
            const qint64 due = d.link->arrival(now(), data.size(), d.earliestNs);
            d.queued += data.size();
            d.queue.push_back(Chunk { due, std::move(data) });
        }
        deliver(c, d);
    }

    /// Writes every packet that has arrived, passes a close on when the sender's side
    /// is done, and waits for the next arrival.
    void deliver(Connection& c, Direction& d)
    {
        const qint64 t = now();
        bool wrote = false;
        while (!d.queue.empty() && d.queue.front().dueNs <= t) {
            Chunk chunk = std::move(d.queue.front());
            d.queue.pop_front();
            d.queued -= chunk.data.size();
            if (d.to->state() == QAbstractSocket::ConnectedState)
                d.to->write(chunk.data);
            wrote = true;
        }
        if (!d.queue.empty()) {
            const qint64 waitMs = std::max<qint64>(0, (d.queue.front().dueNs - t + 999999) / 1000000);
            if (!d.timer->isActive() || d.timer->remainingTime() > waitMs)
                d.timer->start(int(waitMs));
        } else if (d.fromDone && !d.closed && d.from->bytesAvailable() == 0) {
            d.closed = true;
            if (d.to->state() == QAbstractSocket::ConnectedState)
                d.to->disconnectFromHost();
        }
        if (wrote && d.from->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, [this, &c, &d] { pump(c, d); }, Qt::QueuedConnection);
    }

    Counters& m_counters;
    QTcpServer* m_server = nullptr;
    quint16 m_targetPort = 0;
    qint64 m_rttNs = 0;
    Link m_up;
    Link m_down;
    QElapsedTimer m_clock;
    std::list<Connection> m_connections; ///< stable addresses; kept until the proxy stops
};

LinkEmulator::LinkEmulator() : m_counters(std::make_unique<Counters>())
{
    m_thread.setObjectName(QStringLiteral("link-emulator"));
}

LinkEmulator::~LinkEmulator()
{
    stop();
}

quint16 LinkEmulator::start(quint16 targetPort, const Profile& profile)
{
    stop();
    resetCounters();
    m_thread.start();
    m_proxy = new Proxy(*m_counters);
    m_proxy->moveToThread(&m_thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(m_proxy, [&] { port = m_proxy->listen(targetPort, profile); }, Qt::BlockingQueuedConnection);
    return port;
}

void LinkEmulator::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_proxy, [this] {
        m_proxy->shutdown();
        delete m_proxy;
    }, Qt::BlockingQueuedConnection);
    m_proxy = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void LinkEmulator::resetCounters()
{
    m_counters->up = 0;
    m_counters->down = 0;
    m_counters->connections = 0;
}

} // namespace thana::bench
