#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>

namespace thana::core {

class Clock;
class Database;

/// Logs users in. Five wrong passwords in a row lock an account for 15 minutes.
class AuthService final {
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    AuthService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    Result<User> login(const QString& username, const QString& password);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace thana::core
