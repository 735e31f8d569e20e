// The State Data Centre's store with two stations: what one station writes never
// collides with what another writes.

#include "fixtures.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/gdrepository.h"
#include "core/registerchain.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"
#include "core/userrepository.h"
#include "sync/batch.h"
#include "sync/sdcstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace thana;

namespace {

/// A station store of its own with an officer and a few diary entries.
std::unique_ptr<core::Database> station(const QString& dir, const QString& code)
{
    auto opened = core::Database::open(QDir(dir).filePath(code + QStringLiteral(".thana")));
    REQUIRE(opened.ok());
    std::unique_ptr<core::Database> db = std::move(opened).value();
    core::Station s;
    s.stateCode = QStringLiteral("MH");
    s.stateName = QStringLiteral("Maharashtra");
    s.districtCode = QStringLiteral("PUN");
    s.districtName = QStringLiteral("Pune City");
    s.code = code;
    s.nameEn = QStringLiteral("Station ") + code;
    s.nameLocal = QStringLiteral("ठाणे");
    s.language = QStringLiteral("mr");
    REQUIRE(core::StationRepository(*db).create(s).ok());
    core::User admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Administrator");
    admin.role = core::Role::Admin;
    auto a = core::UserRepository(*db).create(admin, QStringLiteral("admin-pass-2026"), std::nullopt);
    REQUIRE(a.ok());
    core::User writer;
    writer.username = QStringLiteral("writer");
    writer.fullName = QStringLiteral("Duty Officer");
    writer.role = core::Role::Writer;
    auto w = core::UserRepository(*db).create(writer, QStringLiteral("writer-pass-2026"), *a);
    REQUIRE(w.ok());
    core::ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), core::stationZone()));
    for (int i = 0; i < 3; ++i) {
        clock.advanceSecs(600);
        REQUIRE(core::GdRepository(*db).record(QStringLiteral("general"), QStringLiteral("Patrol party left the station."), *w, clock).ok());
    }
    return db;
}

sync::Batch batchOf(core::Database& db, const QString& code)
{
    sync::Batch b;
    b.stationCode = code;
    b.batchId = code + QStringLiteral("-1");
    for (const core::OutgoingChange& c : core::SyncLedger(db).pending(100000, qint64(1) << 30))
        b.records << sync::ChangeRecord { c.seq, c.entity, c.uid, c.op, c.payload, c.actor, c.at };
    return b;
}

} // namespace

TEST_CASE("two stations' diaries and their chains are stored side by side without conflicts", "[sdc]")
{
    QTemporaryDir dir;
    auto first = station(dir.path(), QStringLiteral("MH-PUN-0421"));
    auto second = station(dir.path(), QStringLiteral("MH-PUN-0999"));
    auto store = sync::SdcStore::open(dir.filePath(QStringLiteral("sdc.sqlite")));
    REQUIRE(store.ok());

    for (const auto& [db, code] : { std::pair { first.get(), QStringLiteral("MH-PUN-0421") }, std::pair { second.get(), QStringLiteral("MH-PUN-0999") } }) {
        INFO(code.toStdString());
        const sync::Batch batch = batchOf(*db, code);
        REQUIRE(batch.records.size() > 3);
        auto reply = (*store)->ingest(code, batch);
        INFO((reply.ok() ? QString() : reply.error().describe()).toStdString());
        REQUIRE(reply.ok());
        CHECK(reply->conflicts == 0);
        CHECK(reply->rejected.isEmpty());
        CHECK(reply->stored == batch.records.size());
    }
    auto conflicts = (*store)->conflicts(true);
    REQUIRE(conflicts.ok());
    CHECK(conflicts->isEmpty());
}

TEST_CASE("the State Data Centre recomputes each station's diary chain and reports where it breaks", "[sdc][chain]")
{
    QTemporaryDir dir;
    const QString code = QStringLiteral("MH-PUN-0421");
    auto db = station(dir.path(), code);
    auto store = sync::SdcStore::open(dir.filePath(QStringLiteral("sdc.sqlite")));
    REQUIRE(store.ok());
    auto withHead = [&db](sync::Batch b) {
        for (auto it = b.records.crbegin(); it != b.records.crend(); ++it) {
            if (it->entity == QLatin1String("gd_entries") && it->op == QLatin1String("insert")) {
                auto head = core::RegisterChain::headAt(*db, it->uid);
                REQUIRE(head.has_value());
                b.chains << *head;
                break;
            }
        }
        return b;
    };

    SECTION("records as written make the chain the station claims")
    {
        const sync::Batch batch = withHead(batchOf(*db, code));
        REQUIRE(batch.chains.size() == 1);
        auto reply = (*store)->ingest(code, batch);
        REQUIRE(reply.ok());
        CHECK(reply->chainBreaks.isEmpty());
        auto breaks = (*store)->chainBreaks();
        REQUIRE(breaks.ok());
        CHECK(breaks->isEmpty());
    }
    SECTION("a diary entry changed after it was chained is reported, and still stored for people to see")
    {
        sync::Batch batch = withHead(batchOf(*db, code));
        QString changedUid;
        for (sync::ChangeRecord& r : batch.records) {
            if (r.entity == QLatin1String("gd_entries") && changedUid.isEmpty()) {
                QJsonObject row = QJsonDocument::fromJson(r.payload).object();
                row.insert(QStringLiteral("summary"), QStringLiteral("Patrol party did not leave the station."));
                r.payload = QJsonDocument(row).toJson(QJsonDocument::Compact);
                changedUid = r.uid;
            }
        }
        REQUIRE_FALSE(changedUid.isEmpty());
        auto reply = (*store)->ingest(code, batch);
        REQUIRE(reply.ok());
        REQUIRE(reply->chainBreaks.size() == 1);
        CHECK(reply->chainBreaks.first().contains(QStringLiteral("does not follow from the records received")));
        auto breaks = (*store)->chainBreaks();
        REQUIRE(breaks.ok());
        REQUIRE(breaks->size() == 1);
        CHECK(breaks->first().station == code);
        CHECK(breaks->first().registerName == QStringLiteral("gd"));
        CHECK(breaks->first().position == batch.chains.first().position);
        CHECK((*store)->record(QStringLiteral("gd_entries"), changedUid).has_value());

        // The next batch is checked on from the station's head: one break, reported once.
        core::ManualClock clock(QDateTime(QDate(2026, 3, 11), QTime(9, 0), core::stationZone()));
        const core::User writer = *core::UserRepository(*db).byUsername(QStringLiteral("writer"));
        REQUIRE(core::GdRepository(*db).record(QStringLiteral("general"), QStringLiteral("Patrol returned."), writer, clock).ok());
        REQUIRE(core::SyncLedger(*db).acknowledge(batch.records.last().seq).ok());
        sync::Batch next = withHead(batchOf(*db, code));
        next.batchId = code + QStringLiteral("-2");
        auto second = (*store)->ingest(code, next);
        REQUIRE(second.ok());
        CHECK(second->chainBreaks.isEmpty());
    }
    SECTION("a diary entry missing from what the station sends is reported")
    {
        sync::Batch batch = withHead(batchOf(*db, code));
        // The station claims one more link than the records that reach the State Data Centre make.
        batch.chains.first().position += 1;
        auto reply = (*store)->ingest(code, batch);
        REQUIRE(reply.ok());
        REQUIRE(reply->chainBreaks.size() == 1);
        CHECK(reply->chainBreaks.first().contains(QStringLiteral("records are missing")));
    }
}
