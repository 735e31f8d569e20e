#include "ui/mainwindow.h"

#include "ui/adminpage.h"
#include "ui/appcontext.h"
#include "ui/complaintspage.h"
#include "ui/dashboardpage.h"
#include "ui/firspage.h"
#include "ui/gdpage.h"
#include "ui/personspage.h"
#include "ui/settings.h"

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

namespace thana::ui {

MainWindow::MainWindow(AppContext& context, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_settings(settings)
{
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
        if (auto* page = m_pages->currentWidget())
            QMetaObject::invokeMethod(page, "refresh");
    });
    buildMenus();

    auto* who = new QLabel(tr("%1 (%2)").arg(context.user.fullName, core::roleName(context.user.role)), this);
    statusBar()->addPermanentWidget(who);
    if (context.station.training)
        statusBar()->addWidget(new QLabel(tr("Practice station: training data only"), this));
    resize(1200, 760);
    showPage(context.user.isAdmin() ? 5 : 0);
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

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
