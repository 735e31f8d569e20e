#include "ui/complaintactiondialog.h"

#include "core/complaintrepository.h"
#include "ui/appcontext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace thana::ui {

ComplaintActionDialog::ComplaintActionDialog(AppContext& context, const QString& complaintUid, QWidget* parent)
    : QDialog(parent), m_context(context), m_uid(complaintUid)
{
    setWindowTitle(tr("Action on the complaint"));
    auto* form = new QFormLayout(this);
    m_action = new QComboBox(this);
    for (core::ComplaintAction a : { core::ComplaintAction::Enquiry, core::ComplaintAction::Ncr, core::ComplaintAction::Closed })
        m_action->addItem(core::complaintActionName(a), int(a));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Reason / details:"), m_note);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintActionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ComplaintActionDialog::save()
{
    auto done = core::ComplaintRepository(m_context.db)
                    .takeAction(m_uid, core::ComplaintAction(m_action->currentData().toInt()), m_note->toPlainText(),
                                m_context.user, m_context.clock);
    if (!done) {
        m_error->setText(done.error().describe());
        return;
    }
    accept();
}

} // namespace thana::ui
