#include "core/firrules.h"

#include "core/clock.h"

namespace thana::core {

namespace {
const QDate kBnsCommencement(2024, 7, 1);
}

QString FirRules::penalCodeFor(const QDate& day)
{
    return day >= kBnsCommencement ? QStringLiteral("BNS") : QStringLiteral("IPC");
}

bool FirRules::isSensitive(const QList<Section>& sections)
{
    for (const Section& s : sections) {
        if (s.sexualOffence)
            return true;
    }
    return false;
}

QList<Violation> FirRules::check(const FirDraft& d, const FirRuleContext& c)
{
    QList<Violation> v;
    auto add = [&v](const char* field, const char* rule, const QString& message) {
        v << Violation { QLatin1String(field), QLatin1String(rule), message };
    };
    auto when = [](const QDateTime& t) { return t.toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")); };

    // The General Diary entry that recorded the information.
    if (!c.gdCreatedWithFir) {
        if (d.gdUid.isEmpty() || !c.gd)
            add("gdUid", "fir.gd_required", tr("GD reference: the FIR must refer to the General Diary entry that recorded the information."));
        else if (c.registeredAt.isValid() && c.registeredAt < c.gd->entryAt)
            add("gdUid", "fir.before_gd",
                tr("GD reference: the FIR cannot be dated before the GD entry that recorded it (%1 at %2).")
                    .arg(c.gd->reference(), when(c.gd->entryAt)));
        else if (d.infoReceivedAt.isValid() && d.infoReceivedAt > c.gd->entryAt)
            add("infoReceivedAt", "fir.info_after_gd",
                tr("Information received at: cannot be later than the GD entry that recorded it (%1 at %2).")
                    .arg(c.gd->reference(), when(c.gd->entryAt)));
    }

    // Chronology of the occurrence and the report.
    if (!d.occurrenceFrom.isValid())
        add("occurrenceFrom", "required", tr("Occurrence from: is required."));
    if (!d.occurrenceTo.isValid())
        add("occurrenceTo", "required", tr("Occurrence to: is required."));
    if (!d.infoReceivedAt.isValid())
        add("infoReceivedAt", "required", tr("Information received at: is required."));
    if (d.occurrenceFrom.isValid() && d.occurrenceTo.isValid() && d.occurrenceFrom > d.occurrenceTo)
        add("occurrenceTo", "fir.occurrence_order", tr("Occurrence to: cannot be earlier than Occurrence from."));
    if (d.occurrenceFrom.isValid() && d.infoReceivedAt.isValid() && d.infoReceivedAt < d.occurrenceFrom)
        add("infoReceivedAt", "fir.info_before_occurrence",
            tr("Information received at: cannot be earlier than the start of the occurrence."));
    if (c.now.isValid()) {
        const QDateTime limit = c.now.addSecs(300);
        if (d.occurrenceFrom.isValid() && d.occurrenceFrom > limit)
            add("occurrenceFrom", "fir.occurrence_future", tr("Occurrence from: cannot be in the future."));
        if (d.infoReceivedAt.isValid() && d.infoReceivedAt > limit)
            add("infoReceivedAt", "fir.info_future", tr("Information received at: cannot be in the future."));
    }
    if (d.occurrenceTo.isValid() && d.infoReceivedAt.isValid() && d.occurrenceTo.secsTo(d.infoReceivedAt) > kDelayWithoutReasonSecs
        && d.delayReason.trimmed().isEmpty())
        add("delayReason", "fir.delay_reason",
            tr("Reason for delay: the information came more than 24 hours after the occurrence; record the reason for the delay."));

    // Acts and sections, valid for the date of the occurrence.
    if (d.sections.isEmpty())
        add("sections", "fir.sections_required", tr("Acts and sections: choose at least one section."));
    const QDate occurrenceDay = d.occurrenceFrom.isValid() ? d.occurrenceFrom.toTimeZone(stationZone()).date() : QDate();
    for (const Section& s : d.sections) {
        if (!c.sections.contains(s.key())) {
            add("sections", "fir.section_unknown", tr("Acts and sections: %1 is not in the master data.").arg(s.key()));
            continue;
        }
        const auto act = c.acts.find(s.actCode);
        if (act == c.acts.end() || !occurrenceDay.isValid())
            continue;
        if (!act->inForceOn(occurrenceDay)) {
            if (s.actCode == QLatin1String("BNS") || s.actCode == QLatin1String("IPC"))
                add("sections", "fir.section_code",
                    tr("Acts and sections: %1 does not apply to an occurrence on %2; offences from 1 July 2024 fall under the BNS, earlier ones under the IPC.")
                        .arg(s.key(), occurrenceDay.toString(QStringLiteral("dd-MM-yyyy"))));
            else
                add("sections", "fir.section_code",
                    tr("Acts and sections: %1 was not in force on %2.").arg(s.key(), occurrenceDay.toString(QStringLiteral("dd-MM-yyyy"))));
        }
    }

    // Who and where.
    int complainants = 0;
    for (const FirParty& p : d.parties) {
        if (p.kind == FirParty::Kind::Complainant)
            ++complainants;
        if (p.personUid.isEmpty())
            add("parties", "fir.party_person", tr("Persons: every complainant, victim and accused must be a recorded person."));
        if (p.kind == FirParty::Kind::Accused && p.accusedStatus != QLatin1String("known") && p.accusedStatus != QLatin1String("suspected"))
            add("parties", "fir.accused_status", tr("Accused: mark each named accused as known or suspected."));
    }
    if (complainants != 1)
        add("complainant", "fir.complainant_required", tr("Complainant / informant: exactly one is required."));
    if (d.firstInformation.trimmed().isEmpty())
        add("firstInformation", "required", tr("First information: the informant's account is required."));
    if (d.placeAddress.trimmed().isEmpty())
        add("placeAddress", "required", tr("Place of occurrence: is required."));
    if (d.distanceKm < 0 || d.distanceKm > 1000)
        add("distanceKm", "fir.distance", tr("Distance from the station: must be between 0 and 1000 km."));
    if (d.propertyValueRupees < 0)
        add("propertyValue", "fir.property_value", tr("Value of property: cannot be negative."));
    if (d.unknownAccused < 0)
        add("unknownAccused", "fir.unknown_accused", tr("Unknown accused: cannot be negative."));
    if (d.zeroFir && d.zeroFirOrigin.trimmed().isEmpty())
        add("zeroFirOrigin", "fir.zero_origin",
            tr("Zero FIR: name the police station or area where the offence occurred, to which the FIR will be transferred."));
    if (!d.ioUid.isEmpty()) {
        if (!c.io || !c.io->active || (c.io->role != Role::Io && c.io->role != Role::Sho))
            add("ioUid", "fir.io_role", tr("Investigating officer: must be an active officer with the IO or SHO role."));
    }
    return v;
}

} // namespace thana::core
