// The legal clocks of a case, with their boundary days.

#include "fixtures.h"

#include "core/caseclocks.h"

using namespace thana::test;

namespace {

Section section(const char* act, const char* number, const char* punishment)
{
    Section s;
    s.actCode = QLatin1String(act);
    s.number = QLatin1String(number);
    s.maxPunishment = QLatin1String(punishment);
    return s;
}

std::optional<Deadline> find(const QList<Deadline>& list, const char* rule)
{
    for (const Deadline& d : list) {
        if (d.rule == QLatin1String(rule))
            return d;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("default bail clock: 60 days, or 90 for death, life or ten years, counted from the day of remand", "[clocks]")
{
    CaseFacts f;
    f.registeredAt = ist(2026, 3, 1, 11, 0);
    f.firstRemandAt = ist(2026, 3, 1, 18, 30);

    SECTION("theft: 60 days, the last one 29 April")
    {
        f.sections = { section("BNS", "303", "Y5") };
        CHECK(CaseClocks::remandLimitDays(f.sections) == 60);
        const auto d = find(CaseClocks::compute(f), "bnss187.3");
        REQUIRE(d);
        CHECK(d->lastDay == QDate(2026, 4, 29));
        CHECK(d->state == Deadline::State::Open);
        CHECK(d->daysLeft(QDate(2026, 4, 29)) == 0);
        CHECK(d->daysLeft(QDate(2026, 4, 30)) == -1);

        f.finalReportAt = ist(2026, 4, 29, 23, 0);
        CHECK(find(CaseClocks::compute(f), "bnss187.3")->state == Deadline::State::Met);
        f.finalReportAt = ist(2026, 4, 30, 10, 0);
        CHECK(find(CaseClocks::compute(f), "bnss187.3")->state == Deadline::State::Missed);
    }
    SECTION("ten years or more, life or death: 90 days, the last one 29 May")
    {
        for (const char* punishment : { "Y10", "life", "death" }) {
            f.sections = { section("BNS", "303", "Y5"), section("BNS", "309", punishment) };
            CHECK(CaseClocks::remandLimitDays(f.sections) == 90);
            CHECK(find(CaseClocks::compute(f), "bnss187.3")->lastDay == QDate(2026, 5, 29));
        }
        f.sections = { section("BNS", "118", "Y7") };
        CHECK(CaseClocks::remandLimitDays(f.sections) == 60);
    }
    SECTION("no remand, no clock")
    {
        f.sections = { section("BNS", "303", "Y5") };
        f.firstRemandAt = {};
        CHECK_FALSE(find(CaseClocks::compute(f), "bnss187.3"));
    }
    SECTION("the day is the station's: a remand at 00:30 IST counts on that day, not the UTC one")
    {
        f.sections = { section("BNS", "303", "Y5") };
        f.firstRemandAt = ist(2026, 3, 2, 0, 30); // 1 March 19:00 UTC
        CHECK(find(CaseClocks::compute(f), "bnss187.3")->lastDay == QDate(2026, 4, 30));
    }
}

TEST_CASE("rape and POCSO cases: investigation within two months of the FIR", "[clocks]")
{
    CaseFacts f;
    f.registeredAt = ist(2026, 1, 31, 9, 0);
    for (const auto& s : { section("BNS", "64", "life"), section("BNS", "71", "death"), section("POCSO", "4", "life"),
                           section("POCSO", "10", "Y7") }) {
        f.sections = { s };
        const auto d = find(CaseClocks::compute(f), "bnss193.2");
        INFO(str(s.key()));
        REQUIRE(d);
        // 31 January + two months is 31 March; the period ends the day before.
        CHECK(d->lastDay == QDate(2026, 3, 30));
    }
    for (const auto& s : { section("BNS", "63", "none"), section("BNS", "72", "Y2"), section("POCSO", "12", "Y3") }) {
        f.sections = { s };
        CHECK_FALSE(find(CaseClocks::compute(f), "bnss193.2"));
    }
}

TEST_CASE("e-FIR signature within three days, and the victim told of progress within 90", "[clocks]")
{
    CaseFacts f;
    f.registeredAt = ist(2026, 6, 10, 20, 0);
    f.sections = { section("BNS", "318", "Y7") };
    CHECK_FALSE(find(CaseClocks::compute(f), "bnss173.efir"));

    f.infoMode = InfoMode::EFir;
    auto efir = find(CaseClocks::compute(f), "bnss173.efir");
    REQUIRE(efir);
    CHECK(efir->lastDay == QDate(2026, 6, 12));
    f.efirSignedAt = ist(2026, 6, 12, 23, 59);
    CHECK(find(CaseClocks::compute(f), "bnss173.efir")->state == Deadline::State::Met);
    f.efirSignedAt = ist(2026, 6, 13, 0, 1);
    CHECK(find(CaseClocks::compute(f), "bnss173.efir")->state == Deadline::State::Missed);

    auto informed = find(CaseClocks::compute(f), "bnss193.3");
    REQUIRE(informed);
    CHECK(informed->lastDay == QDate(2026, 9, 7));
    CHECK(informed->state == Deadline::State::Open);
    f.victimInformedAt = ist(2026, 9, 7, 12, 0);
    CHECK(find(CaseClocks::compute(f), "bnss193.3")->state == Deadline::State::Met);
}
