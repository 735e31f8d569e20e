#include "ui/dashboardpage.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/firrepository.h"
#include "core/gdrepository.h"
#include "core/personrepository.h"
#include "core/syncledger.h"
#include "ui/appcontext.h"

#include <QBrush>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thana::ui {

DashboardPage::DashboardPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2><h3>%2</h3>")
                                 .arg(context.station.nameEn.toHtmlEscaped(), context.station.nameLocal.toHtmlEscaped()),
                             this);
    layout->addWidget(title);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    m_deadlinesTitle = new QLabel(this);
    m_deadlinesTitle->setObjectName(QStringLiteral("deadlinesTitle"));
    layout->addWidget(m_deadlinesTitle);
    m_deadlines = new QTableWidget(0, 5, this);
    m_deadlines->setObjectName(QStringLiteral("deadlinesView"));
    m_deadlines->setHorizontalHeaderLabels({ tr("Last day"), tr("Days left"), tr("Case"), tr("What the law requires"), tr("Law") });
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlines->verticalHeader()->hide();
    m_deadlines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_deadlines, 1);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("From the State Data Centre: transfers, citizens' requests, notices")), this));
    m_feed = new QTableWidget(0, 3, this);
    m_feed->setObjectName(QStringLiteral("feedView"));
    m_feed->setHorizontalHeaderLabels({ tr("Received"), tr("Kind"), tr("What") });
    m_feed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feed->verticalHeader()->hide();
    m_feed->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_feed);
    refresh();
}

void DashboardPage::refresh()
{
    const int year = m_context.clock.now().toTimeZone(core::stationZone()).date().year();
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
    const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
    QList<core::CaseDeadline> shown;
    int overdue = 0;
    for (const core::CaseDeadline& d : core::CaseService(m_context.db, m_context.clock).openDeadlines()) {
        const qint64 left = d.deadline.daysLeft(today);
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
        const qint64 left = d.deadline.daysLeft(today);
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

    const QList<core::FeedItem> feed = core::SyncLedger(m_context.db).feed(20);
    const QHash<QString, QString> kinds = { { QStringLiteral("transfer_in"), tr("Case transferred here") },
                                            { QStringLiteral("transfer_out"), tr("Case transferred away") },
                                            { QStringLiteral("portal_complaint"), tr("Complaint from the citizen portal") },
                                            { QStringLiteral("service_request"), tr("Citizen's service request") },
                                            { QStringLiteral("masterdata"), tr("Acts and sections updated") },
                                            { QStringLiteral("notice"), tr("Notice") } };
    m_feed->setRowCount(int(feed.size()));
    for (int row = 0; row < feed.size(); ++row) {
        const core::FeedItem& item = feed.at(row);
        m_feed->setItem(row, 0, new QTableWidgetItem(QLocale().toString(item.receivedAt.toTimeZone(core::stationZone()), QLocale::ShortFormat)));
        m_feed->setItem(row, 1, new QTableWidgetItem(kinds.value(item.kind, item.kind)));
        m_feed->setItem(row, 2, new QTableWidgetItem(item.title));
    }
    m_feed->resizeColumnsToContents();
}

} // namespace thana::ui
