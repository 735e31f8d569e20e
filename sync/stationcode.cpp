#include "sync/stationcode.h"

#include <QRegularExpression>

namespace thana::sync::stationcode {

bool isValid(const QString& code)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z]{2}-[A-Z]{3}-[0-9]{4}$"));
    return form.match(code).hasMatch();
}

} // namespace thana::sync::stationcode
