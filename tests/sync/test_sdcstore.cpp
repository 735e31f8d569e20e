// The State Data Centre's store with two stations: what one station writes never
// collides with what another writes.

#include "fixtures.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/gdrepository.h"
#include "core/stationrepository.h"
#include "core/syncledger.h"
#include "core/userrepository.h"
#include "sync/batch.h"
#include "sync/sdcstore.h"

#include <QJsonDocument>
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
