#pragma once

#include "core/caseclocks.h"
#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thana::core {

class Clock;
class Database;

/// An arrest or a surrender in court (IIF-III).
struct Arrest {
    enum class Kind { Arrest, Surrender };
    enum class Outcome { SentUp, PoliceBail, CourtBail, JudicialCustody, PoliceCustody };
    QString uid;
    QString firUid;
    QString personUid;
    QString accusedCode;   ///< A1…A9, then B1…: allocated in the order of arrest
    Kind kind = Kind::Arrest;
    QDateTime at;
    QString place;
    QString court;         ///< for a surrender
    QString gdUid;         ///< the GD entry that records it, written with it
    Outcome outcome = Outcome::SentUp;
    QDateTime remandedAt;  ///< when remanded to custody (for the default-bail clock)
    QString informed;      ///< relative or friend and the designated officer informed
    QString createdBy;
    QDateTime createdAt;
};

/// An entry of the case diary: what the IO did on a day. Never edited.
struct CaseDiaryEntry {
    QString uid;
    QString firUid;
    int number = 0;
    QDateTime at;
    QString text;
    bool informsVictim = false; ///< the victim or informant was told of the progress
    QString ioUid;
};

/// The final report under BNSS s.193 (IIF-V): a charge sheet or a closure.
struct FinalReport {
    enum class Kind { ChargeSheet, Closure };
    QString uid;
    QString firUid;
    Kind kind = Kind::ChargeSheet;
    QString summary;
    bool approved = false;
    QString draftedBy;
    QDateTime draftedAt;
    QString approvedBy;
    QDateTime approvedAt;
};

/// Crime details (IIF-II); a later version replaces an earlier one, both are kept.
struct CrimeDetails {
    QString crimeHead;
    QString subHead;
    QString modusOperandi;
    QString placeType;
    QString motive;
    QString scene;
    QString recordedBy;
    QDateTime recordedAt;
};

/// A statement recorded in the investigation. Never edited.
struct Statement {
    QString uid;
    QString firUid;
    QString personUid;
    QString role;      ///< witness, victim, complainant, expert
    QDateTime recordedAt;
    QString text;
    QString recordedBy;
};

/// A deadline of an open case, for the SHO's morning view.
struct CaseDeadline {
    QString firUid;
    QString firReference;
    Deadline deadline;
};

/// The investigation after the FIR: who investigates, arrests, the case diary and the
/// final report, each dated within the case and written by whom the law says.
class CaseService final {
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    CaseService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    /// "A1" for the first accused, "A9" for the ninth, "B1" for the tenth.
    static QString accusedCode(int index);
    static QString outcomeKey(Arrest::Outcome outcome);

    /// The case's investigating officer now: the last reassignment, else the FIR's.
    QString currentIo(const QString& firUid) const;
    /// Gives the case to another officer (the SHO only), with the reason on record.
    Result<void> reassignIo(const QString& firUid, const QString& ioUid, const QString& reason, const User& actor);

    /// Records an arrest or surrender with its GD entry, in one transaction.
    Result<Arrest> recordArrest(Arrest arrest, const User& actor);
    QList<Arrest> arrests(const QString& firUid) const;

    Result<CaseDiaryEntry> addDiaryEntry(const QString& firUid, const QString& text, bool informsVictim, const User& actor);
    QList<CaseDiaryEntry> diary(const QString& firUid) const;

    /// Records that the informant signed the e-FIR (BNSS s.173(1)(ii)).
    Result<void> recordEfirSignature(const QString& firUid, const QDateTime& signedAt, const User& actor);

    /// Drafted by the case's current IO only.
    Result<FinalReport> draftFinalReport(const QString& firUid, FinalReport::Kind kind, const QString& summary, const User& actor);
    /// Approved by the SHO only.
    Result<FinalReport> approveFinalReport(const QString& reportUid, const User& actor);
    std::optional<FinalReport> finalReport(const QString& firUid) const;

    /// Crime details by the case's IO (or the SHO); the latest version is the case's.
    Result<void> recordCrimeDetails(const QString& firUid, const CrimeDetails& details, const User& actor);
    std::optional<CrimeDetails> crimeDetails(const QString& firUid) const;
    Result<Statement> recordStatement(Statement statement, const User& actor);
    QList<Statement> statements(const QString& firUid) const;

    /// Sends the approved final report to court (the SHO or the case's IO).
    Result<void> dispatchFinalReport(const QString& firUid, const QString& court, const User& actor);
    /// Transfers the case to another station or agency (a Zero FIR to the station where
    /// the offence occurred); the SHO only. Nothing more is written in it here after.
    Result<void> transferCase(const QString& firUid, const QString& toUnit, const QString& reason, const QString& orderReference,
                              const User& actor);
    /// Where the case went, when it has been transferred away.
    QString transferredTo(const QString& firUid) const;

    CaseFacts facts(const QString& firUid) const;
    QList<Deadline> deadlines(const QString& firUid) const { return CaseClocks::compute(facts(firUid)); }
    /// Every deadline of every case without an approved final report, soonest first;
    /// what has been met is left out.
    QList<CaseDeadline> openDeadlines() const;

    /// The case's own dates bound every act in it: not before the FIR, not before the
    /// occurrence began, not in the future.
    QList<Violation> checkWhen(const QString& firUid, const QString& field, const QString& label, const QDateTime& at) const;

private:

    Database& m_db;
    const Clock& m_clock;
};

} // namespace thana::core
