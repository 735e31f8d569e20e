#pragma once

#include "core/section.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thana::core {

enum class InfoMode { Oral, Written, EFir };
QString infoModeKey(InfoMode m);
std::optional<InfoMode> infoModeFromKey(const QString& key);
QString infoModeName(InfoMode m);

/// A person named in an FIR, by role.
struct FirParty {
    enum class Kind { Complainant, Victim, Accused };
    Kind kind = Kind::Complainant;
    QString personUid;
    QString name;         ///< for display; masked where the viewer may not see it
    QString relativeName;
    QString address;
    QString accusedStatus; ///< known or suspected, for accused
};

/// What an officer fills in to register an FIR (IIF-I).
struct FirDraft {
    QString gdUid;                 ///< GD entry that recorded the information
    QString complaintUid;          ///< complaint it came from, if any
    QDateTime infoReceivedAt;
    InfoMode infoMode = InfoMode::Written;
    QDateTime occurrenceFrom;
    QDateTime occurrenceTo;
    QString placeAddress;
    QString beat;
    QString direction;             ///< direction from the station, e.g. "North-East"
    double distanceKm = 0;
    QList<FirParty> parties;       ///< complainant first; victims; known or suspected accused
    int unknownAccused = 0;
    QString unknownAccusedDescription;
    QString delayReason;
    QString propertyDescription;
    qint64 propertyValueRupees = 0;
    QString firstInformation;      ///< the informant's own words
    QString actionTaken;
    QString ioUid;                 ///< investigating officer the case is given to
    bool zeroFir = false;
    QString zeroFirOrigin;         ///< where the offence occurred, for a Zero FIR
    QList<Section> sections;
};

/// A recorded change to a registered FIR.
struct FirAmendment {
    QString uid;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString byUid;
    QString byName;
    QDateTime at;
};

/// A registered FIR. Immutable: what changes later is recorded as amendments.
struct Fir : FirDraft {
    QString uid;
    QString stationCode;
    QString districtCode;
    int year = 0;
    int number = 0;
    QDateTime registeredAt;
    QString registeredBy;
    QString registeredByName;
    QString ioName;
    QString gdReference;
    bool sensitive = false;
    bool masked = false;           ///< victim identity withheld from this viewer
    QList<FirAmendment> amendments;

    QString reference() const;     ///< "FIR 17/2026"
    QString complainantName() const;
};

/// One row of the FIR list.
struct FirSummary {
    qint64 id = 0;
    QString uid;
    int year = 0;
    int number = 0;
    QDateTime registeredAt;
    QDateTime occurrenceFrom;
    QString complainant;   ///< masked where the viewer may not see it
    QString sections;      ///< "BNS 303(2), BNS 317"
    QString ioName;
    QString place;
    bool sensitive = false;
};

} // namespace thana::core
