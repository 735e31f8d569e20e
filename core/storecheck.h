#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace thana::core {

class Database;

/// One problem found in a store.
struct Finding {
    QString where;   ///< "FIR 17/2026", "GD 2026", "SQLite"
    QString rule;    ///< stable rule id
    QString message; ///< translated
};

/// Checks a whole store: SQLite's own integrity and foreign keys, then every domain
/// rule over every record, with the same rule code that guards new records.
class StoreCheck final {
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)
public:
    explicit StoreCheck(Database& db) : m_db(db) { }
    /// Runs every check; `progress` (optional) is told what is being checked.
    QList<Finding> run(const std::function<void(const QString&)>& progress = {}) const;

private:
    void checkSqlite(QList<Finding>& out) const;
    void checkNumbering(QList<Finding>& out) const;
    void checkDiaryOrder(QList<Finding>& out) const;
    void checkFirs(QList<Finding>& out) const;
    void checkComplaints(QList<Finding>& out) const;
    void checkChangeLog(QList<Finding>& out) const;

    Database& m_db;
};

} // namespace thana::core
