#include "core/missingpersonmatcher.h"

#include "core/clock.h"
#include "core/database.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace thana::core {

namespace {

/// Words that say nothing about a person or a place.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = { QStringLiteral("the"),  QStringLiteral("and"),  QStringLiteral("with"), QStringLiteral("near"),
                                         QStringLiteral("from"), QStringLiteral("has"),  QStringLiteral("have"), QStringLiteral("his"),
                                         QStringLiteral("her"),  QStringLiteral("was"),  QStringLiteral("for"),  QStringLiteral("one"),
                                         QStringLiteral("not"),  QStringLiteral("wearing"), QStringLiteral("about"), QStringLiteral("road"),
                                         QStringLiteral("और"),   QStringLiteral("पर"),    QStringLiteral("के"),    QStringLiteral("की") };
    return words;
}

/// The words of a description, lower-cased; Devanagari vowel signs stay in their words.
QSet<QString> words(const QString& text)
{
    QSet<QString> result;
    QString word;
    auto flush = [&] {
        if (word.size() >= 3 && !commonWords().contains(word) && !word.front().isDigit())
            result.insert(word);
        word.clear();
    };
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return result;
}

QStringList inCommon(const QString& a, const QString& b)
{
    const QSet<QString> left = words(a);
    QStringList shared;
    for (const QString& w : words(b)) {
        if (left.contains(w))
            shared << w;
    }
    shared.sort();
    return shared;
}

QString ageText(int lo, int hi)
{
    return lo == hi ? QString::number(lo) : QStringLiteral("%1–%2").arg(lo).arg(hi);
}

bool byScore(const MatchCandidate& a, const MatchCandidate& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    return a.subject.at < b.subject.at;
}

} // namespace

MatchSubject MatchSubject::of(const MissingPerson& m)
{
    return MatchSubject { Kind::Missing, m.uid, MissingPersonMatcher::tr("Missing person %1").arg(m.reference()), m.name, m.description,
                          m.missingSince, m.lastSeenPlace };
}

MatchSubject MatchSubject::of(const UnidentifiedBody& b)
{
    return MatchSubject { Kind::Body, b.uid, MissingPersonMatcher::tr("Unidentified body %1").arg(b.reference()), QString(), b.description,
                          b.foundAt, b.place };
}

MatchSubject MatchSubject::of(const FoundPerson& f)
{
    return MatchSubject { Kind::Found, f.uid, MissingPersonMatcher::tr("Person found %1").arg(f.reference()), f.name, f.description, f.foundAt,
                          f.place };
}

std::optional<MatchCandidate> MissingPersonMatcher::compare(const MatchSubject& missing, const MatchSubject& found)
{
    const PersonDescription& m = missing.description;
    const PersonDescription& f = found.description;
    MatchCandidate c { found, 0, {} };
    const bool genderKnown = m.gender != QLatin1String("U") && f.gender != QLatin1String("U");
    if (genderKnown && m.gender != f.gender)
        return std::nullopt;
    // Found before the person went missing: someone else.
    if (!missing.at.isValid() || !found.at.isValid() || found.at < missing.at)
        return std::nullopt;
    // The missing person grows older while missing.
    const qint64 days = missing.at.secsTo(found.at) / 86400;
    const int yearsBetween = int(days / 365);
    const int ageMin = m.ageMin + yearsBetween;
    const int ageMax = m.ageMax + yearsBetween;
    if (ageMax + kAgeToleranceYears < f.ageMin || f.ageMax + kAgeToleranceYears < ageMin)
        return std::nullopt;
    const int heightDifference = m.heightCm > 0 && f.heightCm > 0 ? std::abs(m.heightCm - f.heightCm) : -1;
    if (heightDifference > kHeightToleranceCm)
        return std::nullopt;

    if (genderKnown) {
        c.score += 20;
        c.reasons << tr("Gender agrees.");
    }
    const bool overlaps = ageMin <= f.ageMax && f.ageMin <= ageMax;
    c.score += overlaps ? 20 : 10;
    c.reasons << (overlaps ? tr("Age %1 and apparent age %2 overlap.") : tr("Age %1 and apparent age %2 are close."))
                     .arg(ageText(ageMin, ageMax), ageText(f.ageMin, f.ageMax));
    if (heightDifference >= 0) {
        c.score += heightDifference <= 5 ? 15 : heightDifference <= 10 ? 8 : 0;
        c.reasons << tr("Heights %1 cm and %2 cm differ by %3 cm.").arg(m.heightCm).arg(f.heightCm).arg(heightDifference);
    }
    if (const QStringList marks = inCommon(m.marks, f.marks); !marks.isEmpty()) {
        c.score += std::min(30, 10 * int(marks.size()));
        c.reasons << tr("Marks in common: %1.").arg(marks.join(QStringLiteral(", ")));
    }
    if (const QStringList clothing = inCommon(m.clothing, f.clothing); !clothing.isEmpty()) {
        c.score += std::min(12, 4 * int(clothing.size()));
        c.reasons << tr("Clothing in common: %1.").arg(clothing.join(QStringLiteral(", ")));
    }
    if (!m.build.trimmed().isEmpty() && m.build.trimmed().compare(f.build.trimmed(), Qt::CaseInsensitive) == 0) {
        c.score += 3;
        c.reasons << tr("Same build: %1.").arg(f.build.trimmed());
    }
    if (!m.complexion.trimmed().isEmpty() && m.complexion.trimmed().compare(f.complexion.trimmed(), Qt::CaseInsensitive) == 0) {
        c.score += 3;
        c.reasons << tr("Same complexion: %1.").arg(f.complexion.trimmed());
    }
    if (const QStringList places = inCommon(missing.place, found.place); !places.isEmpty()) {
        c.score += std::min(15, 5 * int(places.size()));
        c.reasons << tr("Places in common: %1.").arg(places.join(QStringLiteral(", ")));
    }
    if (days <= 30)
        c.score += 10;
    else if (days <= 365)
        c.score += 5;
    c.reasons << tr("Found %n day(s) after going missing.", nullptr, int(days));
    c.score = std::min(100, c.score);
    return c;
}

QList<MatchCandidate> MissingPersonMatcher::forMissing(const QString& missingUid) const
{
    QList<MatchCandidate> result;
    // Only reads: the clock is not consulted.
    const SystemClock clock {};
    StationRecords records(m_db, clock);
    const auto missing = records.missingPerson(missingUid);
    if (!missing)
        return result;
    const MatchSubject subject = MatchSubject::of(*missing);
    for (const UnidentifiedBody& b : records.bodies(true)) {
        if (auto c = compare(subject, MatchSubject::of(b)))
            result << *c;
    }
    for (const FoundPerson& f : records.foundPersons()) {
        if (auto c = compare(subject, MatchSubject::of(f)))
            result << *c;
    }
    std::stable_sort(result.begin(), result.end(), byScore);
    return result;
}

namespace {

QList<MatchCandidate> missingFor(StationRecords& records, const MatchSubject& found)
{
    QList<MatchCandidate> result;
    for (const MissingPerson& m : records.missingPersons(true)) {
        const MatchSubject missing = MatchSubject::of(m);
        if (auto c = MissingPersonMatcher::compare(missing, found)) {
            // The same score and reasons, offered the other way round.
            c->subject = missing;
            result << *c;
        }
    }
    std::stable_sort(result.begin(), result.end(), byScore);
    return result;
}

} // namespace

QList<MatchCandidate> MissingPersonMatcher::forBody(const QString& bodyUid) const
{
    const SystemClock clock {};
    StationRecords records(m_db, clock);
    const auto b = records.body(bodyUid);
    return b ? missingFor(records, MatchSubject::of(*b)) : QList<MatchCandidate>();
}

QList<MatchCandidate> MissingPersonMatcher::forFound(const QString& foundUid) const
{
    const SystemClock clock {};
    StationRecords records(m_db, clock);
    const auto f = records.foundPerson(foundUid);
    return f ? missingFor(records, MatchSubject::of(*f)) : QList<MatchCandidate>();
}

QList<QPair<MatchSubject, QList<MatchCandidate>>> MissingPersonMatcher::all() const
{
    QList<QPair<MatchSubject, QList<MatchCandidate>>> result;
    const SystemClock clock {};
    StationRecords records(m_db, clock);
    for (const MissingPerson& m : records.missingPersons(true)) {
        const QList<MatchCandidate> found = forMissing(m.uid);
        if (!found.isEmpty())
            result << qMakePair(MatchSubject::of(m), found);
    }
    return result;
}

} // namespace thana::core
