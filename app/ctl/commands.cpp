#include "ctl/commands.h"

#include "core/authservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demodata.h"
#include "core/interchange.h"
#include "core/passwordhasher.h"
#include "core/missingpersonmatcher.h"
#include "core/registerchain.h"
#include "core/registers.h"
#include "core/reports.h"
#include "core/stationrepository.h"
#include "core/storecheck.h"
#include "core/syncledger.h"
#include "core/userrepository.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace thana::ctl {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(thanactl)
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString& message, const QString& command)
{
    err() << message << '\n'
          << Tr::tr("Run \"thanactl %1 --help\" for its options.").arg(command).trimmed() << '\n';
    err().flush();
    return Usage;
}

int failed(const QString& message)
{
    err() << message << '\n';
    err().flush();
    return Failed;
}

/// Reads one line of a password from standard input. At a terminal the user is
/// asked with `prompt` and the typed characters are not shown.
QString readPassword(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved {};
    if (terminal) {
        err() << prompt << ' ';
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    static QTextStream in(stdin);
    QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n';
        err().flush();
    }
    return line;
}

/// Parses a subcommand's own options; `args` starts with the subcommand's name.
/// Returns -1 to go on, or the exit status when help was shown or the line was wrong.
int parse(QCommandLineParser& parser, const QStringList& args, const QString& command, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList line = args;
    line.prepend(QStringLiteral("thanactl"));
    if (!parser.parse(line))
        return usage(parser.errorText(), command);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The parser names the program as it was started; show the whole command instead.
        const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
        text.replace(0, endOfFirstLine, QStringLiteral("Usage: thanactl ") + command + QStringLiteral(" [options]"));
        out() << text;
        out().flush();
        return Ok;
    }
    return -1;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Tr::tr("The station store (a file)."), QStringLiteral("FILE"));
}

/// Opens an existing store, or prints why it cannot be opened.
std::unique_ptr<core::Database> openExisting(const QString& path)
{
    auto db = core::Database::open(path, core::Database::Mode::ExistingOnly);
    if (!db) {
        failed(db.error().describe());
        return nullptr;
    }
    return std::move(db).value();
}

int cmdInit(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption stateCode(QStringLiteral("state-code"), Tr::tr("State code, e.g. MH."), QStringLiteral("CODE"));
    const QCommandLineOption stateName(QStringLiteral("state-name"), Tr::tr("State name, e.g. Maharashtra."), QStringLiteral("NAME"));
    const QCommandLineOption districtCode(QStringLiteral("district-code"), Tr::tr("District code, e.g. PUN."), QStringLiteral("CODE"));
    const QCommandLineOption districtName(QStringLiteral("district-name"), Tr::tr("District name, e.g. Pune City."), QStringLiteral("NAME"));
    const QCommandLineOption stationCode(QStringLiteral("station-code"), Tr::tr("Station code issued by the state, e.g. MH-PUN-0421."),
                                         QStringLiteral("CODE"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"), Tr::tr("Station name in English."), QStringLiteral("NAME"));
    const QCommandLineOption nameLocal(QStringLiteral("name-local"), Tr::tr("Station name in the local language, in Devanagari."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), Tr::tr("Local language of registers and copies: hi or mr."),
                                      QStringLiteral("LANG"), QStringLiteral("hi"));
    const QCommandLineOption training(QStringLiteral("training"), Tr::tr("A practice station for classes; never synchronised."));
    const QCommandLineOption admin(QStringLiteral("admin"), Tr::tr("User name of the first administrator."), QStringLiteral("USER"),
                                   QStringLiteral("admin"));
    const QCommandLineOption adminName(QStringLiteral("admin-name"), Tr::tr("Full name of the first administrator."),
                                       QStringLiteral("NAME"));
    p.addOptions({ db, stateCode, stateName, districtCode, districtName, stationCode, nameEn, nameLocal, language, training, admin,
                   adminName });
    const QString command = QStringLiteral("init");
    if (int r = parse(p, args, command,
                      Tr::tr("Creates a new station store with its station and first administrator. The administrator's "
                         "password is read from standard input.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store to create is required."), command);
    if (QFileInfo::exists(p.value(db)))
        return failed(Tr::tr("%1 already exists; init creates new stores only and leaves existing ones alone.").arg(p.value(db)));

    core::Station s;
    s.stateCode = p.value(stateCode);
    s.stateName = p.value(stateName);
    s.districtCode = p.value(districtCode);
    s.districtName = p.value(districtName);
    s.code = p.value(stationCode);
    s.nameEn = p.value(nameEn);
    s.nameLocal = p.value(nameLocal);
    s.language = p.value(language);
    s.training = p.isSet(training);
    const QList<core::Violation> problems = core::StationRepository::validate(s);
    if (!problems.isEmpty()) {
        for (const core::Violation& v : problems)
            err() << v.message << '\n';
        err().flush();
        return Usage;
    }
    core::User first;
    first.username = p.value(admin);
    first.fullName = p.isSet(adminName) ? p.value(adminName) : p.value(admin);
    first.role = core::Role::Admin;
    const QString password = readPassword(Tr::tr("Password for %1:").arg(first.username));
    if (const QString weak = core::passwordhasher::weakness(password); !weak.isEmpty())
        return failed(weak);

    auto opened = core::Database::open(p.value(db));
    if (!opened)
        return failed(opened.error().describe());
    core::Database& store = *opened.value();
    auto station = core::StationRepository(store).create(s);
    if (!station)
        return failed(station.error().describe());
    auto user = core::UserRepository(store).create(first, password, std::nullopt);
    if (!user)
        return failed(user.error().describe());
    out() << Tr::tr("Created %1 (%2) in %3 with administrator %4.").arg(s.nameEn, s.code, p.value(db), first.username) << '\n';
    out().flush();
    return Ok;
}

int cmdDemo(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption days(QStringLiteral("days"), Tr::tr("How many days of records to make (default 365)."),
                                  QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption lastDay(QStringLiteral("last-day"), Tr::tr("The last day of the records, YYYY-MM-DD (default today)."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the generator; the same seed makes the same station."),
                                  QStringLiteral("N"), QStringLiteral("2024"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Tr::tr("Do not report progress."));
    const QCommandLineOption syncable(QStringLiteral("syncable"),
                                      Tr::tr("Make the station a synchronising one, to exercise a test State Data Centre; never "
                                             "use it with a real one."));
    p.addOptions({ db, days, lastDay, seed, quiet, syncable });
    const QString command = QStringLiteral("demo");
    if (int r = parse(p, args, command,
                      Tr::tr("Creates a practice station with realistic records: officers, complainants with Hindi and "
                         "English names, complaints, General Diary entries and FIRs. Every account's password is %1.")
                          .arg(core::DemoData::demoPassword()));
        r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store to create is required."), command);
    core::DemoData::Options o;
    o.training = !p.isSet(syncable);
    bool ok = false;
    o.days = p.value(days).toInt(&ok);
    if (!ok || o.days < 1 || o.days > 3660)
        return usage(Tr::tr("--days: must be a whole number from 1 to 3660."), command);
    o.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return usage(Tr::tr("--seed: must be a whole number."), command);
    if (p.isSet(lastDay)) {
        o.lastDay = QDate::fromString(p.value(lastDay), Qt::ISODate);
        if (!o.lastDay.isValid())
            return usage(Tr::tr("--last-day: must be a date written YYYY-MM-DD."), command);
    } else {
        o.lastDay = QDateTime::currentDateTimeUtc().toTimeZone(core::stationZone()).date();
    }
    if (QFileInfo::exists(p.value(db)))
        return failed(Tr::tr("%1 already exists; demo creates new stores only and leaves existing ones alone.").arg(p.value(db)));

    auto opened = core::Database::open(p.value(db));
    if (!opened)
        return failed(opened.error().describe());
    QElapsedTimer timer;
    timer.start();
    const bool report = !p.isSet(quiet);
    int lastPercent = -1;
    auto made = core::DemoData::generate(*opened.value(), o, [&](int day, int total) {
        const int percent = total > 0 ? day * 100 / total : 100;
        if (report && percent / 10 != lastPercent / 10) {
            err() << Tr::tr("Making records: %1%").arg(percent) << '\n';
            err().flush();
        }
        lastPercent = percent;
    });
    if (!made)
        return failed(made.error().describe());
    out() << Tr::tr("Made a practice station in %1 in %2 s. Log in as sho, io.patil or admin with the password %3.")
                 .arg(p.value(db))
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(core::DemoData::demoPassword())
          << '\n';
    out().flush();
    return Ok;
}

int cmdCheck(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"), Tr::tr("Report each check as it starts."));
    p.addOptions({ db, verbose });
    const QString command = QStringLiteral("check");
    if (int r = parse(p, args, command,
                      Tr::tr("Checks a whole store: SQLite's integrity and foreign keys, then every rule over every record. "
                         "Prints each finding; the exit status is 0 only when the store is clean.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store to check is required."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    const bool chatty = p.isSet(verbose);
    const QList<core::Finding> findings = core::StoreCheck(*store).run([&](const QString& what) {
        if (chatty) {
            err() << what << '\n';
            err().flush();
        }
    });
    for (const core::Finding& f : findings)
        out() << f.where << ": " << f.message << " [" << f.rule << "]\n";
    if (findings.isEmpty())
        out() << Tr::tr("%1: the store is clean.").arg(p.value(db)) << '\n';
    else
        out() << Tr::tr("%1: %n finding(s).", nullptr, int(findings.size())).arg(p.value(db)) << '\n';
    out().flush();
    return findings.isEmpty() ? Ok : Failed;
}

int cmdUserAdd(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("The administrator adding the user."), QStringLiteral("USER"));
    const QCommandLineOption username(QStringLiteral("username"), Tr::tr("The new user's log-in name."), QStringLiteral("USER"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The new user's full name."), QStringLiteral("NAME"));
    const QCommandLineOption rank(QStringLiteral("rank"), Tr::tr("Rank, e.g. PSI."), QStringLiteral("RANK"));
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("One of sho, io, writer, trainer, admin."), QStringLiteral("ROLE"));
    p.addOptions({ db, as, username, name, rank, role });
    const QString command = QStringLiteral("user add");
    if (int r = parse(p, args, command,
                      Tr::tr("Adds a user. Standard input gives two lines: the administrator's password, then the new "
                         "user's password.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);
    if (!p.isSet(as))
        return usage(Tr::tr("--as: the administrator adding the user is required."), command);
    const auto parsedRole = core::roleFromKey(p.value(role));
    if (!parsedRole)
        return usage(Tr::tr("--role: must be one of sho, io, writer, trainer, admin."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;

    const core::SystemClock clock;
    auto actor = core::AuthService(*store, clock).login(p.value(as), readPassword(Tr::tr("Password of %1:").arg(p.value(as))));
    if (!actor)
        return failed(actor.error().describe());
    core::User u;
    u.username = p.value(username);
    u.fullName = p.value(name);
    u.rank = p.value(rank);
    u.role = *parsedRole;
    const QString password = readPassword(Tr::tr("Password for %1:").arg(u.username));
    auto made = core::UserRepository(*store).create(u, password, actor.value());
    if (!made)
        return failed(made.error().describe());
    out() << Tr::tr("Added %1 (%2) as %3.").arg(made->username, made->fullName, core::roleName(made->role)) << '\n';
    out().flush();
    return Ok;
}

int cmdUserList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    p.addOption(db);
    const QString command = QStringLiteral("user list");
    if (int r = parse(p, args, command, Tr::tr("Lists the store's users: log-in name, role, full name and whether active.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    for (const core::User& u : core::UserRepository(*store).all()) {
        out() << u.username << '\t' << core::roleKey(u.role) << '\t' << u.fullName << '\t'
              << (u.active ? Tr::tr("active") : Tr::tr("inactive")) << '\n';
    }
    out().flush();
    return Ok;
}

int cmdSync(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption server(QStringLiteral("server"), Tr::tr("The State Data Centre's address, e.g. https://sdc.mh.gov.in:8443 (kept for later rounds)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption credentials(QStringLiteral("credentials"),
                                         Tr::tr("Folder with the station's certificate and key and the state's CA certificate (kept for later rounds)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption batchRecords(QStringLiteral("batch-records"),
                                          Tr::tr("Changes in one upload batch, at most (default %1); a transaction is never split.")
                                              .arg(sync::SyncClient::Options {}.maxRecords),
                                          QStringLiteral("N"), QString::number(sync::SyncClient::Options {}.maxRecords));
    p.addOptions({ db, server, credentials, batchRecords });
    const QString command = QStringLiteral("sync");
    if (int r = parse(p, args, command,
                      Tr::tr("Runs one round of synchronisation with the State Data Centre: sends every queued change and reads "
                             "the station's feed. The exit status is 0 only when the round completed.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);
    sync::SyncClient::Options options;
    bool ok = false;
    options.maxRecords = p.value(batchRecords).toInt(&ok);
    if (!ok || options.maxRecords < 1 || options.maxRecords > 100000)
        return usage(Tr::tr("--batch-records: must be a whole number from 1 to 100000."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    core::SyncLedger ledger(*store);
    if (p.isSet(server)) {
        if (auto done = ledger.setSetting(QStringLiteral("server_url"), p.value(server)); !done)
            return failed(done.error().message);
    }
    if (p.isSet(credentials)) {
        if (auto done = ledger.setSetting(QStringLiteral("credentials"), QFileInfo(p.value(credentials)).absoluteFilePath()); !done)
            return failed(done.error().message);
    }
    const QString url = ledger.setting(QStringLiteral("server_url"));
    const QString dir = ledger.setting(QStringLiteral("credentials"));
    if (url.isEmpty() || dir.isEmpty())
        return usage(Tr::tr("--server and --credentials: say once where the State Data Centre is and where the station's certificate is."),
                     command);
    const auto station = core::StationRepository(*store).station();
    if (!station)
        return failed(Tr::tr("This store has no station yet."));
    sync::SyncClient client(*store, sync::SyncCredentials::fromDirectory(url, dir, station->code), options);
    auto round = client.runRound();
    if (!round) {
        err() << round.error().message << '\n';
        err() << Tr::tr("%n change(s) still queued.", nullptr, int(ledger.queuedCount())) << '\n';
        err().flush();
        return Failed;
    }
    out() << Tr::tr("Sent %1 change(s) in %2 batch(es), %3 bytes; the State Data Centre holds everything up to change %4.")
                 .arg(round->changesSent)
                 .arg(round->batches)
                 .arg(round->bytesSent)
                 .arg(ledger.ackedSeq())
          << '\n';
    if (round->feedItems > 0)
        out() << Tr::tr("%n new item(s) from the State Data Centre.", nullptr, round->feedItems) << '\n';
    for (const QString& r : round->rejections)
        out() << Tr::tr("Not stored by the State Data Centre: %1").arg(r) << '\n';
    for (const QString& b : round->chainBreaks)
        out() << Tr::tr("The State Data Centre found this station's register chain broken: %1").arg(b) << '\n';
    if (round->conflicts > 0)
        out() << Tr::tr("%n change(s) kept as conflicts at the State Data Centre for a person to resolve.", nullptr, round->conflicts) << '\n';
    out().flush();
    return Ok;
}

int cmdSearch(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    p.addOption(db);
    p.addPositionalArgument(QStringLiteral("text"), Tr::tr("A piece of a name, a vehicle number or a description of property."));
    const QString command = QStringLiteral("search");
    if (int r = parse(p, args, command,
                      Tr::tr("Searches persons, vehicles and property across the state's stations at the State Data Centre "
                             "(needs the link; uses the sync settings).")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);
    const QString text = p.positionalArguments().mid(1).join(QLatin1Char(' '));
    if (text.trimmed().size() < 3)
        return usage(Tr::tr("Search: type at least three letters."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    core::SyncLedger ledger(*store);
    const auto station = core::StationRepository(*store).station();
    if (!station)
        return failed(Tr::tr("This store has no station yet."));
    sync::SyncClient client(*store, sync::SyncCredentials::fromDirectory(ledger.setting(QStringLiteral("server_url")),
                                                                         ledger.setting(QStringLiteral("credentials")), station->code));
    auto hits = client.searchState(text);
    if (!hits)
        return failed(hits.error().message);
    for (const QString& h : *hits)
        out() << h << '\n';
    out() << Tr::tr("%n record(s) found.", nullptr, int(hits->size())) << '\n';
    out().flush();
    return Ok;
}

int cmdExport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption outDir(QStringLiteral("out"), Tr::tr("Folder to write the case files to."), QStringLiteral("DIR"));
    p.addOptions({ db, outDir });
    const QString command = QStringLiteral("export");
    if (int r = parse(p, args, command,
                      Tr::tr("Writes every case of the store as one JSON file per FIR, in the interchange format of "
                             "docs/interchange.md.")); r >= 0)
        return r;
    if (!p.isSet(db) || !p.isSet(outDir))
        return usage(Tr::tr("--db and --out: the store and the folder are required."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    auto written = core::Interchange(*store).exportAll(p.value(outDir));
    if (!written)
        return failed(written.error().describe());
    out() << Tr::tr("Exported %n case(s) to %1.", nullptr, *written).arg(p.value(outDir)) << '\n';
    out().flush();
    return Ok;
}

int cmdImport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("The SHO or administrator importing (password on standard input)."),
                                QStringLiteral("USER"));
    p.addOptions({ db, as });
    p.addPositionalArgument(QStringLiteral("dir"), Tr::tr("The folder of case files."));
    const QString command = QStringLiteral("import");
    if (int r = parse(p, args, command,
                      Tr::tr("Imports case files. Every rule applies; a case is imported whole or not at all; a case already in "
                             "the store is left unchanged. Prints a line per file; the exit status is 0 only when none was refused.")); r >= 0)
        return r;
    const QStringList positional = p.positionalArguments().mid(1);
    if (!p.isSet(db) || !p.isSet(as) || positional.size() != 1)
        return usage(Tr::tr("--db, --as and the folder are required."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    const core::SystemClock clock;
    auto actor = core::AuthService(*store, clock).login(p.value(as), readPassword(Tr::tr("Password of %1:").arg(p.value(as))));
    if (!actor)
        return failed(actor.error().describe());
    if (actor->role != core::Role::Sho && actor->role != core::Role::Admin)
        return failed(Tr::tr("Only the SHO or an administrator imports cases."));
    int refused = 0;
    int imported = 0;
    int unchanged = 0;
    for (const core::ImportOutcome& o : core::Interchange(*store).importDirectory(positional.first(), actor->uid)) {
        const QString what = o.reference.isEmpty() ? o.file : o.file + QStringLiteral(" (") + o.reference + QLatin1Char(')');
        switch (o.kind) {
        case core::ImportOutcome::Kind::Imported:
            ++imported;
            out() << Tr::tr("%1: imported").arg(what) << '\n';
            break;
        case core::ImportOutcome::Kind::Unchanged:
            ++unchanged;
            out() << Tr::tr("%1: already in the store, unchanged").arg(what) << '\n';
            break;
        case core::ImportOutcome::Kind::Refused:
            ++refused;
            for (const core::Violation& v : o.violations)
                out() << Tr::tr("%1: refused: %2 [%3, field %4]").arg(what, v.message, v.rule, v.field) << '\n';
            break;
        }
    }
    out() << Tr::tr("%1 imported, %2 unchanged, %3 refused.").arg(imported).arg(unchanged).arg(refused) << '\n';
    out().flush();
    return refused == 0 ? Ok : Failed;
}

int cmdVerify(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    p.addOption(db);
    const QString command = QStringLiteral("verify");
    if (int r = parse(p, args, command,
                      Tr::tr("Verifies the hash chains of the General Diary and the FIR register and names the first entry where "
                             "each breaks (edited, deleted, inserted or reordered behind the application's back). The exit status "
                             "is 0 only when every chain holds.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store to verify is required."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    const QList<core::ChainBreak> breaks = core::RegisterChain::verify(*store);
    for (const core::ChainBreak& b : breaks)
        out() << (b.registerName == QLatin1String("gd") ? Tr::tr("General Diary") : Tr::tr("FIR register")) << ": " << b.message << " ["
              << b.kind << "]\n";
    if (breaks.isEmpty())
        out() << Tr::tr("%1: every chain holds.").arg(p.value(db)) << '\n';
    out().flush();
    return breaks.isEmpty() ? Ok : Failed;
}

int cmdRegister(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The register: %1.").arg(core::Registers::ids().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Write the register to this CSV file instead of printing it."), QStringLiteral("FILE"));
    p.addOptions({ db, name, from, to, csv });
    const QString command = QStringLiteral("register");
    if (int r = parse(p, args, command,
                      Tr::tr("Prints a station register for a period, or writes it as CSV. Registers are views of the records; "
                             "victims' identities in sensitive cases are withheld.")); r >= 0)
        return r;
    if (!p.isSet(db) || !p.isSet(name))
        return usage(Tr::tr("--db and --name: the store and the register are required."), command);
    const QDate first = p.isSet(from) ? QDate::fromString(p.value(from), Qt::ISODate) : QDate();
    const QDate last = p.isSet(to) ? QDate::fromString(p.value(to), Qt::ISODate) : QDate();
    if ((p.isSet(from) && !first.isValid()) || (p.isSet(to) && !last.isValid()))
        return usage(Tr::tr("--from, --to: must be dates written YYYY-MM-DD."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    const core::User reader; // not on any case: identities of victims stay withheld
    core::Registers registers(*store);
    if (p.isSet(csv)) {
        QSaveFile file(p.value(csv));
        if (!file.open(QIODevice::WriteOnly))
            return failed(Tr::tr("%1 cannot be written: %2").arg(p.value(csv), file.errorString()));
        auto written = registers.writeCsv(p.value(name), first, last, reader, file);
        if (!written)
            return failed(written.error().describe());
        if (!file.commit())
            return failed(Tr::tr("%1 cannot be written: %2").arg(p.value(csv), file.errorString()));
        out() << Tr::tr("%n row(s) written to %1.", nullptr, *written).arg(p.value(csv)) << '\n';
        out().flush();
        return Ok;
    }
    auto view = registers.view(p.value(name), first, last, reader, 100000);
    if (!view)
        return failed(view.error().describe());
    out() << view->titleEn << " / " << view->titleHi << '\n' << view->columnsEn.join(QLatin1Char('\t')) << '\n';
    for (const QStringList& row : view->rows)
        out() << row.join(QLatin1Char('\t')) << '\n';
    out().flush();
    return Ok;
}

int cmdMatch(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption minimum(QStringLiteral("min-score"), Tr::tr("Leave out candidates scoring less than this (0-100, default 0)."),
                                     QStringLiteral("SCORE"), QStringLiteral("0"));
    p.addOptions({ db, minimum });
    const QString command = QStringLiteral("match");
    if (int r = parse(p, args, command,
                      Tr::tr("Lists, for every missing person not yet traced, the unidentified dead bodies and persons found who "
                             "could be them, best first, with the score and the reasons.")); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);
    bool numeric = false;
    const int least = p.value(minimum).toInt(&numeric);
    if (!numeric || least < 0 || least > 100)
        return usage(Tr::tr("--min-score: must be a number from 0 to 100."), command);
    auto store = openExisting(p.value(db));
    if (!store)
        return Failed;
    int offered = 0;
    for (const auto& [missing, candidates] : core::MissingPersonMatcher(*store).all()) {
        bool heading = false;
        for (const core::MatchCandidate& c : candidates) {
            if (c.score < least)
                continue;
            if (!heading) {
                out() << missing.reference << ": " << missing.name << '\n';
                heading = true;
            }
            out() << "  " << c.score << '\t' << c.subject.reference << '\t' << c.reasons.join(QLatin1Char(' ')) << '\n';
            ++offered;
        }
    }
    out() << Tr::tr("%n possible match(es).", nullptr, offered) << '\n';
    out().flush();
    return Ok;
}

/// Width of text at a terminal: combining marks (Devanagari vowel signs) take no column.
int columns(const QString& text)
{
    int n = 0;
    for (const QChar c : text) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            ++n;
    }
    return n;
}

/// A report as a table for the terminal: the first column left-aligned, figures right-aligned.
void printTable(const core::RegisterView& table)
{
    out() << table.titleEn << '\n' << table.titleHi << "\n\n";
    QList<int> widths;
    for (const QString& c : table.columnsEn)
        widths << columns(c);
    for (const QStringList& row : table.rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), columns(row.at(i)));
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QString pad(widths.at(i) - columns(cells.at(i)), QLatin1Char(' '));
            if (i > 0)
                text += QStringLiteral("  ");
            text += i == 0 ? cells.at(i) + pad : pad + cells.at(i);
        }
        out() << text << '\n';
    };
    line(table.columnsEn);
    for (const QStringList& row : table.rows)
        line(row);
    out().flush();
}

int cmdReport(const QStringList& args)
{
    const QString kind = args.value(1);
    const QString command = QStringLiteral("report ") + kind;
    QCommandLineParser p;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption month(QStringLiteral("month"), Tr::tr("The month to review, YYYY-MM."), QStringLiteral("MONTH"));
    const QCommandLineOption on(QStringLiteral("on"), Tr::tr("The day of the count, YYYY-MM-DD (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Also write the report to this CSV file."), QStringLiteral("FILE"));
    QString description;
    if (kind == QLatin1String("crime-review")) {
        p.addOptions({ db, month, csv });
        description = Tr::tr("The monthly crime review: FIRs registered in the month and in the year to date by crime head, "
                             "against the same periods last year. Each FIR counts once, under its gravest head.");
    } else if (kind == QLatin1String("pendency")) {
        p.addOptions({ db, on, csv });
        description = Tr::tr("Pendency of investigation: cases with no approved final report and not transferred away, by "
                             "days since registration, with those past the limits of BNSS ss.187(3) and 193(2).");
    } else if (kind == QLatin1String("disposal")) {
        p.addOptions({ db, from, to, csv });
        description = Tr::tr("Disposal: final reports approved by kind and cases disposed of by courts by outcome in a period, "
                             "with the charge-sheeting and conviction rates.");
    } else {
        err() << Tr::tr("report: say \"report crime-review\", \"report pendency\" or \"report disposal\".") << '\n';
        err().flush();
        return Usage;
    }
    if (int r = parse(p, args.mid(1), command, description); r >= 0)
        return r;
    if (!p.isSet(db))
        return usage(Tr::tr("--db: the store is required."), command);

    core::RegisterView table;
    if (kind == QLatin1String("crime-review")) {
        const QDate first = QDate::fromString(p.value(month) + QStringLiteral("-01"), Qt::ISODate);
        if (!p.isSet(month) || !first.isValid())
            return usage(Tr::tr("--month: the month is required, written YYYY-MM."), command);
        auto store = openExisting(p.value(db));
        if (!store)
            return Failed;
        auto review = core::Reports(*store).crimeReview(first.year(), first.month());
        if (!review)
            return failed(review.error().describe());
        table = core::Reports::table(*review);
    } else if (kind == QLatin1String("pendency")) {
        const QDate day = p.isSet(on) ? QDate::fromString(p.value(on), Qt::ISODate)
                                      : QDateTime::currentDateTimeUtc().toTimeZone(core::stationZone()).date();
        if (!day.isValid())
            return usage(Tr::tr("--on: must be a date written YYYY-MM-DD."), command);
        auto store = openExisting(p.value(db));
        if (!store)
            return Failed;
        auto pendency = core::Reports(*store).pendency(day);
        if (!pendency)
            return failed(pendency.error().describe());
        table = core::Reports::table(*pendency);
    } else {
        const QDate first = QDate::fromString(p.value(from), Qt::ISODate);
        const QDate last = QDate::fromString(p.value(to), Qt::ISODate);
        if (!first.isValid() || !last.isValid() || last < first)
            return usage(Tr::tr("--from, --to: both are required, written YYYY-MM-DD, the first not after the last."), command);
        auto store = openExisting(p.value(db));
        if (!store)
            return Failed;
        auto disposal = core::Reports(*store).disposal(first, last);
        if (!disposal)
            return failed(disposal.error().describe());
        table = core::Reports::table(*disposal);
    }
    printTable(table);
    if (p.isSet(csv)) {
        QSaveFile file(p.value(csv));
        if (!file.open(QIODevice::WriteOnly))
            return failed(Tr::tr("%1 cannot be written: %2").arg(p.value(csv), file.errorString()));
        core::Reports::writeCsv(table, file);
        if (!file.commit())
            return failed(Tr::tr("%1 cannot be written: %2").arg(p.value(csv), file.errorString()));
        out() << '\n' << Tr::tr("Written to %1.").arg(p.value(csv)) << '\n';
        out().flush();
    }
    return Ok;
}

QString overview()
{
    return Tr::tr("Usage: thanactl COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  init        create a new station store\n"
              "  demo        create a practice station with a year of records\n"
              "  check       check a store's integrity and every rule over its records\n"
              "  verify      verify the hash chains of the General Diary and the FIR register\n"
              "  register    print a station register, or write it as CSV\n"
              "  match       missing persons against unidentified bodies and persons found\n"
              "  report      print the crime review, pendency or disposal, or write it as CSV\n"
              "  user add    add a user\n"
              "  user list   list the users\n"
              "  sync        one round of synchronisation with the State Data Centre\n"
              "  search      search persons, vehicles and property across the state\n"
              "  export      write every case as JSON files\n"
              "  import      read case files into the store\n"
              "\n"
              "\"thanactl COMMAND --help\" shows a command's options.\n"
              "Exit status: 0 done, 1 failed or problems found, 2 wrong command line.\n");
}

} // namespace

int run(const QStringList& arguments)
{
    // Findings and results go to the terminal; routine log lines would only bury them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("thana.*.info=false\nthana.core.sql.warning=false"));
    QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err() << overview();
        err().flush();
        return Usage;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << overview();
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        out() << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("init"))
        return cmdInit(args);
    if (command == QLatin1String("demo"))
        return cmdDemo(args);
    if (command == QLatin1String("check"))
        return cmdCheck(args);
    if (command == QLatin1String("verify"))
        return cmdVerify(args);
    if (command == QLatin1String("register"))
        return cmdRegister(args);
    if (command == QLatin1String("match"))
        return cmdMatch(args);
    if (command == QLatin1String("report"))
        return cmdReport(args);
    if (command == QLatin1String("sync"))
        return cmdSync(args);
    if (command == QLatin1String("search"))
        return cmdSearch(args);
    if (command == QLatin1String("export"))
        return cmdExport(args);
    if (command == QLatin1String("import"))
        return cmdImport(args);
    if (command == QLatin1String("user")) {
        const QString sub = args.value(1);
        args.removeFirst();
        if (sub == QLatin1String("add"))
            return cmdUserAdd(args);
        if (sub == QLatin1String("list"))
            return cmdUserList(args);
        err() << Tr::tr("user: say \"user add\" or \"user list\".") << '\n';
        err().flush();
        return Usage;
    }
    err() << Tr::tr("Unknown command \"%1\".").arg(command) << '\n' << overview();
    err().flush();
    return Usage;
}

} // namespace thana::ctl
