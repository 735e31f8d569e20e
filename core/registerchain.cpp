#include "core/registerchain.h"

#include "core/database.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sqlite3.h>

namespace thana::core {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// The columns a register's record is hashed over, in order, as named in its table.
QStringList contentFields(const QString& registerName)
{
    if (registerName == QLatin1String("gd"))
        return { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"),
                 QStringLiteral("entry_at"), QStringLiteral("kind"), QStringLiteral("summary"), QStringLiteral("officer_uid"),
                 QStringLiteral("corrects_uid"), QStringLiteral("created_by"), QStringLiteral("created_at") };
    return { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("district_code"), QStringLiteral("year"),
             QStringLiteral("number"), QStringLiteral("registered_at"), QStringLiteral("gd_uid"), QStringLiteral("complaint_uid"),
             QStringLiteral("info_received_at"), QStringLiteral("info_mode"), QStringLiteral("occurrence_from"),
             QStringLiteral("occurrence_to"), QStringLiteral("place_address"), QStringLiteral("beat"), QStringLiteral("direction"),
             QStringLiteral("distance_km"), QStringLiteral("unknown_accused"), QStringLiteral("unknown_accused_description"),
             QStringLiteral("delay_reason"), QStringLiteral("property_description"), QStringLiteral("property_value"),
             QStringLiteral("first_information"), QStringLiteral("action_taken"), QStringLiteral("io_uid"), QStringLiteral("zero_fir"),
             QStringLiteral("zero_fir_origin"), QStringLiteral("created_by"), QStringLiteral("created_at") };
}

/// A travelling column's value as the store gives it back as text.
QString fieldText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QVariant(d).toString();
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

/// The content a register's record is hashed over: contentFields() as SQL over the
/// record's table under the alias t (a NULL column reads as empty text, as in
/// contentHashOf), and for an FIR its registered sections and its parties, each set
/// sorted and joined.
QString contentColumns(const QString& registerName)
{
    QStringList columns;
    for (const QString& name : contentFields(registerName))
        columns << QStringLiteral("t.") + name;
    if (registerName != QLatin1String("gd"))
        columns << QStringLiteral("(SELECT group_concat(k, ';') FROM (SELECT act_code || ' ' || section AS k FROM fir_sections "
                                  " WHERE fir_uid = t.uid AND amendment_uid IS NULL ORDER BY k))")
                << QStringLiteral("(SELECT group_concat(k, ';') FROM (SELECT kind || ':' || person_uid AS k FROM fir_parties "
                                  " WHERE fir_uid = t.uid ORDER BY k))");
    return columns.join(QStringLiteral(", "));
}

QString tableOf(const QString& registerName)
{
    return registerName == QLatin1String("gd") ? QStringLiteral("gd_entries") : QStringLiteral("firs");
}

/// SHA-256 (hex) of the content columns of the current row of `q`, from column `first`.
QString hashRow(const QSqlQuery& q, int first)
{
    QStringList fields;
    const int count = q.record().count();
    for (int i = first; i < count; ++i)
        fields << q.value(i).toString();
    return sha256(fields.join(QChar(0x1f)).toUtf8());
}

QString describe(Database& db, const QString& registerName, const QString& uid)
{
    QSqlQuery q(db.connection());
    const QString table = registerName == QLatin1String("gd") ? QStringLiteral("gd_entries") : QStringLiteral("firs");
    if (sql::exec(q, QStringLiteral("SELECT number, year FROM %1 WHERE uid=?").arg(table), { uid }) && q.next())
        return QStringLiteral("%1 %2/%3").arg(registerName == QLatin1String("gd") ? QStringLiteral("GD") : QStringLiteral("FIR"))
            .arg(q.value(0).toInt())
            .arg(q.value(1).toInt());
    return uid;
}

using Digest = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

/// SHA-256 with the algorithm looked up once, not on every call.
struct Sha256 {
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    Sha256() = default;
    ~Sha256()
    {
        EVP_MD_CTX_free(ctx);
        EVP_MD_free(md);
    }
    Q_DISABLE_COPY_MOVE(Sha256)
    bool ok() const { return md && ctx; }
    void hash(const void* data, size_t size, unsigned char* out)
    {
        EVP_DigestInit_ex2(ctx, md, nullptr);
        EVP_DigestUpdate(ctx, data, size);
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, out, &length);
    }
};

/// A read-only connection of a checking thread's own, so the reads run side by side.
struct Connection {
    sqlite3* db = nullptr;
    explicit Connection(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            db = nullptr;
            return;
        }
    }
    ~Connection() { sqlite3_close(db); }
    Q_DISABLE_COPY_MOVE(Connection)
};

struct Statement {
    sqlite3_stmt* s = nullptr;
    ~Statement() { sqlite3_finalize(s); }
};

bool fromHex(const unsigned char* text, int bytes, Digest& out)
{
    if (bytes != 2 * SHA256_DIGEST_LENGTH)
        return false;
    auto nibble = [](unsigned char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[size_t(i)] = static_cast<unsigned char>(hi << 4 | lo);
    }
    return true;
}

void toHex(const Digest& raw, char* out)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out[2 * i] = digits[raw[size_t(i)] >> 4];
        out[2 * i + 1] = digits[raw[size_t(i)] & 0xf];
    }
}

/// The records with ids from `first` to `last`, in the order they were written: each
/// one's content hash, as hashRow() makes it. Their own connection.
struct RecordScan {
    std::vector<Digest> hashes;
    bool ok = false;
};

void scanRecords(const QString& path, const QString& registerName, qint64 first, qint64 last, RecordScan& out)
{
    Connection conn(path);
    Statement records;
    const QByteArray sql = QStringLiteral("SELECT t.year, t.number, %1 FROM %2 t WHERE t.id BETWEEN ?1 AND ?2 ORDER BY t.id")
                               .arg(contentColumns(registerName), tableOf(registerName))
                               .toUtf8();
    Sha256 sha;
    if (!conn.db || !sha.ok() || sqlite3_prepare_v2(conn.db, sql.constData(), int(sql.size()), &records.s, nullptr) != SQLITE_OK)
        return;
    sqlite3_bind_int64(records.s, 1, first);
    sqlite3_bind_int64(records.s, 2, last);
    QByteArray content;
    content.reserve(4096);
    const int columns = sqlite3_column_count(records.s);
    int rc;
    while ((rc = sqlite3_step(records.s)) == SQLITE_ROW) {
        // The content as hashRow() reads it: each column as text, joined by U+001F.
        content.clear();
        for (int c = 2; c < columns; ++c) {
            if (c > 2)
                content.append('\x1f');
            switch (sqlite3_column_type(records.s, c)) {
            case SQLITE_NULL:
                break;
            case SQLITE_FLOAT:
                content.append(QString::number(sqlite3_column_double(records.s, c), 'g', QLocale::FloatingPointShortest).toUtf8());
                break;
            default:
                content.append(reinterpret_cast<const char*>(sqlite3_column_text(records.s, c)), sqlite3_column_bytes(records.s, c));
                break;
            }
        }
        out.hashes.emplace_back();
        sha.hash(content.constData(), size_t(content.size()), out.hashes.back().data());
    }
    out.ok = rc == SQLITE_DONE;
}

/// The chain itself: positions without a gap, each link following from the one before
/// it and its content hash; the content hashes it holds, in order.
void scanLinks(const QString& path, const QString& registerName, std::vector<Digest>& hashes, bool& ok)
{
    ok = false;
    Connection conn(path);
    Statement links;
    const QByteArray sql = QByteArrayLiteral("SELECT position, content_hash, chain_hash FROM register_chain WHERE register=?1 ORDER BY position");
    const QByteArray name = registerName.toUtf8();
    Sha256 sha;
    if (!conn.db || !sha.ok() || sqlite3_prepare_v2(conn.db, sql.constData(), int(sql.size()), &links.s, nullptr) != SQLITE_OK
        || sqlite3_bind_text(links.s, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        return;
    char text[128];
    std::memset(text, '0', 64); // the genesis
    Digest d;
    qint64 expected = 1;
    int rc;
    while ((rc = sqlite3_step(links.s)) == SQLITE_ROW) {
        if (sqlite3_column_int64(links.s, 0) != expected++)
            return;
        const unsigned char* content = sqlite3_column_text(links.s, 1);
        const int contentBytes = sqlite3_column_bytes(links.s, 1);
        if (!fromHex(content, contentBytes, d))
            return;
        hashes.push_back(d);
        std::memcpy(text + 64, content, 64);
        sha.hash(text, sizeof text, d.data());
        toHex(d, text);
        if (sqlite3_column_bytes(links.s, 2) != 64 || std::memcmp(sqlite3_column_text(links.s, 2), text, 64) != 0)
            return;
    }
    ok = rc == SQLITE_DONE;
}

/// A fast look at a register and its chain, read side by side on threads of their own:
/// true only when every link follows from the one before it and from its record as
/// stored now, in the records' order, with no record left out (a record's content
/// hash covers its identity). Anything else, or any doubt, is for the precise pass,
/// which names the break.
bool chainHolds(const QString& path, const QString& registerName)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return false;
    qint64 low = 0;
    qint64 high = 0;
    {
        Connection conn(path);
        Statement range;
        const QByteArray sql = QStringLiteral("SELECT min(id), max(id) FROM %1").arg(tableOf(registerName)).toUtf8();
        if (!conn.db || sqlite3_prepare_v2(conn.db, sql.constData(), int(sql.size()), &range.s, nullptr) != SQLITE_OK
            || sqlite3_step(range.s) != SQLITE_ROW || sqlite3_column_type(range.s, 0) == SQLITE_NULL)
            return false; // no records: the precise pass looks at the chain
        low = sqlite3_column_int64(range.s, 0);
        high = sqlite3_column_int64(range.s, 1);
    }
    const qint64 middle = low + (high - low) / 2;
    RecordScan early;
    RecordScan late;
    std::vector<Digest> linked;
    bool linksOk = false;
    {
        std::thread a([&] { scanRecords(path, registerName, low, middle, early); });
        std::thread b([&] { scanRecords(path, registerName, middle + 1, high, late); });
        scanLinks(path, registerName, linked, linksOk);
        a.join();
        b.join();
    }
    if (!linksOk || !early.ok || !late.ok)
        return false;
    if (linked.size() != early.hashes.size() + late.hashes.size())
        return false;
    return std::equal(early.hashes.cbegin(), early.hashes.cend(), linked.cbegin())
        && std::equal(late.hashes.cbegin(), late.hashes.cend(), linked.cbegin() + qsizetype(early.hashes.size()));
}

} // namespace

QString RegisterChain::link(const QString& previous, const QString& content)
{
    return sha256(QString(previous + content).toLatin1());
}

QString RegisterChain::genesis()
{
    return kGenesis;
}

QString RegisterChain::contentHashOf(const QString& registerName, const QJsonObject& columns, const QStringList& sections,
                                     const QStringList& parties)
{
    QStringList fields;
    for (const QString& name : contentFields(registerName))
        fields << fieldText(columns.value(name));
    if (registerName != QLatin1String("gd")) {
        QStringList s = sections;
        QStringList p = parties;
        s.sort();
        p.sort();
        fields << s.join(QLatin1Char(';')) << p.join(QLatin1Char(';'));
    }
    return sha256(fields.join(QChar(0x1f)).toUtf8());
}

QString RegisterChain::sectionKey(const QJsonObject& section)
{
    if (!section.value(QLatin1String("amendment_uid")).toString().isEmpty())
        return {};
    return section.value(QLatin1String("act_code")).toString() + QLatin1Char(' ') + section.value(QLatin1String("section")).toString();
}

QString RegisterChain::partyKey(const QJsonObject& party)
{
    return party.value(QLatin1String("kind")).toString() + QLatin1Char(':') + party.value(QLatin1String("person_uid")).toString();
}

std::optional<ChainHead> RegisterChain::headAt(Database& db, const QString& recordUid)
{
    const QString text = QStringLiteral("SELECT register, position, chain_hash FROM register_chain WHERE record_uid=?");
    QSqlQuery& q = db.statement(text);
    if (!sql::exec(q, text, { recordUid }) || !q.next())
        return std::nullopt;
    ChainHead head { q.value(0).toString(), q.value(1).toLongLong(), recordUid, q.value(2).toString() };
    q.finish();
    return head;
}

QString RegisterChain::contentHash(Database& db, const QString& registerName, const QString& recordUid)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM %2 t WHERE t.uid=?").arg(contentColumns(registerName), tableOf(registerName)), { recordUid })
        || !q.next())
        return {};
    return hashRow(q, 0);
}

Result<void> RegisterChain::append(UnitOfWork& uow, const QString& registerName, const QString& recordUid)
{
    Database& db = uow.database();
    const QString content = contentHash(db, registerName, recordUid);
    if (content.isEmpty())
        return Error { QStringLiteral("chain.record"), tr("The record to chain is not in the store."), {} };
    QSqlQuery q(db.connection());
    int position = 1;
    QString previous = kGenesis;
    if (sql::exec(q, QStringLiteral("SELECT position, chain_hash FROM register_chain WHERE register=? ORDER BY position DESC LIMIT 1"),
                  { registerName })
        && q.next()) {
        position = q.value(0).toInt() + 1;
        previous = q.value(1).toString();
    }
    q.finish();
    // The link is the station's own evidence: it is not a record and does not travel.
    return uow.writeLocal(QStringLiteral("INSERT INTO register_chain(register, position, record_uid, content_hash, chain_hash) "
                                         "VALUES(?,?,?,?,?)"),
                          { registerName, position, recordUid, content, link(previous, content) });
}

Result<void> RegisterChain::ensureLinked(Database& db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key='register_chain' AND value='complete'")) && q.next())
        return {};
    UnitOfWork uow(db, {});
    for (const auto& [registerName, table] : { std::pair { QStringLiteral("gd"), QStringLiteral("gd_entries") },
                                               std::pair { QStringLiteral("fir"), QStringLiteral("firs") } }) {
        QSqlQuery unlinked(db.connection());
        if (!unlinked.exec(QStringLiteral("SELECT uid FROM %1 t WHERE NOT EXISTS(SELECT 1 FROM register_chain c WHERE c.record_uid = t.uid) "
                                          "ORDER BY t.id")
                               .arg(table)))
            return sql::dbError(unlinked);
        QStringList uids;
        while (unlinked.next())
            uids << unlinked.value(0).toString();
        for (const QString& uid : std::as_const(uids)) {
            if (auto done = append(uow, registerName, uid); !done)
                return done;
        }
    }
    if (auto done = uow.writeLocal(QStringLiteral("INSERT INTO meta(key, value) VALUES('register_chain', 'complete') "
                                                  "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                                   {});
        !done)
        return done;
    return uow.commit();
}

QList<ChainBreak> RegisterChain::verify(Database& db)
{
    QList<ChainBreak> breaks;
    // The FIR register is read while the General Diary is.
    bool firHolds = false;
    std::thread fir([&] { firHolds = chainHolds(db.path(), QStringLiteral("fir")); });
    const bool gdHolds = chainHolds(db.path(), QStringLiteral("gd"));
    fir.join();
    for (const auto& [registerName, table] : { std::pair { QStringLiteral("gd"), QStringLiteral("gd_entries") },
                                               std::pair { QStringLiteral("fir"), QStringLiteral("firs") } }) {
        if (registerName == QLatin1String("gd") ? gdHolds : firHolds)
            continue;
        QSqlQuery q(db.connection());
        // One pass over the chain with each record's content beside its link.
        q.setForwardOnly(true);
        if (!sql::exec(q, QStringLiteral("SELECT c.position, c.record_uid, c.content_hash, c.chain_hash, t.id, t.year, t.number, %2 "
                                         "FROM register_chain c LEFT JOIN %1 t ON t.uid = c.record_uid WHERE c.register=? ORDER BY c.position")
                              .arg(table, contentColumns(registerName)),
                       { registerName })) {
            breaks << ChainBreak { registerName, 0, QString(), QStringLiteral("link"), q.lastError().text() };
            continue;
        }
        QString previous = kGenesis;
        int expected = 1;
        qint64 lastId = 0;
        QSet<QString> linked;
        std::optional<ChainBreak> first;
        auto found = [&](int position, const QString& record, const char* kind, const QString& message) {
            if (!first)
                first = ChainBreak { registerName, position, record, QLatin1String(kind), message };
        };
        while (q.next() && !first) {
            const int position = q.value(0).toInt();
            const QString uid = q.value(1).toString();
            linked << uid;
            const QString record = q.value(4).isNull() ? uid
                                                       : QStringLiteral("%1 %2/%3")
                                                             .arg(registerName == QLatin1String("gd") ? QStringLiteral("GD") : QStringLiteral("FIR"))
                                                             .arg(q.value(6).toInt())
                                                             .arg(q.value(5).toInt());
            if (position != expected)
                found(expected, record, "deleted", tr("Link %1 of the chain is missing: a link was removed.").arg(expected));
            else if (link(previous, q.value(2).toString()) != q.value(3).toString())
                found(position, record, "link", tr("%1: the chain's link does not follow from the one before it.").arg(record));
            else if (q.value(4).isNull())
                found(position, record, "deleted", tr("%1: the record of link %2 has been deleted.").arg(uid).arg(position));
            else if (hashRow(q, 7) != q.value(2).toString())
                found(position, record, "edited", tr("%1: the record has been changed since it was written.").arg(record));
            else {
                // Links follow the order the records were written in (a record's number
                // and year are part of what its link hashes).
                const qint64 id = q.value(4).toLongLong();
                if (id < lastId)
                    found(position, record, "reordered", tr("%1: the record is out of its place in the register.").arg(record));
                lastId = id;
            }
            previous = q.value(3).toString();
            ++expected;
        }
        if (!first) {
            QSqlQuery extra(db.connection());
            if (extra.exec(QStringLiteral("SELECT uid FROM %1 t WHERE NOT EXISTS(SELECT 1 FROM register_chain c WHERE c.record_uid = t.uid) "
                                          "ORDER BY t.id LIMIT 1")
                               .arg(table))
                && extra.next()) {
                const QString uid = extra.value(0).toString();
                found(0, describe(db, registerName, uid), "inserted",
                      tr("%1: the record is in the register but was never linked into its chain: it was inserted behind the application's back.")
                          .arg(describe(db, registerName, uid)));
            }
        }
        if (first)
            breaks << *first;
    }
    return breaks;
}

} // namespace thana::core
