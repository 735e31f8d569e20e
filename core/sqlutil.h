#pragma once

// Internal helpers of core's storage layer. Not for use outside core.

#include "core/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace thana::core::sql {

/// Prepares `text` on `db`, binds `values` positionally and executes it.
Result<void> exec(QSqlQuery& q, const QString& text, const QVariantList& values = {});
Result<void> execScript(const QSqlDatabase& db, const QString& script);
Error dbError(const QSqlQuery& q);
Error dbError(const QSqlDatabase& db);

QVariant nullable(const QString& s);
QString newUid();

} // namespace thana::core::sql

namespace thana::core::sql {
/// A LIKE pattern matching any text that contains `s`.
inline QString containing(const QString& s)
{
    return QLatin1Char('%') + s + QLatin1Char('%');
}
} // namespace thana::core::sql
