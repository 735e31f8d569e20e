#include "core/complaintrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/disclosure.h"
#include "core/gdrepository.h"
#include "core/personrepository.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "core/user.h"

#include <QSqlQuery>

namespace thana::core {

namespace {

QString complaintColumns(const User& viewer)
{
    return QStringLiteral("c.uid, c.station_code, c.year, c.number, c.received_at, c.mode, c.complainant_uid, "
                          "CASE WHEN %1 THEN '' ELSE trim(p.name_en || CASE WHEN p.name_local <> '' AND p.name_en <> '' "
                          "THEN ' (' || p.name_local || ')' ELSE p.name_local END) END, "
                          "c.subject, c.narrative, c.gd_uid, c.action, c.action_note, coalesce(c.fir_uid, ''), c.action_at, "
                          "coalesce(c.action_by, ''), c.created_at, c.created_by, c.id, %1")
        .arg(Disclosure::personMaskedSql(viewer));
}

Complaint complaintFrom(const QSqlQuery& q)
{
    Complaint c;
    c.uid = q.value(0).toString();
    c.stationCode = q.value(1).toString();
    c.year = q.value(2).toInt();
    c.number = q.value(3).toInt();
    c.receivedAt = fromStored(q.value(4).toString());
    c.mode = receiptModeFromKey(q.value(5).toString()).value_or(ReceiptMode::InPerson);
    c.complainantUid = q.value(6).toString();
    c.complainantName = q.value(7).toString();
    c.subject = q.value(8).toString();
    c.narrative = q.value(9).toString();
    c.gdUid = q.value(10).toString();
    c.action = complaintActionFromKey(q.value(11).toString()).value_or(ComplaintAction::Pending);
    c.actionNote = q.value(12).toString();
    c.firUid = q.value(13).toString();
    c.actionAt = fromStored(q.value(14).toString());
    c.actionBy = q.value(15).toString();
    c.createdAt = fromStored(q.value(16).toString());
    c.createdBy = q.value(17).toString();
    if (q.value(19).toBool()) {
        c.complainantName = Disclosure::withheld();
        c.narrative = Disclosure::withheld();
    }
    return c;
}

} // namespace

std::optional<Complaint> ComplaintRepository::byUid(const QString& uid, const User& viewer) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM complaints c JOIN persons p ON p.uid = c.complainant_uid WHERE c.uid=?")
                          .arg(complaintColumns(viewer)),
                   { uid })
        || !q.next())
        return std::nullopt;
    return complaintFrom(q);
}

QList<Complaint> ComplaintRepository::page(const QString& filter, const QString& action, qint64 beforeId, int limit,
                                           const User& viewer, qint64* lastId) const
{
    QList<Complaint> result;
    QString where = QStringLiteral("WHERE 1");
    QVariantList values;
    if (beforeId > 0) {
        where += QStringLiteral(" AND c.id < ?");
        values << beforeId;
    }
    if (!action.isEmpty()) {
        where += QStringLiteral(" AND c.action = ?");
        values << action;
    }
    if (!filter.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (c.subject LIKE ? OR p.name_en LIKE ? OR p.name_local LIKE ?)");
        const QString like = sql::containing(filter.trimmed());
        values << like << like << like;
    }
    values << limit;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM complaints c JOIN persons p ON p.uid = c.complainant_uid %2 "
                                     "ORDER BY c.id DESC LIMIT ?")
                          .arg(complaintColumns(viewer), where),
                   values))
        return result;
    while (q.next()) {
        result << complaintFrom(q);
        if (lastId)
            *lastId = q.value(18).toLongLong();
    }
    return result;
}

int ComplaintRepository::count(const QString& action) const
{
    QSqlQuery q(m_db.connection());
    const bool done = action.isEmpty() ? sql::exec(q, QStringLiteral("SELECT count(*) FROM complaints")).ok()
                                       : sql::exec(q, QStringLiteral("SELECT count(*) FROM complaints WHERE action=?"), { action }).ok();
    return done && q.next() ? q.value(0).toInt() : 0;
}

Result<Complaint> ComplaintRepository::receive(Complaint c, const std::optional<Person>& newComplainant, const User& actor,
                                               const Clock& clock)
{
    const auto station = StationRepository(m_db).station();
    if (!station)
        return Error { QStringLiteral("station.missing"), tr("Create the station before receiving complaints."), {} };
    if (!actor.canRegister())
        return Error { QStringLiteral("forbidden"), tr("Your role cannot receive complaints."), {} };
    const QDateTime now = clock.now();
    QList<Violation> v;
    if (!c.receivedAt.isValid())
        c.receivedAt = now;
    if (c.receivedAt > now.addSecs(300))
        v << Violation { QStringLiteral("receivedAt"), QStringLiteral("complaint.received_future"),
                         tr("Received at: cannot be in the future.") };
    if (c.subject.trimmed().isEmpty())
        v << Violation { QStringLiteral("subject"), QStringLiteral("required"), tr("Subject: is required.") };
    if (c.narrative.trimmed().isEmpty())
        v << Violation { QStringLiteral("narrative"), QStringLiteral("required"), tr("Complaint text: is required.") };
    if (!newComplainant && (c.complainantUid.isEmpty() || !PersonRepository(m_db).byUid(c.complainantUid)))
        v << Violation { QStringLiteral("complainant"), QStringLiteral("complaint.complainant_required"),
                         tr("Complainant: choose a person or enter the complainant's details.") };
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The complaint cannot be received:"), v };

    UnitOfWork uow(m_db, actor.uid);
    QString complainantName;
    if (newComplainant) {
        auto person = PersonRepository::insert(uow, *newComplainant, now);
        if (!person)
            return person.error();
        c.complainantUid = person->uid;
        complainantName = person->displayName();
    } else {
        complainantName = PersonRepository(m_db).byUid(c.complainantUid)->displayName();
    }
    c.uid = sql::newUid();
    c.stationCode = station->code;
    c.year = c.receivedAt.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("complaint"), station->code, c.year);
    if (!number)
        return number.error();
    c.number = number.value();
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("complaint"),
                                   // The diary is read by every officer of the station and the complaint
                                   // may turn out to be of a sexual offence, so it does not name the
                                   // complainant; the complaint it refers to does.
                                   tr("%1 received %2: %3").arg(c.reference(), receiptModeName(c.mode).toLower(), c.subject.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    c.gdUid = gd->uid;
    c.action = ComplaintAction::Pending;
    c.createdAt = now;
    c.createdBy = actor.uid;
    auto done = uow.insert(QStringLiteral("complaints"),
                           { { QStringLiteral("uid"), c.uid },
                             { QStringLiteral("station_code"), c.stationCode },
                             { QStringLiteral("year"), c.year },
                             { QStringLiteral("number"), c.number },
                             { QStringLiteral("received_at"), toStored(c.receivedAt) },
                             { QStringLiteral("mode"), receiptModeKey(c.mode) },
                             { QStringLiteral("complainant_uid"), c.complainantUid },
                             { QStringLiteral("subject"), c.subject.trimmed() },
                             { QStringLiteral("narrative"), c.narrative.trimmed() },
                             { QStringLiteral("gd_uid"), c.gdUid },
                             { QStringLiteral("action"), complaintActionKey(c.action) },
                             { QStringLiteral("created_by"), c.createdBy },
                             { QStringLiteral("created_at"), toStored(c.createdAt) } },
                           c.uid);
    if (!done)
        return done.error();
    if (auto committed = uow.commit(); !committed)
        return committed.error();
    c.complainantName = complainantName;
    return c;
}

Result<Complaint> ComplaintRepository::takeAction(const QString& uid, ComplaintAction action, const QString& note,
                                                  const User& actor, const Clock& clock)
{
    const auto existing = byUid(uid, actor);
    if (!existing)
        return Error { QStringLiteral("not_found"), tr("The complaint does not exist."), {} };
    if (!actor.canRegister())
        return Error { QStringLiteral("forbidden"), tr("Your role cannot act on complaints."), {} };
    if (action == ComplaintAction::Fir)
        return Error { QStringLiteral("complaint.fir_via_form"), tr("Register the FIR from the complaint; the complaint is then marked."), {} };
    if (existing->action == ComplaintAction::Fir)
        return Error { QStringLiteral("complaint.already_fir"),
                       tr("Action: an FIR has been registered on this complaint; its action cannot change."), {} };
    if ((action == ComplaintAction::Closed || action == ComplaintAction::Ncr || action == ComplaintAction::Enquiry)
        && note.trimmed().isEmpty())
        return Error { QStringLiteral("invalid"), tr("The action cannot be recorded:"),
                       { Violation { QStringLiteral("actionNote"), QStringLiteral("complaint.action_reason"),
                                     tr("Reason / details: required when a complaint is closed, sent for enquiry or recorded as a non-cognizable report.") } } };
    const auto station = StationRepository(m_db).station();
    const QDateTime now = clock.now();
    UnitOfWork uow(m_db, actor.uid);
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("complaint"),
                                   tr("%1: %2. %3").arg(existing->reference(), complaintActionName(action), note.trimmed()), now);
    if (!gd)
        return gd.error();
    auto done = uow.update(QStringLiteral("complaints"), uid,
                           { { QStringLiteral("action"), complaintActionKey(action) },
                             { QStringLiteral("action_note"), note.trimmed() },
                             { QStringLiteral("action_at"), toStored(now) },
                             { QStringLiteral("action_by"), actor.uid } });
    if (!done)
        return done.error();
    if (auto committed = uow.commit(); !committed)
        return committed.error();
    return *byUid(uid, actor);
}

Result<void> ComplaintRepository::markFir(UnitOfWork& uow, const QString& uid, const QString& firUid, const QDateTime& at)
{
    return uow.update(QStringLiteral("complaints"), uid,
                      { { QStringLiteral("action"), complaintActionKey(ComplaintAction::Fir) },
                        { QStringLiteral("fir_uid"), firUid },
                        { QStringLiteral("action_at"), toStored(at) },
                        { QStringLiteral("action_by"), uow.actorUid() } });
}

} // namespace thana::core
