// FIR numbers: a serial per station per calendar year (IST), never skipped or reused,
// even with two writers on the same store.

#include "fixtures.h"

#include <QSet>

#include <algorithm>
#include <thread>
#include <vector>

using namespace thana::test;

namespace {

QList<int> firNumbers(const QSqlDatabase& db, int year)
{
    QList<int> numbers;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT number FROM firs WHERE year=? ORDER BY number"));
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next())
            numbers << q.value(0).toInt();
    }
    return numbers;
}

QList<int> oneTo(int n)
{
    QList<int> numbers;
    for (int i = 1; i <= n; ++i)
        numbers << i;
    return numbers;
}

} // namespace

TEST_CASE("FIR numbers start at 1 and follow each other within a year", "[numbering]")
{
    StationFixture fx;
    const Fir first = fx.registerSimpleFir(QStringLiteral("Ramesh Patil"));
    fx.clock.advanceSecs(600);
    const Fir second = fx.registerSimpleFir(QStringLiteral("Suresh Jadhav"));
    fx.clock.advanceSecs(600);
    const Fir third = fx.registerSimpleFir(QStringLiteral("Anil Pawar"));

    CHECK(first.number == 1);
    CHECK(second.number == 2);
    CHECK(third.number == 3);
    CHECK(first.year == 2026);
    CHECK(third.reference() == QStringLiteral("FIR 3/2026"));
    CHECK(first.stationCode == fx.station.code);

    FirRepository firs(fx.db());
    const auto stored = firs.byNumber(2026, 2, fx.sho);
    REQUIRE(stored.has_value());
    CHECK(stored->uid == second.uid);
    CHECK(firNumbers(fx.sql(), 2026) == oneTo(3));
    CHECK(fx.check().isEmpty());
}

TEST_CASE("FIR numbers restart at 1 on the first of January in Indian time", "[numbering]")
{
    StationFixture fx;
    fx.clock.set(ist(2026, 12, 31, 23, 58));
    const Fir a = fx.registerSimpleFir(QStringLiteral("Ramesh Patil"));
    fx.clock.set(ist(2026, 12, 31, 23, 59));
    const Fir b = fx.registerSimpleFir(QStringLiteral("Suresh Jadhav"));
    // 00:01 IST on 1 January is still 31 December in UTC: the station's year decides.
    fx.clock.set(ist(2027, 1, 1, 0, 1));
    const Fir c = fx.registerSimpleFir(QStringLiteral("Anil Pawar"));
    fx.clock.set(ist(2027, 1, 1, 0, 5));
    const Fir d = fx.registerSimpleFir(QStringLiteral("Vijay Shinde"));

    CHECK(a.year == 2026);
    CHECK(a.number == 1);
    CHECK(b.year == 2026);
    CHECK(b.number == 2);
    CHECK(c.year == 2027);
    CHECK(c.number == 1);
    CHECK(d.year == 2027);
    CHECK(d.number == 2);
    CHECK(c.reference() == QStringLiteral("FIR 1/2027"));

    FirRepository firs(fx.db());
    CHECK(firs.count(2026) == 2);
    CHECK(firs.count(2027) == 2);
    CHECK(firs.byNumber(2027, 1, fx.sho)->uid == c.uid);
    CHECK(firs.byNumber(2026, 1, fx.sho)->uid == a.uid);

    // The diary numbers its year afresh as well; the year's first entry, the first of
    // its first day, lists the persons in custody.
    const auto gd = GdRepository(fx.db()).byUid(c.gdUid);
    REQUIRE(gd.has_value());
    CHECK(gd->year == 2027);
    CHECK(gd->number == 2);
    const auto opening = GdRepository(fx.db()).byNumber(2027, 1);
    REQUIRE(opening.has_value());
    CHECK(opening->kind == QStringLiteral("custody"));
    CHECK(opening->summary.startsWith(QStringLiteral("Persons in custody at the start of 01-01-2027")));

    INFO(str(describe(fx.check())));
    CHECK(fx.check().isEmpty());
}

TEST_CASE("two connections registering FIRs at the same time get numbers 1..N without gaps or duplicates", "[numbering][threads]")
{
    StationFixture fx;
    const QString path = fx.path();
    const User writer = fx.writer;
    const User sho = fx.sho;
    const User io = fx.io;
    const Section theft = fx.theft();
    constexpr int kPerThread = 15;

    struct Outcome {
        QList<int> numbers;
        QStringList errors;
    };
    auto work = [&](const User& actor, const QString& who, Outcome* out) {
        auto opened = Database::open(path, Database::Mode::ExistingOnly);
        if (!opened) {
            out->errors << opened.error().describe();
            return;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        {
            ManualClock clock(ist(2026, 3, 10, 10, 0));
            FirService service(*db, clock);
            for (int i = 0; i < kPerThread; ++i) {
                FirDraft d;
                d.infoReceivedAt = clock.now().addSecs(-3600);
                d.occurrenceFrom = clock.now().addSecs(-5 * 3600);
                d.occurrenceTo = clock.now().addSecs(-4 * 3600);
                d.placeAddress = QStringLiteral("Market Yard");
                d.firstInformation = QStringLiteral("My phone was taken in the crowd.");
                d.ioUid = io.uid;
                d.sections << theft;
                NewParty complainant;
                complainant.person.nameEn = QStringLiteral("%1 Complainant").arg(who);
                complainant.person.gender = QStringLiteral("M");
                auto fir = service.registerFir(d, actor, QStringLiteral("Information from %1 number %2.").arg(who).arg(i), { complainant });
                if (fir)
                    out->numbers << fir->number;
                else
                    out->errors << fir.error().describe();
            }
        }
        db.reset();
    };

    Outcome first;
    Outcome second;
    {
        std::thread t1(work, writer, QStringLiteral("Writer"), &first);
        std::thread t2(work, sho, QStringLiteral("Sho"), &second);
        t1.join();
        t2.join();
    }
    INFO(str(first.errors.join(QLatin1Char('\n')) + second.errors.join(QLatin1Char('\n'))));
    CHECK(first.errors.isEmpty());
    CHECK(second.errors.isEmpty());

    QList<int> all = first.numbers + second.numbers;
    std::sort(all.begin(), all.end());
    CHECK(all == oneTo(2 * kPerThread));
    CHECK(firNumbers(fx.sql(), 2026) == oneTo(2 * kPerThread));
    // Each thread saw its own numbers rise.
    CHECK(std::is_sorted(first.numbers.begin(), first.numbers.end()));
    CHECK(std::is_sorted(second.numbers.begin(), second.numbers.end()));

    const QList<Finding> findings = fx.check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}

TEST_CASE("an FIR refused by a rule does not use up a number", "[numbering]")
{
    StationFixture fx;
    const Fir first = fx.registerSimpleFir(QStringLiteral("Ramesh Patil"));
    REQUIRE(first.number == 1);
    const int gdBefore = fx.count(QStringLiteral("gd_entries"));

    FirService service(fx.db(), fx.clock);
    FirDraft bad = fx.draft(fx.person(QStringLiteral("Suresh Jadhav")).uid);
    bad.occurrenceTo = bad.occurrenceFrom.addSecs(-60);
    auto refused = service.registerFir(bad, fx.writer, StationFixture::informationText());
    REQUIRE_FALSE(refused.ok());
    CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.occurrence_order")));

    // Refused again, this time after new parties would have been recorded.
    NewParty accused;
    accused.kind = FirParty::Kind::Accused;
    accused.person.nameEn = QStringLiteral("Rahul Gaikwad");
    accused.accusedStatus = QStringLiteral("known");
    FirDraft noSections = fx.draft(fx.person(QStringLiteral("Anil Pawar")).uid);
    noSections.sections.clear();
    refused = service.registerFir(noSections, fx.writer, StationFixture::informationText(), { accused });
    REQUIRE_FALSE(refused.ok());
    CHECK(rulesOf(refused.error()).contains(QStringLiteral("fir.sections_required")));
    CHECK(fx.count(QStringLiteral("gd_entries")) == gdBefore);

    fx.clock.advanceSecs(300);
    const Fir next = fx.registerSimpleFir(QStringLiteral("Vijay Shinde"));
    CHECK(next.number == 2);
    CHECK(firNumbers(fx.sql(), 2026) == oneTo(2));
    const auto gd = GdRepository(fx.db()).byUid(next.gdUid);
    REQUIRE(gd.has_value());
    CHECK(gd->number == gdBefore + 1);
    CHECK(fx.check().isEmpty());
}
