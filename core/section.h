#pragma once

#include <QDate>
#include <QString>

namespace thana::core {

/// An act whose sections an FIR may invoke, with the period it is in force.
struct Act {
    QString code;     ///< BNS, IPC, NDPS, ARMS, POCSO, ITA, MVA, SCST, DPA
    QString shortEn;
    QString nameEn;
    QString nameHi;
    QDate validFrom;
    QDate validTo;    ///< null while in force

    bool inForceOn(const QDate& day) const
    {
        return day >= validFrom && (validTo.isNull() || day <= validTo);
    }
};

/// A section of an act, from the master data the app ships.
struct Section {
    QString actCode;
    QString number;
    QString title;
    QString maxPunishment; ///< death, life, Y<n>, M<n>, fine, none
    bool sexualOffence = false;
    QString text;

    QString key() const { return actCode + QLatin1Char(' ') + number; }
    /// Maximum imprisonment in years; life and death count as 100 so comparisons work.
    int maxYears() const;
    bool operator==(const Section& o) const { return actCode == o.actCode && number == o.number; }
};

} // namespace thana::core
