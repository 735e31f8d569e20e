// The station's desktop app.
#include "ui/desktopapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Thana"));
    QApplication::setApplicationName(QStringLiteral("Thana"));
    QApplication::setApplicationVersion(QStringLiteral(THANA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Records of a police station, offline first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The station store to open."),
                                QStringLiteral("FILE"));
    parser.addOption(db);
    parser.process(app);

    QString path = parser.value(db);
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("station.thana"));
    }
    return thana::ui::runDesktop(path);
}
