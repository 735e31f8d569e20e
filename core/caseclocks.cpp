#include "core/caseclocks.h"

#include "core/clock.h"

namespace thana::core {

namespace {

QDate dayOf(const QDateTime& t)
{
    return t.toTimeZone(stationZone()).date();
}

/// The last day of a period of `days` days that starts on the day of `start`.
QDate lastDayOf(const QDateTime& start, int days)
{
    return dayOf(start).addDays(days - 1);
}

Deadline settle(Deadline d, const QDateTime& doneAt)
{
    if (doneAt.isValid()) {
        d.metAt = doneAt;
        d.state = dayOf(doneAt) <= d.lastDay ? Deadline::State::Met : Deadline::State::Missed;
    }
    return d;
}

} // namespace

int CaseClocks::remandLimitDays(const QList<Section>& sections)
{
    for (const Section& s : sections) {
        if (s.maxYears() >= 10)
            return 90;
    }
    return 60;
}

bool CaseClocks::isTwoMonthOffence(const QList<Section>& sections)
{
    for (const Section& s : sections) {
        bool numeric = false;
        const int n = s.number.toInt(&numeric);
        if (s.actCode == QLatin1String("BNS") && numeric && n >= 64 && n <= 71)
            return true;
        if (s.actCode == QLatin1String("POCSO") && numeric && (n == 4 || n == 6 || n == 8 || n == 10))
            return true;
    }
    return false;
}

QList<Deadline> CaseClocks::compute(const CaseFacts& f)
{
    QList<Deadline> result;
    if (!f.registeredAt.isValid())
        return result;
    if (f.infoMode == InfoMode::EFir) {
        Deadline d { QStringLiteral("bnss173.efir"), tr("e-FIR signed by the informant"), QStringLiteral("BNSS s.173(1)(ii)"),
                     lastDayOf(f.registeredAt, 3), Deadline::State::Open, {} };
        result << settle(d, f.efirSignedAt);
    }
    if (f.firstRemandAt.isValid()) {
        const int days = remandLimitDays(f.sections);
        Deadline d { QStringLiteral("bnss187.3"),
                     tr("Final report within %1 days of the first remand, or the accused gets default bail").arg(days),
                     QStringLiteral("BNSS s.187(3)"), lastDayOf(f.firstRemandAt, days), Deadline::State::Open, {} };
        result << settle(d, f.finalReportAt);
    }
    if (isTwoMonthOffence(f.sections)) {
        Deadline d { QStringLiteral("bnss193.2"), tr("Investigation completed within two months"), QStringLiteral("BNSS s.193(2)"),
                     dayOf(f.registeredAt).addMonths(2).addDays(-1), Deadline::State::Open, {} };
        result << settle(d, f.finalReportAt);
    }
    Deadline informed { QStringLiteral("bnss193.3"), tr("Victim or informant told of the progress of the investigation"),
                        QStringLiteral("BNSS s.193(3)(ii)"), lastDayOf(f.registeredAt, 90), Deadline::State::Open, {} };
    result << settle(informed, f.victimInformedAt.isValid() ? f.victimInformedAt : f.finalReportAt);
    return result;
}

} // namespace thana::core
