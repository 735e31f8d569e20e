#pragma once

#include "core/result.h"

class QSqlDatabase;

namespace thana::core {

/// The ordered schema migrations. Version N is reached by applying 1..N in order;
/// the version lives in SQLite's user_version.
namespace migrations {

int latest();
int currentVersion(const QSqlDatabase& db);
/// Applies every migration above the current version, each in its own transaction,
/// up to `target` (default: the latest).
Result<void> upgrade(const QSqlDatabase& db, int target = -1);

} // namespace migrations
} // namespace thana::core
