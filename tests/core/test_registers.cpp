// Registers are views of the records: each row comes from a record entered once.

#include "fixtures.h"

#include "core/caseservice.h"
#include "core/propertyservice.h"
#include "core/registerchain.h"
#include "core/registers.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace thana::test;

TEST_CASE("every register matches the records it is a view of", "[registers]")
{
    StationFixture fx;
    FirDraft d = fx.draft(fx.person(QStringLiteral("Ramesh Patil"), QStringLiteral("रमेश पाटील")).uid);
    d.ioUid = fx.io.uid;
    const Fir fir = fx.registerFir(d);
    const Fir second = fx.registerSimpleFir(QStringLiteral("Kiran Shinde"));
    fx.clock.advanceSecs(3600);
    CaseService cases(fx.db(), fx.clock);
    Arrest a;
    a.firUid = fir.uid;
    a.personUid = fx.person(QStringLiteral("Vikas Jadhav")).uid;
    a.at = fx.clock.now().addSecs(-600);
    a.place = QStringLiteral("Swargate");
    a.informed = QStringLiteral("Wife by phone");
    REQUIRE(cases.recordArrest(a, fx.io).ok());
    PropertyService property(fx.db(), fx.clock);
    Seizure s;
    s.firUid = fir.uid;
    s.description = QStringLiteral("Unclaimed bicycle found at the bus stand");
    s.nature = Seizure::Nature::Unclaimed;
    s.seizedAt = fx.clock.now();
    s.place = QStringLiteral("Bus stand");
    s.witnesses = QStringLiteral("Two panchas");
    REQUIRE(property.recordSeizure(s, QStringLiteral("HC Gaikwad"), fx.io).ok());

    Registers registers(fx.db());
    const QDate day = fx.clock.now().toTimeZone(stationZone()).date();
    auto firs = registers.view(QStringLiteral("fir"), day, day, fx.sho);
    REQUIRE(firs.ok());
    REQUIRE(firs->rows.size() == 2);
    CHECK(firs->rows.at(0).at(0) == QStringLiteral("%1/%2").arg(fir.number).arg(fir.year));
    CHECK(firs->rows.at(0).at(2) == QStringLiteral("BNS 303"));
    CHECK(firs->rows.at(0).at(3) == QStringLiteral("Ramesh Patil / रमेश पाटील"));
    CHECK(firs->rows.at(1).at(3) == QStringLiteral("Kiran Shinde"));
    CHECK(firs->columnsHi.first() == QStringLiteral("प्र.सू.रि. क्र."));

    auto gd = registers.view(QStringLiteral("gd"), {}, {}, fx.sho, 1000);
    REQUIRE(gd.ok());
    CHECK(gd->rows.size() == fx.count(QStringLiteral("gd_entries")));
    // Each entry's kind in words, English and Hindi.
    CHECK(std::any_of(gd->rows.cbegin(), gd->rows.cend(), [](const QStringList& r) { return r.at(2) == QStringLiteral("FIR registered / प्र.सू.रि. दर्ज"); }));
    CHECK(std::none_of(gd->rows.cbegin(), gd->rows.cend(), [](const QStringList& r) { return r.at(2) == QStringLiteral("fir"); }));

    auto arrests = registers.view(QStringLiteral("arrests"), {}, {}, fx.sho);
    REQUIRE(arrests.ok());
    REQUIRE(arrests->rows.size() == 1);
    CHECK(arrests->rows.first().at(1) == QStringLiteral("A1"));

    auto property_ = registers.view(QStringLiteral("property"), {}, {}, fx.sho);
    REQUIRE(property_.ok());
    REQUIRE(property_->rows.size() == 1);
    CHECK(property_->rows.first().at(6) == QStringLiteral("deposited: HC Gaikwad"));
    CHECK(registers.view(QStringLiteral("unclaimed"), {}, {}, fx.sho)->rows.size() == 1);

    // A day with nothing in it gives nothing.
    CHECK(registers.view(QStringLiteral("fir"), day.addDays(1), day.addDays(2), fx.sho)->rows.isEmpty());
    CHECK_FALSE(registers.view(QStringLiteral("visitors-typo"), {}, {}, fx.sho).ok());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    auto written = registers.writeCsv(QStringLiteral("fir"), {}, {}, fx.sho, csv);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(csv.data().startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.data());
    CHECK(text.contains(QStringLiteral("FIR No. / प्र.सू.रि. क्र.")));
    CHECK(text.contains(QStringLiteral("Ramesh Patil / रमेश पाटील")));
    CHECK(second.number == 2);
}

TEST_CASE("the State Data Centre's hash of a record, from the change log, equals the station's own", "[registers][chain][sync]")
{
    StationFixture fx;
    FirDraft d = fx.draft(fx.person(QStringLiteral("Ramesh Patil"), QStringLiteral("रमेश पाटील")).uid);
    d.ioUid = fx.io.uid;
    d.distanceKm = 2.5;
    d.propertyValueRupees = 15000;
    fx.registerFir(d);
    fx.registerSimpleFir(QStringLiteral("Kiran Shinde"));

    // What travels: the change log. The links themselves stay at the station.
    QSqlQuery q(fx.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity='register_chain'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    QHash<QString, QStringList> sections;
    QHash<QString, QStringList> parties;
    QList<std::pair<QString, QJsonObject>> records; // register, columns
    REQUIRE(q.exec(QStringLiteral("SELECT entity, payload FROM change_log WHERE op='insert' ORDER BY seq")));
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const QJsonObject row = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (entity == QLatin1String("fir_sections"))
            sections[row.value(QLatin1String("fir_uid")).toString()] << RegisterChain::sectionKey(row);
        else if (entity == QLatin1String("fir_parties"))
            parties[row.value(QLatin1String("fir_uid")).toString()] << RegisterChain::partyKey(row);
        else if (entity == QLatin1String("gd_entries"))
            records.append({ QStringLiteral("gd"), row });
        else if (entity == QLatin1String("firs"))
            records.append({ QStringLiteral("fir"), row });
    }
    REQUIRE(records.size() >= 4);
    QHash<QString, QString> head { { QStringLiteral("gd"), RegisterChain::genesis() }, { QStringLiteral("fir"), RegisterChain::genesis() } };
    for (const auto& [registerName, row] : std::as_const(records)) {
        const QString uid = row.value(QLatin1String("uid")).toString();
        INFO(registerName.toStdString() << " " << uid.toStdString());
        const QString content = RegisterChain::contentHashOf(registerName, row, sections.value(uid), parties.value(uid));
        CHECK(content == RegisterChain::contentHash(fx.db(), registerName, uid));
        head[registerName] = RegisterChain::link(head.value(registerName), content);
        const auto link = RegisterChain::headAt(fx.db(), uid);
        REQUIRE(link.has_value());
        CHECK(link->hash == head.value(registerName));
    }
    // A changed column gives another hash.
    const auto gd = std::find_if(records.cbegin(), records.cend(), [](const auto& r) { return r.first == QLatin1String("gd"); });
    REQUIRE(gd != records.cend());
    QJsonObject changed = gd->second;
    changed.insert(QStringLiteral("summary"), QString(changed.value(QLatin1String("summary")).toString() + QStringLiteral(".")));
    CHECK(RegisterChain::contentHashOf(QStringLiteral("gd"), changed) != RegisterChain::contentHashOf(QStringLiteral("gd"), gd->second));
}

TEST_CASE("the first diary entry of each day lists the persons in custody when it began", "[registers][gd][custody]")
{
    StationFixture fx;
    FirDraft d = fx.draft(fx.person(QStringLiteral("Ramesh Patil")).uid);
    d.ioUid = fx.io.uid;
    const Fir fir = fx.registerFir(d);
    fx.clock.advanceSecs(3600);
    CaseService cases(fx.db(), fx.clock);
    auto arrest = [&](const QString& name, Arrest::Outcome outcome) {
        Arrest a;
        a.firUid = fir.uid;
        a.personUid = fx.person(name).uid;
        a.at = fx.clock.now().addSecs(-600);
        a.place = QStringLiteral("Swargate");
        a.informed = QStringLiteral("Brother by phone");
        a.outcome = outcome;
        if (outcome == Arrest::Outcome::PoliceCustody || outcome == Arrest::Outcome::JudicialCustody)
            a.remandedAt = fx.clock.now();
        auto saved = cases.recordArrest(a, fx.io);
        REQUIRE(saved.ok());
        fx.clock.advanceSecs(600);
        return saved.value();
    };
    const Arrest held = arrest(QStringLiteral("Vikas Jadhav"), Arrest::Outcome::PoliceCustody);
    const Arrest sentUp = arrest(QStringLiteral("Sunil More"), Arrest::Outcome::SentUp);
    arrest(QStringLiteral("Anil Pawar"), Arrest::Outcome::PoliceBail);
    arrest(QStringLiteral("Mahesh Kale"), Arrest::Outcome::JudicialCustody);
    const int before = fx.count(QStringLiteral("gd_entries"));

    // The next morning the first entry written is preceded by the custody entry.
    const QDate today = fx.clock.now().toTimeZone(stationZone()).date();
    fx.clock.set(QDateTime(today.addDays(1), QTime(8, 0), stationZone()));
    auto first = GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Day officer took charge."), fx.writer, fx.clock);
    REQUIRE(first.ok());
    CHECK(fx.count(QStringLiteral("gd_entries")) == before + 2);
    const auto opening = GdRepository(fx.db()).byNumber(first->year, first->number - 1);
    REQUIRE(opening.has_value());
    CHECK(opening->kind == QStringLiteral("custody"));
    INFO(opening->summary.toStdString());
    CHECK(opening->summary.startsWith(QStringLiteral("Persons in custody at the start of %1 (2): ").arg(today.addDays(1).toString(QStringLiteral("dd-MM-yyyy")))));
    CHECK(opening->summary.contains(QStringLiteral("%1 Vikas Jadhav (FIR %2/%3), on police custody remand").arg(held.accusedCode).arg(fir.number).arg(fir.year)));
    CHECK(opening->summary.contains(QStringLiteral("%1 Sunil More (FIR %2/%3), arrested").arg(sentUp.accusedCode).arg(fir.number).arg(fir.year)));
    CHECK_FALSE(opening->summary.contains(QStringLiteral("Anil Pawar")));  // on bail
    CHECK_FALSE(opening->summary.contains(QStringLiteral("Mahesh Kale"))); // in jail

    // Later entries that day are not preceded by another.
    fx.clock.advanceSecs(3600);
    REQUIRE(GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Patrol left."), fx.writer, fx.clock).ok());
    CHECK(fx.count(QStringLiteral("gd_entries")) == before + 3);

    // Two days on, the one sent up is past the 24 hours; sixteen days on, the remand is past its 15.
    fx.clock.set(QDateTime(today.addDays(2), QTime(8, 0), stationZone()));
    auto third = GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Day officer took charge."), fx.writer, fx.clock);
    REQUIRE(third.ok());
    const auto secondOpening = GdRepository(fx.db()).byNumber(third->year, third->number - 1);
    REQUIRE(secondOpening.has_value());
    CHECK(secondOpening->summary.contains(QStringLiteral("Vikas Jadhav")));
    CHECK_FALSE(secondOpening->summary.contains(QStringLiteral("Sunil More")));
    fx.clock.set(QDateTime(today.addDays(17), QTime(8, 0), stationZone()));
    auto later = GdRepository(fx.db()).record(QStringLiteral("general"), QStringLiteral("Day officer took charge."), fx.writer, fx.clock);
    REQUIRE(later.ok());
    const auto lastOpening = GdRepository(fx.db()).byNumber(later->year, later->number - 1);
    REQUIRE(lastOpening.has_value());
    CHECK(lastOpening->summary == QStringLiteral("Persons in custody at the start of %1: none.").arg(today.addDays(17).toString(QStringLiteral("dd-MM-yyyy"))));
    CHECK(RegisterChain::verify(fx.db()).isEmpty());
}
