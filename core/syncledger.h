#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QString>

namespace thana::core {

class Database;

/// One committed change waiting for the State Data Centre: an entry of the change log,
/// which is the station's outbox.
struct OutgoingChange {
    qint64 seq = 0;     ///< change log sequence: the order the station committed changes in
    QString entity;
    QString uid;
    QString op;
    QByteArray payload; ///< compact JSON of the columns written
    QString actor;
    QString at;         ///< stored UTC instant
    QString tx;         ///< the transaction it was written in
};

/// Something the State Data Centre sent down for this station: a case transferred in
/// or out, a citizen's complaint or request from the portal, master data, a notice.
struct FeedItem {
    qint64 cursor = 0;  ///< position in the station's feed; strictly increasing
    QString kind;       ///< "transfer_in", "transfer_out", "portal_complaint", "service_request", "masterdata", "notice"
    QString uid;
    QString title;
    QByteArray payload; ///< compact JSON
    QDateTime receivedAt;
};

/// What an officer sees of synchronisation.
struct SyncStatus {
    qint64 queued = 0;      ///< changes committed here and not yet acknowledged
    qint64 ackedSeq = 0;
    QDateTime lastSuccess;  ///< end of the last complete round
    QDateTime lastAttempt;
    QString lastError;      ///< in words; empty after a complete round
    qint64 feedCursor = 0;
    int feedItems = 0;
};

/// The station's side of synchronisation, in the store: which changes the State Data
/// Centre has acknowledged (durably stored), what its feed brought down, and how the
/// last rounds went. Acknowledgements only move forward, so a retry after any
/// interruption resumes where the State Data Centre says it stands.
class SyncLedger final {
    Q_DECLARE_TR_FUNCTIONS(SyncLedger)
public:
    explicit SyncLedger(Database& db) : m_db(db) { }

    qint64 ackedSeq() const;
    qint64 lastSeq() const;
    qint64 queuedCount() const;
    /// The oldest changes not yet acknowledged, in order, as whole transactions: up to
    /// `maxRecords` changes or about `maxBytes` of payload, but always at least one
    /// whole transaction when any is queued.
    QList<OutgoingChange> pending(int maxRecords, qint64 maxBytes) const { return pending(maxRecords, maxBytes, ackedSeq()); }
    /// The same, after change `after` rather than after what is acknowledged.
    QList<OutgoingChange> pending(int maxRecords, qint64 maxBytes, qint64 after) const;
    /// Records that the State Data Centre holds every change up to `seq`. Never moves
    /// back; refuses a sequence the station never wrote.
    Result<void> acknowledge(qint64 seq);

    qint64 feedCursor() const;
    /// Keeps feed items and the cursor they were read up to, in one transaction. Items
    /// already kept (same cursor) are not kept twice; master data items are applied to
    /// the acts and sections in the same transaction. Returns how many were new.
    Result<int> storeFeed(const QList<FeedItem>& items, qint64 cursor);
    /// The newest feed items first.
    QList<FeedItem> feed(int limit) const;

    /// Station-local sync settings (the State Data Centre's address, where the
    /// station's certificate is); they never travel.
    QString setting(const QString& key) const { return value(QStringLiteral("setting.") + key); }
    Result<void> setSetting(const QString& key, const QString& v) { return setValues({ { QStringLiteral("setting.") + key, v } }); }

    /// What the State Data Centre did not take as it was sent (changes refused, kept as
    /// conflicts, a register chain found broken), in words, kept at the station for
    /// people to see: those changes are not sent again. The newest 100 are kept.
    Result<void> recordSdcNotes(const QStringList& notes, const QDateTime& at);
    /// Those notes, newest first.
    QList<QPair<QDateTime, QString>> sdcNotes(int limit) const;

    Result<void> recordSuccess(const QDateTime& at);
    Result<void> recordFailure(const QDateTime& at, const QString& error);
    SyncStatus status() const;

private:
    QString value(const QString& key) const;
    Result<void> setValues(const QList<QPair<QString, QString>>& values);

    Database& m_db;
};

} // namespace thana::core
