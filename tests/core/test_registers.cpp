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
            sections[row.value(QLatin1String("fir_uid")).toString()]
                << row.value(QLatin1String("act_code")).toString() + QLatin1Char(' ') + row.value(QLatin1String("section")).toString();
        else if (entity == QLatin1String("fir_parties"))
            parties[row.value(QLatin1String("fir_uid")).toString()]
                << row.value(QLatin1String("kind")).toString() + QLatin1Char(':') + row.value(QLatin1String("person_uid")).toString();
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
