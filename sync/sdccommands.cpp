#include "sync/sdccommands.h"

#include "sync/sdcserver.h"
#include "sync/sdcstore.h"
#include "sync/stateca.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUuid>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>


namespace thana::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(thana_sdc)
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

int say(QTextStream& stream, const QString& text, int status)
{
    stream << text << '\n';
    stream.flush();
    return status;
}

/// Parses the options of `command`; -1 to go on, else the exit status.
int parse(QCommandLineParser& p, const QStringList& args, const QString& command, const QString& description)
{
    p.setApplicationDescription(description);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help."));
    p.addOption(help);
    QStringList line = args;
    line.prepend(QStringLiteral("thana-sdc"));
    if (!p.parse(line))
        return say(err(), p.errorText() + QLatin1Char('\n') + Tr::tr("Run \"thana-sdc %1 --help\" for its options.").arg(command), 2);
    if (p.isSet(help)) {
        QString text = p.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: thana-sdc ") + command + QStringLiteral(" [options]"));
        out() << text;
        out().flush();
        return 0;
    }
    return -1;
}

QString required(const QCommandLineParser& p, const QCommandLineOption& o, QStringList& missing)
{
    if (!p.isSet(o))
        missing << QStringLiteral("--") + o.names().constLast();
    return p.value(o);
}

int missingOptions(const QStringList& missing, const QString& command)
{
    return say(err(), Tr::tr("%1: required for \"%2\".").arg(missing.join(QStringLiteral(", ")), command), 2);
}

const QCommandLineOption kDir(QStringLiteral("dir"), QStringLiteral("The state's CA folder."), QStringLiteral("DIR"));
const QCommandLineOption kDb(QStringLiteral("db"),
                             QStringLiteral("The State Data Centre's database: a SQLite file, or postgres:host=… port=… dbname=… user=…"),
                             QStringLiteral("TARGET"));

int caCommand(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    QCommandLineParser p;
    p.addOption(kDir);
    if (sub == QLatin1String("create")) {
        const QCommandLineOption state(QStringLiteral("state"), Tr::tr("The state's name, e.g. Maharashtra."), QStringLiteral("NAME"));
        p.addOption(state);
        if (int r = parse(p, rest, QStringLiteral("ca create"), Tr::tr("Creates the state's certificate authority in a new folder.")); r >= 0)
            return r;
        QStringList missing;
        const QString dir = required(p, kDir, missing);
        const QString name = required(p, state, missing);
        if (!missing.isEmpty())
            return missingOptions(missing, QStringLiteral("ca create"));
        auto ca = StateCa::create(dir, name);
        if (!ca)
            return say(err(), ca.error().describe(), 1);
        return say(out(), Tr::tr("Created the CA of %1 in %2.").arg(name, dir), 0);
    }
    if (sub == QLatin1String("issue-station") || sub == QLatin1String("issue-server")) {
        const bool station = sub == QLatin1String("issue-station");
        const QCommandLineOption subject(station ? QStringLiteral("code") : QStringLiteral("host"),
                                         station ? Tr::tr("The station code, e.g. MH-PUN-0421.") : Tr::tr("The server's host name."),
                                         QStringLiteral("NAME"));
        const QCommandLineOption outDir(QStringLiteral("out"), Tr::tr("Folder to write the key and certificate to."), QStringLiteral("DIR"));
        const QCommandLineOption days(QStringLiteral("days"), Tr::tr("Days of validity (default 825)."), QStringLiteral("N"), QStringLiteral("825"));
        p.addOptions({ subject, outDir, days });
        if (int r = parse(p, rest, QStringLiteral("ca ") + sub,
                          station ? Tr::tr("Issues a station's certificate: CN is the station code.") : Tr::tr("Issues the State Data Centre's server certificate."));
            r >= 0)
            return r;
        QStringList missing;
        const QString dir = required(p, kDir, missing);
        const QString name = required(p, subject, missing);
        const QString folder = required(p, outDir, missing);
        if (!missing.isEmpty())
            return missingOptions(missing, QStringLiteral("ca ") + sub);
        auto ca = StateCa::open(dir);
        if (!ca)
            return say(err(), ca.error().describe(), 1);
        auto issued = station ? ca->issueStation(name, folder, p.value(days).toInt()) : ca->issueServer(name, folder, p.value(days).toInt());
        if (!issued)
            return say(err(), issued.error().describe(), 1);
        return say(out(), Tr::tr("Issued %1 (serial %2), valid until %3: %4").arg(issued->subject, issued->serial,
                                                                                  issued->notAfter.toString(Qt::ISODate), issued->certificatePath),
                   0);
    }
    if (sub == QLatin1String("revoke")) {
        p.addPositionalArgument(QStringLiteral("serial"), Tr::tr("The certificate's serial, or its file."));
        if (int r = parse(p, rest, QStringLiteral("ca revoke"), Tr::tr("Revokes a certificate and publishes a new revocation list.")); r >= 0)
            return r;
        QStringList missing;
        const QString dir = required(p, kDir, missing);
        if (p.positionalArguments().size() != 2)
            missing << QStringLiteral("SERIAL");
        if (!missing.isEmpty())
            return missingOptions(missing, QStringLiteral("ca revoke"));
        auto ca = StateCa::open(dir);
        if (!ca)
            return say(err(), ca.error().describe(), 1);
        auto serial = ca->revoke(p.positionalArguments().at(1));
        if (!serial)
            return say(err(), serial.error().describe(), 1);
        return say(out(), Tr::tr("Revoked %1; the revocation list %2 is renewed.").arg(*serial, ca->crlPath()), 0);
    }
    return say(err(), Tr::tr("ca: say create, issue-station, issue-server or revoke."), 2);
}

int serve(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption cert(QStringLiteral("cert"), Tr::tr("The server's certificate."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), Tr::tr("The server's key."), QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), Tr::tr("The state's CA certificate."), QStringLiteral("FILE"));
    const QCommandLineOption crl(QStringLiteral("crl"), Tr::tr("The CA's revocation list (re-read when it changes)."), QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), Tr::tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDRESS"),
                                    QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port (default 8443; 0 picks a free one)."), QStringLiteral("PORT"),
                                  QStringLiteral("8443"));
    const QCommandLineOption portFile(QStringLiteral("port-file"), Tr::tr("Write the port listened on to this file."), QStringLiteral("FILE"));
    p.addOptions({ kDb, cert, key, ca, crl, listen, port, portFile });
    if (int r = parse(p, args, QStringLiteral("serve"), Tr::tr("Serves stations over HTTPS with mutual TLS.")); r >= 0)
        return r;
    QStringList missing;
    const QString target = required(p, kDb, missing);
    SdcServer::Options options;
    options.certificate = required(p, cert, missing);
    options.key = required(p, key, missing);
    options.caCertificate = required(p, ca, missing);
    options.crl = p.value(crl);
    options.storeTarget = target;
    if (!missing.isEmpty())
        return missingOptions(missing, QStringLiteral("serve"));
    auto store = SdcStore::open(target);
    if (!store)
        return say(err(), store.error().describe(), 1);
    SdcServer server(**store, options);
    auto listening = server.start(QHostAddress(p.value(listen)), quint16(p.value(port).toUInt()));
    if (!listening)
        return say(err(), listening.error().describe(), 1);
    if (p.isSet(portFile)) {
        QFile f(p.value(portFile));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QByteArray::number(*listening) + '\n');
    }
    say(out(), Tr::tr("Serving on %1:%2 (%3).").arg(p.value(listen)).arg(*listening).arg((*store)->isPostgres() ? QStringLiteral("PostgreSQL") : target), 0);
    return QCoreApplication::exec();
}

int post(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption station(QStringLiteral("station"), Tr::tr("The station the entry is for."), QStringLiteral("CODE"));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("portal_complaint, service_request, masterdata or notice."), QStringLiteral("KIND"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("A line the station reads."), QStringLiteral("TEXT"));
    const QCommandLineOption payload(QStringLiteral("payload"), Tr::tr("Details as a JSON object."), QStringLiteral("JSON"), QStringLiteral("{}"));
    p.addOptions({ kDb, station, kind, title, payload });
    if (int r = parse(p, args, QStringLiteral("post"), Tr::tr("Puts an entry in a station's feed.")); r >= 0)
        return r;
    QStringList missing;
    const QString target = required(p, kDb, missing);
    const QString code = required(p, station, missing);
    const QString k = required(p, kind, missing);
    const QString t = required(p, title, missing);
    if (!missing.isEmpty())
        return missingOptions(missing, QStringLiteral("post"));
    const QJsonDocument doc = QJsonDocument::fromJson(p.value(payload).toUtf8());
    if (!doc.isObject())
        return say(err(), Tr::tr("--payload: must be a JSON object."), 2);
    auto store = SdcStore::open(target);
    if (!store)
        return say(err(), store.error().describe(), 1);
    auto id = (*store)->post(code, k, QUuid::createUuid().toString(QUuid::WithoutBraces), t, doc.object());
    if (!id)
        return say(err(), id.error().describe(), 1);
    return say(out(), Tr::tr("Posted entry %1 for %2.").arg(*id).arg(code), 0);
}

int transfer(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption fir(QStringLiteral("fir"), Tr::tr("The FIR's identity."), QStringLiteral("UID"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The station it goes to."), QStringLiteral("CODE"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why, e.g. the order's number."), QStringLiteral("TEXT"));
    p.addOptions({ kDb, fir, to, reason });
    if (int r = parse(p, args, QStringLiteral("transfer"), Tr::tr("Moves an FIR to another station and tells both stations.")); r >= 0)
        return r;
    QStringList missing;
    const QString target = required(p, kDb, missing);
    const QString uid = required(p, fir, missing);
    const QString code = required(p, to, missing);
    const QString why = required(p, reason, missing);
    if (!missing.isEmpty())
        return missingOptions(missing, QStringLiteral("transfer"));
    auto store = SdcStore::open(target);
    if (!store)
        return say(err(), store.error().describe(), 1);
    if (auto done = (*store)->transferFir(uid, code, why); !done)
        return say(err(), done.error().describe(), 1);
    return say(out(), Tr::tr("FIR %1 now belongs to %2.").arg(uid, code), 0);
}

int status(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(kDb);
    if (int r = parse(p, args, QStringLiteral("status"), Tr::tr("Prints what the State Data Centre holds, its open conflicts and any register-chain breaks.")); r >= 0)
        return r;
    QStringList missing;
    const QString target = required(p, kDb, missing);
    if (!missing.isEmpty())
        return missingOptions(missing, QStringLiteral("status"));
    auto store = SdcStore::open(target);
    if (!store)
        return say(err(), store.error().describe(), 1);
    auto counts = (*store)->counts();
    if (!counts)
        return say(err(), counts.error().describe(), 1);
    out() << QJsonDocument(*counts).toJson(QJsonDocument::Compact) << '\n';
    auto open = (*store)->conflicts(true);
    if (open) {
        for (const Conflict& c : *open)
            out() << Tr::tr("conflict %1: %2 change %3 to %4 %5: %6").arg(c.id).arg(c.station).arg(c.seq).arg(c.entity, c.uid, c.reason) << '\n';
    }
    auto breaks = (*store)->chainBreaks();
    if (!breaks)
        return say(err(), breaks.error().describe(), 1);
    for (const ChainBreakRecord& b : *breaks)
        out() << Tr::tr("chain break %1: station %2, %3 register, link %4, found %5: %6")
                     .arg(b.id)
                     .arg(b.station, b.registerName)
                     .arg(b.position)
                     .arg(b.foundAt, b.message)
              << '\n';
    out().flush();
    return 0;
}

int resolve(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), Tr::tr("The conflict's number, as status lists it."), QStringLiteral("N"));
    const QCommandLineOption resolution(QStringLiteral("resolution"), Tr::tr("What was decided, in words."), QStringLiteral("TEXT"));
    p.addOptions({ kDb, id, resolution });
    if (int r = parse(p, args, QStringLiteral("resolve"),
                      Tr::tr("Closes a conflict with what was decided. The change kept aside stays on record either way.")); r >= 0)
        return r;
    QStringList missing;
    const QString target = required(p, kDb, missing);
    const QString number = required(p, id, missing);
    const QString text = required(p, resolution, missing);
    if (!missing.isEmpty())
        return missingOptions(missing, QStringLiteral("resolve"));
    auto store = SdcStore::open(target);
    if (!store)
        return say(err(), store.error().describe(), 1);
    if (auto done = (*store)->resolveConflict(number.toLongLong(), text); !done)
        return say(err(), done.error().describe(), 1);
    return say(out(), Tr::tr("Conflict %1 resolved.").arg(number), 0);
}

QString overview()
{
    return Tr::tr("Usage: thana-sdc COMMAND [options]\n"
                  "\n"
                  "Commands:\n"
                  "  ca create          create the state's certificate authority\n"
                  "  ca issue-station   issue a station's certificate\n"
                  "  ca issue-server    issue the service's certificate\n"
                  "  ca revoke          revoke a certificate\n"
                  "  serve              serve stations over HTTPS with mutual TLS\n"
                  "  post               put an entry in a station's feed\n"
                  "  transfer           move an FIR to another station\n"
                  "  status             what is stored, and open conflicts\n"
                  "  resolve            close a conflict with what was decided\n"
                  "\n"
                  "\"thana-sdc COMMAND --help\" shows a command's options.\n");
}

} // namespace

int runSdc(const QStringList& arguments)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("thana.*.info=false"));
    const QStringList args = arguments.mid(1);
    const QString command = args.value(0);
    if (command.isEmpty())
        return say(err(), overview(), 2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        return say(out(), overview(), 0);
    if (command == QLatin1String("ca"))
        return caCommand(args);
    if (command == QLatin1String("serve"))
        return serve(args);
    if (command == QLatin1String("post"))
        return post(args);
    if (command == QLatin1String("transfer"))
        return transfer(args);
    if (command == QLatin1String("status"))
        return status(args);
    if (command == QLatin1String("resolve"))
        return resolve(args);
    return say(err(), Tr::tr("Unknown command \"%1\".").arg(command) + QLatin1Char('\n') + overview(), 2);
}

} // namespace thana::sync
