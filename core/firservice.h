#pragma once

#include "core/fir.h"
#include "core/firrules.h"
#include "core/person.h"
#include "core/result.h"

#include <QCoreApplication>

namespace thana::core {

class Clock;
class Database;
class UnitOfWork;
struct Station;
struct User;

/// A person first recorded with the FIR that names them.
struct NewParty {
    FirParty::Kind kind = FirParty::Kind::Complainant;
    Person person;
    QString accusedStatus; ///< known or suspected, for accused
};

/// Registers and amends FIRs. Registration is one transaction: the number, the
/// information's GD entry when it is new, the FIR, its sections and parties, the
/// GD entry of the registration, the complaint's action, and their change-log entries.
class FirService final {
    Q_DECLARE_TR_FUNCTIONS(FirService)
public:
    /// Fields that may be amended after registration, with a reason.
    static QStringList amendableFields();
    static QString fieldLabel(const QString& field);

    FirService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    /// Checks a draft without saving anything; the form shows these beside the fields.
    QList<Violation> validate(const FirDraft& draft, const User& actor, const QList<NewParty>& newParties = {}) const;
    /// Registers an FIR. When `draft.gdUid` is empty, `informationGdText` is written
    /// to the General Diary first, in the same transaction, and the FIR refers to it.
    /// `newParties` are recorded as persons in the same transaction and added to the parties.
    Result<Fir> registerFir(const FirDraft& draft, const User& actor, const QString& informationGdText = {},
                            const QList<NewParty>& newParties = {});
    /// Registration inside a caller's transaction (bulk loads); `now` stamps the records.
    Result<Fir> registerIn(UnitOfWork& uow, const Station& station, const FirDraft& draft, const User& actor,
                           const QDateTime& now, const QString& informationGdText = {}, const QList<NewParty>& newParties = {});

    /// Records an amendment: a new value for one field, or a section added ("section",
    /// value "BNS 303(2)"). Only the SHO or the case's investigating officer may amend.
    Result<FirAmendment> amend(const QString& firUid, const QString& field, const QString& newValue, const QString& reason,
                               const User& actor);

    /// The context the rules need, read from the store.
    FirRuleContext contextFor(const FirDraft& draft, const QDateTime& registeredAt, const QDateTime& now) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace thana::core
