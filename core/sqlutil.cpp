#include "core/sqlutil.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSql, "thana.core.sql")

namespace thana::core::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(thana::core::Storage)
};
} // namespace

Error dbError(const QSqlQuery& q)
{
    const QString detail = q.lastError().text();
    qCWarning(lcSql) << "query failed:" << detail << q.lastQuery();
    if (detail.contains(QLatin1String("THANA_IMMUTABLE")))
        return { QStringLiteral("immutable"),
                 Tr::tr("Registered FIRs and General Diary entries cannot be changed or deleted; record an amendment or a correction instead."),
                 {} };
    if (detail.contains(QLatin1String("database is locked")) || detail.contains(QLatin1String("busy")))
        return { QStringLiteral("busy"), Tr::tr("The station store is busy; try again in a moment."), {} };
    return { QStringLiteral("storage"), Tr::tr("The station store could not complete the operation: %1").arg(detail), {} };
}

Error dbError(const QSqlDatabase& db)
{
    return { QStringLiteral("storage"),
             Tr::tr("The station store could not complete the operation: %1").arg(db.lastError().text()), {} };
}

Result<void> exec(QSqlQuery& q, const QString& text, const QVariantList& values)
{
    if (q.lastQuery() != text) {
        if (!q.prepare(text))
            return dbError(q);
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // SQLite binds a null QString as NULL; an empty text column must stay empty text.
        // Use nullable() for a real NULL.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> execScript(const QSqlDatabase& db, const QString& script)
{
    // Statements are separated by lines holding only ";;" so triggers can contain ';'.
    const QStringList statements = script.split(QStringLiteral("\n;;\n"), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            return dbError(q);
    }
    return {};
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace thana::core::sql
