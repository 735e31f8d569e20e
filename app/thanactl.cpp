// thanactl: the command-line tool administrators and scripts use on a station store.
#include "ctl/commands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thana"));
    QCoreApplication::setApplicationName(QStringLiteral("thanactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THANA_VERSION));
    return thana::ctl::run(QCoreApplication::arguments());
}
