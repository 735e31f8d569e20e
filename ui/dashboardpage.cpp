#include "ui/dashboardpage.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/database.h"
#include "core/firrepository.h"
#include "core/gdrepository.h"
#include "core/reports.h"
#include "core/syncledger.h"
#include "ui/appcontext.h"
#include "ui/printing.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDashboard, "thana.ui.dashboard")

namespace thana::ui {

namespace {

QDate today(const AppContext& context)
{
    return context.clock.now().toTimeZone(core::stationZone()).date();
}

/// A chart made to be read at a glance on a small screen: no animation, legend below.
QChartView* makeChartView(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    // The same figures are in the table below; focus goes there, not to a picture.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

/// Empties a chart of its series and axes.
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A count axis: whole numbers only, at least up to 1.
QValueAxis* countAxis(int maximum)
{
    auto* axis = new QValueAxis;
    const int top = std::max(1, maximum);
    axis->setRange(0, top);
    axis->setTickCount(std::min(top, 10) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// Figures written at the end of each bar, in the text colour (the default is for bars with
/// labels inside them and vanishes on a light background).
void showValues(QAbstractBarSeries* series, const QColor& text)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    for (QBarSet* set : series->barSets())
        set->setLabelColor(text);
}

QString monthName(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<h2>%1 &nbsp; %2</h2>")
                                 .arg(context.station.nameEn.toHtmlEscaped(), context.station.nameLocal.toHtmlEscaped()),
                             this);
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    layout->addWidget(m_tabs, 1);

    // Today.
    auto* todayPage = new QWidget(m_tabs);
    auto* todayLayout = new QVBoxLayout(todayPage);
    m_figures = new QLabel(todayPage);
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setTextFormat(Qt::RichText);
    todayLayout->addWidget(m_figures);
    m_deadlinesTitle = new QLabel(todayPage);
    m_deadlinesTitle->setObjectName(QStringLiteral("deadlinesTitle"));
    todayLayout->addWidget(m_deadlinesTitle);
    m_deadlines = new QTableWidget(0, 5, todayPage);
    m_deadlines->setObjectName(QStringLiteral("deadlinesView"));
    m_deadlines->setHorizontalHeaderLabels({ tr("Last day"), tr("Days left"), tr("Case"), tr("What the law requires"), tr("Law") });
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->verticalHeader()->hide();
    m_deadlines->setTabKeyNavigation(false);
    m_deadlines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    todayLayout->addWidget(m_deadlines, 1);
    todayLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("From the State Data Centre: transfers, citizens' requests, notices")), todayPage));
    m_feed = new QTableWidget(0, 3, todayPage);
    m_feed->setObjectName(QStringLiteral("feedView"));
    m_feed->setHorizontalHeaderLabels({ tr("Received"), tr("Kind"), tr("What") });
    m_feed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feed->verticalHeader()->hide();
    m_feed->setTabKeyNavigation(false);
    m_feed->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    todayLayout->addWidget(m_feed);
    m_tabs->addTab(todayPage, tr("Today"));

    const QDate now = today(context);

    // Monthly crime review.
    auto* reviewControls = new QWidget(this);
    {
        auto* row = new QHBoxLayout(reviewControls);
        row->setContentsMargins(0, 0, 0, 0);
        m_reviewMonth = new QDateEdit(QDate(now.year(), now.month(), 1), reviewControls);
        m_reviewMonth->setObjectName(QStringLiteral("reviewMonth"));
        m_reviewMonth->setDisplayFormat(QStringLiteral("MM/yyyy"));
        m_reviewMonth->setAccessibleName(tr("Month to review"));
        auto* label = new QLabel(tr("&Month:"), reviewControls);
        label->setBuddy(m_reviewMonth);
        row->addWidget(label);
        row->addWidget(m_reviewMonth);
        row->addStretch(1);
        connect(m_reviewMonth, &QDateEdit::dateChanged, this, &DashboardPage::refreshCrimeReview);
    }
    m_reviewChart = makeChartView(QStringLiteral("crimeReviewChart"), tr("FIRs by crime head, this month against the same month last year"), this);
    m_reviewTable = new QTableWidget(this);
    m_reviewTable->setObjectName(QStringLiteral("crimeReviewTable"));
    m_tabs->addTab(reportTab(QStringLiteral("crimeReview"), reviewControls, m_reviewChart, m_reviewTable, &m_reviewView), tr("Crime review"));

    // Pendency of investigation.
    auto* pendencyControls = new QWidget(this);
    {
        auto* row = new QHBoxLayout(pendencyControls);
        row->setContentsMargins(0, 0, 0, 0);
        m_pendencyDay = new QDateEdit(now, pendencyControls);
        m_pendencyDay->setObjectName(QStringLiteral("pendencyDay"));
        m_pendencyDay->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        m_pendencyDay->setCalendarPopup(true);
        auto* label = new QLabel(tr("Open &on:"), pendencyControls);
        label->setBuddy(m_pendencyDay);
        row->addWidget(label);
        row->addWidget(m_pendencyDay);
        row->addStretch(1);
        connect(m_pendencyDay, &QDateEdit::dateChanged, this, &DashboardPage::refreshPendency);
    }
    m_pendencyChart = makeChartView(QStringLiteral("pendencyChart"), tr("Cases under investigation by age"), this);
    m_pendencyTable = new QTableWidget(this);
    m_pendencyTable->setObjectName(QStringLiteral("pendencyTable"));
    m_tabs->addTab(reportTab(QStringLiteral("pendency"), pendencyControls, m_pendencyChart, m_pendencyTable, &m_pendencyView), tr("Pendency"));

    // Disposal.
    auto* disposalControls = new QWidget(this);
    {
        auto* row = new QHBoxLayout(disposalControls);
        row->setContentsMargins(0, 0, 0, 0);
        m_disposalFrom = new QDateEdit(QDate(now.year(), 1, 1), disposalControls);
        m_disposalFrom->setObjectName(QStringLiteral("disposalFrom"));
        m_disposalTo = new QDateEdit(now, disposalControls);
        m_disposalTo->setObjectName(QStringLiteral("disposalTo"));
        for (QDateEdit* e : { m_disposalFrom, m_disposalTo }) {
            e->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
            e->setCalendarPopup(true);
            connect(e, &QDateEdit::dateChanged, this, &DashboardPage::refreshDisposal);
        }
        auto* fromLabel = new QLabel(tr("F&rom:"), disposalControls);
        fromLabel->setBuddy(m_disposalFrom);
        auto* toLabel = new QLabel(tr("&To:"), disposalControls);
        toLabel->setBuddy(m_disposalTo);
        row->addWidget(fromLabel);
        row->addWidget(m_disposalFrom);
        row->addWidget(toLabel);
        row->addWidget(m_disposalTo);
        row->addStretch(1);
    }
    m_disposalChart = makeChartView(QStringLiteral("disposalChart"), tr("Final reports and court disposals"), this);
    m_disposalTable = new QTableWidget(this);
    m_disposalTable->setObjectName(QStringLiteral("disposalTable"));
    m_tabs->addTab(reportTab(QStringLiteral("disposal"), disposalControls, m_disposalChart, m_disposalTable, &m_disposalView), tr("Disposal"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::readTab);
}

DashboardPage::~DashboardPage()
{
    if (m_deadlineReader.joinable())
        m_deadlineReader.join();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_read) {
        m_read = true;
        refreshToday();
        readTab(m_tabs->currentIndex());
    }
}

void DashboardPage::readTab(int index)
{
    // Each report is read when its tab is first opened, and again on refresh.
    if (!m_read || index <= 0 || index > int(m_tabRead.size()) || m_tabRead[size_t(index - 1)])
        return;
    m_tabRead[size_t(index - 1)] = true;
    if (index == 1)
        refreshCrimeReview();
    else if (index == 2)
        refreshPendency();
    else
        refreshDisposal();
}

QWidget* DashboardPage::reportTab(const QString& name, QWidget* controls, QChartView* chart, QTableWidget* table, core::RegisterView* view)
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    controls->setParent(page);
    top->addWidget(controls, 1);
    auto* printButton = new QPushButton(tr("&Print…"), page);
    printButton->setObjectName(name + QStringLiteral("Print"));
    auto* exportButton = new QPushButton(tr("&Export CSV…"), page);
    exportButton->setObjectName(name + QStringLiteral("Export"));
    top->addWidget(printButton);
    top->addWidget(exportButton);
    layout->addLayout(top);
    // Controls, then Print and Export, then the figures; Tab leaves the table, the arrows move in it.
    setTabOrder(exportButton, table);
    table->setTabKeyNavigation(false);
    connect(printButton, &QPushButton::clicked, this, [this, view] { print(*view); });
    connect(exportButton, &QPushButton::clicked, this, [this, view] { exportCsv(*view); });

    // Chart above, figures below; the divider moves, and on a 1366×768 screen both show.
    auto* splitter = new QSplitter(Qt::Vertical, page);
    chart->setParent(splitter);
    table->setParent(splitter);
    splitter->addWidget(chart);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setMinimumHeight(120);
    layout->addWidget(splitter, 1);
    return page;
}

void DashboardPage::refresh()
{
    m_read = true;
    refreshToday();
    m_tabRead = {};
    readTab(m_tabs->currentIndex());
}

void DashboardPage::refreshToday()
{
    const int year = today(m_context).year();
    core::FirRepository firs(m_context.db);
    core::ComplaintRepository complaints(m_context.db);
    core::GdRepository gd(m_context.db);
    const int pending = complaints.count(QStringLiteral("pending"));
    m_figures->setText(QStringLiteral("<table cellpadding='6'>"
                                      "<tr><td>%1</td><td><b>%2</b></td></tr>"
                                      "<tr><td>%3</td><td><b>%4</b></td></tr>"
                                      "<tr><td>%5</td><td><b>%6</b></td></tr>"
                                      "<tr><td>%7</td><td><b>%8</b></td></tr></table>")
                           .arg(tr("FIRs registered in %1").arg(year))
                           .arg(firs.count(year))
                           .arg(tr("FIRs in the store"))
                           .arg(firs.count())
                           .arg(tr("Complaints awaiting action"))
                           .arg(pending)
                           .arg(tr("General Diary entries"))
                           .arg(gd.count()));

    // Deadlines passed in the last 30 days or due in the next 14, of cases still open.
    m_deadlinesTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Reading the deadlines of open cases…")));
    if (m_deadlineReader.joinable())
        m_deadlineReader.join();
    const QString path = m_context.db.path();
    const QDateTime now = m_context.clock.now();
    m_deadlineReader = std::thread([this, path, now] {
        QList<core::CaseDeadline> all;
        {
            auto opened = core::Database::open(path, core::Database::Mode::ExistingOnly);
            if (opened) {
                core::ManualClock at(now);
                all = core::CaseService(*opened.value(), at).openDeadlines();
            } else {
                qCWarning(lcDashboard) << "deadlines not read:" << opened.error().message;
            }
        }
        QMetaObject::invokeMethod(this, [this, all] { showDeadlines(all); }, Qt::QueuedConnection);
    });

    const QList<core::FeedItem> feed = core::SyncLedger(m_context.db).feed(20);
    const QHash<QString, QString> kinds = { { QStringLiteral("transfer_in"), tr("Case transferred here") },
                                            { QStringLiteral("transfer_out"), tr("Case transferred away") },
                                            { QStringLiteral("portal_complaint"), tr("Complaint from the citizen portal") },
                                            { QStringLiteral("service_request"), tr("Citizen's service request") },
                                            { QStringLiteral("masterdata"), tr("Acts and sections updated") },
                                            { QStringLiteral("notice"), tr("Notice") } };
    // What the State Data Centre did not take as sent comes first, in red: those changes
    // are not sent again, and a person must look at them.
    const QList<QPair<QDateTime, QString>> notes = core::SyncLedger(m_context.db).sdcNotes(20);
    m_feed->setRowCount(int(notes.size() + feed.size()));
    int row = 0;
    for (const auto& [at, text] : notes) {
        const QStringList cells = { QLocale().toString(at.toTimeZone(core::stationZone()), QLocale::ShortFormat), tr("Not accepted by the State Data Centre"),
                                    text };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setForeground(QBrush(Qt::darkRed));
            m_feed->setItem(row, column, item);
        }
        ++row;
    }
    for (const core::FeedItem& item : feed) {
        m_feed->setItem(row, 0, new QTableWidgetItem(QLocale().toString(item.receivedAt.toTimeZone(core::stationZone()), QLocale::ShortFormat)));
        m_feed->setItem(row, 1, new QTableWidgetItem(kinds.value(item.kind, item.kind)));
        m_feed->setItem(row, 2, new QTableWidgetItem(item.title));
        ++row;
    }
    m_feed->resizeColumnsToContents();
}

void DashboardPage::showDeadlines(const QList<core::CaseDeadline>& all)
{
    const QDate day = today(m_context);
    QList<core::CaseDeadline> shown;
    int overdue = 0;
    for (const core::CaseDeadline& d : all) {
        const qint64 left = d.deadline.daysLeft(day);
        if (left < -30 || left > 14)
            continue;
        if (left < 0)
            ++overdue;
        shown << d;
    }
    m_deadlinesTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Deadlines of open cases: %1 passed in the last 30 days, %2 due in the next 14 days")
                                                                 .arg(overdue)
                                                                 .arg(shown.size() - overdue)));
    m_deadlines->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const core::CaseDeadline& d = shown.at(row);
        const qint64 left = d.deadline.daysLeft(day);
        const QStringList cells = { QLocale().toString(d.deadline.lastDay, QLocale::ShortFormat),
                                    left < 0 ? tr("%n day(s) late", nullptr, int(-left)) : left == 0 ? tr("today") : QString::number(left),
                                    d.firReference, d.deadline.title, d.deadline.law };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (left < 0)
                item->setForeground(QBrush(Qt::darkRed));
            m_deadlines->setItem(row, column, item);
        }
    }
    m_deadlines->resizeColumnsToContents();
}

void DashboardPage::refreshCrimeReview()
{
    const QDate month(m_reviewMonth->date().year(), m_reviewMonth->date().month(), 1);
    auto review = core::Reports(m_context.db).crimeReview(month.year(), month.month());
    QChart* chart = m_reviewChart->chart();
    clearChart(chart);
    if (!review) {
        qCWarning(lcDashboard) << "crime review:" << review.error().message;
        chart->setTitle(review.error().message);
        m_reviewView = {};
        fillTable(m_reviewTable, m_reviewView);
        return;
    }
    m_reviewView = core::Reports::table(*review);
    fillTable(m_reviewTable, m_reviewView);

    // Only the heads with FIRs in either month, gravest at the top: a bar per year.
    auto* current = new QBarSet(monthName(month));
    auto* previous = new QBarSet(monthName(month.addYears(-1)));
    QStringList categories;
    int maximum = 0;
    for (auto it = review->rows.crbegin(); it != review->rows.crend(); ++it) {
        if (it->month.current == 0 && it->month.previous == 0)
            continue;
        categories << core::Reports::crimeHeadName(it->head);
        *current << it->month.current;
        *previous << it->month.previous;
        maximum = std::max({ maximum, it->month.current, it->month.previous });
    }
    auto* series = new QHorizontalBarSeries;
    series->append(previous);
    series->append(current);
    showValues(series, palette().color(QPalette::Text));
    chart->addSeries(series);
    auto* heads = new QBarCategoryAxis;
    heads->append(categories);
    chart->addAxis(heads, Qt::AlignLeft);
    series->attachAxis(heads);
    QValueAxis* counts = countAxis(maximum + 1);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->setTitle(categories.isEmpty()
                        ? tr("No FIRs registered in %1 or in %2").arg(monthName(month), monthName(month.addYears(-1)))
                        : tr("FIRs by crime head: %1 in %2 against %3 in %4 (%5)")
                              .arg(review->total.month.current)
                              .arg(monthName(month))
                              .arg(review->total.month.previous)
                              .arg(monthName(month.addYears(-1)))
                              .arg(core::Reports::percent(review->total.month.percentChange())));
    m_reviewChart->setAccessibleDescription(chart->title());
}

void DashboardPage::refreshPendency()
{
    auto pendency = core::Reports(m_context.db).pendency(m_pendencyDay->date());
    QChart* chart = m_pendencyChart->chart();
    clearChart(chart);
    if (!pendency) {
        qCWarning(lcDashboard) << "pendency:" << pendency.error().message;
        chart->setTitle(pendency.error().message);
        m_pendencyView = {};
        fillTable(m_pendencyTable, m_pendencyView);
        return;
    }
    m_pendencyView = core::Reports::table(*pendency);
    fillTable(m_pendencyTable, m_pendencyView);

    auto* open = new QBarSet(tr("Under investigation"));
    auto* past = new QBarSet(tr("Past a limit of BNSS s.187(3) or s.193(2)"));
    QStringList categories;
    int maximum = 0;
    for (const core::PendencyBand& b : pendency->bands) {
        categories << core::Reports::bandName(b.id);
        *open << b.open;
        *past << b.pastAny;
        maximum = std::max(maximum, b.open);
    }
    past->setColor(QColor(0xb0, 0x20, 0x20));
    auto* series = new QBarSeries;
    series->append(open);
    series->append(past);
    showValues(series, palette().color(QPalette::Text));
    chart->addSeries(series);
    auto* bands = new QBarCategoryAxis;
    bands->append(categories);
    chart->addAxis(bands, Qt::AlignBottom);
    series->attachAxis(bands);
    QValueAxis* counts = countAxis(maximum + 1);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->setTitle(tr("%1 case(s) under investigation on %2, %3 past a statutory limit")
                        .arg(pendency->total.open)
                        .arg(QLocale().toString(pendency->asOf, QLocale::ShortFormat))
                        .arg(pendency->total.pastAny));
    m_pendencyChart->setAccessibleDescription(chart->title());
}

void DashboardPage::refreshDisposal()
{
    auto disposal = core::Reports(m_context.db).disposal(m_disposalFrom->date(), m_disposalTo->date());
    QChart* chart = m_disposalChart->chart();
    clearChart(chart);
    if (!disposal) {
        chart->setTitle(disposal.error().message);
        m_disposalView = {};
        fillTable(m_disposalTable, m_disposalView);
        return;
    }
    m_disposalView = core::Reports::table(*disposal);
    fillTable(m_disposalTable, m_disposalView);

    auto* cases = new QBarSet(tr("Cases"));
    const QStringList categories = { tr("Charge sheets"), tr("Closure reports"), tr("Convicted"), tr("Acquitted"), tr("Discharged"),
                                     tr("Compounded") };
    const QList<int> values = { disposal->chargeSheets, disposal->closures,   disposal->convicted,
                                disposal->acquitted,    disposal->discharged, disposal->compounded };
    for (int v : values)
        *cases << v;
    auto* series = new QBarSeries;
    series->append(cases);
    showValues(series, palette().color(QPalette::Text));
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto* kinds = new QBarCategoryAxis;
    kinds->append(categories);
    chart->addAxis(kinds, Qt::AlignBottom);
    series->attachAxis(kinds);
    QValueAxis* counts = countAxis(*std::max_element(values.cbegin(), values.cend()) + 1);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->setTitle(tr("Final reports and court disposals: charge-sheeting rate %1, conviction rate %2")
                        .arg(core::Reports::rate(disposal->chargeSheetingRate()), core::Reports::rate(disposal->convictionRate())));
    m_disposalChart->setAccessibleDescription(chart->title());
}

void DashboardPage::fillTable(QTableWidget* table, const core::RegisterView& view)
{
    table->clear();
    table->setColumnCount(int(view.columnsEn.size()));
    QStringList headers;
    for (int i = 0; i < view.columnsEn.size(); ++i)
        headers << view.columnsEn.at(i) + QLatin1Char('\n') + view.columnsHi.value(i);
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(view.rows.size()));
    for (int row = 0; row < view.rows.size(); ++row) {
        const QStringList& cells = view.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    // Long bilingual heads are cut (the whole name is in the tooltip) so the figures fit.
    table->setColumnWidth(0, std::min(table->columnWidth(0), 340));
    table->setAccessibleName(view.titleEn);
}

void DashboardPage::print(const core::RegisterView& view)
{
    QString html = QStringLiteral("<h3>%1<br>%2</h3><p>%3</p><table border='1' cellspacing='0' cellpadding='4'><tr>")
                       .arg(view.titleEn.toHtmlEscaped(), view.titleHi.toHtmlEscaped(),
                            QString(m_context.station.nameEn + QStringLiteral(" / ") + m_context.station.nameLocal).toHtmlEscaped());
    for (int i = 0; i < view.columnsEn.size(); ++i)
        html += QStringLiteral("<th>%1<br>%2</th>").arg(view.columnsEn.at(i).toHtmlEscaped(), view.columnsHi.value(i).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList& row : view.rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += (i == 0 ? QStringLiteral("<td>%1</td>") : QStringLiteral("<td align='right'>%1</td>")).arg(row.at(i).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    printHtml(html, view.titleEn, this);
}

void DashboardPage::exportCsv(const core::RegisterView& view)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"), view.id + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        core::Reports::writeCsv(view, file);
        if (file.commit())
            return;
    }
    QMessageBox::warning(this, tr("Export"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace thana::ui
