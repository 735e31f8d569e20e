#include "core/unitofwork.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/sqlutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcWrite, "thana.core.write")

namespace thana::core {

namespace {
// Columns that never leave the station: credentials.
bool isSecret(const QString& column)
{
    return column == QLatin1String("password_hash");
}
} // namespace

UnitOfWork::UnitOfWork(Database& db, QString actorUid) : m_db(db), m_actor(std::move(actorUid)), m_tx(sql::newUid())
{
    QSqlQuery q(m_db.connection());
    // IMMEDIATE takes the write lock now, so two writers queue instead of deadlocking.
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_open = true;
    } else {
        m_error = sql::dbError(q);
        m_done = true;
    }
}

UnitOfWork::~UnitOfWork()
{
    if (!m_done) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcWrite) << "rollback failed";
    }
}

Result<void> UnitOfWork::insert(const QString& table, const Row& row, const QString& uid)
{
    if (!m_open)
        return m_error;
    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (const auto& [column, value] : row) {
        columns << column;
        marks << QStringLiteral("?");
        values << value;
    }
    const QString text = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                             .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    QSqlQuery& q = m_db.statement(text);
    auto done = sql::exec(q, text, values);
    if (!done)
        return done;
    return log(table, uid, QStringLiteral("insert"), row);
}

Result<void> UnitOfWork::update(const QString& table, const QString& uid, const Row& changes)
{
    if (!m_open)
        return m_error;
    QStringList sets;
    QVariantList values;
    for (const auto& [column, value] : changes) {
        sets << column + QStringLiteral("=?");
        values << value;
    }
    values << uid;
    const QString text = QStringLiteral("UPDATE %1 SET %2 WHERE uid=?").arg(table, sets.join(QLatin1Char(',')));
    QSqlQuery& q = m_db.statement(text);
    auto done = sql::exec(q, text, values);
    if (!done)
        return done;
    if (q.numRowsAffected() != 1)
        return Error { QStringLiteral("not_found"), tr("The record to change no longer exists."), {} };
    return log(table, uid, QStringLiteral("update"), changes);
}

Result<void> UnitOfWork::writeLocal(const QString& statement, const QVariantList& values)
{
    if (!m_open)
        return m_error;
    return sql::exec(m_db.statement(statement), statement, values);
}

Result<int> UnitOfWork::nextNumber(const QString& counter, const QString& stationCode, int year)
{
    if (!m_open)
        return m_error;
    const QString text = QStringLiteral("INSERT INTO counters(name, station_code, year, last_number) VALUES(?,?,?,1) "
                                        "ON CONFLICT(name, station_code, year) DO UPDATE SET last_number = last_number + 1 "
                                        "RETURNING last_number");
    QSqlQuery& q = m_db.statement(text);
    auto done = sql::exec(q, text, { counter, stationCode, year });
    if (!done)
        return done.error();
    if (!q.next())
        return sql::dbError(q);
    const int number = q.value(0).toInt();
    q.finish();
    return number;
}

Result<void> UnitOfWork::log(const QString& entity, const QString& uid, const QString& op, const Row& row)
{
    QJsonObject payload;
    for (const auto& [column, value] : row) {
        if (!isSecret(column))
            payload.insert(column, QJsonValue::fromVariant(value));
    }
    const QString text = QStringLiteral("INSERT INTO change_log(entity, uid, op, payload, actor_uid, at, tx) VALUES(?,?,?,?,?,?,?)");
    return sql::exec(m_db.statement(text), text,
                     { entity, uid, op, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                       sql::nullable(m_actor), toStored(QDateTime::currentDateTimeUtc()), m_tx });
}

Result<void> UnitOfWork::commit()
{
    if (!m_open)
        return m_error;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        return sql::dbError(q);
    m_done = true;
    m_open = false;
    return {};
}

} // namespace thana::core
