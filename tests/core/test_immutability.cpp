// Registered FIRs and General Diary entries are never edited or deleted: an FIR changes by
// recorded amendment, a diary entry by a correcting entry.

#include "fixtures.h"

#include "core/unitofwork.h"

using namespace thana::test;

TEST_CASE("a registered FIR cannot be edited or deleted even with raw SQL", "[immutability]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    const QSqlDatabase c = fx.sql();
    const QVariant placeBefore = rawScalar(c, QStringLiteral("SELECT place_address FROM firs WHERE uid=?"), { fir.uid });

    QString error;
    CHECK_FALSE(rawExec(c, QStringLiteral("UPDATE firs SET place_address='Somewhere else' WHERE uid=?"), { fir.uid }, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
    CHECK_FALSE(rawExec(c, QStringLiteral("UPDATE firs SET number=99 WHERE uid=?"), { fir.uid }));
    CHECK_FALSE(rawExec(c, QStringLiteral("DELETE FROM firs WHERE uid=?"), { fir.uid }, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
    CHECK_FALSE(rawExec(c, QStringLiteral("DELETE FROM fir_sections WHERE fir_uid=?"), { fir.uid }));
    CHECK_FALSE(rawExec(c, QStringLiteral("UPDATE fir_parties SET kind='victim' WHERE fir_uid=?"), { fir.uid }));
    CHECK_FALSE(rawExec(c, QStringLiteral("DELETE FROM fir_parties WHERE fir_uid=?"), { fir.uid }));

    CHECK(rawScalar(c, QStringLiteral("SELECT place_address FROM firs WHERE uid=?"), { fir.uid }) == placeBefore);
    CHECK(fx.count(QStringLiteral("firs")) == 1);
    CHECK(fx.count(QStringLiteral("fir_sections")) == 1);
    CHECK(fx.count(QStringLiteral("fir_parties")) == 1);

    SECTION("the write path reports the refusal in words the user understands")
    {
        UnitOfWork uow(fx.db(), fx.sho.uid);
        auto done = uow.update(QStringLiteral("firs"), fir.uid, { { QStringLiteral("place_address"), QStringLiteral("Elsewhere") } });
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().code == QStringLiteral("immutable"));
        CHECK(done.error().message.contains(QLatin1String("amendment")));
    }
}

TEST_CASE("a General Diary entry cannot be edited or deleted even with raw SQL", "[immutability]")
{
    StationFixture fx;
    auto entry = GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Patrolling party left for beat 2."), fx.writer, fx.clock);
    REQUIRE(entry.ok());
    const QSqlDatabase c = fx.sql();

    QString error;
    CHECK_FALSE(rawExec(c, QStringLiteral("UPDATE gd_entries SET summary='Nothing happened' WHERE uid=?"), { entry->uid }, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
    CHECK_FALSE(rawExec(c, QStringLiteral("UPDATE gd_entries SET entry_at='2026-01-01T00:00:00.000Z' WHERE uid=?"), { entry->uid }));
    CHECK_FALSE(rawExec(c, QStringLiteral("DELETE FROM gd_entries WHERE uid=?"), { entry->uid }, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));

    const auto stored = GdRepository(fx.db()).byUid(entry->uid);
    REQUIRE(stored.has_value());
    CHECK(stored->summary == QStringLiteral("Patrolling party left for beat 2."));
    CHECK(stored->entryAt == fx.clock.now());
}

TEST_CASE("an amendment is recorded with its reason, author and time, and the original row stays", "[immutability][amend]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    fx.clock.advanceSecs(2 * 3600);
    const QDateTime amendedAt = fx.clock.now();
    const int gdBefore = fx.count(QStringLiteral("gd_entries"));
    FirService service(fx.db(), fx.clock);

    auto amended = service.amend(fir.uid, QStringLiteral("placeAddress"), QStringLiteral("Behind the bus stand, Shivaji Nagar"),
                                 QStringLiteral("Complainant corrected the place on the spot visit"), fx.io);
    INFO(str(amended ? QString() : amended.error().describe()));
    REQUIRE(amended.ok());
    CHECK(amended->reason == QStringLiteral("Complainant corrected the place on the spot visit"));
    CHECK(amended->byUid == fx.io.uid);
    CHECK(amended->at == amendedAt);
    CHECK(amended->oldValue == QStringLiteral("Near bus stand, Shivaji Nagar"));

    const auto now = FirRepository(fx.db()).byUid(fir.uid, fx.sho);
    REQUIRE(now.has_value());
    CHECK(now->placeAddress == QStringLiteral("Behind the bus stand, Shivaji Nagar"));
    REQUIRE(now->amendments.size() == 1);
    const FirAmendment& a = now->amendments.first();
    CHECK(a.field == QStringLiteral("placeAddress"));
    CHECK(a.oldValue == QStringLiteral("Near bus stand, Shivaji Nagar"));
    CHECK(a.newValue == QStringLiteral("Behind the bus stand, Shivaji Nagar"));
    CHECK(a.reason == QStringLiteral("Complainant corrected the place on the spot visit"));
    CHECK(a.byUid == fx.io.uid);
    CHECK(a.byName == fx.io.fullName);
    CHECK(a.at == amendedAt);

    // The registered row is as it was; the amendment went to the diary too.
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT place_address FROM firs WHERE uid=?"), { fir.uid }).toString()
          == QStringLiteral("Near bus stand, Shivaji Nagar"));
    CHECK(fx.count(QStringLiteral("gd_entries")) == gdBefore + 1);
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE uid=?"), { a.uid }).toInt() == 1);

    SECTION("a second amendment of the same field is applied in order")
    {
        fx.clock.advanceSecs(60);
        REQUIRE(service.amend(fir.uid, QStringLiteral("placeAddress"), QStringLiteral("Bus depot gate"), QStringLiteral("Map checked"), fx.sho).ok());
        const auto later = FirRepository(fx.db()).byUid(fir.uid, fx.sho);
        CHECK(later->placeAddress == QStringLiteral("Bus depot gate"));
        CHECK(later->amendments.size() == 2);
    }
    SECTION("an amendment cannot be edited or deleted")
    {
        CHECK_FALSE(rawExec(fx.sql(), QStringLiteral("UPDATE fir_amendments SET reason='none'")));
        CHECK_FALSE(rawExec(fx.sql(), QStringLiteral("DELETE FROM fir_amendments")));
        CHECK(fx.count(QStringLiteral("fir_amendments")) == 1);
    }
    CHECK(fx.check().isEmpty());
}

TEST_CASE("an amendment without a reason is refused", "[immutability][amend]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    FirService service(fx.db(), fx.clock);
    auto refused = service.amend(fir.uid, QStringLiteral("beat"), QStringLiteral("Beat 4"), QStringLiteral("   "), fx.sho);
    REQUIRE_FALSE(refused.ok());
    const auto v = violation(refused.error().violations, QStringLiteral("fir.amend_reason"));
    REQUIRE(v.has_value());
    CHECK(v->field == QStringLiteral("reason"));
    CHECK(v->message.contains(QLatin1String("Reason for amendment")));
    CHECK(fx.count(QStringLiteral("fir_amendments")) == 0);
    CHECK(FirRepository(fx.db()).byUid(fir.uid, fx.sho)->beat == QStringLiteral("Beat 2"));
}

TEST_CASE("only the SHO or the case's own IO can amend an FIR", "[immutability][amend]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    REQUIRE(fir.ioUid == fx.io.uid);
    FirService service(fx.db(), fx.clock);
    const QString reason = QStringLiteral("Beat reorganised");

    for (const User& other : { fx.io2, fx.writer, fx.admin }) {
        INFO("amended by " << str(other.username));
        auto refused = service.amend(fir.uid, QStringLiteral("beat"), QStringLiteral("Beat 5"), reason, other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("forbidden"));
    }
    CHECK(fx.count(QStringLiteral("fir_amendments")) == 0);

    CHECK(service.amend(fir.uid, QStringLiteral("beat"), QStringLiteral("Beat 5"), reason, fx.io).ok());
    CHECK(service.amend(fir.uid, QStringLiteral("direction"), QStringLiteral("North"), reason, fx.sho).ok());
    CHECK(fx.count(QStringLiteral("fir_amendments")) == 2);
}

TEST_CASE("the first information and other fields outside the amendable list cannot be amended", "[immutability][amend]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    FirService service(fx.db(), fx.clock);
    for (const char* field : { "firstInformation", "occurrenceFrom", "parties", "ioUid" }) {
        INFO("field " << field);
        auto refused = service.amend(fir.uid, QLatin1String(field), QStringLiteral("Something else entirely"),
                                     QStringLiteral("The informant wants to change the story"), fx.sho);
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.amend_field")));
    }
    CHECK(fx.count(QStringLiteral("fir_amendments")) == 0);
    CHECK(FirRepository(fx.db()).byUid(fir.uid, fx.sho)->firstInformation == fir.firstInformation.trimmed());
}

TEST_CASE("adding a sexual-offence section by amendment makes the FIR sensitive", "[immutability][amend][disclosure]")
{
    StationFixture fx;
    const Person complainant = fx.person(QStringLiteral("Priya Shinde"), QStringLiteral("प्रिया शिंदे"), {}, QStringLiteral("F"));
    const Fir fir = fx.registerFir(fx.draft(complainant.uid));
    FirRepository firs(fx.db());
    REQUIRE_FALSE(firs.byUid(fir.uid, fx.writer)->sensitive);
    REQUIRE(firs.byUid(fir.uid, fx.writer)->complainantName().contains(QLatin1String("Priya")));

    const Section s74 = fx.section(QStringLiteral("BNS"), QStringLiteral("74"));
    REQUIRE(s74.sexualOffence);
    FirService service(fx.db(), fx.clock);
    auto amended = service.amend(fir.uid, QStringLiteral("section"), QStringLiteral("BNS 74"),
                                 QStringLiteral("Statement recorded: she was also assaulted"), fx.io);
    INFO(str(amended ? QString() : amended.error().describe()));
    REQUIRE(amended.ok());

    const auto forSho = firs.byUid(fir.uid, fx.sho);
    CHECK(forSho->sensitive);
    CHECK(forSho->sections.contains(s74));
    const auto forWriter = firs.byUid(fir.uid, fx.writer);
    CHECK(forWriter->sensitive);
    CHECK(forWriter->masked);
    CHECK(forWriter->complainantName() == Disclosure::withheld());

    SECTION("the same section cannot be added twice")
    {
        auto again = service.amend(fir.uid, QStringLiteral("section"), QStringLiteral("BNS 74"), QStringLiteral("Repeat"), fx.io);
        REQUIRE_FALSE(again.ok());
        CHECK(rulesOf(again.error()).contains(QStringLiteral("fir.section_duplicate")));
    }
    SECTION("an IPC section cannot be added to a BNS-era FIR")
    {
        auto wrongCode = service.amend(fir.uid, QStringLiteral("section"), QStringLiteral("IPC 354"), QStringLiteral("Old habit"), fx.io);
        REQUIRE_FALSE(wrongCode.ok());
        CHECK(rulesOf(wrongCode.error()).contains(QStringLiteral("fir.section_code")));
    }
}

TEST_CASE("a diary correction is a new entry naming the old one, which stays unchanged", "[immutability][gd]")
{
    StationFixture fx;
    GdRepository gd(fx.db());
    auto original = gd.record(QStringLiteral("departure"), QStringLiteral("SI Pawar left for court duty at Shivajinagar court."), fx.writer, fx.clock);
    REQUIRE(original.ok());
    fx.clock.advanceSecs(900);

    auto correction = gd.correct(original->uid, QStringLiteral("SI Pawar left for the Sessions Court, not the JMFC court."), fx.writer, fx.clock);
    INFO(str(correction ? QString() : correction.error().describe()));
    REQUIRE(correction.ok());
    CHECK(correction->correctsUid == original->uid);
    CHECK(correction->kind == QStringLiteral("correction"));
    CHECK(correction->number == original->number + 1);
    CHECK(correction->summary.contains(original->reference()));
    CHECK(correction->uid != original->uid);

    const auto stored = gd.byUid(correction->uid);
    REQUIRE(stored.has_value());
    CHECK(stored->correctsUid == original->uid);
    const auto old = gd.byUid(original->uid);
    REQUIRE(old.has_value());
    CHECK(old->summary == QStringLiteral("SI Pawar left for court duty at Shivajinagar court."));
    CHECK(old->entryAt == original->entryAt);
    CHECK(old->correctsUid.isEmpty());
    CHECK(gd.count() == 2);

    SECTION("a correction needs its text and an existing entry")
    {
        CHECK_FALSE(gd.correct(original->uid, QStringLiteral("  "), fx.writer, fx.clock).ok());
        CHECK_FALSE(gd.correct(QStringLiteral("no-such-entry"), QStringLiteral("Text"), fx.writer, fx.clock).ok());
        CHECK(gd.count() == 2);
    }
    CHECK(fx.check().isEmpty());
}
