#include "core/database.h"

#include "core/masterdata.h"
#include "core/migrations.h"
#include "core/personrepository.h"
#include "core/registerchain.h"
#include "core/sqlutil.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcDatabase, "thana.core.database")

namespace thana::core {

struct Database::Cache {
    QHash<QString, QSqlQuery> statements;
};

/// Copies the write-ahead log into the database file from its own thread and
/// connection, so that no officer's save waits for a checkpoint. The connection
/// that writes has automatic checkpoints turned off.
class Database::Checkpointer {
public:
    explicit Checkpointer(const QString& path) : m_thread([this, path] { loop(path); }) { }
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(Checkpointer)

private:
    void loop(const QString& path)
    {
        const QString name = QStringLiteral("thana-ckpt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
            if (db.open()) {
                QSqlQuery q(db);
                std::unique_lock lock(m_mutex);
                while (!m_stop) {
                    m_wake.wait_for(lock, std::chrono::milliseconds(250));
                    lock.unlock();
                    // PASSIVE never blocks writers; what it cannot copy now it copies next time.
                    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                        qCDebug(lcDatabase) << "checkpoint deferred:" << q.lastError().text();
                    q.finish();
                    lock.lock();
                }
                q.clear();
                db.close();
            } else {
                qCWarning(lcDatabase) << "checkpointer could not open the store:" << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_cache(std::make_unique<Cache>())
{
}

QSqlQuery& Database::statement(const QString& text)
{
    auto it = m_cache->statements.find(text);
    if (it == m_cache->statements.end())
        it = m_cache->statements.insert(text, QSqlQuery(connection()));
    return it.value();
}

void Database::startCheckpointer()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        m_checkpointer = std::make_unique<Checkpointer>(m_path);
}

Database::~Database()
{
    m_checkpointer.reset();
    m_cache.reset();
    {
        // The last connection to close folds the write-ahead log into the file.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == Mode::ExistingOnly)
        return Error { QStringLiteral("store.missing"), tr("There is no station store at %1.").arg(path), {} };

    const QString name = QStringLiteral("thana-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> self(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A writer that finds the store busy waits instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Error { QStringLiteral("store.open"),
                       tr("The station store %1 could not be opened: %2").arg(path, db.lastError().text()), {} };

    QSqlQuery q(db);
    // A file that is not a SQLite database, or one written by a newer Thana, is refused
    // before anything (even the journal mode) is changed in it.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return Error { QStringLiteral("store.invalid"),
                       tr("%1 is not a Thana station store: %2").arg(path, q.lastError().text()), {} };
    if (q.value(0).toInt() > 0 && migrations::currentVersion(db) == 0)
        return Error { QStringLiteral("store.invalid"),
                       tr("%1 is a database of another program, not a Thana station store; it has not been changed.").arg(path), {} };
    q.finish();
    if (migrations::currentVersion(db) > migrations::latest())
        return migrations::upgrade(db).error();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA cache_size=-16000"),
    };
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return sql::dbError(q);
    }
    if (auto upgraded = migrations::upgrade(db); !upgraded)
        return upgraded.error();
    if (auto seeded = MasterData::ensureLoaded(db); !seeded)
        return seeded.error();
    if (auto keyed = PersonRepository::ensureKeys(*self); !keyed)
        return keyed.error();
    if (auto linked = RegisterChain::ensureLinked(*self); !linked)
        return linked.error();
    self->startCheckpointer();
    return self;
}

int Database::schemaVersion() const
{
    return migrations::currentVersion(connection());
}

int Database::latestSchemaVersion()
{
    return migrations::latest();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace thana::core
