// The station and the State Data Centre as they really run: thanactl and thana-sdc as
// separate processes talking mutual TLS over the loopback, the State Data Centre on a
// SQLite file and on a PostgreSQL cluster the test starts for itself. Clients and
// servers are killed at random moments, broken and hostile batches are posted, and what
// arrives is compared change by change with the station's change log.
//
// THANA_FULL_TORTURE=1 runs ten times as many faults on a bigger station.
// THANA_E2E_SEED=N repeats the random faults of an earlier run. THANACTL and THANA_SDC
// name other builds of the two programs than the ones beside the test.

#include "fixtures.h"

#include "core/authservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demodata.h"
#include "core/firservice.h"
#include "core/gdrepository.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "sync/batch.h"
#include "sync/stateca.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <random>

using namespace thana;
using namespace thana::test;
using thana::sync::Batch;
using thana::sync::ChangeRecord;

namespace {

const QString kStation = QStringLiteral("MH-PUN-0421");
const QString kOther = QStringLiteral("MH-PUN-0999");
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

std::string str(const QString& s)
{
    return s.toStdString();
}

bool fullTorture()
{
    return qEnvironmentVariable("THANA_FULL_TORTURE") == QLatin1String("1");
}

QString thanactlProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("THANACTL");
    return fromEnvironment.isEmpty() ? QStringLiteral(THANA_TEST_BINARY_DIR "/app/thanactl") : fromEnvironment;
}

QString sdcProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("THANA_SDC");
    return fromEnvironment.isEmpty() ? QStringLiteral(THANA_SDC) : fromEnvironment;
}

// ---------------------------------------------------------------------------------
// Processes

struct Run {
    int status = -1; ///< exit code; -1 when the process crashed
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 600000)
{
    INFO(str(program + QLatin1Char(' ') + args.join(QLatin1Char(' '))));
    QProcess p;
    p.start(program, args);
    const bool started = p.waitForStarted(30000);
    INFO(str(p.errorString()));
    REQUIRE(started);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(timeoutMs));
    Run r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString runuserProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("runuser"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") })
                           : found;
}

/// PostgreSQL's tools refuse to run as root; as root they run as the postgres user.
Run runAsPostgres(const QString& program, const QStringList& args)
{
    if (::geteuid() != 0)
        return run(program, args);
    const QString runuser = runuserProgram();
    INFO("runuser (util-linux) runs PostgreSQL's tools as the postgres user");
    REQUIRE_FALSE(runuser.isEmpty());
    return run(runuser, QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program } + args);
}

// ---------------------------------------------------------------------------------
// A PostgreSQL cluster of the test's own, in a temporary folder, reachable only over
// its Unix socket. Started on first use, stopped when the test program ends.

class PgCluster final {
public:
    static PgCluster& instance()
    {
        static PgCluster* cluster = nullptr;
        static QString failure;
        if (!failure.isEmpty())
            FAIL(str(failure));
        if (!cluster) {
            auto made = std::make_unique<PgCluster>();
            failure = made->start();
            if (!failure.isEmpty())
                FAIL(str(failure));
            cluster = made.release();
            qAddPostRoutine([] {
                delete cluster;
                cluster = nullptr;
            });
        }
        return *cluster;
    }

    PgCluster() = default;
    ~PgCluster()
    {
        if (!m_started)
            return;
        const QStringList stop { kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                 QStringLiteral("immediate"), QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("stop") };
        if (::geteuid() == 0)
            QProcess::execute(runuserProgram(), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--") } + stop);
        else
            QProcess::execute(stop.first(), stop.mid(1));
    }
    Q_DISABLE_COPY_MOVE(PgCluster)

    QString socketDir() const { return m_dir.filePath(QStringLiteral("sock")); }
    int port() const { return m_port; }

    /// A new, empty database; returns its name.
    QString createDatabase()
    {
        const QString name = QStringLiteral("thana_%1").arg(++m_databases);
        const Run made = runAsPostgres(kPgBin + QStringLiteral("/psql"),
                                       { QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                                         QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-q"),
                                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                                         QStringLiteral("CREATE DATABASE ") + name });
        INFO(str(made.err));
        REQUIRE(made.status == 0);
        return name;
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    /// Empty when the cluster runs, else why it does not.
    QString start()
    {
        for (const char* tool : { "initdb", "pg_ctl", "psql" }) {
            const QString path = kPgBin + QLatin1Char('/') + QLatin1String(tool);
            if (!QFileInfo(path).isExecutable())
                return QStringLiteral("PostgreSQL 15 is not installed (%1 is missing), so the State Data Centre cannot be tested on "
                                      "PostgreSQL. Install it with \"apt-get install postgresql\" and run the test again.")
                    .arg(path);
        }
        if (!m_dir.isValid())
            return QStringLiteral("No temporary folder for the PostgreSQL cluster: %1").arg(m_dir.errorString());
        if (!QDir().mkpath(socketDir()))
            return QStringLiteral("Could not make %1.").arg(socketDir());
        if (::geteuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg)
                return QStringLiteral("There is no postgres user to run the PostgreSQL cluster; install the postgresql package.");
            for (const QString& path : { m_dir.path(), socketDir() }) {
                if (::chown(QFile::encodeName(path).constData(), pg->pw_uid, pg->pw_gid) != 0)
                    return QStringLiteral("Could not give %1 to the postgres user.").arg(path);
            }
        }
        // No TCP at all: the port only names the socket, in a folder of the test's own.
        m_port = 20000 + int(std::random_device {}() % 20000);
        const Run init = runAsPostgres(kPgBin + QStringLiteral("/initdb"),
                                       { QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                                         QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                                         QStringLiteral("--no-sync") });
        if (init.status != 0)
            return QStringLiteral("initdb failed: %1 %2").arg(init.out, init.err);
        const QString log = m_dir.filePath(QStringLiteral("postgresql.log"));
        const Run started = runAsPostgres(kPgBin + QStringLiteral("/pg_ctl"),
                                          { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), log, QStringLiteral("-o"),
                                            QStringLiteral("-p %1 -k %2 -c listen_addresses=''").arg(m_port).arg(socketDir()),
                                            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("start") });
        if (started.status != 0) {
            QFile f(log);
            const QString text = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
            return QStringLiteral("PostgreSQL did not start: %1 %2\n%3").arg(started.out, started.err, text);
        }
        m_started = true;
        return {};
    }

    // Under /tmp whatever TMPDIR says: a Unix socket's path must stay short.
    QTemporaryDir m_dir { QStringLiteral("/tmp/thana-pg-XXXXXX") };
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
};

// ---------------------------------------------------------------------------------
// Databases read behind the programs' backs

enum class Backend { Sqlite, Postgres };

const char* backendName(Backend b)
{
    return b == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

/// How to reach a database: the State Data Centre's, or a station's store.
struct DbSpec {
    QString driver;
    QString name; ///< file, or PostgreSQL database
    QString host;
    int port = 0;
};

/// The State Data Centre's database for one test.
struct Target {
    Backend backend = Backend::Sqlite;
    QString db; ///< thana-sdc's --db
    DbSpec spec;
};

Target makeTarget(Backend backend, const QString& dir)
{
    Target t;
    t.backend = backend;
    if (backend == Backend::Sqlite) {
        t.spec = DbSpec { QStringLiteral("QSQLITE"), dir + QStringLiteral("/sdc.sqlite"), {}, 0 };
        t.db = t.spec.name;
    } else {
        PgCluster& pg = PgCluster::instance();
        t.spec = DbSpec { QStringLiteral("QPSQL"), pg.createDatabase(), pg.socketDir(), pg.port() };
        t.db = QStringLiteral("postgres:host=%1 port=%2 dbname=%3 user=postgres").arg(t.spec.host).arg(t.spec.port).arg(t.spec.name);
    }
    return t;
}

DbSpec stationSpec(const QString& path)
{
    return DbSpec { QStringLiteral("QSQLITE"), path, {}, 0 };
}

QList<QVariantList> rows(const DbSpec& spec, const QString& sql, const QVariantList& values = {})
{
    const QString connection = QUuid::createUuid().toString();
    QList<QVariantList> result;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.driver, connection);
        db.setDatabaseName(spec.name);
        if (spec.driver == QLatin1String("QPSQL")) {
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(QStringLiteral("postgres"));
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.prepare(sql)) {
                error = q.lastError().text();
            } else {
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                if (!q.exec())
                    error = q.lastError().text();
                while (error.isEmpty() && q.next()) {
                    QVariantList row;
                    for (int c = 0; c < q.record().count(); ++c)
                        row << q.value(c);
                    result << row;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    INFO(str(spec.name + QStringLiteral(": ") + sql + QStringLiteral(": ") + error));
    REQUIRE(error.isEmpty());
    return result;
}

QVariant scalar(const DbSpec& spec, const QString& sql, const QVariantList& values = {})
{
    const QList<QVariantList> r = rows(spec, sql, values);
    INFO(str(sql));
    REQUIRE(r.size() == 1);
    return r.first().value(0);
}

// ---------------------------------------------------------------------------------
// The state's CA: server and station certificates made by `thana-sdc ca` once per run

struct Pki {
    QTemporaryDir dir;
    QString ca() const { return dir.filePath(QStringLiteral("ca")); }
    QString caCertificate() const { return ca() + QStringLiteral("/ca.crt"); }
    QString crl() const { return ca() + QStringLiteral("/crl.pem"); }
    QString serverCertificate() const { return dir.filePath(QStringLiteral("server/127.0.0.1.crt")); }
    QString serverKey() const { return dir.filePath(QStringLiteral("server/127.0.0.1.key")); }
    /// The folder a station's administrator is given: <code>.crt, <code>.key, ca.crt.
    QString credentials(const QString& code) const { return dir.filePath(code); }
};

const Pki& pki()
{
    static std::unique_ptr<Pki> made;
    if (!made) {
        auto p = std::make_unique<Pki>();
        REQUIRE(p->dir.isValid());
        Run r = run(sdcProgram(), { QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("--dir"), p->ca(), QStringLiteral("--state"),
                                    QStringLiteral("Maharashtra") });
        INFO(str(r.err));
        REQUIRE(r.status == 0);
        r = run(sdcProgram(), { QStringLiteral("ca"), QStringLiteral("issue-server"), QStringLiteral("--dir"), p->ca(), QStringLiteral("--host"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--out"), p->dir.filePath(QStringLiteral("server")) });
        REQUIRE(r.status == 0);
        for (const QString& code : { kStation, kOther }) {
            r = run(sdcProgram(), { QStringLiteral("ca"), QStringLiteral("issue-station"), QStringLiteral("--dir"), p->ca(), QStringLiteral("--code"),
                                    code, QStringLiteral("--out"), p->credentials(code) });
            REQUIRE(r.status == 0);
        }
        made = std::move(p);
    }
    return *made;
}

// ---------------------------------------------------------------------------------
// The State Data Centre as a process

class SdcProcess final {
public:
    SdcProcess(Target target, QString workDir) : m_target(std::move(target)), m_workDir(std::move(workDir)) { }
    ~SdcProcess() { kill(); }
    Q_DISABLE_COPY_MOVE(SdcProcess)

    /// Starts serving on a free port.
    void start() { startOn(0); }
    /// Starts again after a kill, on the same port when it is free again.
    void restart()
    {
        QString error;
        if (m_port != 0 && tryStart(m_port, &error))
            return;
        startOn(0);
    }
    /// SIGKILL: no chance to finish a request, close the database or say goodbye.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(30000);
        }
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    int starts() const { return m_starts; }

private:
    void startOn(quint16 port)
    {
        QString error;
        const bool started = tryStart(port, &error);
        INFO(str(error));
        REQUIRE(started);
    }

    bool tryStart(quint16 port, QString* error)
    {
        const QString portFile = m_workDir + QStringLiteral("/sdc.port");
        QFile::remove(portFile);
        m_process = std::make_unique<QProcess>();
        m_process->start(sdcProgram(), { QStringLiteral("serve"), QStringLiteral("--db"), m_target.db, QStringLiteral("--cert"),
                                         pki().serverCertificate(), QStringLiteral("--key"), pki().serverKey(), QStringLiteral("--ca"),
                                         pki().caCertificate(), QStringLiteral("--crl"), pki().crl(), QStringLiteral("--port"),
                                         QString::number(port), QStringLiteral("--port-file"), portFile });
        if (!m_process->waitForStarted(30000)) {
            *error = m_process->errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            if (m_process->waitForFinished(10)) {
                *error = QStringLiteral("thana-sdc serve ended: ") + QString::fromUtf8(m_process->readAllStandardError());
                return false;
            }
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly)) {
                bool ok = false;
                const uint p = QString::fromLatin1(f.readAll()).trimmed().toUInt(&ok);
                if (ok && p > 0) {
                    m_port = quint16(p);
                    ++m_starts;
                    return true;
                }
            }
        }
        *error = QStringLiteral("thana-sdc serve did not start listening within a minute.");
        return false;
    }

    Target m_target;
    QString m_workDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    int m_starts = 0;
};

QJsonObject sdcCounts(const Target& t, QStringList* conflictLines = nullptr)
{
    const Run r = run(sdcProgram(), { QStringLiteral("status"), QStringLiteral("--db"), t.db });
    INFO(str(r.err));
    REQUIRE(r.status == 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    const QJsonObject counts = QJsonDocument::fromJson(lines.takeFirst().toUtf8()).object();
    REQUIRE(counts.contains(QLatin1String("changes")));
    if (conflictLines)
        *conflictLines = lines;
    return counts;
}

qint64 count(const QJsonObject& counts, const char* name)
{
    return counts.value(QLatin1String(name)).toInteger(-1);
}

/// Everything the State Data Centre holds, in one snapshot.
QList<qint64> sdcTotals(const Target& t)
{
    const QVariantList r = rows(t.spec, QStringLiteral("SELECT (SELECT count(*) FROM stations), (SELECT count(*) FROM changes), "
                                                       "(SELECT count(*) FROM records), (SELECT count(*) FROM conflicts), "
                                                       "(SELECT count(*) FROM feed)"))
                               .value(0);
    QList<qint64> totals;
    for (const QVariant& v : r)
        totals << v.toLongLong();
    return totals;
}

// ---------------------------------------------------------------------------------
// Stations

/// A practice station that synchronises, made once per size and copied for each test.
QString stationCopy(int days, const QString& dir)
{
    static QTemporaryDir templates;
    static QHash<int, QString> made;
    REQUIRE(templates.isValid());
    if (!made.contains(days)) {
        const QString path = templates.filePath(QStringLiteral("demo-%1.thana").arg(days));
        const Run r = run(thanactlProgram(), { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--days"), QString::number(days),
                                               QStringLiteral("--quiet"), QStringLiteral("--syncable") });
        INFO(str(r.err));
        REQUIRE(r.status == 0);
        made.insert(days, path);
    }
    const QString dest = dir + QStringLiteral("/station.thana");
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        if (QFile::exists(made.value(days) + suffix))
            REQUIRE(QFile::copy(made.value(days) + suffix, dest + suffix));
    }
    return dest;
}

qint64 stationLastSeq(const QString& store)
{
    return scalar(stationSpec(store), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")).toLongLong();
}

qint64 stationAcked(const QString& store)
{
    const QList<QVariantList> r = rows(stationSpec(store), QStringLiteral("SELECT value FROM sync_state WHERE key='acked_seq'"));
    return r.isEmpty() ? 0 : r.first().value(0).toLongLong();
}

/// The station's change log from `from` to `to`, as a batch carries it.
QList<ChangeRecord> stationChanges(const QString& store, qint64 from = 1, qint64 to = std::numeric_limits<qint64>::max())
{
    QList<ChangeRecord> result;
    for (const QVariantList& r : rows(stationSpec(store),
                                      QStringLiteral("SELECT seq, entity, uid, op, payload, coalesce(actor_uid, ''), at FROM change_log "
                                                     "WHERE seq BETWEEN ? AND ? ORDER BY seq"),
                                      { from, to })) {
        result << ChangeRecord { r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                                 QJsonDocument::fromJson(r.at(4).toString().toUtf8()).toJson(QJsonDocument::Compact), r.at(5).toString(),
                                 r.at(6).toString() };
    }
    return result;
}

/// The last change of the station's first `transactions` transactions.
qint64 endOfTransactions(const QString& store, int transactions)
{
    const QList<QVariantList> r = rows(stationSpec(store), QStringLiteral("SELECT seq, coalesce(tx, 'seq:' || seq) FROM change_log ORDER BY seq"));
    QString tx;
    int seen = 0;
    qint64 last = 0;
    for (const QVariantList& row : r) {
        if (row.at(1).toString() != tx) {
            if (++seen > transactions)
                break;
            tx = row.at(1).toString();
        }
        last = row.at(0).toLongLong();
    }
    return last;
}

struct Officer {
    std::unique_ptr<core::Database> db;
    core::User user;
    QString stationCode;
};

/// The station's SHO logged in to the store, as at the desk.
Officer loginSho(const QString& store)
{
    auto opened = core::Database::open(store, core::Database::Mode::ExistingOnly);
    INFO(str(opened ? QString() : opened.error().describe()));
    REQUIRE(opened.ok());
    Officer o;
    o.db = std::move(opened).value();
    const core::SystemClock clock;
    auto sho = core::AuthService(*o.db, clock).login(QStringLiteral("sho"), core::DemoData::demoPassword());
    INFO(str(sho ? QString() : sho.error().describe()));
    REQUIRE(sho.ok());
    o.user = sho.value();
    const auto station = core::StationRepository(*o.db).station();
    REQUIRE(station.has_value());
    o.stationCode = station->code;
    return o;
}

/// General Diary entries written at the station, `perTransaction` in each transaction.
void writeDiary(const QString& store, int entries, int perTransaction, const QString& text)
{
    Officer sho = loginSho(store);
    const core::SystemClock clock;
    int written = 0;
    while (written < entries) {
        core::UnitOfWork uow(*sho.db, sho.user.uid);
        REQUIRE(uow.isOpen());
        for (int i = 0; i < perTransaction && written < entries; ++i) {
            ++written;
            auto e = core::GdRepository::append(uow, sho.stationCode, QStringLiteral("general"), text.arg(written), clock.now());
            INFO(str(e ? QString() : e.error().describe()));
            REQUIRE(e.ok());
        }
        auto committed = uow.commit();
        REQUIRE(committed.ok());
    }
}

std::unique_ptr<QProcess> startSync(const QString& store, const QString& url, const QString& credentials, const QStringList& extra = {})
{
    auto p = std::make_unique<QProcess>();
    p->start(thanactlProgram(), QStringList { QStringLiteral("sync"), QStringLiteral("--db"), store, QStringLiteral("--server"), url,
                                              QStringLiteral("--credentials"), credentials }
                                    + extra);
    REQUIRE(p->waitForStarted(30000));
    p->closeWriteChannel();
    return p;
}

Run syncRound(const QString& store, const QString& url, const QString& credentials, const QStringList& extra = {})
{
    return run(thanactlProgram(), QStringList { QStringLiteral("sync"), QStringLiteral("--db"), store, QStringLiteral("--server"), url,
                                                QStringLiteral("--credentials"), credentials }
                                      + extra);
}

QString sentLine(qint64 changes)
{
    return QStringLiteral("Sent %1 change(s) in ").arg(changes);
}

// ---------------------------------------------------------------------------------
// What the State Data Centre holds, compared with the station

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// The State Data Centre holds every change of the station's change log exactly once,
/// as the station wrote it, and nothing more.
void requireHoldsExactly(const Target& t, const QString& store)
{
    const QList<ChangeRecord> local = stationChanges(store);
    const qint64 last = local.isEmpty() ? 0 : local.last().seq;
    REQUIRE(local.size() == last);

    const QVariantList totals = rows(t.spec, QStringLiteral("SELECT count(*), count(DISTINCT seq), coalesce(max(seq), 0), coalesce(min(seq), 0), "
                                                            "(SELECT high_seq FROM stations WHERE code=?) FROM changes WHERE station=?"),
                                     { kStation, kStation })
                                    .value(0);
    INFO("station's change log ends at " << last);
    CHECK(totals.value(0).toLongLong() == last);
    CHECK(totals.value(1).toLongLong() == last);
    CHECK(totals.value(2).toLongLong() == last);
    CHECK(totals.value(3).toLongLong() == (last > 0 ? 1 : 0));
    CHECK(totals.value(4).toLongLong() == last);

    const QList<QVariantList> remote = rows(t.spec, QStringLiteral("SELECT seq, entity, uid, op, payload, actor, at FROM changes WHERE station=? ORDER BY seq"),
                                            { kStation });
    REQUIRE(remote.size() == local.size());
    QStringList mismatches;
    for (qsizetype i = 0; i < local.size(); ++i) {
        const ChangeRecord& l = local.at(i);
        const QVariantList& r = remote.at(i);
        const bool same = r.at(0).toLongLong() == l.seq && r.at(1).toString() == l.entity && r.at(2).toString() == l.uid && r.at(3).toString() == l.op
            && parse(r.at(4).toString()) == QJsonDocument::fromJson(l.payload).object() && r.at(5).toString() == l.actor && r.at(6).toString() == l.at;
        if (!same)
            mismatches << QStringLiteral("seq %1 (%2 %3)").arg(l.seq).arg(l.entity, l.uid);
    }
    INFO(str(mismatches.mid(0, 10).join(QStringLiteral(", "))));
    CHECK(mismatches.isEmpty());
}

/// Each record at the State Data Centre is the station's inserts and updates applied
/// once each, in order, and belongs to the station.
void requireRecordsMatch(const Target& t, const QString& store)
{
    QHash<QString, QJsonObject> expected;
    for (const ChangeRecord& c : stationChanges(store)) {
        const QString key = c.entity + QLatin1Char('|') + c.uid;
        const QJsonObject row = QJsonDocument::fromJson(c.payload).object();
        if (c.op == QLatin1String("insert")) {
            expected.insert(key, row);
        } else {
            QJsonObject& merged = expected[key];
            for (auto it = row.begin(); it != row.end(); ++it)
                merged.insert(it.key(), it.value());
        }
    }
    const QList<QVariantList> remote = rows(t.spec, QStringLiteral("SELECT entity, uid, owner, payload FROM records"));
    CHECK(remote.size() == expected.size());
    QStringList mismatches;
    for (const QVariantList& r : remote) {
        const QString key = r.at(0).toString() + QLatin1Char('|') + r.at(1).toString();
        if (r.at(2).toString() != kStation || !expected.contains(key) || parse(r.at(3).toString()) != expected.value(key))
            mismatches << key;
    }
    INFO(str(mismatches.mid(0, 10).join(QStringLiteral(", "))));
    CHECK(mismatches.isEmpty());
}

void requireNoRejectionsOrConflicts(const Target& t)
{
    QStringList conflictLines;
    const QJsonObject counts = sdcCounts(t, &conflictLines);
    CHECK(count(counts, "rejected") == 0);
    CHECK(count(counts, "conflicts_open") == 0);
    CHECK(conflictLines.isEmpty());
}

// ---------------------------------------------------------------------------------
// Raw HTTPS, as a hostile or broken client would talk

struct Identity {
    QString certificate;
    QString key;
};

Identity identityIn(const QString& dir, const QString& code)
{
    return Identity { dir + QLatin1Char('/') + code + QStringLiteral(".crt"), dir + QLatin1Char('/') + code + QStringLiteral(".key") };
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    INFO(str(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct HttpReply {
    int status = 0; ///< 0 when no HTTP answer came at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QJsonObject body;
};

HttpReply https(const QString& baseUrl, const QString& pathAndQuery, const std::optional<Identity>& identity, const QByteArray* body,
                const QString& caCertificate = pki().caCertificate())
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + pathAndQuery));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(caCertificate), QSsl::Pem));
    if (identity) {
        const QSslCertificate certificate(readAll(identity->certificate), QSsl::Pem);
        const QSslKey key(readAll(identity->key), QSsl::Ec, QSsl::Pem);
        REQUIRE_FALSE(certificate.isNull());
        REQUIRE_FALSE(key.isNull());
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(120000);
    QNetworkReply* reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-thana-batch"));
        reply = network.post(request, *body);
    } else {
        reply = network.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorText = reply->errorString();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return r;
}

HttpReply postBatch(const QString& baseUrl, const std::optional<Identity>& identity, const QByteArray& body)
{
    return https(baseUrl, QStringLiteral("/v1/batches"), identity, &body);
}

QByteArray encode(const QString& stationCode, const QList<ChangeRecord>& records)
{
    Batch b;
    b.stationCode = stationCode;
    b.batchId = QUuid::createUuid().toString(QUuid::Id128);
    b.records = records;
    auto encoded = b.encode();
    INFO(str(encoded ? QString() : encoded.error().describe()));
    REQUIRE(encoded.ok());
    return encoded.value();
}

std::string describe(const HttpReply& r)
{
    return str(QStringLiteral("HTTP %1, network error %2 (%3): %4")
                   .arg(r.status)
                   .arg(int(r.error))
                   .arg(r.errorText, QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Compact))));
}

} // namespace

// =================================================================================

TEST_CASE("a station's records reach the State Data Centre once, and new ones follow in the next round", "[sync][e2e]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("State Data Centre on " << backendName(backend));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Target target = makeTarget(backend, dir.path());
    SdcProcess sdc(target, dir.path());
    sdc.start();
    const QString store = stationCopy(30, dir.path());
    const QString credentials = pki().credentials(kStation);
    const qint64 written = stationLastSeq(store);
    REQUIRE(written > 100);
    REQUIRE(stationAcked(store) == 0);

    const Run first = syncRound(store, sdc.url(), credentials);
    INFO(str(first.out + first.err));
    REQUIRE(first.status == 0);
    CHECK(first.out.contains(sentLine(written)));
    CHECK(first.out.contains(QStringLiteral("holds everything up to change %1").arg(written)));
    CHECK(stationAcked(store) == written);
    requireHoldsExactly(target, store);
    requireRecordsMatch(target, store);
    requireNoRejectionsOrConflicts(target);
    const QJsonObject counts = sdcCounts(target);
    CHECK(count(counts, "records") > 0);
    CHECK(count(counts, "changes") == written);
    CHECK(count(counts, "stations") == 1);
    // The State Data Centre made the station's chains from what it received, and they
    // end where the station's do.
    for (const QString& registerName : { QStringLiteral("gd"), QStringLiteral("fir") }) {
        INFO(registerName.toStdString());
        const QList<QVariantList> head =
            rows(stationSpec(store), QStringLiteral("SELECT position, chain_hash FROM register_chain WHERE register=? ORDER BY position DESC LIMIT 1"),
                 { registerName });
        REQUIRE(head.size() == 1);
        CHECK(scalar(target.spec, QStringLiteral("SELECT position FROM chains WHERE station=? AND register=?"), { kStation, registerName }).toLongLong()
              == head.first().at(0).toLongLong());
        CHECK(scalar(target.spec, QStringLiteral("SELECT head FROM chains WHERE station=? AND register=?"), { kStation, registerName }).toString()
              == head.first().at(1).toString());
    }

    const Run second = syncRound(store, sdc.url(), credentials);
    INFO(str(second.out + second.err));
    REQUIRE(second.status == 0);
    CHECK(second.out.contains(sentLine(0) + QStringLiteral("0 batch(es)")));
    CHECK(sdcTotals(target) == QList<qint64> { 1, written, count(counts, "records"), 0, 0 });

    // Officers go on working; their entries wait in the outbox for the next round.
    writeDiary(store, 3, 1, QStringLiteral("Night patrol %1 of beat 4 returned; nothing to report."));
    const qint64 now = stationLastSeq(store);
    REQUIRE(now > written);
    CHECK(count(sdcCounts(target), "changes") == written);
    const Run third = syncRound(store, sdc.url(), credentials);
    INFO(str(third.out + third.err));
    REQUIRE(third.status == 0);
    CHECK(third.out.contains(sentLine(now - written)));
    CHECK(stationAcked(store) == now);
    requireHoldsExactly(target, store);
    requireRecordsMatch(target, store);
    CHECK(scalar(target.spec, QStringLiteral("SELECT count(*) FROM records WHERE entity='gd_entries' AND payload LIKE ?"),
                 { QStringLiteral("%Night patrol % of beat 4%") })
              .toLongLong()
          == 3);
    CHECK(scalar(target.spec, QStringLiteral("SELECT count(*) FROM changes WHERE station=? AND seq > ?"), { kStation, written }).toLongLong()
          == now - written);
}

TEST_CASE("killed clients and killed servers lose no change and store none twice", "[sync][e2e][faults]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    const bool torture = fullTorture();
    const int wanted = torture ? 200 : 20; // faults of each kind that hit an upload under way
    const int days = torture ? 730 : 365;
    const quint32 seed = qEnvironmentVariableIsSet("THANA_E2E_SEED") ? quint32(qEnvironmentVariableIntValue("THANA_E2E_SEED"))
                                                                      : std::random_device {}();
    INFO("State Data Centre on " << backendName(backend) << "; THANA_E2E_SEED=" << seed << " repeats these faults");
    std::mt19937 random(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Target target = makeTarget(backend, dir.path());
    SdcProcess sdc(target, dir.path());
    sdc.start();
    const QString store = stationCopy(days, dir.path());
    const QString credentials = pki().credentials(kStation);
    // Small batches: many requests, so a fault finds one in flight.
    const QStringList small { QStringLiteral("--batch-records"), QStringLiteral("10") };

    struct Faults {
        int attempts = 0;  ///< rounds started for this kind of fault
        int early = 0;     ///< rounds that ended before the fault
        int kills = 0;     ///< processes killed
        int midUpload = 0; ///< kills after some batches were stored and with more still to send
    };
    Faults client;
    Faults server;
    int refills = 0;
    int storedNotAcknowledged = 0; // faults after which the SDC held more than the station knew
    int maxDelayMs = 300;
    QMap<QString, int> serverKillMessages; // what the station was told, and how often

    // Acknowledged means stored: never the other way round. The SDC's changes of the
    // station run 1, 2, 3… with no gap and no repeat.
    auto checkInvariants = [&]() -> qint64 {
        const qint64 acked = stationAcked(store);
        const QVariantList s = rows(target.spec, QStringLiteral("SELECT coalesce((SELECT high_seq FROM stations WHERE code=?), 0), "
                                                                "(SELECT count(*) FROM changes WHERE station=?), "
                                                                "(SELECT coalesce(max(seq), 0) FROM changes WHERE station=?)"),
                                   { kStation, kStation, kStation })
                                  .value(0);
        const qint64 high = s.value(0).toLongLong();
        INFO("station acknowledged " << acked << "; the SDC's high " << high << ", count " << s.value(1).toLongLong() << ", max "
                                     << s.value(2).toLongLong());
        REQUIRE(acked <= high);
        REQUIRE(s.value(1).toLongLong() == high);
        REQUIRE(s.value(2).toLongLong() == high);
        return high;
    };

    const int attemptLimit = wanted * 2 * 10;
    while (client.midUpload < wanted || server.midUpload < wanted) {
        INFO(client.midUpload << " of " << client.attempts << " client faults and " << server.midUpload << " of " << server.attempts
                               << " server faults hit an upload under way; faults now come up to " << maxDelayMs << " ms into a round");
        REQUIRE(client.attempts + server.attempts < attemptLimit);
        const bool killServer = client.midUpload >= wanted ? true
            : server.midUpload >= wanted                   ? false
                                                           : std::bernoulli_distribution(0.5)(random);
        Faults& fault = killServer ? server : client;
        ++fault.attempts;

        // Keep enough queued that no round can finish before its fault.
        if (stationLastSeq(store) - stationAcked(store) < 1500) {
            writeDiary(store, 1500, 3, QStringLiteral("Station house duty %1: visitors' register checked."));
            ++refills;
        }
        const qint64 before = checkInvariants();
        const int delay = std::uniform_int_distribution<int>(0, maxDelayMs)(random);
        auto round = startSync(store, sdc.url(), credentials, small);
        if (round->waitForFinished(delay)) {
            INFO(str(QString::fromUtf8(round->readAllStandardError())));
            CHECK(round->exitStatus() == QProcess::NormalExit);
            CHECK(round->exitCode() == 0);
            ++fault.early;
            continue;
        }
        if (!killServer) {
            round->kill();
            REQUIRE(round->waitForFinished(30000));
        } else {
            sdc.kill();
            REQUIRE(round->waitForFinished(120000));
            const QString err = QString::fromUtf8(round->readAllStandardError());
            INFO(str(err));
            REQUIRE(round->exitStatus() == QProcess::NormalExit);
            const int code = round->exitCode();
            CHECK((code == 0 || code == 1));
            if (code == 1) {
                CHECK(err.contains(QLatin1String("State Data Centre")));
                CHECK(err.contains(QLatin1String("still queued")));
                // "…could not be reached (Connection closed)": the reason without its detail.
                ++serverKillMessages[err.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('('), 0, 0).trimmed()];
            }
            sdc.restart();
        }
        ++fault.kills;
        const qint64 after = checkInvariants();
        if (after > stationAcked(store))
            ++storedNotAcknowledged;
        // Faults that keep landing before the first batch mean a slow machine: come later.
        if (after > before && after < stationLastSeq(store)) {
            ++fault.midUpload;
            maxDelayMs = std::max(maxDelayMs - 5, 300);
        } else if (after == before) {
            maxDelayMs = std::min(maxDelayMs + 25, 5000);
        }
    }

    // The link is back: one clean round sends the rest.
    const Run last = syncRound(store, sdc.url(), credentials);
    INFO(str(last.out + last.err));
    REQUIRE(last.status == 0);
    const qint64 written = stationLastSeq(store);
    CHECK(stationAcked(store) == written);
    requireHoldsExactly(target, store);
    requireRecordsMatch(target, store);
    requireNoRejectionsOrConflicts(target);
    const QList<qint64> totals = sdcTotals(target);
    CHECK(totals.value(1) == written);

    const Run again = syncRound(store, sdc.url(), credentials);
    INFO(str(again.out + again.err));
    REQUIRE(again.status == 0);
    CHECK(again.out.contains(sentLine(0) + QStringLiteral("0 batch(es)")));
    CHECK(sdcTotals(target) == totals);

    CHECK(client.kills >= wanted);
    CHECK(server.kills >= wanted);
    CHECK(sdc.starts() == server.kills + 1);
    std::cout << backendName(backend) << ": " << client.kills << " clients killed (" << client.midUpload << " mid-upload, " << client.early
              << " rounds ended first), " << server.kills << " servers killed (" << server.midUpload << " mid-upload, " << server.early
              << " rounds ended first), " << storedNotAcknowledged << " times stored but not yet acknowledged, " << refills
              << " refills; " << written << " changes, seed " << seed << '\n';
    for (auto it = serverKillMessages.cbegin(); it != serverKillMessages.cend(); ++it)
        std::cout << "  " << it.value() << " x " << str(it.key()) << '\n';
}

TEST_CASE("broken, hostile and unauthorised uploads are refused with a reason and store nothing", "[sync][e2e]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("State Data Centre on " << backendName(backend));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Target target = makeTarget(backend, dir.path());
    SdcProcess sdc(target, dir.path());
    sdc.start();
    const QString store = stationCopy(30, dir.path());
    const QString credentials = pki().credentials(kStation);
    const Identity station = identityIn(credentials, kStation);
    const QList<qint64> empty = sdcTotals(target);
    REQUIRE(empty == QList<qint64> { 0, 0, 0, 0, 0 });

    const qint64 firstEnd = endOfTransactions(store, 2);
    const qint64 secondEnd = endOfTransactions(store, 4);
    REQUIRE(firstEnd > 1);
    REQUIRE(secondEnd > firstEnd);
    const QByteArray good = encode(kStation, stationChanges(store, 1, firstEnd));

    auto refused = [&](const HttpReply& r, int status, const char* code, const QList<qint64>& totals) {
        INFO(describe(r));
        CHECK(r.status == status);
        CHECK(r.body.value(QLatin1String("error")).toString() == QLatin1String(code));
        CHECK_FALSE(r.body.value(QLatin1String("message")).toString().isEmpty());
        CHECK(sdcTotals(target) == totals);
    };

    {
        INFO("random bytes");
        QByteArray noise(4096, Qt::Uninitialized);
        std::mt19937 random(42);
        for (char& c : noise)
            c = char(random() & 0xff);
        const HttpReply r = postBatch(sdc.url(), station, noise);
        INFO(describe(r));
        CHECK(r.status == 400);
        CHECK_FALSE(r.body.value(QLatin1String("message")).toString().isEmpty());
        CHECK(sdcTotals(target) == empty);
    }
    {
        INFO("an empty body");
        const HttpReply r = postBatch(sdc.url(), station, QByteArray());
        INFO(describe(r));
        CHECK(r.status == 400);
        CHECK_FALSE(r.body.value(QLatin1String("message")).toString().isEmpty());
        CHECK(sdcTotals(target) == empty);
    }
    for (const qsizetype keep : { qsizetype(Batch::kHeaderSize), good.size() / 2, good.size() - 1 }) {
        INFO("a batch cut after " << keep << " of " << good.size() << " bytes");
        const HttpReply r = postBatch(sdc.url(), station, good.left(keep));
        INFO(describe(r));
        CHECK(r.status == 400);
        CHECK_FALSE(r.body.value(QLatin1String("message")).toString().isEmpty());
        CHECK(sdcTotals(target) == empty);
    }
    {
        INFO("a batch with one byte changed in transit");
        QByteArray damaged = good;
        damaged[damaged.size() - 10] = char(damaged.at(damaged.size() - 10) ^ 0x20);
        const HttpReply r = postBatch(sdc.url(), station, damaged);
        INFO(describe(r));
        CHECK(r.status == 400);
        CHECK_FALSE(r.body.value(QLatin1String("message")).toString().isEmpty());
        CHECK(sdcTotals(target) == empty);
    }
    {
        INFO("a body over 16 MiB");
        QByteArray huge = good;
        huge.append(QByteArray((qint64(16) << 20) + 1 - good.size(), '\0'));
        const HttpReply r = postBatch(sdc.url(), station, huge);
        refused(r, 413, "sync.batch.too_large", empty);
        CHECK(r.body.value(QLatin1String("message")).toString().contains(QString::number(qint64(16) << 20)));
    }
    {
        INFO("another station's batch over this station's certificate");
        const HttpReply r = postBatch(sdc.url(), station, encode(kOther, stationChanges(store, 1, firstEnd)));
        refused(r, 403, "sync.other_station", empty);
        const QString message = r.body.value(QLatin1String("message")).toString();
        CHECK(message.contains(kOther));
        CHECK(message.contains(kStation));
        CHECK(message.contains(QLatin1String("nothing was stored")));
    }
    {
        INFO("a batch that skips changes the State Data Centre does not hold");
        const HttpReply r = postBatch(sdc.url(), station, encode(kStation, stationChanges(store, firstEnd + 1, secondEnd)));
        refused(r, 409, "sync.gap", empty);
        CHECK(r.body.value(QLatin1String("acked")).toInteger(-1) == 0);
        CHECK(r.body.value(QLatin1String("message")).toString().contains(QLatin1String("send again from 1")));
    }

    // The same batch twice: stored once, and the second time reported as duplicates.
    const HttpReply stored = postBatch(sdc.url(), station, good);
    {
        INFO(describe(stored));
        REQUIRE(stored.status == 200);
        CHECK(stored.body.value(QLatin1String("acked")).toInteger() == firstEnd);
        CHECK(stored.body.value(QLatin1String("stored")).toInteger() == firstEnd);
        CHECK(stored.body.value(QLatin1String("duplicates")).toInteger() == 0);
        CHECK(stored.body.value(QLatin1String("rejected")).toArray().isEmpty());
    }
    const QList<qint64> afterFirst = sdcTotals(target);
    CHECK(afterFirst.value(1) == firstEnd);
    {
        const HttpReply replay = postBatch(sdc.url(), station, good);
        INFO(describe(replay));
        REQUIRE(replay.status == 200);
        CHECK(replay.body.value(QLatin1String("acked")).toInteger() == firstEnd);
        CHECK(replay.body.value(QLatin1String("stored")).toInteger() == 0);
        CHECK(replay.body.value(QLatin1String("duplicates")).toInteger() == firstEnd);
        CHECK(sdcTotals(target) == afterFirst);
    }
    const QByteArray next = encode(kStation, stationChanges(store, firstEnd + 1, secondEnd));
    const qint64 queued = stationLastSeq(store) - stationAcked(store);

    {
        INFO("an expired station certificate");
        auto ca = sync::StateCa::open(pki().ca());
        REQUIRE(ca.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString expiredDir = dir.filePath(QStringLiteral("expired"));
        auto issued = ca->issueStation(kStation, expiredDir, sync::Validity { now.addDays(-400), now.addDays(-1) });
        INFO(str(issued ? QString() : issued.error().describe()));
        REQUIRE(issued.ok());
        const HttpReply r = postBatch(sdc.url(), identityIn(expiredDir, kStation), next);
        INFO(describe(r));
        CHECK(r.status == 0);
        CHECK(r.error != QNetworkReply::NoError);
        CHECK(sdcTotals(target) == afterFirst);

        const Run round = syncRound(store, sdc.url(), expiredDir);
        INFO(str(round.out + round.err));
        CHECK(round.status == 1);
        CHECK(round.err.contains(QLatin1String("expired")));
        CHECK(round.err.contains(QLatin1String("ask the state's administrator")));
        CHECK(round.err.contains(QStringLiteral("%1 change(s) still queued").arg(queued)));
        CHECK(sdcTotals(target) == afterFirst);
    }
    {
        INFO("a revoked station certificate");
        const QString revokedDir = dir.filePath(QStringLiteral("revoked"));
        Run r = run(sdcProgram(), { QStringLiteral("ca"), QStringLiteral("issue-station"), QStringLiteral("--dir"), pki().ca(), QStringLiteral("--code"),
                                    kStation, QStringLiteral("--out"), revokedDir });
        REQUIRE(r.status == 0);
        // It works until it is revoked.
        const HttpReply health = https(sdc.url(), QStringLiteral("/health"), identityIn(revokedDir, kStation), nullptr);
        INFO(describe(health));
        CHECK(health.status == 200);
        r = run(sdcProgram(), { QStringLiteral("ca"), QStringLiteral("revoke"), QStringLiteral("--dir"), pki().ca(),
                                revokedDir + QLatin1Char('/') + kStation + QStringLiteral(".crt") });
        INFO(str(r.err));
        REQUIRE(r.status == 0);

        const Run round = syncRound(store, sdc.url(), revokedDir);
        INFO(str(round.out + round.err));
        CHECK(round.status == 1);
        CHECK(round.err.contains(QLatin1String("revoked")));
        CHECK(round.err.contains(QLatin1String("ask the state's administrator")));
        CHECK(round.err.contains(QStringLiteral("%1 change(s) still queued").arg(queued)));
        CHECK(sdcTotals(target) == afterFirst);
        refused(postBatch(sdc.url(), identityIn(revokedDir, kStation), next), 403, "sdc.revoked", afterFirst);
    }
    {
        INFO("no client certificate");
        const HttpReply r = postBatch(sdc.url(), std::nullopt, next);
        INFO(describe(r));
        CHECK(r.status == 0);
        CHECK(r.error != QNetworkReply::NoError);
        const HttpReply health = https(sdc.url(), QStringLiteral("/health"), std::nullopt, nullptr);
        INFO(describe(health));
        CHECK(health.status == 0);
        CHECK(sdcTotals(target) == afterFirst);
    }
    {
        INFO("a station certificate of another CA");
        const QString otherCa = dir.filePath(QStringLiteral("other-ca"));
        auto ca = sync::StateCa::create(otherCa, QStringLiteral("Elsewhere"));
        REQUIRE(ca.ok());
        auto issued = ca->issueStation(kStation, dir.filePath(QStringLiteral("other-station")));
        REQUIRE(issued.ok());
        const HttpReply r = postBatch(sdc.url(), identityIn(dir.filePath(QStringLiteral("other-station")), kStation), next);
        INFO(describe(r));
        CHECK(r.status == 0);
        CHECK(r.error != QNetworkReply::NoError);
        CHECK(sdcTotals(target) == afterFirst);
    }

    // With its own valid certificate the station sends everything; what the raw batch
    // stored counts as already there.
    CHECK(stationAcked(store) == 0);
    const Run round = syncRound(store, sdc.url(), credentials);
    INFO(str(round.out + round.err));
    REQUIRE(round.status == 0);
    CHECK(stationAcked(store) == stationLastSeq(store));
    requireHoldsExactly(target, store);
    requireRecordsMatch(target, store);
    requireNoRejectionsOrConflicts(target);
}

TEST_CASE("the feed brings notices and transfers down, and changes to another station's records are kept aside", "[sync][e2e]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("State Data Centre on " << backendName(backend));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Target target = makeTarget(backend, dir.path());
    SdcProcess sdc(target, dir.path());
    sdc.start();
    const QString store = stationCopy(30, dir.path());
    const QString credentials = pki().credentials(kStation);
    const DbSpec local = stationSpec(store);
    {
        const Run r = syncRound(store, sdc.url(), credentials);
        INFO(str(r.out + r.err));
        REQUIRE(r.status == 0);
    }

    // A notice from the state.
    const QString title = QStringLiteral("Bandobast for the Ganesh festival: all leave cancelled from 7 September");
    {
        const Run posted = run(sdcProgram(), { QStringLiteral("post"), QStringLiteral("--db"), target.db, QStringLiteral("--station"), kStation,
                                               QStringLiteral("--kind"), QStringLiteral("notice"), QStringLiteral("--title"), title });
        INFO(str(posted.err));
        REQUIRE(posted.status == 0);
        const Run r = syncRound(store, sdc.url(), credentials);
        INFO(str(r.out + r.err));
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QLatin1String("1 new item(s)")));
        const QList<QVariantList> feed = rows(local, QStringLiteral("SELECT kind, title FROM feed_items ORDER BY cursor"));
        REQUIRE(feed.size() == 1);
        CHECK(feed.first().at(0).toString() == QLatin1String("notice"));
        CHECK(feed.first().at(1).toString() == title);
        const Run again = syncRound(store, sdc.url(), credentials);
        REQUIRE(again.status == 0);
        CHECK_FALSE(again.out.contains(QLatin1String("new item")));
        CHECK(scalar(local, QStringLiteral("SELECT count(*) FROM feed_items")).toInt() == 1);
    }

    // An FIR, amended once, transferred to another station with its whole case.
    const QString fir = scalar(local, QStringLiteral("SELECT uid FROM firs ORDER BY rowid LIMIT 1")).toString();
    REQUIRE_FALSE(fir.isEmpty());
    auto amend = [&](const QString& field, const QString& value, const QString& reason) {
        Officer sho = loginSho(store);
        const core::SystemClock clock;
        auto amended = core::FirService(*sho.db, clock).amend(fir, field, value, reason, sho.user);
        INFO(str(amended ? QString() : amended.error().describe()));
        REQUIRE(amended.ok());
    };
    amend(QStringLiteral("beat"), QStringLiteral("Beat 7"), QStringLiteral("Beat boundaries redrawn by the DCP's order"));
    {
        const Run r = syncRound(store, sdc.url(), credentials);
        INFO(str(r.out + r.err));
        REQUIRE(r.status == 0);
        CHECK(scalar(target.spec, QStringLiteral("SELECT count(*) FROM records WHERE entity='fir_amendments' AND owner=?"), { kStation }).toInt() == 1);
    }
    {
        const Run moved = run(sdcProgram(), { QStringLiteral("transfer"), QStringLiteral("--db"), target.db, QStringLiteral("--fir"), fir,
                                              QStringLiteral("--to"), kOther, QStringLiteral("--reason"),
                                              QStringLiteral("SP Pune order 114/2026: the occurrence is in Kothrud's area") });
        INFO(str(moved.err));
        REQUIRE(moved.status == 0);
        CHECK(scalar(target.spec, QStringLiteral("SELECT owner FROM records WHERE entity='firs' AND uid=?"), { fir }).toString() == kOther);
        CHECK(scalar(target.spec, QStringLiteral("SELECT count(*) FROM records WHERE entity IN ('fir_sections', 'fir_parties') AND uid LIKE ? AND owner<>?"),
                     { QString(fir + QStringLiteral("/%")), kOther })
                  .toInt()
              == 0);
        CHECK(rows(target.spec, QStringLiteral("SELECT owner FROM records WHERE entity='fir_amendments'")) == QList<QVariantList> { { kOther } });
        const Run r = syncRound(store, sdc.url(), credentials);
        INFO(str(r.out + r.err));
        REQUIRE(r.status == 0);
        const QList<QVariantList> out = rows(local, QStringLiteral("SELECT uid, payload FROM feed_items WHERE kind='transfer_out'"));
        REQUIRE(out.size() == 1);
        CHECK(out.first().at(0).toString() == fir);
        CHECK(parse(out.first().at(1).toString()).value(QLatin1String("to")).toString() == kOther);
        const HttpReply feed = https(sdc.url(), QStringLiteral("/v1/feed?after=0&limit=50"), identityIn(pki().credentials(kOther), kOther), nullptr);
        INFO(describe(feed));
        REQUIRE(feed.status == 200);
        const QJsonArray items = feed.body.value(QLatin1String("items")).toArray();
        REQUIRE(items.size() == 1);
        CHECK(items.first().toObject().value(QLatin1String("kind")).toString() == QLatin1String("transfer_in"));
        CHECK(items.first().toObject().value(QLatin1String("uid")).toString() == fir);
    }

    // The old station amends the FIR it no longer holds: the amendment is kept aside for
    // a person to resolve, and the FIR's case at the State Data Centre is untouched.
    {
        const QString caseQuery = QStringLiteral("SELECT entity, uid, owner, payload FROM records WHERE entity IN ('firs', 'fir_sections', "
                                                 "'fir_parties', 'fir_amendments') ORDER BY entity, uid");
        const QList<QVariantList> casesBefore = rows(target.spec, caseQuery);
        const qint64 before = stationLastSeq(store);
        QString added;
        for (const char* candidate : { "BNS 351", "BNS 352", "BNS 115" }) {
            if (scalar(local, QStringLiteral("SELECT count(*) FROM fir_sections WHERE fir_uid=? AND act_code || ' ' || section=?"),
                       { fir, QLatin1String(candidate) })
                    .toInt()
                == 0) {
                added = QLatin1String(candidate);
                break;
            }
        }
        REQUIRE_FALSE(added.isEmpty());
        amend(QStringLiteral("section"), added, QStringLiteral("Threats to the complainant came out in the investigation"));
        const Run r = syncRound(store, sdc.url(), credentials);
        INFO(str(r.out + r.err));
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(QLatin1String("kept as conflicts")));
        // The station keeps the note for the dashboard: those changes are not sent again.
        CHECK(scalar(local, QStringLiteral("SELECT value FROM sync_state WHERE key='sdc_notes'")).toString().contains(QLatin1String("kept as conflicts")));
        const QList<QVariantList> amendment = rows(target.spec, QStringLiteral("SELECT seq, outcome FROM changes WHERE station=? AND seq>? AND entity='fir_amendments'"),
                                                   { kStation, before });
        REQUIRE(amendment.size() == 1);
        CHECK(amendment.first().at(1).toString() == QLatin1String("conflict"));
        const QList<QVariantList> section = rows(target.spec, QStringLiteral("SELECT outcome FROM changes WHERE station=? AND seq>? AND entity='fir_sections'"),
                                                 { kStation, before });
        CHECK(section == QList<QVariantList> { { QStringLiteral("conflict") } });
        // The diary entry that records the amendment is the station's own, and stored.
        CHECK(scalar(target.spec, QStringLiteral("SELECT count(*) FROM changes WHERE station=? AND seq>? AND entity='gd_entries' AND outcome='applied'"),
                     { kStation, before })
                  .toInt()
              == 1);
        CHECK(rows(target.spec, caseQuery) == casesBefore);
        QStringList conflictLines;
        const QJsonObject counts = sdcCounts(target, &conflictLines);
        CHECK(count(counts, "conflicts_open") == 2);
        REQUIRE(conflictLines.size() == 2);
        for (const QString& line : conflictLines) {
            CHECK(line.contains(kStation));
            CHECK(line.contains(kOther));
        }
        CHECK(conflictLines.join(QLatin1Char('\n')).contains(QLatin1String("fir_amendments")));
        requireHoldsExactly(target, store);
    }

    // Another station changes a person this station recorded: kept aside, not overwritten.
    {
        const QString person = scalar(local, QStringLiteral("SELECT uid FROM persons ORDER BY rowid LIMIT 1")).toString();
        const QVariantList before = rows(target.spec, QStringLiteral("SELECT owner, payload FROM records WHERE entity='persons' AND uid=?"), { person }).value(0);
        REQUIRE(before.value(0).toString() == kStation);
        const QString newcomer = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<ChangeRecord> changes {
            { 1, QStringLiteral("persons"), person, QStringLiteral("update"), QByteArrayLiteral("{\"name_en\":\"Someone Else\",\"phone\":\"9000000000\"}"),
              QString(), QStringLiteral("2026-03-01T09:30:00.000Z") },
            { 2, QStringLiteral("persons"), newcomer, QStringLiteral("insert"),
              QStringLiteral("{\"uid\":\"%1\",\"name_en\":\"Sunita Pawar\",\"name_local\":\"सुनीता पवार\",\"gender\":\"F\"}").arg(newcomer).toUtf8(),
              QString(), QStringLiteral("2026-03-01T09:31:00.000Z") },
        };
        const HttpReply r = postBatch(sdc.url(), identityIn(pki().credentials(kOther), kOther), encode(kOther, changes));
        INFO(describe(r));
        REQUIRE(r.status == 200);
        CHECK(r.body.value(QLatin1String("acked")).toInteger() == 2);
        CHECK(r.body.value(QLatin1String("stored")).toInteger() == 1);
        CHECK(r.body.value(QLatin1String("conflicts")).toInteger() == 1);
        const QVariantList after = rows(target.spec, QStringLiteral("SELECT owner, payload FROM records WHERE entity='persons' AND uid=?"), { person }).value(0);
        CHECK(after.value(0).toString() == kStation);
        CHECK(parse(after.value(1).toString()) == parse(before.value(1).toString()));
        CHECK(scalar(target.spec, QStringLiteral("SELECT owner FROM records WHERE entity='persons' AND uid=?"), { newcomer }).toString() == kOther);
        QStringList conflictLines;
        const QJsonObject counts = sdcCounts(target, &conflictLines);
        CHECK(count(counts, "conflicts_open") == 3);
        REQUIRE(conflictLines.size() == 3);
        CHECK(conflictLines.last().contains(kOther + QStringLiteral(" change 1 to persons ") + person));

        // The station is not disturbed by it.
        const Run round = syncRound(store, sdc.url(), credentials);
        INFO(str(round.out + round.err));
        REQUIRE(round.status == 0);
        CHECK(round.out.contains(sentLine(0)));
        requireHoldsExactly(target, store);
    }
}

TEST_CASE("the State Data Centre tells a station that it and its database are well", "[sync][e2e]")
{
    const Backend backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO("State Data Centre on " << backendName(backend));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Target target = makeTarget(backend, dir.path());
    SdcProcess sdc(target, dir.path());
    sdc.start();
    const HttpReply r = https(sdc.url(), QStringLiteral("/health"), identityIn(pki().credentials(kStation), kStation), nullptr);
    INFO(describe(r));
    REQUIRE(r.status == 200);
    CHECK(r.body.value(QLatin1String("status")).toString() == QLatin1String("ok"));
    CHECK(r.body.value(QLatin1String("database")).toString() == QLatin1String(backend == Backend::Sqlite ? "sqlite" : "postgresql"));
}
