#include "core/syncledger.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace thana::core {

namespace {
const QString kAcked = QStringLiteral("acked_seq");
const QString kFeedCursor = QStringLiteral("feed_cursor");
const QString kLastSuccess = QStringLiteral("last_success");
const QString kLastAttempt = QStringLiteral("last_attempt");
const QString kLastError = QStringLiteral("last_error");
const QString kSdcNotes = QStringLiteral("sdc_notes");
constexpr int kMaxSdcNotes = 100;

/// Sections sent down by the State Data Centre (new or corrected): {"sections": [{"act",
/// "section", "title_en", "max_punishment", "min_years", "cognizable", "sexual_offence",
/// "text"}]}. Reference data, not records: written in place, not change-logged.
Result<void> applyMasterData(UnitOfWork& uow, const QByteArray& payload)
{
    const QJsonArray sections = QJsonDocument::fromJson(payload).object().value(QLatin1String("sections")).toArray();
    for (const QJsonValue& v : sections) {
        const QJsonObject o = v.toObject();
        const QString act = o.value(QLatin1String("act")).toString();
        const QString number = o.value(QLatin1String("section")).toString();
        const QString title = o.value(QLatin1String("title_en")).toString();
        if (act.isEmpty() || number.isEmpty() || title.isEmpty())
            return Error { QStringLiteral("sync.masterdata"),
                           QCoreApplication::translate("thana::core::SyncLedger",
                                                       "Master data from the State Data Centre: a section needs its act, number and title."),
                           {} };
        auto done = uow.writeLocal(
            QStringLiteral("INSERT INTO sections(act_code, section, title_en, max_punishment, min_years, cognizable, sexual_offence, text) "
                           "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(act_code, section) DO UPDATE SET title_en=excluded.title_en, "
                           "max_punishment=excluded.max_punishment, min_years=excluded.min_years, cognizable=excluded.cognizable, "
                           "sexual_offence=excluded.sexual_offence, text=excluded.text"),
            { act, number, title, o.value(QLatin1String("max_punishment")).toString(QStringLiteral("none")),
              o.contains(QLatin1String("min_years")) ? QVariant(o.value(QLatin1String("min_years")).toInt()) : QVariant(),
              o.contains(QLatin1String("cognizable")) ? QVariant(o.value(QLatin1String("cognizable")).toInt()) : QVariant(),
              o.value(QLatin1String("sexual_offence")).toInt(), o.value(QLatin1String("text")).toString() });
        if (!done)
            return done;
    }
    return {};
}

qint64 scalar(const Database& db, const QString& text, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, text, values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

QString SyncLedger::value(const QString& key) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT value FROM sync_state WHERE key=?"), { key }) || !q.next())
        return {};
    return q.value(0).toString();
}

Result<void> SyncLedger::setValues(const QList<QPair<QString, QString>>& values)
{
    UnitOfWork uow(m_db, {});
    for (const auto& [key, v] : values) {
        auto done = uow.writeLocal(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                                   { key, v });
        if (!done)
            return done;
    }
    return uow.commit();
}

qint64 SyncLedger::ackedSeq() const
{
    return value(kAcked).toLongLong();
}

qint64 SyncLedger::lastSeq() const
{
    return scalar(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
}

qint64 SyncLedger::queuedCount() const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"), { ackedSeq() });
}

QList<OutgoingChange> SyncLedger::pending(int maxRecords, qint64 maxBytes, qint64 after) const
{
    QList<OutgoingChange> result;
    QSqlQuery q(m_db.connection());
    // One row more than asked for tells whether the last transaction read is complete.
    if (!sql::exec(q,
                   QStringLiteral("SELECT seq, entity, uid, op, payload, coalesce(actor_uid, ''), at, coalesce(tx, 'seq:' || seq) "
                                  "FROM change_log WHERE seq > ? ORDER BY seq"),
                   { after }))
        return result;
    qint64 bytes = 0;
    while (q.next()) {
        OutgoingChange c;
        c.seq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.uid = q.value(2).toString();
        c.op = q.value(3).toString();
        c.payload = q.value(4).toString().toUtf8();
        c.actor = q.value(5).toString();
        c.at = q.value(6).toString();
        c.tx = q.value(7).toString();
        const bool sameTx = !result.isEmpty() && result.last().tx == c.tx;
        if (!sameTx && !result.isEmpty() && (result.size() >= maxRecords || bytes >= maxBytes))
            break;
        bytes += c.payload.size();
        result << c;
    }
    return result;
}

Result<void> SyncLedger::acknowledge(qint64 seq)
{
    if (seq > lastSeq())
        return Error { QStringLiteral("sync.ack_ahead"),
                       tr("The State Data Centre acknowledged change %1, but this station has written only %2 changes; "
                          "nothing was marked as sent.")
                           .arg(seq)
                           .arg(lastSeq()),
                       {} };
    if (seq <= ackedSeq())
        return {};
    return setValues({ { kAcked, QString::number(seq) } });
}

qint64 SyncLedger::feedCursor() const
{
    return value(kFeedCursor).toLongLong();
}

Result<int> SyncLedger::storeFeed(const QList<FeedItem>& items, qint64 cursor)
{
    UnitOfWork uow(m_db, {});
    int added = 0;
    const QString now = toStored(QDateTime::currentDateTimeUtc());
    for (const FeedItem& item : items) {
        if (item.cursor <= feedCursor())
            continue;
        if (item.kind == QLatin1String("masterdata")) {
            if (auto applied = applyMasterData(uow, item.payload); !applied)
                return applied.error();
        }
        auto done = uow.writeLocal(QStringLiteral("INSERT INTO feed_items(cursor, kind, uid, title, payload, received_at) "
                                                  "VALUES(?,?,?,?,?,?) ON CONFLICT(cursor) DO NOTHING"),
                                   { item.cursor, item.kind, item.uid, item.title, QString::fromUtf8(item.payload), now });
        if (!done)
            return done.error();
        ++added;
    }
    if (cursor > feedCursor()) {
        auto done = uow.writeLocal(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                                   { kFeedCursor, QString::number(cursor) });
        if (!done)
            return done.error();
    }
    if (auto committed = uow.commit(); !committed)
        return committed.error();
    return added;
}

QList<FeedItem> SyncLedger::feed(int limit) const
{
    QList<FeedItem> result;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT cursor, kind, uid, title, payload, received_at FROM feed_items ORDER BY cursor DESC LIMIT ?"),
                   { limit }))
        return result;
    while (q.next()) {
        result << FeedItem { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString().toUtf8(), fromStored(q.value(5).toString()) };
    }
    return result;
}

Result<void> SyncLedger::recordSdcNotes(const QStringList& notes, const QDateTime& at)
{
    if (notes.isEmpty())
        return {};
    QJsonArray kept = QJsonDocument::fromJson(value(kSdcNotes).toUtf8()).array();
    for (const QString& note : notes)
        kept.prepend(QJsonObject { { QStringLiteral("at"), toStored(at) }, { QStringLiteral("text"), note } });
    while (kept.size() > kMaxSdcNotes)
        kept.removeLast();
    return setValues({ { kSdcNotes, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)) } });
}

QList<QPair<QDateTime, QString>> SyncLedger::sdcNotes(int limit) const
{
    QList<QPair<QDateTime, QString>> result;
    for (const QJsonValue v : QJsonDocument::fromJson(value(kSdcNotes).toUtf8()).array()) {
        if (result.size() >= limit)
            break;
        result.append({ fromStored(v.toObject().value(QLatin1String("at")).toString()), v.toObject().value(QLatin1String("text")).toString() });
    }
    return result;
}

Result<void> SyncLedger::recordSuccess(const QDateTime& at)
{
    return setValues({ { kLastSuccess, toStored(at) }, { kLastAttempt, toStored(at) }, { kLastError, QString() } });
}

Result<void> SyncLedger::recordFailure(const QDateTime& at, const QString& error)
{
    return setValues({ { kLastAttempt, toStored(at) }, { kLastError, error } });
}

SyncStatus SyncLedger::status() const
{
    SyncStatus s;
    s.ackedSeq = ackedSeq();
    s.queued = queuedCount();
    s.lastSuccess = fromStored(value(kLastSuccess));
    s.lastAttempt = fromStored(value(kLastAttempt));
    s.lastError = value(kLastError);
    s.feedCursor = feedCursor();
    s.feedItems = int(scalar(m_db, QStringLiteral("SELECT count(*) FROM feed_items")));
    return s;
}

} // namespace thana::core
