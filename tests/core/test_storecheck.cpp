// The store check: a store written through the app passes; a store tampered with outside
// it is reported with the rule that was broken.

#include "fixtures.h"

#include "core/authservice.h"
#include "core/demodata.h"

using namespace thana::test;

namespace {

DemoData::Options twentyDays(quint32 seed)
{
    DemoData::Options o;
    o.lastDay = QDate(2026, 3, 9);
    o.days = 20;
    o.seed = seed;
    return o;
}

/// A demo station of 20 days, generated once per run and copied for each tampering test.
/// Some seeds make the generator trip over its own diary times (see the test "a 20-day demo
/// station written through the app passes the store check"), so the first seed that gives
/// a clean store is used; the tampering tests need a clean store to start from.
QString demoStore()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo.thana"));
        for (quint32 seed = 2024; seed < 2024 + 40; ++seed) {
            QFile::remove(file);
            auto db = openStore(file);
            DemoData::Options o = twentyDays(seed);
            o.directFirsPerDay = 1;
            o.extraPersonsPerDay = 1;
            if (DemoData::generate(*db, o).ok() && StoreCheck(*db).run().isEmpty())
                return file;
        }
        FAIL("no seed gave a clean demo store");
        return QString();
    }();
    return path;
}

struct DemoFixture {
    DemoFixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("station.thana"));
        REQUIRE(QFile::copy(demoStore(), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        db = openStore(path, Database::Mode::ExistingOnly);
    }
    QList<Finding> check() const { return StoreCheck(*db).run(); }
    QSqlDatabase sql() const { return db->connection(); }
    void exec(const QString& statement)
    {
        QString error;
        const bool done = rawExec(sql(), statement, {}, &error);
        INFO(str(statement) << " -> " << str(error));
        REQUIRE(done);
    }
    std::optional<Finding> finding(const QString& rule) const
    {
        for (const Finding& f : check()) {
            if (f.rule == rule)
                return f;
        }
        return std::nullopt;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_CASE("a 20-day demo station written through the app passes the store check", "[storecheck][demo]")
{
    for (quint32 seed : { 2024u, 1u, 2u, 3u }) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        auto db = openStore(dir.filePath(QStringLiteral("demo.thana")));
        auto generated = DemoData::generate(*db, twentyDays(seed));
        INFO(str(generated ? QString() : generated.error().describe()));
        CHECK(generated.ok());
        QStringList steps;
        const QList<Finding> findings = StoreCheck(*db).run([&steps](const QString& step) { steps << step; });
        INFO(str(describe(findings)));
        CHECK(findings.isEmpty());
        CHECK(steps.size() >= 5);
    }
}

TEST_CASE("a demo station has the records a class practises on", "[storecheck][demo]")
{
    DemoFixture fx;
    CHECK(rawCount(fx.sql(), QStringLiteral("firs")) > 10);
    CHECK(rawCount(fx.sql(), QStringLiteral("complaints")) > 10);
    CHECK(rawCount(fx.sql(), QStringLiteral("gd_entries")) > 100);
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT training FROM station")).toInt() == 1);
    // Sexual-offence cases, to practise what the disclosure rules withhold.
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM fir_sections s JOIN sections m USING(act_code, section) "
                                             "WHERE m.sexual_offence = 1")).toInt() > 0);
    const SystemClock clock;
    AuthService auth(*fx.db, clock);
    CHECK(auth.login(QStringLiteral("writer"), DemoData::demoPassword()).ok());
}

TEST_CASE("every demo FIR's first information names its place of occurrence", "[storecheck][demo]")
{
    DemoFixture fx;
    QSqlQuery q(fx.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT number, year, place_address, first_information FROM firs ORDER BY id")));
    int firs = 0;
    while (q.next()) {
        ++firs;
        const QString place = q.value(2).toString();
        const QString story = q.value(3).toString();
        INFO("FIR " << q.value(0).toInt() << '/' << q.value(1).toInt() << ": " << str(story));
        CHECK(story.contains(place));
        CHECK_FALSE(story.contains(QLatin1Char('%')));
    }
    CHECK(firs > 10);
}

TEST_CASE("the store check reports tampering with the General Diary", "[storecheck]")
{
    DemoFixture fx;
    SECTION("a guard trigger dropped")
    {
        fx.exec(QStringLiteral("DROP TRIGGER gd_entries_no_delete"));
        const auto f = fx.finding(QStringLiteral("schema.immutability"));
        REQUIRE(f.has_value());
        CHECK(f->message.contains(QLatin1String("gd_entries_no_delete")));
    }
    SECTION("an entry renumbered, leaving a gap")
    {
        fx.exec(QStringLiteral("DROP TRIGGER gd_entries_no_update"));
        fx.exec(QStringLiteral("UPDATE gd_entries SET number = number + 1000 WHERE id = (SELECT max(id) FROM gd_entries)"));
        const QStringList rules = rulesOf(fx.check());
        CHECK(rules.contains(QStringLiteral("numbering.gap")));
        CHECK(rules.contains(QStringLiteral("schema.immutability")));
        CHECK(fx.finding(QStringLiteral("numbering.gap"))->where.contains(QLatin1String("General Diary")));
    }
    SECTION("an entry deleted from the middle")
    {
        fx.exec(QStringLiteral("DROP TRIGGER gd_entries_no_delete"));
        fx.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        fx.exec(QStringLiteral("DELETE FROM gd_entries WHERE id = (SELECT min(id) FROM gd_entries WHERE kind='general' "
                               "AND id > (SELECT min(id) + 5 FROM gd_entries))"));
        REQUIRE(rawScalar(fx.sql(), QStringLiteral("SELECT changes()")).toInt() == 1);
        CHECK(rulesOf(fx.check()).contains(QStringLiteral("numbering.gap")));
    }
    SECTION("an entry timed before the one numbered before it")
    {
        fx.exec(QStringLiteral("DROP TRIGGER gd_entries_no_update"));
        fx.exec(QStringLiteral("UPDATE gd_entries SET entry_at = '2026-02-18T00:00:00.000Z' WHERE id = (SELECT max(id) FROM gd_entries)"));
        CHECK(rulesOf(fx.check()).contains(QStringLiteral("gd.order")));
    }
}

TEST_CASE("the store check reports register counters that do not match the records", "[storecheck]")
{
    DemoFixture fx;
    SECTION("the FIR counter deleted")
    {
        fx.exec(QStringLiteral("DELETE FROM counters WHERE name='fir'"));
        const auto f = fx.finding(QStringLiteral("numbering.counter"));
        REQUIRE(f.has_value());
        CHECK(f->where.contains(QLatin1String("FIR register")));
    }
    SECTION("the complaint counter moved ahead")
    {
        fx.exec(QStringLiteral("UPDATE counters SET last_number = last_number + 3 WHERE name='complaint'"));
        const auto f = fx.finding(QStringLiteral("numbering.counter"));
        REQUIRE(f.has_value());
        CHECK(f->where.contains(QLatin1String("Complaint register")));
    }
    SECTION("numbers issued for a year that has no records")
    {
        fx.exec(QStringLiteral("INSERT INTO counters(name, station_code, year, last_number) VALUES('fir','MH-PUN-0421',2031,4)"));
        CHECK(rulesOf(fx.check()).contains(QStringLiteral("numbering.orphan")));
    }
}

TEST_CASE("the store check reports an FIR written outside the app with a bad chronology", "[storecheck]")
{
    DemoFixture fx;
    fx.exec(QStringLiteral("DROP TRIGGER firs_no_update"));
    SECTION("information received before the occurrence began")
    {
        // Take the first FIR and move its information to a day before its occurrence.
        const QString uid = rawScalar(fx.sql(), QStringLiteral("SELECT uid FROM firs ORDER BY id LIMIT 1")).toString();
        const QString from = rawScalar(fx.sql(), QStringLiteral("SELECT occurrence_from FROM firs WHERE uid=?"), { uid }).toString();
        const QString earlier = toStored(fromStored(from).addDays(-1));
        REQUIRE(rawExec(fx.sql(), QStringLiteral("UPDATE firs SET info_received_at=? WHERE uid=?"), { earlier, uid }));
        const auto f = fx.finding(QStringLiteral("fir.info_before_occurrence"));
        REQUIRE(f.has_value());
        CHECK(f->where.startsWith(QLatin1String("FIR ")));
        CHECK(rulesOf(fx.check()).contains(QStringLiteral("schema.immutability")));
    }
    SECTION("a new FIR inserted by hand, dated before its GD entry and missing from the change log")
    {
        QSqlQuery q(fx.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT f.gd_uid, g.entry_at, f.io_uid, f.created_by, f.year, "
                                      "(SELECT max(number) FROM firs WHERE year = f.year) FROM firs f JOIN gd_entries g ON g.uid = f.gd_uid "
                                      "ORDER BY f.id DESC LIMIT 1")));
        REQUIRE(q.next());
        const QString gdUid = q.value(0).toString();
        const QDateTime gdAt = fromStored(q.value(1).toString());
        const QString ioUid = q.value(2).toString();
        const QString createdBy = q.value(3).toString();
        const int year = q.value(4).toInt();
        const int number = q.value(5).toInt() + 1;
        q.finish();
        const QString registered = toStored(gdAt.addSecs(-3600));
        const QString info = toStored(gdAt.addSecs(-4000));
        const QString occurred = toStored(gdAt.addSecs(-7200));
        REQUIRE(rawExec(fx.sql(),
                        QStringLiteral("INSERT INTO firs(uid, station_code, district_code, year, number, registered_at, gd_uid, info_received_at, "
                                       "info_mode, occurrence_from, occurrence_to, place_address, first_information, io_uid, created_by, created_at) "
                                       "VALUES('forged-fir','MH-PUN-0421','PUN',?,?,?,?,?,'oral',?,?,'Market Yard','Backdated story',?,?,?)"),
                        { year, number, registered, gdUid, info, occurred, occurred, ioUid, createdBy, registered }));
        REQUIRE(rawExec(fx.sql(), QStringLiteral("UPDATE counters SET last_number = last_number + 1 WHERE name='fir' AND year=?"), { year }));
        const QStringList rules = rulesOf(fx.check());
        CHECK(rules.contains(QStringLiteral("fir.before_gd")));
        CHECK(rules.contains(QStringLiteral("changelog.missing")));
        // It also names no section and no complainant.
        CHECK(rules.contains(QStringLiteral("fir.sections_required")));
        CHECK(rules.contains(QStringLiteral("fir.complainant_required")));
        CHECK_FALSE(rules.contains(QStringLiteral("numbering.gap")));
    }
}

TEST_CASE("the store check reports records that bypassed the change log or broke their links", "[storecheck]")
{
    DemoFixture fx;
    SECTION("a person inserted by hand")
    {
        fx.exec(QStringLiteral("INSERT INTO persons(uid, name_en, gender, created_by, created_at) "
                               "VALUES('hand-made','Unknown Person','U','nobody','2026-03-09T10:00:00.000Z')"));
        const auto f = fx.finding(QStringLiteral("changelog.missing"));
        REQUIRE(f.has_value());
        CHECK(f->where == QStringLiteral("persons"));
    }
    SECTION("a change-log entry removed")
    {
        fx.exec(QStringLiteral("DELETE FROM change_log WHERE uid = (SELECT uid FROM complaints ORDER BY id LIMIT 1)"));
        CHECK(fx.finding(QStringLiteral("changelog.missing")).has_value());
    }
    SECTION("a complaint marked as an FIR that no FIR refers to")
    {
        fx.exec(QStringLiteral("UPDATE complaints SET action='fir' WHERE id = (SELECT min(id) FROM complaints WHERE action <> 'fir')"));
        CHECK(fx.finding(QStringLiteral("complaint.fir_link")).has_value());
    }
    SECTION("a reference to a diary entry that does not exist")
    {
        fx.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        fx.exec(QStringLiteral("UPDATE complaints SET gd_uid='missing-entry' WHERE id = (SELECT min(id) FROM complaints)"));
        CHECK(fx.finding(QStringLiteral("sqlite.foreign_key")).has_value());
    }
}
