// One person across cases: the same name in English and Devanagari spellings is found
// before a new person is created, and a merge is recorded and can be undone.

#include "fixtures.h"

#include "core/namekey.h"

using namespace thana::test;

TEST_CASE("names in English and Devanagari, and their usual spellings, share a key", "[persons][duplicates]")
{
    const QList<QStringList> same = {
        { QStringLiteral("Ramesh"), QStringLiteral("Rameshh"), QStringLiteral("रमेश") },
        { QStringLiteral("Jadhav"), QStringLiteral("Jaadhav"), QStringLiteral("Jadhao"), QStringLiteral("जाधव") },
        { QStringLiteral("Sunita Patil"), QStringLiteral("Suneeta Pattil"), QStringLiteral("सुनीता पाटील") },
        { QStringLiteral("Deshmukh"), QStringLiteral("देशमुख") },
        { QStringLiteral("Vijay Shinde"), QStringLiteral("Wijay Shinde"), QStringLiteral("विजय शिंदे") },
        { QStringLiteral("Anil Kulkarni"), QStringLiteral("अनिल कुलकर्णी") },
        { QStringLiteral("Mahesh Bhosale"), QStringLiteral("महेश भोसले") },
    };
    for (const QStringList& names : same) {
        for (const QString& n : names) {
            INFO(str(n) << " vs " << str(names.first()));
            CHECK(nameKey(n) == nameKey(names.first()));
        }
    }
    CHECK(nameKey(QStringLiteral("Ramesh")) != nameKey(QStringLiteral("Suresh")));
    CHECK(nameKey(QStringLiteral("Anil")) != nameKey(QStringLiteral("Neel")));
    CHECK(nameKey(QStringLiteral("Patil")) != nameKey(QStringLiteral("Pawar")));
}

TEST_CASE("likely duplicates are offered before a new person is created, best first", "[persons][duplicates]")
{
    StationFixture fx;
    PersonRepository persons(fx.db());
    auto record = [&](const QString& en, const QString& local, const QString& relative, int age, const QString& address) {
        Person p;
        p.nameEn = en;
        p.nameLocal = local;
        p.relativeKind = QStringLiteral("father");
        p.relativeName = relative;
        p.gender = QStringLiteral("M");
        p.ageYears = age;
        p.addressPresent = address;
        auto saved = persons.create(p, fx.writer, fx.clock);
        REQUIRE(saved.ok());
        return saved->uid;
    };
    const QString devanagariOnly = record(QString(), QStringLiteral("विजय शिंदे"), QStringLiteral("दत्तात्रय शिंदे"), 34, QStringLiteral("कोथरूड, पुणे"));
    const QString otherFather = record(QStringLiteral("Vijay Shinde"), QString(), QStringLiteral("Ramchandra Shinde"), 61, QStringLiteral("Hadapsar"));
    record(QStringLiteral("Ajay Shinde"), QString(), QStringLiteral("Dattatray Shinde"), 30, QStringLiteral("Kothrud"));

    Person entered;
    entered.nameEn = QStringLiteral("Wijay Shinde");
    entered.relativeName = QStringLiteral("Dattatray Shinde");
    entered.gender = QStringLiteral("M");
    entered.ageYears = 35;
    entered.addressPresent = QStringLiteral("Flat 4, Kothrud, Pune");
    const QList<DuplicateCandidate> found = persons.likelyDuplicates(entered, QDate(2026, 3, 10));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().person.uid == devanagariOnly);
    CHECK(found.first().reasons.contains(QStringLiteral("same father's or husband's name")));
    CHECK(found.first().reasons.contains(QStringLiteral("age within 3 years")));
    // Same name but another father and 26 years apart: not offered.
    for (const DuplicateCandidate& c : found)
        CHECK(c.person.uid != otherFather);
    // A woman of the same name is not the same person.
    entered.gender = QStringLiteral("F");
    CHECK(persons.likelyDuplicates(entered, QDate(2026, 3, 10)).isEmpty());
}

TEST_CASE("a merge is recorded, hides the duplicate, and can be undone", "[persons][duplicates]")
{
    StationFixture fx;
    PersonRepository persons(fx.db());
    const QString a = fx.person(QStringLiteral("Rahul More")).uid;
    const QString b = fx.person(QStringLiteral("Rahul Moray")).uid;
    CHECK(persons.merge(a, b, QStringLiteral("Same Aadhaar"), fx.writer, fx.clock).error().code == QStringLiteral("forbidden"));
    CHECK(persons.merge(a, b, QString(), fx.io, fx.clock).error().violations.first().field == QStringLiteral("reason"));
    CHECK(persons.merge(a, a, QStringLiteral("x"), fx.io, fx.clock).error().violations.first().rule == QStringLiteral("person.merge_self"));

    auto merged = persons.merge(b, a, QStringLiteral("Same person: same Aadhaar number on both statements"), fx.io, fx.clock);
    REQUIRE(merged.ok());
    CHECK(persons.canonicalUid(b) == a);
    CHECK(persons.byUid(b).has_value()); // nothing is deleted
    Person again;
    again.nameEn = QStringLiteral("Rahul More");
    const auto offered = persons.likelyDuplicates(again, QDate(2026, 3, 10));
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().person.uid == a);
    CHECK(persons.merge(b, a, QStringLiteral("again"), fx.io, fx.clock).error().violations.first().rule == QStringLiteral("person.already_merged"));

    REQUIRE(persons.undoMerge(merged->uid, fx.sho, fx.clock).ok());
    CHECK(persons.canonicalUid(b) == b);
    CHECK(persons.likelyDuplicates(again, QDate(2026, 3, 10)).size() == 2);
    CHECK_FALSE(persons.undoMerge(merged->uid, fx.sho, fx.clock).ok());
    CHECK(fx.check().isEmpty());
}
