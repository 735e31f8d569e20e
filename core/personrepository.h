#pragma once

#include "core/person.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace thana::core {

class Clock;
class Database;
class UnitOfWork;
struct User;

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

private:
    Database& m_db;
};

} // namespace thana::core
