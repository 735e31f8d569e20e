#include "core/propertyservice.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/gdrepository.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace thana::core {

namespace {

const char* const kMoves[] = { "deposited", "to_lab", "from_lab", "to_court", "from_court", "returned", "disposed" };
const char* const kNatures[] = { "stolen", "recovered", "seized", "unclaimed" };

Error invalid(const QString& message, const QList<Violation>& v)
{
    return Error { QStringLiteral("invalid"), message, v };
}

bool mayWorkOn(const CaseService& cases, const QString& firUid, const User& actor)
{
    return actor.role == Role::Sho || actor.uid == cases.currentIo(firUid);
}

} // namespace

QString PropertyService::moveKey(CustodyMove::Kind kind)
{
    return QLatin1String(kMoves[int(kind)]);
}

Result<Seizure> PropertyService::recordSeizure(Seizure s, const QString& storeKeeper, const User& actor)
{
    CaseService cases(m_db, m_clock);
    if (!mayWorkOn(cases, s.firUid, actor))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO records a seizure."), {} };
    QList<Violation> v = cases.checkWhen(s.firUid, QStringLiteral("seizedAt"), tr("Seized at"), s.seizedAt);
    if (s.description.trimmed().isEmpty())
        v << Violation { QStringLiteral("description"), QStringLiteral("required"), tr("Description of the property: is required.") };
    if (s.witnesses.trimmed().isEmpty())
        v << Violation { QStringLiteral("witnesses"), QStringLiteral("case.seizure_witnesses"),
                         tr("Witnesses: name the witnesses of the search and seizure.") };
    if (s.valueRupees < 0)
        v << Violation { QStringLiteral("valueRupees"), QStringLiteral("fir.property_value"), tr("Value of property: cannot be negative.") };
    if (storeKeeper.trimmed().isEmpty())
        v << Violation { QStringLiteral("storeKeeper"), QStringLiteral("required"), tr("Store keeper: name who received it into the property store.") };
    if (!v.isEmpty())
        return invalid(tr("The seizure cannot be recorded:"), v);
    const auto station = StationRepository(m_db).station();
    UnitOfWork uow(m_db, actor.uid);
    const QDateTime now = m_clock.now();
    s.uid = sql::newUid();
    s.year = now.toTimeZone(stationZone()).date().year();
    auto number = uow.nextNumber(QStringLiteral("malkhana"), station->code, s.year);
    if (!number)
        return number.error();
    s.number = *number;
    auto gd = GdRepository::append(uow, station->code, QStringLiteral("seizure"),
                                   tr("Property seized and deposited in the property store as No. %1/%2: %3.")
                                       .arg(s.number)
                                       .arg(s.year)
                                       .arg(s.description.trimmed()),
                                   now);
    if (!gd)
        return gd.error();
    s.gdUid = gd->uid;
    auto done = uow.insert(QStringLiteral("seizures"),
                           { { QStringLiteral("uid"), s.uid }, { QStringLiteral("fir_uid"), s.firUid },
                             { QStringLiteral("station_code"), station->code }, { QStringLiteral("year"), s.year },
                             { QStringLiteral("number"), s.number }, { QStringLiteral("property_type"), s.propertyType.trimmed() },
                             { QStringLiteral("description"), s.description.trimmed() }, { QStringLiteral("value"), s.valueRupees },
                             { QStringLiteral("nature"), QLatin1String(kNatures[int(s.nature)]) },
                             { QStringLiteral("seized_at"), toStored(s.seizedAt) }, { QStringLiteral("place"), s.place.trimmed() },
                             { QStringLiteral("witnesses"), s.witnesses.trimmed() }, { QStringLiteral("gd_uid"), s.gdUid },
                             { QStringLiteral("seized_by"), actor.uid }, { QStringLiteral("created_at"), toStored(now) } },
                           s.uid);
    if (!done)
        return done.error();
    const QString moveUid = sql::newUid();
    done = uow.insert(QStringLiteral("custody_moves"),
                      { { QStringLiteral("uid"), moveUid }, { QStringLiteral("seizure_uid"), s.uid }, { QStringLiteral("at"), toStored(now) },
                        { QStringLiteral("kind"), moveKey(CustodyMove::Kind::Deposited) }, { QStringLiteral("party"), storeKeeper.trimmed() },
                        { QStringLiteral("reference"), QString() }, { QStringLiteral("moved_by"), actor.uid },
                        { QStringLiteral("created_at"), toStored(now) } },
                      moveUid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return s;
}

QList<EvidenceFile> PropertyService::evidence(const QString& firUid) const
{
    QList<EvidenceFile> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, name, sha256, size, description, collected_at, added_by FROM evidence_files WHERE fir_uid=? ORDER BY id"),
                   { firUid }))
        return result;
    while (q.next())
        result << EvidenceFile { q.value(0).toString(), firUid, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                 q.value(4).toString(), fromStored(q.value(5).toString()), q.value(6).toString() };
    return result;
}

QList<SeizureSummary> PropertyService::seizures(const QString& firUid) const
{
    QList<SeizureSummary> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, year, number, description FROM seizures WHERE fir_uid=? ORDER BY id"), { firUid }))
        return result;
    while (q.next())
        result << SeizureSummary { q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString() };
    return result;
}

QList<CustodyMove> PropertyService::chain(const QString& seizureUid) const
{
    QList<CustodyMove> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid, at, kind, party, reference, moved_by FROM custody_moves WHERE seizure_uid=? ORDER BY id"),
                   { seizureUid }))
        return result;
    while (q.next()) {
        CustodyMove m;
        m.uid = q.value(0).toString();
        m.seizureUid = seizureUid;
        m.at = fromStored(q.value(1).toString());
        for (int i = 0; i < 7; ++i) {
            if (q.value(2).toString() == QLatin1String(kMoves[i]))
                m.kind = CustodyMove::Kind(i);
        }
        m.party = q.value(3).toString();
        m.reference = q.value(4).toString();
        m.movedBy = q.value(5).toString();
        result << m;
    }
    return result;
}

Result<CustodyMove> PropertyService::move(const QString& seizureUid, CustodyMove::Kind kind, const QDateTime& at, const QString& party,
                                          const QString& reference, const User& actor)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT fir_uid FROM seizures WHERE uid=?"), { seizureUid }) || !q.next())
        return Error { QStringLiteral("not_found"), tr("The seized property is not on record."), {} };
    const QString firUid = q.value(0).toString();
    q.finish();
    CaseService cases(m_db, m_clock);
    if (!mayWorkOn(cases, firUid, actor))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO moves its property."), {} };
    const QList<CustodyMove> sofar = chain(seizureUid);
    QList<Violation> v = cases.checkWhen(firUid, QStringLiteral("at"), tr("Moved at"), at);
    using K = CustodyMove::Kind;
    const K last = sofar.isEmpty() ? K::Disposed : sofar.last().kind;
    const bool inStore = last == K::Deposited || last == K::FromLab || last == K::FromCourt;
    bool fits = false;
    switch (kind) {
    case K::Deposited:
        fits = false; // only with the seizure
        break;
    case K::ToLab:
    case K::ToCourt:
    case K::Returned:
    case K::Disposed:
        fits = inStore;
        break;
    case K::FromLab:
        fits = last == K::ToLab;
        break;
    case K::FromCourt:
        fits = last == K::ToCourt;
        break;
    }
    if (!fits)
        v << Violation { QStringLiteral("kind"), QStringLiteral("custody.order"),
                         tr("Movement: \"%1\" cannot follow \"%2\" in the chain of custody.").arg(moveKey(kind), moveKey(last)) };
    if (!sofar.isEmpty() && at.isValid() && at < sofar.last().at)
        v << Violation { QStringLiteral("at"), QStringLiteral("custody.time_order"), tr("Moved at: cannot be before the previous movement.") };
    if (party.trimmed().isEmpty())
        v << Violation { QStringLiteral("party"), QStringLiteral("required"), tr("To or from: name the laboratory, court, owner or store keeper.") };
    if (!v.isEmpty())
        return invalid(tr("The movement cannot be recorded:"), v);
    CustodyMove m { sql::newUid(), seizureUid, at, kind, party.trimmed(), reference.trimmed(), actor.uid };
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("custody_moves"),
                           { { QStringLiteral("uid"), m.uid }, { QStringLiteral("seizure_uid"), seizureUid }, { QStringLiteral("at"), toStored(at) },
                             { QStringLiteral("kind"), moveKey(kind) }, { QStringLiteral("party"), m.party },
                             { QStringLiteral("reference"), m.reference }, { QStringLiteral("moved_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           m.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return m;
}

Result<EvidenceFile> PropertyService::addEvidence(const QString& firUid, const QString& path, const QString& description,
                                                  const QDateTime& collectedAt, const User& actor)
{
    CaseService cases(m_db, m_clock);
    if (!mayWorkOn(cases, firUid, actor))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO adds evidence."), {} };
    QList<Violation> v = cases.checkWhen(firUid, QStringLiteral("collectedAt"), tr("Collected at"), collectedAt);
    if (description.trimmed().isEmpty())
        v << Violation { QStringLiteral("description"), QStringLiteral("required"), tr("Description: say what the record is and where it came from.") };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        v << Violation { QStringLiteral("file"), QStringLiteral("evidence.unreadable"), tr("File: %1 cannot be read.").arg(path) };
    if (!v.isEmpty())
        return invalid(tr("The evidence cannot be added:"), v);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return invalid(tr("The evidence cannot be added:"),
                       { Violation { QStringLiteral("file"), QStringLiteral("evidence.unreadable"), tr("File: %1 cannot be read.").arg(path) } });
    EvidenceFile e { sql::newUid(), firUid, QFileInfo(path).fileName(), QString::fromLatin1(hash.result().toHex()), f.size(),
                     description.trimmed(), collectedAt, actor.uid };
    // The file itself is kept beside the store under its hash, so a copy produced later
    // can be checked against the certificate.
    const QString kept = evidencePath(e.sha256);
    if (!QFile::exists(kept)) {
        QDir().mkpath(QFileInfo(kept).absolutePath());
        if (!QFile::copy(path, kept))
            return invalid(tr("The evidence cannot be added:"),
                           { Violation { QStringLiteral("file"), QStringLiteral("evidence.unreadable"),
                                         tr("File: %1 could not be kept beside the station store.").arg(path) } });
    }
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("evidence_files"),
                           { { QStringLiteral("uid"), e.uid }, { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("name"), e.name },
                             { QStringLiteral("sha256"), e.sha256 }, { QStringLiteral("size"), e.size },
                             { QStringLiteral("description"), e.description }, { QStringLiteral("collected_at"), toStored(collectedAt) },
                             { QStringLiteral("added_by"), actor.uid }, { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           e.uid);
    if (!done)
        return done.error().message.contains(QLatin1String("UNIQUE"))
            ? Error { QStringLiteral("invalid"), tr("The same file is already evidence in this case."), {} }
            : done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return e;
}

QString PropertyService::evidencePath(const QString& sha256) const
{
    return m_db.path() + QStringLiteral(".evidence/") + sha256;
}

QString PropertyService::evidenceCertificate(const QString& evidenceUid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT e.name, e.sha256, e.size, e.description, e.collected_at, coalesce(u.full_name, ''), coalesce(u.rank, ''), "
                                  "f.number, f.year FROM evidence_files e JOIN firs f ON f.uid = e.fir_uid "
                                  "LEFT JOIN users u ON u.uid = e.added_by WHERE e.uid=?"),
                   { evidenceUid })
        || !q.next())
        return {};
    const auto station = StationRepository(m_db).station();
    const QString when = fromStored(q.value(4).toString()).toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    return QStringLiteral("<h2>%1</h2><p>%2</p><table cellpadding='4'>"
                          "<tr><td>%3</td><td>%4</td></tr><tr><td>%5</td><td>%6</td></tr><tr><td>%7</td><td><tt>%8</tt></td></tr>"
                          "<tr><td>%9</td><td>%10</td></tr><tr><td>%11</td><td>%12</td></tr></table><p>%13</p><p>%14</p>")
        .arg(tr("Certificate under section 63 of the Bharatiya Sakshya Adhiniyam, 2023"),
             tr("%1, %2: FIR %3/%4").arg(station ? station->nameEn : QString(), station ? station->code : QString()).arg(q.value(7).toInt()).arg(q.value(8).toInt()),
             tr("Electronic record"), q.value(0).toString().toHtmlEscaped(), tr("Description"), q.value(3).toString().toHtmlEscaped(),
             tr("SHA-256 hash"), q.value(1).toString(), tr("Size"), tr("%1 bytes").arg(q.value(2).toLongLong()), tr("Produced on"), when)
        .arg(tr("I certify that the electronic record described above was produced from a computer or device in lawful use, that its "
                "hash was computed when it was taken into this case, and that a copy produced later is the same record if its SHA-256 "
                "hash is the one printed here."),
             tr("Signed: %1 %2").arg(q.value(6).toString().toHtmlEscaped(), q.value(5).toString().toHtmlEscaped()));
}

Result<void> PropertyService::recordDisposal(const QString& firUid, const QString& court, const QString& caseNumber, const QString& disposal,
                                             const QDateTime& disposedAt, const QString& sentence, const User& actor)
{
    CaseService cases(m_db, m_clock);
    if (!mayWorkOn(cases, firUid, actor))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO records the court's disposal."), {} };
    QList<Violation> v = cases.checkWhen(firUid, QStringLiteral("disposedAt"), tr("Disposed of on"), disposedAt);
    const auto report = cases.finalReport(firUid);
    if (!report || !report->approved)
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.disposal_before_report"),
                         tr("Court disposal: the case has no approved final report yet.") };
    else if (disposedAt.isValid() && disposedAt < report->approvedAt)
        v << Violation { QStringLiteral("disposedAt"), QStringLiteral("case.disposal_before_report"),
                         tr("Disposed of on: cannot be before the final report was approved.") };
    static const QStringList disposals = { QStringLiteral("convicted"), QStringLiteral("acquitted"), QStringLiteral("discharged"),
                                           QStringLiteral("compounded") };
    if (!disposals.contains(disposal))
        v << Violation { QStringLiteral("disposal"), QStringLiteral("case.disposal_kind"),
                         tr("Disposal: one of convicted, acquitted, discharged or compounded.") };
    if (court.trimmed().isEmpty() || caseNumber.trimmed().isEmpty())
        v << Violation { QStringLiteral("court"), QStringLiteral("required"), tr("Court and case number: both are required.") };
    if (disposal == QLatin1String("convicted") && sentence.trimmed().isEmpty())
        v << Violation { QStringLiteral("sentence"), QStringLiteral("required"), tr("Sentence: record the sentence of a conviction.") };
    if (!v.isEmpty())
        return invalid(tr("The court's disposal cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("court_disposals"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("fir_uid"), firUid }, { QStringLiteral("court"), court.trimmed() },
                             { QStringLiteral("case_number"), caseNumber.trimmed() }, { QStringLiteral("disposal"), disposal },
                             { QStringLiteral("disposed_at"), toStored(disposedAt) }, { QStringLiteral("sentence"), sentence.trimmed() },
                             { QStringLiteral("recorded_by"), actor.uid }, { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done.error().message.contains(QLatin1String("UNIQUE"))
            ? Result<void>(Error { QStringLiteral("invalid"), tr("The court's disposal of this case is already on record."), {} })
            : done;
    return uow.commit();
}

Result<void> PropertyService::recordAppeal(const QString& firUid, const QString& court, const QDateTime& filedAt, const QString& result,
                                           const QDateTime& decidedAt, const User& actor)
{
    CaseService cases(m_db, m_clock);
    if (!mayWorkOn(cases, firUid, actor))
        return Error { QStringLiteral("forbidden"), tr("Only the case's investigating officer or the SHO records an appeal."), {} };
    QSqlQuery q(m_db.connection());
    QList<Violation> v;
    QString disposalUid;
    QDateTime disposedAt;
    if (sql::exec(q, QStringLiteral("SELECT uid, disposed_at FROM court_disposals WHERE fir_uid=?"), { firUid }) && q.next()) {
        disposalUid = q.value(0).toString();
        disposedAt = fromStored(q.value(1).toString());
    } else {
        v << Violation { QStringLiteral("firUid"), QStringLiteral("case.appeal_before_disposal"), tr("Appeal: the case has no court disposal yet.") };
    }
    if (!filedAt.isValid() || (disposedAt.isValid() && filedAt < disposedAt))
        v << Violation { QStringLiteral("filedAt"), QStringLiteral("case.appeal_order"), tr("Filed on: cannot be before the disposal appealed against.") };
    if (!decidedAt.isValid() || (filedAt.isValid() && decidedAt < filedAt))
        v << Violation { QStringLiteral("decidedAt"), QStringLiteral("case.appeal_order"), tr("Decided on: cannot be before the appeal was filed.") };
    static const QStringList results = { QStringLiteral("upheld"), QStringLiteral("reversed"), QStringLiteral("modified"),
                                         QStringLiteral("remanded"), QStringLiteral("dismissed") };
    if (!results.contains(result))
        v << Violation { QStringLiteral("result"), QStringLiteral("case.appeal_result"),
                         tr("Result: one of upheld, reversed, modified, remanded or dismissed.") };
    if (court.trimmed().isEmpty())
        v << Violation { QStringLiteral("court"), QStringLiteral("required"), tr("Appellate court: is required.") };
    if (!v.isEmpty())
        return invalid(tr("The appeal cannot be recorded:"), v);
    UnitOfWork uow(m_db, actor.uid);
    const QString uid = sql::newUid();
    auto done = uow.insert(QStringLiteral("appeals"),
                           { { QStringLiteral("uid"), uid }, { QStringLiteral("disposal_uid"), disposalUid }, { QStringLiteral("court"), court.trimmed() },
                             { QStringLiteral("filed_at"), toStored(filedAt) }, { QStringLiteral("result"), result },
                             { QStringLiteral("decided_at"), toStored(decidedAt) }, { QStringLiteral("recorded_by"), actor.uid },
                             { QStringLiteral("created_at"), toStored(m_clock.now()) } },
                           uid);
    if (!done)
        return done;
    return uow.commit();
}

} // namespace thana::core
