#include "ui/complaintdialog.h"

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "ui/appcontext.h"
#include "ui/formhelpers.h"
#include "ui/personeditor.h"
#include "ui/personpicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thana::ui {

ComplaintDialog::ComplaintDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_errors(new FieldErrors)
{
    setWindowTitle(tr("Receive a complaint"));
    setObjectName(QStringLiteral("complaintDialog"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);

    auto* who = new QGroupBox(tr("Complainant"), body);
    auto* whoLayout = new QVBoxLayout(who);
    m_complainant = new PersonPicker(context, who);
    whoLayout->addWidget(m_complainant);
    layout->addWidget(who);

    auto* what = new QGroupBox(tr("Complaint"), body);
    auto* form = new QFormLayout(what);
    m_mode = new QComboBox(what);
    m_mode->setObjectName(QStringLiteral("complaintMode"));
    for (core::ReceiptMode m : { core::ReceiptMode::InPerson, core::ReceiptMode::Post, core::ReceiptMode::Email,
                                 core::ReceiptMode::Portal, core::ReceiptMode::Call112 })
        m_mode->addItem(core::receiptModeName(m), int(m));
    m_receivedAt = makeDateTimeEdit(context.clock.now(), what);
    m_receivedAt->setObjectName(QStringLiteral("complaintReceivedAt"));
    m_subject = new QLineEdit(what);
    m_subject->setObjectName(QStringLiteral("complaintSubject"));
    m_narrative = new QPlainTextEdit(what);
    m_narrative->setObjectName(QStringLiteral("complaintNarrative"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMinimumHeight(120);
    form->addRow(tr("Received:"), m_mode);
    form->addRow(tr("Received at:"), m_receivedAt);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Complaint text:"), m_narrative);
    m_errors->attach(form, m_receivedAt, QStringLiteral("receivedAt"));
    m_errors->attach(form, m_subject, QStringLiteral("subject"));
    m_errors->attach(form, m_narrative, QStringLiteral("narrative"));
    layout->addWidget(what);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("complaintErrors"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_errors->setGeneralLabel(m_general);
    outer->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveComplaint"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    enterMovesFocus(this);
    resize(720, 760);
    m_complainant->editor()->firstField()->setFocus();
}

ComplaintDialog::~ComplaintDialog()
{
    delete m_errors;
}

void ComplaintDialog::save()
{
    core::Complaint c;
    c.mode = core::ReceiptMode(m_mode->currentData().toInt());
    c.receivedAt = valueOf(m_receivedAt);
    c.subject = m_subject->text();
    c.narrative = m_narrative->toPlainText();
    c.complainantUid = m_complainant->existingUid();
    const auto person = m_complainant->newPerson();
    auto result = core::ComplaintRepository(m_context.db).receive(c, person, m_context.user, m_context.clock);
    if (!result) {
        const core::Error& e = result.error();
        m_errors->show(e.violations);
        m_complainant->editor()->showViolations(e.violations);
        if (e.violations.isEmpty()) {
            m_general->setText(e.message);
            m_general->show();
        }
        if (QWidget* w = m_errors->firstInvalid())
            w->setFocus();
        return;
    }
    m_saved = result.value();
    accept();
}

} // namespace thana::ui
