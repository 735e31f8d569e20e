// The investigation after the FIR: arrests, the case diary, reassignment, the final
// report and the deadlines an SHO reads every morning.

#include "fixtures.h"

#include "core/caseservice.h"

using namespace thana::test;

namespace {

bool hasRule(const Error& e, const char* rule)
{
    for (const Violation& v : e.violations) {
        if (v.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

struct CaseFixture : StationFixture {
    CaseFixture()
    {
        FirDraft d = draft(person(QStringLiteral("Ramesh Patil")).uid);
        d.ioUid = io.uid;
        fir = registerFir(d);
        clock.advanceSecs(3600);
    }
    Arrest arrestOf(const QString& personUid, const QDateTime& at)
    {
        Arrest a;
        a.firUid = fir.uid;
        a.personUid = personUid;
        a.at = at;
        a.place = QStringLiteral("Near Swargate bus stand");
        a.outcome = Arrest::Outcome::JudicialCustody;
        a.remandedAt = at.addSecs(6 * 3600);
        a.informed = QStringLiteral("Brother Sunil Jadhav by phone; designated officer PSI Kale");
        return a;
    }
    Fir fir;
};

} // namespace

TEST_CASE("accused are coded A1 to A9, then B1", "[case]")
{
    CHECK(CaseService::accusedCode(0) == QStringLiteral("A1"));
    CHECK(CaseService::accusedCode(8) == QStringLiteral("A9"));
    CHECK(CaseService::accusedCode(9) == QStringLiteral("B1"));
    CHECK(CaseService::accusedCode(17) == QStringLiteral("B9"));
    CHECK(CaseService::accusedCode(18) == QStringLiteral("C1"));
}

TEST_CASE_METHOD(CaseFixture, "an arrest is recorded with its GD entry, dated within the case, by the case's IO", "[case][arrest]")
{
    CaseService cases(db(), clock);
    const QString accused = person(QStringLiteral("Vikas Jadhav")).uid;

    SECTION("before the FIR: refused, nothing written")
    {
        const int gd = count(QStringLiteral("gd_entries"));
        auto refused = cases.recordArrest(arrestOf(accused, fir.registeredAt.addSecs(-60)), io);
        REQUIRE_FALSE(refused.ok());
        CHECK(hasRule(refused.error(), "case.before_fir"));
        CHECK(refused.error().describe().contains(QLatin1String("Arrested at")));
        CHECK(count(QStringLiteral("arrests")) == 0);
        CHECK(count(QStringLiteral("gd_entries")) == gd);
    }
    SECTION("in the future: refused")
    {
        CHECK(hasRule(cases.recordArrest(arrestOf(accused, clock.now().addDays(1)), io).error(), "case.future"));
    }
    SECTION("by an officer not on the case: refused")
    {
        CHECK(cases.recordArrest(arrestOf(accused, clock.now()), io2).error().code == QStringLiteral("forbidden"));
    }
    SECTION("custody without the time of remand, or nobody informed: refused, each field named")
    {
        Arrest a = arrestOf(accused, clock.now());
        a.remandedAt = {};
        a.informed.clear();
        const Error e = cases.recordArrest(a, io).error();
        CHECK(hasRule(e, "required"));
        CHECK(hasRule(e, "case.informed"));
    }
    SECTION("a good one: A1, then A2; the same person twice is refused; never edited")
    {
        auto first = cases.recordArrest(arrestOf(accused, clock.now().addSecs(-600)), io);
        INFO(str(first ? QString() : first.error().describe()));
        REQUIRE(first.ok());
        CHECK(first->accusedCode == QStringLiteral("A1"));
        const auto gd = GdRepository(db()).byUid(first->gdUid);
        REQUIRE(gd.has_value());
        CHECK(gd->summary.contains(QLatin1String("A1")));
        CHECK(gd->summary.contains(fir.reference()));

        auto second = cases.recordArrest(arrestOf(person(QStringLiteral("Rahul More")).uid, clock.now().addSecs(-300)), sho);
        REQUIRE(second.ok());
        CHECK(second->accusedCode == QStringLiteral("A2"));
        CHECK(hasRule(cases.recordArrest(arrestOf(accused, clock.now()), io).error(), "case.already_arrested"));
        CHECK(cases.arrests(fir.uid).size() == 2);

        QSqlQuery q(sql());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE arrests SET place='elsewhere'")));
        CHECK(q.lastError().text().contains(QLatin1String("THANA_IMMUTABLE")));
        CHECK(check().isEmpty());
    }
}

TEST_CASE_METHOD(CaseFixture, "only the current IO writes the case diary; the SHO reassigns with a reason", "[case][io]")
{
    CaseService cases(db(), clock);
    CHECK(cases.currentIo(fir.uid) == io.uid);
    REQUIRE(cases.addDiaryEntry(fir.uid, QStringLiteral("Visited the spot; prepared the panchnama."), false, io).ok());
    CHECK(cases.addDiaryEntry(fir.uid, QStringLiteral("Recorded a statement."), false, io2).error().code == QStringLiteral("forbidden"));
    CHECK(cases.addDiaryEntry(fir.uid, QStringLiteral("  "), false, io).error().violations.first().field == QStringLiteral("text"));

    CHECK(cases.reassignIo(fir.uid, io2.uid, QStringLiteral("Transferred to crime branch"), io).error().code == QStringLiteral("forbidden"));
    CHECK(hasRule(cases.reassignIo(fir.uid, io2.uid, QString(), sho).error(), "required"));
    CHECK(hasRule(cases.reassignIo(fir.uid, writer.uid, QStringLiteral("Leave"), sho).error(), "fir.io_role"));
    REQUIRE(cases.reassignIo(fir.uid, io2.uid, QStringLiteral("PSI Pawar on leave for a month"), sho).ok());
    CHECK(cases.currentIo(fir.uid) == io2.uid);
    CHECK(cases.addDiaryEntry(fir.uid, QStringLiteral("Recorded a statement."), false, io).error().code == QStringLiteral("forbidden"));
    auto entry = cases.addDiaryEntry(fir.uid, QStringLiteral("Recorded the statement of the neighbour."), false, io2);
    REQUIRE(entry.ok());
    CHECK(entry->number == 2);
    CHECK(cases.diary(fir.uid).size() == 2);
}

TEST_CASE_METHOD(CaseFixture, "the final report is drafted by the IO and approved by the SHO, and stops the clocks", "[case][report][clocks]")
{
    CaseService cases(db(), clock);
    REQUIRE(cases.recordArrest(arrestOf(person(QStringLiteral("Vikas Jadhav")).uid, clock.now().addSecs(-600)), io).ok());
    auto open = cases.openDeadlines();
    const auto remand = std::find_if(open.begin(), open.end(), [](const CaseDeadline& d) { return d.deadline.rule == QLatin1String("bnss187.3"); });
    REQUIRE(remand != open.end());
    CHECK(remand->firReference == fir.reference());
    // Theft: 60 days counted from the day of remand (10 March) ends on 8 May.
    CHECK(remand->deadline.lastDay == QDate(2026, 5, 8));

    CHECK(cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet against A1."), io2).error().code
          == QStringLiteral("forbidden"));
    auto draft = cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet against A1 under BNS 303(2)."), io);
    REQUIRE(draft.ok());
    CHECK_FALSE(draft->approved);
    CHECK(cases.approveFinalReport(draft->uid, io).error().code == QStringLiteral("forbidden"));
    clock.advanceSecs(24 * 3600);
    auto approved = cases.approveFinalReport(draft->uid, sho);
    REQUIRE(approved.ok());
    CHECK(approved->approved);
    CHECK(approved->approvedBy == sho.uid);

    for (const Deadline& d : cases.deadlines(fir.uid)) {
        INFO(str(d.rule));
        CHECK(d.state == Deadline::State::Met);
    }
    for (const CaseDeadline& d : cases.openDeadlines())
        CHECK(d.firUid != fir.uid);
    CHECK(hasRule(cases.draftFinalReport(fir.uid, FinalReport::Kind::Closure, QStringLiteral("Closure."), io).error(), "case.report_approved"));
    CHECK(check().isEmpty());
}

TEST_CASE_METHOD(CaseFixture, "crime details keep every version, statements are the IO's, and the report goes to court once", "[case][iif2]")
{
    CaseService cases(db(), clock);
    CrimeDetails d;
    d.crimeHead = QStringLiteral("Theft");
    d.subHead = QStringLiteral("Motor vehicle theft");
    d.modusOperandi = QStringLiteral("Ignition lock broken with a master key");
    REQUIRE(cases.recordCrimeDetails(fir.uid, d, io).ok());
    d.placeType = QStringLiteral("Public parking");
    REQUIRE(cases.recordCrimeDetails(fir.uid, d, sho).ok());
    CHECK(cases.crimeDetails(fir.uid)->placeType == QStringLiteral("Public parking"));
    CHECK(count(QStringLiteral("crime_details")) == 2);
    CHECK(cases.recordCrimeDetails(fir.uid, CrimeDetails {}, io).error().violations.first().field == QStringLiteral("crimeHead"));

    Statement st;
    st.firUid = fir.uid;
    st.personUid = person(QStringLiteral("Sunil Kale")).uid;
    st.role = QStringLiteral("witness");
    st.recordedAt = clock.now();
    st.text = QStringLiteral("I saw two young men push the motorcycle towards the canal road at about 10 p.m.");
    CHECK(cases.recordStatement(st, io2).error().code == QStringLiteral("forbidden"));
    REQUIRE(cases.recordStatement(st, io).ok());
    st.recordedAt = fir.registeredAt.addSecs(-60);
    CHECK(hasRule(cases.recordStatement(st, io).error(), "case.before_fir"));
    CHECK(cases.statements(fir.uid).size() == 1);

    CHECK(hasRule(cases.dispatchFinalReport(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), sho).error(), "case.dispatch_unapproved"));
    auto report = cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet."), io);
    REQUIRE(cases.approveFinalReport(report->uid, sho).ok());
    REQUIRE(cases.dispatchFinalReport(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), sho).ok());
    CHECK(hasRule(cases.dispatchFinalReport(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), sho).error(), "case.dispatched"));
    CHECK(check().isEmpty());
}

TEST_CASE_METHOD(CaseFixture, "a transferred case is written no more at this station", "[case][transfer]")
{
    CaseService cases(db(), clock);
    CHECK(cases.transferCase(fir.uid, QStringLiteral("Hadapsar Police Station"), QStringLiteral("Occurrence in its area"), {}, io).error().code
          == QStringLiteral("forbidden"));
    CHECK(hasRule(cases.transferCase(fir.uid, QString(), QStringLiteral("x"), {}, sho).error(), "required"));
    REQUIRE(cases.transferCase(fir.uid, QStringLiteral("Hadapsar Police Station (MH-PUN-0430)"), QStringLiteral("Zero FIR: occurrence in its area"),
                               QStringLiteral("SP order 12/2026"), sho)
                .ok());
    CHECK(cases.transferredTo(fir.uid).startsWith(QLatin1String("Hadapsar")));
    const auto refused = cases.addDiaryEntry(fir.uid, QStringLiteral("Visited the spot."), false, io);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasRule(refused.error(), "case.transferred"));
    CHECK(refused.error().describe().contains(QLatin1String("Hadapsar")));
    CHECK_FALSE(cases.transferCase(fir.uid, QStringLiteral("CID"), QStringLiteral("again"), {}, sho).ok());
}
