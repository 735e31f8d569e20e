#include "ui/settings.h"

#include <QSettings>

namespace thana::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastUser = QStringLiteral("login/lastUsername");
} // namespace

Settings::Settings(QObject* parent) : QObject(parent) { }

QString Settings::language() const
{
    const QString lang = QSettings().value(kLanguage, QStringLiteral("en")).toString();
    return lang == QLatin1String("hi") || lang == QLatin1String("mr") ? lang : QStringLiteral("en");
}

void Settings::setLanguage(const QString& language)
{
    if (language == this->language())
        return;
    QSettings().setValue(kLanguage, language);
    Q_EMIT languageChanged(language);
}

QString Settings::lastUsername() const
{
    return QSettings().value(kLastUser).toString();
}

void Settings::setLastUsername(const QString& username)
{
    QSettings().setValue(kLastUser, username);
}

} // namespace thana::ui
