#pragma once

#include "ui/formhelpers.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace thana::core {
struct Error;
}

namespace thana::ui {

struct AppContext;
class PersonPicker;

/// The investigation of one case after its FIR: arrests (IIF-III), seized property
/// (IIF-IV), the final report (IIF-V) from draft to approval, and the case's legal
/// deadlines, with each form printable as a PDF in English and Hindi.
class CaseDialog final : public QDialog {
    Q_OBJECT
public:
    CaseDialog(AppContext& context, const QString& firUid, QWidget* parent = nullptr);

private:
    QWidget* arrestsTab();
    QWidget* propertyTab();
    QWidget* reportTab();
    QWidget* detailsTab();
    QWidget* diaryTab();
    QWidget* courtTab();
    QWidget* handsTab();
    QWidget* evidenceTab();
    /// Shows a refusal beside the fields of `errors`, or in its general label.
    static void showError(FieldErrors& errors, const core::Error& error);
    void reload();
    void recordArrest();
    void recordSeizure();
    void draftReport();
    void approveReport();
    void savePdf(const QString& html, const QString& name);

    AppContext& m_context;
    QString m_firUid;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_deadlines = nullptr;

    QListWidget* m_arrests = nullptr;
    PersonPicker* m_accused = nullptr;
    QDateTimeEdit* m_arrestAt = nullptr;
    QLineEdit* m_arrestPlace = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateTimeEdit* m_remandedAt = nullptr;
    QLineEdit* m_informed = nullptr;
    FieldErrors m_arrestErrors;
    QLabel* m_arrestStatus = nullptr;

    QListWidget* m_seizures = nullptr;
    QLineEdit* m_propertyType = nullptr;
    QLineEdit* m_description = nullptr;
    QSpinBox* m_value = nullptr;
    QComboBox* m_nature = nullptr;
    QDateTimeEdit* m_seizedAt = nullptr;
    QLineEdit* m_seizurePlace = nullptr;
    QLineEdit* m_witnesses = nullptr;
    QLineEdit* m_storeKeeper = nullptr;
    FieldErrors m_seizureErrors;
    QLabel* m_seizureStatus = nullptr;

    QComboBox* m_reportKind = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_reportState = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_approve = nullptr;
    FieldErrors m_reportErrors;
    QLabel* m_reportStatus = nullptr;

    QLineEdit* m_crimeHead = nullptr;
    QLineEdit* m_subHead = nullptr;
    QLineEdit* m_modus = nullptr;
    QLineEdit* m_placeType = nullptr;
    QLineEdit* m_motive = nullptr;
    QPlainTextEdit* m_scene = nullptr;
    FieldErrors m_detailsErrors;
    QLabel* m_detailsStatus = nullptr;

    QListWidget* m_diary = nullptr;
    QPlainTextEdit* m_diaryText = nullptr;
    QCheckBox* m_informsVictim = nullptr;
    FieldErrors m_diaryErrors;
    QLabel* m_diaryStatus = nullptr;

    QLineEdit* m_court = nullptr;
    QLineEdit* m_caseNumber = nullptr;
    QComboBox* m_disposal = nullptr;
    QDateTimeEdit* m_disposedAt = nullptr;
    QLineEdit* m_sentence = nullptr;
    QLineEdit* m_appealCourt = nullptr;
    QDateTimeEdit* m_appealFiled = nullptr;
    QComboBox* m_appealResult = nullptr;
    QDateTimeEdit* m_appealDecided = nullptr;
    FieldErrors m_courtErrors;
    QLabel* m_courtStatus = nullptr;

    QComboBox* m_moveKind = nullptr;
    QLineEdit* m_moveParty = nullptr;
    QLineEdit* m_moveReference = nullptr;
    QLineEdit* m_dispatchCourt = nullptr;

    QListWidget* m_evidence = nullptr;
    QLineEdit* m_evidenceFile = nullptr;
    QLineEdit* m_evidenceDescription = nullptr;
    QListWidget* m_statements = nullptr;
    PersonPicker* m_witness = nullptr;
    QComboBox* m_statementRole = nullptr;
    QPlainTextEdit* m_statementText = nullptr;
    FieldErrors m_evidenceErrors;
    QLabel* m_evidenceStatus = nullptr;

    QComboBox* m_newIo = nullptr;
    QLineEdit* m_reassignReason = nullptr;
    QLineEdit* m_transferTo = nullptr;
    QLineEdit* m_transferReason = nullptr;
    QLineEdit* m_transferOrder = nullptr;
    FieldErrors m_handsErrors;
    QLabel* m_handsStatus = nullptr;
};

} // namespace thana::ui
