#include "ui/userdialog.h"

#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace thana::ui {

UserDialog::UserDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Add a user"));
    auto* form = new QFormLayout(this);
    m_username = new QLineEdit(this);
    m_fullName = new QLineEdit(this);
    m_rank = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (core::Role r : { core::Role::Io, core::Role::Writer, core::Role::Sho, core::Role::Trainer, core::Role::Admin })
        m_role->addItem(core::roleName(r), int(r));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password2 = new QLineEdit(this);
    m_password2->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Full name:"), m_fullName);
    form->addRow(tr("Rank:"), m_rank);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_password2);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    enterMovesFocus(this);
}

void UserDialog::save()
{
    if (m_password->text() != m_password2->text()) {
        m_error->setText(tr("Password again: the two passwords differ."));
        return;
    }
    core::User u;
    u.username = m_username->text();
    u.fullName = m_fullName->text();
    u.rank = m_rank->text().trimmed();
    u.role = core::Role(m_role->currentData().toInt());
    auto created = core::UserRepository(m_context.db).create(u, m_password->text(), m_context.user);
    if (!created) {
        m_error->setText(created.error().describe());
        return;
    }
    accept();
}

} // namespace thana::ui
