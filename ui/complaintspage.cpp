#include "ui/complaintspage.h"

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "ui/appcontext.h"
#include "ui/complaintactiondialog.h"
#include "ui/complaintdialog.h"
#include "ui/firform.h"
#include "ui/firview.h"
#include "ui/pagedtablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace thana::ui {

ComplaintsPage::ComplaintsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("complaintsFilter"));
    m_filter->setPlaceholderText(tr("Filter by subject or complainant  (Ctrl+F)"));
    m_action = new QComboBox(this);
    m_action->addItem(tr("All complaints"), QString());
    for (core::ComplaintAction a : { core::ComplaintAction::Pending, core::ComplaintAction::Fir, core::ComplaintAction::Ncr,
                                     core::ComplaintAction::Enquiry, core::ComplaintAction::Closed })
        m_action->addItem(core::complaintActionName(a), core::complaintActionKey(a));
    auto* receive = new QPushButton(tr("&Receive complaint (Ctrl+N)"), this);
    receive->setObjectName(QStringLiteral("receiveComplaint"));
    receive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto* fir = new QPushButton(tr("Register &FIR (Ctrl+R)"), this);
    fir->setObjectName(QStringLiteral("registerFirFromComplaint"));
    fir->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto* action = new QPushButton(tr("Other &action"), this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_action);
    bar->addWidget(receive);
    bar->addWidget(fir);
    bar->addWidget(action);
    layout->addLayout(bar);

    m_model = new PagedTableModel({ tr("Petition"), tr("Received"), tr("Mode"), tr("Complainant"), tr("Subject"), tr("Action") }, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("complaintsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("complaintsStatus"));
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &ComplaintsPage::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ComplaintsPage::refresh);
    connect(receive, &QPushButton::clicked, this, &ComplaintsPage::receiveComplaint);
    connect(fir, &QPushButton::clicked, this, &ComplaintsPage::registerFir);
    connect(action, &QPushButton::clicked, this, &ComplaintsPage::recordAction);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, qOverload<>(&QWidget::setFocus));
    refresh();
}

void ComplaintsPage::refresh()
{
    const QString filter = m_filter->text();
    const QString action = m_action->currentData().toString();
    AppContext& context = m_context;
    m_model->setFetcher([&context, filter, action](qint64 beforeId, int limit) {
        qint64 last = 0;
        const auto complaints = core::ComplaintRepository(context.db).page(filter, action, beforeId, limit, context.user, &last);
        QList<PagedRow> rows;
        for (const core::Complaint& c : complaints) {
            rows << PagedRow { 0, c.uid,
                               { QStringLiteral("%1/%2").arg(c.number).arg(c.year),
                                 c.receivedAt.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                 core::receiptModeName(c.mode), c.complainantName, c.subject, core::complaintActionName(c.action) },
                               c.action == core::ComplaintAction::Pending };
        }
        if (!rows.isEmpty())
            rows.last().id = last;
        return rows;
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QString ComplaintsPage::currentUid() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->uidAt(index.row()) : QString();
}

void ComplaintsPage::receiveComplaint()
{
    ComplaintDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filter->clear();
    refresh();
    m_status->setText(tr("%1 has been received and written in the General Diary.").arg(dialog.saved().reference()));
}

void ComplaintsPage::registerFir()
{
    const QString uid = currentUid();
    if (uid.isEmpty())
        return;
    const auto complaint = core::ComplaintRepository(m_context.db).byUid(uid, m_context.user);
    if (!complaint)
        return;
    if (complaint->action == core::ComplaintAction::Fir) {
        QMessageBox::information(this, tr("FIR already registered"), tr("An FIR has already been registered on this complaint."));
        return;
    }
    FirForm form(m_context, this);
    form.setComplaint(*complaint);
    if (form.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT firRegistered();
    FirView view(m_context, form.registered().uid, this);
    view.exec();
}

void ComplaintsPage::recordAction()
{
    const QString uid = currentUid();
    if (uid.isEmpty())
        return;
    ComplaintActionDialog dialog(m_context, uid, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace thana::ui
