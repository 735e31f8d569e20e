#include "ui/dashboardpage.h"

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/firrepository.h"
#include "core/gdrepository.h"
#include "core/personrepository.h"
#include "ui/appcontext.h"

#include <QLabel>
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
    layout->addStretch();
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
}

} // namespace thana::ui
