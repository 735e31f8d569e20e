#include "ui/desktopapp.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/firstrunwizard.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/syncservice.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTranslator>

namespace thana::ui {

void installLanguage(const QString& language)
{
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : { &app, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language == QLatin1String("en"))
        return;
    app = new QTranslator(qApp);
    if (app->load(QStringLiteral(":/i18n/thana_") + language))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runDesktop(const QString& dbPath)
{
    Settings settings;
    installLanguage(settings.language());

    auto opened = core::Database::open(dbPath);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("thana::ui", "Thana"), opened.error().describe());
        return 1;
    }
    core::Database& db = *opened.value();
    core::SystemClock clock;

    if (!core::StationRepository(db).station() || core::UserRepository(db).count() == 0) {
        FirstRunWizard wizard(db, clock);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }
    const auto station = core::StationRepository(db).station();
    if (!station)
        return 1;

    LoginDialog login(db, clock, *station, settings.lastUsername());
    if (login.exec() != QDialog::Accepted)
        return 0;
    settings.setLastUsername(login.user().username);

    AppContext context { db, clock, *station, login.user() };
    // Synchronisation runs on its own thread for the whole session, across language
    // switches; leaving this function stops it.
    SyncService sync(db.path());
    // A language switch rebuilds the window, so every label is retranslated.
    QPointer<MainWindow> window = new MainWindow(context, settings, &sync);
    window->show();
    QObject::connect(&settings, &Settings::languageChanged, qApp, [&](const QString& language) {
        installLanguage(language);
        const QByteArray geometry = window->saveGeometry();
        window->deleteLater();
        window = new MainWindow(context, settings, &sync);
        window->restoreGeometry(geometry);
        window->show();
    });
    const int code = QApplication::exec();
    delete window;
    return code;
}

} // namespace thana::ui
