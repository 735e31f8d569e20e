#include "ui/firspage.h"

#include "core/clock.h"
#include "core/firrepository.h"
#include "ui/appcontext.h"
#include "ui/firform.h"
#include "ui/firview.h"
#include "ui/pagedtablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace thana::ui {

FirsPage::FirsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("firsFilter"));
    m_filter->setPlaceholderText(tr("FIR number (17 or 17/2026), section (BNS 303), complainant or place  (Ctrl+F)"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("firsYear"));
    m_year->addItem(tr("All years"), 0);
    const int thisYear = context.clock.now().toTimeZone(core::stationZone()).date().year();
    for (int y = thisYear; y >= thisYear - 15; --y)
        m_year->addItem(QString::number(y), y);
    auto* add = new QPushButton(tr("Register FIR on &direct information (Ctrl+N)"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_year);
    bar->addWidget(add);
    layout->addLayout(bar);
    m_model = new PagedTableModel({ tr("FIR No."), tr("Registered"), tr("Occurrence"), tr("Sections"), tr("Complainant"),
                                    tr("Place"), tr("Investigating officer") },
                                  this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("firsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Enter or double-click opens the FIR. Names of victims of sexual offences are withheld "
                                    "from officers not working the case."),
                                 this));
    connect(m_filter, &QLineEdit::textChanged, this, &FirsPage::refresh);
    connect(m_year, &QComboBox::currentIndexChanged, this, &FirsPage::refresh);
    connect(m_view, &QTableView::activated, this, &FirsPage::openCurrent);
    connect(add, &QPushButton::clicked, this, &FirsPage::registerDirect);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, qOverload<>(&QWidget::setFocus));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });
    refresh();
}

void FirsPage::refresh()
{
    core::FirFilter filter { m_filter->text(), m_year->currentData().toInt() };
    AppContext& context = m_context;
    m_model->setFetcher([&context, filter](qint64 beforeId, int limit) {
        const auto firs = core::FirRepository(context.db).page(filter, beforeId, limit, context.user);
        QList<PagedRow> rows;
        rows.reserve(firs.size());
        for (const core::FirSummary& f : firs) {
            rows << PagedRow { f.id, f.uid,
                               { QStringLiteral("%1/%2").arg(f.number).arg(f.year),
                                 f.registeredAt.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                 f.occurrenceFrom.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy")), f.sections,
                                 f.complainant, f.place, f.ioName },
                               f.sensitive };
        }
        return rows;
    });
}

void FirsPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    FirView view(m_context, m_model->uidAt(index.row()), this);
    view.exec();
}

void FirsPage::registerDirect()
{
    FirForm form(m_context, this);
    if (form.exec() != QDialog::Accepted)
        return;
    refresh();
    FirView view(m_context, form.registered().uid, this);
    view.exec();
}

} // namespace thana::ui
