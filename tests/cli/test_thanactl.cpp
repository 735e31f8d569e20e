// thanactl as an administrator or a script uses it: a real process, its output and
// its exit status.

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run thanactl(const QStringList& args, const QByteArray& input = {})
{
    const QString program = qEnvironmentVariable("THANACTL");
    REQUIRE_FALSE(program.isEmpty());
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(600000));
    Run r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL on a store behind the application's back, as someone with the sqlite3 tool would.
void tamper(const QString& path, const QString& statement)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList initArgs(const QString& db)
{
    return { QStringLiteral("init"), QStringLiteral("--db"), db,
             QStringLiteral("--state-code"), QStringLiteral("MH"),
             QStringLiteral("--state-name"), QStringLiteral("Maharashtra"),
             QStringLiteral("--district-code"), QStringLiteral("PUN"),
             QStringLiteral("--district-name"), QStringLiteral("Pune City"),
             QStringLiteral("--station-code"), QStringLiteral("MH-PUN-0999"),
             QStringLiteral("--name-en"), QStringLiteral("Kothrud"),
             QStringLiteral("--name-local"), QStringLiteral("कोथरूड"),
             QStringLiteral("--language"), QStringLiteral("mr") };
}

} // namespace

TEST_CASE("thanactl explains itself and each command", "[cli]")
{
    const Run none = thanactl({});
    CHECK(none.status == 2);
    CHECK(none.err.contains(QLatin1String("init")));

    const Run help = thanactl({ QStringLiteral("--help") });
    CHECK(help.status == 0);
    for (const char* command : { "init", "demo", "check", "user add", "user list" })
        CHECK(help.out.contains(QLatin1String(command)));

    const QList<QStringList> commands = { { QStringLiteral("init") }, { QStringLiteral("demo") }, { QStringLiteral("check") },
                                          { QStringLiteral("user"), QStringLiteral("add") },
                                          { QStringLiteral("user"), QStringLiteral("list") } };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run r = thanactl(command + QStringList { QStringLiteral("--help") });
        CHECK(r.status == 0);
        CHECK(r.out.contains(QLatin1String("Usage: thanactl ") + command.join(QLatin1Char(' '))));
        CHECK(r.out.contains(QLatin1String("--db")));
    }

    const Run unknown = thanactl({ QStringLiteral("frobnicate") });
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains(QLatin1String("frobnicate")));
}

TEST_CASE("init creates a station store and never touches an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("station.thana"));

    SECTION("a weak password is refused before anything is written")
    {
        const Run r = thanactl(initArgs(db), "short\n");
        CHECK(r.status == 1);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFile::exists(db));
    }
    SECTION("a missing station field is named")
    {
        QStringList args = initArgs(db);
        const auto at = args.indexOf(QStringLiteral("--name-local"));
        args.remove(at, 2);
        const Run r = thanactl(args, "a-strong-pass-2026\n");
        CHECK(r.status == 2);
        CHECK(r.err.contains(QLatin1String("local language")));
        CHECK_FALSE(QFile::exists(db));
    }
    SECTION("a good one is made; a second init leaves it alone")
    {
        const Run r = thanactl(initArgs(db), "a-strong-pass-2026\n");
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QLatin1String("MH-PUN-0999")));

        const Run users = thanactl({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db });
        CHECK(users.status == 0);
        CHECK(users.out.startsWith(QLatin1String("admin\tadmin\t")));

        const QByteArray before = digest(db);
        const Run again = thanactl(initArgs(db), "a-strong-pass-2026\n");
        CHECK(again.status == 1);
        CHECK(again.err.contains(QLatin1String("already exists")));
        CHECK(digest(db) == before);

        const Run check = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), db });
        CHECK(check.status == 0);
        CHECK(check.out.contains(QLatin1String("clean")));
    }
}

TEST_CASE("user add needs an administrator's password and a known role", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("station.thana"));
    REQUIRE(thanactl(initArgs(db), "a-strong-pass-2026\n").status == 0);
    const QStringList add = { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                              QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--username"), QStringLiteral("sho"),
                              QStringLiteral("--name"), QStringLiteral("Anita Deshmukh"), QStringLiteral("--rank"), QStringLiteral("PI") };

    const Run badRole = thanactl(add + QStringList { QStringLiteral("--role"), QStringLiteral("constable") },
                                 "a-strong-pass-2026\nanother-pass-77\n");
    CHECK(badRole.status == 2);
    CHECK(badRole.err.contains(QLatin1String("--role")));

    const Run wrong = thanactl(add + QStringList { QStringLiteral("--role"), QStringLiteral("sho") }, "not-the-password-1\nanother-pass-77\n");
    CHECK(wrong.status == 1);

    const Run weak = thanactl(add + QStringList { QStringLiteral("--role"), QStringLiteral("sho") }, "a-strong-pass-2026\nabc\n");
    CHECK(weak.status == 1);

    const Run ok = thanactl(add + QStringList { QStringLiteral("--role"), QStringLiteral("sho") }, "a-strong-pass-2026\nanother-pass-77\n");
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    const Run users = thanactl({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db });
    CHECK(users.out.contains(QLatin1String("sho\tsho\tAnita Deshmukh\t")));
    CHECK(users.out.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("demo makes a practice station that check finds clean, and check names tampering", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.thana"));
    const Run demo = thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--days"), QStringLiteral("30"),
                                QStringLiteral("--last-day"), QStringLiteral("2026-03-31"), QStringLiteral("--quiet") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.status == 0);
    CHECK(demo.out.contains(QLatin1String("thana-demo-2026")));

    const Run clean = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), db });
    INFO(clean.out.toStdString());
    CHECK(clean.status == 0);

    const Run twice = thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--quiet") });
    CHECK(twice.status == 1);

    SECTION("a removed guard")
    {
        tamper(db, QStringLiteral("DROP TRIGGER firs_no_update"));
        const Run r = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), db });
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("firs_no_update")));
        CHECK(r.out.contains(QLatin1String("[schema.immutability]")));
    }
    SECTION("an FIR whose information now predates its occurrence")
    {
        tamper(db, QStringLiteral("DROP TRIGGER firs_no_update"));
        tamper(db, QStringLiteral("UPDATE firs SET info_received_at = '2001-01-01T00:00:00.000Z' WHERE number = 1"));
        const Run r = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), db });
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("FIR 1/")));
    }
    SECTION("a number skipped")
    {
        tamper(db, QStringLiteral("UPDATE counters SET last_number = last_number + 3 WHERE name LIKE 'fir%'"));
        const Run r = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), db });
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("[numbering.")));
    }
}

TEST_CASE("check refuses what is not a store without altering it", "[cli]")
{
    QTemporaryDir dir;
    const Run missing = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.thana")) });
    CHECK(missing.status == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.thana"))));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Not a database at all, just notes.\n");
    }
    const QByteArray before = digest(text);
    const Run foreign = thanactl({ QStringLiteral("check"), QStringLiteral("--db"), text });
    CHECK(foreign.status == 1);
    CHECK_FALSE(foreign.err.isEmpty());
    CHECK(digest(text) == before);

    const Run noDb = thanactl({ QStringLiteral("check") });
    CHECK(noDb.status == 2);
    CHECK(noDb.err.contains(QLatin1String("--db")));
}

TEST_CASE("cases exported from one store import into another once, and a broken file is refused by name", "[cli][interchange]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.thana"));
    const QString target = dir.filePath(QStringLiteral("target.thana"));
    const QString cases = dir.filePath(QStringLiteral("cases"));
    REQUIRE(thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), source, QStringLiteral("--days"), QStringLiteral("10"),
                       QStringLiteral("--last-day"), QStringLiteral("2026-03-31"), QStringLiteral("--quiet") })
                .status
            == 0);
    const Run exported = thanactl({ QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--out"), cases });
    REQUIRE(exported.status == 0);
    const int files = int(QDir(cases).entryList({ QStringLiteral("*.json") }, QDir::Files).size());
    REQUIRE(files > 0);

    QStringList init = initArgs(target);
    init[init.indexOf(QStringLiteral("MH-PUN-0999"))] = QStringLiteral("MH-PUN-0421");
    REQUIRE(thanactl(init, "a-strong-pass-2026\n").status == 0);
    const QStringList import = { QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--as"), QStringLiteral("admin"), cases };
    const Run first = thanactl(import, "a-strong-pass-2026\n");
    INFO(first.out.toStdString());
    CHECK(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("%1 imported, 0 unchanged, 0 refused.").arg(files)));
    const Run second = thanactl(import, "a-strong-pass-2026\n");
    CHECK(second.status == 0);
    CHECK(second.out.contains(QStringLiteral("0 imported, %1 unchanged, 0 refused.").arg(files)));

    {
        QFile broken(QDir(cases).filePath(QStringLiteral("zz-broken.json")));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"thana.case\", \"version\": 1, \"station\": \"MH-PUN-0421\", \"records\": {\"firs\": []}}");
    }
    const Run third = thanactl(import, "a-strong-pass-2026\n");
    CHECK(third.status == 1);
    CHECK(third.out.contains(QLatin1String("zz-broken.json: refused:")));
    CHECK(third.out.contains(QLatin1String("[import.one_fir, field firs]")));
}

namespace {

/// Runs SQL with the sqlite3 command-line tool, as someone altering the file would.
void sqlite3(const QString& path, const QString& script)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { path });
    REQUIRE(p.waitForStarted());
    p.write(script.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

} // namespace

TEST_CASE("verify names the first diary entry or FIR altered behind the application's back", "[cli][chain]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.thana"));
    REQUIRE(thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--days"), QStringLiteral("5"),
                       QStringLiteral("--last-day"), QStringLiteral("2026-03-31"), QStringLiteral("--quiet") })
                .status
            == 0);
    const QStringList verify = { QStringLiteral("verify"), QStringLiteral("--db"), db };
    const Run clean = thanactl(verify);
    INFO(clean.out.toStdString());
    REQUIRE(clean.status == 0);
    CHECK(clean.out.contains(QLatin1String("every chain holds")));

    SECTION("an entry edited")
    {
        sqlite3(db, QStringLiteral("DROP TRIGGER gd_entries_no_update; UPDATE gd_entries SET summary = 'Nothing happened' WHERE number = 7;"));
        const Run r = thanactl(verify);
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("GD 7/2026")));
        CHECK(r.out.contains(QLatin1String("[edited]")));
    }
    SECTION("an entry deleted")
    {
        sqlite3(db, QStringLiteral("PRAGMA foreign_keys=OFF; DROP TRIGGER gd_entries_no_delete; DELETE FROM gd_entries WHERE number = 9;"));
        const Run r = thanactl(verify);
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("[deleted]")));
    }
    SECTION("an entry inserted")
    {
        sqlite3(db, QStringLiteral("INSERT INTO gd_entries(uid, station_code, year, number, entry_at, kind, summary, officer_uid, created_by, created_at) "
                                   "SELECT 'forged', station_code, year, (SELECT max(number) + 1 FROM gd_entries), entry_at, 'general', "
                                   "'Accused released', officer_uid, created_by, created_at FROM gd_entries WHERE number = 3;"));
        const Run r = thanactl(verify);
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("[inserted]")));
    }
    SECTION("two entries reordered")
    {
        sqlite3(db, QStringLiteral("DROP TRIGGER gd_entries_no_update; "
                                   "UPDATE gd_entries SET number = 99999 WHERE number = 4; UPDATE gd_entries SET number = 4 WHERE number = 5; "
                                   "UPDATE gd_entries SET number = 5 WHERE number = 99999;"));
        const Run r = thanactl(verify);
        CHECK(r.status == 1);
        CHECK((r.out.contains(QLatin1String("[reordered]")) || r.out.contains(QLatin1String("[edited]"))));
        CHECK(r.out.contains(QLatin1String("GD 5/2026")));
    }
    SECTION("an FIR edited")
    {
        sqlite3(db, QStringLiteral("DROP TRIGGER firs_no_update; UPDATE firs SET place_address = 'Somewhere else' WHERE number = 2;"));
        const Run r = thanactl(verify);
        CHECK(r.status == 1);
        CHECK(r.out.contains(QLatin1String("FIR register")));
        CHECK(r.out.contains(QLatin1String("FIR 2/2026")));
    }
}

TEST_CASE("the station's other registers print from a demo store, and match lists likely matches", "[cli][records]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.thana"));
    REQUIRE(thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--days"), QStringLiteral("5"),
                       QStringLiteral("--last-day"), QStringLiteral("2026-03-31"), QStringLiteral("--quiet") })
                .status
            == 0);
    const Run help = thanactl({ QStringLiteral("--help") });
    CHECK(help.out.contains(QLatin1String("match")));

    const Run processes = thanactl({ QStringLiteral("register"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("processes") });
    INFO(processes.err.toStdString());
    REQUIRE(processes.status == 0);
    CHECK(processes.out.contains(QStringLiteral("Summons and warrants register / सम्मन एवं वारंट रजिस्टर")));
    CHECK(processes.out.contains(QLatin1String("Service status")));
    CHECK(processes.out.contains(QLatin1String("served personally on Mahesh Gaikwad")));
    CHECK(processes.out.contains(QLatin1String("pending")));
    for (const char* name : { "missing", "udb", "found", "history", "visitors" }) {
        INFO(name);
        const Run r = thanactl({ QStringLiteral("register"), QStringLiteral("--db"), db, QStringLiteral("--name"), QLatin1String(name) });
        CHECK(r.status == 0);
        CHECK(r.out.count(QLatin1Char('\n')) > 2); // title, columns, rows
    }

    const Run match = thanactl({ QStringLiteral("match"), QStringLiteral("--db"), db });
    INFO(match.err.toStdString());
    REQUIRE(match.status == 0);
    CHECK(match.out.contains(QLatin1String("Pooja Shinde")));
    CHECK(match.out.contains(QLatin1String("Person found 1/2026")));
    CHECK(match.out.contains(QLatin1String("Dattatray Kale")));
    CHECK(match.out.contains(QLatin1String("2 possible match(es).")));
    CHECK_FALSE(match.out.contains(QLatin1String("Rahul Yadav"))); // traced
    CHECK(thanactl({ QStringLiteral("match"), QStringLiteral("--db"), db, QStringLiteral("--min-score"), QStringLiteral("lots") }).status == 2);
}

namespace {

/// A number from a store, read behind the application's back, to check a report against.
int scalar(const QString& path, const QString& statement)
{
    const QString name = QUuid::createUuid().toString();
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        REQUIRE(q.next());
        value = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// The fields of the CSV line that starts with `label`.
QStringList csvLine(const QString& path, const QString& label)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    for (const QString& line : QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"))) {
        if (line.startsWith(label + QLatin1Char(',')))
            return line.split(QLatin1Char(','));
    }
    return {};
}

} // namespace

TEST_CASE("report prints the crime review, pendency and disposal and writes them as CSV", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.thana"));
    REQUIRE(thanactl({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--days"), QStringLiteral("60"),
                       QStringLiteral("--last-day"), QStringLiteral("2026-03-31"), QStringLiteral("--quiet") })
                .status
            == 0);
    // March 2026 in Indian time: from 1 March 00:00 IST to 1 April 00:00 IST, in the stored UTC form.
    const int march = scalar(db, QStringLiteral("SELECT count(*) FROM firs WHERE zero_fir = 0 AND registered_at >= '2026-02-28T18:30:00.000Z' "
                                                "AND registered_at < '2026-03-31T18:30:00.000Z'"));
    const int yearToDate = scalar(db, QStringLiteral("SELECT count(*) FROM firs WHERE zero_fir = 0 AND registered_at >= '2025-12-31T18:30:00.000Z' "
                                                     "AND registered_at < '2026-03-31T18:30:00.000Z'"));
    REQUIRE(march > 0);

    SECTION("crime review")
    {
        const QString csv = dir.filePath(QStringLiteral("review.csv"));
        const Run r = thanactl({ QStringLiteral("report"), QStringLiteral("crime-review"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                                 QStringLiteral("2026-03"), QStringLiteral("--csv"), csv });
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QLatin1String("Monthly crime review: 03/2026")));
        CHECK(r.out.contains(QStringLiteral("मासिक अपराध समीक्षा")));
        CHECK(r.out.contains(QLatin1String("Same month last year")));
        // The demo has no FIRs a year before: no percentage to give.
        const QStringList total = csvLine(csv, QStringLiteral("Total / कुल"));
        REQUIRE(total.size() == 9);
        CHECK(total.at(1).toInt() == march);
        CHECK(total.at(2) == QStringLiteral("0"));
        CHECK(total.at(3) == QStringLiteral("+%1").arg(march));
        CHECK(total.at(4) == QStringLiteral("–"));
        CHECK(total.at(5).toInt() == yearToDate);
    }
    SECTION("pendency")
    {
        const QString csv = dir.filePath(QStringLiteral("pendency.csv"));
        const Run r = thanactl({ QStringLiteral("report"), QStringLiteral("pendency"), QStringLiteral("--db"), db, QStringLiteral("--on"),
                                 QStringLiteral("2026-03-31"), QStringLiteral("--csv"), csv });
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QLatin1String("Pendency of investigation by age on 31-03-2026")));
        const int open = scalar(db, QStringLiteral("SELECT count(*) FROM firs f WHERE f.registered_at < '2026-03-31T18:30:00.000Z' "
                                                   "AND NOT EXISTS(SELECT 1 FROM final_reports r WHERE r.fir_uid = f.uid AND r.status = 'approved') "
                                                   "AND NOT EXISTS(SELECT 1 FROM case_transfers t WHERE t.fir_uid = f.uid)"));
        const QStringList total = csvLine(csv, QStringLiteral("Total / कुल"));
        REQUIRE(total.size() == 5);
        CHECK(total.at(1).toInt() == open);
        // Sixty days of records: nothing older than 61 to 90 days.
        CHECK(csvLine(csv, QStringLiteral("Over 1 year / 1 वर्ष से अधिक")).value(1) == QStringLiteral("0"));
    }
    SECTION("disposal")
    {
        const Run r = thanactl({ QStringLiteral("report"), QStringLiteral("disposal"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                 QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31") });
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QStringLiteral("Disposal of cases, 01-01-2026 – 31-03-2026")));
        CHECK(r.out.contains(QLatin1String("Charge-sheeting rate")));
        CHECK(r.out.contains(QLatin1String("Conviction rate")));
    }
    SECTION("wrong command lines")
    {
        CHECK(thanactl({ QStringLiteral("report") }).status == 2);
        CHECK(thanactl({ QStringLiteral("report"), QStringLiteral("arrests"), QStringLiteral("--db"), db }).status == 2);
        CHECK(thanactl({ QStringLiteral("report"), QStringLiteral("crime-review"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                         QStringLiteral("2026-13") })
                  .status
              == 2);
        CHECK(thanactl({ QStringLiteral("report"), QStringLiteral("disposal"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                         QStringLiteral("2026-03-31"), QStringLiteral("--to"), QStringLiteral("2026-03-01") })
                  .status
              == 2);
        const Run help = thanactl({ QStringLiteral("report"), QStringLiteral("crime-review"), QStringLiteral("--help") });
        CHECK(help.status == 0);
        CHECK(help.out.contains(QLatin1String("--month")));
        CHECK(help.out.contains(QLatin1String("gravest head")));
    }
}
