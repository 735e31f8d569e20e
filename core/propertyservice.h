#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace thana::core {

class Clock;
class Database;

/// Property seized in a case (IIF-IV), entered in the station's property store
/// (malkhana) under a serial number of the year.
struct Seizure {
    enum class Nature { Stolen, Recovered, Seized, Unclaimed };
    QString uid;
    QString firUid;
    int year = 0;
    int number = 0;          ///< malkhana serial, per station per year
    QString propertyType;    ///< vehicle, mobile phone, cash, jewellery, document, weapon, narcotic…
    QString description;
    qint64 valueRupees = 0;
    Nature nature = Nature::Seized;
    QDateTime seizedAt;
    QString place;
    QString witnesses;       ///< the panch witnesses
    QString gdUid;
};

/// One movement of seized property; the chain of custody is the list of them.
struct CustodyMove {
    enum class Kind { Deposited, ToLab, FromLab, ToCourt, FromCourt, Returned, Disposed };
    QString uid;
    QString seizureUid;
    QDateTime at;
    Kind kind = Kind::Deposited;
    QString party;           ///< the store keeper, the laboratory, the court, the owner
    QString reference;       ///< letter or order number
    QString movedBy;
};

/// An electronic record of the case, kept by its SHA-256 (BSA s.63).
struct EvidenceFile {
    QString uid;
    QString firUid;
    QString name;
    QString sha256;
    qint64 size = 0;
    QString description;
    QDateTime collectedAt;
    QString addedBy;
};

/// A line of a case's seized property.
struct SeizureSummary {
    QString uid;
    int year = 0;
    int number = 0;
    QString description;
};

/// Seizures and the property store, evidence files, and the case's end in court.
class PropertyService final {
    Q_DECLARE_TR_FUNCTIONS(PropertyService)
public:
    PropertyService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    static QString moveKey(CustodyMove::Kind kind);

    /// Records a seizure with its GD entry and its deposit in the property store, in one
    /// transaction. The case's IO or the SHO only; dated within the case.
    Result<Seizure> recordSeizure(Seizure seizure, const QString& storeKeeper, const User& actor);
    /// The next movement of custody. The chain must make sense: property goes out only
    /// when it is in the store, comes back only from where it went, and nothing moves
    /// after it was returned or disposed of.
    Result<CustodyMove> move(const QString& seizureUid, CustodyMove::Kind kind, const QDateTime& at, const QString& party,
                             const QString& reference, const User& actor);
    QList<CustodyMove> chain(const QString& seizureUid) const;
    QList<SeizureSummary> seizures(const QString& firUid) const;

    /// Keeps an evidence file: reads it, records its SHA-256 and size.
    Result<EvidenceFile> addEvidence(const QString& firUid, const QString& path, const QString& description, const QDateTime& collectedAt,
                                     const User& actor);
    QList<EvidenceFile> evidence(const QString& firUid) const;
    /// Where the store keeps an evidence file: beside the store, named by its SHA-256.
    QString evidencePath(const QString& sha256) const;
    /// The certificate under BSA s.63 for an evidence file, as HTML, carrying its hash.
    QString evidenceCertificate(const QString& evidenceUid) const;

    /// Court disposal (IIF-VI): only after an approved final report.
    Result<void> recordDisposal(const QString& firUid, const QString& court, const QString& caseNumber, const QString& disposal,
                                const QDateTime& disposedAt, const QString& sentence, const User& actor);
    /// Result of appeal (IIF-VII), after the disposal.
    Result<void> recordAppeal(const QString& firUid, const QString& court, const QDateTime& filedAt, const QString& result,
                              const QDateTime& decidedAt, const User& actor);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace thana::core
