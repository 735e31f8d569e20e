#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thana::ui {

struct AppContext;

/// Adds a user of the station (administrators only).
class UserDialog final : public QDialog {
    Q_OBJECT
public:
    explicit UserDialog(AppContext& context, QWidget* parent = nullptr);

private:
    void save();

    AppContext& m_context;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_rank = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_password2 = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace thana::ui
