#include "core/firservice.h"

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/database.h"
#include "core/firrepository.h"
#include "core/gdrepository.h"
#include "core/masterdata.h"
#include "core/personrepository.h"
#include "core/registerchain.h"
#include "core/sqlutil.h"
#include "core/station.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "core/userrepository.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFir, "thana.core.fir")

namespace thana::core {

namespace {
QString partyKindKey(FirParty::Kind k)
{
    switch (k) {
    case FirParty::Kind::Complainant: return QStringLiteral("complainant");
    case FirParty::Kind::Victim: return QStringLiteral("victim");
    case FirParty::Kind::Accused: return QStringLiteral("accused");
    }
    return {};
}
} // namespace

QStringList FirService::amendableFields()
{
    return { QStringLiteral("placeAddress"), QStringLiteral("beat"), QStringLiteral("direction"), QStringLiteral("distanceKm"),
             QStringLiteral("delayReason"), QStringLiteral("propertyDescription"), QStringLiteral("propertyValue"),
             QStringLiteral("actionTaken"), QStringLiteral("unknownAccusedDescription"), QStringLiteral("section") };
}

QString FirService::fieldLabel(const QString& field)
{
    if (field == QLatin1String("placeAddress")) return tr("Place of occurrence");
    if (field == QLatin1String("beat")) return tr("Beat");
    if (field == QLatin1String("direction")) return tr("Direction from the station");
    if (field == QLatin1String("distanceKm")) return tr("Distance from the station (km)");
    if (field == QLatin1String("delayReason")) return tr("Reason for delay");
    if (field == QLatin1String("propertyDescription")) return tr("Properties involved");
    if (field == QLatin1String("propertyValue")) return tr("Value of property (Rs.)");
    if (field == QLatin1String("actionTaken")) return tr("Action taken");
    if (field == QLatin1String("unknownAccusedDescription")) return tr("Description of unknown accused");
    if (field == QLatin1String("section")) return tr("Section added");
    return field;
}

FirRuleContext FirService::contextFor(const FirDraft& draft, const QDateTime& registeredAt, const QDateTime& now) const
{
    FirRuleContext c;
    c.registeredAt = registeredAt;
    c.now = now;
    if (!draft.gdUid.isEmpty())
        c.gd = GdRepository(m_db).byUid(draft.gdUid);
    MasterData md(m_db);
    for (const Act& a : md.acts())
        c.acts.insert(a.code, a);
    for (const Section& s : draft.sections) {
        if (auto found = md.section(s.actCode, s.number))
            c.sections.insert(found->key(), *found);
    }
    if (!draft.ioUid.isEmpty())
        c.io = UserRepository(m_db).byUid(draft.ioUid);
    return c;
}

namespace {
// The draft as the rules see it once the new parties are recorded (placeholder uids).
FirDraft withNewParties(FirDraft draft, const QList<NewParty>& newParties)
{
    for (const NewParty& p : newParties)
        draft.parties << FirParty { p.kind, QStringLiteral("new"), {}, {}, {}, p.accusedStatus };
    return draft;
}

QList<Violation> partyViolations(const QList<NewParty>& newParties, const QDate& today)
{
    QList<Violation> v;
    for (const NewParty& p : newParties) {
        const QString prefix = p.kind == FirParty::Kind::Complainant ? QStringLiteral("complainant.")
            : p.kind == FirParty::Kind::Victim                       ? QStringLiteral("victim.")
                                                                     : QStringLiteral("accused.");
        for (Violation pv : PersonRepository::validate(p.person, today)) {
            pv.field = prefix + pv.field;
            v << pv;
        }
    }
    return v;
}
} // namespace

QList<Violation> FirService::validate(const FirDraft& draft, const User& actor, const QList<NewParty>& newParties) const
{
    const QDateTime now = m_clock.now();
    const FirDraft full = withNewParties(draft, newParties);
    FirRuleContext c = contextFor(full, now, now);
    c.gdCreatedWithFir = draft.gdUid.isEmpty();
    QList<Violation> v = FirRules::check(full, c);
    v << partyViolations(newParties, now.toTimeZone(stationZone()).date());
    if (!actor.canRegister())
        v.prepend(Violation { QStringLiteral("actor"), QStringLiteral("fir.registrar_role"), tr("Your role cannot register FIRs.") });
    return v;
}

Result<Fir> FirService::registerFir(const FirDraft& draft, const User& actor, const QString& informationGdText,
                                    const QList<NewParty>& newParties)
{
    const auto station = StationRepository(m_db).station();
    if (!station)
        return Error { QStringLiteral("station.missing"), tr("Create the station before registering FIRs."), {} };
    UnitOfWork uow(m_db, actor.uid);
    if (!uow.isOpen())
        return uow.error();
    auto fir = registerIn(uow, *station, draft, actor, m_clock.now(), informationGdText, newParties);
    if (!fir)
        return fir;
    if (auto c = uow.commit(); !c)
        return c.error();
    qCInfo(lcFir) << "registered" << fir->reference();
    return fir;
}

Result<Fir> FirService::registerIn(UnitOfWork& uow, const Station& station, const FirDraft& draft, const User& actor,
                                   const QDateTime& clockNow, const QString& informationGdText, const QList<NewParty>& newParties)
{
    if (!actor.canRegister())
        return Error { QStringLiteral("forbidden"), tr("Your role cannot register FIRs."), {} };
    // The FIR is registered after its GD entry even if the computer's clock was set back.
    const QDateTime now = std::max(clockNow, GdRepository::lastEntryAt(uow));
    Fir f;
    static_cast<FirDraft&>(f) = draft;
    const FirDraft full = withNewParties(draft, newParties);
    FirRuleContext context = contextFor(full, now, now);
    context.gdCreatedWithFir = draft.gdUid.isEmpty();
    QList<Violation> violations = FirRules::check(full, context);
    if (context.gdCreatedWithFir && informationGdText.trimmed().isEmpty())
        violations.prepend(Violation { QStringLiteral("gdUid"), QStringLiteral("fir.gd_required"),
                                       tr("GD reference: the FIR must refer to the General Diary entry that recorded the information; "
                                          "write the entry text.") });
    violations << partyViolations(newParties, now.toTimeZone(stationZone()).date());
    for (const FirParty& p : draft.parties) {
        if (!p.personUid.isEmpty() && !PersonRepository(m_db).byUid(p.personUid))
            violations << Violation { QStringLiteral("parties"), QStringLiteral("fir.party_unknown"),
                                      tr("Persons: a person named in the FIR is not on record.") };
    }
    if (!violations.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The FIR cannot be registered:"), violations };
    for (const NewParty& p : newParties) {
        auto person = PersonRepository::insert(uow, p.person, now);
        if (!person)
            return person.error();
        FirParty party { p.kind, person->uid, person->displayName(), person->relativeName, person->addressPresent, p.accusedStatus };
        if (p.kind == FirParty::Kind::Complainant)
            f.parties.prepend(party);
        else
            f.parties << party;
    }
    if (!draft.complaintUid.isEmpty()) {
        const auto complaint = ComplaintRepository(m_db).byUid(draft.complaintUid, actor);
        if (!complaint)
            return Error { QStringLiteral("invalid"), tr("The FIR cannot be registered:"),
                           { Violation { QStringLiteral("complaintUid"), QStringLiteral("fir.complaint_unknown"),
                                         tr("Complaint: the complaint this FIR comes from does not exist.") } } };
        if (complaint->action == ComplaintAction::Fir)
            return Error { QStringLiteral("invalid"), tr("The FIR cannot be registered:"),
                           { Violation { QStringLiteral("complaintUid"), QStringLiteral("fir.complaint_has_fir"),
                                         tr("Complaint: an FIR has already been registered on this complaint.") } } };
    }

    f.uid = sql::newUid();
    f.stationCode = station.code;
    f.districtCode = station.districtCode;
    f.registeredAt = now;
    f.registeredBy = actor.uid;
    f.registeredByName = actor.fullName;
    f.year = now.toTimeZone(stationZone()).date().year();
    f.sections.clear();
    for (const Section& s : draft.sections)
        f.sections << context.sections.value(s.key());
    f.sensitive = FirRules::isSensitive(f.sections);

    if (context.gdCreatedWithFir) {
        auto gd = GdRepository::append(uow, station.code, QStringLiteral("information"), informationGdText, now);
        if (!gd)
            return gd.error();
        f.gdUid = gd->uid;
        f.gdReference = gd->reference();
    } else {
        f.gdReference = context.gd->reference();
    }

    auto number = uow.nextNumber(QStringLiteral("fir"), station.code, f.year);
    if (!number)
        return number.error();
    f.number = number.value();

    auto done = uow.insert(QStringLiteral("firs"),
                           { { QStringLiteral("uid"), f.uid },
                             { QStringLiteral("station_code"), f.stationCode },
                             { QStringLiteral("district_code"), f.districtCode },
                             { QStringLiteral("year"), f.year },
                             { QStringLiteral("number"), f.number },
                             { QStringLiteral("registered_at"), toStored(f.registeredAt) },
                             { QStringLiteral("gd_uid"), f.gdUid },
                             { QStringLiteral("complaint_uid"), sql::nullable(f.complaintUid) },
                             { QStringLiteral("info_received_at"), toStored(f.infoReceivedAt) },
                             { QStringLiteral("info_mode"), infoModeKey(f.infoMode) },
                             { QStringLiteral("occurrence_from"), toStored(f.occurrenceFrom) },
                             { QStringLiteral("occurrence_to"), toStored(f.occurrenceTo) },
                             { QStringLiteral("place_address"), f.placeAddress.trimmed() },
                             { QStringLiteral("beat"), f.beat.trimmed() },
                             { QStringLiteral("direction"), f.direction.trimmed() },
                             { QStringLiteral("distance_km"), f.distanceKm },
                             { QStringLiteral("unknown_accused"), f.unknownAccused },
                             { QStringLiteral("unknown_accused_description"), f.unknownAccusedDescription.trimmed() },
                             { QStringLiteral("delay_reason"), f.delayReason.trimmed() },
                             { QStringLiteral("property_description"), f.propertyDescription.trimmed() },
                             { QStringLiteral("property_value"), f.propertyValueRupees },
                             { QStringLiteral("first_information"), f.firstInformation.trimmed() },
                             { QStringLiteral("action_taken"), f.actionTaken.trimmed() },
                             { QStringLiteral("io_uid"), sql::nullable(f.ioUid) },
                             { QStringLiteral("zero_fir"), f.zeroFir },
                             { QStringLiteral("zero_fir_origin"), f.zeroFirOrigin.trimmed() },
                             { QStringLiteral("created_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           f.uid);
    if (!done)
        return done.error();
    for (const Section& s : f.sections) {
        const QString key = f.uid + QLatin1Char('/') + s.key();
        done = uow.insert(QStringLiteral("fir_sections"),
                          { { QStringLiteral("fir_uid"), f.uid },
                            { QStringLiteral("act_code"), s.actCode },
                            { QStringLiteral("section"), s.number } },
                          key);
        if (!done)
            return done.error();
    }
    int position = 0;
    for (const FirParty& p : f.parties) {
        done = uow.insert(QStringLiteral("fir_parties"),
                          { { QStringLiteral("fir_uid"), f.uid },
                            { QStringLiteral("person_uid"), p.personUid },
                            { QStringLiteral("kind"), partyKindKey(p.kind) },
                            { QStringLiteral("accused_status"), p.accusedStatus },
                            { QStringLiteral("position"), position++ } },
                          f.uid + QLatin1Char('/') + partyKindKey(p.kind) + QLatin1Char('/') + p.personUid);
        if (!done)
            return done.error();
    }
    QStringList sectionKeys;
    for (const Section& s : f.sections)
        sectionKeys << s.key();
    auto gd = GdRepository::append(uow, station.code, QStringLiteral("fir"),
                                   tr("%1 registered under %2 on information recorded at %3.")
                                       .arg(f.reference(), sectionKeys.join(QStringLiteral(", ")), f.gdReference),
                                   now);
    if (!gd)
        return gd.error();
    if (auto linked = RegisterChain::append(uow, QStringLiteral("fir"), f.uid); !linked)
        return linked.error();
    if (!f.complaintUid.isEmpty()) {
        if (auto marked = ComplaintRepository::markFir(uow, f.complaintUid, f.uid, now); !marked)
            return marked.error();
    }
    return f;
}

Result<FirAmendment> FirService::amend(const QString& firUid, const QString& field, const QString& newValue,
                                       const QString& reason, const User& actor)
{
    const auto fir = FirRepository(m_db).byUid(firUid, actor);
    if (!fir)
        return Error { QStringLiteral("not_found"), tr("The FIR does not exist."), {} };
    if (actor.role != Role::Sho && actor.uid != fir->ioUid)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO or the case's investigating officer can amend an FIR."), {} };
    QList<Violation> v;
    if (!amendableFields().contains(field))
        v << Violation { QStringLiteral("field"), QStringLiteral("fir.amend_field"),
                         tr("Field: %1 cannot be amended; the first information and the parties stand as registered.").arg(field) };
    if (reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("reason"), QStringLiteral("fir.amend_reason"), tr("Reason for amendment: is required.") };
    if (newValue.trimmed().isEmpty() && field != QLatin1String("delayReason"))
        v << Violation { QStringLiteral("newValue"), QStringLiteral("required"), tr("New value: is required.") };
    std::optional<Section> added;
    QString oldValue;
    if (field == QLatin1String("section") && !newValue.trimmed().isEmpty()) {
        const QStringList parts = newValue.simplified().split(QLatin1Char(' '));
        MasterData md(m_db);
        if (parts.size() == 2)
            added = md.section(parts.at(0).toUpper(), parts.at(1));
        if (!added) {
            v << Violation { QStringLiteral("newValue"), QStringLiteral("fir.section_unknown"),
                             tr("Acts and sections: %1 is not in the master data.").arg(newValue) };
        } else {
            const QDate day = fir->occurrenceFrom.toTimeZone(stationZone()).date();
            const auto act = md.act(added->actCode);
            if (!act || !act->inForceOn(day))
                v << Violation { QStringLiteral("newValue"), QStringLiteral("fir.section_code"),
                                 tr("Acts and sections: %1 does not apply to an occurrence on %2.")
                                     .arg(added->key(), day.toString(QStringLiteral("dd-MM-yyyy"))) };
            if (fir->sections.contains(*added))
                v << Violation { QStringLiteral("newValue"), QStringLiteral("fir.section_duplicate"),
                                 tr("Acts and sections: %1 is already on this FIR.").arg(added->key()) };
        }
    } else if (field == QLatin1String("distanceKm")) {
        bool ok = false;
        const double km = newValue.toDouble(&ok);
        if (!ok || km < 0 || km > 1000)
            v << Violation { QStringLiteral("newValue"), QStringLiteral("fir.distance"), tr("Distance from the station: must be between 0 and 1000 km.") };
        oldValue = QString::number(fir->distanceKm);
    } else if (field == QLatin1String("propertyValue")) {
        bool ok = false;
        const qint64 value = newValue.toLongLong(&ok);
        if (!ok || value < 0)
            v << Violation { QStringLiteral("newValue"), QStringLiteral("fir.property_value"), tr("Value of property: must be a whole number of rupees, not negative.") };
        oldValue = QString::number(fir->propertyValueRupees);
    } else if (field == QLatin1String("placeAddress")) {
        oldValue = fir->placeAddress;
    } else if (field == QLatin1String("beat")) {
        oldValue = fir->beat;
    } else if (field == QLatin1String("direction")) {
        oldValue = fir->direction;
    } else if (field == QLatin1String("delayReason")) {
        oldValue = fir->delayReason;
    } else if (field == QLatin1String("propertyDescription")) {
        oldValue = fir->propertyDescription;
    } else if (field == QLatin1String("actionTaken")) {
        oldValue = fir->actionTaken;
    } else if (field == QLatin1String("unknownAccusedDescription")) {
        oldValue = fir->unknownAccusedDescription;
    }
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The amendment cannot be recorded:"), v };

    const auto station = StationRepository(m_db).station();
    const QDateTime now = m_clock.now();
    FirAmendment a { sql::newUid(), field, oldValue, newValue.trimmed(), reason.trimmed(), actor.uid, actor.fullName, now };
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("fir_amendments"),
                           { { QStringLiteral("uid"), a.uid },
                             { QStringLiteral("fir_uid"), firUid },
                             { QStringLiteral("field"), a.field },
                             { QStringLiteral("old_value"), a.oldValue },
                             { QStringLiteral("new_value"), a.newValue },
                             { QStringLiteral("reason"), a.reason },
                             { QStringLiteral("created_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           a.uid);
    if (!done)
        return done.error();
    if (added) {
        done = uow.insert(QStringLiteral("fir_sections"),
                          { { QStringLiteral("fir_uid"), firUid },
                            { QStringLiteral("act_code"), added->actCode },
                            { QStringLiteral("section"), added->number },
                            { QStringLiteral("amendment_uid"), a.uid } },
                          firUid + QLatin1Char('/') + added->key());
        if (!done)
            return done.error();
    }
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("fir"),
                                   tr("%1 amended: %2 changed to \"%3\". Reason: %4")
                                       .arg(fir->reference(), fieldLabel(field), a.newValue, a.reason),
                                   now);
    if (!gd)
        return gd.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return a;
}

} // namespace thana::core
