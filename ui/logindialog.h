#pragma once

#include "core/station.h"
#include "core/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace thana::core {
class Clock;
class Database;
} // namespace thana::core

namespace thana::ui {

class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(core::Database& db, const core::Clock& clock, const core::Station& station, const QString& lastUsername,
                QWidget* parent = nullptr);
    const core::User& user() const { return m_user; }

private:
    void tryLogin();

    core::Database& m_db;
    const core::Clock& m_clock;
    core::User m_user;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace thana::ui
