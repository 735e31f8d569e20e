#include "ui/formhelpers.h"

#include "core/clock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace thana::ui {

void FieldErrors::attach(QFormLayout* form, QWidget* field, const QString& name)
{
    auto* label = new QLabel(form->parentWidget());
    label->setObjectName(QStringLiteral("error_") + name);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    if (row < 0)
        form->addRow(QString(), label);
    else
        form->insertRow(row + 1, QString(), label);
    m_labels.insert(name, label);
    m_fields.insert(name, field);
}

void FieldErrors::clear()
{
    for (QLabel* l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
    m_firstInvalid = nullptr;
}

void FieldErrors::show(const QList<core::Violation>& violations)
{
    clear();
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const core::Violation& v : violations) {
        if (m_labels.contains(v.field))
            byField[v.field] << v.message;
        else
            general << v.message;
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel* l = m_labels.value(it.key());
        l->setText(it.value().join(QLatin1Char('\n')));
        l->show();
        if (!m_firstInvalid)
            m_firstInvalid = m_fields.value(it.key());
    }
    if (m_general && !general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
}

namespace {

class EnterFilter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || key->modifiers() & Qt::ControlModifier)
            return false;
        QWidget* w = QApplication::focusWidget();
        // Multi-line text takes Enter as a new line, buttons as a press, lists as a choice.
        if (!w || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractButton*>(w)
            || qobject_cast<QAbstractItemView*>(w))
            return false;
        if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->view() && combo->view()->isVisible())
            return false;
        Q_UNUSED(watched)
        w->nextInFocusChain()->setFocus(Qt::TabFocusReason);
        QWidget* next = QApplication::focusWidget();
        // Skip labels and other widgets that cannot take the focus.
        while (next && next != w && !(next->focusPolicy() & Qt::TabFocus)) {
            next = next->nextInFocusChain();
            next->setFocus(Qt::TabFocusReason);
        }
        return true;
    }
};

} // namespace

void enterMovesFocus(QWidget* form)
{
    auto* filter = new EnterFilter(form);
    const auto children = form->findChildren<QWidget*>();
    for (QWidget* child : children)
        child->installEventFilter(filter);
}

QDateTimeEdit* makeDateTimeEdit(const QDateTime& value, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    // The editor holds the wall-clock time of the station; valueOf() turns it into an instant.
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    edit->setCalendarPopup(true);
    setValueOf(edit, value);
    return edit;
}

void setValueOf(QDateTimeEdit* edit, const QDateTime& value)
{
    const QDateTime ist = value.toTimeZone(core::stationZone());
    edit->setDateTime(QDateTime(ist.date(), QTime(ist.time().hour(), ist.time().minute())));
}

QDateTime valueOf(const QDateTimeEdit* edit)
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), core::stationZone()).toUTC();
}

} // namespace thana::ui
