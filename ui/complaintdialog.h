#pragma once

#include "core/complaint.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace thana::ui {

struct AppContext;
class FieldErrors;
class PersonPicker;

/// Receiving a complaint at the desk. Saving writes the complaint and its General
/// Diary entry together.
class ComplaintDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ComplaintDialog(AppContext& context, QWidget* parent = nullptr);
    ~ComplaintDialog() override;
    const core::Complaint& saved() const { return m_saved; }

private:
    void save();

    AppContext& m_context;
    core::Complaint m_saved;
    PersonPicker* m_complainant = nullptr;
    QComboBox* m_mode = nullptr;
    QDateTimeEdit* m_receivedAt = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_narrative = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors* m_errors = nullptr;
};

} // namespace thana::ui
