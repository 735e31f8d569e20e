#pragma once

#include "core/stationrecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thana::core {

class Database;

/// One side of a comparison: a missing person, an unidentified body or a person found.
struct MatchSubject {
    enum class Kind { Missing, Body, Found };
    Kind kind = Kind::Missing;
    QString uid;
    QString reference;        ///< as the registers number it, with the register's name
    QString name;             ///< a missing person's name, or the name a found person gave
    PersonDescription description;
    QDateTime at;             ///< missing since, or found at
    QString place;            ///< last seen at, or found at

    static MatchSubject of(const MissingPerson& m);
    static MatchSubject of(const UnidentifiedBody& b);
    static MatchSubject of(const FoundPerson& f);
};

/// A record that could be the same person, with a score (0–100) and the reasons for it.
struct MatchCandidate {
    MatchSubject subject;
    int score = 0;
    QStringList reasons;      ///< translated, one line each
};

/// Offers the officer the unidentified bodies and found persons that could be a missing
/// person, and the other way round. Some differences rule a pair out (the genders differ,
/// found before going missing, ages that cannot overlap, heights far apart); the rest
/// add to the score: ages, heights, identifying marks, clothing, places, time between.
class MissingPersonMatcher final {
    Q_DECLARE_TR_FUNCTIONS(MissingPersonMatcher)
public:
    explicit MissingPersonMatcher(Database& db) : m_db(db) { }

    /// How far a height may be off (an estimate on a body) before it rules a pair out.
    static constexpr int kHeightToleranceCm = 15;
    /// How far apparent ages may be off before they rule a pair out.
    static constexpr int kAgeToleranceYears = 2;

    /// The score of a missing person against a body or a person found, or nothing when
    /// they cannot be the same person.
    static std::optional<MatchCandidate> compare(const MatchSubject& missing, const MatchSubject& found);

    /// Unidentified bodies and found persons that could be the missing person, best first.
    QList<MatchCandidate> forMissing(const QString& missingUid) const;
    /// Missing persons not yet traced who could be this body, best first.
    QList<MatchCandidate> forBody(const QString& bodyUid) const;
    /// Missing persons not yet traced who could be this person found, best first.
    QList<MatchCandidate> forFound(const QString& foundUid) const;
    /// Every missing person not yet traced, with what could be them (those with any).
    QList<QPair<MatchSubject, QList<MatchCandidate>>> all() const;

private:
    Database& m_db;
};

} // namespace thana::core
