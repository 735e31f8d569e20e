#pragma once

#include "core/result.h"

#include <QHash>
#include <QLabel>
#include <QString>

class QDateTimeEdit;
class QFormLayout;
class QWidget;

namespace thana::ui {

/// Shows each rule a form broke beside the field it concerns, in red, and clears
/// the rest. Fields are matched by the violation's field name.
class FieldErrors final {
public:
    /// Adds a message label under `field` in `form`, keyed by `name`.
    void attach(QFormLayout* form, QWidget* field, const QString& name);
    /// Shows `violations`; those without a known field go to the general label.
    void show(const QList<core::Violation>& violations);
    void clear();
    void setGeneralLabel(QLabel* label) { m_general = label; }
    /// The first field with a message, to give it focus.
    QWidget* firstInvalid() const { return m_firstInvalid; }

private:
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_fields;
    QLabel* m_general = nullptr;
    QWidget* m_firstInvalid = nullptr;
};

/// Makes Enter move to the next field in a form (as officers expect at a desk), except
/// inside multi-line text where it starts a new line. Install on the dialog.
void enterMovesFocus(QWidget* form);

/// A compact "dd-MM-yyyy HH:mm" date-time editor showing Indian Standard Time.
QDateTimeEdit* makeDateTimeEdit(const QDateTime& value, QWidget* parent);
QDateTime valueOf(const QDateTimeEdit* edit);
void setValueOf(QDateTimeEdit* edit, const QDateTime& value);

} // namespace thana::ui
