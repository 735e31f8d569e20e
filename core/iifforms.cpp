#include "core/iifforms.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace thana::core::iifforms {

namespace {

struct Label {
    const char* en;
    const char* hi;
};

QString heading(const Label& l)
{
    return QStringLiteral("%1 / %2").arg(QString::fromUtf8(l.en), QString::fromUtf8(l.hi));
}

QString when(const QString& stored)
{
    const QDateTime t = fromStored(stored);
    return t.isValid() ? t.toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

/// One row of a query as a map of column to text.
QSqlRecord one(Database& db, const QString& text, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, text, values) || !q.next())
        return {};
    return q.record();
}

QString form(Database& db, const Label& form, const Label& title, const QString& firReference, const QList<QPair<Label, QString>>& rows)
{
    const auto station = StationRepository(db).station();
    QString html = QStringLiteral("<html><body><p align='right'>%1</p><h2 align='center'>%2</h2><p align='center'>%3 · %4 · %5</p>"
                                  "<table border='1' cellspacing='0' cellpadding='5' width='100%'>")
                       .arg(heading(form).toHtmlEscaped(), heading(title).toHtmlEscaped(),
                            station ? QString(station->nameEn + QStringLiteral(" / ") + station->nameLocal).toHtmlEscaped() : QString(),
                            station ? station->code.toHtmlEscaped() : QString(), firReference.toHtmlEscaped());
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td width='35%'><b>%1</b></td><td>%2</td></tr>")
                    .arg(heading(label).toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += QStringLiteral("</table><p><br/><br/>%1</p></body></html>").arg(heading({ "Signature of the officer", "अधिकारी के हस्ताक्षर" }));
    return html;
}

QString firReference(const QSqlRecord& r)
{
    return QStringLiteral("FIR %1/%2").arg(r.value(QStringLiteral("fir_number")).toInt()).arg(r.value(QStringLiteral("fir_year")).toInt());
}

const char* const kFirJoin = " JOIN firs f ON f.uid = x.fir_uid ";

} // namespace

QString crimeDetails(Database& db, const QString& firUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT x.*, f.number AS fir_number, f.year AS fir_year, coalesce(u.full_name, '') AS officer "
                                            "FROM crime_details x%1LEFT JOIN users u ON u.uid = x.recorded_by WHERE x.fir_uid=? ORDER BY x.id DESC LIMIT 1")
                                 .arg(QLatin1String(kFirJoin)),
                             { firUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    return form(db, { "IIF-II", "आईआईएफ-II" }, { "Crime Details Form", "अपराध विवरण प्रपत्र" }, firReference(r),
                { { { "Crime head", "अपराध शीर्ष" }, v("crime_head") },
                  { { "Sub-head", "उप-शीर्ष" }, v("sub_head") },
                  { { "Modus operandi", "अपराध का तरीका" }, v("modus_operandi") },
                  { { "Type of place", "स्थान का प्रकार" }, v("place_type") },
                  { { "Motive", "उद्देश्य" }, v("motive") },
                  { { "Description of the scene", "घटनास्थल का विवरण" }, v("scene") },
                  { { "Recorded by", "दर्ज करने वाले" }, v("officer") },
                  { { "Recorded at", "दर्ज करने का समय" }, when(v("recorded_at")) } });
}

QString arrestMemo(Database& db, const QString& arrestUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT x.*, f.number AS fir_number, f.year AS fir_year, p.name_en, p.name_local, p.relative_name, "
                                            "p.address_present, coalesce(g.number || '/' || g.year, '') AS gd_ref FROM arrests x%1"
                                            "JOIN persons p ON p.uid = x.person_uid LEFT JOIN gd_entries g ON g.uid = x.gd_uid WHERE x.uid=?")
                                 .arg(QLatin1String(kFirJoin)),
                             { arrestUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    const bool surrender = v("kind") == QLatin1String("surrender");
    return form(db, { "IIF-III", "आईआईएफ-III" }, { "Arrest / Court Surrender Memo", "गिरफ्तारी / न्यायालय में आत्मसमर्पण ज्ञापन" }, firReference(r),
                { { { "Accused code", "अभियुक्त कोड" }, v("accused_code") },
                  { { "Name", "नाम" }, QStringList { v("name_en"), v("name_local") }.join(QStringLiteral(" / ")) },
                  { { "Father's / husband's name", "पिता / पति का नाम" }, v("relative_name") },
                  { { "Address", "पता" }, v("address_present") },
                  { { surrender ? "Surrendered at" : "Arrested at", surrender ? "आत्मसमर्पण का समय" : "गिरफ्तारी का समय" }, when(v("at")) },
                  { { surrender ? "Court" : "Place of arrest", surrender ? "न्यायालय" : "गिरफ्तारी का स्थान" }, surrender ? v("court") : v("place") },
                  { { "GD entry", "सामान्य दैनिकी प्रविष्टि" }, v("gd_ref") },
                  { { "Outcome", "परिणाम" }, v("outcome") },
                  { { "Remanded at", "रिमांड का समय" }, when(v("remanded_at")) },
                  { { "Relative / friend and designated officer informed", "सूचित किए गए संबंधी / मित्र एवं नामित अधिकारी" }, v("informed") } });
}

QString seizureMemo(Database& db, const QString& seizureUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT x.*, f.number AS fir_number, f.year AS fir_year, coalesce(g.number || '/' || g.year, '') AS gd_ref "
                                            "FROM seizures x%1LEFT JOIN gd_entries g ON g.uid = x.gd_uid WHERE x.uid=?")
                                 .arg(QLatin1String(kFirJoin)),
                             { seizureUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    return form(db, { "IIF-IV", "आईआईएफ-IV" }, { "Property Search and Seizure Form", "संपत्ति तलाशी एवं जब्ती प्रपत्र" }, firReference(r),
                { { { "Property store number", "मालखाना क्रमांक" }, v("number") + QLatin1Char('/') + v("year") },
                  { { "Type of property", "संपत्ति का प्रकार" }, v("property_type") },
                  { { "Description", "विवरण" }, v("description") },
                  { { "Value (Rs.)", "मूल्य (रु.)" }, v("value") },
                  { { "Nature", "प्रकृति" }, v("nature") },
                  { { "Seized at", "जब्ती का समय" }, when(v("seized_at")) },
                  { { "Place", "स्थान" }, v("place") },
                  { { "Witnesses", "गवाह" }, v("witnesses") },
                  { { "GD entry", "सामान्य दैनिकी प्रविष्टि" }, v("gd_ref") } });
}

QString finalReport(Database& db, const QString& firUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT x.*, f.number AS fir_number, f.year AS fir_year, coalesce(d.full_name, '') AS drafter, "
                                            "coalesce(a.full_name, '') AS approver FROM final_reports x%1"
                                            "LEFT JOIN users d ON d.uid = x.drafted_by LEFT JOIN users a ON a.uid = x.approved_by "
                                            "WHERE x.fir_uid=? ORDER BY x.status='approved' DESC, x.id DESC LIMIT 1")
                                 .arg(QLatin1String(kFirJoin)),
                             { firUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    const bool chargeSheet = v("kind") == QLatin1String("chargesheet");
    return form(db, { "IIF-V", "आईआईएफ-V" }, { "Final Report under BNSS s.193", "बीएनएसएस धारा 193 के अंतर्गत अंतिम रिपोर्ट" }, firReference(r),
                { { { "Kind of report", "रिपोर्ट का प्रकार" }, chargeSheet ? QStringLiteral("Charge sheet / आरोप पत्र") : QStringLiteral("Closure / खात्मा") },
                  { { "Findings", "निष्कर्ष" }, v("summary") },
                  { { "Drafted by (investigating officer)", "तैयार करने वाले (विवेचना अधिकारी)" }, v("drafter") },
                  { { "Drafted at", "तैयार करने का समय" }, when(v("drafted_at")) },
                  { { "Approved by (SHO)", "अनुमोदनकर्ता (थाना प्रभारी)" }, v("status") == QLatin1String("approved") ? v("approver") : QStringLiteral("—") },
                  { { "Approved at", "अनुमोदन का समय" }, when(v("approved_at")) },
                  { { "Court", "न्यायालय" }, v("court") },
                  { { "Sent to court at", "न्यायालय भेजने का समय" }, when(v("dispatched_at")) } });
}

QString courtDisposal(Database& db, const QString& firUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT x.*, f.number AS fir_number, f.year AS fir_year FROM court_disposals x%1WHERE x.fir_uid=?")
                                 .arg(QLatin1String(kFirJoin)),
                             { firUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    return form(db, { "IIF-VI", "आईआईएफ-VI" }, { "Court Disposal Form", "न्यायालय निपटारा प्रपत्र" }, firReference(r),
                { { { "Court", "न्यायालय" }, v("court") },
                  { { "Case number", "प्रकरण क्रमांक" }, v("case_number") },
                  { { "Disposal", "निपटारा" }, v("disposal") },
                  { { "Date of disposal", "निपटारे की तिथि" }, when(v("disposed_at")) },
                  { { "Sentence", "दंड" }, v("sentence") } });
}

QString appeal(Database& db, const QString& firUid)
{
    const QSqlRecord r = one(db,
                             QStringLiteral("SELECT a.*, f.number AS fir_number, f.year AS fir_year, x.case_number FROM appeals a "
                                            "JOIN court_disposals x ON x.uid = a.disposal_uid%1WHERE x.fir_uid=? ORDER BY a.id DESC LIMIT 1")
                                 .arg(QLatin1String(kFirJoin)),
                             { firUid });
    if (r.isEmpty())
        return {};
    auto v = [&r](const char* c) { return r.value(QLatin1String(c)).toString(); };
    return form(db, { "IIF-VII", "आईआईएफ-VII" }, { "Result of Appeal Form", "अपील परिणाम प्रपत्र" }, firReference(r),
                { { { "Case appealed against", "जिस प्रकरण के विरुद्ध अपील" }, v("case_number") },
                  { { "Appellate court", "अपीलीय न्यायालय" }, v("court") },
                  { { "Filed on", "दायर करने की तिथि" }, when(v("filed_at")) },
                  { { "Result", "परिणाम" }, v("result") },
                  { { "Decided on", "निर्णय की तिथि" }, when(v("decided_at")) } });
}

} // namespace thana::core::iifforms
