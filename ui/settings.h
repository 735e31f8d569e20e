#pragma once

#include <QObject>
#include <QString>

namespace thana::ui {

/// The app's settings, typed, in one place. Nothing else touches QSettings.
class Settings final : public QObject {
    Q_OBJECT
public:
    explicit Settings(QObject* parent = nullptr);

    /// "en", "hi" or "mr".
    QString language() const;
    void setLanguage(const QString& language);
    QString lastUsername() const;
    void setLastUsername(const QString& username);

Q_SIGNALS:
    void languageChanged(const QString& language);
};

} // namespace thana::ui
