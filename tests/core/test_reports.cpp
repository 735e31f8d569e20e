// The station's reports on a fixed set of cases made through the real services, each
// figure checked against a count made by hand here.

#include "fixtures.h"

#include "core/caseservice.h"
#include "core/propertyservice.h"
#include "core/reports.h"

#include <QBuffer>

using namespace thana::test;

namespace {

/// Registers an FIR at `at` (Indian time) under `sections`, the clock moved there first.
Fir firAt(StationFixture& fx, const QDateTime& at, const QList<Section>& sections, bool zeroFir = false)
{
    static int made = 0;
    const QString name = QStringLiteral("Complainant ") + QChar(u'A' + (made / 26) % 26) + QChar(u'a' + made % 26);
    ++made;
    fx.clock.set(at);
    FirDraft d = fx.draft(fx.person(name).uid);
    d.sections = sections;
    if (zeroFir) {
        d.zeroFir = true;
        d.zeroFirOrigin = QStringLiteral("Hadapsar Police Station");
    }
    return fx.registerFir(d);
}

Section bns(StationFixture& fx, const char* number)
{
    return fx.section(QStringLiteral("BNS"), QString::fromLatin1(number));
}

/// Drafts and approves a final report at `at`.
void finalReport(StationFixture& fx, const Fir& fir, const QDateTime& at, FinalReport::Kind kind = FinalReport::Kind::ChargeSheet)
{
    fx.clock.set(at);
    CaseService cases(fx.db(), fx.clock);
    auto draft = cases.draftFinalReport(fir.uid, kind, QStringLiteral("Investigation complete."), fx.io);
    INFO(str(draft ? QString() : draft.error().describe()));
    REQUIRE(draft.ok());
    auto approved = cases.approveFinalReport(draft->uid, fx.sho);
    INFO(str(approved ? QString() : approved.error().describe()));
    REQUIRE(approved.ok());
}

} // namespace

TEST_CASE("crime heads: each section's head, and an FIR under its gravest", "[reports]")
{
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("303")) == QStringLiteral("theft"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("IPC"), QStringLiteral("379")) == QStringLiteral("theft"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("103")) == QStringLiteral("murder"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("IPC"), QStringLiteral("302")) == QStringLiteral("murder"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("109")) == QStringLiteral("attempt_murder"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("331")) == QStringLiteral("burglary"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("IPC"), QStringLiteral("457")) == QStringLiteral("burglary"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("85")) == QStringLiteral("women"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("IPC"), QStringLiteral("498A")) == QStringLiteral("women"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("NDPS"), QStringLiteral("20")) == QStringLiteral("ndps"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("ARMS"), QStringLiteral("25")) == QStringLiteral("arms"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("POCSO"), QStringLiteral("4")) == QStringLiteral("pocso"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("351")) == QStringLiteral("others"));
    CHECK(Reports::crimeHeadOf(QStringLiteral("BNS"), QStringLiteral("61")).isEmpty());
    CHECK(Reports::crimeHeadOf(QStringLiteral("IPC"), QStringLiteral("34")).isEmpty());
    // Every head named in the mapping is one of the review's heads.
    QStringList ids;
    for (const CrimeHead& h : Reports::crimeHeads())
        ids << h.id;
    CHECK(ids.first() == QStringLiteral("murder"));
    CHECK(ids.last() == QStringLiteral("others"));
    CHECK(ids.size() == 18);

    StationFixture fx;
    // Robbery (life) outranks theft (five years).
    CHECK(Reports::gravestHead({ bns(fx, "303"), bns(fx, "309") }) == QStringLiteral("robbery"));
    // A named head wins over "others" even when the other offence carries more.
    CHECK(Reports::gravestHead({ bns(fx, "115"), bns(fx, "351") }) == QStringLiteral("hurt"));
    // Conspiracy (s.61) goes with the offence it joins.
    CHECK(Reports::gravestHead({ bns(fx, "61"), bns(fx, "318") }) == QStringLiteral("cheating"));
    CHECK(Reports::gravestHead({ bns(fx, "61") }) == QStringLiteral("others"));
    CHECK(Reports::gravestHead({}) == QStringLiteral("others"));
    // Murder (death) outranks attempt to murder and grievous hurt (life).
    CHECK(Reports::gravestHead({ bns(fx, "117"), bns(fx, "109"), bns(fx, "103") }) == QStringLiteral("murder"));
    // Equal punishment (life): the head earlier in the list wins.
    CHECK(Reports::gravestHead({ bns(fx, "117"), bns(fx, "109") }) == QStringLiteral("attempt_murder"));
    CHECK(Reports::gravestHead({ fx.section(QStringLiteral("ARMS"), QStringLiteral("25")), bns(fx, "303") }) == QStringLiteral("arms"));
}

TEST_CASE("monthly crime review: the month and the year to date against last year, by head", "[reports]")
{
    StationFixture fx;
    const Section theft = bns(fx, "303");
    // Last year.
    firAt(fx, ist(2025, 1, 15, 10, 0), { theft });          // last year to date only
    firAt(fx, ist(2025, 3, 5, 11, 0), { theft });           // last March
    firAt(fx, ist(2025, 3, 31, 23, 59), { bns(fx, "115") }); // last March, its last minute: hurt
    firAt(fx, ist(2025, 4, 1, 0, 1), { theft });            // April: in neither period
    // This year.
    firAt(fx, ist(2026, 1, 10, 12, 0), { bns(fx, "318") }); // cheating, year to date
    firAt(fx, ist(2026, 2, 28, 23, 59), { theft });         // February's last minute: year to date, not March
    firAt(fx, ist(2026, 3, 1, 0, 1), { theft });            // March's first minutes
    firAt(fx, ist(2026, 3, 10, 10, 0), { theft });
    firAt(fx, ist(2026, 3, 15, 10, 0), { theft, bns(fx, "309") });                 // robbery
    firAt(fx, ist(2026, 3, 20, 10, 0), { bns(fx, "305"), bns(fx, "331") });        // burglary
    firAt(fx, ist(2026, 3, 25, 10, 0), { bns(fx, "115"), bns(fx, "351") });        // hurt
    firAt(fx, ist(2026, 3, 28, 10, 0), { bns(fx, "61"), bns(fx, "318") });         // cheating
    firAt(fx, ist(2026, 3, 29, 10, 0), { theft, fx.section(QStringLiteral("ARMS"), QStringLiteral("25")) }); // Arms Act
    firAt(fx, ist(2026, 3, 30, 10, 0), { theft }, true);    // a Zero FIR: counted where the offence occurred
    firAt(fx, ist(2026, 3, 31, 23, 59), { theft });         // March's last minute
    firAt(fx, ist(2026, 4, 1, 0, 1), { theft });            // April

    auto review = Reports(fx.db()).crimeReview(2026, 3);
    REQUIRE(review.ok());
    REQUIRE(review->rows.size() == 18);
    auto row = [&](const char* head) {
        const CrimeReviewRow* r = review->row(QString::fromLatin1(head));
        REQUIRE(r != nullptr);
        return *r;
    };
    // Theft: this March 3 (1st 00:01, 10th, 31st 23:59) against last March 1: +2, +200 %.
    CHECK(row("theft").month.current == 3);
    CHECK(row("theft").month.previous == 1);
    CHECK(row("theft").month.difference() == 2);
    CHECK(Reports::percent(row("theft").month.percentChange()) == QStringLiteral("+200 %"));
    // Theft to date: 28 February and March's three, 4, against 15 January and 5 March, 2: +100 %.
    CHECK(row("theft").yearToDate.current == 4);
    CHECK(row("theft").yearToDate.previous == 2);
    CHECK(Reports::percent(row("theft").yearToDate.percentChange()) == QStringLiteral("+100 %"));
    // Hurt: 1 against 1 (last 31 March at 23:59): no change.
    CHECK(row("hurt").month.current == 1);
    CHECK(row("hurt").month.previous == 1);
    CHECK(Reports::percent(row("hurt").month.percentChange()) == QStringLiteral("0 %"));
    // Heads with nothing last year have no percentage.
    CHECK(row("robbery").month.current == 1);
    CHECK(row("robbery").month.previous == 0);
    CHECK(Reports::percent(row("robbery").month.percentChange()) == QStringLiteral("–"));
    CHECK(row("burglary").month.current == 1);
    CHECK(row("arms").month.current == 1);
    CHECK(row("cheating").month.current == 1);
    CHECK(row("cheating").yearToDate.current == 2);
    CHECK(row("cheating").yearToDate.previous == 0);
    CHECK(row("murder").month.current == 0);
    CHECK(row("others").month.current == 0);
    // Totals: this March 3+1+1+1+1+1 = 8 against 2 (+300 %); to date 8+2 = 10 against 3 (+233.3 %).
    CHECK(review->total.month.current == 8);
    CHECK(review->total.month.previous == 2);
    CHECK(Reports::percent(review->total.month.percentChange()) == QStringLiteral("+300 %"));
    CHECK(review->total.yearToDate.current == 10);
    CHECK(review->total.yearToDate.previous == 3);
    CHECK(Reports::percent(review->total.yearToDate.percentChange()) == QStringLiteral("+233.3 %"));

    // April 2026: the 00:01 FIR of 1 April against last year's.
    auto april = Reports(fx.db()).crimeReview(2026, 4);
    REQUIRE(april.ok());
    CHECK(april->total.month.current == 1);
    CHECK(april->total.month.previous == 1);
    CHECK(april->total.yearToDate.current == 11);
    CHECK(april->total.yearToDate.previous == 4);
    // February: the FIR of 28 February at 23:59 is February's.
    auto february = Reports(fx.db()).crimeReview(2026, 2);
    REQUIRE(february.ok());
    CHECK(february->row(QStringLiteral("theft"))->month.current == 1);
    CHECK(february->total.month.previous == 0);
    CHECK(Reports::percent(february->total.month.percentChange()) == QStringLiteral("–"));
    CHECK_FALSE(Reports(fx.db()).crimeReview(2026, 13).ok());

    // The table: bilingual headings, a row per head and the total, counts only.
    const RegisterView table = Reports::table(*review);
    CHECK(table.titleEn == QStringLiteral("Monthly crime review: 03/2026"));
    CHECK(table.columnsHi.first() == QStringLiteral("अपराध शीर्ष"));
    REQUIRE(table.rows.size() == 19);
    const QStringList theftRow = table.rows.at(12);
    CHECK(theftRow == QStringList { QStringLiteral("Theft / चोरी"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("+2"),
                                    QStringLiteral("+200 %"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("+2"),
                                    QStringLiteral("+100 %") });
    CHECK(table.rows.last().first() == QStringLiteral("Total / कुल"));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    Reports::writeCsv(table, csv);
    const QString text = QString::fromUtf8(csv.data());
    CHECK(csv.data().startsWith("\xEF\xBB\xBF"));
    CHECK(text.contains(QStringLiteral("Crime head / अपराध शीर्ष,This month / इस माह")));
    CHECK(text.contains(QStringLiteral("Theft / चोरी,3,1,+2,+200 %,4,2,+2,+100 %\r\n")));
    // No complainant's name appears anywhere in a report.
    CHECK_FALSE(text.contains(QStringLiteral("Complainant")));
}

TEST_CASE("pendency of investigation by age, and cases past a statutory limit", "[reports]")
{
    StationFixture fx;
    const Section theft = bns(fx, "303");
    // Registered oldest first; the comments give the day of pendency on 31 March 2026.
    firAt(fx, ist(2025, 3, 31, 10, 0), { theft });             // J: day 366, over a year
    firAt(fx, ist(2025, 4, 1, 10, 0), { theft });              // I: the year's last day
    firAt(fx, ist(2025, 9, 30, 10, 0), { theft });             // H: over six months
    firAt(fx, ist(2025, 10, 1, 10, 0), { theft });             // G: the last day of six months
    firAt(fx, ist(2025, 12, 31, 10, 0), { theft });            // F: day 91
    firAt(fx, ist(2026, 1, 30, 10, 0), { bns(fx, "64") });     // E: day 61; rape, two months ended 29 March
    const Fir d = firAt(fx, ist(2026, 1, 31, 10, 0), { theft }); // D: day 60; remanded the same day
    fx.clock.set(ist(2026, 1, 31, 18, 0));
    {
        Arrest a;
        a.firUid = d.uid;
        a.personUid = fx.person(QStringLiteral("Vikas Jadhav")).uid;
        a.at = ist(2026, 1, 31, 12, 0);
        a.place = QStringLiteral("Swargate");
        a.outcome = Arrest::Outcome::JudicialCustody;
        a.remandedAt = ist(2026, 1, 31, 16, 0);
        a.informed = QStringLiteral("Brother by phone; designated officer PSI Kale");
        auto arrested = CaseService(fx.db(), fx.clock).recordArrest(a, fx.io);
        INFO(str(arrested ? QString() : arrested.error().describe()));
        REQUIRE(arrested.ok());
    }
    const Fir k = firAt(fx, ist(2026, 2, 1, 10, 0), { theft });  // K: final report approved 10 March
    const Fir l = firAt(fx, ist(2026, 2, 2, 10, 0), { theft });  // L: transferred away 5 March
    const Fir m = firAt(fx, ist(2026, 2, 3, 10, 0), { theft });  // M: day 57; final report approved only on 2 April
    firAt(fx, ist(2026, 3, 1, 10, 0), { theft });              // C: day 31
    firAt(fx, ist(2026, 3, 2, 10, 0), { theft });              // B: day 30
    fx.clock.set(ist(2026, 3, 5, 10, 0));
    REQUIRE(CaseService(fx.db(), fx.clock)
                .transferCase(l.uid, QStringLiteral("Hadapsar Police Station"), QStringLiteral("Occurred in its area"), {}, fx.sho)
                .ok());
    finalReport(fx, k, ist(2026, 3, 10, 10, 0));
    firAt(fx, ist(2026, 3, 31, 9, 0), { theft });              // A: day 1
    firAt(fx, ist(2026, 4, 1, 0, 1), { theft });               // N: not yet registered on 31 March
    finalReport(fx, m, ist(2026, 4, 2, 10, 0));

    Reports reports(fx.db());
    auto on31 = reports.pendency(QDate(2026, 3, 31));
    REQUIRE(on31.ok());
    REQUIRE(on31->bands.size() == 6);
    auto band = [](const Pendency& p, int i) { return p.bands.at(i); };
    // Up to 30 days: A (day 1), B (day 30).
    CHECK(band(*on31, 0).open == 2);
    // 31 to 60: C (day 31), D (day 60, its 60-day remand limit ends today), M (day 57).
    CHECK(band(*on31, 1).open == 3);
    CHECK(band(*on31, 1).pastRemandLimit == 0);
    // 61 to 90: E (day 61), past its two months.
    CHECK(band(*on31, 2).open == 1);
    CHECK(band(*on31, 2).pastTwoMonths == 1);
    CHECK(band(*on31, 2).pastAny == 1);
    // 91 days to 6 months: F (day 91), G (the last day of its six months).
    CHECK(band(*on31, 3).open == 2);
    // 6 months to 1 year: H, I (the last day of its year).
    CHECK(band(*on31, 4).open == 2);
    // Over a year: J.
    CHECK(band(*on31, 5).open == 1);
    CHECK(on31->total.open == 11);
    CHECK(on31->total.pastRemandLimit == 0);
    CHECK(on31->total.pastTwoMonths == 1);
    CHECK(on31->total.pastAny == 1);

    // A day later every case is a day older and N is registered.
    auto on1 = reports.pendency(QDate(2026, 4, 1));
    REQUIRE(on1.ok());
    CHECK(band(*on1, 0).open == 2); // A (day 2), N (day 1)
    CHECK(band(*on1, 1).open == 3); // B (day 31), C (day 32), M (day 58)
    CHECK(band(*on1, 2).open == 2); // D (day 61), E (day 62)
    CHECK(band(*on1, 2).pastRemandLimit == 1);
    CHECK(band(*on1, 2).pastTwoMonths == 1);
    CHECK(band(*on1, 2).pastAny == 2);
    CHECK(band(*on1, 3).open == 1); // F
    CHECK(band(*on1, 4).open == 2); // G, H
    CHECK(band(*on1, 5).open == 2); // I, J
    CHECK(on1->total.open == 12);
    CHECK(on1->total.pastAny == 2);
    // M's final report, approved on 2 April, closes it that day.
    CHECK(reports.pendency(QDate(2026, 4, 2))->total.open == 11);
    // Before anything was registered.
    CHECK(reports.pendency(QDate(2025, 3, 30))->total.open == 0);

    const RegisterView table = Reports::table(*on31);
    REQUIRE(table.rows.size() == 7);
    CHECK(table.rows.at(2) == QStringList { QStringLiteral("61 to 90 days / 61 से 90 दिन"), QStringLiteral("1"), QStringLiteral("0"),
                                            QStringLiteral("1"), QStringLiteral("1") });
    CHECK(table.rows.last() == QStringList { QStringLiteral("Total / कुल"), QStringLiteral("11"), QStringLiteral("0"), QStringLiteral("1"),
                                             QStringLiteral("1") });
}

TEST_CASE("disposal: final reports by kind, court disposals by outcome, and the rates", "[reports]")
{
    StationFixture fx;
    const Section theft = bns(fx, "303");
    QList<Fir> firs;
    for (int i = 0; i < 12; ++i)
        firs << firAt(fx, ist(2026, 1, 5 + i, 10, 0), { theft });
    // Six charge sheets approved in February go to court in March.
    for (int i = 0; i < 6; ++i)
        finalReport(fx, firs.at(i), ist(2026, 2, 10 + i, 10, 0));
    finalReport(fx, firs.at(6), ist(2026, 2, 28, 23, 59));                               // February's last minute: outside
    finalReport(fx, firs.at(7), ist(2026, 3, 1, 0, 1));                                  // inside
    finalReport(fx, firs.at(8), ist(2026, 3, 15, 10, 0), FinalReport::Kind::Closure);    // inside
    finalReport(fx, firs.at(9), ist(2026, 3, 31, 23, 59));                               // inside, the last minute
    finalReport(fx, firs.at(10), ist(2026, 4, 1, 0, 1), FinalReport::Kind::Closure);     // April: outside
    fx.clock.set(ist(2026, 4, 1, 0, 2));
    {
        // A draft never approved is not a final report yet.
        auto draft = CaseService(fx.db(), fx.clock).draftFinalReport(firs.at(11).uid, FinalReport::Kind::ChargeSheet,
                                                                     QStringLiteral("Draft."), fx.io);
        REQUIRE(draft.ok());
    }
    PropertyService property(fx.db(), fx.clock);
    const struct {
        int fir;
        const char* outcome;
        QDateTime at;
    } disposals[] = {
        { 0, "convicted", ist(2026, 3, 2, 11, 0) },   { 1, "convicted", ist(2026, 3, 12, 11, 0) },
        { 2, "convicted", ist(2026, 3, 31, 23, 59) }, { 3, "acquitted", ist(2026, 3, 20, 11, 0) },
        { 4, "compounded", ist(2026, 3, 25, 11, 0) }, { 5, "discharged", ist(2026, 4, 1, 0, 1) }, // April: outside
    };
    for (const auto& d : disposals) {
        auto done = property.recordDisposal(firs.at(d.fir).uid, QStringLiteral("JMFC Court No. 3, Pune"),
                                            QStringLiteral("RCC %1/2026").arg(d.fir + 1), QString::fromLatin1(d.outcome), d.at,
                                            QStringLiteral("Simple imprisonment for six months"), fx.io);
        INFO(str(done ? QString() : done.error().describe()));
        REQUIRE(done.ok());
    }

    auto march = Reports(fx.db()).disposal(QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(march.ok());
    CHECK(march->chargeSheets == 2);
    CHECK(march->closures == 1);
    CHECK(march->finalReports() == 3);
    CHECK(march->convicted == 3);
    CHECK(march->acquitted == 1);
    CHECK(march->discharged == 0);
    CHECK(march->compounded == 1);
    CHECK(march->courtDisposals() == 5);
    // Charge sheets 2 of 3 final reports; convictions 3 of 4 trials completed (the compounded case had none).
    REQUIRE(march->chargeSheetingRate().has_value());
    CHECK(*march->chargeSheetingRate() == Approx(66.6667).epsilon(1e-4));
    REQUIRE(march->convictionRate().has_value());
    CHECK(*march->convictionRate() == Approx(75.0));

    // February and the first of April.
    auto february = Reports(fx.db()).disposal(QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(february.ok());
    CHECK(february->chargeSheets == 7);
    CHECK(february->closures == 0);
    CHECK(*february->chargeSheetingRate() == Approx(100.0));
    CHECK_FALSE(february->convictionRate().has_value());
    auto april = Reports(fx.db()).disposal(QDate(2026, 4, 1), QDate(2026, 4, 1));
    REQUIRE(april.ok());
    CHECK(april->closures == 1);
    CHECK(april->discharged == 1);
    CHECK(*april->convictionRate() == Approx(0.0));
    CHECK_FALSE(Reports(fx.db()).disposal(QDate(2026, 4, 1), QDate(2026, 3, 1)).ok());

    const RegisterView table = Reports::table(*march);
    CHECK(table.titleEn == QStringLiteral("Disposal of cases, 01-03-2026 – 31-03-2026"));
    CHECK(table.rows.at(3) == QStringList { QStringLiteral("Charge-sheeting rate / आरोप पत्र दर"), QStringLiteral("66.7 %") });
    CHECK(table.rows.at(9) == QStringList { QStringLiteral("Conviction rate / दोषसिद्धि दर"), QStringLiteral("75 %") });
}
