#include "core/database.h"

#include "core/masterdata.h"
#include "core/migrations.h"
#include "core/sqlutil.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "thana.core.database")

namespace thana::core {

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
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
