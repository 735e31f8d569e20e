#include "sync/sdcstore.h"

#include "core/clock.h"
#include "core/recordrules.h"
#include "core/registerchain.h"
#include "sync/batch.h"

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSdcStore, "thana.sync.store")

namespace thana::sync {

namespace {

QString nowStored()
{
    return core::toStored(QDateTime::currentDateTimeUtc());
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QString key(const QString& entity, const QString& uid)
{
    return entity + QLatin1Char('\x1f') + uid;
}

/// What the state-wide search matches a record by, in lower case.
QString searchText(const QString& entity, const QJsonObject& row)
{
    auto t = [&row](const char* column) { return row.value(QLatin1String(column)).toString(); };
    if (entity == QLatin1String("persons"))
        return QStringList { t("name_en"), t("name_local"), t("relative_name"), t("phone") }.join(QLatin1Char(' ')).toLower();
    if (entity == QLatin1String("firs"))
        return QStringList { t("property_description"), t("place_address") }.join(QLatin1Char(' ')).toLower();
    return {};
}

/// A record as this batch leaves it.
struct Touched {
    QString entity;
    QString uid;
    QString owner;
    QJsonObject row;
    bool existed = false;
    QList<qint64> seqs; ///< the changes of this batch that made it
};

} // namespace

struct SdcStore::Statements {
    QHash<QString, QSqlQuery> cache;
};

SdcStore::SdcStore(QString connectionName, bool postgres)
    : m_connection(std::move(connectionName)), m_postgres(postgres), m_statements(std::make_unique<Statements>())
{
}

SdcStore::~SdcStore()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SdcStore>> SdcStore::open(const QString& target)
{
    const QString name = QStringLiteral("sdc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool postgres = target.startsWith(QLatin1String("postgres:"));
    std::unique_ptr<SdcStore> store(new SdcStore(name, postgres));
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (postgres) {
        // "postgres:host=/run/pg port=5432 dbname=thana user=thana password=…"
        const QStringList options = target.mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList rest;
        for (const QString& option : options) {
            const QString k = option.section(QLatin1Char('='), 0, 0);
            const QString v = option.section(QLatin1Char('='), 1);
            if (k == QLatin1String("host"))
                db.setHostName(v);
            else if (k == QLatin1String("port"))
                db.setPort(v.toInt());
            else if (k == QLatin1String("dbname"))
                db.setDatabaseName(v);
            else if (k == QLatin1String("user"))
                db.setUserName(v);
            else if (k == QLatin1String("password"))
                db.setPassword(v);
            else
                rest << option;
        }
        if (!rest.isEmpty())
            db.setConnectOptions(rest.join(QLatin1Char(';')));
    } else {
        db.setDatabaseName(target);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open())
        return Error { QStringLiteral("sdc.store_open"),
                       tr("The State Data Centre's database could not be opened: %1").arg(db.lastError().text()), {} };
    if (postgres) {
        // "relation already exists" notices while making sure of the tables are noise.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET client_min_messages TO warning")))
            return Error { QStringLiteral("sdc.store_open"), q.lastError().text(), {} };
    } else {
        QSqlQuery q(db);
        for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
            if (!q.exec(QLatin1String(pragma)))
                return Error { QStringLiteral("sdc.store_open"), q.lastError().text(), {} };
        }
    }
    if (auto made = store->createSchema(); !made)
        return made.error();
    return store;
}

Result<void> SdcStore::createSchema()
{
    const QString serial = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS stations(code TEXT PRIMARY KEY, high_seq BIGINT NOT NULL DEFAULT 0, "
                       "first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes(station TEXT NOT NULL, seq BIGINT NOT NULL, entity TEXT NOT NULL, "
                       "uid TEXT NOT NULL, op TEXT NOT NULL, payload TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, "
                       "received_at TEXT NOT NULL, outcome TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', PRIMARY KEY(station, seq))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records(entity TEXT NOT NULL, uid TEXT NOT NULL, owner TEXT NOT NULL, "
                       "payload TEXT NOT NULL, search TEXT NOT NULL DEFAULT '', last_station TEXT NOT NULL, last_seq BIGINT NOT NULL, "
                       "PRIMARY KEY(entity, uid))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_owner ON records(owner, entity)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS conflicts(id %1, station TEXT NOT NULL, seq BIGINT NOT NULL, entity TEXT NOT NULL, "
                       "uid TEXT NOT NULL, owner TEXT NOT NULL, reason TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "resolved_at TEXT, resolution TEXT)")
            .arg(serial),
        QStringLiteral("CREATE TABLE IF NOT EXISTS feed(id %1, station TEXT NOT NULL, kind TEXT NOT NULL, uid TEXT NOT NULL, "
                       "title TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX IF NOT EXISTS feed_station ON feed(station, id)"),
        // Each station's register chains as computed from the records received.
        QStringLiteral("CREATE TABLE IF NOT EXISTS chains(station TEXT NOT NULL, register TEXT NOT NULL, position BIGINT NOT NULL, "
                       "head TEXT NOT NULL, PRIMARY KEY(station, register))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS chain_breaks(id %1, station TEXT NOT NULL, register TEXT NOT NULL, "
                       "position BIGINT NOT NULL, record_uid TEXT NOT NULL, message TEXT NOT NULL, found_at TEXT NOT NULL)")
            .arg(serial),
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    for (const QString& s : statements) {
        if (!q.exec(s))
            return Error { QStringLiteral("sdc.schema"), tr("The State Data Centre's tables could not be made: %1").arg(q.lastError().text()),
                           {} };
    }
    return {};
}

namespace {

Error storageError(const QSqlQuery& q)
{
    return Error { QStringLiteral("sdc.storage"),
                   QCoreApplication::translate("thana::sync::SdcStore", "The State Data Centre could not store the batch: %1")
                       .arg(q.lastError().text()),
                   {} };
}

/// Identities read in one statement, and rows written in one: a batch takes a few
/// round trips to the database instead of several per change.
constexpr qsizetype kKeysPerRead = 500;
constexpr qsizetype kRowsPerWrite = 100;

/// "?,?,?": `n` placeholders.
QString marks(qsizetype n)
{
    QString text = QStringLiteral("?,").repeated(n);
    text.chop(1);
    return text;
}

/// "(?,?),(?,?)": `rows` rows of `columns` placeholders.
QString rowMarks(int columns, qsizetype rows)
{
    QString text = QString(QLatin1Char('(') + marks(columns) + QStringLiteral("),")).repeated(rows);
    text.chop(1);
    return text;
}

bool run(QSqlQuery& q, const QString& text, const QVariantList& values)
{
    if (q.lastQuery() != text && !q.prepare(text))
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString would be bound as NULL; empty text stays empty text.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    return q.exec();
}

} // namespace

qint64 SdcStore::highSeq(const QString& stationCode)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT high_seq FROM stations WHERE code=?"), { stationCode }) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<IngestReply> SdcStore::ingest(const QString& stationCode, const Batch& batch)
{
    if (batch.stationCode != stationCode)
        return Error { QStringLiteral("sync.other_station"),
                       tr("This batch is from station %1, but the connection is from station %2; nothing was stored.")
                           .arg(batch.stationCode, stationCode),
                       {} };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto statement = [this, &db](const QString& text) -> QSqlQuery& {
        auto it = m_statements->cache.find(text);
        if (it == m_statements->cache.end())
            it = m_statements->cache.insert(text, QSqlQuery(db));
        return it.value();
    };
    QSqlQuery control(db);
    if (!control.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(control);
    bool committed = false;
    auto rollback = qScopeGuard([&] {
        if (!committed) {
            QSqlQuery r(db);
            r.exec(QStringLiteral("ROLLBACK"));
        }
    });
    const QString now = nowStored();

    // The station's row is the lock that keeps two instances from storing the same
    // station's changes at once.
    {
        const QString text = QStringLiteral("INSERT INTO stations(code, high_seq, first_seen, last_seen) VALUES(?, 0, ?, ?) "
                                            "ON CONFLICT(code) DO NOTHING");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { stationCode, now, now }))
            return storageError(q);
    }
    qint64 high = 0;
    {
        const QString text = m_postgres ? QStringLiteral("SELECT high_seq FROM stations WHERE code=? FOR UPDATE")
                                        : QStringLiteral("SELECT high_seq FROM stations WHERE code=?");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { stationCode }) || !q.next())
            return storageError(q);
        high = q.value(0).toLongLong();
        q.finish();
    }

    IngestReply reply;
    reply.acked = high;
    QList<const ChangeRecord*> fresh;
    for (const ChangeRecord& r : batch.records) {
        if (r.seq <= high)
            ++reply.duplicates;
        else
            fresh << &r;
    }
    qint64 expected = high + 1;
    for (const ChangeRecord* r : fresh) {
        if (r->seq != expected)
            return Error { QStringLiteral("sync.gap"),
                           tr("The State Data Centre holds this station's changes up to %1; the batch goes on with change %2 "
                              "instead of %3. Nothing was stored; send again from %3.")
                               .arg(high)
                               .arg(r->seq)
                               .arg(expected),
                           {} };
        ++expected;
    }
    if (fresh.isEmpty()) {
        committed = control.exec(QStringLiteral("COMMIT"));
        return reply;
    }

    QHash<QString, Touched> touched;
    QHash<qint64, QPair<QString, QString>> outcome; // seq -> (outcome, note)
    QList<QString> newFirs;
    // Records as stored before this batch, read once: nothing writes them until the end.
    QHash<QString, std::optional<Touched>> held;
    auto lookup = [&](const QString& entity, const QString& uid) -> std::optional<Touched> {
        const QString k = key(entity, uid);
        if (auto it = touched.constFind(k); it != touched.constEnd())
            return *it;
        if (auto it = held.constFind(k); it != held.constEnd())
            return *it;
        const QString text = QStringLiteral("SELECT owner, payload FROM records WHERE entity=? AND uid=?");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { entity, uid }) || !q.next())
            return std::nullopt;
        Touched t { entity, uid, q.value(0).toString(), parseObject(q.value(1).toString().toUtf8()), true, {} };
        q.finish();
        held.insert(k, t);
        return t;
    };
    // Each change's columns, parsed once.
    QList<QJsonDocument> docs;
    docs.reserve(fresh.size());
    for (const ChangeRecord* r : fresh)
        docs << QJsonDocument::fromJson(r->payload);
    // The records the batch changes or refers to, read in a few statements rather than
    // one per change: per entity, up to kKeysPerRead identities at a time.
    {
        QHash<QString, QStringList> wanted; // entity -> uids
        QSet<QString> seen;
        auto want = [&](const QString& entity, const QString& uid) {
            if (!uid.isEmpty() && !seen.contains(key(entity, uid))) {
                seen.insert(key(entity, uid));
                wanted[entity] << uid;
            }
        };
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const ChangeRecord* r = fresh.at(i);
            want(r->entity, r->uid);
            const QJsonObject row = docs.at(i).object();
            if (r->entity == QLatin1String("firs")) {
                want(QStringLiteral("gd_entries"), row.value(QLatin1String("gd_uid")).toString());
                want(QStringLiteral("users"), row.value(QLatin1String("io_uid")).toString());
            } else if (row.contains(QLatin1String("fir_uid"))) {
                want(QStringLiteral("firs"), row.value(QLatin1String("fir_uid")).toString());
            }
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QString& entity = it.key();
            const QStringList& uids = it.value();
            for (qsizetype from = 0; from < uids.size(); from += kKeysPerRead) {
                const QStringList part = uids.mid(from, kKeysPerRead);
                // On PostgreSQL, one index lookup per identity whatever the planner thinks
                // of the table: "entity=? AND uid IN (…)", or a join it may flatten into a
                // hash join, is planned as a scan of the whole entity while the table has no
                // statistics yet (a new database). LIMIT 1 keeps the lookup a lookup.
                const QString text = m_postgres
                    ? QStringLiteral("SELECT r.uid, r.owner, r.payload FROM unnest(ARRAY[%1]::text[]) AS k(uid) "
                                     "JOIN LATERAL (SELECT uid, owner, payload FROM records WHERE entity=? AND uid=k.uid LIMIT 1) r ON true")
                          .arg(marks(part.size()))
                    : QStringLiteral("SELECT uid, owner, payload FROM records WHERE entity=? AND uid IN (%1)").arg(marks(part.size()));
                QVariantList values;
                if (!m_postgres)
                    values << entity;
                for (const QString& uid : part)
                    values << uid;
                if (m_postgres)
                    values << entity;
                QSqlQuery& q = statement(text);
                if (!run(q, text, values))
                    return storageError(q);
                for (const QString& uid : part)
                    held.insert(key(entity, uid), std::nullopt);
                while (q.next()) {
                    const QString uid = q.value(0).toString();
                    held.insert(key(entity, uid), Touched { entity, uid, q.value(1).toString(), parseObject(q.value(2).toString().toUtf8()), true, {} });
                }
                q.finish();
            }
        }
    }
    QList<Conflict> conflicts;
    QHash<qint64, QByteArray> conflictPayload;
    auto conflict = [&](const ChangeRecord& r, const QString& owner, const QString& reason) {
        conflicts << Conflict { 0, stationCode, r.seq, r.entity, r.uid, owner, reason };
        conflictPayload.insert(r.seq, r.payload);
        outcome.insert(r.seq, { QStringLiteral("conflict"), reason });
        ++reply.conflicts;
    };

    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const ChangeRecord* r = fresh.at(i);
        const QJsonDocument& doc = docs.at(i);
        const QJsonObject row = doc.object();
        QList<core::Violation> violations = core::RecordRules::checkChange(stationCode, r->entity, r->op, r->uid, row);
        if (!doc.isObject())
            violations << core::Violation { QStringLiteral("payload"), QStringLiteral("sync.payload"), tr("The record's columns are not a JSON object.") };
        if (!violations.isEmpty()) {
            reply.rejected << Rejection { r->seq, r->entity, r->uid, violations.first().rule, violations.first().message };
            outcome.insert(r->seq, { QStringLiteral("rejected"), violations.first().message });
            continue;
        }
        const auto existing = lookup(r->entity, r->uid);
        if (r->op == QLatin1String("insert")) {
            if (existing) {
                if (existing->owner != stationCode)
                    conflict(*r, existing->owner, tr("Station %1 holds a record with this identity.").arg(existing->owner));
                else
                    conflict(*r, existing->owner, tr("The record was created twice with different changes."));
                continue;
            }
            // A section, party or amendment joins its FIR's case, and a transferred case
            // is no longer the sending station's to add to.
            if (r->entity == QLatin1String("fir_sections") || r->entity == QLatin1String("fir_parties")
                || r->entity == QLatin1String("fir_amendments")) {
                const auto caseFir = lookup(QStringLiteral("firs"), row.value(QLatin1String("fir_uid")).toString());
                if (caseFir && caseFir->owner != stationCode) {
                    conflict(*r, caseFir->owner,
                             tr("The FIR belongs to station %1 (it was transferred); this station's change was kept aside.").arg(caseFir->owner));
                    continue;
                }
            }
            touched.insert(key(r->entity, r->uid), Touched { r->entity, r->uid, stationCode, row, false, { r->seq } });
            if (r->entity == QLatin1String("firs"))
                newFirs << r->uid;
        } else {
            if (!existing) {
                conflict(*r, QString(), tr("A change to a record the State Data Centre does not hold."));
                continue;
            }
            if (existing->owner != stationCode) {
                conflict(*r, existing->owner,
                         tr("The record belongs to station %1 (it was transferred); this station's change was kept aside.").arg(existing->owner));
                continue;
            }
            Touched t = *existing;
            for (auto it = row.begin(); it != row.end(); ++it)
                t.row.insert(it.key(), it.value());
            t.seqs << r->seq;
            touched.insert(key(r->entity, r->uid), t);
        }
        outcome.insert(r->seq, { QStringLiteral("applied"), QString() });
    }

    // A registered FIR is checked whole, with its sections, parties, GD entry and IO.
    QSet<QString> withheld; // persons whose identity the search must not reveal
    // Sections and parties by their FIR, gathered once rather than once per FIR.
    QHash<QString, QStringList> partsOf; // FIR uid -> keys in touched
    if (!newFirs.isEmpty()) {
        for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
            if (it->entity == QLatin1String("fir_sections") || it->entity == QLatin1String("fir_parties"))
                partsOf[it->row.value(QLatin1String("fir_uid")).toString()] << it.key();
        }
    }
    for (const QString& firUid : newFirs) {
        core::FirRows rows;
        rows.fir = touched.value(key(QStringLiteral("firs"), firUid)).row;
        QStringList parts;
        for (const QString& k : partsOf.value(firUid)) {
            const auto t = touched.constFind(k);
            if (t == touched.constEnd())
                continue;
            if (t->entity == QLatin1String("fir_sections"))
                rows.sections << t->row;
            else
                rows.parties << t->row;
            parts << k;
        }
        if (const auto gd = lookup(QStringLiteral("gd_entries"), rows.fir.value(QLatin1String("gd_uid")).toString()))
            rows.gd = gd->row;
        if (const QString io = rows.fir.value(QLatin1String("io_uid")).toString(); !io.isEmpty()) {
            if (const auto user = lookup(QStringLiteral("users"), io))
                rows.io = user->row;
        }
        const QList<core::Violation> violations = core::RecordRules::checkFir(rows);
        if (violations.isEmpty()) {
            // The victim of a sexual offence is never found by the state-wide search (BNS s.72).
            bool sensitive = false;
            for (const QJsonObject& s : std::as_const(rows.sections)) {
                const QString sectionKey = s.value(QLatin1String("act_code")).toString() + QLatin1Char(' ') + s.value(QLatin1String("section")).toString();
                sensitive = sensitive || core::ShippedMasterData::get().sections.value(sectionKey).sexualOffence;
            }
            if (sensitive) {
                for (const QJsonObject& party : std::as_const(rows.parties)) {
                    if (party.value(QLatin1String("kind")).toString() != QLatin1String("accused"))
                        withheld << party.value(QLatin1String("person_uid")).toString();
                }
            }
            continue;
        }
        parts << key(QStringLiteral("firs"), firUid);
        for (const QString& k : std::as_const(parts)) {
            const Touched t = touched.take(k);
            for (qint64 seq : t.seqs) {
                reply.rejected << Rejection { seq, t.entity, t.uid, violations.first().rule, violations.first().message };
                outcome.insert(seq, { QStringLiteral("rejected"), violations.first().message });
            }
        }
    }

    // The General Diary and the FIR register as chains, computed from the records as
    // received (whatever became of them) in the station's order, and checked against the
    // heads the station says its chains reached.
    {
        QHash<QString, QPair<qint64, QString>> heads; // register -> (position, hash)
        {
            const QString text = QStringLiteral("SELECT register, position, head FROM chains WHERE station=?");
            QSqlQuery& q = statement(text);
            if (!run(q, text, { stationCode }))
                return storageError(q);
            while (q.next())
                heads.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toString() });
            q.finish();
        }
        QHash<QString, QStringList> sectionsOf;
        QHash<QString, QStringList> partiesOf;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const ChangeRecord* r = fresh.at(i);
            if (r->op != QLatin1String("insert"))
                continue;
            const QJsonObject row = docs.at(i).object();
            if (r->entity == QLatin1String("fir_sections")) {
                if (const QString k = core::RegisterChain::sectionKey(row); !k.isEmpty())
                    sectionsOf[row.value(QLatin1String("fir_uid")).toString()] << k;
            } else if (r->entity == QLatin1String("fir_parties")) {
                partiesOf[row.value(QLatin1String("fir_uid")).toString()] << core::RegisterChain::partyKey(row);
            }
        }
        QHash<QString, QPair<qint64, QString>> linkOf; // record uid -> its link
        bool chained = false;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const ChangeRecord* r = fresh.at(i);
            if (r->op != QLatin1String("insert") || (r->entity != QLatin1String("gd_entries") && r->entity != QLatin1String("firs")))
                continue;
            const QString registerName = r->entity == QLatin1String("firs") ? QStringLiteral("fir") : QStringLiteral("gd");
            const QString content = core::RegisterChain::contentHashOf(registerName, docs.at(i).object(), sectionsOf.value(r->uid),
                                                                       partiesOf.value(r->uid));
            auto head = heads.value(registerName, { 0, core::RegisterChain::genesis() });
            head = { head.first + 1, core::RegisterChain::link(head.second, content) };
            heads.insert(registerName, head);
            linkOf.insert(r->uid, head);
            chained = true;
        }
        QList<QVariantList> breaks;
        for (const core::ChainHead& claimed : batch.chains) {
            const auto computed = linkOf.constFind(claimed.recordUid);
            QString message;
            if (computed == linkOf.constEnd())
                message = tr("The station's %1 chain ends at record %2, which is not in the batch.").arg(claimed.registerName, claimed.recordUid);
            else if (computed->first != claimed.position)
                message = tr("The station's %1 chain has %2 links up to record %3; the records received make %4: records are missing or "
                             "were added at the station.")
                              .arg(claimed.registerName)
                              .arg(claimed.position)
                              .arg(claimed.recordUid)
                              .arg(computed->first);
            else if (computed->second != claimed.hash)
                message = tr("Link %1 of the station's %2 chain (record %3) does not follow from the records received: a record was "
                             "changed at the station after it was written, or travelled changed.")
                              .arg(claimed.position)
                              .arg(claimed.registerName, claimed.recordUid);
            if (message.isEmpty())
                continue;
            breaks << QVariantList { stationCode, claimed.registerName, claimed.position, claimed.recordUid, message, now };
            reply.chainBreaks << message;
            // Checked on from the station's own head, so each break is reported once.
            heads.insert(claimed.registerName, { claimed.position, claimed.hash });
            chained = true;
        }
        for (const QVariantList& b : std::as_const(breaks)) {
            const QString text = QStringLiteral("INSERT INTO chain_breaks(station, register, position, record_uid, message, found_at) "
                                                "VALUES(?,?,?,?,?,?)");
            QSqlQuery& q = statement(text);
            if (!run(q, text, b))
                return storageError(q);
        }
        if (chained) {
            for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
                const QString text = QStringLiteral("INSERT INTO chains(station, register, position, head) VALUES(?,?,?,?) "
                                                    "ON CONFLICT(station, register) DO UPDATE SET position=excluded.position, head=excluded.head");
                QSqlQuery& q = statement(text);
                if (!run(q, text, { stationCode, it.key(), it->first, it->second }))
                    return storageError(q);
            }
        }
    }

    // Write what the batch leaves; new rows many to a statement.
    auto insertRows = [&](const QString& head, int columns, const QList<QVariantList>& rows) -> std::optional<Error> {
        for (qsizetype from = 0; from < rows.size(); from += kRowsPerWrite) {
            const qsizetype n = std::min(kRowsPerWrite, rows.size() - from);
            const QString text = head + rowMarks(columns, n);
            QVariantList values;
            values.reserve(n * columns);
            for (qsizetype i = from; i < from + n; ++i)
                values += rows.at(i);
            QSqlQuery& q = statement(text);
            if (!run(q, text, values))
                return storageError(q);
        }
        return std::nullopt;
    };
    QList<QVariantList> newRecords;
    for (const Touched& t : std::as_const(touched)) {
        const QString search = t.entity == QLatin1String("persons") && withheld.contains(t.uid) ? QString() : searchText(t.entity, t.row);
        QVariantList values { QString::fromUtf8(compact(t.row)), search, stationCode, t.seqs.last(), t.entity, t.uid };
        if (!t.existed) {
            newRecords << (values << t.owner);
            continue;
        }
        // A withheld identity (empty search text) stays withheld when the record changes.
        const QString text = QStringLiteral("UPDATE records SET payload=?, search=CASE WHEN search='' THEN '' ELSE ? END, "
                                            "last_station=?, last_seq=? WHERE entity=? AND uid=?");
        QSqlQuery& q = statement(text);
        if (!run(q, text, values))
            return storageError(q);
    }
    if (auto failed = insertRows(QStringLiteral("INSERT INTO records(payload, search, last_station, last_seq, entity, uid, owner) VALUES"), 7,
                                 newRecords))
        return *failed;
    for (const QString& uid : std::as_const(withheld)) {
        if (touched.contains(key(QStringLiteral("persons"), uid)))
            continue;
        const QString text = QStringLiteral("UPDATE records SET search='' WHERE entity='persons' AND uid=?");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { uid }))
            return storageError(q);
    }
    QList<QVariantList> changeRows;
    changeRows.reserve(fresh.size());
    for (const ChangeRecord* r : fresh) {
        const auto [result, note] = outcome.value(r->seq, { QStringLiteral("rejected"), QString() });
        if (result == QLatin1String("applied"))
            ++reply.stored;
        changeRows << QVariantList { stationCode, r->seq, r->entity, r->uid, r->op, QString::fromUtf8(r->payload), r->actor, r->at, now, result, note };
    }
    if (auto failed = insertRows(QStringLiteral("INSERT INTO changes(station, seq, entity, uid, op, payload, actor, at, received_at, outcome, note) VALUES"),
                                 11, changeRows))
        return *failed;
    for (const Conflict& c : std::as_const(conflicts)) {
        const QString text = QStringLiteral("INSERT INTO conflicts(station, seq, entity, uid, owner, reason, payload, created_at) "
                                            "VALUES(?,?,?,?,?,?,?,?)");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { c.station, c.seq, c.entity, c.uid, c.owner, c.reason, QString::fromUtf8(conflictPayload.value(c.seq)), now }))
            return storageError(q);
    }
    {
        const QString text = QStringLiteral("UPDATE stations SET high_seq=?, last_seen=? WHERE code=?");
        QSqlQuery& q = statement(text);
        if (!run(q, text, { fresh.last()->seq, now, stationCode }))
            return storageError(q);
    }
    if (!control.exec(QStringLiteral("COMMIT")))
        return storageError(control);
    committed = true;
    reply.acked = fresh.last()->seq;
    return reply;
}

Result<QList<ChainBreakRecord>> SdcStore::chainBreaks()
{
    QList<ChainBreakRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT id, station, register, position, record_uid, message, found_at FROM chain_breaks ORDER BY id"), {}))
        return storageError(q);
    while (q.next())
        list << ChainBreakRecord { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
    return list;
}

Result<QList<FeedEntry>> SdcStore::feed(const QString& stationCode, qint64 after, int limit)
{
    QList<FeedEntry> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT id, kind, uid, title, payload FROM feed WHERE station=? AND id>? ORDER BY id LIMIT ?"),
             { stationCode, after, limit }))
        return storageError(q);
    while (q.next())
        result << FeedEntry { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              parseObject(q.value(4).toString().toUtf8()) };
    return result;
}

Result<qint64> SdcStore::post(const QString& stationCode, const QString& kind, const QString& uid, const QString& title,
                              const QJsonObject& payload)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("INSERT INTO feed(station, kind, uid, title, payload, created_at) VALUES(?,?,?,?,?,?) RETURNING id"),
             { stationCode, kind, uid, title, QString::fromUtf8(compact(payload)), nowStored() })
        || !q.next())
        return storageError(q);
    return q.value(0).toLongLong();
}

Result<void> SdcStore::transferFir(const QString& firUid, const QString& toStation, const QString& reason)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(q);
    bool committed = false;
    auto rollback = qScopeGuard([&] {
        if (!committed) {
            QSqlQuery r(db);
            r.exec(QStringLiteral("ROLLBACK"));
        }
    });
    if (!run(q, QStringLiteral("SELECT owner, payload FROM records WHERE entity='firs' AND uid=?"), { firUid }) || !q.next())
        return Error { QStringLiteral("not_found"), tr("There is no FIR %1 at the State Data Centre.").arg(firUid), {} };
    const QString from = q.value(0).toString();
    const QJsonObject fir = parseObject(q.value(1).toString().toUtf8());
    q.finish();
    if (from == toStation)
        return Error { QStringLiteral("invalid"), tr("The FIR already belongs to station %1.").arg(toStation), {} };
    // Sections and parties are named after their FIR; amendments have identities of
    // their own and name the FIR in their columns.
    if (!run(q, QStringLiteral("UPDATE records SET owner=? WHERE (entity='firs' AND uid=?) OR "
                               "(entity IN ('fir_sections','fir_parties') AND uid LIKE ?) OR "
                               "(entity='fir_amendments' AND payload LIKE ?)"),
             { toStation, firUid, QString(firUid + QStringLiteral("/%")),
               QString(QStringLiteral("%\"fir_uid\":\"") + firUid + QStringLiteral("\"%")) }))
        return storageError(q);
    const QString title = tr("FIR %1/%2 of %3").arg(fir.value(QLatin1String("number")).toInt()).arg(fir.value(QLatin1String("year")).toInt()).arg(from);
    QJsonObject payload { { QStringLiteral("fir"), fir }, { QStringLiteral("from"), from }, { QStringLiteral("to"), toStation },
                          { QStringLiteral("reason"), reason } };
    const QString insert = QStringLiteral("INSERT INTO feed(station, kind, uid, title, payload, created_at) VALUES(?,?,?,?,?,?)");
    if (!run(q, insert, { toStation, QStringLiteral("transfer_in"), firUid, title, QString::fromUtf8(compact(payload)), nowStored() })
        || !run(q, insert, { from, QStringLiteral("transfer_out"), firUid, title, QString::fromUtf8(compact(payload)), nowStored() }))
        return storageError(q);
    if (!q.exec(QStringLiteral("COMMIT")))
        return storageError(q);
    committed = true;
    return {};
}

Result<QList<SearchHit>> SdcStore::search(const QString& text, int limit)
{
    QList<SearchHit> result;
    const QString needle = text.simplified().toLower();
    if (needle.size() < 3)
        return Error { QStringLiteral("invalid"), tr("Search: type at least three letters."), {} };
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString like = needle;
    like.replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    if (!run(q, QStringLiteral("SELECT entity, uid, owner, payload FROM records WHERE search LIKE ? ESCAPE '\\' ORDER BY entity, uid LIMIT ?"),
             { QString(QLatin1Char('%') + like + QLatin1Char('%')), limit }))
        return storageError(q);
    while (q.next()) {
        const QJsonObject row = parseObject(q.value(3).toString().toUtf8());
        const QString entity = q.value(0).toString();
        QString summary;
        if (entity == QLatin1String("persons"))
            summary = row.value(QLatin1String("name_en")).toString() + QStringLiteral(" / ") + row.value(QLatin1String("name_local")).toString();
        else
            summary = tr("FIR %1/%2: %3")
                          .arg(row.value(QLatin1String("number")).toInt())
                          .arg(row.value(QLatin1String("year")).toInt())
                          .arg(row.value(QLatin1String("property_description")).toString());
        result << SearchHit { entity, q.value(1).toString(), q.value(2).toString(), summary };
    }
    return result;
}

Result<QList<Conflict>> SdcStore::conflicts(bool openOnly)
{
    QList<Conflict> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, station, seq, entity, uid, owner, reason FROM conflicts %1 ORDER BY id")
                    .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString())))
        return storageError(q);
    while (q.next())
        result << Conflict { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
    return result;
}

Result<void> SdcStore::resolveConflict(qint64 id, const QString& resolution)
{
    if (resolution.trimmed().isEmpty())
        return Error { QStringLiteral("invalid"), tr("Resolution: say how the conflict was resolved."), {} };
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("UPDATE conflicts SET resolved_at=?, resolution=? WHERE id=? AND resolved_at IS NULL"),
             { nowStored(), resolution.trimmed(), id }))
        return storageError(q);
    if (q.numRowsAffected() != 1)
        return Error { QStringLiteral("not_found"), tr("There is no open conflict %1.").arg(id), {} };
    return {};
}

Result<QJsonObject> SdcStore::counts()
{
    QJsonObject result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QList<QPair<QString, QString>> queries = {
        { QStringLiteral("stations"), QStringLiteral("SELECT count(*) FROM stations") },
        { QStringLiteral("changes"), QStringLiteral("SELECT count(*) FROM changes") },
        { QStringLiteral("records"), QStringLiteral("SELECT count(*) FROM records") },
        { QStringLiteral("rejected"), QStringLiteral("SELECT count(*) FROM changes WHERE outcome='rejected'") },
        { QStringLiteral("conflicts_open"), QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL") },
    };
    for (const auto& [name, text] : queries) {
        if (!q.exec(text) || !q.next())
            return storageError(q);
        result.insert(name, q.value(0).toLongLong());
    }
    return result;
}

std::optional<QJsonObject> SdcStore::record(const QString& entity, const QString& uid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT payload, owner FROM records WHERE entity=? AND uid=?"), { entity, uid }) || !q.next())
        return std::nullopt;
    QJsonObject row = parseObject(q.value(0).toString().toUtf8());
    row.insert(QStringLiteral("_owner"), q.value(1).toString());
    return row;
}

bool SdcStore::isHealthy()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace thana::sync
