// The SHO's dashboard on a fixed set of cases: the charts show the figures the reports
// count, a tab and a month are reached from the keyboard, and everything fits a
// 1366×768 screen.

#include "uitest.h"
#include "core/caseservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/firservice.h"
#include "core/propertyservice.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/dashboardpage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace thana;

namespace {

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QStringList categoriesOf(const QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

QDateTime ist(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), core::stationZone());
}

} // namespace

class DashboardTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartsShowTheReportsFigures();
    void aMonthChosenFromTheKeyboardRedrawsTheReview();
    void fitsASmallScreen();

private:
    core::Fir fir(const QDateTime& at, const QStringList& sections);

    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::ManualClock m_clock { ist(2025, 3, 10, 10, 0) };
    core::Station m_station;
    core::User m_sho;
    core::User m_io;
};

core::Fir DashboardTest::fir(const QDateTime& at, const QStringList& sections)
{
    m_clock.set(at);
    core::FirDraft d;
    d.infoReceivedAt = at.addSecs(-1800);
    d.occurrenceFrom = at.addSecs(-7200);
    d.occurrenceTo = at.addSecs(-5400);
    d.placeAddress = QStringLiteral("Vegetable market");
    d.firstInformation = QStringLiteral("Information given at the desk.");
    d.ioUid = m_io.uid;
    for (const QString& s : sections)
        d.sections << core::Section { QStringLiteral("BNS"), s, {}, {}, false, {} };
    core::Person complainant;
    complainant.nameEn = QStringLiteral("Ramesh Patil");
    auto registered = core::FirService(*m_db, m_clock).registerFir(d, m_sho, QStringLiteral("Information received."),
                                                                  { core::NewParty { core::FirParty::Kind::Complainant, complainant, {} } });
    if (!registered)
        qFatal("%s", qPrintable(registered.error().describe()));
    return *registered;
}

void DashboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    auto db = core::Database::open(m_dir.filePath(QStringLiteral("station.thana")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_station = uitest::createStation(*m_db);
    const core::User admin = uitest::addOfficer(*m_db, QStringLiteral("admin"), QStringLiteral("Administrator"), core::Role::Admin,
                                                QStringLiteral("admin-pass-2026"), std::nullopt);
    m_sho = uitest::addOfficer(*m_db, QStringLiteral("sho"), QStringLiteral("Anita Deshmukh"), core::Role::Sho, QStringLiteral("sho-pass-2026"), admin);
    m_io = uitest::addOfficer(*m_db, QStringLiteral("io.kale"), QStringLiteral("Sunil Kale"), core::Role::Io, QStringLiteral("io-pass-2026"), admin);

    // March 2025: one theft. March 2026: two thefts, a hurt, a robbery with theft.
    fir(ist(2025, 3, 10, 10, 0), { QStringLiteral("303") });
    const core::Fir charged = fir(ist(2026, 3, 5, 10, 0), { QStringLiteral("303") });
    fir(ist(2026, 3, 12, 10, 0), { QStringLiteral("303") });
    fir(ist(2026, 3, 20, 10, 0), { QStringLiteral("115") });
    fir(ist(2026, 3, 25, 10, 0), { QStringLiteral("303"), QStringLiteral("309") });
    // The theft of 5 March is charge-sheeted on the 28th and ends in a conviction on the 30th.
    m_clock.set(ist(2026, 3, 28, 10, 0));
    core::CaseService cases(*m_db, m_clock);
    auto report = cases.draftFinalReport(charged.uid, core::FinalReport::Kind::ChargeSheet, QStringLiteral("Accused found with the vehicle."), m_io);
    QVERIFY(report.ok());
    QVERIFY(cases.approveFinalReport(report->uid, m_sho).ok());
    m_clock.set(ist(2026, 3, 31, 12, 0));
    QVERIFY(core::PropertyService(*m_db, m_clock)
                .recordDisposal(charged.uid, QStringLiteral("JMFC Court No. 3, Pune"), QStringLiteral("RCC 12/2026"), QStringLiteral("convicted"),
                                ist(2026, 3, 30, 15, 0), QStringLiteral("Simple imprisonment for three months"), m_io)
                .ok());
}

void DashboardTest::chartsShowTheReportsFigures()
{
    ui::AppContext context { *m_db, m_clock, m_station, m_sho };
    ui::DashboardPage page(context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Each report is read when its tab is opened.
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    QVERIFY(tabs);
    QCOMPARE(page.findChild<QChartView*>(QStringLiteral("crimeReviewChart"))->chart()->series().size(), 0);
    tabs->setCurrentIndex(1);

    // Crime review, March 2026 against March 2025: gravest head at the top, so the
    // categories run from the bottom up: theft, hurt, robbery.
    QChart* review = page.findChild<QChartView*>(QStringLiteral("crimeReviewChart"))->chart();
    QCOMPARE(review->series().size(), 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(review->series().first());
    QVERIFY(bars);
    QCOMPARE(categoriesOf(review), (QStringList { QStringLiteral("Theft"), QStringLiteral("Hurt"), QStringLiteral("Robbery") }));
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Mar 2025"));
    QCOMPARE(valuesOf(bars->barSets().at(0)), (QList<qreal> { 1, 0, 0 }));
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Mar 2026"));
    QCOMPARE(valuesOf(bars->barSets().at(1)), (QList<qreal> { 2, 1, 1 }));
    QVERIFY(review->title().contains(QStringLiteral("+300 %")));
    auto* reviewTable = page.findChild<QTableWidget*>(QStringLiteral("crimeReviewTable"));
    QCOMPARE(reviewTable->rowCount(), 19);
    QCOMPARE(reviewTable->item(12, 0)->text(), QStringLiteral("Theft / चोरी"));
    QCOMPARE(reviewTable->item(12, 1)->text(), QStringLiteral("2"));
    QCOMPARE(reviewTable->item(12, 4)->text(), QStringLiteral("+100 %"));

    tabs->setCurrentIndex(2);
    // Pendency on 31 March 2026: three cases of this month, the theft of March 2025 over a
    // year old; the charge-sheeted case is no longer under investigation.
    QChart* pendency = page.findChild<QChartView*>(QStringLiteral("pendencyChart"))->chart();
    auto* pending = qobject_cast<QBarSeries*>(pendency->series().first());
    QVERIFY(pending);
    QCOMPARE(categoriesOf(pendency).size(), 6);
    QCOMPARE(categoriesOf(pendency).first(), QStringLiteral("Up to 30 days"));
    QCOMPARE(valuesOf(pending->barSets().at(0)), (QList<qreal> { 3, 0, 0, 0, 0, 1 }));
    QCOMPARE(valuesOf(pending->barSets().at(1)), (QList<qreal> { 0, 0, 0, 0, 0, 0 }));

    tabs->setCurrentIndex(3);
    // Disposal, 1 January to 31 March 2026: one charge sheet, one conviction.
    QChart* disposal = page.findChild<QChartView*>(QStringLiteral("disposalChart"))->chart();
    auto* disposed = qobject_cast<QBarSeries*>(disposal->series().first());
    QVERIFY(disposed);
    QCOMPARE(valuesOf(disposed->barSets().at(0)), (QList<qreal> { 1, 0, 1, 0, 0, 0 }));
    QVERIFY(disposal->title().contains(QStringLiteral("charge-sheeting rate 100 %")));
    QVERIFY(disposal->title().contains(QStringLiteral("conviction rate 100 %")));
}

void DashboardTest::aMonthChosenFromTheKeyboardRedrawsTheReview()
{
    ui::AppContext context { *m_db, m_clock, m_station, m_sho };
    ui::DashboardPage page(context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    QCOMPARE(tabs->count(), 4);
    // From the tab bar, the right arrow moves to the crime review.
    tabs->tabBar()->setFocus();
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), 1);
    // The month field: a year back with the down arrow on the year.
    auto* month = page.findChild<QDateEdit*>(QStringLiteral("reviewMonth"));
    QVERIFY(month->isVisible());
    month->setFocus();
    month->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(month, Qt::Key_Down);
    QCOMPARE(month->date(), QDate(2025, 3, 1));
    QChart* review = page.findChild<QChartView*>(QStringLiteral("crimeReviewChart"))->chart();
    auto* bars = qobject_cast<QHorizontalBarSeries*>(review->series().first());
    QVERIFY(bars);
    QCOMPARE(categoriesOf(review), QStringList { QStringLiteral("Theft") });
    QCOMPARE(valuesOf(bars->barSets().at(0)), QList<qreal> { 0 });
    QCOMPARE(valuesOf(bars->barSets().at(1)), QList<qreal> { 1 });

    // Tab from the month reaches Print, Export and the table of figures.
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    month->setFocus();
    QStringList reached;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    QVERIFY2(reached.contains(QStringLiteral("crimeReviewPrint")), qPrintable(reached.join(QLatin1Char(' '))));
    QVERIFY2(reached.contains(QStringLiteral("crimeReviewExport")), qPrintable(reached.join(QLatin1Char(' '))));
    QVERIFY2(reached.contains(QStringLiteral("crimeReviewTable")), qPrintable(reached.join(QLatin1Char(' '))));
}

void DashboardTest::fitsASmallScreen()
{
    ui::AppContext context { *m_db, m_clock, m_station, m_sho };
    ui::DashboardPage page(context);
    // What a 1366×768 screen leaves the page beside the navigation, under the menu and
    // above the status bar.
    page.resize(1366 - 210, 768 - 110);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    for (int i = 1; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        for (const char* name : { "crimeReviewChart", "pendencyChart", "disposalChart" }) {
            auto* view = page.findChild<QChartView*>(QString::fromLatin1(name));
            if (!view->isVisible())
                continue;
            QVERIFY2(view->height() >= 220, name);
            QVERIFY(view->width() >= 900);
        }
        for (const char* name : { "crimeReviewTable", "pendencyTable", "disposalTable" }) {
            auto* table = page.findChild<QTableWidget*>(QString::fromLatin1(name));
            if (table->isVisible())
                QVERIFY2(table->height() >= 120, name);
        }
    }
    QVERIFY(page.minimumSizeHint().height() <= 768 - 110);
}

QTEST_MAIN(DashboardTest)
#include "test_dashboard.moc"
