#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace thana::core {

class Database;
struct User;

/// A station register as a view of the records already entered: nothing is typed twice.
struct RegisterView {
    QString id;            ///< fir, gd, arrests, property, unclaimed, complaints, ncr, missing, udb, found, history,
                           ///< processes, visitors
    QString titleEn;
    QString titleHi;
    QStringList columnsEn;
    QStringList columnsHi;
    QList<QStringList> rows;
};

class Registers final {
    Q_DECLARE_TR_FUNCTIONS(Registers)
public:
    explicit Registers(Database& db) : m_db(db) { }

    static QStringList ids();
    /// The register's rows dated from `from` to `to` (Indian Standard Time days, either
    /// may be null for open), oldest first; `limit` rows from `offset`. Identities the
    /// viewer may not see (victims of sexual offences) are withheld.
    Result<RegisterView> view(const QString& id, const QDate& from, const QDate& to, const User& viewer, int limit = 200, int offset = 0) const;
    /// The whole register for the period as CSV (UTF-8 with a byte-order mark, so
    /// spreadsheet programs read Devanagari), bilingual header row.
    Result<int> writeCsv(const QString& id, const QDate& from, const QDate& to, const User& viewer, QIODevice& out) const;

private:
    Database& m_db;
};

} // namespace thana::core
