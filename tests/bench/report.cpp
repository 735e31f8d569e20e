#include "report.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace thana::bench {

namespace {
void writeLine(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

QString num(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void Report::note(const QString& text)
{
    writeLine(text);
}

void Report::info(const QString& name, double value, const QString& unit, const QString& label, int decimals)
{
    m_figures << Figure { name, value, unit, QStringLiteral("-"), QStringLiteral("info"), decimals };
    writeLine(QStringLiteral("  %1: %2 %3").arg(label, num(value, decimals), unit));
}

bool Report::check(const QString& name, double value, const QString& unit, double limit, const QString& label)
{
    const bool pass = value <= limit;
    m_figures << Figure { name, value, unit, QStringLiteral("<=") + num(limit, limit == std::floor(limit) ? 0 : 2),
                          pass ? QStringLiteral("pass") : QStringLiteral("MISS") };
    writeLine(QStringLiteral("  %1: %2 %3 (target <= %4 %3: %5)")
             .arg(label, num(value), unit, num(limit, limit == std::floor(limit) ? 0 : 2), pass ? QStringLiteral("pass") : QStringLiteral("MISS")));
    return pass;
}

bool Report::checkAtLeast(const QString& name, double value, const QString& unit, double limit, const QString& label)
{
    const bool pass = value >= limit;
    m_figures << Figure { name, value, unit, QStringLiteral(">=") + num(limit, limit == std::floor(limit) ? 0 : 2),
                          pass ? QStringLiteral("pass") : QStringLiteral("MISS") };
    writeLine(QStringLiteral("  %1: %2 %3 (target >= %4 %3: %5)")
             .arg(label, num(value), unit, num(limit, limit == std::floor(limit) ? 0 : 2), pass ? QStringLiteral("pass") : QStringLiteral("MISS")));
    return pass;
}

void Report::goal(const QString& name, double value, const QString& unit, double limit, const QString& label)
{
    const bool ok = value <= limit;
    m_figures << Figure { name, value, unit, QStringLiteral("~<=") + num(limit, 0), ok ? QStringLiteral("ok") : QStringLiteral("over") };
    writeLine(QStringLiteral("  %1: %2 %3 (goal ~%4 %3: %5)").arg(label, num(value), unit, num(limit, 0), ok ? QStringLiteral("ok") : QStringLiteral("over")));
}

void Report::printSummary() const
{
    writeLine(QStringLiteral("== summary (RESULT name value unit target verdict) =="));
    for (const Figure& f : m_figures)
        writeLine(QStringLiteral("RESULT %1 %2 %3 %4 %5").arg(f.name, num(f.value, f.decimals), f.unit, f.target, f.verdict));
    writeLine(QStringLiteral("== end: %1 target(s) missed ==").arg(misses()));
}

int Report::misses() const
{
    return int(std::count_if(m_figures.begin(), m_figures.end(), [](const Figure& f) { return f.verdict == QLatin1String("MISS"); }));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double median(const QList<double>& values)
{
    return percentile(values, 50);
}

qint64 peakRssKb()
{
    // /proc files report a size of 0, so read them whole rather than testing atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace thana::bench
