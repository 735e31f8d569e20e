#include "ui/adminpage.h"

#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/userdialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thana::ui {

AdminPage::AdminPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Users of this station")), this));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({ tr("Username"), tr("Full name"), tr("Rank"), tr("Role"), tr("Active") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* bar = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add user"), this);
    auto* toggle = new QPushButton(tr("Activate / &deactivate"), this);
    bar->addWidget(add);
    bar->addWidget(toggle);
    bar->addStretch();
    layout->addLayout(bar);
    const bool admin = context.user.isAdmin();
    add->setEnabled(admin);
    toggle->setEnabled(admin);
    if (!admin)
        layout->addWidget(new QLabel(tr("Only an administrator can add users or change accounts."), this));
    connect(add, &QPushButton::clicked, this, [this] {
        UserDialog dialog(m_context, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(toggle, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QString uid = m_table->item(row, 0)->data(Qt::UserRole).toString();
        const bool active = m_table->item(row, 4)->data(Qt::UserRole).toBool();
        auto done = core::UserRepository(m_context.db).setActive(uid, !active, m_context.user);
        if (!done)
            QMessageBox::warning(this, tr("Not changed"), done.error().message);
        refresh();
    });
    refresh();
}

void AdminPage::refresh()
{
    const auto users = core::UserRepository(m_context.db).all();
    m_table->setRowCount(int(users.size()));
    int row = 0;
    for (const core::User& u : users) {
        auto* name = new QTableWidgetItem(u.username);
        name->setData(Qt::UserRole, u.uid);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(u.fullName));
        m_table->setItem(row, 2, new QTableWidgetItem(u.rank));
        m_table->setItem(row, 3, new QTableWidgetItem(core::roleName(u.role)));
        auto* active = new QTableWidgetItem(u.active ? tr("Yes") : tr("No"));
        active->setData(Qt::UserRole, u.active);
        m_table->setItem(row, 4, active);
        ++row;
    }
}

} // namespace thana::ui
