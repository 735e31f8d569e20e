#pragma once

#include "core/result.h"
#include "core/section.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace thana::core {

class Database;

/// The acts and sections the app ships (and the State Data Centre may update).
class MasterData final {
    Q_DECLARE_TR_FUNCTIONS(MasterData)
public:
    explicit MasterData(Database& db) : m_db(db) { }

    /// Loads the shipped acts and sections into a store whose copy is missing or older.
    static Result<void> ensureLoaded(const QSqlDatabase& db);

    QList<Act> acts() const;
    std::optional<Act> act(const QString& code) const;
    std::optional<Section> section(const QString& actCode, const QString& number) const;
    /// Sections whose number starts with `text` or whose title contains its words,
    /// limited to acts in force on `onDay` when it is valid. Numbers match first.
    QList<Section> search(const QString& text, const QDate& onDay, int limit = 50) const;

private:
    Database& m_db;
};

} // namespace thana::core
