#include "core/caseservice.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/gdrepository.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace thana::core {

namespace {

struct FirBasics {
    QString uid;
    QString reference;
    QDateTime registeredAt;
    QDateTime occurrenceFrom;
    QString ioUid;
    QString infoMode;
};

std::optional<FirBasics> firBasics(const Database& db, const QString& firUid)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, number, year, registered_at, occurrence_from, coalesce(io_uid, ''), info_mode FROM firs WHERE uid=?"),
                   { firUid })
        || !q.next())
        return std::nullopt;
    return FirBasics { q.value(0).toString(), QStringLiteral("FIR %1/%2").arg(q.value(1).toInt()).arg(q.value(2).toInt()),
                       fromStored(q.value(3).toString()), fromStored(q.value(4).toString()), q.value(5).toString(), q.value(6).toString() };
}

Error invalid(const QString& message, const QList<Violation>& violations)
{
    return Error { QStringLiteral("invalid"), message, violations };
}

const char* const kOutcomes[] = { "sent_up", "police_bail", "court_bail", "judicial_custody", "police_custody" };

} // namespace

QString CaseService::accusedCode(int index)
{
    return QString(QChar(QLatin1Char('A').unicode() + index / 9)) + QString::number(index % 9 + 1);
}

QString CaseService::outcomeKey(Arrest::Outcome outcome)
{
    return QLatin1String(kOutcomes[int(outcome)]);
}

QString CaseService::currentIo(const QString& firUid) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT io_uid FROM case_io WHERE fir_uid=? ORDER BY id DESC LIMIT 1"), { firUid }) && q.next())
        return q.value(0).toString();
    const auto fir = firBasics(m_db, firUid);
    return fir ? fir->ioUid : QString();
}

QList<Violation> CaseService::checkWhen(const QString& firUid, const QString& field, const QString& label, const QDateTime& at) const
{
    QList<Violation> v;
    const auto fir = firBasics(m_db, firUid);
    if (!fir) {
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.fir_unknown"), tr("FIR: the case does not exist.") };
        return v;
    }
    auto when = [](const QDateTime& t) { return t.toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")); };
    if (const QString unit = transferredTo(firUid); !unit.isEmpty())
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.transferred"),
                         tr("%1: the case was transferred to %2; it is written there now.").arg(fir->reference, unit) };
    if (!at.isValid())
        v << Violation { field, QStringLiteral("required"), tr("%1: is required.").arg(label) };
    else if (at < fir->registeredAt)
        v << Violation { field, QStringLiteral("case.before_fir"),
                         tr("%1: cannot be before the FIR was registered (%2 at %3).").arg(label, fir->reference, when(fir->registeredAt)) };
    else if (at < fir->occurrenceFrom)
        v << Violation { field, QStringLiteral("case.before_occurrence"),
                         tr("%1: cannot be before the occurrence began (%2).").arg(label, when(fir->occurrenceFrom)) };
    else if (at > m_clock.now().addSecs(300))
        v << Violation { field, QStringLiteral("case.future"), tr("%1: cannot be in the future.").arg(label) };
    return v;
}

Result<void> CaseService::reassignIo(const QString& firUid, const QString& ioUid, const QString& reason, const User& actor)
{
    QList<Violation> v;
    if (actor.role != Role::Sho)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO gives a case to another investigating officer."), {} };
    if (!firBasics(m_db, firUid))
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.fir_unknown"), tr("FIR: the case does not exist.") };
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT role, active FROM users WHERE uid=?"), { ioUid }) || !q.next()
        || !q.value(1).toBool() || (q.value(0).toString() != QLatin1String("io") && q.value(0).toString() != QLatin1String("sho")))
        v << Violation { QStringLiteral("ioUid"), QStringLiteral("fir.io_role"),
                         tr("Investigating officer: must be an active officer with the IO or SHO role.") };
    else if (ioUid == currentIo(firUid))
        v << Violation { QStringLiteral("ioUid"), QStringLiteral("case.same_io"), tr("Investigating officer: the case is already with this officer.") };
    if (reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("reason"), QStringLiteral("required"), tr("Reason: say why the case changes hands.") };
    if (!v.isEmpty())
        return invalid(tr("The case cannot be reassigned:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("case_io"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("io_uid"), ioUid },
                             { QStringLiteral("reason"), reason.trimmed() }, { QStringLiteral("assigned_by"), actor.uid },
                             { QStringLiteral("assigned_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done;
    return uow.commit();
}

Result<Arrest> CaseService::recordArrest(Arrest a, const User& actor)
{
    if (actor.role != Role::Sho && actor.uid != currentIo(a.firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO records an arrest."), {} };
    QList<Violation> v = checkWhen(a.firUid, QStringLiteral("at"), a.kind == Arrest::Kind::Arrest ? tr("Arrested at") : tr("Surrendered at"), a.at);
    QSqlQuery q(m_db.connection());
    if (a.personUid.isEmpty() || !sql::exec(q, QStringLiteral("SELECT 1 FROM persons WHERE uid=?"), { a.personUid }) || !q.next())
        v << Violation { QStringLiteral("personUid"), QStringLiteral("case.person_unknown"), tr("Accused: choose a recorded person.") };
    else if (sql::exec(q, QStringLiteral("SELECT accused_code FROM arrests WHERE fir_uid=? AND person_uid=?"), { a.firUid, a.personUid }) && q.next())
        v << Violation { QStringLiteral("personUid"), QStringLiteral("case.already_arrested"),
                         tr("Accused: already arrested in this case as %1.").arg(q.value(0).toString()) };
    if (a.kind == Arrest::Kind::Surrender && a.court.trimmed().isEmpty())
        v << Violation { QStringLiteral("court"), QStringLiteral("required"), tr("Court: name the court the accused surrendered in.") };
    const bool custody = a.outcome == Arrest::Outcome::JudicialCustody || a.outcome == Arrest::Outcome::PoliceCustody;
    if (custody && !a.remandedAt.isValid())
        v << Violation { QStringLiteral("remandedAt"), QStringLiteral("required"), tr("Remanded at: say when the court remanded the accused.") };
    if (custody && a.remandedAt.isValid() && a.at.isValid() && a.remandedAt < a.at)
        v << Violation { QStringLiteral("remandedAt"), QStringLiteral("case.remand_order"), tr("Remanded at: cannot be before the arrest.") };
    if (a.informed.trimmed().isEmpty())
        v << Violation { QStringLiteral("informed"), QStringLiteral("case.informed"),
                         tr("Informed: name the relative or friend and the designated officer told of the arrest (BNSS s.48).") };
    if (!v.isEmpty())
        return invalid(tr("The arrest cannot be recorded:"), v);

    const auto station = StationRepository(m_db).station();
    if (!station)
        return Error { QStringLiteral("station.missing"), tr("Create the station first."), {} };
    UnitOfWork uow(m_db, actor.uid);
    int index = 0;
    {
        QSqlQuery count(m_db.connection());
        if (sql::exec(count, QStringLiteral("SELECT count(*) FROM arrests WHERE fir_uid=?"), { a.firUid }) && count.next())
            index = count.value(0).toInt();
    }
    a.uid = sql::newUid();
    a.accusedCode = accusedCode(index);
    a.createdBy = actor.uid;
    a.createdAt = m_clock.now();
    const auto fir = firBasics(m_db, a.firUid);
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("arrest"),
                                   (a.kind == Arrest::Kind::Arrest ? tr("Accused %1 in %2 arrested at %3.") : tr("Accused %1 in %2 surrendered in %3."))
                                       .arg(a.accusedCode, fir->reference, a.kind == Arrest::Kind::Arrest ? a.place : a.court),
                                   a.createdAt);
    if (!gd)
        return gd.error();
    a.gdUid = gd->uid;
    auto done = uow.insert(QStringLiteral("arrests"),
                           { { QStringLiteral("uid"), a.uid },
                             { QStringLiteral("fir_uid"), a.firUid },
                             { QStringLiteral("person_uid"), a.personUid },
                             { QStringLiteral("accused_code"), a.accusedCode },
                             { QStringLiteral("kind"), a.kind == Arrest::Kind::Arrest ? QStringLiteral("arrest") : QStringLiteral("surrender") },
                             { QStringLiteral("at"), toStored(a.at) },
                             { QStringLiteral("place"), a.place.trimmed() },
                             { QStringLiteral("court"), a.court.trimmed() },
                             { QStringLiteral("gd_uid"), a.gdUid },
                             { QStringLiteral("outcome"), outcomeKey(a.outcome) },
                             { QStringLiteral("remanded_at"), a.remandedAt.isValid() ? QVariant(toStored(a.remandedAt)) : QVariant() },
                             { QStringLiteral("informed"), a.informed.trimmed() },
                             { QStringLiteral("created_by"), a.createdBy },
                             { QStringLiteral("created_at"), toStored(a.createdAt) } },
                           a.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return a;
}

QList<Arrest> CaseService::arrests(const QString& firUid) const
{
    QList<Arrest> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT uid, person_uid, accused_code, kind, at, place, court, gd_uid, outcome, coalesce(remanded_at, ''), "
                                  "informed, created_by, created_at FROM arrests WHERE fir_uid=? ORDER BY id"),
                   { firUid }))
        return result;
    while (q.next()) {
        Arrest a;
        a.uid = q.value(0).toString();
        a.firUid = firUid;
        a.personUid = q.value(1).toString();
        a.accusedCode = q.value(2).toString();
        a.kind = q.value(3).toString() == QLatin1String("surrender") ? Arrest::Kind::Surrender : Arrest::Kind::Arrest;
        a.at = fromStored(q.value(4).toString());
        a.place = q.value(5).toString();
        a.court = q.value(6).toString();
        a.gdUid = q.value(7).toString();
        const QString outcome = q.value(8).toString();
        for (int i = 0; i < 5; ++i) {
            if (outcome == QLatin1String(kOutcomes[i]))
                a.outcome = Arrest::Outcome(i);
        }
        a.remandedAt = fromStored(q.value(9).toString());
        a.informed = q.value(10).toString();
        a.createdBy = q.value(11).toString();
        a.createdAt = fromStored(q.value(12).toString());
        result << a;
    }
    return result;
}

Result<CaseDiaryEntry> CaseService::addDiaryEntry(const QString& firUid, const QString& text, bool informsVictim, const User& actor)
{
    if (actor.uid != currentIo(firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer writes its case diary."), {} };
    const QDateTime now = m_clock.now();
    QList<Violation> v = checkWhen(firUid, QStringLiteral("at"), tr("Case diary entry"), now);
    if (text.trimmed().isEmpty())
        v << Violation { QStringLiteral("text"), QStringLiteral("required"), tr("Case diary: write what was done.") };
    if (!v.isEmpty())
        return invalid(tr("The case diary entry cannot be written:"), v);
    UnitOfWork uow(m_db, actor.uid);
    CaseDiaryEntry e;
    {
        QSqlQuery q(m_db.connection());
        e.number = sql::exec(q, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM case_diary WHERE fir_uid=?"), { firUid }) && q.next()
            ? q.value(0).toInt()
            : 1;
    }
    e.uid = sql::newUid();
    e.firUid = firUid;
    e.at = now;
    e.text = text.trimmed();
    e.informsVictim = informsVictim;
    e.ioUid = actor.uid;
    auto done = uow.insert(QStringLiteral("case_diary"),
                           { { QStringLiteral("uid"), e.uid }, { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("number"), e.number },
                             { QStringLiteral("at"), toStored(now) }, { QStringLiteral("text"), e.text },
                             { QStringLiteral("informs_victim"), informsVictim ? 1 : 0 }, { QStringLiteral("io_uid"), actor.uid },
                             { QStringLiteral("created_at"), toStored(now) } },
                           e.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return e;
}

QList<CaseDiaryEntry> CaseService::diary(const QString& firUid) const
{
    QList<CaseDiaryEntry> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, number, at, text, informs_victim, io_uid FROM case_diary WHERE fir_uid=? ORDER BY number"),
                   { firUid }))
        return result;
    while (q.next())
        result << CaseDiaryEntry { q.value(0).toString(), firUid, q.value(1).toInt(), fromStored(q.value(2).toString()), q.value(3).toString(),
                                   q.value(4).toBool(), q.value(5).toString() };
    return result;
}

Result<void> CaseService::recordEfirSignature(const QString& firUid, const QDateTime& signedAt, const User& actor)
{
    if (!actor.canRegister())
        return Error { QStringLiteral("forbidden"), tr("Your role cannot record an e-FIR signature."), {} };
    const auto fir = firBasics(m_db, firUid);
    QList<Violation> v = checkWhen(firUid, QStringLiteral("signedAt"), tr("Signed at"), signedAt);
    if (fir && fir->infoMode != QLatin1String("efir"))
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.not_efir"), tr("FIR: this FIR was not registered on an e-FIR.") };
    if (!v.isEmpty())
        return invalid(tr("The signature cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("efir_signatures"),
                           { { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("signed_at"), toStored(signedAt) },
                             { QStringLiteral("recorded_by"), actor.uid }, { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           firUid);
    if (!done)
        return done.error().code == QLatin1String("storage")
            ? Result<void>(Error { QStringLiteral("invalid"), tr("The e-FIR signature is already on record."), {} })
            : done;
    return uow.commit();
}

Result<FinalReport> CaseService::draftFinalReport(const QString& firUid, FinalReport::Kind kind, const QString& summary, const User& actor)
{
    if (actor.uid != currentIo(firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer drafts its final report."), {} };
    QList<Violation> v = checkWhen(firUid, QStringLiteral("draftedAt"), tr("Final report"), m_clock.now());
    if (summary.trimmed().isEmpty())
        v << Violation { QStringLiteral("summary"), QStringLiteral("required"), tr("Final report: write the findings.") };
    if (const auto existing = finalReport(firUid); existing && existing->approved)
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.report_approved"), tr("Final report: the case already has an approved final report.") };
    if (!v.isEmpty())
        return invalid(tr("The final report cannot be drafted:"), v);
    FinalReport r;
    r.uid = sql::newUid();
    r.firUid = firUid;
    r.kind = kind;
    r.summary = summary.trimmed();
    r.draftedBy = actor.uid;
    r.draftedAt = m_clock.now();
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("final_reports"),
                           { { QStringLiteral("uid"), r.uid }, { QStringLiteral("fir_uid"), firUid },
                             { QStringLiteral("kind"), kind == FinalReport::Kind::ChargeSheet ? QStringLiteral("chargesheet") : QStringLiteral("closure") },
                             { QStringLiteral("summary"), r.summary }, { QStringLiteral("status"), QStringLiteral("draft") },
                             { QStringLiteral("drafted_by"), actor.uid }, { QStringLiteral("drafted_at"), toStored(r.draftedAt) } },
                           r.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return r;
}

Result<FinalReport> CaseService::approveFinalReport(const QString& reportUid, const User& actor)
{
    if (actor.role != Role::Sho)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO approves a final report."), {} };
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT fir_uid, status FROM final_reports WHERE uid=?"), { reportUid }) || !q.next())
        return Error { QStringLiteral("not_found"), tr("The final report does not exist."), {} };
    const QString firUid = q.value(0).toString();
    if (q.value(1).toString() == QLatin1String("approved"))
        return Error { QStringLiteral("invalid"), tr("The final report is already approved."), {} };
    q.finish();
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.update(QStringLiteral("final_reports"), reportUid,
                           { { QStringLiteral("status"), QStringLiteral("approved") }, { QStringLiteral("approved_by"), actor.uid },
                             { QStringLiteral("approved_at"), toStored(m_clock.now()) } });
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return *finalReport(firUid);
}

std::optional<FinalReport> CaseService::finalReport(const QString& firUid) const
{
    QSqlQuery q(m_db.connection());
    // An approved report wins over later drafts; otherwise the newest draft.
    if (!sql::exec(q,
                   QStringLiteral("SELECT uid, kind, summary, status, drafted_by, drafted_at, coalesce(approved_by, ''), coalesce(approved_at, '') "
                                  "FROM final_reports WHERE fir_uid=? ORDER BY status='approved' DESC, id DESC LIMIT 1"),
                   { firUid })
        || !q.next())
        return std::nullopt;
    FinalReport r;
    r.uid = q.value(0).toString();
    r.firUid = firUid;
    r.kind = q.value(1).toString() == QLatin1String("closure") ? FinalReport::Kind::Closure : FinalReport::Kind::ChargeSheet;
    r.summary = q.value(2).toString();
    r.approved = q.value(3).toString() == QLatin1String("approved");
    r.draftedBy = q.value(4).toString();
    r.draftedAt = fromStored(q.value(5).toString());
    r.approvedBy = q.value(6).toString();
    r.approvedAt = fromStored(q.value(7).toString());
    return r;
}

CaseFacts CaseService::facts(const QString& firUid) const
{
    CaseFacts f;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  QStringLiteral("SELECT f.registered_at, f.info_mode, (SELECT signed_at FROM efir_signatures WHERE fir_uid=f.uid), "
                                 "(SELECT min(remanded_at) FROM arrests WHERE fir_uid=f.uid), "
                                 "(SELECT min(approved_at) FROM final_reports WHERE fir_uid=f.uid AND status='approved'), "
                                 "(SELECT min(at) FROM case_diary WHERE fir_uid=f.uid AND informs_victim=1) FROM firs f WHERE f.uid=?"),
                  { firUid })
        && q.next()) {
        f.registeredAt = fromStored(q.value(0).toString());
        f.infoMode = infoModeFromKey(q.value(1).toString()).value_or(InfoMode::Written);
        f.efirSignedAt = fromStored(q.value(2).toString());
        f.firstRemandAt = fromStored(q.value(3).toString());
        f.finalReportAt = fromStored(q.value(4).toString());
        f.victimInformedAt = fromStored(q.value(5).toString());
    }
    if (sql::exec(q, QStringLiteral("SELECT s.act_code, s.section, s.max_punishment FROM fir_sections x JOIN sections s ON s.act_code=x.act_code "
                                    "AND s.section=x.section WHERE x.fir_uid=?"),
                  { firUid })) {
        while (q.next()) {
            Section s;
            s.actCode = q.value(0).toString();
            s.number = q.value(1).toString();
            s.maxPunishment = q.value(2).toString();
            f.sections << s;
        }
    }
    return f;
}

QList<CaseDeadline> CaseService::openDeadlines() const
{
    // Three reads for all open cases, not a few per case: an SHO's morning view of a
    // busy station covers thousands of them.
    QHash<QString, CaseFacts> facts;
    QHash<QString, QString> references;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT f.uid, f.number, f.year, f.registered_at, f.info_mode, e.signed_at, "
            "(SELECT min(remanded_at) FROM arrests a WHERE a.fir_uid=f.uid), "
            "(SELECT min(at) FROM case_diary d WHERE d.fir_uid=f.uid AND d.informs_victim=1) "
            "FROM firs f LEFT JOIN efir_signatures e ON e.fir_uid=f.uid "
            "WHERE NOT EXISTS(SELECT 1 FROM final_reports r WHERE r.fir_uid=f.uid AND r.status='approved')")))
        return {};
    while (q.next()) {
        CaseFacts f;
        f.registeredAt = fromStored(q.value(3).toString());
        f.infoMode = infoModeFromKey(q.value(4).toString()).value_or(InfoMode::Written);
        f.efirSignedAt = fromStored(q.value(5).toString());
        f.firstRemandAt = fromStored(q.value(6).toString());
        f.victimInformedAt = fromStored(q.value(7).toString());
        const QString uid = q.value(0).toString();
        facts.insert(uid, f);
        references.insert(uid, QStringLiteral("FIR %1/%2").arg(q.value(1).toInt()).arg(q.value(2).toInt()));
    }
    if (q.exec(QStringLiteral("SELECT x.fir_uid, s.act_code, s.section, s.max_punishment FROM fir_sections x "
                              "JOIN sections s ON s.act_code=x.act_code AND s.section=x.section "
                              "WHERE NOT EXISTS(SELECT 1 FROM final_reports r WHERE r.fir_uid=x.fir_uid AND r.status='approved')"))) {
        while (q.next()) {
            const auto it = facts.find(q.value(0).toString());
            if (it == facts.end())
                continue;
            Section s;
            s.actCode = q.value(1).toString();
            s.number = q.value(2).toString();
            s.maxPunishment = q.value(3).toString();
            it->sections << s;
        }
    }
    QList<CaseDeadline> result;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        for (const Deadline& d : CaseClocks::compute(it.value())) {
            if (d.state != Deadline::State::Met)
                result << CaseDeadline { it.key(), references.value(it.key()), d };
        }
    }
    std::sort(result.begin(), result.end(), [](const CaseDeadline& a, const CaseDeadline& b) {
        return a.deadline.lastDay != b.deadline.lastDay ? a.deadline.lastDay < b.deadline.lastDay : a.firReference < b.firReference;
    });
    return result;
}

Result<void> CaseService::recordCrimeDetails(const QString& firUid, const CrimeDetails& d, const User& actor)
{
    if (actor.role != Role::Sho && actor.uid != currentIo(firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO records its crime details."), {} };
    QList<Violation> v = checkWhen(firUid, QStringLiteral("recordedAt"), tr("Crime details"), m_clock.now());
    if (d.crimeHead.trimmed().isEmpty())
        v << Violation { QStringLiteral("crimeHead"), QStringLiteral("required"), tr("Crime head: is required.") };
    if (!v.isEmpty())
        return invalid(tr("The crime details cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("crime_details"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("fir_uid"), firUid },
                             { QStringLiteral("crime_head"), d.crimeHead.trimmed() }, { QStringLiteral("sub_head"), d.subHead.trimmed() },
                             { QStringLiteral("modus_operandi"), d.modusOperandi.trimmed() }, { QStringLiteral("place_type"), d.placeType.trimmed() },
                             { QStringLiteral("motive"), d.motive.trimmed() }, { QStringLiteral("scene"), d.scene.trimmed() },
                             { QStringLiteral("recorded_by"), actor.uid }, { QStringLiteral("recorded_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done;
    return uow.commit();
}

std::optional<CrimeDetails> CaseService::crimeDetails(const QString& firUid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT crime_head, sub_head, modus_operandi, place_type, motive, scene, recorded_by, recorded_at "
                                  "FROM crime_details WHERE fir_uid=? ORDER BY id DESC LIMIT 1"),
                   { firUid })
        || !q.next())
        return std::nullopt;
    return CrimeDetails { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), fromStored(q.value(7).toString()) };
}

Result<Statement> CaseService::recordStatement(Statement st, const User& actor)
{
    if (actor.uid != currentIo(st.firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer records statements."), {} };
    QList<Violation> v = checkWhen(st.firUid, QStringLiteral("recordedAt"), tr("Statement recorded at"), st.recordedAt);
    QSqlQuery q(m_db.connection());
    if (st.personUid.isEmpty() || !sql::exec(q, QStringLiteral("SELECT 1 FROM persons WHERE uid=?"), { st.personUid }) || !q.next())
        v << Violation { QStringLiteral("personUid"), QStringLiteral("case.person_unknown"), tr("Person: choose a recorded person.") };
    static const QStringList roles = { QStringLiteral("witness"), QStringLiteral("victim"), QStringLiteral("complainant"), QStringLiteral("expert") };
    if (!roles.contains(st.role))
        v << Violation { QStringLiteral("role"), QStringLiteral("case.statement_role"), tr("Given as: witness, victim, complainant or expert.") };
    if (st.text.trimmed().isEmpty())
        v << Violation { QStringLiteral("text"), QStringLiteral("required"), tr("Statement: the words of the person are required.") };
    if (!v.isEmpty())
        return invalid(tr("The statement cannot be recorded:"), v);
    st.uid = sql::newUid();
    st.text = st.text.trimmed();
    st.recordedBy = actor.uid;
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("statements"),
                           { { QStringLiteral("uid"), st.uid }, { QStringLiteral("fir_uid"), st.firUid }, { QStringLiteral("person_uid"), st.personUid },
                             { QStringLiteral("role"), st.role }, { QStringLiteral("recorded_at"), toStored(st.recordedAt) },
                             { QStringLiteral("text"), st.text }, { QStringLiteral("recorded_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           st.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return st;
}

QList<Statement> CaseService::statements(const QString& firUid) const
{
    QList<Statement> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, person_uid, role, recorded_at, text, recorded_by FROM statements WHERE fir_uid=? ORDER BY id"),
                   { firUid }))
        return result;
    while (q.next())
        result << Statement { q.value(0).toString(), firUid, q.value(1).toString(), q.value(2).toString(), fromStored(q.value(3).toString()),
                              q.value(4).toString(), q.value(5).toString() };
    return result;
}

Result<void> CaseService::dispatchFinalReport(const QString& firUid, const QString& court, const User& actor)
{
    if (actor.role != Role::Sho && actor.uid != currentIo(firUid))
        return Error { QStringLiteral("forbidden"), tr("Only the SHO or the case's investigating officer sends the final report to court."), {} };
    const auto report = finalReport(firUid);
    QList<Violation> v;
    if (!report || !report->approved)
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.dispatch_unapproved"), tr("Final report: only an approved final report goes to court.") };
    if (court.trimmed().isEmpty())
        v << Violation { QStringLiteral("court"), QStringLiteral("required"), tr("Court: name the court the report goes to.") };
    QSqlQuery q(m_db.connection());
    if (report && sql::exec(q, QStringLiteral("SELECT dispatched_at FROM final_reports WHERE uid=?"), { report->uid }) && q.next()
        && !q.value(0).isNull())
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.dispatched"), tr("Final report: already sent to court.") };
    if (!v.isEmpty())
        return invalid(tr("The final report cannot be sent:"), v);
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.update(QStringLiteral("final_reports"), report->uid,
                           { { QStringLiteral("court"), court.trimmed() }, { QStringLiteral("dispatched_at"), toStored(m_clock.now()) } });
    if (!done)
        return done;
    return uow.commit();
}

QString CaseService::transferredTo(const QString& firUid) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT to_unit FROM case_transfers WHERE fir_uid=?"), { firUid }) && q.next())
        return q.value(0).toString();
    return {};
}

Result<void> CaseService::transferCase(const QString& firUid, const QString& toUnit, const QString& reason, const QString& orderReference,
                                       const User& actor)
{
    if (actor.role != Role::Sho)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO transfers a case."), {} };
    QList<Violation> v = checkWhen(firUid, QStringLiteral("transferredAt"), tr("Transferred at"), m_clock.now());
    if (toUnit.trimmed().isEmpty())
        v << Violation { QStringLiteral("toUnit"), QStringLiteral("required"), tr("Transfer to: name the police station or agency.") };
    if (reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("reason"), QStringLiteral("required"), tr("Reason: say why the case is transferred.") };
    if (!v.isEmpty())
        return invalid(tr("The case cannot be transferred:"), v);
    const auto station = StationRepository(m_db).station();
    const auto fir = firBasics(m_db, firUid);
    UnitOfWork uow(m_db, actor.uid);
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("transfer"),
                                   tr("%1 transferred to %2: %3").arg(fir->reference, toUnit.trimmed(), reason.trimmed()), m_clock.now());
    if (!gd)
        return gd.error();
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("case_transfers"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("to_unit"), toUnit.trimmed() },
                             { QStringLiteral("reason"), reason.trimmed() }, { QStringLiteral("order_reference"), orderReference.trimmed() },
                             { QStringLiteral("transferred_by"), actor.uid }, { QStringLiteral("transferred_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done;
    return uow.commit();
}

} // namespace thana::core
