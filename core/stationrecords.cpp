#include "core/stationrecords.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/gdrepository.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"

#include <QSqlQuery>

namespace thana::core {

namespace {

const char* const kProcessKinds[] = { "summons", "bailable_warrant", "non_bailable_warrant", "proclamation" };
const char* const kEventKinds[] = { "served", "unserved", "returned" };

/// Later than "now" by more than this is the future (clocks of two machines differ a little).
constexpr qint64 kClockSlackSecs = 300;

Error invalid(const QString& message, const QList<Violation>& v)
{
    return Error { QStringLiteral("invalid"), message, v };
}

Error forbidden(const QString& rule, const QString& message)
{
    return Error { QStringLiteral("forbidden"), message, { Violation { QStringLiteral("actor"), rule, message } } };
}

QString when(const QDateTime& t)
{
    return t.toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QVariant storedOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(toStored(t)) : QVariant();
}

QVariant heightOrNull(int heightCm)
{
    return heightCm > 0 ? QVariant(heightCm) : QVariant();
}

bool exists(const Database& db, const QString& table, const QString& uid)
{
    if (uid.isEmpty())
        return false;
    QSqlQuery q(db.connection());
    return sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE uid=?").arg(table), { uid }) && q.next();
}

Row descriptionColumns(const PersonDescription& d)
{
    return { { QStringLiteral("gender"), d.gender },
             { QStringLiteral("age_min"), d.ageMin },
             { QStringLiteral("age_max"), d.ageMax },
             { QStringLiteral("height_cm"), heightOrNull(d.heightCm) },
             { QStringLiteral("build"), d.build.trimmed() },
             { QStringLiteral("complexion"), d.complexion.trimmed() },
             { QStringLiteral("marks"), d.marks.trimmed() },
             { QStringLiteral("clothing"), d.clothing.trimmed() } };
}

/// The description columns of the table aliased `a`, in the order descriptionAt() reads them.
QString descriptionSelect(const QString& a)
{
    return QStringLiteral("%1.gender, %1.age_min, %1.age_max, coalesce(%1.height_cm, 0), %1.build, %1.complexion, %1.marks, %1.clothing").arg(a);
}

PersonDescription descriptionAt(const QSqlQuery& q, int first)
{
    PersonDescription d;
    d.gender = q.value(first).toString();
    d.ageMin = q.value(first + 1).toInt();
    d.ageMax = q.value(first + 2).toInt();
    d.heightCm = q.value(first + 3).toInt();
    d.build = q.value(first + 4).toString();
    d.complexion = q.value(first + 5).toString();
    d.marks = q.value(first + 6).toString();
    d.clothing = q.value(first + 7).toString();
    return d;
}

/// A single age may be given in either field: it is a range of one year.
PersonDescription normalised(PersonDescription d)
{
    if (d.ageMin < 0)
        d.ageMin = d.ageMax;
    if (d.ageMax < 0)
        d.ageMax = d.ageMin;
    d.gender = d.gender.trimmed().toUpper();
    return d;
}

Row joined(Row head, const Row& tail)
{
    head.append(tail);
    return head;
}

} // namespace

CourtProcess::Status CourtProcess::status() const
{
    if (events.isEmpty())
        return Status::Pending;
    switch (events.last().kind) {
    case ProcessEvent::Kind::Served:
        return Status::Served;
    case ProcessEvent::Kind::Unserved:
        return Status::Unserved;
    case ProcessEvent::Kind::Returned:
        return Status::Returned;
    }
    return Status::Pending;
}

QString StationRecords::processKindKey(CourtProcess::Kind kind)
{
    return QLatin1String(kProcessKinds[int(kind)]);
}

QString StationRecords::processEventKey(ProcessEvent::Kind kind)
{
    return QLatin1String(kEventKinds[int(kind)]);
}

QString StationRecords::stationCode() const
{
    const auto station = StationRepository(m_db).station();
    return station ? station->code : QString();
}

QList<Violation> StationRecords::checkDescription(const PersonDescription& d)
{
    QList<Violation> v;
    static const QStringList genders = { QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("T"), QStringLiteral("U") };
    if (!genders.contains(d.gender))
        v << Violation { QStringLiteral("gender"), QStringLiteral("records.gender"),
                         tr("Gender: must be male, female, transgender or not known.") };
    if (d.ageMin < 0 && d.ageMax < 0)
        v << Violation { QStringLiteral("ageMin"), QStringLiteral("required"), tr("Age: give the age, or the least and the most it could be.") };
    else if (d.ageMin < 0 || d.ageMin > 120 || d.ageMax < 0 || d.ageMax > 120)
        v << Violation { QStringLiteral("ageMin"), QStringLiteral("records.age_range"), tr("Age: must be between 0 and 120 years.") };
    else if (d.ageMax < d.ageMin)
        v << Violation { QStringLiteral("ageMax"), QStringLiteral("records.age_order"),
                         tr("Age: the most it could be (%1) cannot be less than the least (%2).").arg(d.ageMax).arg(d.ageMin) };
    if (d.heightCm != 0 && (d.heightCm < 30 || d.heightCm > 250))
        v << Violation { QStringLiteral("heightCm"), QStringLiteral("records.height_range"),
                         tr("Height: must be between 30 and 250 cm, or left empty when not known.") };
    return v;
}

QList<Violation> StationRecords::checkWhen(const QString& field, const QString& label, const QDateTime& at, bool required) const
{
    QList<Violation> v;
    if (!at.isValid()) {
        if (required)
            v << Violation { field, QStringLiteral("required"), tr("%1: is required.").arg(label) };
    } else if (at > m_clock.now().addSecs(kClockSlackSecs)) {
        v << Violation { field, QStringLiteral("records.future"), tr("%1: cannot be in the future.").arg(label) };
    }
    return v;
}

QList<Violation> StationRecords::checkAfter(const QString& field, const QString& label, const QDateTime& at, const QString& earlierLabel,
                                            const QDateTime& earlier) const
{
    QList<Violation> v = checkWhen(field, label, at);
    if (v.isEmpty() && earlier.isValid() && at < earlier)
        v << Violation { field, QStringLiteral("records.order"),
                         tr("%1: cannot be before %2 (%3).").arg(label, earlierLabel, when(earlier)) };
    return v;
}

QStringList StationRecords::uidsOf(const QString& table) const
{
    QStringList uids;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT uid FROM %1 ORDER BY id").arg(table), {})) {
        while (q.next())
            uids << q.value(0).toString();
    }
    return uids;
}

// Missing persons ------------------------------------------------------------------------

Result<MissingPerson> StationRecords::reportMissing(MissingPerson m, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers record a missing person."));
    const QDateTime now = m_clock.now();
    if (!m.reportedAt.isValid())
        m.reportedAt = now;
    m.name = m.name.trimmed();
    m.description = normalised(m.description);
    QList<Violation> v;
    if (m.name.isEmpty())
        v << Violation { QStringLiteral("name"), QStringLiteral("required"), tr("Name of the missing person: is required.") };
    v << checkDescription(m.description);
    v << checkWhen(QStringLiteral("missingSince"), tr("Missing since"), m.missingSince);
    if (m.missingSince.isValid() && m.missingSince > m.reportedAt)
        v << Violation { QStringLiteral("missingSince"), QStringLiteral("records.order"),
                         tr("Missing since: cannot be after the report was received (%1).").arg(when(m.reportedAt)) };
    v << checkWhen(QStringLiteral("reportedAt"), tr("Reported at"), m.reportedAt);
    if (m.lastSeenPlace.trimmed().isEmpty())
        v << Violation { QStringLiteral("lastSeenPlace"), QStringLiteral("required"), tr("Place last seen: is required.") };
    if (!exists(m_db, QStringLiteral("persons"), m.reportedBy))
        v << Violation { QStringLiteral("reportedBy"), QStringLiteral("records.person_unknown"),
                         tr("Reported by: choose the recorded person who made the report.") };
    if (!v.isEmpty())
        return invalid(tr("The missing person cannot be recorded:"), v);

    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    m.uid = sql::newUid();
    m.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("missing"), code, m.year);
    if (!number)
        return number.error();
    m.number = *number;
    auto gd = GdRepository::append(uow, code, QStringLiteral("missing"),
                                   tr("Missing person report No. %1 received: %2, missing since %3 from %4.")
                                       .arg(m.reference(), m.name, when(m.missingSince), m.lastSeenPlace.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    m.gdUid = gd->uid;
    auto done = uow.insert(QStringLiteral("missing_persons"),
                           joined({ { QStringLiteral("uid"), m.uid },
                                    { QStringLiteral("station_code"), code },
                                    { QStringLiteral("year"), m.year },
                                    { QStringLiteral("number"), m.number },
                                    { QStringLiteral("name"), m.name } },
                                  joined(descriptionColumns(m.description),
                                         { { QStringLiteral("missing_since"), toStored(m.missingSince) },
                                           { QStringLiteral("last_seen_place"), m.lastSeenPlace.trimmed() },
                                           { QStringLiteral("reported_by"), m.reportedBy },
                                           { QStringLiteral("reported_at"), toStored(m.reportedAt) },
                                           { QStringLiteral("gd_uid"), m.gdUid },
                                           { QStringLiteral("created_by"), actor.uid },
                                           { QStringLiteral("created_at"), toStored(now) } })),
                           m.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return m;
}

Result<MissingPerson> StationRecords::recordTraced(const QString& missingUid, const QDateTime& at, const QString& place, const QString& how,
                                                   const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers record that a missing person was traced."));
    auto m = missingPerson(missingUid);
    QList<Violation> v;
    if (!m) {
        v << Violation { QStringLiteral("missingUid"), QStringLiteral("records.not_found"), tr("Missing person: the report does not exist.") };
        return invalid(tr("The tracing cannot be recorded:"), v);
    }
    if (m->traced())
        v << Violation { QStringLiteral("missingUid"), QStringLiteral("records.already_traced"),
                         tr("Missing person %1: already traced on %2.").arg(m->reference(), when(m->tracedAt)) };
    v << checkAfter(QStringLiteral("tracedAt"), tr("Traced at"), at, tr("the person went missing"), m->missingSince);
    if (place.trimmed().isEmpty())
        v << Violation { QStringLiteral("tracedPlace"), QStringLiteral("required"), tr("Where traced: is required.") };
    if (how.trimmed().isEmpty())
        v << Violation { QStringLiteral("tracedHow"), QStringLiteral("required"), tr("How traced: is required.") };
    if (!v.isEmpty())
        return invalid(tr("The tracing cannot be recorded:"), v);
    const QDateTime now = m_clock.now();
    UnitOfWork uow(m_db, actor.uid);
    auto gd = GdRepository::append(uow, stationCode(), QStringLiteral("missing"),
                                   tr("Missing person No. %1, %2, traced at %3 on %4: %5")
                                       .arg(m->reference(), m->name, place.trimmed(), when(at), how.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("missing_traces"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("missing_uid"), missingUid },
                             { QStringLiteral("traced_at"), toStored(at) }, { QStringLiteral("place"), place.trimmed() },
                             { QStringLiteral("how"), how.trimmed() }, { QStringLiteral("gd_uid"), gd->uid },
                             { QStringLiteral("recorded_by"), actor.uid }, { QStringLiteral("created_at"), toStored(now) } },
                           uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *missingPerson(missingUid);
}

std::optional<MissingPerson> StationRecords::missingPerson(const QString& uid) const
{
    const QList<MissingPerson> found = readMissing(QStringLiteral("m.uid = ?"), { uid });
    return found.isEmpty() ? std::nullopt : std::optional<MissingPerson>(found.first());
}

QList<MissingPerson> StationRecords::missingPersons(bool open) const
{
    return readMissing(open ? QStringLiteral("t.uid IS NULL") : QStringLiteral("1"), {});
}

QList<MissingPerson> StationRecords::readMissing(const QString& where, const QVariantList& values) const
{
    QList<MissingPerson> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT m.uid, m.year, m.number, m.name, %1, m.missing_since, m.last_seen_place, m.reported_by, "
                                     "m.reported_at, m.gd_uid, coalesce(t.traced_at, ''), coalesce(t.place, ''), coalesce(t.how, '') "
                                     "FROM missing_persons m LEFT JOIN missing_traces t ON t.missing_uid = m.uid WHERE %2 ORDER BY m.id")
                          .arg(descriptionSelect(QStringLiteral("m")), where),
                   values))
        return result;
    while (q.next()) {
        MissingPerson m;
        m.uid = q.value(0).toString();
        m.year = q.value(1).toInt();
        m.number = q.value(2).toInt();
        m.name = q.value(3).toString();
        m.description = descriptionAt(q, 4);
        m.missingSince = fromStored(q.value(12).toString());
        m.lastSeenPlace = q.value(13).toString();
        m.reportedBy = q.value(14).toString();
        m.reportedAt = fromStored(q.value(15).toString());
        m.gdUid = q.value(16).toString();
        if (!q.value(17).toString().isEmpty())
            m.tracedAt = fromStored(q.value(17).toString());
        m.tracedPlace = q.value(18).toString();
        m.tracedHow = q.value(19).toString();
        result << m;
    }
    return result;
}

// Unidentified dead bodies ---------------------------------------------------------------

Result<UnidentifiedBody> StationRecords::recordBody(UnidentifiedBody b, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers record an unidentified body."));
    b.description = normalised(b.description);
    QList<Violation> v = checkWhen(QStringLiteral("foundAt"), tr("Found at"), b.foundAt);
    if (b.place.trimmed().isEmpty())
        v << Violation { QStringLiteral("place"), QStringLiteral("required"), tr("Place where found: is required.") };
    v << checkDescription(b.description);
    if (b.inquestNote.trimmed().isEmpty())
        v << Violation { QStringLiteral("inquestNote"), QStringLiteral("records.inquest"),
                         tr("Inquest: record the inquest report on the body (BNSS s.194).") };
    if (!v.isEmpty())
        return invalid(tr("The unidentified body cannot be recorded:"), v);

    const QDateTime now = m_clock.now();
    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    b.uid = sql::newUid();
    b.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("udb"), code, b.year);
    if (!number)
        return number.error();
    b.number = *number;
    auto gd = GdRepository::append(uow, code, QStringLiteral("udb"),
                                   tr("Unidentified dead body No. %1 found at %2 on %3; inquest under BNSS s.194 held.")
                                       .arg(b.reference(), b.place.trimmed(), when(b.foundAt)),
                                   now);
    if (!gd)
        return gd.error();
    b.gdUid = gd->uid;
    auto done = uow.insert(QStringLiteral("unidentified_bodies"),
                           joined({ { QStringLiteral("uid"), b.uid },
                                    { QStringLiteral("station_code"), code },
                                    { QStringLiteral("year"), b.year },
                                    { QStringLiteral("number"), b.number },
                                    { QStringLiteral("found_at"), toStored(b.foundAt) },
                                    { QStringLiteral("place"), b.place.trimmed() } },
                                  joined(descriptionColumns(b.description),
                                         { { QStringLiteral("probable_cause"), b.probableCause.trimmed() },
                                           { QStringLiteral("inquest_note"), b.inquestNote.trimmed() },
                                           { QStringLiteral("gd_uid"), b.gdUid },
                                           { QStringLiteral("created_by"), actor.uid },
                                           { QStringLiteral("created_at"), toStored(now) } })),
                           b.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return b;
}

Result<UnidentifiedBody> StationRecords::recordIdentification(const QString& bodyUid, const QDateTime& at, const QString& identifiedAs,
                                                              const QString& identifiedBy, const QString& personUid, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers record the identification of a body."));
    auto b = body(bodyUid);
    QList<Violation> v;
    if (!b) {
        v << Violation { QStringLiteral("bodyUid"), QStringLiteral("records.not_found"), tr("Body: the record does not exist.") };
        return invalid(tr("The identification cannot be recorded:"), v);
    }
    if (b->identified())
        v << Violation { QStringLiteral("bodyUid"), QStringLiteral("records.already_identified"),
                         tr("Body %1: already identified as %2.").arg(b->reference(), b->identifiedAs) };
    v << checkAfter(QStringLiteral("identifiedAt"), tr("Identified at"), at, tr("the body was found"), b->foundAt);
    if (identifiedAs.trimmed().isEmpty())
        v << Violation { QStringLiteral("identifiedAs"), QStringLiteral("required"), tr("Identified as: name whom the body was identified as.") };
    if (identifiedBy.trimmed().isEmpty())
        v << Violation { QStringLiteral("identifiedBy"), QStringLiteral("required"), tr("Identified by: name who identified the body.") };
    if (!personUid.isEmpty() && !exists(m_db, QStringLiteral("persons"), personUid))
        v << Violation { QStringLiteral("personUid"), QStringLiteral("records.person_unknown"),
                         tr("Identified as: the recorded person chosen does not exist.") };
    if (!v.isEmpty())
        return invalid(tr("The identification cannot be recorded:"), v);
    const QDateTime now = m_clock.now();
    UnitOfWork uow(m_db, actor.uid);
    auto gd = GdRepository::append(uow, stationCode(), QStringLiteral("udb"),
                                   tr("Unidentified dead body No. %1 identified on %2 as %3 by %4.")
                                       .arg(b->reference(), when(at), identifiedAs.trimmed(), identifiedBy.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("body_identifications"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("body_uid"), bodyUid },
                             { QStringLiteral("identified_at"), toStored(at) }, { QStringLiteral("identified_as"), identifiedAs.trimmed() },
                             { QStringLiteral("person_uid"), sql::nullable(personUid) },
                             { QStringLiteral("identified_by"), identifiedBy.trimmed() }, { QStringLiteral("gd_uid"), gd->uid },
                             { QStringLiteral("recorded_by"), actor.uid }, { QStringLiteral("created_at"), toStored(now) } },
                           uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *body(bodyUid);
}

std::optional<UnidentifiedBody> StationRecords::body(const QString& uid) const
{
    const QList<UnidentifiedBody> found = readBodies(QStringLiteral("b.uid = ?"), { uid });
    return found.isEmpty() ? std::nullopt : std::optional<UnidentifiedBody>(found.first());
}

QList<UnidentifiedBody> StationRecords::bodies(bool open) const
{
    return readBodies(open ? QStringLiteral("i.uid IS NULL") : QStringLiteral("1"), {});
}

QList<UnidentifiedBody> StationRecords::readBodies(const QString& where, const QVariantList& values) const
{
    QList<UnidentifiedBody> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT b.uid, b.year, b.number, b.found_at, %1, b.place, b.probable_cause, b.inquest_note, b.gd_uid, "
                                     "coalesce(i.identified_at, ''), coalesce(i.identified_as, ''), coalesce(i.identified_by, ''), "
                                     "coalesce(i.person_uid, '') FROM unidentified_bodies b LEFT JOIN body_identifications i ON i.body_uid = b.uid "
                                     "WHERE %2 ORDER BY b.id")
                          .arg(descriptionSelect(QStringLiteral("b")), where),
                   values))
        return result;
    while (q.next()) {
        UnidentifiedBody b;
        b.uid = q.value(0).toString();
        b.year = q.value(1).toInt();
        b.number = q.value(2).toInt();
        b.foundAt = fromStored(q.value(3).toString());
        b.description = descriptionAt(q, 4);
        b.place = q.value(12).toString();
        b.probableCause = q.value(13).toString();
        b.inquestNote = q.value(14).toString();
        b.gdUid = q.value(15).toString();
        if (!q.value(16).toString().isEmpty())
            b.identifiedAt = fromStored(q.value(16).toString());
        b.identifiedAs = q.value(17).toString();
        b.identifiedBy = q.value(18).toString();
        b.identifiedPersonUid = q.value(19).toString();
        result << b;
    }
    return result;
}

// Found persons --------------------------------------------------------------------------

Result<FoundPerson> StationRecords::recordFound(FoundPerson f, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers record a person found."));
    f.description = normalised(f.description);
    QList<Violation> v = checkWhen(QStringLiteral("foundAt"), tr("Found at"), f.foundAt);
    if (f.place.trimmed().isEmpty())
        v << Violation { QStringLiteral("place"), QStringLiteral("required"), tr("Place where found: is required.") };
    v << checkDescription(f.description);
    if (f.placedWith.trimmed().isEmpty())
        v << Violation { QStringLiteral("placedWith"), QStringLiteral("required"),
                         tr("Placed with: say where the person was placed (shelter home, hospital, child welfare committee).") };
    if (!v.isEmpty())
        return invalid(tr("The person found cannot be recorded:"), v);

    const QDateTime now = m_clock.now();
    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    f.uid = sql::newUid();
    f.name = f.name.trimmed();
    f.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("found"), code, f.year);
    if (!number)
        return number.error();
    f.number = *number;
    auto gd = GdRepository::append(uow, code, QStringLiteral("found"),
                                   tr("Person found No. %1 at %2 on %3, placed with %4.")
                                       .arg(f.reference(), f.place.trimmed(), when(f.foundAt), f.placedWith.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    f.gdUid = gd->uid;
    auto done = uow.insert(QStringLiteral("found_persons"),
                           joined({ { QStringLiteral("uid"), f.uid },
                                    { QStringLiteral("station_code"), code },
                                    { QStringLiteral("year"), f.year },
                                    { QStringLiteral("number"), f.number },
                                    { QStringLiteral("name"), f.name },
                                    { QStringLiteral("found_at"), toStored(f.foundAt) },
                                    { QStringLiteral("place"), f.place.trimmed() } },
                                  joined(descriptionColumns(f.description),
                                         { { QStringLiteral("placed_with"), f.placedWith.trimmed() },
                                           { QStringLiteral("gd_uid"), f.gdUid },
                                           { QStringLiteral("created_by"), actor.uid },
                                           { QStringLiteral("created_at"), toStored(now) } })),
                           f.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return f;
}

std::optional<FoundPerson> StationRecords::foundPerson(const QString& uid) const
{
    const QList<FoundPerson> found = readFound(QStringLiteral("f.uid = ?"), { uid });
    return found.isEmpty() ? std::nullopt : std::optional<FoundPerson>(found.first());
}

QList<FoundPerson> StationRecords::foundPersons() const
{
    return readFound(QStringLiteral("1"), {});
}

QList<FoundPerson> StationRecords::readFound(const QString& where, const QVariantList& values) const
{
    QList<FoundPerson> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT f.uid, f.year, f.number, f.name, f.found_at, %1, f.place, f.placed_with, f.gd_uid FROM found_persons f "
                                     "WHERE %2 ORDER BY f.id")
                          .arg(descriptionSelect(QStringLiteral("f")), where),
                   values))
        return result;
    while (q.next()) {
        FoundPerson f;
        f.uid = q.value(0).toString();
        f.year = q.value(1).toInt();
        f.number = q.value(2).toInt();
        f.name = q.value(3).toString();
        f.foundAt = fromStored(q.value(4).toString());
        f.description = descriptionAt(q, 5);
        f.place = q.value(13).toString();
        f.placedWith = q.value(14).toString();
        f.gdUid = q.value(15).toString();
        result << f;
    }
    return result;
}

// History sheets -------------------------------------------------------------------------

Result<HistorySheet> StationRecords::openHistorySheet(HistorySheet h, const User& actor)
{
    if (actor.role != Role::Sho)
        return forbidden(QStringLiteral("records.sho_only"), tr("Only the SHO opens a history sheet."));
    const QDateTime now = m_clock.now();
    if (!h.openedAt.isValid())
        h.openedAt = now;
    QList<Violation> v;
    QSqlQuery q(m_db.connection());
    if (!exists(m_db, QStringLiteral("persons"), h.personUid))
        v << Violation { QStringLiteral("personUid"), QStringLiteral("records.person_unknown"),
                         tr("Person: choose the recorded person the sheet is opened on.") };
    else if (sql::exec(q, QStringLiteral("SELECT h.number, h.year FROM history_sheets h WHERE h.person_uid=? "
                                         "AND NOT EXISTS(SELECT 1 FROM history_sheet_closures c WHERE c.sheet_uid = h.uid)"),
                       { h.personUid })
             && q.next())
        v << Violation { QStringLiteral("personUid"), QStringLiteral("records.history_open"),
                         tr("Person: already has an open history sheet, No. %1/%2.").arg(q.value(0).toInt()).arg(q.value(1).toInt()) };
    if (h.category.trimmed().isEmpty())
        v << Violation { QStringLiteral("category"), QStringLiteral("required"), tr("Category: is required.") };
    if (h.grounds.trimmed().isEmpty())
        v << Violation { QStringLiteral("grounds"), QStringLiteral("required"), tr("Grounds: say why the person is kept under watch.") };
    v << checkWhen(QStringLiteral("openedAt"), tr("Opened at"), h.openedAt);
    h.firUids.removeDuplicates();
    for (const QString& fir : std::as_const(h.firUids)) {
        if (!exists(m_db, QStringLiteral("firs"), fir))
            v << Violation { QStringLiteral("firUids"), QStringLiteral("records.fir_unknown"), tr("Cases: an FIR linked to the sheet does not exist.") };
    }
    if (!v.isEmpty())
        return invalid(tr("The history sheet cannot be opened:"), v);

    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    h.uid = sql::newUid();
    h.openedBy = actor.uid;
    h.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("history"), code, h.year);
    if (!number)
        return number.error();
    h.number = *number;
    auto done = uow.insert(QStringLiteral("history_sheets"),
                           { { QStringLiteral("uid"), h.uid },
                             { QStringLiteral("station_code"), code },
                             { QStringLiteral("year"), h.year },
                             { QStringLiteral("number"), h.number },
                             { QStringLiteral("person_uid"), h.personUid },
                             { QStringLiteral("category"), h.category.trimmed() },
                             { QStringLiteral("grounds"), h.grounds.trimmed() },
                             { QStringLiteral("opened_at"), toStored(h.openedAt) },
                             { QStringLiteral("opened_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           h.uid);
    if (!done)
        return done.error();
    for (const QString& fir : std::as_const(h.firUids)) {
        const QString uid = sql::newUid();
        done = uow.insert(QStringLiteral("history_sheet_firs"),
                          { { QStringLiteral("uid"), uid }, { QStringLiteral("sheet_uid"), h.uid }, { QStringLiteral("fir_uid"), fir },
                            { QStringLiteral("linked_by"), actor.uid }, { QStringLiteral("created_at"), toStored(now) } },
                          uid);
        if (!done)
            return done.error();
    }
    if (auto c = uow.commit(); !c)
        return c.error();
    return h;
}

Result<void> StationRecords::linkFir(const QString& sheetUid, const QString& firUid, const User& actor)
{
    if (actor.role != Role::Sho && actor.role != Role::Io)
        return forbidden(QStringLiteral("records.role"), tr("Only the SHO or an investigating officer adds a case to a history sheet."));
    const auto h = historySheet(sheetUid);
    QList<Violation> v;
    if (!h)
        v << Violation { QStringLiteral("sheetUid"), QStringLiteral("records.not_found"), tr("History sheet: does not exist.") };
    else if (h->closed())
        v << Violation { QStringLiteral("sheetUid"), QStringLiteral("records.history_closed"),
                         tr("History sheet %1: was closed on %2; nothing is added to it.").arg(h->reference(), when(h->closedAt)) };
    if (!exists(m_db, QStringLiteral("firs"), firUid))
        v << Violation { QStringLiteral("firUid"), QStringLiteral("records.fir_unknown"), tr("Case: the FIR does not exist.") };
    else if (h && h->firUids.contains(firUid))
        v << Violation { QStringLiteral("firUid"), QStringLiteral("records.fir_linked"), tr("Case: already linked to this history sheet.") };
    if (!v.isEmpty())
        return invalid(tr("The case cannot be added to the history sheet:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("history_sheet_firs"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("sheet_uid"), sheetUid }, { QStringLiteral("fir_uid"), firUid },
                             { QStringLiteral("linked_by"), actor.uid }, { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done;
    return uow.commit();
}

Result<HistorySheet> StationRecords::closeHistorySheet(const QString& sheetUid, const QDateTime& at, const QString& reason, const User& actor)
{
    if (actor.role != Role::Sho)
        return forbidden(QStringLiteral("records.sho_only"), tr("Only the SHO closes a history sheet."));
    const auto h = historySheet(sheetUid);
    QList<Violation> v;
    if (!h) {
        v << Violation { QStringLiteral("sheetUid"), QStringLiteral("records.not_found"), tr("History sheet: does not exist.") };
        return invalid(tr("The history sheet cannot be closed:"), v);
    }
    if (h->closed())
        v << Violation { QStringLiteral("sheetUid"), QStringLiteral("records.history_closed"),
                         tr("History sheet %1: was already closed on %2.").arg(h->reference(), when(h->closedAt)) };
    v << checkAfter(QStringLiteral("closedAt"), tr("Closed at"), at, tr("the sheet was opened"), h->openedAt);
    if (reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("closeReason"), QStringLiteral("required"), tr("Reason for closing: is required.") };
    if (!v.isEmpty())
        return invalid(tr("The history sheet cannot be closed:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("history_sheet_closures"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("sheet_uid"), sheetUid }, { QStringLiteral("closed_at"), toStored(at) },
                             { QStringLiteral("reason"), reason.trimmed() }, { QStringLiteral("closed_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *historySheet(sheetUid);
}

std::optional<HistorySheet> StationRecords::historySheet(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT h.year, h.number, h.person_uid, h.category, h.grounds, h.opened_at, h.opened_by, "
                                     "coalesce(c.closed_at, ''), coalesce(c.reason, '') FROM history_sheets h "
                                     "LEFT JOIN history_sheet_closures c ON c.sheet_uid = h.uid WHERE h.uid=?"),
                   { uid })
        || !q.next())
        return std::nullopt;
    HistorySheet h;
    h.uid = uid;
    h.year = q.value(0).toInt();
    h.number = q.value(1).toInt();
    h.personUid = q.value(2).toString();
    h.category = q.value(3).toString();
    h.grounds = q.value(4).toString();
    h.openedAt = fromStored(q.value(5).toString());
    h.openedBy = q.value(6).toString();
    if (!q.value(7).toString().isEmpty())
        h.closedAt = fromStored(q.value(7).toString());
    h.closeReason = q.value(8).toString();
    if (sql::exec(q, QStringLiteral("SELECT fir_uid FROM history_sheet_firs WHERE sheet_uid=? ORDER BY id"), { uid })) {
        while (q.next())
            h.firUids << q.value(0).toString();
    }
    return h;
}

QList<HistorySheet> StationRecords::historySheets() const
{
    QList<HistorySheet> result;
    for (const QString& uid : uidsOf(QStringLiteral("history_sheets"))) {
        if (auto h = historySheet(uid))
            result << *h;
    }
    return result;
}

// Summons and warrants -------------------------------------------------------------------

Result<CourtProcess> StationRecords::receiveProcess(CourtProcess p, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers enter a process received from a court."));
    const QDateTime now = m_clock.now();
    if (!p.receivedAt.isValid())
        p.receivedAt = now;
    QList<Violation> v;
    if (p.court.trimmed().isEmpty())
        v << Violation { QStringLiteral("court"), QStringLiteral("required"), tr("Court: name the court that issued the process.") };
    if (p.caseReference.trimmed().isEmpty())
        v << Violation { QStringLiteral("caseReference"), QStringLiteral("required"), tr("Case: give the court's case number.") };
    if (!p.personUid.isEmpty()) {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, QStringLiteral("SELECT CASE WHEN name_en <> '' THEN name_en ELSE name_local END, address_present FROM persons WHERE uid=?"),
                       { p.personUid })
            || !q.next())
            v << Violation { QStringLiteral("personUid"), QStringLiteral("records.person_unknown"),
                             tr("Person to be served: the recorded person chosen does not exist.") };
        else {
            if (p.personName.trimmed().isEmpty())
                p.personName = q.value(0).toString();
            if (p.personAddress.trimmed().isEmpty())
                p.personAddress = q.value(1).toString();
        }
    }
    if (p.personName.trimmed().isEmpty())
        v << Violation { QStringLiteral("personName"), QStringLiteral("required"), tr("Person to be served: give the name and address.") };
    v << checkWhen(QStringLiteral("receivedAt"), tr("Received at"), p.receivedAt);
    if (!p.dueDate.isValid())
        v << Violation { QStringLiteral("dueDate"), QStringLiteral("required"), tr("Date fixed by the court: is required.") };
    else if (p.receivedAt.isValid() && p.dueDate < p.receivedAt.toTimeZone(stationZone()).date())
        v << Violation { QStringLiteral("dueDate"), QStringLiteral("records.order"),
                         tr("Date fixed by the court: cannot be before the process was received (%1).").arg(when(p.receivedAt)) };
    {
        QSqlQuery q(m_db.connection());
        if (p.assignedTo.isEmpty() || !sql::exec(q, QStringLiteral("SELECT role, active FROM users WHERE uid=?"), { p.assignedTo }) || !q.next()
            || !q.value(1).toBool()
            || !QStringList { QStringLiteral("sho"), QStringLiteral("io"), QStringLiteral("writer") }.contains(q.value(0).toString()))
            v << Violation { QStringLiteral("assignedTo"), QStringLiteral("records.process_officer"),
                             tr("Officer to serve it: must be an active officer of the station.") };
    }
    if (!v.isEmpty())
        return invalid(tr("The process cannot be entered:"), v);

    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    p.uid = sql::newUid();
    p.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("process"), code, p.year);
    if (!number)
        return number.error();
    p.number = *number;
    p.events.clear();
    auto done = uow.insert(QStringLiteral("processes"),
                           { { QStringLiteral("uid"), p.uid },
                             { QStringLiteral("station_code"), code },
                             { QStringLiteral("year"), p.year },
                             { QStringLiteral("number"), p.number },
                             { QStringLiteral("kind"), processKindKey(p.kind) },
                             { QStringLiteral("court"), p.court.trimmed() },
                             { QStringLiteral("case_reference"), p.caseReference.trimmed() },
                             { QStringLiteral("person_name"), p.personName.trimmed() },
                             { QStringLiteral("person_address"), p.personAddress.trimmed() },
                             { QStringLiteral("person_uid"), sql::nullable(p.personUid) },
                             { QStringLiteral("received_at"), toStored(p.receivedAt) },
                             { QStringLiteral("due_date"), p.dueDate.toString(Qt::ISODate) },
                             { QStringLiteral("assigned_to"), p.assignedTo },
                             { QStringLiteral("created_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           p.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return p;
}

Result<CourtProcess> StationRecords::reportService(ProcessEvent e, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers report on a process."));
    const auto p = process(e.processUid);
    QList<Violation> v;
    if (!p) {
        v << Violation { QStringLiteral("processUid"), QStringLiteral("records.not_found"), tr("Process: does not exist.") };
        return invalid(tr("The report on the process cannot be recorded:"), v);
    }
    const CourtProcess::Status status = p->status();
    if (status == CourtProcess::Status::Returned)
        v << Violation { QStringLiteral("kind"), QStringLiteral("records.process_returned"),
                         tr("Process %1: was returned to the court; nothing more is reported on it.").arg(p->reference()) };
    else if (status == CourtProcess::Status::Served && e.kind != ProcessEvent::Kind::Returned)
        v << Violation { QStringLiteral("kind"), QStringLiteral("records.process_served"),
                         tr("Process %1: was already served; only its return to the court remains.").arg(p->reference()) };
    v << checkAfter(QStringLiteral("at"), tr("Date of the report"), e.at, tr("the process was received"), p->receivedAt);
    if (v.isEmpty() && !p->events.isEmpty() && e.at < p->events.last().at)
        v << Violation { QStringLiteral("at"), QStringLiteral("records.order"),
                         tr("Date of the report: cannot be before the last report on the process (%1).").arg(when(p->events.last().at)) };
    if (e.kind == ProcessEvent::Kind::Served) {
        if (e.how.trimmed().isEmpty())
            v << Violation { QStringLiteral("how"), QStringLiteral("required"),
                             tr("How served: say how (personally, on an adult member of the family, by affixing a copy).") };
        if (e.servedOn.trimmed().isEmpty())
            v << Violation { QStringLiteral("servedOn"), QStringLiteral("required"), tr("Served on: name the person it was served on.") };
    }
    if (e.kind == ProcessEvent::Kind::Unserved && e.reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("reason"), QStringLiteral("required"), tr("Reason: say why the process could not be served.") };
    if (!v.isEmpty())
        return invalid(tr("The report on the process cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    e.uid = sql::newUid();
    e.recordedBy = actor.uid;
    auto done = uow.insert(QStringLiteral("process_events"),
                           { { QStringLiteral("uid"), e.uid }, { QStringLiteral("process_uid"), e.processUid },
                             { QStringLiteral("kind"), processEventKey(e.kind) }, { QStringLiteral("at"), toStored(e.at) },
                             { QStringLiteral("how"), e.how.trimmed() }, { QStringLiteral("served_on"), e.servedOn.trimmed() },
                             { QStringLiteral("reason"), e.reason.trimmed() }, { QStringLiteral("recorded_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           e.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *process(e.processUid);
}

std::optional<CourtProcess> StationRecords::process(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT year, number, kind, court, case_reference, person_name, person_address, coalesce(person_uid, ''), "
                                     "received_at, due_date, assigned_to FROM processes WHERE uid=?"),
                   { uid })
        || !q.next())
        return std::nullopt;
    CourtProcess p;
    p.uid = uid;
    p.year = q.value(0).toInt();
    p.number = q.value(1).toInt();
    for (int i = 0; i < 4; ++i) {
        if (q.value(2).toString() == QLatin1String(kProcessKinds[i]))
            p.kind = CourtProcess::Kind(i);
    }
    p.court = q.value(3).toString();
    p.caseReference = q.value(4).toString();
    p.personName = q.value(5).toString();
    p.personAddress = q.value(6).toString();
    p.personUid = q.value(7).toString();
    p.receivedAt = fromStored(q.value(8).toString());
    p.dueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    p.assignedTo = q.value(10).toString();
    if (sql::exec(q, QStringLiteral("SELECT uid, kind, at, how, served_on, reason, recorded_by FROM process_events WHERE process_uid=? ORDER BY id"),
                  { uid })) {
        while (q.next()) {
            ProcessEvent e;
            e.uid = q.value(0).toString();
            e.processUid = uid;
            for (int i = 0; i < 3; ++i) {
                if (q.value(1).toString() == QLatin1String(kEventKinds[i]))
                    e.kind = ProcessEvent::Kind(i);
            }
            e.at = fromStored(q.value(2).toString());
            e.how = q.value(3).toString();
            e.servedOn = q.value(4).toString();
            e.reason = q.value(5).toString();
            e.recordedBy = q.value(6).toString();
            p.events << e;
        }
    }
    return p;
}

QList<CourtProcess> StationRecords::processesDue(const QDate& day) const
{
    QList<CourtProcess> result;
    QStringList uids;
    {
        QSqlQuery q(m_db.connection());
        if (!sql::exec(q, QStringLiteral("SELECT p.uid FROM processes p WHERE p.due_date <= ? AND NOT EXISTS("
                                         "SELECT 1 FROM process_events e WHERE e.process_uid = p.uid AND e.kind = 'returned') "
                                         "ORDER BY p.due_date, p.id"),
                       { day.toString(Qt::ISODate) }))
            return result;
        while (q.next())
            uids << q.value(0).toString();
    }
    for (const QString& uid : std::as_const(uids)) {
        if (auto p = process(uid))
            result << *p;
    }
    return result;
}

QList<CourtProcess> StationRecords::processes() const
{
    QList<CourtProcess> result;
    for (const QString& uid : uidsOf(QStringLiteral("processes"))) {
        if (auto p = process(uid))
            result << *p;
    }
    return result;
}

// Visitors -------------------------------------------------------------------------------

Result<Visitor> StationRecords::recordVisitor(Visitor w, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers keep the visitors register."));
    const QDateTime now = m_clock.now();
    if (!w.inAt.isValid())
        w.inAt = now;
    QList<Violation> v;
    if (w.name.trimmed().isEmpty())
        v << Violation { QStringLiteral("name"), QStringLiteral("required"), tr("Visitor's name: is required.") };
    if (w.address.trimmed().isEmpty() && w.phone.trimmed().isEmpty())
        v << Violation { QStringLiteral("address"), QStringLiteral("records.visitor_contact"),
                         tr("Address or phone: give at least one, so the visitor can be reached.") };
    if (w.purpose.trimmed().isEmpty())
        v << Violation { QStringLiteral("purpose"), QStringLiteral("required"), tr("Purpose of the visit: is required.") };
    if (w.whomMet.trimmed().isEmpty())
        v << Violation { QStringLiteral("whomMet"), QStringLiteral("required"), tr("Whom met: is required.") };
    v << checkWhen(QStringLiteral("inAt"), tr("Time in"), w.inAt);
    if (w.outAt.isValid())
        v << checkAfter(QStringLiteral("outAt"), tr("Time out"), w.outAt, tr("the time in"), w.inAt);
    if (!v.isEmpty())
        return invalid(tr("The visitor cannot be recorded:"), v);

    const QString code = stationCode();
    UnitOfWork uow(m_db, actor.uid);
    w.uid = sql::newUid();
    w.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("visitor"), code, w.year);
    if (!number)
        return number.error();
    w.number = *number;
    auto done = uow.insert(QStringLiteral("visitors"),
                           { { QStringLiteral("uid"), w.uid },
                             { QStringLiteral("station_code"), code },
                             { QStringLiteral("year"), w.year },
                             { QStringLiteral("number"), w.number },
                             { QStringLiteral("name"), w.name.trimmed() },
                             { QStringLiteral("address"), w.address.trimmed() },
                             { QStringLiteral("phone"), w.phone.trimmed() },
                             { QStringLiteral("purpose"), w.purpose.trimmed() },
                             { QStringLiteral("whom_met"), w.whomMet.trimmed() },
                             { QStringLiteral("in_at"), toStored(w.inAt) },
                             { QStringLiteral("out_at"), storedOrNull(w.outAt) },
                             { QStringLiteral("created_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           w.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return w;
}

Result<Visitor> StationRecords::recordVisitorOut(const QString& visitorUid, const QDateTime& at, const User& actor)
{
    if (!actor.canRegister())
        return forbidden(QStringLiteral("records.role"), tr("Only the station's officers keep the visitors register."));
    const auto w = visitor(visitorUid);
    QList<Violation> v;
    if (!w) {
        v << Violation { QStringLiteral("visitorUid"), QStringLiteral("records.not_found"), tr("Visitor: the entry does not exist.") };
        return invalid(tr("The time out cannot be recorded:"), v);
    }
    if (w->outAt.isValid())
        v << Violation { QStringLiteral("outAt"), QStringLiteral("records.visitor_out"),
                         tr("Time out: already recorded (%1).").arg(when(w->outAt)) };
    v << checkAfter(QStringLiteral("outAt"), tr("Time out"), at, tr("the time in"), w->inAt);
    if (!v.isEmpty())
        return invalid(tr("The time out cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.update(QStringLiteral("visitors"), visitorUid, { { QStringLiteral("out_at"), toStored(at) } });
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *visitor(visitorUid);
}

std::optional<Visitor> StationRecords::visitor(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT year, number, name, address, phone, purpose, whom_met, in_at, coalesce(out_at, '') FROM visitors WHERE uid=?"),
                   { uid })
        || !q.next())
        return std::nullopt;
    Visitor w;
    w.uid = uid;
    w.year = q.value(0).toInt();
    w.number = q.value(1).toInt();
    w.name = q.value(2).toString();
    w.address = q.value(3).toString();
    w.phone = q.value(4).toString();
    w.purpose = q.value(5).toString();
    w.whomMet = q.value(6).toString();
    w.inAt = fromStored(q.value(7).toString());
    if (!q.value(8).toString().isEmpty())
        w.outAt = fromStored(q.value(8).toString());
    return w;
}

QList<Visitor> StationRecords::visitors() const
{
    QList<Visitor> result;
    for (const QString& uid : uidsOf(QStringLiteral("visitors"))) {
        if (auto w = visitor(uid))
            result << *w;
    }
    return result;
}

} // namespace thana::core
