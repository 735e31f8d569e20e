#include "core/reports.h"

#include "core/caseclocks.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/sqlutil.h"

#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <cmath>
#include <iterator>

Q_LOGGING_CATEGORY(lcReports, "thana.core.reports")

namespace thana::core {

namespace {

struct HeadDefinition {
    const char* id;
    const char* titleEn;
    const char* titleHi;
};

// Gravest first: the order breaks ties between sections of equal punishment and is the
// order of the review's rows.
constexpr HeadDefinition kHeads[] = {
    { "murder", QT_TRANSLATE_NOOP("Reports", "Murder"), "हत्या" },
    { "culpable_homicide", QT_TRANSLATE_NOOP("Reports", "Culpable homicide not amounting to murder"), "हत्या की कोटि में न आने वाला आपराधिक मानव वध" },
    { "rape", QT_TRANSLATE_NOOP("Reports", "Rape"), "बलात्कार" },
    { "pocso", QT_TRANSLATE_NOOP("Reports", "Sexual offences against children (POCSO Act)"), "बालकों के विरुद्ध लैंगिक अपराध (पॉक्सो अधिनियम)" },
    { "attempt_murder", QT_TRANSLATE_NOOP("Reports", "Attempt to murder"), "हत्या का प्रयास" },
    { "dacoity", QT_TRANSLATE_NOOP("Reports", "Dacoity"), "डकैती" },
    { "kidnapping", QT_TRANSLATE_NOOP("Reports", "Kidnapping and abduction"), "व्यपहरण एवं अपहरण" },
    { "robbery", QT_TRANSLATE_NOOP("Reports", "Robbery"), "लूट" },
    { "women", QT_TRANSLATE_NOOP("Reports", "Other crimes against women"), "महिलाओं के विरुद्ध अन्य अपराध" },
    { "burglary", QT_TRANSLATE_NOOP("Reports", "House-breaking and burglary"), "गृह-भेदन एवं सेंधमारी" },
    { "rioting", QT_TRANSLATE_NOOP("Reports", "Rioting"), "बलवा" },
    { "hurt", QT_TRANSLATE_NOOP("Reports", "Hurt"), "उपहति" },
    { "theft", QT_TRANSLATE_NOOP("Reports", "Theft"), "चोरी" },
    { "breach_of_trust", QT_TRANSLATE_NOOP("Reports", "Criminal breach of trust"), "आपराधिक न्यासभंग" },
    { "cheating", QT_TRANSLATE_NOOP("Reports", "Cheating"), "छल" },
    { "ndps", QT_TRANSLATE_NOOP("Reports", "NDPS Act"), "एनडीपीएस अधिनियम" },
    { "arms", QT_TRANSLATE_NOOP("Reports", "Arms Act"), "आयुध अधिनियम" },
    { "others", QT_TRANSLATE_NOOP("Reports", "Other offences"), "अन्य अपराध" },
};

const char* const kAuxiliary = "";

/// Sections by act and number, as the master data writes them, and the head each falls under.
const QHash<QString, QString>& sectionHeads()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char* act, std::initializer_list<const char*> numbers, const char* head) {
            for (const char* n : numbers)
                m.insert(QLatin1String(act) + QLatin1Char(' ') + QLatin1String(n), QLatin1String(head));
        };
        auto addRange = [&m](const char* act, int first, int last, const char* head) {
            for (int n = first; n <= last; ++n)
                m.insert(QLatin1String(act) + QLatin1Char(' ') + QString::number(n), QLatin1String(head));
        };
        // Bharatiya Nyaya Sanhita, 2023.
        add("BNS", { "103", "104" }, "murder");
        add("BNS", { "105" }, "culpable_homicide");
        addRange("BNS", 64, 71, "rape");
        add("BNS", { "109" }, "attempt_murder");
        add("BNS", { "310" }, "dacoity");
        add("BNS", { "87", "137", "139", "140", "141", "142" }, "kidnapping");
        add("BNS", { "309", "311", "312" }, "robbery");
        add("BNS", { "74", "75", "76", "77", "78", "79", "80", "81", "84", "85", "86" }, "women");
        add("BNS", { "331", "332" }, "burglary");
        add("BNS", { "191" }, "rioting");
        addRange("BNS", 115, 124, "hurt");
        addRange("BNS", 303, 307, "theft");
        add("BNS", { "316" }, "breach_of_trust");
        add("BNS", { "318", "319" }, "cheating");
        // Abetment (ss.45-60), conspiracy (s.61), attempt in general (s.62), common intention
        // (s.3(5)) and common object (s.190) go with the offence they join.
        addRange("BNS", 45, 62, kAuxiliary);
        add("BNS", { "3", "190" }, kAuxiliary);
        // Indian Penal Code, 1860, for occurrences before 1 July 2024.
        add("IPC", { "302" }, "murder");
        add("IPC", { "304" }, "culpable_homicide");
        add("IPC", { "376", "376A", "376AB", "376B", "376C", "376D", "376DA", "376DB", "376E" }, "rape");
        add("IPC", { "307" }, "attempt_murder");
        add("IPC", { "395", "396", "399", "400", "402" }, "dacoity");
        add("IPC", { "363", "363A", "364", "364A", "365", "366", "366A", "366B", "367", "368", "369" }, "kidnapping");
        add("IPC", { "392", "393", "394", "397", "398" }, "robbery");
        add("IPC", { "304B", "354", "354A", "354B", "354C", "354D", "493", "498", "498A", "509" }, "women");
        add("IPC", { "449", "450", "451", "452", "453", "454", "455", "456", "457", "458", "459", "460" }, "burglary");
        add("IPC", { "147", "148" }, "rioting");
        add("IPC", { "323", "324", "325", "326", "326A", "326B", "327", "328", "329", "330", "331", "332", "333", "335" }, "hurt");
        add("IPC", { "379", "380", "381", "382" }, "theft");
        add("IPC", { "406", "407", "408", "409" }, "breach_of_trust");
        add("IPC", { "417", "418", "419", "420" }, "cheating");
        add("IPC", { "34", "109", "114", "115", "120B", "149", "511" }, kAuxiliary);
        // Special acts: dowry offences are crimes against women; NDPS, Arms and POCSO whole.
        add("DPA", { "3", "4" }, "women");
        return m;
    }();
    return map;
}

/// Heavier punishments rank higher: death, then life, then the term in months.
int severity(const QString& maxPunishment)
{
    if (maxPunishment == QLatin1String("death"))
        return 100000;
    if (maxPunishment == QLatin1String("life"))
        return 99999;
    if (maxPunishment.startsWith(QLatin1Char('Y')))
        return maxPunishment.mid(1).toInt() * 12;
    if (maxPunishment.startsWith(QLatin1Char('M')))
        return maxPunishment.mid(1).toInt();
    return 0;
}

int headIndex(const QString& id)
{
    for (int i = 0; i < int(std::size(kHeads)); ++i) {
        if (id == QLatin1String(kHeads[i].id))
            return i;
    }
    return int(std::size(kHeads)) - 1;
}

/// The first instant of a station day, in the stored form.
QString startOf(const QDate& day)
{
    return toStored(QDateTime(day, QTime(0, 0), stationZone()));
}

QString signedNumber(int n)
{
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

struct BandDefinition {
    const char* id;
    const char* titleEn;
    const char* titleHi;
};

constexpr BandDefinition kBands[] = {
    { "upto30", QT_TRANSLATE_NOOP("Reports", "Up to 30 days"), "30 दिन तक" },
    { "upto60", QT_TRANSLATE_NOOP("Reports", "31 to 60 days"), "31 से 60 दिन" },
    { "upto90", QT_TRANSLATE_NOOP("Reports", "61 to 90 days"), "61 से 90 दिन" },
    { "upto6m", QT_TRANSLATE_NOOP("Reports", "91 days to 6 months"), "91 दिन से 6 माह" },
    { "upto1y", QT_TRANSLATE_NOOP("Reports", "6 months to 1 year"), "6 माह से 1 वर्ष" },
    { "over1y", QT_TRANSLATE_NOOP("Reports", "Over 1 year"), "1 वर्ष से अधिक" },
};

/// The first day of registration for which `lastDay(day)` (the last day of a period that
/// starts on the day of registration) is not before `asOf`. `lastDay` never decreases as the
/// day moves on, so the search walks a few days around a month-based guess.
template<typename LastDay>
QDate firstDayWithin(const QDate& asOf, const QDate& guess, LastDay lastDay)
{
    QDate day = guess;
    while (lastDay(day) >= asOf)
        day = day.addDays(-1);
    while (lastDay(day) < asOf)
        day = day.addDays(1);
    return day;
}

/// The first instant of registration of each band but the last on `asOf`, oldest band last:
/// a case registered at or after limits[i] (and before limits[i - 1]) is in band i. The day
/// of registration is day one, so "up to 30 days" starts 29 days before `asOf`.
QList<QString> bandLimits(const QDate& asOf)
{
    const QDate sixMonths = firstDayWithin(asOf, asOf.addMonths(-6), [](const QDate& d) { return d.addMonths(6).addDays(-1); });
    const QDate oneYear = firstDayWithin(asOf, asOf.addYears(-1), [](const QDate& d) { return d.addYears(1).addDays(-1); });
    return { startOf(asOf.addDays(-29)), startOf(asOf.addDays(-59)), startOf(asOf.addDays(-89)), startOf(sixMonths), startOf(oneYear) };
}

} // namespace

const CrimeReviewRow* CrimeReview::row(const QString& head) const
{
    for (const CrimeReviewRow& r : rows) {
        if (r.head == head)
            return &r;
    }
    return head == QLatin1String("total") ? &total : nullptr;
}

QList<CrimeHead> Reports::crimeHeads()
{
    QList<CrimeHead> heads;
    for (const HeadDefinition& h : kHeads)
        heads << CrimeHead { QLatin1String(h.id), QString::fromUtf8(h.titleEn), QString::fromUtf8(h.titleHi) };
    return heads;
}

QString Reports::crimeHeadName(const QString& id)
{
    return tr(kHeads[headIndex(id)].titleEn);
}

QString Reports::bandName(const QString& id)
{
    for (const BandDefinition& b : kBands) {
        if (id == QLatin1String(b.id))
            return tr(b.titleEn);
    }
    return tr("Total");
}

QString Reports::crimeHeadOf(const QString& actCode, const QString& number)
{
    if (actCode == QLatin1String("NDPS"))
        return QStringLiteral("ndps");
    if (actCode == QLatin1String("ARMS"))
        return QStringLiteral("arms");
    if (actCode == QLatin1String("POCSO"))
        return QStringLiteral("pocso");
    const auto it = sectionHeads().constFind(actCode + QLatin1Char(' ') + number);
    return it == sectionHeads().cend() ? QStringLiteral("others") : *it;
}

QString Reports::gravestHead(const QList<Section>& sections)
{
    QString best;
    int bestSeverity = -1;
    int bestIndex = 0;
    for (const Section& s : sections) {
        const QString head = crimeHeadOf(s.actCode, s.number);
        if (head.isEmpty() || head == QLatin1String("others"))
            continue;
        const int sev = severity(s.maxPunishment);
        const int index = headIndex(head);
        if (sev > bestSeverity || (sev == bestSeverity && index < bestIndex)) {
            best = head;
            bestSeverity = sev;
            bestIndex = index;
        }
    }
    return best.isEmpty() ? QStringLiteral("others") : best;
}

Result<CrimeReview> Reports::crimeReview(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid() || year < 1900 || year > 9999)
        return Error { QStringLiteral("invalid"), tr("Crime review: %1-%2 is not a month.").arg(year).arg(month), {} };
    const QDate next = first.addMonths(1);
    const QDate yearStart(year, 1, 1);
    // Last year's periods end on the same day of the calendar (28 February in a leap year's
    // review of February compares with 28 February).
    const QDate lastFirst = first.addYears(-1);
    const QDate lastNext = lastFirst.addMonths(1);
    const QDate lastYearStart(year - 1, 1, 1);

    const QString monthFrom = startOf(first);
    const QString monthTo = startOf(next);
    const QString ytdFrom = startOf(yearStart);
    const QString lastMonthFrom = startOf(lastFirst);
    const QString lastMonthTo = startOf(lastNext);
    const QString lastYtdFrom = startOf(lastYearStart);

    // One read of every FIR of both years to date with its sections; the head is decided here.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT f.uid, f.registered_at, coalesce(x.act_code, ''), coalesce(x.section, ''), "
                                             "coalesce(s.max_punishment, '') FROM firs f "
                                             "LEFT JOIN fir_sections x ON x.fir_uid = f.uid "
                                             "LEFT JOIN sections s ON s.act_code = x.act_code AND s.section = x.section "
                                             "WHERE f.zero_fir = 0 AND ((f.registered_at >= ? AND f.registered_at < ?) "
                                             "OR (f.registered_at >= ? AND f.registered_at < ?))"),
                              { ytdFrom, monthTo, lastYtdFrom, lastMonthTo });
        !done)
        return done.error();
    struct Case {
        QString registeredAt;
        QList<Section> sections;
    };
    QHash<QString, Case> cases;
    while (q.next()) {
        Case& c = cases[q.value(0).toString()];
        c.registeredAt = q.value(1).toString();
        if (!q.value(2).toString().isEmpty()) {
            Section s;
            s.actCode = q.value(2).toString();
            s.number = q.value(3).toString();
            s.maxPunishment = q.value(4).toString();
            c.sections << s;
        }
    }

    CrimeReview review;
    review.year = year;
    review.month = month;
    for (const HeadDefinition& h : kHeads)
        review.rows << CrimeReviewRow { QLatin1String(h.id), {}, {} };
    review.total.head = QStringLiteral("total");
    for (const Case& c : std::as_const(cases)) {
        CrimeReviewRow& row = review.rows[headIndex(gravestHead(c.sections))];
        // Stored instants are UTC text of one width, so text order is time order.
        const QString& at = c.registeredAt;
        if (at >= ytdFrom) {
            ++row.yearToDate.current;
            ++review.total.yearToDate.current;
            if (at >= monthFrom) {
                ++row.month.current;
                ++review.total.month.current;
            }
        } else if (at >= lastYtdFrom && at < lastMonthTo) {
            ++row.yearToDate.previous;
            ++review.total.yearToDate.previous;
            if (at >= lastMonthFrom) {
                ++row.month.previous;
                ++review.total.month.previous;
            }
        }
    }
    qCInfo(lcReports) << "crime review" << year << month << cases.size() << "FIRs read";
    return review;
}

Result<Pendency> Reports::pendency(const QDate& asOf) const
{
    if (!asOf.isValid())
        return Error { QStringLiteral("invalid"), tr("Pendency: the day is not a date."), {} };
    const QString end = startOf(asOf.addDays(1));
    // Open at the end of the day: no final report approved and no transfer by then.
    const QString open = QStringLiteral("f.registered_at < ? "
                                        "AND NOT EXISTS(SELECT 1 FROM final_reports r WHERE r.fir_uid = f.uid AND r.status = 'approved' "
                                        "AND r.approved_at < ?) "
                                        "AND NOT EXISTS(SELECT 1 FROM case_transfers t WHERE t.fir_uid = f.uid AND t.transferred_at < ?)");
    // Sections as they stood that day: one added by a later amendment does not count yet.
    const QString asTheyStood = QStringLiteral("(x.amendment_uid IS NULL OR (SELECT m.created_at FROM fir_amendments m "
                                               "WHERE m.uid = x.amendment_uid) < ?)");
    const QString twoMonthOffence = QStringLiteral("((x.act_code = 'BNS' AND x.section IN ('64', '65', '66', '67', '68', '69', '70', '71')) "
                                                   "OR (x.act_code = 'POCSO' AND x.section IN ('4', '6', '8', '10')))");

    Pendency p;
    p.asOf = asOf;
    for (const BandDefinition& b : kBands)
        p.bands << PendencyBand { QLatin1String(b.id), QString::fromUtf8(b.titleEn), QString::fromUtf8(b.titleHi), 0, 0, 0, 0 };
    p.total = PendencyBand { QStringLiteral("total"), QStringLiteral("Total"), QStringLiteral("कुल"), 0, 0, 0, 0 };

    // A busy station has tens of thousands of open cases: the store counts them by band,
    // comparing each registration with the bands' first instants.
    const QList<QString> limits = bandLimits(asOf);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT CASE WHEN f.registered_at >= ? THEN 0 WHEN f.registered_at >= ? THEN 1 "
                                             "WHEN f.registered_at >= ? THEN 2 WHEN f.registered_at >= ? THEN 3 WHEN f.registered_at >= ? THEN 4 "
                                             "ELSE 5 END AS band, count(*) FROM firs f WHERE ")
                                  + open + QStringLiteral(" GROUP BY band"),
                              { limits.at(0), limits.at(1), limits.at(2), limits.at(3), limits.at(4), end, end, end });
        !done)
        return done.error();
    while (q.next()) {
        const int band = q.value(0).toInt();
        const int n = q.value(1).toInt();
        p.bands[band].open += n;
        p.total.open += n;
    }

    // Only cases with a remand (BNSS s.187(3)) or a two-month offence (s.193(2)) have a
    // clock to pass: those are read with their sections.
    struct Clocked {
        QString registeredAt;
        CaseFacts facts;
    };
    QHash<QString, Clocked> clocked;
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT f.uid, f.registered_at, c.first_remand FROM firs f JOIN ("
                                             "SELECT a.fir_uid, min(a.remanded_at) AS first_remand FROM arrests a WHERE a.remanded_at < ? "
                                             "GROUP BY a.fir_uid UNION ALL SELECT x.fir_uid, NULL FROM fir_sections x WHERE ")
                                  + twoMonthOffence + QStringLiteral(" AND ") + asTheyStood
                                  + QStringLiteral(") c ON c.fir_uid = f.uid WHERE ") + open,
                              { end, end, end, end, end });
        !done)
        return done.error();
    while (q.next()) {
        Clocked& c = clocked[q.value(0).toString()];
        c.registeredAt = q.value(1).toString();
        c.facts.registeredAt = fromStored(c.registeredAt);
        if (!q.value(2).isNull())
            c.facts.firstRemandAt = fromStored(q.value(2).toString());
    }
    if (clocked.isEmpty())
        return p;
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT x.fir_uid, s.act_code, s.section, s.max_punishment FROM fir_sections x "
                                             "JOIN sections s ON s.act_code = x.act_code AND s.section = x.section "
                                             "WHERE (x.fir_uid IN (SELECT a.fir_uid FROM arrests a WHERE a.remanded_at < ?) OR ")
                                  + twoMonthOffence + QStringLiteral(") AND ") + asTheyStood,
                              { end, end });
        !done)
        return done.error();
    while (q.next()) {
        const auto it = clocked.find(q.value(0).toString());
        if (it == clocked.end())
            continue;
        Section s;
        s.actCode = q.value(1).toString();
        s.number = q.value(2).toString();
        s.maxPunishment = q.value(3).toString();
        it->facts.sections << s;
    }
    int band = 0;
    for (const Clocked& c : std::as_const(clocked)) {
        bool remand = false;
        bool twoMonths = false;
        for (const Deadline& d : CaseClocks::compute(c.facts)) {
            if (d.daysLeft(asOf) >= 0)
                continue;
            if (d.rule == QLatin1String("bnss187.3"))
                remand = true;
            else if (d.rule == QLatin1String("bnss193.2"))
                twoMonths = true;
        }
        if (!remand && !twoMonths)
            continue;
        for (band = 0; band < limits.size() && c.registeredAt < limits.at(band); ++band) { }
        for (PendencyBand* b : { &p.bands[band], &p.total }) {
            b->pastRemandLimit += remand ? 1 : 0;
            b->pastTwoMonths += twoMonths ? 1 : 0;
            ++b->pastAny;
        }
    }
    return p;
}

Result<Disposal> Reports::disposal(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error { QStringLiteral("invalid"), tr("Disposal: the period must run from a day to the same or a later day."), {} };
    const QString start = startOf(from);
    const QString end = startOf(to.addDays(1));
    Disposal d;
    d.from = from;
    d.to = to;
    QSqlQuery q(m_db.connection());
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT kind, count(*) FROM final_reports WHERE status = 'approved' AND approved_at >= ? "
                                             "AND approved_at < ? GROUP BY kind"),
                              { start, end });
        !done)
        return done.error();
    while (q.next()) {
        const QString kind = q.value(0).toString();
        (kind == QLatin1String("chargesheet") ? d.chargeSheets : d.closures) += q.value(1).toInt();
    }
    if (auto done = sql::exec(q,
                              QStringLiteral("SELECT disposal, count(*) FROM court_disposals WHERE disposed_at >= ? AND disposed_at < ? "
                                             "GROUP BY disposal"),
                              { start, end });
        !done)
        return done.error();
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (kind == QLatin1String("convicted"))
            d.convicted += n;
        else if (kind == QLatin1String("acquitted"))
            d.acquitted += n;
        else if (kind == QLatin1String("discharged"))
            d.discharged += n;
        else
            d.compounded += n;
    }
    return d;
}

QString Reports::percent(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const double rounded = std::round(*value * 10.0) / 10.0;
    QString text = QString::number(rounded, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    if (rounded > 0)
        text.prepend(QLatin1Char('+'));
    return text + QStringLiteral(" %");
}

QString Reports::rate(std::optional<double> value)
{
    return value ? percent(value).remove(QLatin1Char('+')) : percent(value);
}

RegisterView Reports::table(const CrimeReview& review)
{
    const QString month = QStringLiteral("%1/%2").arg(review.month, 2, 10, QLatin1Char('0')).arg(review.year);
    RegisterView v;
    v.id = QStringLiteral("crime-review");
    v.titleEn = QStringLiteral("Monthly crime review: %1").arg(month);
    v.titleHi = QStringLiteral("मासिक अपराध समीक्षा: %1").arg(month);
    v.columnsEn = { QStringLiteral("Crime head"), QStringLiteral("This month"), QStringLiteral("Same month last year"),
                    QStringLiteral("Difference"), QStringLiteral("Change"), QStringLiteral("Year to date"),
                    QStringLiteral("Last year to date"), QStringLiteral("Difference"), QStringLiteral("Change") };
    v.columnsHi = { QStringLiteral("अपराध शीर्ष"), QStringLiteral("इस माह"), QStringLiteral("गत वर्ष का यही माह"), QStringLiteral("अंतर"),
                    QStringLiteral("परिवर्तन"), QStringLiteral("वर्ष में अब तक"), QStringLiteral("गत वर्ष में इसी अवधि तक"), QStringLiteral("अंतर"),
                    QStringLiteral("परिवर्तन") };
    auto line = [](const QString& label, const CrimeReviewRow& r) {
        return QStringList { label,
                             QString::number(r.month.current),
                             QString::number(r.month.previous),
                             signedNumber(r.month.difference()),
                             percent(r.month.percentChange()),
                             QString::number(r.yearToDate.current),
                             QString::number(r.yearToDate.previous),
                             signedNumber(r.yearToDate.difference()),
                             percent(r.yearToDate.percentChange()) };
    };
    for (const CrimeReviewRow& r : review.rows) {
        const HeadDefinition& h = kHeads[headIndex(r.head)];
        v.rows << line(QString::fromUtf8(h.titleEn) + QStringLiteral(" / ") + QString::fromUtf8(h.titleHi), r);
    }
    v.rows << line(QStringLiteral("Total / कुल"), review.total);
    return v;
}

RegisterView Reports::table(const Pendency& pendency)
{
    const QString day = pendency.asOf.toString(QStringLiteral("dd-MM-yyyy"));
    RegisterView v;
    v.id = QStringLiteral("pendency");
    v.titleEn = QStringLiteral("Pendency of investigation by age on %1").arg(day);
    v.titleHi = QStringLiteral("%1 को अवधिवार लंबित विवेचना").arg(day);
    v.columnsEn = { QStringLiteral("Pending since registration"), QStringLiteral("Cases under investigation"),
                    QStringLiteral("Past the BNSS s.187(3) limit"), QStringLiteral("Past the BNSS s.193(2) limit"),
                    QStringLiteral("Past either limit") };
    v.columnsHi = { QStringLiteral("पंजीकरण से लंबित अवधि"), QStringLiteral("विवेचनाधीन मामले"), QStringLiteral("बीएनएसएस धारा 187(3) की सीमा पार"),
                    QStringLiteral("बीएनएसएस धारा 193(2) की सीमा पार"), QStringLiteral("किसी भी सीमा के पार") };
    auto line = [](const PendencyBand& b) {
        return QStringList { b.titleEn + QStringLiteral(" / ") + b.titleHi, QString::number(b.open), QString::number(b.pastRemandLimit),
                             QString::number(b.pastTwoMonths), QString::number(b.pastAny) };
    };
    for (const PendencyBand& b : pendency.bands)
        v.rows << line(b);
    v.rows << line(pendency.total);
    return v;
}

RegisterView Reports::table(const Disposal& d)
{
    const QString period = QStringLiteral("%1 – %2").arg(d.from.toString(QStringLiteral("dd-MM-yyyy")), d.to.toString(QStringLiteral("dd-MM-yyyy")));
    RegisterView v;
    v.id = QStringLiteral("disposal");
    v.titleEn = QStringLiteral("Disposal of cases, %1").arg(period);
    v.titleHi = QStringLiteral("मामलों का निस्तारण, %1").arg(period);
    v.columnsEn = { QStringLiteral("Disposed of"), QStringLiteral("Cases") };
    v.columnsHi = { QStringLiteral("निस्तारण"), QStringLiteral("मामले") };
    v.rows = {
        { QStringLiteral("Charge sheets / आरोप पत्र"), QString::number(d.chargeSheets) },
        { QStringLiteral("Closure reports / समापन रिपोर्ट"), QString::number(d.closures) },
        { QStringLiteral("Final reports in all / कुल अंतिम रिपोर्ट"), QString::number(d.finalReports()) },
        { QStringLiteral("Charge-sheeting rate / आरोप पत्र दर"), rate(d.chargeSheetingRate()) },
        { QStringLiteral("Convicted / दोषसिद्ध"), QString::number(d.convicted) },
        { QStringLiteral("Acquitted / दोषमुक्त"), QString::number(d.acquitted) },
        { QStringLiteral("Discharged / उन्मोचित"), QString::number(d.discharged) },
        { QStringLiteral("Compounded / शमन (राजीनामा)"), QString::number(d.compounded) },
        { QStringLiteral("Disposed of by courts in all / न्यायालयों द्वारा कुल निस्तारण"), QString::number(d.courtDisposals()) },
        { QStringLiteral("Conviction rate / दोषसिद्धि दर"), rate(d.convictionRate()) },
    };
    return v;
}

void Reports::writeCsv(const RegisterView& table, QIODevice& out)
{
    auto field = [](const QString& s) -> QString {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
            return s;
        QString quoted = s;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QStringList titles;
    for (int i = 0; i < table.columnsEn.size(); ++i)
        titles << field(table.columnsEn.at(i) + QStringLiteral(" / ") + table.columnsHi.value(i));
    out.write("\xEF\xBB\xBF");
    out.write(titles.join(QLatin1Char(',')).toUtf8() + "\r\n");
    for (const QStringList& row : table.rows) {
        QStringList fields;
        for (const QString& f : row)
            fields << field(f);
        out.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
}

} // namespace thana::core
