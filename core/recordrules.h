#pragma once

#include "core/result.h"
#include "core/section.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace thana::core {

/// The acts and sections shipped in the binary, read without a store (the State Data
/// Centre checks sections against them).
struct ShippedMasterData {
    QHash<QString, Act> acts;         ///< by code
    QHash<QString, Section> sections; ///< by Section::key()
    static const ShippedMasterData& get();
};

/// A station's records as rows of JSON (the columns of its store), the form in which
/// they travel to the State Data Centre.
struct FirRows {
    QJsonObject fir;
    QList<QJsonObject> sections;
    QList<QJsonObject> parties;
    std::optional<QJsonObject> gd;  ///< the GD entry the FIR refers to
    std::optional<QJsonObject> io;  ///< the investigating officer's user row
};

/// Core's rules applied to records that arrive from elsewhere (a station's sync, an
/// import), the same rules that guarded them when they were written.
class RecordRules final {
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
public:
    /// Entities a station may send, and whether they are changed only by new records.
    static bool isKnownEntity(const QString& entity);
    static bool isAppendOnly(const QString& entity);
    /// The rules one change must keep on its own: a known entity, an operation it
    /// allows, the identity and station of the record, the columns a new record needs.
    static QList<Violation> checkChange(const QString& stationCode, const QString& entity, const QString& op, const QString& uid,
                                        const QJsonObject& row);
    /// Every FIR rule (IIF-I) over a registered FIR and the records it refers to.
    static QList<Violation> checkFir(const FirRows& rows);
};

} // namespace thana::core
