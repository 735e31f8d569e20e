#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace thana::ui {

struct AppContext;

/// Records the action taken on a complaint other than an FIR: a non-cognizable
/// report, an enquiry, or closure with a reason.
class ComplaintActionDialog final : public QDialog {
    Q_OBJECT
public:
    ComplaintActionDialog(AppContext& context, const QString& complaintUid, QWidget* parent = nullptr);

private:
    void save();

    AppContext& m_context;
    QString m_uid;
    QComboBox* m_action = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace thana::ui
