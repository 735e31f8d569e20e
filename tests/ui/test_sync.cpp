// The station's synchronisation as an officer sees it: the status bar, "Sync now", a
// State Data Centre that cannot be reached or does not answer, and a practice station
// that never synchronises. The GUI's event loop keeps running throughout.

#include "core/clock.h"
#include "core/database.h"
#include "core/demodata.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"
#include "core/userrepository.h"
#include "sync/stateca.h"
#include "sync/syncworker.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/syncservice.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <memory>

using namespace thana;
using namespace std::chrono_literals;

namespace {

const QString kStationCode = QStringLiteral("MH-PUN-0421"); // the demo station's code
const QString kUnreachable = QStringLiteral("could not be reached");

/// A demo station in its own store, and the officer who works on it.
struct Station {
    std::unique_ptr<core::Database> db;
    core::Station station;
    core::User user;
};

/// Counts turns of the GUI thread's event loop while it lives.
class Heartbeat final {
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_beats; });
        m_timer.start();
    }
    int beats() const { return m_beats; }

private:
    QTimer m_timer;
    int m_beats = 0;
};

} // namespace

class SyncUiTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncNowReportsUnreachableStateDataCentre();
    void closingDuringSilentRoundDoesNotWait();
    void practiceStationNeverSynchronises();
    void retryDelayDoublesWithJitter();

private:
    /// Fills a new store at `name` with a few days of demo records.
    bool makeStation(const QString& name, bool training, Station& out);
    /// Points the store at `serverUrl` with the station's certificate from the state's CA.
    bool configureSync(core::Database& db, const QString& serverUrl);

    QTemporaryDir m_dir;
    core::SystemClock m_clock;
    QString m_credentials;
};

void SyncUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto ca = sync::StateCa::create(m_dir.filePath(QStringLiteral("state-ca")), QStringLiteral("Maharashtra"));
    QVERIFY2(ca.ok(), qPrintable(ca.ok() ? QString() : ca.error().describe()));
    m_credentials = m_dir.filePath(QStringLiteral("credentials"));
    auto issued = ca.value().issueStation(kStationCode, m_credentials);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().describe()));
}

bool SyncUiTest::makeStation(const QString& name, bool training, Station& out)
{
    auto opened = core::Database::open(m_dir.filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().describe()));
        return false;
    }
    out.db = std::move(opened).value();
    core::DemoData::Options options;
    options.days = 3;
    options.training = training;
    if (auto made = core::DemoData::generate(*out.db, options); !made) {
        qWarning("%s", qPrintable(made.error().describe()));
        return false;
    }
    const auto station = core::StationRepository(*out.db).station();
    const auto user = core::UserRepository(*out.db).byUsername(QStringLiteral("sho"));
    if (!station || !user || station->code != kStationCode || station->training != training)
        return false;
    out.station = *station;
    out.user = *user;
    return true;
}

bool SyncUiTest::configureSync(core::Database& db, const QString& serverUrl)
{
    core::SyncLedger ledger(db);
    return ledger.setSetting(QStringLiteral("server_url"), serverUrl).ok()
        && ledger.setSetting(QStringLiteral("credentials"), m_credentials).ok();
}

void SyncUiTest::syncNowReportsUnreachableStateDataCentre()
{
    Station s;
    QVERIFY(makeStation(QStringLiteral("syncable.thana"), false, s));
    const qint64 queued = core::SyncLedger(*s.db).queuedCount();
    QVERIFY(queued > 0);

    // The first automatic round is far off: only "Sync now" starts one here.
    sync::SyncWorker::Timing timing;
    timing.firstRound = 1h;
    ui::SyncService service(s.db->path(), timing);
    ui::Settings settings;
    ui::AppContext context { *s.db, m_clock, s.station, s.user };
    ui::MainWindow window(context, settings, &service);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNow"));
    QVERIFY(syncNow && syncNow->isEnabled());
    QCOMPARE(syncNow->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));

    // Not set up yet: the queue is counted and the text says who sets it up and how.
    const QString queuedText = QStringLiteral("Sync: %1 queued").arg(queued);
    QTRY_VERIFY2(status->text().startsWith(queuedText), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("thanactl sync --server")), qPrintable(status->text()));

    // Set up while Thana runs (as thanactl would): Sync now picks it up.
    QVERIFY(configureSync(*s.db, QStringLiteral("https://127.0.0.1:1")));
    Heartbeat heartbeat;
    QElapsedTimer pressed;
    pressed.start();
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(pressed.elapsed() < 1000, "Sync now must return at once");
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(kUnreachable), qPrintable(status->text()), 30000);

    const QString text = status->text();
    const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("^Sync: (\\d+) queued")).match(text);
    QVERIFY2(count.hasMatch(), qPrintable(text));
    QCOMPARE(count.captured(1).toLongLong(), queued);
    QVERIFY2(text.contains(QStringLiteral("The State Data Centre could not be reached")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no success yet")), qPrintable(text));
    QVERIFY(heartbeat.beats() > 0);
    QVERIFY(window.isVisible());

    // The failure is in the store, nothing was sent, and a retry is planned 30 s ± 20 % on.
    const core::SyncStatus stored = core::SyncLedger(*s.db).status();
    QVERIFY(stored.lastAttempt.isValid());
    QVERIFY(!stored.lastSuccess.isValid());
    QVERIFY(stored.lastError.contains(kUnreachable));
    QCOMPARE(stored.queued, queued);
    const sync::SyncView view = service.view();
    QCOMPARE(view.mode, sync::SyncView::Mode::Active);
    QVERIFY(!view.running);
    const qint64 retryIn = QDateTime::currentDateTimeUtc().msecsTo(view.nextAttempt);
    QVERIFY2(retryIn > 20000 && retryIn <= 36000, qPrintable(QString::number(retryIn)));
    QVERIFY(status->toolTip().contains(QStringLiteral("Next round at")));
}

void SyncUiTest::closingDuringSilentRoundDoesNotWait()
{
    // A State Data Centre that takes the connection and never answers: the round waits
    // for its request's timeout (two minutes) on the sync thread, not on the GUI's.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            held << socket;
    });

    Station s;
    QVERIFY(makeStation(QStringLiteral("silent.thana"), false, s));
    QVERIFY(configureSync(*s.db, QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
    sync::SyncWorker::Timing timing;
    timing.firstRound = 1h;
    auto service = std::make_unique<ui::SyncService>(s.db->path(), timing);
    ui::Settings settings;
    ui::AppContext context { *s.db, m_clock, s.station, s.user };
    auto window = std::make_unique<ui::MainWindow>(context, settings, service.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* status = window->findChild<QLabel*>(QStringLiteral("syncStatus"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Sync: ")), qPrintable(status->text()));

    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("sending now")), qPrintable(status->text()));
    QTRY_VERIFY(!held.isEmpty());
    Heartbeat heartbeat;
    QTest::qWait(500);
    QVERIFY2(heartbeat.beats() >= 10, qPrintable(QString::number(heartbeat.beats())));
    QVERIFY(service->view().running);

    // Closing cuts the request short instead of waiting for it.
    QElapsedTimer closing;
    closing.start();
    window.reset();
    service.reset();
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    const core::SyncStatus stored = core::SyncLedger(*s.db).status();
    QVERIFY2(stored.lastError.contains(QStringLiteral("cut short when Thana was closed")), qPrintable(stored.lastError));
    qDeleteAll(held);
}

void SyncUiTest::practiceStationNeverSynchronises()
{
    Station s;
    QVERIFY(makeStation(QStringLiteral("practice.thana"), true, s));
    // Even pointed at a State Data Centre, a practice station stays on this computer.
    QVERIFY(configureSync(*s.db, QStringLiteral("https://127.0.0.1:1")));
    const qint64 queued = core::SyncLedger(*s.db).queuedCount();

    ui::Settings settings;
    ui::AppContext context { *s.db, m_clock, s.station, s.user };
    ui::MainWindow window(context, settings); // starts its own synchronisation
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Practice station: never synchronised"));
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNow"));
    QVERIFY(syncNow);
    QVERIFY(!syncNow->isEnabled());

    auto* service = window.findChild<ui::SyncService*>();
    QVERIFY(service);
    QTRY_COMPARE(service->view().mode, sync::SyncView::Mode::Practice);
    // The shortcut, and a request straight to the worker, change nothing.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    service->syncNow();
    QTest::qWait(500);
    QCOMPARE(status->text(), QStringLiteral("Practice station: never synchronised"));
    QCOMPARE(service->view().mode, sync::SyncView::Mode::Practice);
    QVERIFY(!service->view().running);
    QVERIFY(!service->view().nextAttempt.isValid());
    const core::SyncStatus stored = core::SyncLedger(*s.db).status();
    QVERIFY(!stored.lastAttempt.isValid());
    QVERIFY(stored.lastError.isEmpty());
    QCOMPARE(stored.queued, queued);
}

void SyncUiTest::retryDelayDoublesWithJitter()
{
    const sync::SyncWorker::Timing t;
    using sync::SyncWorker;
    QCOMPARE(SyncWorker::retryDelay(1, t, 0.0), std::chrono::milliseconds(30s));
    QCOMPARE(SyncWorker::retryDelay(2, t, 0.0), std::chrono::milliseconds(60s));
    QCOMPARE(SyncWorker::retryDelay(3, t, 0.0), std::chrono::milliseconds(120s));
    QCOMPARE(SyncWorker::retryDelay(6, t, 0.0), std::chrono::milliseconds(960s));
    QCOMPARE(SyncWorker::retryDelay(7, t, 0.0), std::chrono::milliseconds(30min));
    QCOMPARE(SyncWorker::retryDelay(500, t, 0.0), std::chrono::milliseconds(30min));
    QCOMPARE(SyncWorker::retryDelay(1, t, 1.0), std::chrono::milliseconds(36s));
    QCOMPARE(SyncWorker::retryDelay(1, t, -1.0), std::chrono::milliseconds(24s));
    QCOMPARE(SyncWorker::retryDelay(40, t, 1.0), std::chrono::milliseconds(36min));
    QCOMPARE(SyncWorker::retryDelay(40, t, -5.0), std::chrono::milliseconds(24min));
}

QTEST_MAIN(SyncUiTest)
#include "test_sync.moc"
