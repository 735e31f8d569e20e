#pragma once

#include "core/person.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace thana::core {

class Clock;
class Database;
class UnitOfWork;
struct User;

/// A recorded person who may be the one being entered, and why.
struct DuplicateCandidate {
    Person person;
    int score = 0;       ///< higher is likelier
    QStringList reasons; ///< translated: "same name", "same father's name", "age within 3 years"…
};

/// A recorded merge of two entries for one person.
struct PersonMerge {
    QString uid;
    QString fromUid;
    QString intoUid;
    QString reason;
    QDateTime mergedAt;
    bool undone = false;
};

/// One row of a person search.
struct PersonMatch {
    Person person;
    bool masked = false; ///< identity withheld from this viewer
};

class PersonRepository final {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    explicit PersonRepository(Database& db) : m_db(db) { }

    std::optional<Person> byUid(const QString& uid) const;
    /// Persons whose English or Devanagari name, or relative's name, contains every
    /// word of `text` (or whose phone contains it, for digits).
    QList<PersonMatch> search(const QString& text, const User& viewer, int limit = 100) const;
    int count() const;

    Result<Person> create(Person person, const User& actor, const Clock& clock);
    Result<Person> update(const Person& person, const User& actor);
    /// Inserts a person as part of a larger write.
    static Result<Person> insert(UnitOfWork& uow, Person person, const QDateTime& now);
    static QList<Violation> validate(const Person& person, const QDate& today);

    /// Persons already recorded who may be `person`, offered before a new one is
    /// created: the same name in English or Devanagari spelling, then father's or
    /// husband's name, age, gender, address and phone. Merged-away entries are left out.
    QList<DuplicateCandidate> likelyDuplicates(const Person& person, const QDate& today, int limit = 10) const;
    /// Records that `fromUid` is the same person as `intoUid`. No record changes; the
    /// merged-away entry stops appearing in searches. SHO or IO only.
    Result<PersonMerge> merge(const QString& fromUid, const QString& intoUid, const QString& reason, const User& actor, const Clock& clock);
    Result<void> undoMerge(const QString& mergeUid, const User& actor, const Clock& clock);
    /// Merges on record, newest first; with `activeOnly`, those not undone.
    QList<PersonMerge> merges(bool activeOnly) const;
    /// The identity that stands for `uid` after merges (itself when not merged).
    QString canonicalUid(const QString& uid) const;
    /// Makes the name keys of persons recorded before they were kept (after an upgrade).
    static Result<void> ensureKeys(Database& db);

private:
    Database& m_db;
};

} // namespace thana::core
