#pragma once

#include "core/fir.h"
#include "core/gdentry.h"
#include "core/result.h"
#include "core/section.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace thana::core {

/// What the FIR rules need to know beyond the draft itself.
struct FirRuleContext {
    QDateTime registeredAt;          ///< when the FIR is (or was) registered
    QDateTime now;                   ///< invalid when checking records already stored
    std::optional<GdEntry> gd;       ///< the GD entry the draft refers to, if found
    bool gdCreatedWithFir = false;   ///< the information GD entry is written with the FIR
    QHash<QString, Act> acts;        ///< by code
    QHash<QString, Section> sections; ///< by Section::key(), the sections the draft names
    std::optional<User> io;          ///< the investigating officer named, if found
};

/// The rules of an FIR (IIF-I). Used alike by the form, registration, import, sync and
/// the store check, so all of them refuse the same things with the same messages.
class FirRules final {
    Q_DECLARE_TR_FUNCTIONS(FirRules)
public:
    /// A report made later than this after the occurrence ended needs a reason.
    static constexpr qint64 kDelayWithoutReasonSecs = 24 * 3600;

    static QList<Violation> check(const FirDraft& draft, const FirRuleContext& context);
    /// Whether any section named is a sexual offence (BNS ss.63-79, POCSO, and the IPC's).
    static bool isSensitive(const QList<Section>& sections);
    /// The code that governs an occurrence on `day`: BNS from 1 July 2024, IPC before.
    static QString penalCodeFor(const QDate& day);
};

} // namespace thana::core
