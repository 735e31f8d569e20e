#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace thana::core {

/// Source of the current time, so rules that depend on "now" can be tested.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

/// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

/// Stored form of instants: UTC, ISO 8601 with milliseconds, so text order is time order.
QString toStored(const QDateTime& t);
QDateTime fromStored(const QString& s);
/// Indian Standard Time, in which stations number their registers by calendar year.
QTimeZone stationZone();

} // namespace thana::core
