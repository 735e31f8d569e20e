#pragma once

#include "core/fir.h"
#include "core/section.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace thana::core {

/// What the legal clocks of a case are computed from; every field comes from records.
struct CaseFacts {
    QDateTime registeredAt;     ///< the FIR's registration
    InfoMode infoMode = InfoMode::Written;
    QDateTime efirSignedAt;     ///< when the informant signed an e-FIR; invalid while unsigned
    QList<Section> sections;    ///< the FIR's sections, amendments applied
    QDateTime firstRemandAt;    ///< first remand of an accused to custody; invalid when none
    QDateTime finalReportAt;    ///< final report approved by the SHO; invalid while none
    QDateTime victimInformedAt; ///< first information of progress to the victim or informant
};

/// One deadline the law sets for a case.
struct Deadline {
    enum class State { Open, Met, Missed };
    QString rule;      ///< stable id: "bnss173.efir", "bnss187.3", "bnss193.2", "bnss193.3"
    QString title;     ///< translated
    QString law;       ///< "BNSS s.187(3)"
    QDate lastDay;     ///< the last day on which the act is in time (Indian Standard Time)
    State state = State::Open;
    QDateTime metAt;   ///< when it was met, when it was

    /// Days from `today` to the last day: 0 on the last day, negative once it has passed.
    qint64 daysLeft(const QDate& today) const { return today.daysTo(lastDay); }
};

/// The clocks of BNSS ss.173, 187(3), 193(2) and 193(3)(ii), computed from a case's
/// records. Days are counted as courts count them: the day the clock starts is day one,
/// so a 60-day limit from a remand on 1 March ends with 29 April.
class CaseClocks final {
    Q_DECLARE_TR_FUNCTIONS(CaseClocks)
public:
    /// 90 days when any section carries death, life or ten years or more; else 60.
    static int remandLimitDays(const QList<Section>& sections);
    /// Whether the offence must be investigated within two months (BNS ss.64-71, POCSO ss.4, 6, 8, 10).
    static bool isTwoMonthOffence(const QList<Section>& sections);
    static QList<Deadline> compute(const CaseFacts& facts);
};

} // namespace thana::core
