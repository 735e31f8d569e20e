#include "ui/logindialog.h"

#include "core/authservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thana::ui {

LoginDialog::LoginDialog(core::Database& db, const core::Clock& clock, const core::Station& station,
                         const QString& lastUsername, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Thana - Log in"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2><p>%2<br/>%3</p>")
                                 .arg(station.nameEn.toHtmlEscaped(), station.nameLocal.toHtmlEscaped(),
                                      tr("Station code %1, %2").arg(station.code, station.districtName).toHtmlEscaped()),
                             this);
    layout->addWidget(title);
    if (station.training) {
        auto* practice = new QLabel(tr("Practice station: the records here are training data."), this);
        practice->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
        layout->addWidget(practice);
    }
    auto* form = new QFormLayout;
    m_username = new QLineEdit(lastUsername, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    if (lastUsername.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::tryLogin()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return;
    }
    core::AuthService auth(m_db, m_clock);
    auto result = auth.login(m_username->text(), m_password->text());
    m_password->clear();
    if (!result) {
        m_message->setText(result.error().message);
        m_password->setFocus();
        return;
    }
    m_user = result.value();
    accept();
}

} // namespace thana::ui
