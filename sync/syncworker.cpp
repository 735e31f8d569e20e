#include "sync/syncworker.h"

#include "core/database.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSyncWorker, "thana.sync.worker")

namespace thana::sync {

namespace {

const QString kServerUrl = QStringLiteral("server_url");
const QString kCredentials = QStringLiteral("credentials");

/// The owner asks the thread to stop before quitting it; a round cut short by that is
/// not a failure to report.
bool stopping()
{
    return QThread::currentThread()->isInterruptionRequested();
}

} // namespace

SyncWorker::SyncWorker(QString storePath, QObject* parent) : SyncWorker(std::move(storePath), Timing {}, SyncClient::Options {}, parent) { }

SyncWorker::SyncWorker(QString storePath, Timing timing, SyncClient::Options clientOptions, QObject* parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_timing(timing), m_clientOptions(clientOptions),
      m_roundTimer(new QTimer(this)), m_statusTimer(new QTimer(this))
{
    qRegisterMetaType<SyncView>();
    m_roundTimer->setSingleShot(true);
    connect(m_roundTimer, &QTimer::timeout, this, &SyncWorker::runRound);
    connect(m_statusTimer, &QTimer::timeout, this, &SyncWorker::refreshStatus);
}

// The store connection closes here, on the worker's thread when the owner deletes it
// through QThread::finished.
SyncWorker::~SyncWorker() = default;

std::chrono::milliseconds SyncWorker::retryDelay(int failures, const Timing& timing, double spread)
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const double base = std::min(double(timing.firstRetry.count()) * std::ldexp(1.0, doublings), double(timing.maxRetry.count()));
    const double moved = base * (1.0 + timing.jitter * std::clamp(spread, -1.0, 1.0));
    return std::chrono::milliseconds(std::max<qint64>(0, std::llround(moved)));
}

void SyncWorker::start()
{
    auto opened = core::Database::open(m_storePath, core::Database::Mode::ExistingOnly);
    if (!opened) {
        m_view.mode = SyncView::Mode::Unavailable;
        m_view.lastError = tr("Synchronisation is off because the station store could not be opened (%1). Restart Thana; if this "
                              "stays, call the station's administrator.")
                               .arg(opened.error().describe());
        qCWarning(lcSyncWorker) << "store not opened:" << opened.error().describe();
        report();
        return;
    }
    m_db = std::move(opened).value();
    readLedger();
    QString url, dir, code;
    if (readyForRound(url, dir, code))
        planNext(m_timing.firstRound);
    m_statusTimer->start(m_timing.statusRefresh);
    report();
}

void SyncWorker::syncNow()
{
    if (!m_db || stopping())
        return;
    if (m_view.running) {
        m_again = true;
        return;
    }
    // A zero timer rather than a direct call: several requests in the queue make one round.
    planNext(std::chrono::milliseconds(0));
}

void SyncWorker::refreshStatus()
{
    // The round's own requests run an event loop, so this can be called during one.
    if (!m_db || m_view.running || stopping())
        return;
    const SyncView before = m_view;
    readLedger();
    QString url, dir, code;
    const bool ready = readyForRound(url, dir, code);
    if (ready && !m_roundTimer->isActive())
        planNext(m_timing.firstRound); // set up while Thana was running
    else if (!ready && m_roundTimer->isActive()) {
        m_roundTimer->stop();
        m_view.nextAttempt = {};
    }
    if (m_view != before)
        report();
}

void SyncWorker::runRound()
{
    if (!m_db || stopping())
        return;
    if (m_view.running) {
        m_again = true;
        return;
    }
    m_roundTimer->stop();
    m_view.nextAttempt = {};
    readLedger();
    QString url, dir, code;
    if (!readyForRound(url, dir, code)) {
        report();
        return;
    }
    m_view.running = true;
    report();

    SyncClient client(*m_db, SyncCredentials::fromDirectory(url, dir, code), m_clientOptions);
    const core::Result<RoundReport> round = client.runRound();
    m_view.running = false;

    if (stopping()) {
        if (!round) {
            const QString why = tr("The last round was cut short when Thana was closed; the changes stay queued and go at the next "
                                   "round.");
            if (auto recorded = core::SyncLedger(*m_db).recordFailure(QDateTime::currentDateTimeUtc(), why); !recorded)
                qCWarning(lcSyncWorker) << "could not record the interruption:" << recorded.error().message;
        }
        readLedger();
        report();
        return;
    }

    readLedger();
    if (round) {
        m_failures = 0;
        planNext(m_timing.interval);
        qCInfo(lcSyncWorker) << "round done;" << round->changesSent << "changes sent, next in" << m_timing.interval.count() << "ms";
    } else {
        ++m_failures;
        const double spread = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
        const std::chrono::milliseconds delay = retryDelay(m_failures, m_timing, spread);
        planNext(delay);
        // The client records what went wrong; a failure it could not record is still shown.
        if (m_view.lastError.isEmpty())
            m_view.lastError = round.error().describe();
        qCInfo(lcSyncWorker) << "round failed" << m_failures << "time(s) in a row; next in" << delay.count() << "ms:" << round.error().message;
    }
    if (m_again) {
        m_again = false;
        planNext(std::chrono::milliseconds(0));
    }
    report();
}

bool SyncWorker::readyForRound(QString& serverUrl, QString& credentialsDir, QString& stationCode)
{
    const auto station = core::StationRepository(*m_db).station();
    if (!station) {
        m_view.mode = SyncView::Mode::Unavailable;
        m_view.lastError = tr("Synchronisation is off because this store has no station yet; finish the station's setup first.");
        return false;
    }
    if (station->training) {
        m_view.mode = SyncView::Mode::Practice;
        return false;
    }
    const core::SyncLedger ledger(*m_db);
    serverUrl = ledger.setting(kServerUrl);
    credentialsDir = ledger.setting(kCredentials);
    if (serverUrl.isEmpty() || credentialsDir.isEmpty()) {
        m_view.mode = SyncView::Mode::NotConfigured;
        m_view.lastError = tr("Not set up yet: the administrator must give the State Data Centre's address and the folder with "
                              "this station's certificate once, with \"thanactl sync --server URL --credentials FOLDER\".");
        return false;
    }
    stationCode = station->code;
    m_view.mode = SyncView::Mode::Active;
    return true;
}

void SyncWorker::readLedger()
{
    const core::SyncStatus status = core::SyncLedger(*m_db).status();
    m_view.queued = status.queued;
    m_view.lastSuccess = status.lastSuccess;
    m_view.lastError = status.lastError;
}

void SyncWorker::planNext(std::chrono::milliseconds delay)
{
    m_roundTimer->start(delay);
    m_view.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
}

void SyncWorker::report()
{
    Q_EMIT statusChanged(m_view);
}

} // namespace thana::sync
