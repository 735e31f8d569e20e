#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace thana::core {

class Database;

class UserRepository final {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Database& db) : m_db(db) { }

    std::optional<User> byUid(const QString& uid) const;
    std::optional<User> byUsername(const QString& username) const;
    QList<User> all() const;
    QList<User> withRole(Role role) const;
    int count() const;

    /// Adds a user. `actor` must be an administrator, except for the very first
    /// user of a store, who must be one.
    Result<User> create(User user, const QString& password, const std::optional<User>& actor);
    /// Activates or deactivates an account (administrators only; never oneself).
    Result<void> setActive(const QString& uid, bool active, const User& actor);
    Result<void> setPassword(const QString& uid, const QString& password, const User& actor);

    /// Stored password hash, for the authentication service only.
    QString passwordHash(const QString& uid) const;

private:
    Database& m_db;
};

} // namespace thana::core
