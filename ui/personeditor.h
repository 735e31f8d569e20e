#pragma once

#include "core/person.h"
#include "core/result.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace thana::ui {

class FieldErrors;

/// Edits a person's particulars: names in English and Devanagari, relative, gender,
/// age, phone, address and one identity document.
class PersonEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PersonEditor(QWidget* parent = nullptr);
    ~PersonEditor() override;

    core::Person person() const;
    void setPerson(const core::Person& person);
    void showViolations(const QList<core::Violation>& violations);
    QWidget* firstField() const;

private:
    core::Person m_original;
    QLineEdit* m_nameEn = nullptr;
    QLineEdit* m_nameLocal = nullptr;
    QComboBox* m_relativeKind = nullptr;
    QLineEdit* m_relativeName = nullptr;
    QComboBox* m_gender = nullptr;
    QSpinBox* m_age = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_docKind = nullptr;
    QLineEdit* m_docNumber = nullptr;
    FieldErrors* m_errors = nullptr;
};

} // namespace thana::ui
