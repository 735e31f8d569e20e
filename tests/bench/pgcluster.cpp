#include "pgcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thana::bench {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

/// Gives `path` to the postgres user (only as root).
bool giveToPostgres(const QString& path)
{
    if (!isRoot())
        return true;
    const passwd* pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

bool PgCluster::available(QString* why)
{
    QStringList candidates;
    for (const QString& version : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
        candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
    for (const QString& dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable()) {
            m_bin = dir;
            break;
        }
    }
    if (m_bin.isEmpty()) {
        *why = QStringLiteral("PostgreSQL's initdb and pg_ctl were not found under /usr/lib/postgresql");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = QStringLiteral("Qt's PostgreSQL driver (QPSQL, libqt6sql6-psql) is not installed");
        return false;
    }
    if (isRoot() && !::getpwnam("postgres")) {
        *why = QStringLiteral("running as root and there is no postgres user to run the cluster as");
        return false;
    }
    return true;
}

bool PgCluster::runTool(const QString& program, const QStringList& arguments, int timeoutMs, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_folder);
    if (isRoot())
        p.start(QStringLiteral("runuser"), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), m_bin + QLatin1Char('/') + program } + arguments);
    else
        p.start(m_bin + QLatin1Char('/') + program, arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        *output = program + QStringLiteral(" did not finish in time. ") + *output;
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgCluster::start(QString* error)
{
    if (m_bin.isEmpty() && !available(error))
        return false;
    // The folder must be reachable by postgres: its parents are the caller's temporary folder.
    ::chmod(QFile::encodeName(m_folder).constData(), 0755);
    m_dataDir = QDir(m_folder).filePath(QStringLiteral("data"));
    m_socketDir = QDir(m_folder).filePath(QStringLiteral("socket"));
    for (const QString& dir : { m_dataDir, m_socketDir }) {
        if (!QDir().mkpath(dir) || !giveToPostgres(dir)) {
            *error = QStringLiteral("cannot prepare %1 for the postgres user").arg(dir);
            return false;
        }
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    // The socket lives in our own folder, so any port number is free there.
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = 20000 + int(probe.serverPort() % 30000);
    }
    QString output;
    if (!runTool(QStringLiteral("initdb"),
                 { QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                   QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-instructions") },
                 180000, &output)) {
        *error = QStringLiteral("initdb failed: ") + output.right(600);
        return false;
    }
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=''").arg(m_port).arg(m_socketDir);
    if (const QString extra = qEnvironmentVariable("THANA_BENCH_PG_OPTIONS"); !extra.isEmpty())
        options += QLatin1Char(' ') + extra;
    if (!runTool(QStringLiteral("pg_ctl"),
                 { QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"), QDir(m_dataDir).filePath(QStringLiteral("server.log")),
                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
                 90000, &output)) {
        *error = QStringLiteral("pg_ctl start failed: ") + output.right(600);
        return false;
    }
    m_running = true;
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    QString output;
    runTool(QStringLiteral("pg_ctl"), { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            60000, &output);
    m_running = false;
}

bool PgCluster::createDatabase(const QString& name, QString* error)
{
    const QString connection = QStringLiteral("bench-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_socketDir);
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages = warning")) && q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name))
                && q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

double PgCluster::cpuSeconds() const
{
    QFile pidFile(QDir(m_dataDir).filePath(QStringLiteral("postmaster.pid")));
    if (!m_running || !pidFile.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    const double tick = double(::sysconf(_SC_CLK_TCK));
    double total = 0;
    // utime, stime (fields 14, 15) of the server and its children; cutime, cstime
    // (16, 17) of the server hold the children that have ended.
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 15)
            continue;
        const bool isServer = pid.toLatin1() == postmaster;
        if (!isServer && fields.at(1) != postmaster) // fields[1] is the parent's pid
            continue;
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
        if (isServer)
            total += (fields.at(13).toDouble() + fields.at(14).toDouble()) / tick;
    }
    return total;
}

QString PgCluster::target(const QString& database) const
{
    return QStringLiteral("postgres:host=%1 port=%2 dbname=%3 user=postgres").arg(m_socketDir).arg(m_port).arg(database);
}

} // namespace thana::bench
