// The rules of an FIR (IIF-I): each is refused with its own rule id and a message that
// names the field, and a refused registration leaves the store as it was.

#include "fixtures.h"

using namespace thana::test;

namespace {

/// An FIR draft that refers to a GD entry written at 09:30 IST, with the context the rules
/// would see at registration at 10:00 IST on 10 March 2026.
struct RulesFixture : StationFixture {
    RulesFixture()
    {
        clock.set(ist(2026, 3, 10, 9, 30));
        auto entry = GdRepository(db()).record(QStringLiteral("general"), QStringLiteral("Ramesh Patil came to report a theft."), writer, clock);
        REQUIRE(entry.ok());
        gd = entry.value();
        clock.set(ist(2026, 3, 10, 10, 0));
        complainant = person(QStringLiteral("Ramesh Patil"), QStringLiteral("रमेश पाटील"));
        d = draft(complainant.uid);
        d.gdUid = gd.uid;
        d.infoReceivedAt = ist(2026, 3, 10, 9, 15);
    }

    FirRuleContext context(const FirDraft& draft)
    {
        FirRuleContext c = FirService(db(), clock).contextFor(draft, clock.now(), clock.now());
        return c;
    }
    QList<Violation> check() { return FirRules::check(d, context(d)); }

    /// The violation `rule` must be among those of the draft, on `field`, with a message
    /// naming the field's label.
    void requireRefused(const QString& rule, const QString& field, const QString& label)
    {
        const QList<Violation> v = check();
        INFO("violations: " << str(rulesOf(v).join(QStringLiteral(", "))));
        const auto found = violation(v, rule);
        REQUIRE(found.has_value());
        CHECK(found->field == field);
        CHECK(found->message.contains(label));
    }

    GdEntry gd;
    Person complainant;
    FirDraft d;
};

} // namespace

TEST_CASE_METHOD(RulesFixture, "a complete FIR draft breaks no rule", "[firrules]")
{
    const QList<Violation> v = check();
    INFO(str(rulesOf(v).join(QStringLiteral(", "))));
    CHECK(v.isEmpty());
}

TEST_CASE_METHOD(RulesFixture, "an FIR must refer to the GD entry that recorded the information", "[firrules]")
{
    SECTION("no GD reference")
    {
        d.gdUid.clear();
        requireRefused(QStringLiteral("fir.gd_required"), QStringLiteral("gdUid"), QStringLiteral("GD reference"));
    }
    SECTION("a GD reference that does not exist")
    {
        d.gdUid = QStringLiteral("no-such-entry");
        requireRefused(QStringLiteral("fir.gd_required"), QStringLiteral("gdUid"), QStringLiteral("GD reference"));
    }
    SECTION("registration with neither a GD entry nor the text of a new one")
    {
        d.gdUid.clear();
        auto refused = FirService(db(), clock).registerFir(d, writer, QStringLiteral("   "));
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.gd_required")));
        CHECK(FirRepository(db()).count() == 0);
    }
}

TEST_CASE_METHOD(RulesFixture, "an FIR cannot be dated before its GD entry", "[firrules]")
{
    FirRuleContext c = context(d);
    c.registeredAt = gd.entryAt.addSecs(-60);
    const QList<Violation> v = FirRules::check(d, c);
    const auto found = violation(v, QStringLiteral("fir.before_gd"));
    REQUIRE(found.has_value());
    CHECK(found->field == QStringLiteral("gdUid"));
    CHECK(found->message.contains(QLatin1String("GD reference")));
    CHECK(found->message.contains(gd.reference()));

    SECTION("registering at the same minute as the GD entry is fine")
    {
        c.registeredAt = gd.entryAt;
        CHECK(FirRules::check(d, c).isEmpty());
    }
    SECTION("registration with the computer's clock set back is dated after the GD entry, never before it")
    {
        clock.set(ist(2026, 3, 10, 9, 0));
        d.infoReceivedAt = ist(2026, 3, 10, 8, 55);
        d.occurrenceFrom = ist(2026, 3, 10, 6, 0);
        d.occurrenceTo = ist(2026, 3, 10, 7, 0);
        auto registered = FirService(db(), clock).registerFir(d, writer);
        REQUIRE(registered.ok());
        CHECK(registered->registeredAt >= gd.entryAt);
        CHECK(StoreCheck(db()).run().isEmpty());
    }
}

TEST_CASE_METHOD(RulesFixture, "information cannot be received after the GD entry that recorded it", "[firrules]")
{
    d.infoReceivedAt = gd.entryAt.addSecs(60);
    requireRefused(QStringLiteral("fir.info_after_gd"), QStringLiteral("infoReceivedAt"), QStringLiteral("Information received at"));
}

TEST_CASE_METHOD(RulesFixture, "information cannot be received before the occurrence began", "[firrules]")
{
    d.occurrenceFrom = ist(2026, 3, 10, 9, 20);
    d.occurrenceTo = ist(2026, 3, 10, 9, 25);
    requireRefused(QStringLiteral("fir.info_before_occurrence"), QStringLiteral("infoReceivedAt"), QStringLiteral("Information received at"));
}

TEST_CASE_METHOD(RulesFixture, "an occurrence cannot end before it begins", "[firrules]")
{
    d.occurrenceTo = d.occurrenceFrom.addSecs(-60);
    requireRefused(QStringLiteral("fir.occurrence_order"), QStringLiteral("occurrenceTo"), QStringLiteral("Occurrence to"));
}

TEST_CASE_METHOD(RulesFixture, "an occurrence cannot be in the future", "[firrules]")
{
    d.occurrenceFrom = clock.now().addSecs(3600);
    d.occurrenceTo = clock.now().addSecs(2 * 3600);
    requireRefused(QStringLiteral("fir.occurrence_future"), QStringLiteral("occurrenceFrom"), QStringLiteral("Occurrence from"));

    SECTION("a few minutes of clock difference are tolerated")
    {
        d.occurrenceFrom = clock.now().addSecs(120);
        d.occurrenceTo = clock.now().addSecs(180);
        CHECK_FALSE(rulesOf(check()).contains(QStringLiteral("fir.occurrence_future")));
    }
}

TEST_CASE_METHOD(RulesFixture, "a report more than 24 hours after the occurrence needs a reason for the delay", "[firrules]")
{
    SECTION("25 hours without a reason is refused")
    {
        d.occurrenceFrom = d.infoReceivedAt.addSecs(-26 * 3600);
        d.occurrenceTo = d.infoReceivedAt.addSecs(-25 * 3600);
        requireRefused(QStringLiteral("fir.delay_reason"), QStringLiteral("delayReason"), QStringLiteral("Reason for delay"));
    }
    SECTION("25 hours with a reason is accepted")
    {
        d.occurrenceFrom = d.infoReceivedAt.addSecs(-26 * 3600);
        d.occurrenceTo = d.infoReceivedAt.addSecs(-25 * 3600);
        d.delayReason = QStringLiteral("The complainant was in hospital.");
        CHECK(check().isEmpty());
    }
    SECTION("exactly 24 hours needs no reason")
    {
        d.occurrenceFrom = d.infoReceivedAt.addSecs(-25 * 3600);
        d.occurrenceTo = d.infoReceivedAt.addSecs(-24 * 3600);
        CHECK(check().isEmpty());
    }
}

TEST_CASE_METHOD(RulesFixture, "an FIR needs at least one section, and only sections in the master data", "[firrules]")
{
    SECTION("no section")
    {
        d.sections.clear();
        requireRefused(QStringLiteral("fir.sections_required"), QStringLiteral("sections"), QStringLiteral("Acts and sections"));
    }
    SECTION("an unknown section")
    {
        d.sections = { Section { QStringLiteral("BNS"), QStringLiteral("9999"), {}, {}, false, {} } };
        requireRefused(QStringLiteral("fir.section_unknown"), QStringLiteral("sections"), QStringLiteral("BNS 9999"));
    }
}

TEST_CASE_METHOD(RulesFixture, "occurrences before 1 July 2024 fall under the IPC and from that day under the BNS", "[firrules]")
{
    const Section bns = theft();
    const Section ipc = section(QStringLiteral("IPC"), QStringLiteral("379"));
    d.delayReason = QStringLiteral("The complainant was abroad.");

    // 23:30 IST on 30 June and 00:30 IST on 1 July are both 30 June in UTC.
    const QDateTime lastIpcEvening = ist(2024, 6, 30, 23, 30);
    const QDateTime firstBnsNight = ist(2024, 7, 1, 0, 30);
    REQUIRE(firstBnsNight.date() == QDate(2024, 6, 30));

    SECTION("a BNS section for an occurrence on 30 June 2024 is refused")
    {
        d.occurrenceFrom = lastIpcEvening;
        d.occurrenceTo = lastIpcEvening.addSecs(600);
        d.sections = { bns };
        requireRefused(QStringLiteral("fir.section_code"), QStringLiteral("sections"), QStringLiteral("Acts and sections"));
        CHECK(violation(check(), QStringLiteral("fir.section_code"))->message.contains(QLatin1String("30-06-2024")));
    }
    SECTION("an IPC section for an occurrence on 30 June 2024 is accepted")
    {
        d.occurrenceFrom = lastIpcEvening;
        d.occurrenceTo = lastIpcEvening.addSecs(600);
        d.sections = { ipc };
        CHECK(check().isEmpty());
    }
    SECTION("a BNS section for an occurrence on 1 July 2024 is accepted")
    {
        d.occurrenceFrom = firstBnsNight;
        d.occurrenceTo = firstBnsNight.addSecs(600);
        d.sections = { bns };
        CHECK(check().isEmpty());
    }
    SECTION("an IPC section for an occurrence on 1 July 2024 is refused")
    {
        d.occurrenceFrom = firstBnsNight;
        d.occurrenceTo = firstBnsNight.addSecs(600);
        d.sections = { ipc };
        requireRefused(QStringLiteral("fir.section_code"), QStringLiteral("sections"), QStringLiteral("IPC 379"));
    }
    SECTION("the governing code is chosen by the Indian date")
    {
        CHECK(FirRules::penalCodeFor(QDate(2024, 6, 30)) == QStringLiteral("IPC"));
        CHECK(FirRules::penalCodeFor(QDate(2024, 7, 1)) == QStringLiteral("BNS"));
    }
}

TEST_CASE_METHOD(RulesFixture, "an FIR needs exactly one complainant", "[firrules]")
{
    SECTION("none")
    {
        d.parties.clear();
        requireRefused(QStringLiteral("fir.complainant_required"), QStringLiteral("complainant"), QStringLiteral("Complainant"));
    }
    SECTION("two")
    {
        d.parties << FirParty { FirParty::Kind::Complainant, person(QStringLiteral("Suresh Jadhav")).uid, {}, {}, {}, {} };
        requireRefused(QStringLiteral("fir.complainant_required"), QStringLiteral("complainant"), QStringLiteral("Complainant"));
    }
}

TEST_CASE_METHOD(RulesFixture, "an FIR needs the first information and the place of occurrence", "[firrules]")
{
    SECTION("first information empty")
    {
        d.firstInformation = QStringLiteral("  \n ");
        requireRefused(QStringLiteral("required"), QStringLiteral("firstInformation"), QStringLiteral("First information"));
    }
    SECTION("place empty")
    {
        d.placeAddress.clear();
        requireRefused(QStringLiteral("required"), QStringLiteral("placeAddress"), QStringLiteral("Place of occurrence"));
    }
}

TEST_CASE_METHOD(RulesFixture, "a Zero FIR names where the offence occurred", "[firrules]")
{
    d.zeroFir = true;
    SECTION("without origin")
    {
        requireRefused(QStringLiteral("fir.zero_origin"), QStringLiteral("zeroFirOrigin"), QStringLiteral("Zero FIR"));
    }
    SECTION("with origin")
    {
        d.zeroFirOrigin = QStringLiteral("Police Station Hadapsar, Pune");
        CHECK(check().isEmpty());
    }
}

TEST_CASE_METHOD(RulesFixture, "only an active IO or SHO can be the investigating officer", "[firrules]")
{
    SECTION("a writer")
    {
        d.ioUid = writer.uid;
        requireRefused(QStringLiteral("fir.io_role"), QStringLiteral("ioUid"), QStringLiteral("Investigating officer"));
    }
    SECTION("an administrator")
    {
        d.ioUid = admin.uid;
        requireRefused(QStringLiteral("fir.io_role"), QStringLiteral("ioUid"), QStringLiteral("Investigating officer"));
    }
    SECTION("an IO whose account was deactivated")
    {
        REQUIRE(UserRepository(db()).setActive(io2.uid, false, admin).ok());
        d.ioUid = io2.uid;
        requireRefused(QStringLiteral("fir.io_role"), QStringLiteral("ioUid"), QStringLiteral("Investigating officer"));
    }
    SECTION("the SHO")
    {
        d.ioUid = sho.uid;
        CHECK(check().isEmpty());
    }
}

TEST_CASE_METHOD(RulesFixture, "the remaining particulars of an FIR are checked too", "[firrules]")
{
    SECTION("information received in the future")
    {
        d.gdUid.clear();
        d.infoReceivedAt = clock.now().addSecs(3600);
        FirRuleContext c = context(d);
        c.gdCreatedWithFir = true;
        const auto v = violation(FirRules::check(d, c), QStringLiteral("fir.info_future"));
        REQUIRE(v.has_value());
        CHECK(v->field == QStringLiteral("infoReceivedAt"));
    }
    SECTION("a distance beyond 1000 km")
    {
        d.distanceKm = 1200;
        requireRefused(QStringLiteral("fir.distance"), QStringLiteral("distanceKm"), QStringLiteral("Distance from the station"));
    }
    SECTION("a negative property value")
    {
        d.propertyValueRupees = -1;
        requireRefused(QStringLiteral("fir.property_value"), QStringLiteral("propertyValue"), QStringLiteral("Value of property"));
    }
    SECTION("a named accused neither known nor suspected")
    {
        d.parties << FirParty { FirParty::Kind::Accused, person(QStringLiteral("Rahul Gaikwad")).uid, {}, {}, {}, {} };
        requireRefused(QStringLiteral("fir.accused_status"), QStringLiteral("parties"), QStringLiteral("Accused"));
    }
    SECTION("a party who is not a recorded person")
    {
        d.parties << FirParty { FirParty::Kind::Victim, {}, QStringLiteral("Someone"), {}, {}, {} };
        requireRefused(QStringLiteral("fir.party_person"), QStringLiteral("parties"), QStringLiteral("Persons"));
    }
}

TEST_CASE_METHOD(RulesFixture, "a refused FIR changes nothing in the store", "[firrules]")
{
    const int firs = count(QStringLiteral("firs"));
    const int gds = count(QStringLiteral("gd_entries"));
    const int log = count(QStringLiteral("change_log"));
    const int persons = count(QStringLiteral("persons"));
    const int counters = count(QStringLiteral("counters"));
    const QVariant lastGd = rawScalar(sql(), QStringLiteral("SELECT last_number FROM counters WHERE name='gd'"));
    FirService service(db(), clock);

    NewParty victim;
    victim.kind = FirParty::Kind::Victim;
    victim.person.nameEn = QStringLiteral("Kavita Patil");
    victim.person.gender = QStringLiteral("F");

    SECTION("a draft breaking a chronology rule, with its information GD text and a new victim")
    {
        d.gdUid.clear();
        d.occurrenceTo = d.occurrenceFrom.addSecs(-3600);
        auto refused = service.registerFir(d, writer, StationFixture::informationText(), { victim });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("invalid"));
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.occurrence_order")));
    }
    SECTION("a draft naming a person who is not on record")
    {
        d.parties << FirParty { FirParty::Kind::Accused, QStringLiteral("no-such-person"), {}, {}, {}, QStringLiteral("known") };
        auto refused = service.registerFir(d, writer, {}, { victim });
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.party_unknown")));
    }
    SECTION("a draft whose new complainant has an invalid phone")
    {
        d.gdUid.clear();
        d.parties.clear();
        NewParty newComplainant;
        newComplainant.person.nameEn = QStringLiteral("Mahesh Kamble");
        newComplainant.person.phone = QStringLiteral("12345");
        auto refused = service.registerFir(d, writer, StationFixture::informationText(), { newComplainant });
        REQUIRE_FALSE(refused.ok());
        const auto phone = violation(refused.error().violations, QStringLiteral("person.phone"));
        REQUIRE(phone.has_value());
        CHECK(phone->field == QStringLiteral("complainant.phone"));
    }
    SECTION("an administrator cannot register an FIR")
    {
        auto refused = service.registerFir(d, admin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("forbidden"));
        CHECK(rulesOf(service.validate(d, admin)).contains(QStringLiteral("fir.registrar_role")));
    }

    CHECK(count(QStringLiteral("firs")) == firs);
    CHECK(count(QStringLiteral("gd_entries")) == gds);
    CHECK(count(QStringLiteral("change_log")) == log);
    CHECK(count(QStringLiteral("persons")) == persons);
    CHECK(count(QStringLiteral("counters")) == counters);
    CHECK(rawScalar(sql(), QStringLiteral("SELECT last_number FROM counters WHERE name='gd'")) == lastGd);
    CHECK(rawScalar(sql(), QStringLiteral("SELECT count(*) FROM counters WHERE name='fir'")).toInt() == 0);
}

TEST_CASE_METHOD(RulesFixture, "the form's check and registration refuse the same things", "[firrules]")
{
    d.placeAddress.clear();
    d.occurrenceTo = d.occurrenceFrom.addSecs(-60);
    FirService service(db(), clock);
    const QStringList fromForm = rulesOf(service.validate(d, writer));
    auto refused = service.registerFir(d, writer);
    REQUIRE_FALSE(refused.ok());
    CHECK(rulesOf(refused.error()) == fromForm);
    CHECK(fromForm.contains(QStringLiteral("fir.occurrence_order")));
}
