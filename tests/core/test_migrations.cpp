// Schema migrations: each one upgrades a store written by the previous version without
// losing its records, and a store from a newer version is refused untouched.

#include "fixtures.h"

#include "core/migrations.h"
#include "core/registerchain.h"
#include "core/syncledger.h"

#include <QDir>

using namespace thana::test;

namespace {

const QString kNow = QStringLiteral("2026-03-10T04:30:00.000Z");

/// A raw store in a temporary directory, brought to `version` by the migrations alone.
struct OldStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("old.thana"));
    std::unique_ptr<RawConnection> raw;

    explicit OldStore(int version)
    {
        REQUIRE(dir.isValid());
        raw = std::make_unique<RawConnection>(path);
        auto upgraded = migrations::upgrade(raw->db(), version);
        INFO(str(upgraded ? QString() : upgraded.error().message));
        REQUIRE(upgraded.ok());
        REQUIRE(migrations::currentVersion(raw->db()) == version);
    }
    void upgradeTo(int version)
    {
        auto upgraded = migrations::upgrade(raw->db(), version);
        INFO(str(upgraded ? QString() : upgraded.error().message));
        REQUIRE(upgraded.ok());
        REQUIRE(migrations::currentVersion(raw->db()) == version);
    }
    bool tableExists(const QString& name) const
    {
        return raw->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name=?"), { name }).toInt() == 1;
    }
};

// Rows valid at schema 1: the station, a user, a login state, a counter and the change log.
void insertV1Rows(RawConnection& raw)
{
    raw.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('installed', 'yes')"));
    raw.exec(QStringLiteral("INSERT INTO station(uid, state_code, state_name, district_code, district_name, code, name_en, name_local, "
                            "language, created_at) VALUES('st-1','MH','Maharashtra','PUN','Pune City','MH-PUN-0421','Shivaji Nagar',"
                            "'शिवाजी नगर','mr',?)"),
             { kNow });
    raw.exec(QStringLiteral("INSERT INTO users(uid, username, full_name, rank, role, password_hash, created_at) "
                            "VALUES('u-sho','sho','Prakash Deshmukh','PI','sho','scrypt$15$8$3$c2FsdA==$a2V5',?)"),
             { kNow });
    raw.exec(QStringLiteral("INSERT INTO login_state(user_uid, failed_count) VALUES('u-sho', 2)"));
    raw.exec(QStringLiteral("INSERT INTO change_log(entity, uid, op, payload, actor_uid, at) VALUES('users','u-sho','insert','{}',NULL,?)"),
             { kNow });
}

void checkV1Rows(const RawConnection& raw)
{
    CHECK(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key='installed'")).toString() == QStringLiteral("yes"));
    CHECK(raw.scalar(QStringLiteral("SELECT name_local FROM station WHERE uid='st-1'")).toString() == QStringLiteral("शिवाजी नगर"));
    CHECK(raw.scalar(QStringLiteral("SELECT full_name FROM users WHERE uid='u-sho'")).toString() == QStringLiteral("Prakash Deshmukh"));
    CHECK(raw.scalar(QStringLiteral("SELECT failed_count FROM login_state WHERE user_uid='u-sho'")).toInt() == 2);
    CHECK(raw.count(QStringLiteral("change_log")) >= 1);
}

// Rows valid at schema 2: a person, GD entries and a complaint with their counters.
void insertV2Rows(RawConnection& raw)
{
    raw.exec(QStringLiteral("INSERT INTO persons(uid, name_en, name_local, gender, phone, created_by, created_at) "
                            "VALUES('p-1','Ramesh Patil','रमेश पाटील','M','9822012345','u-sho',?)"),
             { kNow });
    raw.exec(QStringLiteral("INSERT INTO gd_entries(uid, station_code, year, number, entry_at, kind, summary, officer_uid, created_by, created_at) "
                            "VALUES('gd-1','MH-PUN-0421',2026,1,?,'complaint','Petition 1/2026 received','u-sho','u-sho',?)"),
             { kNow, kNow });
    raw.exec(QStringLiteral("INSERT INTO complaints(uid, station_code, year, number, received_at, mode, complainant_uid, subject, narrative, "
                            "gd_uid, created_by, created_at) VALUES('c-1','MH-PUN-0421',2026,1,?,'in_person','p-1','Theft of motorcycle',"
                            "'My motorcycle was stolen.','gd-1','u-sho',?)"),
             { kNow, kNow });
    raw.exec(QStringLiteral("INSERT INTO counters(name, station_code, year, last_number) VALUES('gd','MH-PUN-0421',2026,1),"
                            "('complaint','MH-PUN-0421',2026,1)"));
}

void checkV2Rows(const RawConnection& raw)
{
    CHECK(raw.scalar(QStringLiteral("SELECT name_local FROM persons WHERE uid='p-1'")).toString() == QStringLiteral("रमेश पाटील"));
    CHECK(raw.scalar(QStringLiteral("SELECT summary FROM gd_entries WHERE uid='gd-1'")).toString() == QStringLiteral("Petition 1/2026 received"));
    CHECK(raw.scalar(QStringLiteral("SELECT gd_uid FROM complaints WHERE uid='c-1'")).toString() == QStringLiteral("gd-1"));
    CHECK(raw.scalar(QStringLiteral("SELECT last_number FROM counters WHERE name='gd'")).toInt() == 1);
}

} // namespace

TEST_CASE("every schema migration has an upgrade test here", "[migrations]")
{
    // When this fails, a migration was added: write its upgrade test below, then raise the number.
    CHECK(migrations::latest() == 12);
    CHECK(Database::latestSchemaVersion() == migrations::latest());
}

TEST_CASE("migration 1 creates the station, users, counters and change log of an empty file", "[migrations]")
{
    OldStore store(0);
    store.upgradeTo(1);
    for (const char* table : { "meta", "change_log", "station", "users", "login_state", "counters" })
        CHECK(store.tableExists(QLatin1String(table)));
    insertV1Rows(*store.raw);
    checkV1Rows(*store.raw);
    // A username is unique whatever its case.
    QString error;
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("INSERT INTO users(uid, username, full_name, role, password_hash, created_at) "
                                                        "VALUES('u-2','SHO','Someone','io','x',?)"),
                        { kNow }, &error));
}

TEST_CASE("migration 2 keeps the station and users and adds persons, the diary and complaints", "[migrations]")
{
    OldStore store(1);
    insertV1Rows(*store.raw);
    store.upgradeTo(2);
    checkV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    checkV2Rows(*store.raw);

    SECTION("a diary entry cannot be edited or deleted once written")
    {
        QString error;
        CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("UPDATE gd_entries SET summary='changed' WHERE uid='gd-1'"), {}, &error));
        CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
        CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("DELETE FROM gd_entries WHERE uid='gd-1'")));
        CHECK(store.raw->count(QStringLiteral("gd_entries")) == 1);
    }
    SECTION("a complaint must name a recorded complainant")
    {
        CHECK_FALSE(rawExec(store.raw->db(),
                            QStringLiteral("INSERT INTO complaints(uid, station_code, year, number, received_at, mode, complainant_uid, "
                                           "subject, narrative, gd_uid, created_by, created_at) VALUES('c-2','MH-PUN-0421',2026,2,?,"
                                           "'in_person','nobody','Subject','Text','gd-1','u-sho',?)"),
                            { kNow, kNow }));
    }
}

TEST_CASE("migration 3 keeps persons, diary and complaints and adds master data and FIRs", "[migrations]")
{
    OldStore store(2);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(3);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);

    RawConnection& raw = *store.raw;
    raw.exec(QStringLiteral("INSERT INTO acts(code, short_en, name_en, name_hi, valid_from) VALUES('BNS','BNS','Bharatiya Nyaya Sanhita, 2023',"
                            "'भारतीय न्याय संहिता, 2023','2024-07-01')"));
    raw.exec(QStringLiteral("INSERT INTO sections(act_code, section, title_en, max_punishment) VALUES('BNS','303','Theft','Y3')"));
    raw.exec(QStringLiteral("INSERT INTO firs(uid, station_code, district_code, year, number, registered_at, gd_uid, complaint_uid, "
                            "info_received_at, info_mode, occurrence_from, occurrence_to, place_address, first_information, io_uid, "
                            "created_by, created_at) VALUES('f-1','MH-PUN-0421','PUN',2026,1,?,'gd-1','c-1',?,'written',?,?,"
                            "'Gandhi Chowk','My motorcycle was stolen.','u-sho','u-sho',?)"),
             { kNow, kNow, kNow, kNow, kNow });
    raw.exec(QStringLiteral("INSERT INTO fir_sections(fir_uid, act_code, section) VALUES('f-1','BNS','303')"));
    raw.exec(QStringLiteral("INSERT INTO fir_parties(fir_uid, person_uid, kind, position) VALUES('f-1','p-1','complainant',0)"));
    CHECK(raw.scalar(QStringLiteral("SELECT number FROM firs WHERE complaint_uid='c-1'")).toInt() == 1);

    SECTION("a registered FIR and its sections cannot be edited or deleted")
    {
        QString error;
        CHECK_FALSE(rawExec(raw.db(), QStringLiteral("UPDATE firs SET place_address='x' WHERE uid='f-1'"), {}, &error));
        CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
        CHECK_FALSE(rawExec(raw.db(), QStringLiteral("DELETE FROM firs WHERE uid='f-1'")));
        CHECK_FALSE(rawExec(raw.db(), QStringLiteral("DELETE FROM fir_sections WHERE fir_uid='f-1'")));
        CHECK(raw.scalar(QStringLiteral("SELECT place_address FROM firs WHERE uid='f-1'")).toString() == QStringLiteral("Gandhi Chowk"));
    }
    SECTION("an FIR section must be in the master data")
    {
        CHECK_FALSE(rawExec(raw.db(), QStringLiteral("INSERT INTO fir_sections(fir_uid, act_code, section) VALUES('f-1','BNS','9999')")));
    }
    SECTION("an amendment needs a reason")
    {
        CHECK_FALSE(rawExec(raw.db(), QStringLiteral("INSERT INTO fir_amendments(uid, fir_uid, field, old_value, new_value, reason, "
                                                     "created_by, created_at) VALUES('a-1','f-1','beat','','Beat 2','','u-sho',?)"),
                            { kNow }));
    }
}

TEST_CASE("migration 4 makes persons recorded before it findable by any part of their names", "[migrations]")
{
    OldStore store(3);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.raw->exec(QStringLiteral("INSERT INTO persons(uid, name_en, name_local, relative_name, gender, created_by, created_at) "
                                   "VALUES('p-2','Kavita Jadhav','कविता जाधव','Mahesh Jadhav','F','u-sho',?)"),
                    { kNow });
    store.upgradeTo(4);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    CHECK(store.tableExists(QStringLiteral("person_search")));
    store.raw.reset();

    auto db = openStore(store.path, Database::Mode::ExistingOnly);
    CHECK(db->schemaVersion() == migrations::latest());
    const User sho = *UserRepository(*db).byUid(QStringLiteral("u-sho"));
    PersonRepository persons(*db);
    auto names = [&](const QString& text) {
        QStringList found;
        for (const PersonMatch& m : persons.search(text, sho))
            found << m.person.nameEn;
        return found;
    };
    CHECK(names(QStringLiteral("mesh")) == QStringList { QStringLiteral("Ramesh Patil") });
    CHECK(names(QStringLiteral("पाटील")) == QStringList { QStringLiteral("Ramesh Patil") });
    CHECK(names(QStringLiteral("avit")) == QStringList { QStringLiteral("Kavita Jadhav") });
    // The relative's name is searchable too.
    CHECK(names(QStringLiteral("Mahesh")) == QStringList { QStringLiteral("Kavita Jadhav") });

    SECTION("a person recorded or renamed after the upgrade is found under the new name")
    {
        ManualClock clock(ist(2026, 3, 10, 10, 0));
        Person p;
        p.nameEn = QStringLiteral("Santosh Shinde");
        p.nameLocal = QStringLiteral("संतोष शिंदे");
        auto saved = persons.create(p, sho, clock);
        REQUIRE(saved.ok());
        CHECK(names(QStringLiteral("tosh shi")) == QStringList { QStringLiteral("Santosh Shinde") });

        Person renamed = *persons.byUid(QStringLiteral("p-1"));
        renamed.nameEn = QStringLiteral("Ramdas Patil");
        renamed.nameLocal = QStringLiteral("रामदास पाटील");
        REQUIRE(persons.update(renamed, sho).ok());
        CHECK(names(QStringLiteral("mesh")).isEmpty());
        CHECK(names(QStringLiteral("Ramdas")) == QStringList { QStringLiteral("Ramdas Patil") });
    }
}

TEST_CASE("migration 5 keeps complaints and counts them by action from an index", "[migrations]")
{
    OldStore store(4);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(5);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    RawConnection& raw = *store.raw;
    QSqlQuery q(raw.db());
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM complaints WHERE action='pending'")));
    QString details;
    while (q.next())
        details += q.value(3).toString() + QLatin1Char(' ');
    INFO(details.toStdString());
    CHECK(details.contains(QLatin1String("complaints_action")));
    store.raw.reset();

    auto db = openStore(store.path, Database::Mode::ExistingOnly);
    CHECK(db->schemaVersion() == migrations::latest());
    CHECK(ComplaintRepository(*db).count(QStringLiteral("pending")) == 1);
    CHECK(ComplaintRepository(*db).count(QStringLiteral("closed")) == 0);
}

TEST_CASE("migration 6 keeps the change log as the outbox and starts the sync ledger empty", "[migrations][sync]")
{
    OldStore store(5);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    const qint64 before = store.raw->count(QStringLiteral("change_log"));
    store.upgradeTo(6);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    CHECK(store.tableExists(QStringLiteral("sync_state")));
    CHECK(store.tableExists(QStringLiteral("feed_items")));
    CHECK(store.raw->count(QStringLiteral("change_log")) == before);
    store.raw.reset();

    auto db = openStore(store.path, Database::Mode::ExistingOnly);
    SyncLedger ledger(*db);
    // Changes written before the upgrade are all still queued, none acknowledged; the
    // register-chain links later upgrades add for the diary entries already there stay
    // at the station.
    CHECK(rawCount(db->connection(), QStringLiteral("register_chain")) > 0);
    CHECK(ledger.ackedSeq() == 0);
    CHECK(ledger.queuedCount() == before);
    const QList<OutgoingChange> pending = ledger.pending(1000, 1 << 20);
    CHECK(pending.size() == before);

    // A change written after it names its transaction, and a transaction travels whole.
    const User sho = *UserRepository(*db).byUid(QStringLiteral("u-sho"));
    ManualClock clock(ist(2026, 3, 10, 10, 0));
    const qint64 sent = ledger.lastSeq();
    REQUIRE(GdRepository(*db).record(QStringLiteral("general"), QStringLiteral("Night patrol returned."), sho, clock).ok());
    REQUIRE(ledger.acknowledge(sent).ok());
    const QList<OutgoingChange> next = ledger.pending(1, 1);
    REQUIRE(next.size() == ledger.lastSeq() - sent);
    CHECK(next.first().entity == QStringLiteral("gd_entries"));
    CHECK(next.first().tx == next.last().tx);
    CHECK_FALSE(next.first().tx.isEmpty());
    CHECK_FALSE(ledger.acknowledge(ledger.lastSeq() + 1).ok());
    REQUIRE(ledger.acknowledge(ledger.lastSeq()).ok());
    CHECK(ledger.queuedCount() == 0);
    // Acknowledgements never move back.
    REQUIRE(ledger.acknowledge(1).ok());
    CHECK(ledger.ackedSeq() == ledger.lastSeq());
}

TEST_CASE("migration 7 keeps the records and adds the case after the FIR, its arrests and diary unchangeable", "[migrations][case]")
{
    OldStore store(6);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(7);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    for (const char* table : { "case_io", "arrests", "case_diary", "final_reports", "efir_signatures" })
        CHECK(store.tableExists(QLatin1String(table)));
    for (const char* trigger : { "arrests_no_update", "arrests_no_delete", "case_diary_no_update", "case_diary_no_delete" })
        CHECK(store.raw->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='trigger' AND name=?"), { QLatin1String(trigger) }).toInt() == 1);
}

TEST_CASE("migration 8 gives persons recorded before it their name keys, so duplicates are found among them", "[migrations][persons]")
{
    OldStore store(7);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.raw->exec(QStringLiteral("INSERT INTO persons(uid, name_en, name_local, relative_name, gender, created_by, created_at) "
                                   "VALUES('p-2','','सुनीता जाधव','महेश जाधव','F','u-sho',?)"),
                    { kNow });
    store.upgradeTo(8);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    CHECK(store.tableExists(QStringLiteral("person_keys")));
    CHECK(store.tableExists(QStringLiteral("person_merges")));
    store.raw.reset();

    auto db = openStore(store.path, Database::Mode::ExistingOnly);
    Person entered;
    entered.nameEn = QStringLiteral("Sunita Jadhav");
    entered.relativeName = QStringLiteral("Mahesh Jadhav");
    entered.gender = QStringLiteral("F");
    const QList<DuplicateCandidate> found = PersonRepository(*db).likelyDuplicates(entered, QDate(2026, 3, 10));
    REQUIRE(found.size() == 1);
    CHECK(found.first().person.uid == QStringLiteral("p-2"));
}

TEST_CASE("migration 9 keeps the records and adds seizures, custody, evidence, disposal and appeal", "[migrations][property]")
{
    OldStore store(8);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(9);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    for (const char* table : { "seizures", "custody_moves", "evidence_files", "court_disposals", "appeals" })
        CHECK(store.tableExists(QLatin1String(table)));
}

TEST_CASE("migration 10 keeps the records and adds crime details, statements, transfers and dispatch", "[migrations][case]")
{
    OldStore store(9);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(10);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    for (const char* table : { "crime_details", "statements", "case_transfers" })
        CHECK(store.tableExists(QLatin1String(table)));
    CHECK(store.raw->scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('final_reports') WHERE name IN ('court','dispatched_at')")).toInt() == 2);
}

TEST_CASE("migration 11 links the diary written before it into a hash chain that verifies", "[migrations][chain]")
{
    OldStore store(10);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(11);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    CHECK(store.tableExists(QStringLiteral("register_chain")));
    store.raw.reset();

    auto db = openStore(store.path, Database::Mode::ExistingOnly);
    CHECK(rawCount(db->connection(), QStringLiteral("register_chain")) == rawCount(db->connection(), QStringLiteral("gd_entries")));
    CHECK(RegisterChain::verify(*db).isEmpty());
}

TEST_CASE("migration 12 keeps the records and adds the station's other registers, unchangeable", "[migrations][records]")
{
    OldStore store(11);
    insertV1Rows(*store.raw);
    insertV2Rows(*store.raw);
    store.upgradeTo(12);
    checkV1Rows(*store.raw);
    checkV2Rows(*store.raw);
    for (const char* table : { "missing_persons", "missing_traces", "unidentified_bodies", "body_identifications", "found_persons",
                               "history_sheets", "history_sheet_firs", "history_sheet_closures", "processes", "process_events", "visitors" })
        CHECK(store.tableExists(QLatin1String(table)));

    // A report written at schema 12 refers to the person and GD entry that came before it, and stays as written.
    store.raw->exec(QStringLiteral("INSERT INTO missing_persons(uid, station_code, year, number, name, gender, age_min, age_max, height_cm, "
                                   "missing_since, last_seen_place, reported_by, reported_at, gd_uid, created_by, created_at) "
                                   "VALUES('m-1','MH-PUN-0421',2026,1,'Pooja Shinde','F',14,14,150,?,'Bus stand','p-1',?,'gd-1','u-sho',?)"),
                    { kNow, kNow, kNow });
    QString error;
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("UPDATE missing_persons SET name='Someone else' WHERE uid='m-1'"), {}, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("DELETE FROM missing_persons WHERE uid='m-1'")));
    // Ages and heights out of range are refused by the store itself.
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("INSERT INTO found_persons(uid, station_code, year, number, found_at, place, gender, "
                                                        "age_min, age_max, height_cm, placed_with, gd_uid, created_by, created_at) "
                                                        "VALUES('f-1','MH-PUN-0421',2026,1,?,'Station Road','M',30,20,300,'Shelter','gd-1','u-sho',?)"),
                        { kNow, kNow }));

    // A visitor's time of leaving is written once; nothing else changes.
    store.raw->exec(QStringLiteral("INSERT INTO visitors(uid, station_code, year, number, name, phone, purpose, whom_met, in_at, created_by, "
                                   "created_at) VALUES('v-1','MH-PUN-0421',2026,1,'Anil Kumar','9822000000','Passport verification','SHO',?,'u-sho',?)"),
                    { kNow, kNow });
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("UPDATE visitors SET purpose='Other' WHERE uid='v-1'")));
    store.raw->exec(QStringLiteral("UPDATE visitors SET out_at='2026-03-10T05:30:00.000Z' WHERE uid='v-1'"));
    CHECK_FALSE(rawExec(store.raw->db(), QStringLiteral("UPDATE visitors SET out_at='2026-03-10T06:30:00.000Z' WHERE uid='v-1'")));
}

TEST_CASE("opening a store written at any older schema brings it to the latest", "[migrations]")
{
    for (int version = 0; version < migrations::latest(); ++version) {
        INFO("store at schema " << version);
        OldStore store(version);
        store.raw.reset();
        auto db = openStore(store.path, Database::Mode::ExistingOnly);
        CHECK(db->schemaVersion() == migrations::latest());
        CHECK(StoreCheck(*db).run().isEmpty());
        CHECK(MasterData(*db).act(QStringLiteral("BNS")).has_value());
    }
}

TEST_CASE("a store written by a newer version of Thana is refused and left byte for byte as it was", "[migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("newer.thana"));

    SECTION("a store in WAL mode, as Thana writes them")
    {
        openStore(path).reset();
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latest() + 1));
        }
    }
    SECTION("a store in rollback-journal mode, as a copy made by other SQLite tools may be")
    {
        {
            RawConnection raw(path);
            REQUIRE(migrations::upgrade(raw.db()).ok());
            raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latest() + 1));
        }
    }
    REQUIRE(QFile::exists(path));
    const QByteArray before = sha256Of(path);
    REQUIRE_FALSE(before.isEmpty());

    auto opened = Database::open(path, Database::Mode::ExistingOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("schema.newer"));
    CHECK(opened.error().message.contains(QLatin1String("newer version")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("a file that is not a SQLite database is refused with a clear error and not changed", "[migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.thana"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "Roznamcha notes kept in a text file, line " + QByteArray::number(i) + '\n';
        f.write(text);
    }
    const QByteArray before = sha256Of(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.invalid"));
    CHECK(opened.error().message.contains(path));
    CHECK(opened.error().message.contains(QLatin1String("not a Thana station store")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("a missing store is not created when only an existing one may be opened", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.thana"));
    auto opened = Database::open(path, Database::Mode::ExistingOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.missing"));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("an opened store uses WAL, full synchronous writes and enforced foreign keys", "[migrations]")
{
    QTemporaryDir dir;
    auto db = openStore(dir.filePath(QStringLiteral("pragmas.thana")));
    const QSqlDatabase c = db->connection();
    CHECK(rawScalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(rawScalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(rawScalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db->schemaVersion() == migrations::latest());
    // Foreign keys are really enforced on this connection.
    CHECK_FALSE(rawExec(c, QStringLiteral("INSERT INTO login_state(user_uid) VALUES('nobody')")));
}
