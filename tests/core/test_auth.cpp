// Accounts and login: the first user is the administrator, only administrators add users,
// passwords are strong and stored as scrypt hashes, and guessing locks an account.

#include "fixtures.h"

#include "core/authservice.h"
#include "core/passwordhasher.h"

using namespace thana::test;

namespace {

User newUser(const QString& username, Role role)
{
    return User { {}, username, QStringLiteral("Officer ") + username, QStringLiteral("SI"), role, true, {}, {} };
}

} // namespace

TEST_CASE("the first user of a store must be its administrator, and only an administrator adds users", "[auth]")
{
    QTemporaryDir dir;
    auto db = openStore(dir.filePath(QStringLiteral("new.thana")));
    UserRepository users(*db);

    auto sho = users.create(newUser(QStringLiteral("sho"), Role::Sho), officerPassword(), std::nullopt);
    REQUIRE_FALSE(sho.ok());
    CHECK(sho.error().code == QStringLiteral("user.first_admin"));
    CHECK(users.count() == 0);

    auto admin = users.create(newUser(QStringLiteral("admin"), Role::Admin), officerPassword(), std::nullopt);
    REQUIRE(admin.ok());
    CHECK(users.count() == 1);

    SECTION("nobody can add a user without being an administrator")
    {
        auto anonymous = users.create(newUser(QStringLiteral("writer"), Role::Writer), officerPassword(), std::nullopt);
        REQUIRE_FALSE(anonymous.ok());
        CHECK(anonymous.error().code == QStringLiteral("forbidden"));

        auto added = users.create(newUser(QStringLiteral("sho"), Role::Sho), officerPassword(), admin.value());
        REQUIRE(added.ok());
        CHECK(added->createdBy == admin->uid);
        auto bySho = users.create(newUser(QStringLiteral("writer"), Role::Writer), officerPassword(), added.value());
        REQUIRE_FALSE(bySho.ok());
        CHECK(bySho.error().code == QStringLiteral("forbidden"));
        CHECK(users.count() == 2);
    }
    SECTION("a taken username is refused whatever its case")
    {
        auto again = users.create(newUser(QStringLiteral("ADMIN"), Role::Io), officerPassword(), admin.value());
        REQUIRE_FALSE(again.ok());
        CHECK(rulesOf(again.error()).contains(QStringLiteral("user.username_taken")));
        CHECK(users.count() == 1);
    }
}

TEST_CASE("weak passwords are refused with a message naming the password", "[auth]")
{
    StationFixture fx;
    UserRepository users(fx.db());
    const int before = users.count();
    for (const char* weak : { "", "short1", "Abcdefghijk", "12345678901234", "Abc12345" }) {
        INFO("password '" << weak << "'");
        CHECK_FALSE(passwordhasher::weakness(QLatin1String(weak)).isEmpty());
        auto refused = users.create(newUser(QStringLiteral("newio"), Role::Io), QLatin1String(weak), fx.admin);
        REQUIRE_FALSE(refused.ok());
        const auto v = violation(refused.error().violations, QStringLiteral("user.password_strength"));
        REQUIRE(v.has_value());
        CHECK(v->field == QStringLiteral("password"));
        CHECK(v->message.startsWith(QLatin1String("Password")));
    }
    CHECK(users.count() == before);
    CHECK(passwordhasher::weakness(QStringLiteral("Chowki-2026")).isEmpty());

    SECTION("setting a weak password on an existing account is refused too")
    {
        auto refused = users.setPassword(fx.writer.uid, QStringLiteral("abc"), fx.admin);
        REQUIRE_FALSE(refused.ok());
        CHECK(rulesOf(refused.error()).contains(QStringLiteral("user.password_strength")));
    }
}

TEST_CASE("a password is stored only as a salted scrypt hash", "[auth]")
{
    StationFixture fx;
    UserRepository users(fx.db());
    const QString stored = users.passwordHash(fx.writer.uid);
    CHECK(stored.startsWith(QLatin1String("scrypt$")));
    CHECK(stored != officerPassword());
    CHECK_FALSE(stored.contains(officerPassword()));
    CHECK(passwordhasher::verify(officerPassword(), stored));
    CHECK_FALSE(passwordhasher::verify(QStringLiteral("Kotwali-2026-pasS"), stored));
    // Two officers with the same password have different hashes (salted).
    CHECK(users.passwordHash(fx.sho.uid) != stored);
    // The hash never travels to the State Data Centre.
    CHECK(rawScalar(fx.sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%scrypt%' OR payload LIKE '%password%'")).toInt() == 0);
}

TEST_CASE("logging in with the right password works and a wrong one is refused", "[auth]")
{
    StationFixture fx;
    AuthService auth(fx.db(), fx.clock);

    auto ok = auth.login(QStringLiteral("writer"), officerPassword());
    INFO(str(ok ? QString() : ok.error().describe()));
    REQUIRE(ok.ok());
    CHECK(ok->uid == fx.writer.uid);
    CHECK(ok->role == Role::Writer);

    auto wrong = auth.login(QStringLiteral("writer"), QStringLiteral("Kotwali-2026-wrong"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("auth.wrong"));

    SECTION("an unknown user gets exactly the message of a wrong password")
    {
        auto unknown = auth.login(QStringLiteral("nobody"), officerPassword());
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == wrong.error().code);
        CHECK(unknown.error().message == wrong.error().message);
    }
    SECTION("a deactivated account is refused even with the right password")
    {
        REQUIRE_FALSE(UserRepository(fx.db()).setActive(fx.writer.uid, false, fx.sho).ok());
        REQUIRE(UserRepository(fx.db()).setActive(fx.writer.uid, false, fx.admin).ok());
        auto inactive = auth.login(QStringLiteral("writer"), officerPassword());
        REQUIRE_FALSE(inactive.ok());
        CHECK(inactive.error().code == QStringLiteral("auth.inactive"));
        CHECK(inactive.error().message.contains(QLatin1String("deactivated")));
        // Nor can an administrator lock themselves out.
        CHECK_FALSE(UserRepository(fx.db()).setActive(fx.admin.uid, false, fx.admin).ok());
    }
}

TEST_CASE("five wrong passwords lock an account for 15 minutes", "[auth]")
{
    StationFixture fx;
    AuthService auth(fx.db(), fx.clock);
    const QDateTime start = fx.clock.now();

    for (int i = 1; i < AuthService::kMaxFailures; ++i) {
        auto wrong = auth.login(QStringLiteral("io.pawar"), QStringLiteral("Guess-%1-wrong").arg(i));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == QStringLiteral("auth.wrong"));
        fx.clock.advanceSecs(10);
    }
    auto fifth = auth.login(QStringLiteral("io.pawar"), QStringLiteral("Guess-5-wrong"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == QStringLiteral("auth.locked"));
    CHECK(fifth.error().message.contains(QLatin1String("15")));
    const QDateTime lockedAt = fx.clock.now();

    // Even the right password is refused while locked.
    fx.clock.set(lockedAt.addSecs(60));
    auto locked = auth.login(QStringLiteral("io.pawar"), officerPassword());
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("auth.locked"));
    fx.clock.set(lockedAt.addSecs(15 * 60 - 1));
    CHECK(auth.login(QStringLiteral("io.pawar"), officerPassword()).error().code == QStringLiteral("auth.locked"));
    // Other accounts are not affected.
    CHECK(auth.login(QStringLiteral("io.shaikh"), officerPassword()).ok());

    fx.clock.set(lockedAt.addSecs(15 * 60));
    auto after = auth.login(QStringLiteral("io.pawar"), officerPassword());
    INFO(str(after ? QString() : after.error().describe()));
    CHECK(after.ok());
    CHECK(start < lockedAt);
}

TEST_CASE("a successful login clears the count of wrong passwords", "[auth]")
{
    StationFixture fx;
    AuthService auth(fx.db(), fx.clock);
    for (int i = 0; i < AuthService::kMaxFailures - 1; ++i)
        REQUIRE(auth.login(QStringLiteral("sho"), QStringLiteral("Wrong-guess-1")).error().code == QStringLiteral("auth.wrong"));
    REQUIRE(auth.login(QStringLiteral("sho"), officerPassword()).ok());
    // Another wrong password after that is only the first of a new series.
    auto wrong = auth.login(QStringLiteral("sho"), QStringLiteral("Wrong-guess-2"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("auth.wrong"));
    CHECK(auth.login(QStringLiteral("sho"), officerPassword()).ok());
}
