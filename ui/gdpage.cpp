#include "ui/gdpage.h"

#include "core/clock.h"
#include "core/gdrepository.h"
#include "ui/appcontext.h"
#include "ui/gdentrydialog.h"
#include "ui/pagedtablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace thana::ui {

GdPage::GdPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter entries by their text  (Ctrl+F)"));
    auto* add = new QPushButton(tr("&New entry (Ctrl+N)"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto* correct = new QPushButton(tr("&Correct selected entry"), this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(add);
    bar->addWidget(correct);
    layout->addLayout(bar);
    m_model = new PagedTableModel({ tr("GD No."), tr("Time"), tr("Kind"), tr("Entry"), tr("Officer") }, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gdView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &GdPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] {
        GdEntryDialog dialog(m_context, {}, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(correct, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        GdEntryDialog dialog(m_context, m_model->uidAt(index.row()), this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, qOverload<>(&QWidget::setFocus));
    refresh();
}

void GdPage::refresh()
{
    const QString filter = m_filter->text();
    AppContext& context = m_context;
    m_model->setFetcher([&context, filter](qint64 beforeId, int limit) {
        qint64 last = 0;
        const auto entries = core::GdRepository(context.db).page(filter, beforeId, limit, &last);
        QList<PagedRow> rows;
        for (const core::GdEntry& e : entries)
            rows << PagedRow { 0, e.uid,
                               { QStringLiteral("%1/%2").arg(e.number).arg(e.year),
                                 e.entryAt.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")), e.kind,
                                 e.summary, e.officerName },
                               e.kind == QLatin1String("correction") };
        if (!rows.isEmpty())
            rows.last().id = last;
        return rows;
    });
}

} // namespace thana::ui
