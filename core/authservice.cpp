#include "core/authservice.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/passwordhasher.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"
#include "core/userrepository.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "thana.core.auth")

namespace thana::core {

Result<User> AuthService::login(const QString& username, const QString& password)
{
    const Error wrong { QStringLiteral("auth.wrong"), tr("The username or password is wrong."), {} };
    UserRepository users(m_db);
    const std::optional<User> user = users.byUsername(username);
    if (!user) {
        // Spend the same effort as for a real account, so timing does not reveal usernames.
        (void)passwordhasher::verify(password, passwordhasher::hash(QStringLiteral("x")));
        return wrong;
    }
    if (!user->active)
        return Error { QStringLiteral("auth.inactive"), tr("This account has been deactivated. Ask the station's administrator."), {} };

    const QDateTime now = m_clock.now();
    int failures = 0;
    {
        QSqlQuery q(m_db.connection());
        if (sql::exec(q, QStringLiteral("SELECT failed_count, locked_until FROM login_state WHERE user_uid=?"), { user->uid })
            && q.next()) {
            failures = q.value(0).toInt();
            const QDateTime lockedUntil = fromStored(q.value(1).toString());
            if (lockedUntil.isValid() && lockedUntil > now) {
                const int minutes = int((now.secsTo(lockedUntil) + 59) / 60);
                return Error { QStringLiteral("auth.locked"),
                               tr("This account is locked after %1 wrong passwords. Try again in %n minute(s).", nullptr, minutes)
                                   .arg(kMaxFailures),
                               {} };
            }
        }
    }

    const bool good = passwordhasher::verify(password, users.passwordHash(user->uid));
    UnitOfWork uow(m_db, user->uid);
    if (good) {
        if (auto done = uow.writeLocal(QStringLiteral("DELETE FROM login_state WHERE user_uid=?"), { user->uid }); !done)
            return done.error();
        if (auto done = uow.commit(); !done)
            return done.error();
        qCInfo(lcAuth) << "login" << user->username;
        return *user;
    }
    ++failures;
    QVariant lockedUntil;
    if (failures >= kMaxFailures) {
        lockedUntil = toStored(now.addSecs(kLockMinutes * 60));
        failures = 0;
    }
    if (auto done = uow.writeLocal(QStringLiteral("INSERT INTO login_state(user_uid, failed_count, locked_until) VALUES(?,?,?) "
                                                  "ON CONFLICT(user_uid) DO UPDATE SET failed_count=excluded.failed_count, "
                                                  "locked_until=excluded.locked_until"),
                                   { user->uid, failures, lockedUntil });
        !done)
        return done.error();
    if (auto done = uow.commit(); !done)
        return done.error();
    qCWarning(lcAuth) << "failed login" << user->username;
    if (!lockedUntil.isNull())
        return Error { QStringLiteral("auth.locked"),
                       tr("This account is now locked for %1 minutes after %2 wrong passwords.").arg(kLockMinutes).arg(kMaxFailures),
                       {} };
    return wrong;
}

} // namespace thana::core
