#include "core/interchange.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/recordrules.h"
#include "core/registerchain.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thana::core {

namespace {

/// The parts of a case file, in the order they are written back: what a row refers
/// to comes before it.
const char* const kParts[] = { "users", "persons", "gd_entries", "complaints", "firs", "fir_sections", "fir_parties",
                               "fir_amendments", "case_io", "arrests", "case_diary", "final_reports", "efir_signatures",
                               "seizures", "custody_moves", "evidence_files", "court_disposals", "appeals", "crime_details", "statements",
                               "case_transfers" };

/// Columns never exported: local row numbers and credentials.
bool isLocalColumn(const QString& table, const QString& column)
{
    return column == QLatin1String("id") || (table == QLatin1String("users") && column == QLatin1String("password_hash"));
}

QJsonObject rowObject(const QString& table, const QSqlRecord& record)
{
    QJsonObject o;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (isLocalColumn(table, name))
            continue;
        o.insert(name, record.isNull(i) ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(record.value(i)));
    }
    return o;
}

QJsonArray rows(const Database& db, const QString& table, const QString& where, const QVariantList& values)
{
    QJsonArray result;
    QSqlQuery q(db.connection());
    // Tables keyed by their identity have no row numbers: order them by it.
    const QString order = table == QLatin1String("fir_sections")    ? QStringLiteral("act_code, section")
        : table == QLatin1String("fir_parties")                      ? QStringLiteral("position, kind, person_uid")
        : table == QLatin1String("efir_signatures")                  ? QStringLiteral("fir_uid")
                                                                     : QStringLiteral("rowid");
    if (!sql::exec(q, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(table, where, order), values))
        return result;
    while (q.next())
        result.append(rowObject(table, q.record()));
    return result;
}

QJsonArray rowsByUid(const Database& db, const QString& table, const QSet<QString>& uids)
{
    QJsonArray result;
    QStringList sorted(uids.begin(), uids.end());
    sorted.sort();
    for (const QString& uid : std::as_const(sorted)) {
        if (uid.isEmpty())
            continue;
        for (const QJsonValue& v : rows(db, table, QStringLiteral("uid=?"), { uid }))
            result.append(v);
    }
    return result;
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Violation violation(const char* field, const char* rule, const QString& message)
{
    return Violation { QLatin1String(field), QLatin1String(rule), message };
}

/// The identity columns of a row of `table`, for telling whether it is already stored.
QString identity(const QString& table, const QJsonObject& row)
{
    if (table == QLatin1String("fir_sections"))
        return text(row, "fir_uid") + QLatin1Char('/') + text(row, "act_code") + QLatin1Char(' ') + text(row, "section");
    if (table == QLatin1String("fir_parties"))
        return text(row, "fir_uid") + QLatin1Char('/') + text(row, "kind") + QLatin1Char('/') + text(row, "person_uid");
    if (table == QLatin1String("efir_signatures"))
        return text(row, "fir_uid");
    return text(row, "uid");
}

QString identityWhere(const QString& table)
{
    if (table == QLatin1String("fir_sections"))
        return QStringLiteral("fir_uid || '/' || act_code || ' ' || section = ?");
    if (table == QLatin1String("fir_parties"))
        return QStringLiteral("fir_uid || '/' || kind || '/' || person_uid = ?");
    if (table == QLatin1String("efir_signatures"))
        return QStringLiteral("fir_uid = ?");
    return QStringLiteral("uid = ?");
}

} // namespace

Result<QJsonObject> Interchange::exportCase(const QString& firUid) const
{
    const QJsonArray firRows = rows(m_db, QStringLiteral("firs"), QStringLiteral("uid=?"), { firUid });
    if (firRows.isEmpty())
        return Error { QStringLiteral("not_found"), tr("There is no FIR %1 in the store.").arg(firUid), {} };
    const QJsonObject fir = firRows.first().toObject();
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QLatin1String(kFormat));
    doc.insert(QStringLiteral("version"), kVersion);
    const auto station = StationRepository(m_db).station();
    doc.insert(QStringLiteral("station"), station ? station->code : QString());

    QJsonObject parts;
    parts.insert(QStringLiteral("firs"), firRows);
    for (const char* table : { "fir_sections", "fir_parties", "fir_amendments", "case_io", "arrests", "case_diary", "final_reports",
                               "efir_signatures", "seizures", "evidence_files", "court_disposals", "crime_details", "statements",
                               "case_transfers" })
        parts.insert(QLatin1String(table), rows(m_db, QLatin1String(table), QStringLiteral("fir_uid=?"), { firUid }));
    parts.insert(QStringLiteral("custody_moves"),
                 rows(m_db, QStringLiteral("custody_moves"), QStringLiteral("seizure_uid IN (SELECT uid FROM seizures WHERE fir_uid=?)"), { firUid }));
    parts.insert(QStringLiteral("appeals"),
                 rows(m_db, QStringLiteral("appeals"), QStringLiteral("disposal_uid IN (SELECT uid FROM court_disposals WHERE fir_uid=?)"), { firUid }));

    QSet<QString> gd { text(fir, "gd_uid") };
    QSet<QString> persons;
    QSet<QString> users { text(fir, "io_uid"), text(fir, "created_by") };
    QJsonArray complaints;
    if (!text(fir, "complaint_uid").isEmpty()) {
        complaints = rows(m_db, QStringLiteral("complaints"), QStringLiteral("uid=?"), { text(fir, "complaint_uid") });
        for (const QJsonValue& c : complaints) {
            gd << text(c.toObject(), "gd_uid");
            persons << text(c.toObject(), "complainant_uid");
            users << text(c.toObject(), "created_by");
        }
    }
    for (const QJsonValue& p : parts.value(QLatin1String("fir_parties")).toArray())
        persons << text(p.toObject(), "person_uid");
    for (const QJsonValue& a : parts.value(QLatin1String("arrests")).toArray()) {
        persons << text(a.toObject(), "person_uid");
        gd << text(a.toObject(), "gd_uid");
        users << text(a.toObject(), "created_by");
    }
    for (const QJsonValue& seizure : parts.value(QLatin1String("seizures")).toArray())
        gd << text(seizure.toObject(), "gd_uid");
    for (const QJsonValue& st : parts.value(QLatin1String("statements")).toArray())
        persons << text(st.toObject(), "person_uid");
    for (const char* table : { "fir_amendments", "case_io", "case_diary", "final_reports", "efir_signatures", "seizures", "custody_moves",
                               "evidence_files", "court_disposals", "appeals", "crime_details", "statements", "case_transfers" }) {
        for (const QJsonValue& v : parts.value(QLatin1String(table)).toArray()) {
            const QJsonObject o = v.toObject();
            for (const char* column : { "created_by", "io_uid", "assigned_by", "drafted_by", "approved_by", "recorded_by", "seized_by",
                                        "moved_by", "added_by", "transferred_by" })
                users << text(o, column);
        }
    }
    const QJsonArray gdRows = rowsByUid(m_db, QStringLiteral("gd_entries"), gd);
    for (const QJsonValue& g : gdRows)
        users << text(g.toObject(), "officer_uid") << text(g.toObject(), "created_by");
    const QJsonArray personRows = rowsByUid(m_db, QStringLiteral("persons"), persons);
    for (const QJsonValue& p : personRows)
        users << text(p.toObject(), "created_by");
    parts.insert(QStringLiteral("gd_entries"), gdRows);
    parts.insert(QStringLiteral("complaints"), complaints);
    parts.insert(QStringLiteral("persons"), personRows);
    parts.insert(QStringLiteral("users"), rowsByUid(m_db, QStringLiteral("users"), users));
    doc.insert(QStringLiteral("records"), parts);
    return doc;
}

Result<int> Interchange::exportAll(const QString& dir) const
{
    if (!QDir().mkpath(dir))
        return Error { QStringLiteral("io"), tr("The folder %1 could not be made.").arg(dir), {} };
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uid, year, number FROM firs ORDER BY year, number")))
        return sql::dbError(q);
    QList<std::tuple<QString, int, int>> firs;
    while (q.next())
        firs << std::make_tuple(q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt());
    int written = 0;
    for (const auto& [uid, year, number] : std::as_const(firs)) {
        auto doc = exportCase(uid);
        if (!doc)
            return doc.error();
        QSaveFile f(QDir(dir).filePath(QStringLiteral("FIR-%1-%2.json").arg(year).arg(number, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(*doc).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
            return Error { QStringLiteral("io"), tr("%1 could not be written: %2").arg(f.fileName(), f.errorString()), {} };
        ++written;
    }
    return written;
}

ImportOutcome Interchange::importCase(const QJsonObject& doc, const QString& actorUid)
{
    ImportOutcome out;
    auto refuse = [&out](const Violation& v) {
        out.kind = ImportOutcome::Kind::Refused;
        out.violations << v;
        return out;
    };
    if (doc.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return refuse(violation("format", "import.format", tr("File: not a Thana case file (format \"%1\").").arg(doc.value(QLatin1String("format")).toString())));
    if (doc.value(QLatin1String("version")).toInt() != kVersion)
        return refuse(violation("version", "import.version",
                                tr("File: version %1 of the case format; this program reads version %2.").arg(doc.value(QLatin1String("version")).toInt()).arg(kVersion)));
    const auto station = StationRepository(m_db).station();
    if (!station)
        return refuse(violation("station", "import.no_station", tr("Store: create the station before importing cases.")));
    if (text(doc, "station") != station->code)
        return refuse(violation("station", "import.other_station",
                                tr("Station: the case belongs to %1; this store is station %2.").arg(text(doc, "station"), station->code)));
    const QJsonObject parts = doc.value(QLatin1String("records")).toObject();
    const QJsonArray firRows = parts.value(QLatin1String("firs")).toArray();
    if (firRows.size() != 1)
        return refuse(violation("firs", "import.one_fir", tr("FIR: a case file holds exactly one FIR.")));
    const QJsonObject fir = firRows.first().toObject();
    const QString firUid = text(fir, "uid");
    out.reference = QStringLiteral("FIR %1/%2").arg(fir.value(QLatin1String("number")).toInt()).arg(fir.value(QLatin1String("year")).toInt());

    // Already here: the same case changes nothing; a different one is refused.
    {
        QSqlQuery q(m_db.connection());
        if (sql::exec(q, QStringLiteral("SELECT 1 FROM firs WHERE uid=?"), { firUid }) && q.next()) {
            // Officers are compared by identity only: imported ones are kept inactive.
            auto existing = exportCase(firUid);
            QJsonObject stored = existing ? existing->value(QLatin1String("records")).toObject() : QJsonObject();
            QJsonObject incoming = parts;
            stored.remove(QStringLiteral("users"));
            incoming.remove(QStringLiteral("users"));
            if (existing && stored == incoming) {
                out.kind = ImportOutcome::Kind::Unchanged;
                return out;
            }
            return refuse(violation("firs", "import.differs",
                                    tr("FIR: %1 is already in the store with different contents; nothing was changed.").arg(out.reference)));
        }
    }

    // Every row by the rules that guard it when written here.
    QHash<QString, QJsonObject> byKey; // table/uid -> row, for lookups within the file
    QList<Violation> v;
    for (const char* table : kParts) {
        for (const QJsonValue& value : parts.value(QLatin1String(table)).toArray()) {
            const QJsonObject row = value.toObject();
            const QString key = identity(QLatin1String(table), row);
            byKey.insert(QLatin1String(table) + QLatin1Char(':') + key, row);
            if (QLatin1String(table) == QLatin1String("users"))
                continue;
            for (const Violation& broken : RecordRules::checkChange(station->code, QLatin1String(table), QStringLiteral("insert"), key, row))
                v << broken;
        }
    }
    FirRows firCheck;
    firCheck.fir = fir;
    for (const QJsonValue& s : parts.value(QLatin1String("fir_sections")).toArray())
        firCheck.sections << s.toObject();
    for (const QJsonValue& p : parts.value(QLatin1String("fir_parties")).toArray())
        firCheck.parties << p.toObject();
    const auto lookup = [&](const char* table, const QString& uid) -> std::optional<QJsonObject> {
        if (const auto it = byKey.constFind(QLatin1String(table) + QLatin1Char(':') + uid); it != byKey.constEnd())
            return *it;
        const QJsonArray stored = rows(m_db, QLatin1String(table), QStringLiteral("uid=?"), { uid });
        return stored.isEmpty() ? std::nullopt : std::optional<QJsonObject>(stored.first().toObject());
    };
    firCheck.gd = lookup("gd_entries", text(fir, "gd_uid"));
    if (!text(fir, "io_uid").isEmpty())
        firCheck.io = lookup("users", text(fir, "io_uid"));
    v << RecordRules::checkFir(firCheck);

    // The case after the FIR is dated within it, and written by whom the law says.
    const QDateTime registered = fromStored(text(fir, "registered_at"));
    const QDateTime occurred = fromStored(text(fir, "occurrence_from"));
    auto within = [&](const char* table, const char* column, const QString& label) {
        for (const QJsonValue& value : parts.value(QLatin1String(table)).toArray()) {
            const QDateTime at = fromStored(text(value.toObject(), column));
            if (!at.isValid() || at < registered)
                v << violation(column, "case.before_fir", tr("%1: cannot be before the FIR was registered.").arg(label));
            else if (at < occurred)
                v << violation(column, "case.before_occurrence", tr("%1: cannot be before the occurrence began.").arg(label));
        }
    };
    within("arrests", "at", tr("Arrested at"));
    within("case_diary", "at", tr("Case diary entry"));
    within("final_reports", "drafted_at", tr("Final report"));
    within("seizures", "seized_at", tr("Seized at"));
    within("custody_moves", "at", tr("Moved at"));
    QList<QJsonObject> arrests;
    for (const QJsonValue& a : parts.value(QLatin1String("arrests")).toArray())
        arrests << a.toObject();
    std::sort(arrests.begin(), arrests.end(), [](const QJsonObject& a, const QJsonObject& b) { return text(a, "at") < text(b, "at"); });
    for (int i = 0; i < arrests.size(); ++i) {
        const QString expected = CaseService::accusedCode(i);
        if (text(arrests.at(i), "accused_code") != expected)
            v << violation("accused_code", "case.accused_code",
                           tr("Accused code: the accused arrested %1 in order is %2, not %3.").arg(i + 1).arg(expected, text(arrests.at(i), "accused_code")));
    }
    for (const QJsonValue& r : parts.value(QLatin1String("final_reports")).toArray()) {
        const QJsonObject report = r.toObject();
        if (text(report, "status") == QLatin1String("approved")) {
            const auto approver = lookup("users", text(report, "approved_by"));
            if (!approver || text(*approver, "role") != QLatin1String("sho"))
                v << violation("approved_by", "case.report_approver", tr("Final report: approved by someone who is not the SHO."));
        }
        // The IO of the case when it was drafted: the last reassignment before it, else the FIR's.
        QString io = text(fir, "io_uid");
        for (const QJsonValue& c : parts.value(QLatin1String("case_io")).toArray()) {
            if (text(c.toObject(), "assigned_at") <= text(report, "drafted_at"))
                io = text(c.toObject(), "io_uid");
        }
        if (text(report, "drafted_by") != io)
            v << violation("drafted_by", "case.report_not_io", tr("Final report: drafted by an officer who was not the case's IO."));
    }
    if (!v.isEmpty()) {
        out.kind = ImportOutcome::Kind::Refused;
        out.violations = v;
        return out;
    }

    // Written whole in one transaction, through the write path.
    UnitOfWork uow(m_db, actorUid);
    QList<QPair<QString, QString>> chained; // register, record: in the order written
    for (const char* table : kParts) {
        for (const QJsonValue& value : parts.value(QLatin1String(table)).toArray()) {
            QJsonObject row = value.toObject();
            const QString key = identity(QLatin1String(table), row);
            QSqlQuery q(m_db.connection());
            if (sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(QLatin1String(table), identityWhere(QLatin1String(table))), { key }) && q.next())
                continue; // an officer, person or diary entry already here (shared with another case)
            if (QLatin1String(table) == QLatin1String("users")) {
                // Officers come over without credentials and cannot log in until an
                // administrator gives them a password.
                row.insert(QStringLiteral("password_hash"), QStringLiteral("!"));
                row.insert(QStringLiteral("active"), 0);
            }
            Row columns;
            for (auto it = row.begin(); it != row.end(); ++it)
                columns << qMakePair(it.key(), it.value().isNull() ? QVariant(QMetaType(QMetaType::QString)) : it.value().toVariant());
            auto done = uow.insert(QLatin1String(table), columns, key);
            if (!done) {
                const QString detail = done.error().message;
                if (detail.contains(QLatin1String("UNIQUE")) && detail.contains(QLatin1String("number")))
                    return refuse(violation("number", "import.number_taken",
                                            tr("Number: %1 of this case is already used by another record in the store.").arg(QLatin1String(table))));
                return refuse(violation(table, "import.storage", detail));
            }
            if (QLatin1String(table) == QLatin1String("gd_entries"))
                chained.append({ QStringLiteral("gd"), key });
            else if (QLatin1String(table) == QLatin1String("firs"))
                chained.append({ QStringLiteral("fir"), key });
            if (row.contains(QLatin1String("number")) && row.contains(QLatin1String("year")) && row.contains(QLatin1String("station_code"))) {
                const QString counter = QLatin1String(table) == QLatin1String("firs") ? QStringLiteral("fir")
                    : QLatin1String(table) == QLatin1String("gd_entries")             ? QStringLiteral("gd")
                    : QLatin1String(table) == QLatin1String("seizures")               ? QStringLiteral("malkhana")
                                                                                      : QStringLiteral("complaint");
                auto raised = uow.writeLocal(QStringLiteral("INSERT INTO counters(name, station_code, year, last_number) VALUES(?,?,?,?) "
                                                            "ON CONFLICT(name, station_code, year) DO UPDATE SET last_number = "
                                                            "max(last_number, excluded.last_number)"),
                                             { counter, text(row, "station_code"), row.value(QLatin1String("year")).toInt(),
                                               row.value(QLatin1String("number")).toInt() });
                if (!raised)
                    return refuse(violation(table, "import.storage", raised.error().message));
            }
        }
    }
    // The diary entries and the FIR join the station's chains, the FIR with its sections
    // and parties, as if they had been written here.
    for (const auto& [registerName, uid] : std::as_const(chained)) {
        if (auto linked = RegisterChain::append(uow, registerName, uid); !linked)
            return refuse(violation("store", "import.storage", linked.error().message));
    }
    if (auto committed = uow.commit(); !committed)
        return refuse(violation("store", "import.storage", committed.error().message));
    out.kind = ImportOutcome::Kind::Imported;
    return out;
}

QList<ImportOutcome> Interchange::importDirectory(const QString& dir, const QString& actorUid)
{
    QList<ImportOutcome> result;
    const QStringList files = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(QDir(dir).filePath(name));
        ImportOutcome outcome;
        QJsonParseError error {};
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error) : QJsonDocument();
        if (!doc.isObject()) {
            outcome.violations << violation("file", "import.json", tr("File: not readable JSON (%1).").arg(error.errorString()));
        } else {
            outcome = importCase(doc.object(), actorUid);
        }
        outcome.file = name;
        result << outcome;
    }
    return result;
}

} // namespace thana::core
