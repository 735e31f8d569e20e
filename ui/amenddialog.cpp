#include "ui/amenddialog.h"

#include "core/firservice.h"
#include "ui/appcontext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace thana::ui {

AmendDialog::AmendDialog(AppContext& context, const QString& firUid, QWidget* parent)
    : QDialog(parent), m_context(context), m_firUid(firUid)
{
    setWindowTitle(tr("Amend FIR"));
    auto* form = new QFormLayout(this);
    m_field = new QComboBox(this);
    for (const QString& f : core::FirService::amendableFields())
        m_field->addItem(core::FirService::fieldLabel(f), f);
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("New value; for a section: BNS 303"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    form->addRow(tr("Field:"), m_field);
    form->addRow(tr("New value:"), m_value);
    form->addRow(tr("Reason for amendment:"), m_reason);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AmendDialog::save()
{
    core::FirService service(m_context.db, m_context.clock);
    auto done = service.amend(m_firUid, m_field->currentData().toString(), m_value->text(), m_reason->toPlainText(), m_context.user);
    if (!done) {
        m_error->setText(done.error().describe());
        return;
    }
    accept();
}

} // namespace thana::ui
