#include "core/clock.h"

#include <QTimeZone>

namespace thana::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QString toStored(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QTimeZone stationZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Kolkata"));
    return zone.isValid() ? zone : QTimeZone(5 * 3600 + 30 * 60);
}

} // namespace thana::core
