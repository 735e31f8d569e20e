#include "barestore.h"

#include "core/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <unistd.h>

namespace thana::bench {

namespace {

// The columns and indexes of the store's tables (schema 4), without the foreign keys
// and immutability triggers: what any design would have to write at the least.
const char* const kSchema[] = {
    "CREATE TABLE counters(name TEXT NOT NULL, station_code TEXT NOT NULL, year INTEGER NOT NULL, "
    "last_number INTEGER NOT NULL, PRIMARY KEY(name, station_code, year)) WITHOUT ROWID",
    "CREATE TABLE change_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, uid TEXT NOT NULL, "
    "op TEXT NOT NULL, payload TEXT NOT NULL, actor_uid TEXT, at TEXT NOT NULL)",
    "CREATE INDEX change_log_uid ON change_log(uid)",
    "CREATE TABLE gd_entries(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, station_code TEXT NOT NULL, "
    "year INTEGER NOT NULL, number INTEGER NOT NULL, entry_at TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL, "
    "officer_uid TEXT NOT NULL, corrects_uid TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL, "
    "UNIQUE(station_code, year, number))",
    "CREATE INDEX gd_entries_at ON gd_entries(entry_at)",
    "CREATE TABLE firs(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, station_code TEXT NOT NULL, "
    "district_code TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL, registered_at TEXT NOT NULL, "
    "gd_uid TEXT NOT NULL, complaint_uid TEXT, info_received_at TEXT NOT NULL, info_mode TEXT NOT NULL, "
    "occurrence_from TEXT NOT NULL, occurrence_to TEXT NOT NULL, place_address TEXT NOT NULL, beat TEXT NOT NULL, "
    "direction TEXT NOT NULL, distance_km REAL NOT NULL, unknown_accused INTEGER NOT NULL, "
    "unknown_accused_description TEXT NOT NULL, delay_reason TEXT NOT NULL, property_description TEXT NOT NULL, "
    "property_value INTEGER NOT NULL, first_information TEXT NOT NULL, action_taken TEXT NOT NULL, io_uid TEXT, "
    "zero_fir INTEGER NOT NULL, zero_fir_origin TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, "
    "UNIQUE(station_code, year, number))",
    "CREATE INDEX firs_registered ON firs(registered_at)",
    "CREATE INDEX firs_io ON firs(io_uid)",
    "CREATE TABLE fir_sections(fir_uid TEXT NOT NULL, act_code TEXT NOT NULL, section TEXT NOT NULL, amendment_uid TEXT, "
    "PRIMARY KEY(fir_uid, act_code, section)) WITHOUT ROWID",
    "CREATE INDEX fir_sections_section ON fir_sections(act_code, section)",
    "CREATE TABLE fir_parties(fir_uid TEXT NOT NULL, person_uid TEXT NOT NULL, kind TEXT NOT NULL, "
    "accused_status TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(fir_uid, kind, person_uid)) WITHOUT ROWID",
    "CREATE INDEX fir_parties_person ON fir_parties(person_uid)",
};

const QString kStation = QStringLiteral("MH-PUN-0421");
const QString kDistrict = QStringLiteral("PUN");
const QString kInformation = QStringLiteral(
    "I, Ramesh Patil, parked my motorcycle near 12, Station Road in the evening. When I returned it was missing. "
    "I searched nearby but could not find it.");
const QString kGdInformation = QStringLiteral("Oral information received from Ramesh Patil about theft of motorcycle at 12, Station Road.");
const QString kGdRegistration = QStringLiteral("FIR 1234/2026 registered under BNS 303 on information recorded at GD 45678/2026.");

// Empty text, not NULL: the driver binds a null QString as NULL.
const QString kEmpty = QString(QLatin1String(""));
const QVariant kNull = QVariant(QMetaType(QMetaType::QString));

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A change-log payload like the store's: the row as compact JSON.
QString payload(const QJsonObject& row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QString queryError(const QSqlQuery& q)
{
    return q.lastError().text() + QStringLiteral(" [") + q.lastQuery().left(60) + QStringLiteral("...]");
}

} // namespace

struct BareStore::Statements {
    explicit Statements(const QSqlDatabase& db)
        : begin(db), commit(db), rollback(db), number(db), gd(db), fir(db), section(db), party(db), log(db)
    {
    }
    QSqlQuery begin, commit, rollback, number, gd, fir, section, party, log;
    QString gdPayload, firPayload, sectionPayload, partyPayload;
};

BareStore::BareStore(QString path, QString connectionName) : m_path(std::move(path)), m_connectionName(std::move(connectionName)) { }

BareStore::~BareStore()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<BareStore> BareStore::create(const QString& path, const Prefill& prefill, QString* error)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    std::unique_ptr<BareStore> self(new BareStore(path, QStringLiteral("bench-bare-") + uid()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return nullptr;
    }
    QSqlQuery q(db);
    // The store's pragmas; a large cache only while filling.
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144" }) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = queryError(q);
            return nullptr;
        }
    }
    for (const char* statement : kSchema) {
        if (!q.exec(QLatin1String(statement))) {
            *error = queryError(q);
            return nullptr;
        }
    }
    if (!self->prepare(error) || !self->fill(prefill, error))
        return nullptr;
    for (const char* pragma : { "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-16000" }) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = queryError(q);
            return nullptr;
        }
    }
    // The fill's automatic checkpoints ran unsynced: its writes are put on disk now, or the
    // first timed checkpoint would pay for all of them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || ::fsync(file.handle()) != 0) {
        *error = QStringLiteral("cannot sync %1 to disk").arg(path);
        return nullptr;
    }
    return self;
}

bool BareStore::prepare(QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_statements = std::make_unique<Statements>(db);
    Statements& s = *m_statements;
    const QList<QPair<QSqlQuery*, QString>> texts = {
        { &s.begin, QStringLiteral("BEGIN IMMEDIATE") },
        { &s.commit, QStringLiteral("COMMIT") },
        { &s.rollback, QStringLiteral("ROLLBACK") },
        { &s.number, QStringLiteral("INSERT INTO counters(name, station_code, year, last_number) VALUES(?,?,?,1) "
                                    "ON CONFLICT(name, station_code, year) DO UPDATE SET last_number = last_number + 1 "
                                    "RETURNING last_number") },
        { &s.gd, QStringLiteral("INSERT INTO gd_entries(uid, station_code, year, number, entry_at, kind, summary, officer_uid, "
                                "corrects_uid, created_by, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)") },
        { &s.fir, QStringLiteral("INSERT INTO firs(uid, station_code, district_code, year, number, registered_at, gd_uid, "
                                 "complaint_uid, info_received_at, info_mode, occurrence_from, occurrence_to, place_address, "
                                 "beat, direction, distance_km, unknown_accused, unknown_accused_description, delay_reason, "
                                 "property_description, property_value, first_information, action_taken, io_uid, zero_fir, "
                                 "zero_fir_origin, created_by, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") },
        { &s.section, QStringLiteral("INSERT INTO fir_sections(fir_uid, act_code, section) VALUES(?,?,?)") },
        { &s.party, QStringLiteral("INSERT INTO fir_parties(fir_uid, person_uid, kind, accused_status, position) VALUES(?,?,?,?,?)") },
        { &s.log, QStringLiteral("INSERT INTO change_log(entity, uid, op, payload, actor_uid, at) VALUES(?,?,?,?,?,?)") },
    };
    for (const auto& [query, text] : texts) {
        if (!query->prepare(text)) {
            *error = queryError(*query);
            return false;
        }
    }
    // Payloads the size of the store's, made once: building them is the app's work, not SQLite's.
    const QString at = core::toStored(QDateTime::currentDateTimeUtc());
    s.gdPayload = payload({ { QStringLiteral("uid"), uid() }, { QStringLiteral("station_code"), kStation }, { QStringLiteral("year"), 2026 },
                            { QStringLiteral("number"), 45678 }, { QStringLiteral("entry_at"), at }, { QStringLiteral("kind"), QStringLiteral("information") },
                            { QStringLiteral("summary"), kGdInformation }, { QStringLiteral("officer_uid"), uid() },
                            { QStringLiteral("corrects_uid"), QJsonValue() }, { QStringLiteral("created_by"), uid() }, { QStringLiteral("created_at"), at } });
    s.firPayload = payload({ { QStringLiteral("uid"), uid() }, { QStringLiteral("station_code"), kStation }, { QStringLiteral("district_code"), kDistrict },
                             { QStringLiteral("year"), 2026 }, { QStringLiteral("number"), 1234 }, { QStringLiteral("registered_at"), at },
                             { QStringLiteral("gd_uid"), uid() }, { QStringLiteral("complaint_uid"), QJsonValue() }, { QStringLiteral("info_received_at"), at },
                             { QStringLiteral("info_mode"), QStringLiteral("oral") }, { QStringLiteral("occurrence_from"), at }, { QStringLiteral("occurrence_to"), at },
                             { QStringLiteral("place_address"), QStringLiteral("12, Station Road") }, { QStringLiteral("beat"), QStringLiteral("Beat 3") },
                             { QStringLiteral("direction"), QStringLiteral("North-East") }, { QStringLiteral("distance_km"), 1.5 },
                             { QStringLiteral("unknown_accused"), 1 }, { QStringLiteral("unknown_accused_description"), QStringLiteral("Aged about 20-30 years, medium build") },
                             { QStringLiteral("delay_reason"), QString() }, { QStringLiteral("property_description"), QStringLiteral("As described in the first information") },
                             { QStringLiteral("property_value"), 45000 }, { QStringLiteral("first_information"), kInformation },
                             { QStringLiteral("action_taken"), QStringLiteral("Case registered and investigation taken up.") }, { QStringLiteral("io_uid"), uid() },
                             { QStringLiteral("zero_fir"), false }, { QStringLiteral("zero_fir_origin"), QString() }, { QStringLiteral("created_by"), uid() },
                             { QStringLiteral("created_at"), at } });
    s.sectionPayload = payload({ { QStringLiteral("fir_uid"), uid() }, { QStringLiteral("act_code"), QStringLiteral("BNS") }, { QStringLiteral("section"), QStringLiteral("303") } });
    s.partyPayload = payload({ { QStringLiteral("fir_uid"), uid() }, { QStringLiteral("person_uid"), uid() }, { QStringLiteral("kind"), QStringLiteral("complainant") },
                               { QStringLiteral("accused_status"), QString() }, { QStringLiteral("position"), 0 } });
    return true;
}

bool BareStore::fill(const Prefill& prefill, QString* error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // Rows generated inside SQLite: random uids as the store's, years before any real one.
    const QString series = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
    const QString randomUid = QStringLiteral("lower(hex(randomblob(18)))");
    const QList<QPair<qint64, QString>> statements = {
        { prefill.gdEntries, series.arg(prefill.gdEntries)
            + QStringLiteral("INSERT INTO gd_entries(uid, station_code, year, number, entry_at, kind, summary, officer_uid, created_by, created_at) "
                             "SELECT %1, '%2', 1000 + i / 100000, i % 100000 + 1, '2016-' || substr('000000' || i, -6), 'general', '%3', 'u', 'u', 'x' FROM n")
                  .arg(randomUid, kStation, kGdInformation) },
        { prefill.firs, series.arg(prefill.firs)
            + QStringLiteral("INSERT INTO firs(uid, station_code, district_code, year, number, registered_at, gd_uid, info_received_at, info_mode, "
                             "occurrence_from, occurrence_to, place_address, beat, direction, distance_km, unknown_accused, "
                             "unknown_accused_description, delay_reason, property_description, property_value, first_information, action_taken, "
                             "io_uid, zero_fir, zero_fir_origin, created_by, created_at) "
                             "SELECT %1, '%2', '%3', 1000 + i / 100000, i % 100000 + 1, '2016-' || substr('000000' || i, -6), %1, 'x', 'oral', 'x', 'x', "
                             "'12, Station Road', 'Beat 3', 'North', 1.5, 1, '', '', '', 0, '%4', 'Case registered.', "
                             "'io' || (i % 4), 0, '', 'u', 'x' FROM n")
                  .arg(randomUid, kStation, kDistrict, kInformation) },
        { prefill.firSections, series.arg(prefill.firSections)
            + QStringLiteral("INSERT INTO fir_sections(fir_uid, act_code, section) SELECT %1, 'BNS', 300 + i % 17 FROM n").arg(randomUid) },
        { prefill.firParties, series.arg(prefill.firParties)
            + QStringLiteral("INSERT INTO fir_parties(fir_uid, person_uid, kind, accused_status, position) "
                             "SELECT %1, %1, 'complainant', '', 0 FROM n")
                  .arg(randomUid) },
        { prefill.changeLog, series.arg(prefill.changeLog)
            + QStringLiteral("INSERT INTO change_log(entity, uid, op, payload, actor_uid, at) "
                             "SELECT 'gd_entries', %1, 'insert', ?, 'u', '2016-' || substr('000000' || i, -6) FROM n")
                  .arg(randomUid) },
    };
    if (!q.exec(QStringLiteral("BEGIN"))) {
        *error = queryError(q);
        return false;
    }
    for (const auto& [rows, statement] : statements) {
        if (rows <= 0)
            continue;
        if (!q.prepare(statement)) {
            *error = queryError(q);
            return false;
        }
        if (statement.contains(QLatin1Char('?')))
            q.addBindValue(m_statements->gdPayload);
        if (!q.exec()) {
            *error = queryError(q);
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = queryError(q);
        return false;
    }
    return true;
}

double BareStore::writeOne(QString* error)
{
    Statements& s = *m_statements;
    // Everything but the writing is made before the clock starts.
    const QString gdInfo = uid();
    const QString gdReg = uid();
    const QString fir = uid();
    const QString person = uid();
    const QString actor = uid();
    const QString io = uid();
    const QString at = core::toStored(QDateTime::currentDateTimeUtc());
    const QString sectionKey = fir + QStringLiteral("/BNS 303");
    const QString partyKey = fir + QStringLiteral("/complainant/") + person;
    const int year = 2026;
    ++m_written;

    auto run = [&](QSqlQuery& q, const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            *error = queryError(q);
            return false;
        }
        return true;
    };
    auto next = [&](const QString& counter, int* number) {
        if (!run(s.number, { counter, kStation, year }) || !s.number.next()) {
            *error = queryError(s.number);
            return false;
        }
        *number = s.number.value(0).toInt();
        s.number.finish();
        return true;
    };
    auto log = [&](const QString& entity, const QString& key, const QString& body) {
        return run(s.log, { entity, key, QStringLiteral("insert"), body, actor, at });
    };
    auto gdEntry = [&](const QString& key, const QString& kind, const QString& summary) {
        int number = 0;
        return next(QStringLiteral("gd"), &number)
            && run(s.gd, { key, kStation, year, number, at, kind, summary, actor, kNull, actor, at })
            && log(QStringLiteral("gd_entries"), key, s.gdPayload);
    };

    QElapsedTimer timer;
    timer.start();
    if (!run(s.begin, {}))
        return -1;
    int firNumber = 0;
    const bool done = gdEntry(gdInfo, QStringLiteral("information"), kGdInformation)
        && next(QStringLiteral("fir"), &firNumber)
        && run(s.fir, { fir, kStation, kDistrict, year, firNumber, at, gdInfo, kNull, at,
                        QStringLiteral("oral"), at, at, QStringLiteral("12, Station Road"), QStringLiteral("Beat 3"),
                        QStringLiteral("North-East"), 1.5, 1, QStringLiteral("Aged about 20-30 years, medium build"), kEmpty,
                        QStringLiteral("As described in the first information"), 45000, kInformation,
                        QStringLiteral("Case registered and investigation taken up."), io, 0, kEmpty, actor, at })
        && log(QStringLiteral("firs"), fir, s.firPayload)
        && run(s.section, { fir, QStringLiteral("BNS"), QStringLiteral("303") })
        && log(QStringLiteral("fir_sections"), sectionKey, s.sectionPayload)
        && run(s.party, { fir, person, QStringLiteral("complainant"), kEmpty, 0 })
        && log(QStringLiteral("fir_parties"), partyKey, s.partyPayload)
        && gdEntry(gdReg, QStringLiteral("fir"), kGdRegistration)
        && run(s.commit, {});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!done) {
        s.rollback.exec();
        return -1;
    }
    return ms;
}

} // namespace thana::bench
