// thana-sdc: the State Data Centre's service and its operator's tools.
#include "sync/sdccommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thana"));
    QCoreApplication::setApplicationName(QStringLiteral("thana-sdc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THANA_VERSION));
    return thana::sync::runSdc(QCoreApplication::arguments());
}
