#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace thana::bench {

/// A slow link between a station and the State Data Centre, emulated on loopback: a
/// TCP proxy on 127.0.0.1 that forwards bytes both ways at a set bandwidth and with a
/// set round-trip time, and counts every byte it forwards (TLS records and all).
///
/// Each direction is one shared link for every connection through the proxy: bytes
/// leave at `bytesPerSecond` (a token bucket one packet deep) and arrive RTT/2 after
/// they left. A connection's first bytes also wait one RTT, the TCP handshake a real
/// link would cost. The proxy reads from a sender only while less than a socket
/// buffer's worth is on its way, so TCP's flow control slows the sender as on a real
/// link. It runs on a thread of its own.
class LinkEmulator final {
public:
    struct Profile {
        QString name;
        qint64 bytesPerSecond = 0; ///< each direction; 0 for no limit
        int rttMs = 0;
    };

    LinkEmulator();
    ~LinkEmulator();
    Q_DISABLE_COPY_MOVE(LinkEmulator)

    /// Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:`targetPort`.
    /// Returns the port listened on, 0 when listening failed.
    quint16 start(quint16 targetPort, const Profile& profile);
    /// Closes the listener and every connection.
    void stop();

    qint64 bytesUp() const { return m_counters->up; }     ///< client to server
    qint64 bytesDown() const { return m_counters->down; } ///< server to client
    int connections() const { return m_counters->connections; }
    void resetCounters();

    struct Counters {
        std::atomic<qint64> up { 0 };
        std::atomic<qint64> down { 0 };
        std::atomic<int> connections { 0 };
    };

private:
    class Proxy;
    std::unique_ptr<Counters> m_counters;
    QThread m_thread;
    Proxy* m_proxy = nullptr;
};

} // namespace thana::bench
