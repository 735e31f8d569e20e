// Missing persons matched against unidentified bodies and persons found: on hand-built
// records where the right answer is known, including those that must never be offered.

#include "fixtures.h"

#include "core/missingpersonmatcher.h"
#include "core/stationrecords.h"

using namespace thana::test;

namespace {

PersonDescription described(const char* gender, int ageMin, int ageMax, int heightCm, const char* marks = "", const char* clothing = "")
{
    PersonDescription d;
    d.gender = QLatin1String(gender);
    d.ageMin = ageMin;
    d.ageMax = ageMax;
    d.heightCm = heightCm;
    d.marks = QString::fromUtf8(marks);
    d.clothing = QString::fromUtf8(clothing);
    return d;
}

QStringList uidsOf(const QList<MatchCandidate>& candidates)
{
    QStringList uids;
    for (const MatchCandidate& c : candidates)
        uids << c.subject.uid;
    return uids;
}

struct MatchFixture : StationFixture {
    StationRecords records { db(), clock };
    QString reporter = person(QStringLiteral("Sunita Shinde")).uid;

    MissingPerson girl;
    MissingPerson man;
    UnidentifiedBody likelyBody;     // the girl, probably
    UnidentifiedBody wrongGender;    // a boy of her age and height
    UnidentifiedBody tooOld;         // a woman of forty to fifty
    UnidentifiedBody tooTall;        // a girl of her age, 180 cm
    UnidentifiedBody manBody;        // the missing man, probably
    FoundPerson bestFound;           // the girl, almost certainly
    FoundPerson beforeMissing;       // found the day before she went missing
    FoundPerson unknownGender;       // little known: could be anyone of her age

    MatchFixture()
    {
        // 7 March: a girl found wandering, before the missing girl went missing.
        clock.set(ist(2026, 3, 7, 18, 0));
        beforeMissing = found(ist(2026, 3, 7, 17, 0), QStringLiteral("Shivaji Nagar bus stand"),
                              described("F", 14, 14, 150, "Mole on left cheek; burn scar on right hand"));

        // 8 March, 20:00: the girl is reported missing since 15:00; a man since the morning.
        clock.set(ist(2026, 3, 8, 20, 0));
        MissingPerson m;
        m.name = QStringLiteral("Pooja Shinde");
        m.description = described("F", 14, 14, 150, "Mole on left cheek; burn scar on right hand", "Blue school uniform, black shoes");
        m.missingSince = ist(2026, 3, 8, 15, 0);
        m.lastSeenPlace = QStringLiteral("Gate of Modern School, Shivaji Nagar");
        m.reportedBy = reporter;
        girl = report(m);
        m.name = QStringLiteral("Dattatray Kale");
        m.description = described("M", 55, 60, 168, "Tattoo of Om on right forearm", "White kurta");
        m.missingSince = ist(2026, 3, 8, 7, 0);
        m.lastSeenPlace = QStringLiteral("Aundh market");
        man = report(m);

        // 9 and 10 March: what is found.
        clock.set(ist(2026, 3, 10, 9, 0));
        bestFound = found(ist(2026, 3, 9, 10, 0), QStringLiteral("Shivaji Nagar railway station"),
                          described("F", 13, 16, 148, "Burn scar on right hand", "Blue uniform"));
        unknownGender = found(ist(2026, 3, 9, 12, 0), QStringLiteral("Hadapsar"), described("U", 10, 20, 0));
        likelyBody = body(ist(2026, 3, 9, 8, 0), QStringLiteral("Mula river bank"), described("F", 12, 15, 152, "Mole on cheek"));
        wrongGender = body(ist(2026, 3, 9, 9, 0), QStringLiteral("Shivaji Nagar nala"),
                           described("M", 14, 14, 150, "Mole on left cheek; burn scar on right hand"));
        tooOld = body(ist(2026, 3, 9, 9, 30), QStringLiteral("Shivaji Nagar"), described("F", 40, 50, 150, "Burn scar on right hand"));
        tooTall = body(ist(2026, 3, 9, 10, 0), QStringLiteral("Shivaji Nagar"), described("F", 14, 15, 180, "Mole on left cheek"));
        manBody = body(ist(2026, 3, 10, 6, 0), QStringLiteral("Near Aundh bridge"), described("M", 55, 65, 170, "Tattoo Om right forearm"));
    }

    MissingPerson report(const MissingPerson& m)
    {
        auto r = records.reportMissing(m, writer);
        INFO(str(r ? QString() : r.error().describe()));
        REQUIRE(r.ok());
        return r.value();
    }
    UnidentifiedBody body(const QDateTime& at, const QString& place, const PersonDescription& d)
    {
        UnidentifiedBody b;
        b.foundAt = at;
        b.place = place;
        b.description = d;
        b.inquestNote = QStringLiteral("Inquest held in the presence of two panchas.");
        auto r = records.recordBody(b, io);
        INFO(str(r ? QString() : r.error().describe()));
        REQUIRE(r.ok());
        return r.value();
    }
    FoundPerson found(const QDateTime& at, const QString& place, const PersonDescription& d)
    {
        FoundPerson f;
        f.foundAt = at;
        f.place = place;
        f.description = d;
        f.placedWith = QStringLiteral("Child welfare committee, Pune");
        auto r = records.recordFound(f, writer);
        INFO(str(r ? QString() : r.error().describe()));
        REQUIRE(r.ok());
        return r.value();
    }
};

} // namespace

TEST_CASE_METHOD(MatchFixture, "a missing girl is offered the body and the persons found who could be her, best first", "[records][matching]")
{
    const QList<MatchCandidate> candidates = MissingPersonMatcher(db()).forMissing(girl.uid);
    INFO(str(uidsOf(candidates).join(QLatin1Char(' '))));
    CHECK(uidsOf(candidates) == QStringList { bestFound.uid, likelyBody.uid, unknownGender.uid });

    const MatchCandidate& best = candidates.at(0);
    CHECK(best.subject.kind == MatchSubject::Kind::Found);
    CHECK(best.subject.reference == QStringLiteral("Person found 2/2026"));
    CHECK(best.score > candidates.at(1).score);
    CHECK(best.reasons.contains(QStringLiteral("Gender agrees.")));
    CHECK(best.reasons.contains(QStringLiteral("Age 14 and apparent age 13–16 overlap.")));
    CHECK(best.reasons.contains(QStringLiteral("Heights 150 cm and 148 cm differ by 2 cm.")));
    CHECK(best.reasons.contains(QStringLiteral("Marks in common: burn, hand, right, scar.")));
    CHECK(best.reasons.contains(QStringLiteral("Clothing in common: blue, uniform.")));
    CHECK(best.reasons.contains(QStringLiteral("Places in common: nagar, shivaji.")));
    CHECK(best.reasons.contains(QStringLiteral("Found 0 day(s) after going missing.")));

    CHECK(candidates.at(1).subject.kind == MatchSubject::Kind::Body);
    CHECK(candidates.at(1).reasons.contains(QStringLiteral("Marks in common: cheek, mole.")));
    // Little is known of the third: it is offered, last, without a word on gender.
    CHECK(candidates.at(2).score < 50);
    CHECK_FALSE(candidates.at(2).reasons.contains(QStringLiteral("Gender agrees.")));
}

TEST_CASE_METHOD(MatchFixture, "what cannot be the person is never offered", "[records][matching]")
{
    const QStringList offered = uidsOf(MissingPersonMatcher(db()).forMissing(girl.uid));
    CHECK_FALSE(offered.contains(wrongGender.uid));   // a boy
    CHECK_FALSE(offered.contains(beforeMissing.uid)); // found before she went missing
    CHECK_FALSE(offered.contains(tooOld.uid));        // forty to fifty
    CHECK_FALSE(offered.contains(tooTall.uid));       // 30 cm taller
    CHECK_FALSE(offered.contains(manBody.uid));       // the man

    // The man is matched to his own body only.
    const QList<MatchCandidate> forMan = MissingPersonMatcher(db()).forMissing(man.uid);
    REQUIRE(uidsOf(forMan) == QStringList { manBody.uid });
    CHECK(forMan.first().reasons.contains(QStringLiteral("Marks in common: forearm, right, tattoo.")));
}

TEST_CASE_METHOD(MatchFixture, "a body or a person found is offered the missing persons who could be them", "[records][matching]")
{
    MissingPersonMatcher match(db());
    CHECK(uidsOf(match.forBody(likelyBody.uid)) == QStringList { girl.uid });
    CHECK(uidsOf(match.forBody(manBody.uid)) == QStringList { man.uid });
    CHECK(uidsOf(match.forBody(wrongGender.uid)).isEmpty());
    CHECK(uidsOf(match.forFound(bestFound.uid)) == QStringList { girl.uid });
    CHECK(uidsOf(match.forFound(beforeMissing.uid)).isEmpty());
    // Either way round, the same score.
    CHECK(match.forFound(bestFound.uid).first().score == match.forMissing(girl.uid).first().score);
    CHECK(match.forBody(manBody.uid).first().subject.reference == QStringLiteral("Missing person 2/2026"));

    const auto all = match.all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).first.uid == girl.uid);
    CHECK(all.at(0).second.size() == 3);

    // Once traced, a missing person is no longer offered; once identified, a body is not.
    REQUIRE(records.recordTraced(girl.uid, clock.now(), QStringLiteral("Railway station"), QStringLiteral("Found by the railway police"), io).ok());
    REQUIRE(records.recordIdentification(manBody.uid, clock.now(), QStringLiteral("Dattatray Kale"), QStringLiteral("His son"), {}, io).ok());
    CHECK(match.forFound(bestFound.uid).isEmpty());
    CHECK(match.forMissing(man.uid).isEmpty());
    CHECK(match.all().isEmpty());
}

TEST_CASE("matching two descriptions: what rules a pair out and what adds to the score", "[records][matching]")
{
    MatchSubject missing { MatchSubject::Kind::Missing, QStringLiteral("m"), QStringLiteral("Missing person 1/2026"), QStringLiteral("A"),
                           described("M", 30, 30, 170), ist(2026, 1, 1, 10, 0), QStringLiteral("Pune") };
    MatchSubject found { MatchSubject::Kind::Body, QStringLiteral("b"), QStringLiteral("Unidentified body 1/2026"), {},
                         described("M", 28, 35, 172), ist(2026, 1, 5, 10, 0), QStringLiteral("Mumbai") };
    auto c = MissingPersonMatcher::compare(missing, found);
    REQUIRE(c.has_value());
    CHECK(c->score == 20 + 20 + 15 + 10);

    SECTION("genders that differ")
    {
        found.description.gender = QStringLiteral("F");
        CHECK_FALSE(MissingPersonMatcher::compare(missing, found).has_value());
        found.description.gender = QStringLiteral("U");
        CHECK(MissingPersonMatcher::compare(missing, found).has_value());
    }
    SECTION("found before going missing")
    {
        found.at = missing.at.addSecs(-60);
        CHECK_FALSE(MissingPersonMatcher::compare(missing, found).has_value());
    }
    SECTION("ages apart, allowing for estimates and for the years missing")
    {
        found.description.ageMin = 32;
        found.description.ageMax = 40;
        REQUIRE(MissingPersonMatcher::compare(missing, found).has_value()); // within two years: close
        CHECK(MissingPersonMatcher::compare(missing, found)->reasons.contains(QStringLiteral("Age 30 and apparent age 32–40 are close.")));
        found.description.ageMin = 35;
        CHECK_FALSE(MissingPersonMatcher::compare(missing, found).has_value());
        found.at = ist(2031, 6, 1, 10, 0); // five years on, he is 35
        CHECK(MissingPersonMatcher::compare(missing, found).has_value());
    }
    SECTION("heights more than 15 cm apart; an unknown height rules nothing out")
    {
        found.description.heightCm = 186;
        CHECK_FALSE(MissingPersonMatcher::compare(missing, found).has_value());
        found.description.heightCm = 185;
        CHECK(MissingPersonMatcher::compare(missing, found).has_value());
        found.description.heightCm = 0;
        CHECK(MissingPersonMatcher::compare(missing, found).has_value());
    }
    SECTION("marks in Devanagari are compared word by word")
    {
        missing.description.marks = QStringLiteral("दाहिने हाथ पर जलने का निशान");
        found.description.marks = QStringLiteral("हाथ पर पुराना निशान");
        const auto m = MissingPersonMatcher::compare(missing, found);
        REQUIRE(m.has_value());
        CHECK(m->reasons.contains(QStringLiteral("Marks in common: निशान, हाथ.")));
    }
}
