// Complaints and the General Diary: receiving a complaint writes its diary entry, the
// action taken is recorded with its reason, and the diary is numbered and timed in order.

#include "fixtures.h"

using namespace thana::test;

TEST_CASE("receiving a complaint writes one diary entry that refers to it", "[complaints]")
{
    StationFixture fx;
    const Person ramesh = fx.person(QStringLiteral("Ramesh Patil"), QStringLiteral("रमेश पाटील"));
    const int gdBefore = fx.count(QStringLiteral("gd_entries"));
    const Complaint c = fx.complaint(ramesh);

    CHECK(fx.count(QStringLiteral("gd_entries")) == gdBefore + 1);
    const auto entry = GdRepository(fx.db()).byUid(c.gdUid);
    REQUIRE(entry.has_value());
    CHECK(entry->kind == QStringLiteral("complaint"));
    CHECK(entry->summary.contains(c.reference()));
    CHECK(entry->entryAt == fx.clock.now());
    CHECK(entry->officerUid == fx.writer.uid);

    const auto stored = ComplaintRepository(fx.db()).byUid(c.uid, fx.writer);
    REQUIRE(stored.has_value());
    CHECK(stored->action == ComplaintAction::Pending);
    CHECK(stored->gdUid == c.gdUid);
    CHECK(stored->complainantName.contains(QLatin1String("Ramesh Patil")));
    CHECK(stored->receivedAt == fx.clock.now());
    CHECK(fx.check().isEmpty());
}

TEST_CASE("a complaint with a new complainant records the person in the same step", "[complaints]")
{
    StationFixture fx;
    Complaint c;
    c.subject = QStringLiteral("Missing mobile phone");
    c.narrative = QStringLiteral("My phone was lost in the bus.");
    Person p;
    p.nameEn = QStringLiteral("Neha Kulkarni");
    p.gender = QStringLiteral("F");
    auto received = ComplaintRepository(fx.db()).receive(c, p, fx.writer, fx.clock);
    REQUIRE(received.ok());
    CHECK(PersonRepository(fx.db()).byUid(received->complainantUid)->nameEn == QStringLiteral("Neha Kulkarni"));

    SECTION("an invalid new complainant stops the whole complaint")
    {
        const int gds = fx.count(QStringLiteral("gd_entries"));
        p.phone = QStringLiteral("123");
        auto refused = ComplaintRepository(fx.db()).receive(c, p, fx.writer, fx.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("person.phone")));
        CHECK(fx.count(QStringLiteral("gd_entries")) == gds);
        CHECK(ComplaintRepository(fx.db()).count() == 1);
    }
    SECTION("a complaint needs a complainant, a subject and its text")
    {
        Complaint empty;
        auto refused = ComplaintRepository(fx.db()).receive(empty, std::nullopt, fx.writer, fx.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("complaint.complainant_required")));
        CHECK(refused.error().violations.size() == 3);
        CHECK(ComplaintRepository(fx.db()).count() == 1);
    }
    SECTION("an administrator cannot receive complaints")
    {
        auto refused = ComplaintRepository(fx.db()).receive(c, p, fx.admin, fx.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("forbidden"));
    }
}

TEST_CASE("complaints are numbered per calendar year", "[complaints][numbering]")
{
    StationFixture fx;
    const Person ramesh = fx.person(QStringLiteral("Ramesh Patil"));
    fx.clock.set(ist(2026, 12, 31, 22, 0));
    const Complaint a = fx.complaint(ramesh);
    fx.clock.advanceSecs(60);
    const Complaint b = fx.complaint(ramesh);
    fx.clock.set(ist(2027, 1, 1, 0, 30));
    const Complaint c = fx.complaint(ramesh);

    CHECK(a.year == 2026);
    CHECK(a.number == 1);
    CHECK(b.number == 2);
    CHECK(c.year == 2027);
    CHECK(c.number == 1);
    CHECK(c.reference() == QStringLiteral("Petition 1/2027"));
    CHECK(fx.check().isEmpty());
}

TEST_CASE("closing a complaint needs a reason", "[complaints]")
{
    StationFixture fx;
    const Complaint c = fx.complaint(fx.person(QStringLiteral("Ramesh Patil")));
    ComplaintRepository complaints(fx.db());
    const int gds = fx.count(QStringLiteral("gd_entries"));

    auto refused = complaints.takeAction(c.uid, ComplaintAction::Closed, QStringLiteral("  "), fx.writer, fx.clock);
    REQUIRE_FALSE(refused.ok());
    const auto v = violation(refused.error().violations, QStringLiteral("complaint.action_reason"));
    REQUIRE(v.has_value());
    CHECK(v->field == QStringLiteral("actionNote"));
    CHECK(complaints.byUid(c.uid, fx.writer)->action == ComplaintAction::Pending);
    CHECK(fx.count(QStringLiteral("gd_entries")) == gds);

    fx.clock.advanceSecs(3600);
    auto closed = complaints.takeAction(c.uid, ComplaintAction::Closed, QStringLiteral("Motorcycle found parked at a relative's house."),
                                        fx.writer, fx.clock);
    REQUIRE(closed.ok());
    CHECK(closed->action == ComplaintAction::Closed);
    CHECK(closed->actionNote == QStringLiteral("Motorcycle found parked at a relative's house."));
    CHECK(closed->actionAt == fx.clock.now());
    CHECK(closed->actionBy == fx.writer.uid);
    CHECK(fx.count(QStringLiteral("gd_entries")) == gds + 1);
    CHECK(complaints.count(QStringLiteral("closed")) == 1);
    CHECK(complaints.count(QStringLiteral("pending")) == 0);
}

TEST_CASE("an FIR registered from a complaint marks it, and a second FIR on it is refused", "[complaints][fir]")
{
    StationFixture fx;
    const Complaint c = fx.complaint(fx.person(QStringLiteral("Ramesh Patil")));
    fx.clock.advanceSecs(1800);
    FirDraft d = fx.draft(c.complainantUid);
    d.gdUid = c.gdUid;
    d.complaintUid = c.uid;
    d.infoReceivedAt = c.receivedAt;
    const Fir fir = fx.registerFir(d);

    ComplaintRepository complaints(fx.db());
    const auto marked = complaints.byUid(c.uid, fx.writer);
    REQUIRE(marked.has_value());
    CHECK(marked->action == ComplaintAction::Fir);
    CHECK(marked->firUid == fir.uid);
    CHECK(marked->actionAt == fx.clock.now());
    CHECK(FirRepository(fx.db()).byUid(fir.uid, fx.sho)->complaintUid == c.uid);

    fx.clock.advanceSecs(600);
    auto second = FirService(fx.db(), fx.clock).registerFir(d, fx.sho);
    REQUIRE_FALSE(second.ok());
    CHECK(rulesOf(second.error()).contains(QStringLiteral("fir.complaint_has_fir")));
    CHECK(FirRepository(fx.db()).count() == 1);

    auto close = complaints.takeAction(c.uid, ComplaintAction::Closed, QStringLiteral("Settled"), fx.sho, fx.clock);
    REQUIRE_FALSE(close.ok());
    CHECK(close.error().code == QStringLiteral("complaint.already_fir"));
    CHECK(complaints.byUid(c.uid, fx.writer)->firUid == fir.uid);
    CHECK(fx.check().isEmpty());
}

TEST_CASE("diary numbers follow each other and entry times never go back, even when the clock does", "[gd]")
{
    StationFixture fx;
    GdRepository gd(fx.db());
    auto write = [&](const QString& text) {
        auto e = gd.record(QStringLiteral("general"), text, fx.writer, fx.clock);
        REQUIRE(e.ok());
        return e.value();
    };
    const GdEntry a = write(QStringLiteral("Patrolling party left the station."));
    fx.clock.advanceSecs(300);
    const GdEntry b = write(QStringLiteral("Patrolling party returned."));
    fx.clock.set(ist(2026, 3, 10, 9, 0)); // someone set the laptop's clock back
    const GdEntry c = write(QStringLiteral("Lock-up checked; in order."));
    fx.clock.set(ist(2026, 3, 10, 11, 0));
    const GdEntry d = write(QStringLiteral("Officer left for court duty."));

    CHECK(b.number == a.number + 1);
    CHECK(c.number == b.number + 1);
    CHECK(d.number == c.number + 1);
    CHECK(a.entryAt <= b.entryAt);
    CHECK(b.entryAt <= c.entryAt);
    CHECK(c.entryAt <= d.entryAt);
    CHECK(gd.byUid(c.uid)->entryAt >= b.entryAt);

    // The list, newest first, shows the same order.
    const QList<GdEntry> page = gd.page({}, 0, 100);
    REQUIRE(page.size() == 4);
    for (qsizetype i = 1; i < page.size(); ++i) {
        CHECK(page.at(i).number == page.at(i - 1).number - 1);
        CHECK(page.at(i).entryAt <= page.at(i - 1).entryAt);
    }
    const QList<Finding> findings = fx.check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}

TEST_CASE("an FIR registered after the clock was set back is not dated before its own GD entry", "[gd][fir]")
{
    StationFixture fx;
    auto entry = GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Patrolling party left the station."), fx.writer, fx.clock);
    REQUIRE(entry.ok());
    fx.clock.set(ist(2026, 3, 10, 9, 0)); // the clock goes back an hour
    const Fir fir = fx.registerSimpleFir();

    const auto gd = GdRepository(fx.db()).byUid(fir.gdUid);
    REQUIRE(gd.has_value());
    INFO("FIR registered at " << str(toStored(fir.registeredAt)) << ", its GD entry at " << str(toStored(gd->entryAt)));
    CHECK(fir.registeredAt >= gd->entryAt);
    const QList<Finding> findings = fx.check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}
