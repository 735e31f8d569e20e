// thana_sync_bench: measures synchronisation with the State Data Centre. It builds a
// station whose change log holds about 10,000 FIRs, sends it whole to thana-sdc with
// `thanactl sync` over an emulated link (loopback, 2 Mbps and 512 kbps with 100 ms of
// round trip), measures how fast the State Data Centre's store takes it in on
// PostgreSQL and SQLite, and has 1,500 simulated stations sync with one State Data
// Centre at once. See docs/benchmarks.md.

#include "linkemulator.h"
#include "pgcluster.h"
#include "report.h"
#include "stationswarm.h"

#include "core/database.h"
#include "core/demodata.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"
#include "sync/batch.h"
#include "sync/sdcstore.h"
#include "sync/stateca.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <optional>

#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

using namespace thana;
using namespace thana::bench;

namespace {

const QString kStationCode = QStringLiteral("MH-PUN-0421"); // the demo station's code

struct Options {
    bool quick = false;
    bool keep = false;
    bool sqliteOnly = false;
    QString corpusPath;
    int stations = 0;
    int concurrency = 0;
    QSet<QString> parts;
    QSet<QString> links;
    QList<int> levels; ///< compression levels to compare the client's batches at
};

/// The corpus: 10,000 FIRs as a station registers them, ten a day on information
/// received at the desk. Each brings what an FIR cannot be registered without: its
/// complainant, the GD entry of its registration, its section and parties, and for a
/// third of them the accused. 1,000 days come to about 10,000 FIRs.
core::DemoData::Options corpusOptions(bool quick)
{
    core::DemoData::Options o;
    o.lastDay = QDate(2026, 10, 31);
    o.days = quick ? 100 : 1000;
    o.complaintsPerDay = 0;
    o.firShare = 1.0;
    o.directFirsPerDay = 10;
    o.diaryEntriesPerDay = 0;
    o.extraPersonsPerDay = 0;
    o.seed = 2024;
    o.fast = true;
    o.training = false;
    return o;
}

/// A small station's day for the swarm: two complaints, one FIR on oral information,
/// eight routine diary entries on average.
core::DemoData::Options templateOptions()
{
    core::DemoData::Options o;
    o.lastDay = QDate(2026, 10, 31);
    o.days = 12;
    o.complaintsPerDay = 2;
    o.firShare = 0.6;
    o.directFirsPerDay = 1;
    o.diaryEntriesPerDay = 8;
    o.seed = 11;
    o.fast = true;
    o.training = false;
    return o;
}

void fail(const QString& what)
{
    std::fprintf(stderr, "thana_sync_bench: error: %s\n", what.toUtf8().constData());
    std::fflush(stderr);
}

QString megabytes(qint64 bytes)
{
    return num(double(bytes) / 1e6, 2);
}

/// CPU time of the child processes waited for so far.
double childrenCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU time of this process, every thread.
double processCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU time of the calling thread.
double threadCpuSeconds()
{
    timespec ts {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString toolPath(const char* variable, const char* builtIn)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    return fromEnvironment.isEmpty() ? QString::fromLocal8Bit(builtIn) : fromEnvironment;
}

/// A connection to an SDC database target ("postgres:…" or a SQLite file) of the bench's own.
bool openTarget(const QString& target, const QString& name, QString* error)
{
    QSqlDatabase db;
    if (target.startsWith(QLatin1String("postgres:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        for (const QString& option : target.mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString k = option.section(QLatin1Char('='), 0, 0);
            const QString v = option.section(QLatin1Char('='), 1);
            if (k == QLatin1String("host"))
                db.setHostName(v);
            else if (k == QLatin1String("port"))
                db.setPort(v.toInt());
            else if (k == QLatin1String("dbname"))
                db.setDatabaseName(v);
            else if (k == QLatin1String("user"))
                db.setUserName(v);
        }
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target);
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

/// A station's change log as the sync client reads it, in order, with each change's transaction.
struct LogEntry {
    sync::ChangeRecord record;
    QString tx;
};

bool readChangeLog(const QString& storePath, QList<LogEntry>* entries, QString* error)
{
    const QString name = QStringLiteral("bench-log-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            ok = q.exec(QStringLiteral("SELECT seq, entity, uid, op, payload, coalesce(actor_uid, ''), at, coalesce(tx, 'seq:' || seq) "
                                       "FROM change_log ORDER BY seq"));
            while (ok && q.next()) {
                sync::ChangeRecord r { q.value(0).toLongLong(),
                                       q.value(1).toString(),
                                       q.value(2).toString(),
                                       q.value(3).toString(),
                                       QJsonDocument::fromJson(q.value(4).toString().toUtf8()).toJson(QJsonDocument::Compact),
                                       q.value(5).toString(),
                                       q.value(6).toString() };
                *entries << LogEntry { r, q.value(7).toString() };
            }
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// What the corpus holds.
struct CorpusStats {
    qint64 firs = 0;
    qint64 changes = 0;
    qint64 payloadBytes = 0;    ///< every change's payload (the record's columns as JSON)
    qint64 firBytes = 0;        ///< payloads of the FIRs themselves
    qint64 firRelatedBytes = 0; ///< FIRs, their sections and parties
    QMap<QString, QPair<qint64, qint64>> entities; ///< entity -> (changes, bytes)
};

bool readCorpusStats(const QString& path, CorpusStats* stats, QString* error)
{
    const QString name = QStringLiteral("bench-stats-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SELECT count(*) FROM firs")) && q.next();
            if (ok)
                stats->firs = q.value(0).toLongLong();
            // length() of a blob counts bytes; of text it would count characters.
            ok = ok && q.exec(QStringLiteral("SELECT entity, count(*), sum(length(CAST(payload AS BLOB))) FROM change_log GROUP BY entity ORDER BY entity"));
            while (ok && q.next()) {
                const QString entity = q.value(0).toString();
                const qint64 count = q.value(1).toLongLong();
                const qint64 bytes = q.value(2).toLongLong();
                stats->entities.insert(entity, { count, bytes });
                stats->changes += count;
                stats->payloadBytes += bytes;
                if (entity == QLatin1String("firs"))
                    stats->firBytes += bytes;
                if (entity == QLatin1String("firs") || entity == QLatin1String("fir_sections") || entity == QLatin1String("fir_parties"))
                    stats->firRelatedBytes += bytes;
            }
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// thana-sdc serving one database, as a child process.
class SdcProcess final {
public:
    ~SdcProcess() { stop(); }

    quint16 start(const QString& target, const QStringList& credentials, const QString& workDir, QString* error)
    {
        const QString portFile = QDir(workDir).filePath(QStringLiteral("sdc-%1.port").arg(++s_count));
        m_log = QDir(workDir).filePath(QStringLiteral("sdc-%1.log").arg(s_count));
        QFile::remove(portFile);
        m_process.setStandardOutputFile(m_log);
        m_process.setStandardErrorFile(m_log, QIODevice::Append);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("thana.*.info=false"));
        m_process.setProcessEnvironment(env);
        m_process.start(toolPath("THANA_SDC", THANA_SDC_PATH),
                        QStringList { QStringLiteral("serve"), QStringLiteral("--db"), target } + credentials
                            + QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile });
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("thana-sdc did not start: ") + m_process.errorString();
            return 0;
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly)) {
                const quint16 port = quint16(f.readAll().trimmed().toUInt());
                if (port != 0)
                    return port;
            }
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(20);
        }
        *error = QStringLiteral("thana-sdc did not start serving: ") + log();
        stop();
        return 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString log() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed().right(1000) : QString();
    }

private:
    static inline int s_count = 0;
    QProcess m_process;
    QString m_log;
};

/// One full first sync of the corpus over a link profile.
struct LinkRun {
    LinkEmulator::Profile profile;
    bool ok = false;
    double seconds = 0;
    qint64 up = 0;
    qint64 down = 0;
    int connections = 0;
    int batches = -1;
    qint64 stored = 0;
    double clientCpu = 0;   ///< thanactl
    double serverCpu = 0;   ///< thana-sdc
    double postgresCpu = 0;
};

class SyncBench final {
public:
    explicit SyncBench(Options options) : m_options(std::move(options)) { }

    int run()
    {
        Report::note(QStringLiteral("thana_sync_bench: %1 mode, %2, Qt %3, %4 CPU(s)")
                         .arg(m_options.quick ? QStringLiteral("quick") : QStringLiteral("full"),
                              QDateTime::currentDateTime().toString(Qt::ISODate), QLatin1String(qVersion()))
                         .arg(QThread::idealThreadCount()));
        m_temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("thana-sync-bench-XXXXXX")));
        if (!m_temp->isValid()) {
            fail(QStringLiteral("cannot create a temporary folder: ") + m_temp->errorString());
            return 1;
        }
        m_temp->setAutoRemove(!m_options.keep);
        // The postgres user must reach the cluster's folder inside it.
        ::chmod(QFile::encodeName(m_temp->path()).constData(), 0711);

        if (!corpus() || !credentials())
            return finish(1);
        startPostgres();
        if (want(QStringLiteral("ingest")) && !ingest())
            return finish(1);
        if (want(QStringLiteral("link")) && !links())
            return finish(1);
        if (want(QStringLiteral("swarm")) && !swarm())
            return finish(1);
        Report::note(QStringLiteral("[7] memory"));
        m_report.info(QStringLiteral("bench_rss"), double(peakRssKb()) / 1024.0, QStringLiteral("MB"),
                      QStringLiteral("peak RSS of the benchmark process (VmHWM)"), 1);
        return finish(0);
    }

private:
    bool want(const QString& part) const { return m_options.parts.isEmpty() || m_options.parts.contains(part); }

    int finish(int status)
    {
        if (m_pg)
            m_pg->stop();
        m_report.printSummary();
        if (m_options.keep)
            Report::note(QStringLiteral("temporary folder kept at %1").arg(m_temp->path()));
        return status;
    }

    QString path(const QString& name) const { return m_temp->filePath(name); }

    // [1] The corpus: a station's whole change log.
    bool corpus()
    {
        m_corpusPath = m_options.corpusPath.isEmpty() ? path(QStringLiteral("corpus.thana")) : QFileInfo(m_options.corpusPath).absoluteFilePath();
        Report::note(QStringLiteral("[1] corpus: %1").arg(m_corpusPath));
        bool built = false;
        if (QFileInfo::exists(m_corpusPath)) {
            auto opened = core::Database::open(m_corpusPath, core::Database::Mode::ExistingOnly);
            if (!opened) {
                fail(opened.error().describe());
                return false;
            }
            const auto station = core::StationRepository(*opened.value()).station();
            if (station && station->training) {
                fail(QStringLiteral("%1 is a practice station; its changes never sync. Give another --corpus.").arg(m_corpusPath));
                return false;
            }
            built = station.has_value();
        }
        if (built) {
            Report::note(QStringLiteral("  reusing the corpus store as it is"));
        } else {
            const core::DemoData::Options o = corpusOptions(m_options.quick);
            Report::note(QStringLiteral("  building %1 days: %2 complaints a day (%3 become FIRs), %4 FIRs on oral information, %5 routine diary entries")
                             .arg(o.days)
                             .arg(o.complaintsPerDay)
                             .arg(o.firShare)
                             .arg(o.directFirsPerDay)
                             .arg(o.diaryEntriesPerDay));
            QElapsedTimer t;
            t.start();
            {
                auto opened = core::Database::open(m_corpusPath);
                if (!opened) {
                    fail(opened.error().describe());
                    return false;
                }
                int lastTenth = -1;
                auto made = core::DemoData::generate(*opened.value(), o, [&](int day, int total) {
                    const int tenth = day * 10 / std::max(total, 1);
                    if (tenth != lastTenth && tenth % 2 == 0)
                        Report::note(QStringLiteral("  ... %1%").arg(tenth * 10));
                    lastTenth = tenth;
                });
                if (!made) {
                    fail(made.error().describe());
                    return false;
                }
            }
            m_report.info(QStringLiteral("corpus_build_time"), double(t.elapsed()) / 1000.0, QStringLiteral("s"), QStringLiteral("corpus built in"), 1);
        }
        checkpoint(m_corpusPath);
        QString error;
        if (!readCorpusStats(m_corpusPath, &m_stats, &error)) {
            fail(QStringLiteral("cannot read the corpus: ") + error);
            return false;
        }
        for (auto it = m_stats.entities.cbegin(); it != m_stats.entities.cend(); ++it)
            Report::note(QStringLiteral("  %1: %2 changes, %3 MB").arg(it.key(), -14).arg(it.value().first).arg(megabytes(it.value().second)));
        m_report.info(QStringLiteral("corpus_firs"), double(m_stats.firs), QStringLiteral("FIRs"), QStringLiteral("FIRs in the corpus"), 0);
        m_report.info(QStringLiteral("corpus_fir_bytes_avg"), m_stats.firs ? double(m_stats.firBytes) / double(m_stats.firs) : 0, QStringLiteral("B"),
                      QStringLiteral("average FIR record (the FIR's own columns)"), 0);
        m_report.info(QStringLiteral("corpus_fir_related_avg"), m_stats.firs ? double(m_stats.firRelatedBytes) / double(m_stats.firs) : 0,
                      QStringLiteral("B"), QStringLiteral("average FIR with its sections and parties"), 0);
        m_report.info(QStringLiteral("corpus_changes"), double(m_stats.changes), QStringLiteral("changes"),
                      QStringLiteral("change-log entries (everything a first sync sends)"), 0);
        m_report.info(QStringLiteral("corpus_bytes"), double(m_stats.payloadBytes) / 1e6, QStringLiteral("MB"),
                      QStringLiteral("uncompressed bytes of the change-log payloads"), 2);
        m_report.info(QStringLiteral("corpus_fir_bytes"), double(m_stats.firRelatedBytes) / 1e6, QStringLiteral("MB"),
                      QStringLiteral("of which FIRs, sections and parties"), 2);
        return m_stats.changes > 0;
    }

    /// Folds the write-ahead log into the store, so a plain file copy is the whole store.
    static void checkpoint(const QString& store)
    {
        const QString name = QStringLiteral("bench-ckpt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    bool freshStoreCopy(const QString& to)
    {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(to + suffix);
        if (!QFile::copy(m_corpusPath, to)) {
            fail(QStringLiteral("cannot copy the corpus to %1").arg(to));
            return false;
        }
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }

    // [2] The state's CA, the server's certificate and the corpus station's.
    bool credentials()
    {
        Report::note(QStringLiteral("[2] credentials"));
        m_caDir = path(QStringLiteral("ca"));
        auto ca = sync::StateCa::create(m_caDir, QStringLiteral("Maharashtra"));
        if (!ca) {
            fail(ca.error().describe());
            return false;
        }
        auto server = ca->issueServer(QStringLiteral("127.0.0.1"), path(QStringLiteral("server")));
        auto station = ca->issueStation(kStationCode, path(QStringLiteral("station")));
        if (!server || !station) {
            fail(!server ? server.error().describe() : station.error().describe());
            return false;
        }
        m_serverCredentials = { QStringLiteral("--cert"), server->certificatePath, QStringLiteral("--key"), server->keyPath,
                                QStringLiteral("--ca"), ca->certificatePath(), QStringLiteral("--crl"), ca->crlPath() };
        return true;
    }

    void startPostgres()
    {
        Report::note(QStringLiteral("[3] PostgreSQL"));
        if (m_options.sqliteOnly) {
            Report::note(QStringLiteral("  --sqlite: the State Data Centre runs on SQLite throughout"));
            return;
        }
        QDir().mkpath(path(QStringLiteral("pg")));
        m_pg = std::make_unique<PgCluster>(path(QStringLiteral("pg")));
        QString why;
        QElapsedTimer t;
        t.start();
        if (!m_pg->available(&why) || !m_pg->start(&why)) {
            Report::note(QStringLiteral("  MISS: PostgreSQL is not available (%1); the State Data Centre runs on SQLite instead").arg(why));
            m_report.checkAtLeast(QStringLiteral("postgres_available"), 0, QStringLiteral("-"), 1, QStringLiteral("PostgreSQL available"));
            m_pg.reset();
            return;
        }
        Report::note(QStringLiteral("  cluster started in %1 s, socket %2, port %3").arg(num(double(t.elapsed()) / 1000.0, 1), m_pg->socketDir()).arg(m_pg->port()));
    }

    /// A fresh State Data Centre database named `name`: on PostgreSQL when it runs, else a SQLite file.
    QString freshTarget(const QString& name, bool postgres)
    {
        if (postgres) {
            QString error;
            if (!m_pg->createDatabase(name, &error)) {
                fail(QStringLiteral("cannot create database %1: %2").arg(name, error));
                return {};
            }
            return m_pg->target(name);
        }
        const QString file = path(name + QStringLiteral(".sdc.sqlite"));
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(file + suffix);
        return file;
    }

    QString backendName(bool postgres) const { return postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"); }

    // [4] The State Data Centre's store taking in the corpus, batch by batch, in this process.
    bool ingest()
    {
        Report::note(QStringLiteral("[4] ingest: SdcStore::ingest of the corpus in the client's batches"));
        // The batches the sync client would send: whole transactions, its sizes.
        const sync::SyncClient::Options client;
        QList<sync::Batch> batches;
        const QString copy = path(QStringLiteral("ingest.thana"));
        {
            if (!freshStoreCopy(copy))
                return false;
            auto opened = core::Database::open(copy, core::Database::Mode::ExistingOnly);
            if (!opened) {
                fail(opened.error().describe());
                return false;
            }
            core::SyncLedger ledger(*opened.value());
            while (true) {
                const QList<core::OutgoingChange> pending = ledger.pending(client.maxRecords, client.maxBytes);
                if (pending.isEmpty())
                    break;
                sync::Batch batch;
                batch.stationCode = kStationCode;
                batch.batchId = QUuid::createUuid().toString(QUuid::Id128);
                for (const core::OutgoingChange& c : pending)
                    batch.records << sync::ChangeRecord { c.seq, c.entity, c.uid, c.op,
                                                          QJsonDocument::fromJson(c.payload).toJson(QJsonDocument::Compact), c.actor, c.at };
                batches << batch;
                if (auto done = ledger.acknowledge(pending.last().seq); !done) {
                    fail(done.error().message);
                    return false;
                }
            }
        }
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(copy + suffix);
        qint64 total = 0;
        for (const sync::Batch& b : std::as_const(batches))
            total += b.records.size();
        Report::note(QStringLiteral("  %1 changes in %2 batches of up to %3 changes or %4 MB")
                         .arg(total)
                         .arg(batches.size())
                         .arg(client.maxRecords)
                         .arg(megabytes(client.maxBytes)));

        // What the client and the server spend on the batch format, for comparison.
        {
            QElapsedTimer t;
            t.start();
            QList<QByteArray> encoded;
            qint64 wire = 0;
            for (const sync::Batch& b : std::as_const(batches)) {
                auto e = b.encode(client.compressionLevel);
                if (!e) {
                    fail(e.error().describe());
                    return false;
                }
                wire += e->size();
                encoded << *e;
            }
            const double encodeS = double(t.nsecsElapsed()) / 1e9;
            t.restart();
            for (const QByteArray& e : std::as_const(encoded)) {
                if (auto d = sync::Batch::decode(e); !d) {
                    fail(d.error().describe());
                    return false;
                }
            }
            const double decodeS = double(t.nsecsElapsed()) / 1e9;
            m_report.info(QStringLiteral("batch_bytes"), double(wire) / 1e6, QStringLiteral("MB"),
                          QStringLiteral("encoded batches at zstd level %1 (%2 of the payloads)")
                              .arg(client.compressionLevel)
                              .arg(num(double(wire) / double(std::max<qint64>(m_stats.payloadBytes, 1)), 3)),
                          2);
            m_report.info(QStringLiteral("batch_encode_rate"), double(total) / encodeS, QStringLiteral("changes/s"),
                          QStringLiteral("Batch::encode (the client's side)"), 0);
            m_report.info(QStringLiteral("batch_decode_rate"), double(total) / decodeS, QStringLiteral("changes/s"),
                          QStringLiteral("Batch::decode (the server's side, before ingest)"), 0);
        }
        // Where the compressed bytes go: each entity's changes alone, in the same batches.
        {
            QMap<QString, qint64> byEntity;
            for (const sync::Batch& b : std::as_const(batches)) {
                QMap<QString, sync::Batch> parts;
                for (const sync::ChangeRecord& r : b.records) {
                    sync::Batch& part = parts[r.entity];
                    part.stationCode = b.stationCode;
                    part.batchId = b.batchId;
                    part.records << r;
                }
                for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
                    if (auto e = it->encode(client.compressionLevel))
                        byEntity[it.key()] += e->size() - sync::Batch::kHeaderSize;
                }
            }
            QStringList shares;
            for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it) {
                const qint64 raw = m_stats.entities.value(it.key()).second;
                shares << QStringLiteral("%1 %2 MB (%3)").arg(it.key(), megabytes(it.value()), num(double(it.value()) / double(std::max<qint64>(raw, 1)), 2));
            }
            Report::note(QStringLiteral("  compressed alone, by entity (MB, and of its payloads): ") + shares.join(QStringLiteral(", ")));
        }
        // The same batches at other compression levels, to choose the client's.
        for (const int level : std::as_const(m_options.levels)) {
            QElapsedTimer t;
            t.start();
            qint64 wire = 0;
            for (const sync::Batch& b : std::as_const(batches)) {
                auto e = b.encode(level);
                if (!e) {
                    fail(e.error().describe());
                    return false;
                }
                wire += e->size();
            }
            Report::note(QStringLiteral("  zstd level %1: %2 MB (%3 of the payloads), Batch::encode at %4 changes/s")
                             .arg(level, 2)
                             .arg(megabytes(wire), num(double(wire) / double(std::max<qint64>(m_stats.payloadBytes, 1)), 3))
                             .arg(qint64(double(total) / (double(t.nsecsElapsed()) / 1e9))));
        }

        for (const bool postgres : { true, false }) {
            if (postgres && !m_pg)
                continue;
            const QString target = freshTarget(QStringLiteral("ingest"), postgres);
            if (target.isEmpty())
                return false;
            auto store = sync::SdcStore::open(target);
            if (!store) {
                fail(store.error().describe());
                return false;
            }
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuSeconds();
            const double pgCpuStart = postgres ? m_pg->cpuSeconds() : 0;
            qint64 stored = 0;
            qint64 rejected = 0;
            qint64 conflicts = 0;
            for (const sync::Batch& b : std::as_const(batches)) {
                auto reply = (*store)->ingest(kStationCode, b);
                if (!reply) {
                    fail(QStringLiteral("ingest on %1: %2").arg(backendName(postgres), reply.error().describe()));
                    return false;
                }
                stored += reply->stored;
                rejected += reply->rejected.size();
                conflicts += reply->conflicts;
            }
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            const double cpu = threadCpuSeconds() - cpuStart;
            const double pgCpu = postgres ? m_pg->cpuSeconds() - pgCpuStart : 0;
            const QString key = postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
            Report::note(QStringLiteral("  %1: %2 changes stored, %3 rejected, %4 conflicts in %5 s; CPU: %6 s in SdcStore, %7 s in PostgreSQL")
                             .arg(backendName(postgres))
                             .arg(stored)
                             .arg(rejected)
                             .arg(conflicts)
                             .arg(num(seconds, 2), num(cpu, 2), postgres ? num(pgCpu, 2) : QStringLiteral("-")));
            if (stored != total)
                Report::note(QStringLiteral("  MISS: %1 of %2 changes were applied").arg(stored).arg(total));
            if (postgres)
                m_report.checkAtLeast(QStringLiteral("ingest_rate_postgres"), double(total) / seconds, QStringLiteral("changes/s"), 5000,
                                      QStringLiteral("ingest into PostgreSQL"));
            else
                m_report.info(QStringLiteral("ingest_rate_sqlite"), double(total) / seconds, QStringLiteral("changes/s"), QStringLiteral("ingest into SQLite"), 0);
            m_report.check(QStringLiteral("ingest_missing_") + key, double(total - stored), QStringLiteral("changes"), 0,
                           QStringLiteral("changes not applied on %1").arg(backendName(postgres)));
        }
        return true;
    }

    // [5] Full first syncs of the corpus over emulated links.
    bool links()
    {
        Report::note(QStringLiteral("[5] link: thanactl sync of the whole corpus to thana-sdc (%1) through the link emulator")
                         .arg(backendName(m_pg != nullptr)));
        QList<LinkEmulator::Profile> profiles { { QStringLiteral("loopback"), 0, 0 },
                                                { QStringLiteral("2mbps"), 2000000 / 8, 100 } };
        if (!m_options.quick || m_options.links.contains(QStringLiteral("512kbps")))
            profiles << LinkEmulator::Profile { QStringLiteral("512kbps"), 512000 / 8, 100 };
        QList<LinkRun> runs;
        for (const LinkEmulator::Profile& profile : std::as_const(profiles)) {
            if (!m_options.links.isEmpty() && !m_options.links.contains(profile.name))
                continue;
            LinkRun r;
            if (!linkRun(profile, &r))
                return false;
            runs << r;
        }
        const double payload = double(std::max<qint64>(m_stats.payloadBytes, 1));
        for (const LinkRun& r : std::as_const(runs)) {
            const QString label = r.profile.bytesPerSecond == 0 ? QStringLiteral("loopback, no shaping")
                                                                : QStringLiteral("%1 kbit/s, %2 ms RTT").arg(r.profile.bytesPerSecond * 8 / 1000).arg(r.profile.rttMs);
            Report::note(QStringLiteral("  %1: %2 s, %3 MB up + %4 MB down on %5 TCP connection(s), %6 batches; "
                                        "CPU: %7 s thanactl, %8 s thana-sdc, %9 s PostgreSQL")
                             .arg(label, num(r.seconds, 2), megabytes(r.up), megabytes(r.down))
                             .arg(r.connections)
                             .arg(r.batches)
                             .arg(num(r.clientCpu, 1), num(r.serverCpu, 1), m_pg ? num(r.postgresCpu, 1) : QStringLiteral("-")));
            if (r.profile.bytesPerSecond > 0) {
                const double transfer = double(r.up + r.down) / double(r.profile.bytesPerSecond);
                Report::note(QStringLiteral("    of which %1 s is the bytes at the link's rate, %2 s the rest (storing, compressing, round trips)")
                                 .arg(num(transfer, 1), num(r.seconds - transfer, 1)));
            }
            const QString key = QStringLiteral("link_") + r.profile.name;
            m_report.info(key + QStringLiteral("_wire"), double(r.up + r.down) / 1e6, QStringLiteral("MB"), label + QStringLiteral(": bytes on the wire"), 3);
            m_report.info(key + QStringLiteral("_connections"), r.connections, QStringLiteral("-"), label + QStringLiteral(": TCP connections"), 0);
            if (r.profile.name == QLatin1String("loopback")) {
                m_report.check(QStringLiteral("link_wire_ratio"), double(r.up + r.down) / payload, QStringLiteral("x"), 0.35,
                               QStringLiteral("wire bytes / uncompressed payload bytes"));
                m_report.info(key + QStringLiteral("_time"), r.seconds, QStringLiteral("s"), label + QStringLiteral(": wall time"), 2);
            } else if (r.profile.name == QLatin1String("2mbps")) {
                m_report.check(key + QStringLiteral("_time"), r.seconds, QStringLiteral("s"), 16, label + QStringLiteral(": wall time"));
            } else {
                m_report.check(key + QStringLiteral("_time"), r.seconds, QStringLiteral("s"), 60, label + QStringLiteral(": wall time"));
            }
            m_report.check(key + QStringLiteral("_missing"), double(m_stats.changes - r.stored), QStringLiteral("changes"), 0,
                           label + QStringLiteral(": changes the State Data Centre does not hold"));
        }
        Report::note(QStringLiteral("  for reference (not measured here), CouchDB/PouchDB replication of 10,000 FIR records of about 1 KB:"));
        Report::note(QStringLiteral("    1.24 bytes on the wire per byte of record, 404 TCP connections, 92 s at 2 Mbps, 228 s at 512 kbps"));
        QStringList thana;
        for (const LinkRun& r : std::as_const(runs)) {
            if (r.profile.bytesPerSecond > 0)
                thana << QStringLiteral("%1 s at %2 kbps").arg(num(r.seconds, 1)).arg(r.profile.bytesPerSecond * 8 / 1000);
        }
        if (!runs.isEmpty())
            Report::note(QStringLiteral("    Thana, this corpus (%1 MB of change log for %2 FIRs): %3 bytes on the wire per byte of payload, %4 TCP connection(s)%5")
                             .arg(megabytes(m_stats.payloadBytes))
                             .arg(m_stats.firs)
                             .arg(num(double(runs.first().up + runs.first().down) / payload, 3))
                             .arg(runs.first().connections)
                             .arg(thana.isEmpty() ? QString() : QStringLiteral(", ") + thana.join(QStringLiteral(", "))));
        return true;
    }

    bool linkRun(const LinkEmulator::Profile& profile, LinkRun* run)
    {
        run->profile = profile;
        const QString store = path(QStringLiteral("link-%1.thana").arg(profile.name));
        if (!freshStoreCopy(store))
            return false;
        const QString target = freshTarget(QStringLiteral("link_") + profile.name, m_pg != nullptr);
        if (target.isEmpty())
            return false;
        const double childrenStart = childrenCpuSeconds();
        SdcProcess sdc;
        QString error;
        const quint16 port = sdc.start(target, m_serverCredentials, m_temp->path(), &error);
        if (port == 0) {
            fail(error);
            return false;
        }
        const double pgStart = m_pg ? m_pg->cpuSeconds() : 0;
        LinkEmulator link;
        const quint16 proxyPort = link.start(port, profile);
        if (proxyPort == 0) {
            fail(QStringLiteral("the link emulator could not listen"));
            return false;
        }
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const bool verbose = qEnvironmentVariableIsSet("THANA_BENCH_VERBOSE");
        env.insert(QStringLiteral("QT_LOGGING_RULES"), verbose ? QStringLiteral("thana.sync.*=true") : QStringLiteral("thana.*.info=false"));
        ctl.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        ctl.start(toolPath("THANACTL", THANACTL_PATH),
                  { QStringLiteral("sync"), QStringLiteral("--db"), store, QStringLiteral("--server"),
                    QStringLiteral("https://127.0.0.1:%1").arg(proxyPort), QStringLiteral("--credentials"), path(QStringLiteral("station")) });
        const bool finished = ctl.waitForFinished(3600 * 1000);
        run->seconds = double(t.nsecsElapsed()) / 1e9;
        const QString out = QString::fromUtf8(ctl.readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(ctl.readAllStandardError()).trimmed();
        if (verbose)
            Report::note(QStringLiteral("  thanactl sync:\n%1\n%2").arg(out, err));
        run->clientCpu = childrenCpuSeconds() - childrenStart;
        run->postgresCpu = m_pg ? m_pg->cpuSeconds() - pgStart : 0;
        link.stop();
        run->up = link.bytesUp();
        run->down = link.bytesDown();
        run->connections = link.connections();
        sdc.stop();
        run->serverCpu = childrenCpuSeconds() - childrenStart - run->clientCpu;
        run->ok = finished && ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0;
        if (!run->ok) {
            fail(QStringLiteral("thanactl sync over %1 failed: %2 %3\nthana-sdc: %4").arg(profile.name, out, err, sdc.log()));
            return false;
        }
        static const QRegularExpression batches(QStringLiteral("in (\\d+) batch"));
        if (const auto m = batches.match(out); m.hasMatch())
            run->batches = m.captured(1).toInt();
        // What the State Data Centre holds now.
        const QString name = QStringLiteral("bench-held-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!openTarget(target, name, &error)) {
            QSqlDatabase::removeDatabase(name);
            fail(QStringLiteral("cannot open the State Data Centre's database: ") + error);
            return false;
        }
        {
            QSqlQuery q(QSqlDatabase::database(name));
            if (q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE station='%1' AND outcome='applied'").arg(kStationCode)) && q.next())
                run->stored = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        QFile::remove(store);
        return true;
    }

    // [6] Many stations syncing with one State Data Centre at once.
    bool swarm()
    {
        const int count = m_options.stations > 0 ? m_options.stations : (m_options.quick ? 50 : 1500);
        const int concurrency = m_options.concurrency > 0 ? m_options.concurrency : (m_options.quick ? 25 : 100);
        const bool postgres = m_pg != nullptr;
        Report::note(QStringLiteral("[6] swarm: %1 stations syncing at once with one thana-sdc on %2, %3 connected at a time")
                         .arg(count)
                         .arg(backendName(postgres))
                         .arg(concurrency));
        // Certificates, as the state's CA issues them.
        const QString certDir = path(QStringLiteral("swarm-certs"));
        QList<SimStation> stations;
        {
            auto ca = sync::StateCa::open(m_caDir);
            if (!ca) {
                fail(ca.error().describe());
                return false;
            }
            QElapsedTimer t;
            t.start();
            for (int i = 1; i <= count; ++i) {
                SimStation s;
                s.code = QStringLiteral("MH-SIM-%1").arg(i, 4, 10, QLatin1Char('0'));
                auto issued = ca->issueStation(s.code, certDir);
                if (!issued) {
                    fail(issued.error().describe());
                    return false;
                }
                s.certificatePath = issued->certificatePath;
                s.keyPath = issued->keyPath;
                s.retry = i % 10 == 0;
                stations << s;
            }
            m_report.info(QStringLiteral("swarm_issue_time"), double(t.elapsed()) / 1000.0, QStringLiteral("s"),
                          QStringLiteral("%1 station certificates issued with StateCa").arg(count), 1);
        }

        // A small station's change log: its setting up (station, users) and its days.
        QList<sync::ChangeRecord> setup;
        QList<QList<sync::ChangeRecord>> days;
        {
            const QString templatePath = path(QStringLiteral("template.thana"));
            {
                auto opened = core::Database::open(templatePath);
                if (!opened) {
                    fail(opened.error().describe());
                    return false;
                }
                if (auto made = core::DemoData::generate(*opened.value(), templateOptions()); !made) {
                    fail(made.error().describe());
                    return false;
                }
            }
            QList<LogEntry> log;
            QString error;
            if (!readChangeLog(templatePath, &log, &error)) {
                fail(error);
                return false;
            }
            QMap<QString, QList<sync::ChangeRecord>> byTx;
            QStringList order;
            for (const LogEntry& e : std::as_const(log)) {
                if (e.record.entity == QLatin1String("station") || e.record.entity == QLatin1String("users")) {
                    setup << e.record;
                    continue;
                }
                if (!byTx.contains(e.tx))
                    order << e.tx;
                byTx[e.tx] << e.record;
            }
            for (const QString& tx : std::as_const(order)) {
                const QList<sync::ChangeRecord>& day = byTx.value(tx);
                const bool hasFir = std::any_of(day.begin(), day.end(), [](const sync::ChangeRecord& r) { return r.entity == QLatin1String("firs"); });
                if (hasFir && day.size() + setup.size() >= 20 && day.size() + setup.size() <= 60)
                    days << day;
            }
            if (days.isEmpty()) {
                for (const QString& tx : std::as_const(order))
                    days << byTx.value(tx);
            }
        }
        qint64 sent = 0;
        qint64 batchBytes = 0;
        for (int i = 0; i < stations.size(); ++i) {
            SimStation& s = stations[i];
            sync::Batch batch;
            batch.stationCode = s.code;
            batch.batchId = QStringLiteral("sim-") + s.code;
            batch.records = rewriteForStation(setup + days.at(i % days.size()), kStationCode, s.code);
            auto encoded = batch.encode();
            if (!encoded) {
                fail(s.code + QStringLiteral(": ") + encoded.error().describe());
                return false;
            }
            s.batch = *encoded;
            s.records = int(batch.records.size());
            QSet<QString> distinct;
            for (const sync::ChangeRecord& r : std::as_const(batch.records))
                distinct.insert(r.entity + QLatin1Char('/') + r.uid);
            s.distinctRecords = int(distinct.size());
            sent += s.records;
            batchBytes += s.batch.size();
        }
        Report::note(QStringLiteral("  each station sends its setting up and one day: %1 to %2 changes (%3 days to choose from), %4 changes in all, "
                                    "%5 MB of batches; every tenth station sends its batch twice")
                         .arg(setup.size() + std::min_element(days.begin(), days.end(), [](auto& a, auto& b) { return a.size() < b.size(); })->size())
                         .arg(setup.size() + std::max_element(days.begin(), days.end(), [](auto& a, auto& b) { return a.size() < b.size(); })->size())
                         .arg(days.size())
                         .arg(sent)
                         .arg(megabytes(batchBytes)));

        const QString target = freshTarget(QStringLiteral("swarm"), postgres);
        if (target.isEmpty())
            return false;
        SdcProcess sdc;
        QString error;
        const quint16 port = sdc.start(target, m_serverCredentials, m_temp->path(), &error);
        if (port == 0) {
            fail(error);
            return false;
        }
        const double pgStart = m_pg ? m_pg->cpuSeconds() : 0;
        const double selfStart = processCpuSeconds();
        const double childrenStart = childrenCpuSeconds();
        StationSwarm swarm(stations, QDir(m_caDir).filePath(QStringLiteral("ca.crt")), port, concurrency);
        const SwarmResult result = swarm.run();
        const double stationsCpu = processCpuSeconds() - selfStart;
        const double pgCpu = m_pg ? m_pg->cpuSeconds() - pgStart : 0;
        sdc.stop();
        const double serverCpu = childrenCpuSeconds() - childrenStart;
        for (const QString& e : result.errorSamples)
            Report::note(QStringLiteral("  error: ") + e);

        // Every change stored exactly once, and whether the State Data Centre applied it.
        int mismatches = 0;
        qint64 notApplied = 0;
        QStringList mismatchSamples;
        QStringList notAppliedByKind;
        {
            const QString name = QStringLiteral("bench-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            {
                if (!openTarget(target, name, &error)) {
                    fail(QStringLiteral("cannot open the swarm's database: ") + error);
                    return false;
                }
                QSqlDatabase db = QSqlDatabase::database(name);
                QHash<QString, QList<qint64>> changes;
                QHash<QString, qint64> owned;
                QHash<QString, qint64> high;
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT station, count(*), count(DISTINCT seq), max(seq), "
                                      "sum(CASE WHEN outcome='applied' THEN 1 ELSE 0 END) FROM changes GROUP BY station"));
                while (q.next())
                    changes.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong() });
                q.exec(QStringLiteral("SELECT owner, count(*) FROM records GROUP BY owner"));
                while (q.next())
                    owned.insert(q.value(0).toString(), q.value(1).toLongLong());
                q.exec(QStringLiteral("SELECT code, high_seq FROM stations"));
                while (q.next())
                    high.insert(q.value(0).toString(), q.value(1).toLongLong());
                q.exec(QStringLiteral("SELECT count(*) FROM (SELECT station, seq FROM changes GROUP BY station, seq HAVING count(*) > 1) d"));
                const qint64 duplicated = q.next() ? q.value(0).toLongLong() : -1;
                for (const SimStation& s : std::as_const(stations)) {
                    const QList<qint64> c = changes.value(s.code, { 0, 0, 0, 0 });
                    const qint64 n = s.records;
                    if (c.at(0) != n || c.at(1) != n || c.at(2) != n || high.value(s.code) != n) {
                        ++mismatches;
                        if (mismatchSamples.size() < 5)
                            mismatchSamples << QStringLiteral("%1: sent %2 changes; holds %3 (%4 distinct, up to %5), high %6")
                                                   .arg(s.code)
                                                   .arg(n)
                                                   .arg(c.at(0))
                                                   .arg(c.at(1))
                                                   .arg(c.at(2))
                                                   .arg(high.value(s.code));
                    }
                    notApplied += n - c.at(3);
                    if (c.at(3) == n && owned.value(s.code) != s.distinctRecords) {
                        ++mismatches;
                        if (mismatchSamples.size() < 5)
                            mismatchSamples << QStringLiteral("%1: %2 records sent, %3 held").arg(s.code).arg(s.distinctRecords).arg(owned.value(s.code));
                    }
                }
                if (duplicated != 0) {
                    ++mismatches;
                    mismatchSamples << QStringLiteral("%1 changes held more than once").arg(duplicated);
                }
                q.exec(QStringLiteral("SELECT c.entity, c.outcome, count(*), min(coalesce(k.reason, c.note)) FROM changes c "
                                      "LEFT JOIN conflicts k ON k.station = c.station AND k.seq = c.seq "
                                      "WHERE c.outcome <> 'applied' GROUP BY c.entity, c.outcome ORDER BY 3 DESC"));
                while (q.next())
                    notAppliedByKind << QStringLiteral("%1 changes of %2 %3: %4")
                                            .arg(q.value(2).toLongLong())
                                            .arg(q.value(0).toString(),
                                                 q.value(1).toString() == QLatin1String("conflict") ? QStringLiteral("kept as conflicts")
                                                                                                    : QStringLiteral("refused"),
                                                 q.value(3).toString());
            }
            QSqlDatabase::removeDatabase(name);
        }
        for (const QString& m : std::as_const(mismatchSamples))
            Report::note(QStringLiteral("  mismatch: ") + m);
        for (const QString& m : std::as_const(notAppliedByKind))
            Report::note(QStringLiteral("  not applied: ") + m);

        const double seconds = double(result.elapsedMs) / 1000.0;
        Report::note(QStringLiteral("  %1 stations completed, %2 failed, %3 retries answered as duplicates, %4 connected at most; "
                                    "the answers: %5 changes applied, %6 kept as conflicts, %7 refused")
                         .arg(result.completed)
                         .arg(result.errors)
                         .arg(result.retriesAnswered)
                         .arg(result.peakInFlight)
                         .arg(result.stored)
                         .arg(result.conflicts)
                         .arg(result.rejected));
        Report::note(QStringLiteral("  CPU: %1 s thana-sdc, %2 s PostgreSQL, %3 s the simulated stations (this process)")
                         .arg(num(serverCpu, 1), m_pg ? num(pgCpu, 1) : QStringLiteral("-"), num(stationsCpu, 1)));
        m_report.info(QStringLiteral("swarm_stations"), count, QStringLiteral("stations"), QStringLiteral("simulated stations"), 0);
        m_report.info(QStringLiteral("swarm_changes"), double(sent), QStringLiteral("changes"), QStringLiteral("changes sent (retries not counted)"), 0);
        m_report.info(QStringLiteral("swarm_time"), seconds, QStringLiteral("s"), QStringLiteral("total time, first connection to last answer"), 2);
        m_report.info(QStringLiteral("swarm_rate"), double(count) / seconds, QStringLiteral("stations/s"), QStringLiteral("stations per second"), 1);
        m_report.info(QStringLiteral("swarm_change_rate"), double(sent) / seconds, QStringLiteral("changes/s"), QStringLiteral("changes stored per second"), 0);
        m_report.info(QStringLiteral("swarm_round_p50"), median(result.latenciesMs), QStringLiteral("ms"),
                      QStringLiteral("a station's round (connect, upload, feed), median"), 0);
        m_report.info(QStringLiteral("swarm_round_p95"), percentile(result.latenciesMs, 95), QStringLiteral("ms"),
                      QStringLiteral("a station's round, 95th percentile"), 0);
        m_report.check(QStringLiteral("swarm_errors"), result.errors, QStringLiteral("stations"), 0, QStringLiteral("stations whose round failed"));
        m_report.check(QStringLiteral("swarm_mismatches"), mismatches, QStringLiteral("stations"), 0,
                       QStringLiteral("stations whose changes are not stored exactly once"));
        m_report.check(QStringLiteral("swarm_not_applied"), double(notApplied), QStringLiteral("changes"), 0,
                       QStringLiteral("changes kept as conflicts or refused"));
        return true;
    }

    Options m_options;
    Report m_report;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<PgCluster> m_pg;
    QString m_corpusPath;
    CorpusStats m_stats;
    QString m_caDir;
    QStringList m_serverCredentials;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thana_sync_bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("thana.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures synchronisation with the State Data Centre. See docs/benchmarks.md."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("About 1,000 FIRs instead of 10,000, no 512 kbps run, 50 stations instead of 1,500."));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QStringLiteral("Use (and keep) the corpus store at FILE; build it there when missing."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary folder."));
    const QCommandLineOption sqlite(QStringLiteral("sqlite"), QStringLiteral("Run the State Data Centre on SQLite even when PostgreSQL is there."));
    const QCommandLineOption stations(QStringLiteral("stations"), QStringLiteral("Simulated stations (default 1500, 50 with --quick)."), QStringLiteral("N"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Stations connected at a time (default 100, 25 with --quick)."),
                                         QStringLiteral("N"));
    const QCommandLineOption parts(QStringLiteral("parts"), QStringLiteral("Only these parts, comma-separated: ingest, link, swarm."), QStringLiteral("LIST"));
    const QCommandLineOption links(QStringLiteral("links"), QStringLiteral("Only these links, comma-separated: loopback, 2mbps, 512kbps."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption levels(QStringLiteral("levels"), QStringLiteral("Also encode the client's batches at these zstd levels, comma-separated."),
                                    QStringLiteral("LIST"));
    parser.addOptions({ quick, corpus, keep, sqlite, stations, concurrency, parts, links, levels });
    parser.process(app);

    Options options;
    options.quick = parser.isSet(quick);
    options.keep = parser.isSet(keep);
    options.sqliteOnly = parser.isSet(sqlite);
    options.corpusPath = parser.value(corpus);
    options.stations = parser.value(stations).toInt();
    options.concurrency = parser.value(concurrency).toInt();
    for (const QString& p : parser.value(parts).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.parts.insert(p.trimmed());
    for (const QString& l : parser.value(links).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.links.insert(l.trimmed());
    for (const QString& l : parser.value(levels).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.levels << l.trimmed().toInt();
    return SyncBench(options).run();
}
