#include "ui/recordform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace thana::ui {

RecordForm::RecordForm(const QString& title, const QString& objectName, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    m_form = new QFormLayout(m_body);
    scroll->setWidget(m_body);
    outer->addWidget(scroll, 1);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("formErrors"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_errors.setGeneralLabel(m_general);
    outer->addWidget(m_general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveRecord"));
    saveButton->setText(tr("Save (Ctrl+S)"));
    saveButton->setShortcut(QKeySequence::Save);
    // Enter moves between fields; saving is always a deliberate Ctrl+S.
    saveButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 520);
}

void RecordForm::addField(const QString& label, QWidget* field, const QString& objectName, const QStringList& names)
{
    field->setParent(m_body);
    field->setObjectName(objectName);
    if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        text->setTabChangesFocus(true);
        text->setMaximumHeight(90);
    }
    // The label is made by the form, which sets its buddy: Alt and the underlined letter
    // reach the field.
    m_form->addRow(label, field);
    for (const QString& name : names)
        m_errors.attach(m_form, field, name);
    if (!m_focused) {
        m_focused = true;
        field->setFocus();
    }
}

void RecordForm::showEvent(QShowEvent* event)
{
    // Every field is in place by now, so Enter can move through all of them.
    if (!m_enterMoves) {
        m_enterMoves = true;
        enterMovesFocus(this);
    }
    QDialog::showEvent(event);
}

void RecordForm::attachErrors(QWidget* field, const QString& name)
{
    m_errors.attach(m_form, field, name);
}

void RecordForm::setBuddy(QWidget* field, QWidget* buddy)
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
        label->setBuddy(buddy);
}

void RecordForm::showError(const core::Error& error)
{
    m_errors.show(error.violations);
    if (error.violations.isEmpty()) {
        m_general->setText(error.message);
        m_general->show();
    }
    if (QWidget* w = m_errors.firstInvalid())
        w->setFocus();
}

void RecordForm::save()
{
    if (!m_save)
        return accept();
    if (const auto refused = m_save()) {
        showError(*refused);
        return;
    }
    m_errors.clear();
    accept();
}

} // namespace thana::ui
