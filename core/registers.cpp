#include "core/registers.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/disclosure.h"
#include "core/sqlutil.h"
#include "core/user.h"

#include <QIODevice>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thana::core {

namespace {

struct Definition {
    const char* id;
    const char* titleEn;
    const char* titleHi;
    QList<QPair<const char*, const char*>> columns; ///< English, Hindi
    const char* query;     ///< selects the columns, then the row's instant as "at"; a query with a
                           ///< condition of its own ends in "AND 1"
    const char* when;      ///< the column that dates the row
    bool masksVictims;     ///< the row's names are withheld from viewers not on a sensitive case
};

const QList<Definition>& definitions()
{
    static const QList<Definition> list = {
        { "fir", "FIR register (Register 1)", "प्रथम सूचना रिपोर्ट रजिस्टर (रजिस्टर 1)",
          { { "FIR No.", "प्र.सू.रि. क्र." }, { "Registered", "दर्ज" }, { "Sections", "धाराएँ" }, { "Complainant", "शिकायतकर्ता" },
            { "Place", "स्थान" }, { "Investigating officer", "विवेचना अधिकारी" }, { "Final report", "अंतिम रिपोर्ट" } },
          "SELECT f.number || '/' || f.year, f.registered_at, "
          "(SELECT group_concat(x.act_code || ' ' || x.section, ', ') FROM fir_sections x WHERE x.fir_uid = f.uid), "
          "(SELECT p.name_en || CASE WHEN p.name_local <> '' THEN ' / ' || p.name_local ELSE '' END FROM fir_parties x "
          " JOIN persons p ON p.uid = x.person_uid WHERE x.fir_uid = f.uid AND x.kind = 'complainant'), "
          "f.place_address, coalesce(u.full_name, ''), "
          "coalesce((SELECT r.kind || ' ' || r.status FROM final_reports r WHERE r.fir_uid = f.uid ORDER BY r.id DESC LIMIT 1), ''), "
          "f.registered_at AS at, f.uid AS fir_uid, coalesce(f.io_uid, '') AS io_uid "
          "FROM firs f LEFT JOIN users u ON u.uid = f.io_uid",
          "f.registered_at", true },
        { "gd", "General Diary", "सामान्य दैनिकी",
          { { "GD No.", "जीडी क्र." }, { "Time", "समय" }, { "Kind", "प्रकार" }, { "Entry", "प्रविष्टि" }, { "Officer", "अधिकारी" } },
          // The kind in words, English and Hindi, as the rest of the register.
          "SELECT g.number || '/' || g.year, g.entry_at, CASE g.kind "
          "WHEN 'general' THEN 'General / सामान्य' "
          "WHEN 'departure' THEN 'Departure / रवानगी' "
          "WHEN 'arrival' THEN 'Arrival / वापसी' "
          "WHEN 'information' THEN 'Information received / सूचना प्राप्त' "
          "WHEN 'custody' THEN 'Persons in custody / हिरासत में व्यक्ति' "
          "WHEN 'complaint' THEN 'Complaint / शिकायत' "
          "WHEN 'fir' THEN 'FIR registered / प्र.सू.रि. दर्ज' "
          "WHEN 'arrest' THEN 'Arrest / गिरफ्तारी' "
          "WHEN 'seizure' THEN 'Seizure / जब्ती' "
          "WHEN 'transfer' THEN 'Case transferred / प्रकरण स्थानांतरित' "
          "WHEN 'correction' THEN 'Correction / संशोधन' "
          "WHEN 'missing' THEN 'Missing person / गुमशुदा व्यक्ति' "
          "WHEN 'udb' THEN 'Unidentified body / अज्ञात शव' "
          "WHEN 'found' THEN 'Person found / प्राप्त व्यक्ति' "
          "ELSE g.kind END, g.summary, coalesce(u.full_name, ''), g.entry_at AS at "
          "FROM gd_entries g LEFT JOIN users u ON u.uid = g.officer_uid",
          "g.entry_at", false },
        { "arrests", "Arrest register", "गिरफ्तारी रजिस्टर",
          { { "FIR No.", "प्र.सू.रि. क्र." }, { "Accused code", "अभियुक्त कोड" }, { "Name", "नाम" }, { "Arrested / surrendered", "गिरफ्तारी / आत्मसमर्पण" },
            { "Time", "समय" }, { "Outcome", "परिणाम" }, { "Informed", "सूचित" } },
          "SELECT f.number || '/' || f.year, a.accused_code, p.name_en || CASE WHEN p.name_local <> '' THEN ' / ' || p.name_local ELSE '' END, "
          "a.kind, a.at, a.outcome, a.informed, a.at AS at FROM arrests a JOIN firs f ON f.uid = a.fir_uid JOIN persons p ON p.uid = a.person_uid",
          "a.at", false },
        { "property", "Property store (malkhana) register", "मालखाना रजिस्टर",
          { { "No.", "क्र." }, { "FIR No.", "प्र.सू.रि. क्र." }, { "Property", "संपत्ति" }, { "Value (Rs.)", "मूल्य (रु.)" }, { "Nature", "प्रकृति" },
            { "Seized", "जब्ती" }, { "Where it is now", "वर्तमान स्थिति" } },
          "SELECT s.number || '/' || s.year, f.number || '/' || f.year, s.description, s.value, s.nature, s.seized_at, "
          "(SELECT m.kind || ': ' || m.party FROM custody_moves m WHERE m.seizure_uid = s.uid ORDER BY m.id DESC LIMIT 1), s.seized_at AS at "
          "FROM seizures s JOIN firs f ON f.uid = s.fir_uid",
          "s.seized_at", false },
        { "unclaimed", "Unclaimed property register", "लावारिस संपत्ति रजिस्टर",
          { { "No.", "क्र." }, { "Property", "संपत्ति" }, { "Value (Rs.)", "मूल्य (रु.)" }, { "Found", "प्राप्ति" }, { "Place", "स्थान" } },
          "SELECT s.number || '/' || s.year, s.description, s.value, s.seized_at, s.place, s.seized_at AS at FROM seizures s "
          "WHERE s.nature = 'unclaimed' AND 1",
          "s.seized_at", false },
        { "complaints", "Complaint and petition register", "शिकायत एवं प्रार्थना पत्र रजिस्टर",
          { { "No.", "क्र." }, { "Received", "प्राप्ति" }, { "How", "माध्यम" }, { "Subject", "विषय" }, { "Action", "कार्यवाही" } },
          "SELECT c.number || '/' || c.year, c.received_at, c.mode, c.subject, c.action, c.received_at AS at FROM complaints c",
          "c.received_at", false },
        { "ncr", "Non-cognizable report register", "असंज्ञेय रिपोर्ट रजिस्टर",
          { { "No.", "क्र." }, { "Received", "प्राप्ति" }, { "Subject", "विषय" }, { "Note", "टिप्पणी" } },
          "SELECT c.number || '/' || c.year, c.received_at, c.subject, c.action_note, c.received_at AS at FROM complaints c "
          "WHERE c.action = 'ncr' AND 1",
          "c.received_at", false },
        { "missing", "Missing persons register", "गुमशुदा व्यक्ति रजिस्टर",
          { { "No.", "क्र." }, { "Reported", "रिपोर्ट" }, { "Name", "नाम" }, { "Gender", "लिंग" }, { "Age", "आयु" },
            { "Height (cm)", "ऊँचाई (से.मी.)" }, { "Identifying marks", "पहचान चिह्न" }, { "Clothing", "पहनावा" },
            { "Missing since", "कब से गुमशुदा" }, { "Last seen at", "अंतिम बार कहाँ देखा गया" }, { "Reported by", "सूचनाकर्ता" },
            { "Status", "स्थिति" }, { "Traced on", "पता चलने की तिथि" } },
          "SELECT m.number || '/' || m.year, m.reported_at, m.name, m.gender, "
          "CASE WHEN m.age_min = m.age_max THEN m.age_min ELSE m.age_min || '-' || m.age_max END, coalesce(m.height_cm, ''), "
          "m.marks, m.clothing, m.missing_since, m.last_seen_place, "
          "p.name_en || CASE WHEN p.name_local <> '' THEN ' / ' || p.name_local ELSE '' END, "
          "CASE WHEN t.uid IS NULL THEN 'missing' ELSE 'traced: ' || t.place || '; ' || t.how END, coalesce(t.traced_at, ''), "
          "m.reported_at AS at FROM missing_persons m JOIN persons p ON p.uid = m.reported_by "
          "LEFT JOIN missing_traces t ON t.missing_uid = m.uid",
          "m.reported_at", false },
        { "udb", "Unidentified dead bodies register", "अज्ञात शव रजिस्टर",
          { { "No.", "क्र." }, { "Found", "प्राप्ति" }, { "Place", "स्थान" }, { "Gender", "लिंग" }, { "Apparent age", "अनुमानित आयु" },
            { "Height (cm)", "ऊँचाई (से.मी.)" }, { "Identifying marks", "पहचान चिह्न" }, { "Clothing", "पहनावा" },
            { "Probable cause of death", "मृत्यु का संभावित कारण" }, { "Inquest (BNSS s.194)", "पंचनामा (बीएनएसएस धारा 194)" },
            { "Status", "स्थिति" }, { "Identified on", "पहचान की तिथि" } },
          "SELECT b.number || '/' || b.year, b.found_at, b.place, b.gender, "
          "CASE WHEN b.age_min = b.age_max THEN b.age_min ELSE b.age_min || '-' || b.age_max END, coalesce(b.height_cm, ''), "
          "b.marks, b.clothing, b.probable_cause, b.inquest_note, "
          "CASE WHEN i.uid IS NULL THEN 'unidentified' ELSE 'identified as ' || i.identified_as || ' by ' || i.identified_by END, "
          "coalesce(i.identified_at, ''), b.found_at AS at FROM unidentified_bodies b LEFT JOIN body_identifications i ON i.body_uid = b.uid",
          "b.found_at", false },
        { "found", "Found persons register", "प्राप्त व्यक्ति रजिस्टर",
          { { "No.", "क्र." }, { "Found", "प्राप्ति" }, { "Place", "स्थान" }, { "Name given", "बताया गया नाम" }, { "Gender", "लिंग" },
            { "Apparent age", "अनुमानित आयु" }, { "Height (cm)", "ऊँचाई (से.मी.)" }, { "Identifying marks", "पहचान चिह्न" },
            { "Clothing", "पहनावा" }, { "Placed with", "कहाँ रखा गया" } },
          "SELECT f.number || '/' || f.year, f.found_at, f.place, f.name, f.gender, "
          "CASE WHEN f.age_min = f.age_max THEN f.age_min ELSE f.age_min || '-' || f.age_max END, coalesce(f.height_cm, ''), "
          "f.marks, f.clothing, f.placed_with, f.found_at AS at FROM found_persons f",
          "f.found_at", false },
        { "history", "History sheets register", "हिस्ट्रीशीट रजिस्टर",
          { { "No.", "क्र." }, { "Opened", "खोली गई" }, { "Person", "व्यक्ति" }, { "Category", "श्रेणी" }, { "Grounds", "आधार" },
            { "FIRs", "प्र.सू.रि." }, { "Opened by", "खोलने वाले अधिकारी" }, { "Closed", "बंद" }, { "Reason for closing", "बंद करने का कारण" } },
          "SELECT h.number || '/' || h.year, h.opened_at, "
          "p.name_en || CASE WHEN p.name_local <> '' THEN ' / ' || p.name_local ELSE '' END, h.category, h.grounds, "
          "coalesce((SELECT group_concat(f.number || '/' || f.year, ', ') FROM history_sheet_firs x JOIN firs f ON f.uid = x.fir_uid "
          " WHERE x.sheet_uid = h.uid), ''), coalesce(u.full_name, ''), coalesce(c.closed_at, ''), coalesce(c.reason, ''), "
          "h.opened_at AS at FROM history_sheets h JOIN persons p ON p.uid = h.person_uid LEFT JOIN users u ON u.uid = h.opened_by "
          "LEFT JOIN history_sheet_closures c ON c.sheet_uid = h.uid",
          "h.opened_at", false },
        { "processes", "Summons and warrants register", "सम्मन एवं वारंट रजिस्टर",
          { { "No.", "क्र." }, { "Received", "प्राप्ति" }, { "Kind", "प्रकार" }, { "Court", "न्यायालय" }, { "Case", "प्रकरण" },
            { "Person to be served", "तामील हेतु व्यक्ति" }, { "Date fixed", "नियत तिथि" }, { "Officer", "अधिकारी" },
            { "Service status", "तामील की स्थिति" }, { "Status on", "स्थिति की तिथि" } },
          "SELECT p.number || '/' || p.year, p.received_at, replace(p.kind, '_', ' '), p.court, p.case_reference, "
          "p.person_name || CASE WHEN p.person_address <> '' THEN ', ' || p.person_address ELSE '' END, "
          "strftime('%d-%m-%Y', p.due_date), coalesce(u.full_name, ''), "
          "coalesce((SELECT CASE e.kind WHEN 'served' THEN 'served ' || e.how || ' on ' || e.served_on "
          "  WHEN 'unserved' THEN 'unserved: ' || e.reason "
          "  ELSE 'returned to court, ' || CASE WHEN EXISTS(SELECT 1 FROM process_events s WHERE s.process_uid = p.uid AND s.kind = 'served') "
          "  THEN 'served' ELSE 'unserved' END END FROM process_events e WHERE e.process_uid = p.uid ORDER BY e.id DESC LIMIT 1), 'pending'), "
          "coalesce((SELECT e.at FROM process_events e WHERE e.process_uid = p.uid ORDER BY e.id DESC LIMIT 1), ''), "
          "p.received_at AS at FROM processes p LEFT JOIN users u ON u.uid = p.assigned_to",
          "p.received_at", false },
        { "visitors", "Visitors register", "आगंतुक रजिस्टर",
          { { "No.", "क्र." }, { "Name", "नाम" }, { "Address / phone", "पता / फ़ोन" }, { "Purpose", "प्रयोजन" }, { "Whom met", "किससे मिले" },
            { "Time in", "आने का समय" }, { "Time out", "जाने का समय" } },
          "SELECT v.number || '/' || v.year, v.name, "
          "v.address || CASE WHEN v.address <> '' AND v.phone <> '' THEN ' / ' ELSE '' END || v.phone, v.purpose, v.whom_met, "
          "v.in_at, coalesce(v.out_at, ''), v.in_at AS at FROM visitors v",
          "v.in_at", false },
    };
    return list;
}

const Definition* find(const QString& id)
{
    for (const Definition& d : definitions()) {
        if (id == QLatin1String(d.id))
            return &d;
    }
    return nullptr;
}

QString display(const QVariant& v)
{
    const QString s = v.toString();
    // Stored instants read as the station's time.
    if (s.size() == 24 && s.endsWith(QLatin1Char('Z')) && s.at(10) == QLatin1Char('T'))
        return fromStored(s).toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    return s;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList Registers::ids()
{
    QStringList result;
    for (const Definition& d : definitions())
        result << QLatin1String(d.id);
    return result;
}

Result<RegisterView> Registers::view(const QString& id, const QDate& from, const QDate& to, const User& viewer, int limit, int offset) const
{
    const Definition* d = find(id);
    if (!d)
        return Error { QStringLiteral("invalid"), tr("Register: \"%1\" is not one of %2.").arg(id, ids().join(QStringLiteral(", "))), {} };
    RegisterView v { id, QString::fromUtf8(d->titleEn), QString::fromUtf8(d->titleHi), {}, {}, {} };
    for (const auto& [en, hi] : d->columns) {
        v.columnsEn << QString::fromUtf8(en);
        v.columnsHi << QString::fromUtf8(hi);
    }
    QStringList conditions;
    QVariantList values;
    if (from.isValid()) {
        conditions << QStringLiteral("%1 >= ?").arg(QLatin1String(d->when));
        values << toStored(QDateTime(from, QTime(0, 0), stationZone()));
    }
    if (to.isValid()) {
        conditions << QStringLiteral("%1 < ?").arg(QLatin1String(d->when));
        values << toStored(QDateTime(to.addDays(1), QTime(0, 0), stationZone()));
    }
    QString query = QString::fromUtf8(d->query);
    // Definitions with a condition of their own end in "AND 1", to which the period is added.
    const bool ownCondition = query.endsWith(QLatin1String(" AND 1"));
    if (!conditions.isEmpty())
        query += (ownCondition ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ")) + conditions.join(QStringLiteral(" AND "));
    query += QStringLiteral(" ORDER BY at LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, query, values))
        return sql::dbError(q);
    const int columns = int(d->columns.size());
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << display(q.value(i));
        if (d->masksVictims) {
            const QString firUid = q.value(QStringLiteral("fir_uid")).toString();
            QSqlQuery s(m_db.connection());
            const bool sensitive = sql::exec(s, QStringLiteral("SELECT %1 FROM firs f WHERE f.uid=?").arg(Disclosure::firSensitiveSql()), { firUid })
                && s.next() && s.value(0).toBool();
            if (sensitive && !Disclosure::mayIdentifyVictim(viewer, q.value(QStringLiteral("io_uid")).toString())) {
                row[3] = Disclosure::withheld();
                row[4] = Disclosure::withheld();
            }
        }
        v.rows << row;
    }
    return v;
}

Result<int> Registers::writeCsv(const QString& id, const QDate& from, const QDate& to, const User& viewer, QIODevice& out) const
{
    int written = 0;
    bool header = false;
    for (int offset = 0;; offset += 1000) {
        auto page = view(id, from, to, viewer, 1000, offset);
        if (!page)
            return page.error();
        if (!header) {
            QStringList titles;
            for (int i = 0; i < page->columnsEn.size(); ++i)
                titles << csvField(page->columnsEn.at(i) + QStringLiteral(" / ") + page->columnsHi.at(i));
            out.write("\xEF\xBB\xBF");
            out.write(titles.join(QLatin1Char(',')).toUtf8() + "\r\n");
            header = true;
        }
        for (const QStringList& row : page->rows) {
            QStringList fields;
            for (const QString& f : row)
                fields << csvField(f);
            out.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
            ++written;
        }
        if (page->rows.size() < 1000)
            break;
    }
    return written;
}

} // namespace thana::core
