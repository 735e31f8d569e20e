#include "core/gdentry.h"

#include <QCoreApplication>

namespace thana::core {

QString GdEntry::reference() const
{
    return QCoreApplication::translate("thana::core::GdEntry", "GD %1/%2").arg(number).arg(year);
}

} // namespace thana::core
