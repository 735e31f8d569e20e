#pragma once

#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QTimer;

namespace thana::core {
class Database;
}

namespace thana::sync {

/// What the desktop app shows of the station's synchronisation. A plain value, sent
/// from the sync thread to the GUI thread.
struct SyncView {
    enum class Mode {
        Starting,      ///< the worker has not looked at the store yet
        Active,        ///< rounds run on the timer and on request
        Practice,      ///< a practice (training) station: never synchronised
        NotConfigured, ///< no State Data Centre address or credentials folder yet
        Unavailable,   ///< the store could not be opened or has no station
    };

    Mode mode = Mode::Starting;
    qint64 queued = 0;     ///< changes not yet acknowledged by the State Data Centre
    QDateTime lastSuccess; ///< end of the last complete round (UTC); invalid for never
    QString lastError;     ///< in words; for NotConfigured and Unavailable, why nothing is done
    bool running = false;  ///< a round is under way
    QDateTime nextAttempt; ///< when the next round is planned (UTC); invalid for none

    friend bool operator==(const SyncView&, const SyncView&) = default;
};

/// Runs the station's rounds of synchronisation in the background: every five minutes
/// after a success, at once when asked, and after a failure again after 30 s, doubling
/// up to 30 min, each delay ±20 % so that stations cut off together do not all come
/// back at the same moment.
///
/// The owner moves it to a QThread it owns, connects QThread::started to start() and
/// QThread::finished to deleteLater(). It opens its own connection to the store on that
/// thread and closes it there. To stop, the owner calls requestInterruption(), quit()
/// and wait() on the thread: quitting also ends a request in flight, so nobody waits
/// on the network.
class SyncWorker final : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds firstRound { std::chrono::seconds(10) }; ///< after start
        std::chrono::milliseconds interval { std::chrono::minutes(5) };    ///< after a success
        std::chrono::milliseconds firstRetry { std::chrono::seconds(30) }; ///< after the first failure
        std::chrono::milliseconds maxRetry { std::chrono::minutes(30) };
        double jitter = 0.2;                                               ///< ± share of a retry delay
        std::chrono::milliseconds statusRefresh { std::chrono::seconds(20) }; ///< re-reads the queue, no network
    };

    explicit SyncWorker(QString storePath, QObject* parent = nullptr);
    SyncWorker(QString storePath, Timing timing, SyncClient::Options clientOptions = {}, QObject* parent = nullptr);
    ~SyncWorker() override;
    Q_DISABLE_COPY_MOVE(SyncWorker)

    /// The delay before the next round after `failures` failures in a row (1 for the
    /// first): firstRetry doubled per further failure, capped at maxRetry, then moved
    /// by `spread` (in -1…1) times the jitter share.
    static std::chrono::milliseconds retryDelay(int failures, const Timing& timing, double spread);

public Q_SLOTS:
    /// Opens the store on the calling (worker) thread, reports, and plans the first round.
    void start();
    /// Asks for a round as soon as the worker is free; requests made during a round
    /// give one more round, not one each.
    void syncNow();
    /// Re-reads the queue and the last outcome from the store; reports only a change.
    void refreshStatus();

Q_SIGNALS:
    void statusChanged(const thana::sync::SyncView& view);

private:
    void runRound();
    /// Station and settings decide whether rounds can run; false when they cannot
    /// (m_view then says why).
    bool readyForRound(QString& serverUrl, QString& credentialsDir, QString& stationCode);
    void readLedger();
    void planNext(std::chrono::milliseconds delay);
    void report();

    QString m_storePath;
    Timing m_timing;
    SyncClient::Options m_clientOptions;
    std::unique_ptr<core::Database> m_db;
    QTimer* m_roundTimer = nullptr;
    QTimer* m_statusTimer = nullptr;
    int m_failures = 0;
    bool m_again = false; ///< asked for during a round
    SyncView m_view;
};

} // namespace thana::sync
