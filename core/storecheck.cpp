#include "core/storecheck.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/firrepository.h"
#include "core/firrules.h"
#include "core/gdrepository.h"
#include "core/masterdata.h"
#include "core/migrations.h"
#include "core/sqlutil.h"
#include "core/userrepository.h"

#include <QSqlQuery>

namespace thana::core {

QList<Finding> StoreCheck::run(const std::function<void(const QString&)>& progress) const
{
    QList<Finding> out;
    auto step = [&progress](const QString& what) {
        if (progress)
            progress(what);
    };
    step(tr("SQLite integrity and foreign keys"));
    checkSqlite(out);
    step(tr("Register numbering"));
    checkNumbering(out);
    step(tr("General Diary order"));
    checkDiaryOrder(out);
    step(tr("FIR rules"));
    checkFirs(out);
    step(tr("Complaints"));
    checkComplaints(out);
    step(tr("Change log"));
    checkChangeLog(out);
    return out;
}

void StoreCheck::checkSqlite(QList<Finding>& out) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                out << Finding { QStringLiteral("SQLite"), QStringLiteral("sqlite.integrity"), line };
        }
    } else {
        out << Finding { QStringLiteral("SQLite"), QStringLiteral("sqlite.integrity"), q.lastQuery() };
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            out << Finding { q.value(0).toString(), QStringLiteral("sqlite.foreign_key"),
                             tr("Row %1 of %2 refers to a missing row of %3.").arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()) };
    }
    const int version = migrations::currentVersion(m_db.connection());
    if (version != migrations::latest())
        out << Finding { QStringLiteral("SQLite"), QStringLiteral("schema.version"),
                         tr("Schema version is %1; this program expects %2.").arg(version).arg(migrations::latest()) };
    const QStringList triggers = { QStringLiteral("gd_entries_no_update"), QStringLiteral("gd_entries_no_delete"),
                                   QStringLiteral("firs_no_update"), QStringLiteral("firs_no_delete"),
                                   QStringLiteral("fir_sections_no_update"), QStringLiteral("fir_sections_no_delete"),
                                   QStringLiteral("fir_amendments_no_update"), QStringLiteral("fir_amendments_no_delete"),
                                   QStringLiteral("arrests_no_update"), QStringLiteral("arrests_no_delete"),
                                   QStringLiteral("case_diary_no_update"), QStringLiteral("case_diary_no_delete"),
                                   QStringLiteral("register_chain_no_update"), QStringLiteral("register_chain_no_delete"),
                                   QStringLiteral("missing_persons_no_update"), QStringLiteral("unidentified_bodies_no_update"),
                                   QStringLiteral("history_sheets_no_update"), QStringLiteral("processes_no_update"),
                                   QStringLiteral("process_events_no_update"), QStringLiteral("visitors_out_once") };
    for (const QString& t : triggers) {
        if (!sql::exec(q, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type='trigger' AND name=?"), { t }) || !q.next())
            out << Finding { QStringLiteral("SQLite"), QStringLiteral("schema.immutability"),
                             tr("The guard %1 that keeps registered records unchangeable is missing.").arg(t) };
    }
}

void StoreCheck::checkNumbering(QList<Finding>& out) const
{
    struct Register {
        const char* table;
        const char* counter;
        QString label;
    };
    const QList<Register> registers = { { "firs", "fir", tr("FIR register") },
                                        { "gd_entries", "gd", tr("General Diary") },
                                        { "complaints", "complaint", tr("Complaint register") },
                                        { "seizures", "malkhana", tr("Property store register") },
                                        { "missing_persons", "missing", tr("Missing persons register") },
                                        { "unidentified_bodies", "udb", tr("Unidentified dead bodies register") },
                                        { "found_persons", "found", tr("Found persons register") },
                                        { "history_sheets", "history", tr("History sheets register") },
                                        { "processes", "process", tr("Summons and warrants register") },
                                        { "visitors", "visitor", tr("Visitors register") } };
    QSqlQuery q(m_db.connection());
    for (const Register& r : registers) {
        const QString table = QLatin1String(r.table);
        if (!q.exec(QStringLiteral("SELECT t.station_code, t.year, count(*), min(t.number), max(t.number), "
                                   "(SELECT last_number FROM counters c WHERE c.name='%2' AND c.station_code=t.station_code AND c.year=t.year) "
                                   "FROM %1 t GROUP BY t.station_code, t.year")
                        .arg(table, QLatin1String(r.counter))))
            continue;
        while (q.next()) {
            const QString where = QStringLiteral("%1 %2").arg(r.label, q.value(1).toString());
            const int count = q.value(2).toInt();
            const int minimum = q.value(3).toInt();
            const int maximum = q.value(4).toInt();
            if (minimum != 1 || maximum != count)
                out << Finding { where, QStringLiteral("numbering.gap"),
                                 tr("Numbers are not 1 to %1 without gaps: %2 records, numbered %3 to %4.")
                                     .arg(maximum)
                                     .arg(count)
                                     .arg(minimum)
                                     .arg(maximum) };
            if (q.value(5).isNull() || q.value(5).toInt() != maximum)
                out << Finding { where, QStringLiteral("numbering.counter"),
                                 tr("The next number to issue (%1) does not follow the last record (%2).")
                                     .arg(q.value(5).toInt() + 1)
                                     .arg(maximum) };
        }
    }
    QStringList holders;
    for (const Register& r : registers)
        holders << QStringLiteral("SELECT 1 FROM %1 WHERE c.name='%2' AND year=c.year").arg(QLatin1String(r.table), QLatin1String(r.counter));
    if (q.exec(QStringLiteral("SELECT name, year, last_number FROM counters c WHERE last_number > 0 AND NOT EXISTS(%1)")
                   .arg(holders.join(QStringLiteral(" UNION ALL "))))) {
        while (q.next())
            out << Finding { QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString()), QStringLiteral("numbering.orphan"),
                             tr("Numbers up to %1 were issued but no record holds them.").arg(q.value(2).toInt()) };
    }
}

void StoreCheck::checkDiaryOrder(QList<Finding>& out) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT b.year, b.number, a.number FROM gd_entries a JOIN gd_entries b ON b.station_code = a.station_code "
                               "AND b.year = a.year AND b.number = a.number + 1 WHERE b.entry_at < a.entry_at LIMIT 100")))
        return;
    while (q.next())
        out << Finding { QStringLiteral("GD %1/%2").arg(q.value(1).toInt()).arg(q.value(0).toInt()), QStringLiteral("gd.order"),
                         tr("This entry is timed before the entry numbered before it (%1).").arg(q.value(2).toInt()) };
    if (q.exec(QStringLiteral("SELECT g.number, g.year FROM gd_entries g LEFT JOIN gd_entries o ON o.uid = g.corrects_uid "
                              "WHERE g.corrects_uid IS NOT NULL AND (o.uid IS NULL OR o.id >= g.id)"))) {
        while (q.next())
            out << Finding { QStringLiteral("GD %1/%2").arg(q.value(0).toInt()).arg(q.value(1).toInt()), QStringLiteral("gd.correction"),
                             tr("This correction does not refer to an earlier entry.") };
    }
}

void StoreCheck::checkFirs(QList<Finding>& out) const
{
    MasterData md(m_db);
    FirRuleContext base;
    for (const Act& a : md.acts())
        base.acts.insert(a.code, a);
    UserRepository users(m_db);
    User auditor;
    auditor.role = Role::Sho; // sees every record unmasked
    FirRepository firs(m_db);
    GdRepository gd(m_db);
    QStringList uids;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT uid FROM firs ORDER BY id"))) {
            while (q.next())
                uids << q.value(0).toString();
        }
    }
    for (const QString& uid : uids) {
        const auto fir = firs.byUid(uid, auditor);
        if (!fir)
            continue;
        FirRuleContext c = base;
        c.registeredAt = fir->registeredAt;
        c.gd = gd.byUid(fir->gdUid);
        for (const Section& s : fir->sections)
            c.sections.insert(s.key(), s);
        if (!fir->ioUid.isEmpty())
            c.io = users.byUid(fir->ioUid);
        // An officer who has since left remains the FIR's officer of record.
        if (c.io)
            c.io->active = true;
        for (const Violation& v : FirRules::check(*fir, c))
            out << Finding { fir->reference(), v.rule, v.message };
    }
}

void StoreCheck::checkComplaints(QList<Finding>& out) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT c.number, c.year FROM complaints c LEFT JOIN firs f ON f.uid = c.fir_uid "
                              "WHERE c.action = 'fir' AND (f.uid IS NULL OR f.complaint_uid IS NOT c.uid)"))) {
        while (q.next())
            out << Finding { tr("Petition %1/%2").arg(q.value(0).toInt()).arg(q.value(1).toInt()), QStringLiteral("complaint.fir_link"),
                             tr("Marked as registered as an FIR, but no FIR refers to it.") };
    }
    if (q.exec(QStringLiteral("SELECT f.number, f.year FROM firs f JOIN complaints c ON c.uid = f.complaint_uid WHERE c.action <> 'fir'"))) {
        while (q.next())
            out << Finding { tr("FIR %1/%2").arg(q.value(0).toInt()).arg(q.value(1).toInt()), QStringLiteral("complaint.fir_link"),
                             tr("The complaint this FIR came from is not marked as registered.") };
    }
}

void StoreCheck::checkChangeLog(QList<Finding>& out) const
{
    QSqlQuery q(m_db.connection());
    for (const char* table : { "persons", "gd_entries", "complaints", "firs", "fir_amendments", "missing_persons", "missing_traces",
                               "unidentified_bodies", "body_identifications", "found_persons", "history_sheets", "history_sheet_firs",
                               "history_sheet_closures", "processes", "process_events", "visitors" }) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS(SELECT 1 FROM change_log l WHERE l.uid = t.uid)")
                       .arg(QLatin1String(table)))
            && q.next() && q.value(0).toInt() > 0)
            out << Finding { QLatin1String(table), QStringLiteral("changelog.missing"),
                             tr("%n record(s) were written outside the change log and would never reach the State Data Centre.", nullptr,
                                q.value(0).toInt()) };
    }
}

} // namespace thana::core
