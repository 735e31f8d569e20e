// The station's outbox and ledger, and core's rules applied to records as they arrive
// at the State Data Centre.

#include "fixtures.h"

#include "core/recordrules.h"
#include "core/syncledger.h"
#include "core/unitofwork.h"

#include <QJsonDocument>
#include <QSet>

using namespace thana::test;

TEST_CASE("the outbox hands out whole transactions, oldest first, and resumes after what was acknowledged", "[sync]")
{
    StationFixture fx;
    SyncLedger ledger(fx.db());
    const QString complainant = fx.person(QStringLiteral("Ramesh Patil")).uid;
    const qint64 before = ledger.lastSeq();
    const Fir fir = fx.registerFir(fx.draft(complainant));
    const qint64 after = ledger.lastSeq();
    REQUIRE(after > before + 2);

    REQUIRE(ledger.acknowledge(before).ok());
    CHECK(ledger.queuedCount() == after - before);

    // Even a limit of one change gives the FIR's whole transaction: its GD entries,
    // the FIR, its sections and parties travel together.
    const QList<OutgoingChange> first = ledger.pending(1, 1);
    REQUIRE(first.size() == after - before);
    QSet<QString> entities;
    for (const OutgoingChange& c : first) {
        entities << c.entity;
        CHECK(c.tx == first.first().tx);
    }
    CHECK(entities.contains(QStringLiteral("firs")));
    CHECK(entities.contains(QStringLiteral("fir_sections")));
    CHECK(first.first().seq == before + 1);
    CHECK(first.last().seq == after);

    // Acknowledged changes are not handed out again; a retry resumes after them.
    REQUIRE(ledger.acknowledge(after).ok());
    CHECK(ledger.pending(100, 1 << 20).isEmpty());
    CHECK(ledger.queuedCount() == 0);
    CHECK(fir.number == 1);
}

TEST_CASE("feed items are kept once, with the cursor they were read up to", "[sync]")
{
    StationFixture fx;
    SyncLedger ledger(fx.db());
    const QList<FeedItem> items = { { 3, QStringLiteral("notice"), QStringLiteral("n-1"), QStringLiteral("Bandobast for the festival"), "{}", {} },
                                    { 7, QStringLiteral("portal_complaint"), QStringLiteral("p-1"), QStringLiteral("Complaint from the portal"),
                                      "{\"subject\":\"Lost phone\"}", {} } };
    auto stored = ledger.storeFeed(items, 7);
    REQUIRE(stored.ok());
    CHECK(stored.value() == 2);
    CHECK(ledger.feedCursor() == 7);
    // The same page read again (a retry) adds nothing.
    auto again = ledger.storeFeed(items, 7);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    const QList<FeedItem> kept = ledger.feed(10);
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().title == QStringLiteral("Complaint from the portal"));

    REQUIRE(ledger.recordFailure(fx.clock.now(), QStringLiteral("The State Data Centre could not be reached.")).ok());
    CHECK(ledger.status().lastError.contains(QLatin1String("could not be reached")));
    REQUIRE(ledger.recordSuccess(fx.clock.now()).ok());
    CHECK(ledger.status().lastError.isEmpty());
    CHECK(ledger.status().lastSuccess == fx.clock.now());
}

TEST_CASE("master data from the State Data Centre reaches the section picker", "[sync][masterdata]")
{
    StationFixture fx;
    SyncLedger ledger(fx.db());
    const QByteArray payload = R"json({"sections":[{"act":"BNS","section":"303","title_en":"Theft (corrected title)","max_punishment":"Y5",
        "cognizable":1,"sexual_offence":0,"text":"Whoever commits theft..."}]})json";
    REQUIRE(ledger.storeFeed({ { 1, QStringLiteral("masterdata"), QStringLiteral("m-1"), QStringLiteral("BNS titles"), payload, {} } }, 1).ok());
    CHECK(fx.theft().title == QStringLiteral("Theft (corrected title)"));

    // A malformed item is refused whole: nothing kept, the cursor stays.
    const QByteArray bad = R"({"sections":[{"act":"BNS","section":"","title_en":""}]})";
    CHECK_FALSE(ledger.storeFeed({ { 2, QStringLiteral("masterdata"), QStringLiteral("m-2"), QStringLiteral("broken"), bad, {} } }, 2).ok());
    CHECK(ledger.feedCursor() == 1);
    CHECK(ledger.feed(10).size() == 1);
}

TEST_CASE("records arriving from a station are checked by core's rules", "[sync][rules]")
{
    StationFixture fx;
    const Fir fir = fx.registerSimpleFir();
    // The FIR as it travels: the rows of the change log.
    SyncLedger ledger(fx.db());
    FirRows rows;
    for (const OutgoingChange& c : ledger.pending(100000, qint64(1) << 30)) {
        const QJsonObject row = QJsonDocument::fromJson(c.payload).object();
        if (c.entity == QLatin1String("firs") && c.uid == fir.uid)
            rows.fir = row;
        else if (c.entity == QLatin1String("fir_sections") && row.value(QLatin1String("fir_uid")).toString() == fir.uid)
            rows.sections << row;
        else if (c.entity == QLatin1String("fir_parties") && row.value(QLatin1String("fir_uid")).toString() == fir.uid)
            rows.parties << row;
        else if (c.entity == QLatin1String("gd_entries") && c.uid == fir.gdUid)
            rows.gd = row;
        else if (c.entity == QLatin1String("users") && c.uid == fir.ioUid)
            rows.io = row;
    }
    REQUIRE_FALSE(rows.fir.isEmpty());
    CHECK(RecordRules::checkFir(rows).isEmpty());

    SECTION("an FIR dated before its GD entry is refused with the rule")
    {
        rows.fir.insert(QStringLiteral("registered_at"), toStored(fromStored(rows.gd->value(QLatin1String("entry_at")).toString()).addSecs(-3600)));
        const QList<Violation> v = RecordRules::checkFir(rows);
        REQUIRE_FALSE(v.isEmpty());
        CHECK(v.first().rule == QStringLiteral("fir.before_gd"));
    }
    SECTION("an FIR without sections is refused")
    {
        rows.sections.clear();
        bool found = false;
        for (const Violation& v : RecordRules::checkFir(rows))
            found = found || v.rule == QStringLiteral("fir.sections_required");
        CHECK(found);
    }
    SECTION("a registered FIR is never changed, another station's record is refused, unknown kinds are refused")
    {
        CHECK(RecordRules::checkChange(fx.station.code, QStringLiteral("firs"), QStringLiteral("update"), fir.uid, rows.fir).first().rule
              == QStringLiteral("sync.append_only"));
        QJsonObject other = rows.fir;
        other.insert(QStringLiteral("station_code"), QStringLiteral("MH-PUN-0999"));
        bool otherStation = false;
        for (const Violation& v : RecordRules::checkChange(fx.station.code, QStringLiteral("firs"), QStringLiteral("insert"), fir.uid, other))
            otherStation = otherStation || v.rule == QStringLiteral("sync.other_station");
        CHECK(otherStation);
        CHECK(RecordRules::checkChange(fx.station.code, QStringLiteral("passwords"), QStringLiteral("insert"), QStringLiteral("x"), {}).first().rule
              == QStringLiteral("sync.entity_unknown"));
        QJsonObject section { { QStringLiteral("fir_uid"), fir.uid }, { QStringLiteral("act_code"), QStringLiteral("BNS") },
                              { QStringLiteral("section"), QStringLiteral("9999") } };
        CHECK(RecordRules::checkChange(fx.station.code, QStringLiteral("fir_sections"), QStringLiteral("insert"), fir.uid + QStringLiteral("/BNS 9999"),
                                       section)
                  .first()
                  .rule
              == QStringLiteral("fir.section_unknown"));
    }
}

TEST_CASE("what the State Data Centre did not take is kept at the station, newest first, the last hundred", "[sync]")
{
    StationFixture fx;
    SyncLedger ledger(fx.db());
    CHECK(ledger.sdcNotes(10).isEmpty());
    const QDateTime first = fx.clock.now();
    REQUIRE(ledger.recordSdcNotes({ QStringLiteral("Not stored by the State Data Centre: 12 firs f-1: reason") }, first).ok());
    REQUIRE(ledger.recordSdcNotes({}, first).ok()); // nothing to keep changes nothing
    for (int i = 0; i < 120; ++i)
        REQUIRE(ledger.recordSdcNotes({ QStringLiteral("note %1").arg(i) }, first.addSecs(i + 1)).ok());
    const auto notes = ledger.sdcNotes(1000);
    REQUIRE(notes.size() == 100);
    CHECK(notes.first().second == QStringLiteral("note 119"));
    CHECK(notes.first().first == first.addSecs(120));
    CHECK(notes.last().second == QStringLiteral("note 20"));
    CHECK(ledger.sdcNotes(3).size() == 3);
}
