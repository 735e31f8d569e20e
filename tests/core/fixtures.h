#pragma once

// Shared fixtures of the core suite: a station store in a temporary directory with its
// officers, a manual clock at a fixed Indian time, and helpers that make the records
// most tests start from. Stores are real files (WAL and several connections matter).

#include "core/clock.h"
#include "core/complaintrepository.h"
#include "core/database.h"
#include "core/disclosure.h"
#include "core/fircopy.h"
#include "core/firrepository.h"
#include "core/firservice.h"
#include "core/gdrepository.h"
#include "core/masterdata.h"
#include "core/personrepository.h"
#include "core/stationrepository.h"
#include "core/storecheck.h"
#include "core/userrepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <optional>
#include <string>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template<>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch

namespace thana::test {

using namespace thana::core;

/// An instant given as a wall-clock time in India (IST, UTC+05:30).
inline QDateTime ist(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), stationZone()).toUTC();
}

/// The password every fixture officer has.
inline QString officerPassword()
{
    return QStringLiteral("Kotwali-2026-pass");
}

inline std::string str(const QString& s)
{
    return s.toStdString();
}

/// Opens a store or fails the test with the store's own message.
inline std::unique_ptr<Database> openStore(const QString& path, Database::Mode mode = Database::Mode::OpenOrCreate)
{
    auto opened = Database::open(path, mode);
    INFO(str(opened ? QString() : opened.error().describe()));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

inline QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Rule ids of a list of violations.
inline QStringList rulesOf(const QList<Violation>& violations)
{
    QStringList rules;
    for (const Violation& v : violations)
        rules << v.rule;
    return rules;
}

inline QStringList rulesOf(const Error& e)
{
    return rulesOf(e.violations);
}

inline QStringList rulesOf(const QList<Finding>& findings)
{
    QStringList rules;
    for (const Finding& f : findings)
        rules << f.rule;
    return rules;
}

inline QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << f.where + QStringLiteral(": ") + f.rule + QStringLiteral(": ") + f.message;
    return lines.join(QLatin1Char('\n'));
}

inline std::optional<Violation> violation(const QList<Violation>& violations, const QString& rule)
{
    for (const Violation& v : violations) {
        if (v.rule == rule)
            return v;
    }
    return std::nullopt;
}

/// Runs one raw statement on a connection; false (and the driver's message) when it fails.
inline bool rawExec(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {}, QString* error = nullptr)
{
    QSqlQuery q(db);
    if (!q.prepare(statement)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool done = q.exec();
    if (!done && error)
        *error = q.lastError().text();
    return done;
}

inline QVariant rawScalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return {};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline int rawCount(const QSqlDatabase& db, const QString& table)
{
    return rawScalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

/// A station store made once per run (station and officers; scrypt makes users slow to
/// create) and copied for every fixture.
inline QString templateStore()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("template.thana"));
        QFile::remove(file);
        auto db = openStore(file);
        Station st;
        st.stateCode = QStringLiteral("MH");
        st.stateName = QStringLiteral("Maharashtra");
        st.districtCode = QStringLiteral("PUN");
        st.districtName = QStringLiteral("Pune City");
        st.code = QStringLiteral("MH-PUN-0421");
        st.nameEn = QStringLiteral("Shivaji Nagar");
        st.nameLocal = QStringLiteral("शिवाजी नगर");
        st.language = QStringLiteral("mr");
        auto station = StationRepository(*db).create(st);
        INFO(str(station ? QString() : station.error().describe()));
        REQUIRE(station.ok());
        UserRepository users(*db);
        auto admin = users.create(User { {}, QStringLiteral("admin"), QStringLiteral("Asha Kulkarni"), QStringLiteral("ASI"), Role::Admin,
                                         true, {}, {} },
                                  officerPassword(), std::nullopt);
        REQUIRE(admin.ok());
        struct Officer {
            const char* username;
            const char* name;
            const char* rank;
            Role role;
        };
        const Officer officers[] = { { "sho", "Prakash Deshmukh", "Police Inspector", Role::Sho },
                                     { "io.pawar", "Sunil Pawar", "Sub-Inspector", Role::Io },
                                     { "io.shaikh", "Imran Shaikh", "Sub-Inspector", Role::Io },
                                     { "writer", "Rekha More", "Head Constable", Role::Writer } };
        for (const Officer& o : officers) {
            auto u = users.create(User { {}, QString::fromUtf8(o.username), QString::fromUtf8(o.name), QString::fromUtf8(o.rank), o.role,
                                         true, {}, {} },
                                  officerPassword(), admin.value());
            INFO(str(u ? QString() : u.error().describe()));
            REQUIRE(u.ok());
        }
        db.reset();
        return file;
    }();
    return path;
}

/// A station with its administrator, SHO, two IOs and a writer, at 10:00 IST on 10 March 2026.
class StationFixture {
public:
    StationFixture()
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("station.thana"));
        REQUIRE(QFile::copy(templateStore(), m_path));
        QFile(m_path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        reopen();
    }

    Database& db() { return *m_db; }
    QSqlDatabase sql() const { return m_db->connection(); }
    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }

    /// Closes the store (the file stays), e.g. before another process uses it.
    void close() { m_db.reset(); }
    void reopen()
    {
        m_db = openStore(m_path);
        station = *StationRepository(*m_db).station();
        UserRepository users(*m_db);
        admin = *users.byUsername(QStringLiteral("admin"));
        sho = *users.byUsername(QStringLiteral("sho"));
        io = *users.byUsername(QStringLiteral("io.pawar"));
        io2 = *users.byUsername(QStringLiteral("io.shaikh"));
        writer = *users.byUsername(QStringLiteral("writer"));
    }

    int count(const QString& table) const { return rawCount(sql(), table); }

    Section section(const QString& act, const QString& number)
    {
        const auto s = MasterData(*m_db).section(act, number);
        INFO("section " << str(act) << ' ' << str(number) << " in the master data");
        REQUIRE(s.has_value());
        return *s;
    }
    /// An ordinary, non-sexual BNS offence: theft.
    Section theft() { return section(QStringLiteral("BNS"), QStringLiteral("303")); }

    Person person(const QString& nameEn, const QString& nameLocal = {}, const QString& phone = {}, const QString& gender = QStringLiteral("M"))
    {
        Person p;
        p.nameEn = nameEn;
        p.nameLocal = nameLocal;
        p.phone = phone;
        p.gender = gender;
        p.relativeKind = QStringLiteral("father");
        p.addressPresent = QStringLiteral("12, Gandhi Chowk, Pune");
        auto saved = PersonRepository(*m_db).create(p, writer, clock);
        INFO(str(saved ? QString() : saved.error().describe()));
        REQUIRE(saved.ok());
        return saved.value();
    }

    Complaint complaint(const Person& complainant, const QString& subject = QStringLiteral("Theft of motorcycle"))
    {
        Complaint c;
        c.complainantUid = complainant.uid;
        c.subject = subject;
        c.narrative = QStringLiteral("My motorcycle MH-12-AB-1234 was taken from near Gandhi Chowk last evening.");
        auto received = ComplaintRepository(*m_db).receive(c, std::nullopt, writer, clock);
        INFO(str(received ? QString() : received.error().describe()));
        REQUIRE(received.ok());
        return received.value();
    }

    /// A draft that passes every rule at the clock's time: information an hour ago about a
    /// theft that ended three hours ago; the information's GD entry is written with the FIR.
    FirDraft draft(const QString& complainantUid)
    {
        const QDateTime now = clock.now();
        FirDraft d;
        d.infoReceivedAt = now.addSecs(-3600);
        d.infoMode = InfoMode::Written;
        d.occurrenceFrom = now.addSecs(-5 * 3600);
        d.occurrenceTo = now.addSecs(-3 * 3600);
        d.placeAddress = QStringLiteral("Near bus stand, Shivaji Nagar");
        d.beat = QStringLiteral("Beat 2");
        d.direction = QStringLiteral("North-East");
        d.distanceKm = 1.5;
        d.parties << FirParty { FirParty::Kind::Complainant, complainantUid, {}, {}, {}, {} };
        d.unknownAccused = 1;
        d.unknownAccusedDescription = QStringLiteral("Aged about 25, medium build");
        d.propertyDescription = QStringLiteral("Motorcycle MH-12-AB-1234");
        d.propertyValueRupees = 45000;
        d.firstInformation = QStringLiteral("I parked my motorcycle near the bus stand; when I returned it was gone.");
        d.actionTaken = QStringLiteral("Case registered and investigation taken up.");
        d.ioUid = io.uid;
        d.sections << theft();
        return d;
    }

    Fir registerFir(const FirDraft& d, const std::optional<User>& actor = std::nullopt)
    {
        FirService service(*m_db, clock);
        auto fir = service.registerFir(d, actor.value_or(writer), informationText());
        INFO(str(fir ? QString() : fir.error().describe()));
        REQUIRE(fir.ok());
        return fir.value();
    }

    /// Registers a valid FIR for a new complainant.
    Fir registerSimpleFir(const QString& complainantName = QStringLiteral("Ramesh Patil"))
    {
        return registerFir(draft(person(complainantName).uid));
    }

    static QString informationText() { return QStringLiteral("Written information received at the desk about a theft."); }

    QList<Finding> check() { return StoreCheck(*m_db).run(); }
    ManualClock clock { ist(2026, 3, 10, 10, 0) };
    Station station;
    User admin;
    User sho;
    User io;
    User io2;
    User writer;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// A raw SQLite connection, for building stores at an older schema and for tampering.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs a statement that must succeed.
    void exec(const QString& statement, const QVariantList& values = {})
    {
        QString error;
        const bool done = rawExec(db(), statement, values, &error);
        INFO(str(statement) << " -> " << str(error));
        REQUIRE(done);
    }
    QVariant scalar(const QString& statement, const QVariantList& values = {}) const { return rawScalar(db(), statement, values); }
    int count(const QString& table) const { return rawCount(db(), table); }

private:
    QString m_name;
};

} // namespace thana::test
