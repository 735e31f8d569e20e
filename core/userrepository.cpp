#include "core/userrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/passwordhasher.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace thana::core {

namespace {

const QString userColumns = QStringLiteral("uid, username, full_name, rank, role, active, created_at, created_by");

User userFrom(const QSqlQuery& q)
{
    User u;
    u.uid = q.value(0).toString();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.rank = q.value(3).toString();
    u.role = roleFromKey(q.value(4).toString()).value_or(Role::Writer);
    u.active = q.value(5).toBool();
    u.createdAt = fromStored(q.value(6).toString());
    u.createdBy = q.value(7).toString();
    return u;
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Sho: return QStringLiteral("sho");
    case Role::Io: return QStringLiteral("io");
    case Role::Writer: return QStringLiteral("writer");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : { Role::Sho, Role::Io, Role::Writer, Role::Trainer, Role::Admin }) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Sho: return UserRepository::tr("Station House Officer");
    case Role::Io: return UserRepository::tr("Investigating Officer");
    case Role::Writer: return UserRepository::tr("Writer / Duty Officer");
    case Role::Trainer: return UserRepository::tr("District Trainer");
    case Role::Admin: return UserRepository::tr("Administrator");
    }
    return {};
}

std::optional<User> UserRepository::byUid(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM users WHERE uid=?").arg(userColumns), { uid }) || !q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> UserRepository::byUsername(const QString& username) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM users WHERE username=?").arg(userColumns), { username.trimmed() })
        || !q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> UserRepository::all() const
{
    QList<User> users;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY full_name").arg(userColumns))) {
        while (q.next())
            users << userFrom(q);
    }
    return users;
}

QList<User> UserRepository::withRole(Role role) const
{
    QList<User> users;
    for (const User& u : all()) {
        if (u.role == role && u.active)
            users << u;
    }
    return users;
}

int UserRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() ? q.value(0).toInt() : 0;
}

QString UserRepository::passwordHash(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT password_hash FROM users WHERE uid=?"), { uid }) || !q.next())
        return {};
    return q.value(0).toString();
}

Result<User> UserRepository::create(User user, const QString& password, const std::optional<User>& actor)
{
    const bool first = count() == 0;
    if (first && user.role != Role::Admin)
        return Error { QStringLiteral("user.first_admin"), tr("The first user of a station must be its administrator."), {} };
    if (!first && (!actor || !actor->isAdmin() || !actor->active))
        return Error { QStringLiteral("forbidden"), tr("Only an administrator can add users."), {} };

    QList<Violation> v;
    static const QRegularExpression nameForm(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    user.username = user.username.trimmed().toLower();
    if (!nameForm.match(user.username).hasMatch())
        v << Violation { QStringLiteral("username"), QStringLiteral("user.username_form"),
                         tr("Username: 3 to 32 characters, starting with a letter; letters, digits, '.', '_' and '-' only.") };
    else if (byUsername(user.username))
        v << Violation { QStringLiteral("username"), QStringLiteral("user.username_taken"),
                         tr("Username: %1 is already taken.").arg(user.username) };
    if (user.fullName.trimmed().isEmpty())
        v << Violation { QStringLiteral("fullName"), QStringLiteral("required"), tr("Full name: is required.") };
    if (const QString weak = passwordhasher::weakness(password); !weak.isEmpty())
        v << Violation { QStringLiteral("password"), QStringLiteral("user.password_strength"), weak };
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The user cannot be added:"), v };

    user.uid = sql::newUid();
    user.fullName = user.fullName.trimmed();
    user.active = true;
    user.createdAt = QDateTime::currentDateTimeUtc();
    user.createdBy = actor ? actor->uid : QString();
    const QString hashed = passwordhasher::hash(password);
    if (hashed.isEmpty())
        return Error { QStringLiteral("crypto"), tr("The password could not be protected; the user was not added."), {} };

    UnitOfWork uow(m_db, user.createdBy);
    auto done = uow.insert(QStringLiteral("users"),
                           { { QStringLiteral("uid"), user.uid },
                             { QStringLiteral("username"), user.username },
                             { QStringLiteral("full_name"), user.fullName },
                             { QStringLiteral("rank"), user.rank },
                             { QStringLiteral("role"), roleKey(user.role) },
                             { QStringLiteral("password_hash"), hashed },
                             { QStringLiteral("active"), true },
                             { QStringLiteral("created_by"), sql::nullable(user.createdBy) },
                             { QStringLiteral("created_at"), toStored(user.createdAt) } },
                           user.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return user;
}

Result<void> UserRepository::setActive(const QString& uid, bool active, const User& actor)
{
    if (!actor.isAdmin())
        return Error { QStringLiteral("forbidden"), tr("Only an administrator can change accounts."), {} };
    if (uid == actor.uid && !active)
        return Error { QStringLiteral("user.self"), tr("You cannot deactivate your own account."), {} };
    UnitOfWork uow(m_db, actor.uid);
    if (auto done = uow.update(QStringLiteral("users"), uid, { { QStringLiteral("active"), active } }); !done)
        return done;
    return uow.commit();
}

Result<void> UserRepository::setPassword(const QString& uid, const QString& password, const User& actor)
{
    if (!actor.isAdmin() && actor.uid != uid)
        return Error { QStringLiteral("forbidden"), tr("Only an administrator can set another user's password."), {} };
    if (const QString weak = passwordhasher::weakness(password); !weak.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The password was not changed:"),
                       { Violation { QStringLiteral("password"), QStringLiteral("user.password_strength"), weak } } };
    UnitOfWork uow(m_db, actor.uid);
    if (auto done = uow.update(QStringLiteral("users"), uid, { { QStringLiteral("password_hash"), passwordhasher::hash(password) } }); !done)
        return done;
    if (auto done = uow.writeLocal(QStringLiteral("DELETE FROM login_state WHERE user_uid=?"), { uid }); !done)
        return done;
    return uow.commit();
}

} // namespace thana::core
