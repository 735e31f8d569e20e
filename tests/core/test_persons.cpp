// Persons: what a record must hold to be saved, and finding people by any part of their
// names in English or Devanagari, or by phone.

#include "fixtures.h"

using namespace thana::test;

namespace {

Person named(const QString& en, const QString& local = {})
{
    Person p;
    p.nameEn = en;
    p.nameLocal = local;
    return p;
}

QStringList ruleIds(const Person& p)
{
    return rulesOf(PersonRepository::validate(p, QDate(2026, 3, 10)));
}

} // namespace

TEST_CASE("a person needs a name in English or Devanagari", "[persons]")
{
    const auto v = PersonRepository::validate(named({}, QStringLiteral("  ")), QDate(2026, 3, 10));
    const auto found = violation(v, QStringLiteral("person.name_required"));
    REQUIRE(found.has_value());
    CHECK(found->message.startsWith(QLatin1String("Name")));
    CHECK(ruleIds(named(QStringLiteral("Ramesh Patil"))).isEmpty());
    CHECK(ruleIds(named({}, QStringLiteral("रमेश पाटील"))).isEmpty());
    CHECK(ruleIds(named(QStringLiteral("D'Souza Jr."))).isEmpty());
}

TEST_CASE("the English name takes Latin letters and the Devanagari name Devanagari", "[persons]")
{
    const auto v = PersonRepository::validate(named(QStringLiteral("Ramesh रमेश")), QDate(2026, 3, 10));
    const auto latin = violation(v, QStringLiteral("person.name_latin"));
    REQUIRE(latin.has_value());
    CHECK(latin->field == QStringLiteral("nameEn"));
    CHECK(latin->message.contains(QLatin1String("Name (English)")));
    CHECK(ruleIds(named(QStringLiteral("Ramesh"), QStringLiteral("Ramesh"))).contains(QStringLiteral("person.name_devanagari")));
    CHECK(ruleIds(named(QStringLiteral("Ramesh2"))).contains(QStringLiteral("person.name_latin")));
}

TEST_CASE("a phone is a 10-digit mobile number or a landline with its STD code", "[persons]")
{
    Person p = named(QStringLiteral("Ramesh Patil"));
    for (const char* bad : { "12345", "5822012345", "98220123456", "98220-1234x" }) {
        INFO("phone " << bad);
        p.phone = QLatin1String(bad);
        const auto v = violation(PersonRepository::validate(p, QDate(2026, 3, 10)), QStringLiteral("person.phone"));
        REQUIRE(v.has_value());
        CHECK(v->field == QStringLiteral("phone"));
        CHECK(v->message.startsWith(QLatin1String("Phone")));
    }
    for (const char* good : { "9822012345", "98220 12345", "+919822012345", "020-25531234", "" }) {
        INFO("phone " << good);
        p.phone = QLatin1String(good);
        CHECK(ruleIds(p).isEmpty());
    }
}

TEST_CASE("an Aadhaar number must carry a valid Verhoeff check digit", "[persons]")
{
    // 234123412346 has a valid Verhoeff check digit (computed independently); changing the
    // last digit, or the first to 0 or 1, breaks it.
    Person p = named(QStringLiteral("Ramesh Patil"));
    p.documents = { IdentityDocument { QStringLiteral("aadhaar"), QStringLiteral("234123412346") } };
    CHECK(ruleIds(p).isEmpty());
    p.documents = { IdentityDocument { QStringLiteral("aadhaar"), QStringLiteral("2341 2341 2346") } };
    CHECK(ruleIds(p).isEmpty());
    for (const char* bad : { "234123412345", "234123412347", "134123412346", "23412341234", "2341234123466" }) {
        INFO("aadhaar " << bad);
        p.documents = { IdentityDocument { QStringLiteral("aadhaar"), QLatin1String(bad) } };
        const auto v = violation(PersonRepository::validate(p, QDate(2026, 3, 10)), QStringLiteral("person.aadhaar"));
        REQUIRE(v.has_value());
        CHECK(v->message.contains(QLatin1String("Aadhaar")));
    }
}

TEST_CASE("an invalid person is not saved", "[persons]")
{
    StationFixture fx;
    PersonRepository persons(fx.db());
    const int before = persons.count();
    Person p = named(QStringLiteral("Ramesh Patil"));
    p.documents = { IdentityDocument { QStringLiteral("aadhaar"), QStringLiteral("234123412345") } };
    auto refused = persons.create(p, fx.writer, fx.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(rulesOf(refused.error()).contains(QStringLiteral("person.aadhaar")));
    CHECK(persons.count() == before);

    p.documents = { IdentityDocument { QStringLiteral("aadhaar"), QStringLiteral("234123412346") } };
    auto saved = persons.create(p, fx.writer, fx.clock);
    REQUIRE(saved.ok());
    const auto stored = persons.byUid(saved->uid);
    REQUIRE(stored.has_value());
    CHECK(stored->documents == p.documents);
    CHECK(stored->createdAt == fx.clock.now());
    CHECK(persons.count() == before + 1);
}

TEST_CASE("persons are found by any part of their names, in English or Devanagari, or by phone", "[persons][search]")
{
    StationFixture fx;
    fx.person(QStringLiteral("Ramesh Patil"), QStringLiteral("रमेश पाटील"), QStringLiteral("9822012345"));
    fx.person(QStringLiteral("Suresh Jadhav"), QStringLiteral("सुरेश जाधव"), QStringLiteral("9011122233"));
    fx.person(QStringLiteral("Kavita Patil"), QStringLiteral("कविता पाटील"), QStringLiteral("7020304050"), QStringLiteral("F"));
    fx.person(QStringLiteral("Amit Verma"), QStringLiteral("अमित वर्मा"));

    PersonRepository persons(fx.db());
    auto names = [&](const QString& text) {
        QStringList found;
        for (const PersonMatch& m : persons.search(text, fx.writer))
            found << m.person.nameEn;
        found.sort();
        return found;
    };
    const QStringList ramesh { QStringLiteral("Ramesh Patil") };

    SECTION("part of an English name")
    {
        CHECK(names(QStringLiteral("mesh")) == ramesh);
        CHECK(names(QStringLiteral("esh")) == (QStringList { QStringLiteral("Ramesh Patil"), QStringLiteral("Suresh Jadhav") }));
        CHECK(names(QStringLiteral("atil")) == (QStringList { QStringLiteral("Kavita Patil"), QStringLiteral("Ramesh Patil") }));
    }
    SECTION("English names whatever the case")
    {
        CHECK(names(QStringLiteral("RAMESH")) == ramesh);
        CHECK(names(QStringLiteral("ramesh")) == ramesh);
        CHECK(names(QStringLiteral("rA")) == ramesh);
    }
    SECTION("part of a Devanagari name")
    {
        CHECK(names(QStringLiteral("रम")) == ramesh); // two characters
        CHECK(names(QStringLiteral("रमे")) == ramesh);
        CHECK(names(QStringLiteral("रमेश")) == ramesh);
        CHECK(names(QStringLiteral("पाटील")) == (QStringList { QStringLiteral("Kavita Patil"), QStringLiteral("Ramesh Patil") }));
    }
    SECTION("two words must both match")
    {
        CHECK(names(QStringLiteral("ramesh patil")) == ramesh);
        CHECK(names(QStringLiteral("patil ramesh")) == ramesh);
        CHECK(names(QStringLiteral("कविता पाटील")) == QStringList { QStringLiteral("Kavita Patil") });
        CHECK(names(QStringLiteral("ra patil")) == ramesh);
        CHECK(names(QStringLiteral("suresh patil")).isEmpty());
    }
    SECTION("a fragment of a phone number")
    {
        CHECK(names(QStringLiteral("20123")) == ramesh);
        CHECK(names(QStringLiteral("9822012345")) == ramesh);
        CHECK(names(QStringLiteral("0304")) == QStringList { QStringLiteral("Kavita Patil") });
    }
    SECTION("nothing is found for a name nobody has")
    {
        CHECK(names(QStringLiteral("Gaikwad")).isEmpty());
        CHECK(names(QStringLiteral("गायकवाड")).isEmpty());
    }
}
