// Child program of the crash test: registers FIRs in a loop until it is killed, printing
// the number of each FIR once its transaction has committed.

#include "core/clock.h"
#include "core/database.h"
#include "core/firservice.h"
#include "core/masterdata.h"
#include "core/userrepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace thana::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: %s <store>\n", argc > 0 ? argv[0] : "thana_crash_child");
        return 64;
    }
    auto opened = Database::open(args.at(1), Database::Mode::ExistingOnly);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qUtf8Printable(opened.error().describe()));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    UserRepository users(*db);
    const auto writer = users.byUsername(QStringLiteral("writer"));
    const auto io = users.byUsername(QStringLiteral("io.pawar"));
    const auto theft = MasterData(*db).section(QStringLiteral("BNS"), QStringLiteral("303"));
    if (!writer || !io || !theft) {
        std::fprintf(stderr, "the store lacks the writer, the io or BNS 303\n");
        return 1;
    }
    SystemClock clock;
    FirService service(*db, clock);
    for (qint64 i = 0;; ++i) {
        const QDateTime now = clock.now();
        FirDraft d;
        d.infoReceivedAt = now.addSecs(-3600);
        d.occurrenceFrom = now.addSecs(-5 * 3600);
        d.occurrenceTo = now.addSecs(-4 * 3600);
        d.placeAddress = QStringLiteral("Station Road");
        d.firstInformation = QStringLiteral("My bag was stolen from the bus stop.");
        d.ioUid = io->uid;
        d.sections << *theft;
        d.unknownAccused = 1;
        NewParty complainant;
        complainant.person.nameEn = QStringLiteral("Complainant %1").arg(QChar(QLatin1Char(char('A' + i % 26))));
        complainant.person.gender = QStringLiteral("M");
        auto fir = service.registerFir(d, *writer, QStringLiteral("Information number %1 received at the desk.").arg(i), { complainant });
        if (!fir) {
            std::fprintf(stderr, "register: %s\n", qUtf8Printable(fir.error().describe()));
            return 2;
        }
        std::printf("%d\n", fir->number);
        std::fflush(stdout);
    }
}
