#pragma once

#include "core/complaint.h"
#include "core/fir.h"
#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace thana::ui {

struct AppContext;
class FieldErrors;
class PersonEditor;
class PersonPicker;

/// Registers an FIR (IIF-I), from a complaint or on information received directly.
/// Every rule broken is shown beside its field; nothing is saved until all hold.
class FirForm final : public QDialog {
    Q_OBJECT
public:
    explicit FirForm(AppContext& context, QWidget* parent = nullptr);
    ~FirForm() override;

    /// Fills the form from a complaint: its GD entry, complainant and account.
    void setComplaint(const core::Complaint& complaint);
    const core::Fir& registered() const { return m_registered; }

public Q_SLOTS:
    void addSections();
    void submit();

private:
    core::FirDraft draft() const;
    void showViolations(const QList<core::Violation>& violations);

    AppContext& m_context;
    core::Complaint m_complaint;
    core::Fir m_registered;
    QList<core::Section> m_sections;
    FieldErrors* m_errors = nullptr;

    QLabel* m_source = nullptr;
    QPlainTextEdit* m_gdText = nullptr;
    QDateTimeEdit* m_infoAt = nullptr;
    QComboBox* m_infoMode = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_beat = nullptr;
    QComboBox* m_direction = nullptr;
    QDoubleSpinBox* m_distance = nullptr;
    QGroupBox* m_complainantBox = nullptr;
    PersonPicker* m_complainant = nullptr;
    QGroupBox* m_accusedBox = nullptr;
    PersonEditor* m_accused = nullptr;
    QComboBox* m_accusedStatus = nullptr;
    QSpinBox* m_unknown = nullptr;
    QLineEdit* m_unknownDescription = nullptr;
    QListWidget* m_sectionList = nullptr;
    QPlainTextEdit* m_delay = nullptr;
    QLineEdit* m_property = nullptr;
    QSpinBox* m_value = nullptr;
    QPlainTextEdit* m_firstInformation = nullptr;
    QLineEdit* m_action = nullptr;
    QComboBox* m_io = nullptr;
    QCheckBox* m_zero = nullptr;
    QLineEdit* m_zeroOrigin = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace thana::ui
