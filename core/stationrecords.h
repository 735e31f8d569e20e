#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace thana::core {

class Clock;
class Database;

/// How a person looks, as a missing person's family describes them or as an officer sees
/// a body or a person found: what the matching compares.
struct PersonDescription {
    QString gender = QStringLiteral("U"); ///< M, F, T or U (not known)
    int ageMin = -1;                      ///< -1 when not given; a single age may be given in
    int ageMax = -1;                      ///< either field alone
    int heightCm = 0;                     ///< 0 when not known
    QString build;                        ///< thin, medium, heavy…
    QString complexion;
    QString marks;                        ///< identifying marks: moles, scars, tattoos
    QString clothing;
};

/// A person reported missing (the missing persons register). Traced is a later record.
struct MissingPerson {
    QString uid;
    int year = 0;
    int number = 0;
    QString name;
    PersonDescription description;
    QDateTime missingSince;
    QString lastSeenPlace;
    QString reportedBy;       ///< the person who reported, a recorded person
    QDateTime reportedAt;
    QString gdUid;            ///< the GD entry of the report, written with it
    QDateTime tracedAt;       ///< null while missing
    QString tracedPlace;
    QString tracedHow;

    bool traced() const { return tracedAt.isValid(); }
    QString reference() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

/// A dead body found and not identified, with its inquest under BNSS s.194.
struct UnidentifiedBody {
    QString uid;
    int year = 0;
    int number = 0;
    QDateTime foundAt;
    QString place;
    PersonDescription description;
    QString probableCause;
    QString inquestNote;      ///< the inquest report under BNSS s.194
    QString gdUid;
    QDateTime identifiedAt;   ///< null while unidentified
    QString identifiedAs;
    QString identifiedBy;     ///< who identified the body (a relative, a neighbour)
    QString identifiedPersonUid;

    bool identified() const { return identifiedAt.isValid(); }
    QString reference() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

/// A person found wandering or unable to say who they are, and where they were placed.
struct FoundPerson {
    QString uid;
    int year = 0;
    int number = 0;
    QString name;             ///< as given, often empty
    QDateTime foundAt;
    QString place;
    PersonDescription description;
    QString placedWith;       ///< shelter home, hospital, child welfare committee
    QString gdUid;

    QString reference() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

/// A history sheet: a person kept under watch, opened and closed by the SHO.
struct HistorySheet {
    QString uid;
    int year = 0;
    int number = 0;
    QString personUid;
    QString category;         ///< e.g. habitual offender, property offender, bootlegger
    QString grounds;
    QDateTime openedAt;
    QString openedBy;
    QStringList firUids;      ///< the cases that ground it, in the order linked
    QDateTime closedAt;       ///< null while open
    QString closeReason;

    bool closed() const { return closedAt.isValid(); }
    QString reference() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

/// A report on a court's process: served, not served (and why), or returned to court.
struct ProcessEvent {
    enum class Kind { Served, Unserved, Returned };
    QString uid;
    QString processUid;
    Kind kind = Kind::Served;
    QDateTime at;
    QString how;              ///< served: personally, on an adult member of the family, by affixing…
    QString servedOn;         ///< served: the person it was served on
    QString reason;           ///< unserved: why
    QString recordedBy;
};

/// A summons or warrant received from a court, for the station to serve or execute.
struct CourtProcess {
    enum class Kind { Summons, BailableWarrant, NonBailableWarrant, Proclamation };
    enum class Status { Pending, Served, Unserved, Returned };
    QString uid;
    int year = 0;
    int number = 0;
    Kind kind = Kind::Summons;
    QString court;
    QString caseReference;
    QString personName;
    QString personAddress;
    QString personUid;        ///< when the person is recorded
    QDateTime receivedAt;
    QDate dueDate;            ///< the date the court fixed for the return
    QString assignedTo;       ///< the officer who serves it
    QList<ProcessEvent> events;

    Status status() const;
    QString reference() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

/// A visitor to the station.
struct Visitor {
    QString uid;
    int year = 0;
    int number = 0;
    QString name;
    QString address;
    QString phone;
    QString purpose;
    QString whomMet;
    QDateTime inAt;
    QDateTime outAt;          ///< null while in the station
};

/// The station's registers beyond the case: missing persons, unidentified dead bodies,
/// found persons, history sheets, summons and warrants, and visitors. Every refusal
/// names the field and the rule broken; nothing recorded here is edited, later facts
/// (traced, identified, closed, served) are new records.
class StationRecords final {
    Q_DECLARE_TR_FUNCTIONS(StationRecords)
public:
    StationRecords(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    static QString processKindKey(CourtProcess::Kind kind);
    static QString processEventKey(ProcessEvent::Kind kind);

    /// The rules every description keeps: a known gender, ages 0–120 with the least
    /// first, a height of 30–250 cm when given.
    static QList<Violation> checkDescription(const PersonDescription& d);

    /// Records a missing person's report with its GD entry.
    Result<MissingPerson> reportMissing(MissingPerson report, const User& actor);
    /// Records that the missing person was traced, with its GD entry: not before they went missing.
    Result<MissingPerson> recordTraced(const QString& missingUid, const QDateTime& at, const QString& place, const QString& how,
                                       const User& actor);
    std::optional<MissingPerson> missingPerson(const QString& uid) const;
    /// Oldest first; `open` only those not traced.
    QList<MissingPerson> missingPersons(bool open = false) const;

    /// Records an unidentified body with its GD entry.
    Result<UnidentifiedBody> recordBody(UnidentifiedBody body, const User& actor);
    /// Records who the body was identified as, with its GD entry: not before it was found.
    Result<UnidentifiedBody> recordIdentification(const QString& bodyUid, const QDateTime& at, const QString& identifiedAs,
                                                  const QString& identifiedBy, const QString& personUid, const User& actor);
    std::optional<UnidentifiedBody> body(const QString& uid) const;
    QList<UnidentifiedBody> bodies(bool open = false) const;

    /// Records a person found with its GD entry.
    Result<FoundPerson> recordFound(FoundPerson found, const User& actor);
    std::optional<FoundPerson> foundPerson(const QString& uid) const;
    QList<FoundPerson> foundPersons() const;

    /// Opens a history sheet (the SHO only), with the cases that ground it.
    Result<HistorySheet> openHistorySheet(HistorySheet sheet, const User& actor);
    /// Adds a case to an open history sheet (the SHO or an IO).
    Result<void> linkFir(const QString& sheetUid, const QString& firUid, const User& actor);
    /// Closes a history sheet (the SHO only), with the reason.
    Result<HistorySheet> closeHistorySheet(const QString& sheetUid, const QDateTime& at, const QString& reason, const User& actor);
    std::optional<HistorySheet> historySheet(const QString& uid) const;
    /// Every history sheet, oldest first.
    QList<HistorySheet> historySheets() const;

    /// Enters a summons or warrant received from a court.
    Result<CourtProcess> receiveProcess(CourtProcess process, const User& actor);
    /// Reports on a process: served, not served, or returned to court. The order must
    /// make sense: nothing after it was returned, and once served only the return.
    Result<CourtProcess> reportService(ProcessEvent event, const User& actor);
    std::optional<CourtProcess> process(const QString& uid) const;
    /// Every process received, oldest first.
    QList<CourtProcess> processes() const;
    /// Processes not yet returned to court whose date fixed by the court is on or before
    /// `day`, the soonest first: what the SHO chases before the court asks.
    QList<CourtProcess> processesDue(const QDate& day) const;

    Result<Visitor> recordVisitor(Visitor visitor, const User& actor);
    Result<Visitor> recordVisitorOut(const QString& visitorUid, const QDateTime& at, const User& actor);
    std::optional<Visitor> visitor(const QString& uid) const;
    /// Every visitor, oldest first.
    QList<Visitor> visitors() const;

private:
    QList<Violation> checkWhen(const QString& field, const QString& label, const QDateTime& at, bool required = true) const;
    QList<Violation> checkAfter(const QString& field, const QString& label, const QDateTime& at, const QString& earlierLabel,
                                const QDateTime& earlier) const;
    QString stationCode() const;
    QStringList uidsOf(const QString& table) const;
    QList<MissingPerson> readMissing(const QString& where, const QVariantList& values) const;
    QList<UnidentifiedBody> readBodies(const QString& where, const QVariantList& values) const;
    QList<FoundPerson> readFound(const QString& where, const QVariantList& values) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace thana::core
