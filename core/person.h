#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thana::core {

struct IdentityDocument {
    QString kind;   ///< aadhaar, voter_id, pan, passport, driving_licence, ration_card, other
    QString number;
    bool operator==(const IdentityDocument&) const = default;
};

struct Person {
    QString uid;
    QString nameEn;
    QString nameLocal;        ///< Devanagari
    QString relativeKind;     ///< father, husband, mother, guardian
    QString relativeName;
    QString gender = QStringLiteral("U"); ///< M, F, T (transgender) or U (not known)
    std::optional<QDate> birthDate;
    std::optional<int> ageYears;  ///< as stated, when the date of birth is not known
    QDate ageOn;                  ///< the day the age was stated
    QString phone;
    QString addressPresent;
    QString addressPermanent;
    QList<IdentityDocument> documents;
    QDateTime createdAt;
    QString createdBy;

    /// The name to show: English, Devanagari, or both.
    QString displayName() const;
    /// Age on `day` from the date of birth, or from the stated age.
    std::optional<int> ageOnDay(const QDate& day) const;
};

} // namespace thana::core
