#include "ui/mainwindow.h"

#include "core/clock.h"
#include "core/database.h"
#include "ui/adminpage.h"
#include "ui/appcontext.h"
#include "ui/complaintspage.h"
#include "ui/dashboardpage.h"
#include "ui/firspage.h"
#include "ui/gdpage.h"
#include "ui/personspage.h"
#include "ui/registerspage.h"
#include "ui/settings.h"
#include "ui/stationrecordspage.h"
#include "ui/syncservice.h"

#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>
#include <limits>

namespace thana::ui {

MainWindow::MainWindow(AppContext& context, Settings& settings, SyncService* sync, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_settings(settings), m_sync(sync)
{
    if (!m_sync)
        m_sync = new SyncService(context.db.path(), this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Thana - %1 (%2)").arg(context.station.nameEn, context.station.code));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto* firs = new FirsPage(context, this);
    auto* complaints = new ComplaintsPage(context, this);
    connect(complaints, &ComplaintsPage::firRegistered, firs, &FirsPage::refresh);
    const QList<QPair<QString, QWidget*>> pages = {
        { tr("Dashboard"), new DashboardPage(context, this) },
        { tr("Complaints"), complaints },
        { tr("General Diary"), new GdPage(context, this) },
        { tr("FIRs"), firs },
        { tr("Persons"), new PersonsPage(context, this) },
        { tr("Administration"), new AdminPage(context, this) },
        { tr("Registers"), new RegistersPage(context, settings.language(), this) },
        { tr("Station records"), new StationRecordsPage(context, this) },
    };
    int index = 0;
    for (const auto& [title, page] : pages) {
        m_navigation->addItem(QStringLiteral("%1  (Alt+%2)").arg(title).arg(index + 1));
        m_pages->addWidget(page);
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
        ++index;
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        // A page chosen is read afresh; while the window is being built, each page reads
        // what it shows itself, when it is first shown.
        if (auto* page = m_pages->currentWidget(); page && isVisible())
            QMetaObject::invokeMethod(page, "refresh");
    });
    buildMenus();

    // Long messages are cut at the window's edge rather than widening it; the tooltip
    // holds the whole text.
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_syncStatus->setMinimumWidth(200);
    statusBar()->addPermanentWidget(m_syncStatus, 1);
    auto* who = new QLabel(tr("%1 (%2)").arg(context.user.fullName, core::roleName(context.user.role)), this);
    statusBar()->addPermanentWidget(who);
    connect(m_sync, &SyncService::statusChanged, this, &MainWindow::showSync);
    showSync(m_sync->view());
    resize(1200, 760);
    showPage(context.user.isAdmin() ? 5 : 0);
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::showSync(const sync::SyncView& view)
{
    const QString text = syncText(view);
    m_syncStatus->setText(text);
    QString tip = text;
    if (view.mode == sync::SyncView::Mode::Active && !view.running && view.nextAttempt.isValid())
        tip += QLatin1Char('\n') + tr("Next round at %1; Sync now (Ctrl+Shift+S) sends at once.").arg(when(view.nextAttempt));
    m_syncStatus->setToolTip(tip);
}

QString MainWindow::syncText(const sync::SyncView& view) const
{
    using Mode = sync::SyncView::Mode;
    // Known from the station itself, before the worker has looked.
    if (m_context.station.training || view.mode == Mode::Practice)
        return tr("Practice station: never synchronised");
    switch (view.mode) {
    case Mode::Starting:
        return tr("Sync: starting…");
    case Mode::Practice:
    case Mode::Active:
    case Mode::NotConfigured:
    case Mode::Unavailable:
        break;
    }
    QStringList parts { tr("Sync: %n queued", nullptr, int(std::min<qint64>(view.queued, std::numeric_limits<int>::max()))) };
    if (view.mode == Mode::Active) {
        parts << (view.lastSuccess.isValid() ? tr("last success %1").arg(when(view.lastSuccess)) : tr("no success yet"));
        if (view.running)
            parts << tr("sending now…");
    }
    // While a round runs, the previous round's error no longer says how things stand.
    if (!view.running && !view.lastError.isEmpty())
        parts << view.lastError;
    return parts.join(QStringLiteral(" · "));
}

QString MainWindow::when(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(core::stationZone());
    if (local.date() == m_context.clock.now().toTimeZone(core::stationZone()).date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* station = menuBar()->addMenu(tr("&Station"));
    QAction* syncNow = station->addAction(tr("Sync &now"));
    syncNow->setObjectName(QStringLiteral("syncNow"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // A practice station's records never leave this computer.
    syncNow->setEnabled(!m_context.station.training);
    syncNow->setStatusTip(m_context.station.training ? tr("A practice station is never synchronised.")
                                                     : tr("Send the queued changes to the State Data Centre now, in the background."));
    connect(syncNow, &QAction::triggered, m_sync, &SyncService::syncNow);

    QMenu* view = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages = { { QStringLiteral("en"), QStringLiteral("English") },
                                                       { QStringLiteral("hi"), QStringLiteral("हिन्दी (Hindi)") },
                                                       { QStringLiteral("mr"), QStringLiteral("मराठी (Marathi)") } };
    for (const auto& [code, name] : languages) {
        QAction* a = view->addAction(name);
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        group->addAction(a);
        // Queued: the window is rebuilt when the language changes.
        connect(a, &QAction::triggered, this, [this, language = code] {
            QMetaObject::invokeMethod(&m_settings, [this, language] { m_settings.setLanguage(language); }, Qt::QueuedConnection);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About Thana")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Thana"),
                           tr("<h3>Thana</h3><p>Records of the police station: complaints, General Diary and FIRs, kept on "
                              "this computer and working without a network.</p>"));
    });
}

} // namespace thana::ui
