#pragma once

#include <QCoreApplication>
#include <QString>

namespace thana::core {

struct User;

/// Who may see the identity of the victim of a sexual offence (BNS s.72, POCSO s.23):
/// the station house officer and the officer investigating the case. Everyone else
/// sees a withheld marker in every list, copy and export.
class Disclosure final {
    Q_DECLARE_TR_FUNCTIONS(Disclosure)
public:
    static bool mayIdentifyVictim(const User& viewer, const QString& caseIoUid);
    /// SQL condition (over persons p) that is true when a person's identity must be withheld
    /// from `viewer`; binds nothing: the viewer's uid is embedded as a literal.
    static QString personMaskedSql(const User& viewer);
    /// SQL expression (over firs f) true when the FIR carries a sexual-offence section.
    static QString firSensitiveSql();
    static QString withheld();
};

} // namespace thana::core
