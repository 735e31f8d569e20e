#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace thana::core {

class Database;

/// What happened to one case of an import.
struct ImportOutcome {
    enum class Kind { Imported, Unchanged, Refused };
    QString file;
    QString reference; ///< "FIR 12/2025" when the file could be read that far
    Kind kind = Kind::Refused;
    QList<Violation> violations; ///< why it was refused: field, rule, message
};

/// Whole cases in the versioned JSON interchange format (docs/interchange.md): an FIR
/// with its sections, parties, amendments, GD entries, complaint, persons, officers,
/// arrests, case diary, final reports. Every rule that guards a new record guards an
/// imported one; a case is imported whole or not at all; importing the same export
/// twice changes nothing.
class Interchange final {
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    static constexpr int kVersion = 1;
    static constexpr const char* kFormat = "thana.case";

    explicit Interchange(Database& db) : m_db(db) { }

    /// One case as a JSON document.
    Result<QJsonObject> exportCase(const QString& firUid) const;
    /// Writes every case of the store into `dir`, one file per FIR. Returns the count.
    Result<int> exportAll(const QString& dir) const;

    /// Imports one case document; `actorUid` is recorded as the writer of the change log.
    ImportOutcome importCase(const QJsonObject& document, const QString& actorUid);
    /// Imports every *.json file of `dir`, in name order.
    QList<ImportOutcome> importDirectory(const QString& dir, const QString& actorUid);

private:
    Database& m_db;
};

} // namespace thana::core
