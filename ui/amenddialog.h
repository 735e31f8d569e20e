#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace thana::ui {

struct AppContext;

/// Records an amendment to a registered FIR: the field, its new value and the reason.
/// The registered text stays as it was; the amendment is added beside it.
class AmendDialog final : public QDialog {
    Q_OBJECT
public:
    AmendDialog(AppContext& context, const QString& firUid, QWidget* parent = nullptr);

private:
    void save();

    AppContext& m_context;
    QString m_firUid;
    QComboBox* m_field = nullptr;
    QLineEdit* m_value = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace thana::ui
