#pragma once

#include "core/registerchain.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace thana::sync {

using core::Error;
using core::Result;
using core::Violation;

/// One entry of a station's change log as it travels to the State Data Centre.
struct ChangeRecord {
    qint64 seq = 0;     ///< the change log's sequence number; strictly increasing in a batch
    QString entity;     ///< table name, e.g. "firs"
    QString uid;        ///< the record changed
    QString op;         ///< "insert" or "update"
    QByteArray payload; ///< compact JSON object; decoding gives it back with its keys sorted
    QString actor;      ///< uid of the user who wrote it; empty for the system's own writes
    QString at;         ///< stored UTC instant, "2026-03-01T09:30:00.000Z"

    friend bool operator==(const ChangeRecord&, const ChangeRecord&) = default;
};

/// The fixed header in front of every encoded batch.
struct BatchHeader {
    quint16 version = 0;
    quint16 flags = 0;
    quint64 bodyLength = 0;         ///< compressed bytes after the header
    quint64 uncompressedLength = 0; ///< bytes of newline-delimited JSON they expand to
};

/// An upload batch: a run of change records from one station, and its wire format.
///
/// Encoded, a batch is a 56-byte header followed by one zstd frame. The header holds,
/// big-endian: the magic "THB1", the format version (u16), flags (u16, none defined:
/// must be 0), the compressed body length (u64), the uncompressed length (u64) and a
/// SHA-256 over the first 24 header bytes and the body.
///
/// The body is newline-delimited compact JSON, every line ending with a newline. Its
/// first line is {"batchId","stationCode"}, and may hold "chains": the heads of the
/// station's register chains after the last General Diary entry and the last FIR the
/// batch carries, each {"register","position","recordUid","hash"}, which the State Data
/// Centre checks against the chains it computes from the records.
///
/// Version 2 (what encode() writes) keeps the records by column, so that the values a
/// column repeats from record to record sit side by side for the compressor. The second
/// line holds the records' own columns, one entry per record in order: {"shape":[index
/// of the record's shape], "seq":[difference from the record before, the first from 0],
/// "uid":[the record's identity, or "" when it is its payload's "uid"], "actors":[the
/// distinct authors], "actor":[index into actors, -1 for none], "at":[milliseconds
/// since the record before, the first since 1970, UTC]}. Then, for each shape (an
/// entity, an operation and the sorted names of the payload's columns) in order of
/// first use: a line {"entity","op","keys":[...]} and one line per key with the JSON
/// array of that column's values for the shape's records.
///
/// Version 1 has one line per record with the keys of ChangeRecord, payload as an
/// object; it is still read.
///
/// Decoding trusts nothing: the checksum is checked before decompression, and no more
/// than the caller's limit is ever allocated for the expanded body.
class Batch final {
    Q_DECLARE_TR_FUNCTIONS(thana::sync::Batch)
public:
    static constexpr int kHeaderSize = 56;
    static constexpr quint16 kVersion = 2;    ///< by column
    static constexpr quint16 kRowsVersion = 1; ///< a line per record
    static constexpr int kDefaultLevel = 3;
    static constexpr int kMaxLevel = 19;
    static constexpr qint64 kDefaultMaxUncompressed = qint64(64) << 20;

    QString stationCode;
    QString batchId; ///< chosen by the station; 1 to 64 of A-Z a-z 0-9 . _ : -
    QList<ChangeRecord> records;
    QList<core::ChainHead> chains; ///< at most one per register

    /// Every rule a batch must keep, with the field and the rule it breaks; empty when
    /// the batch may be sent. The same rules refuse a received batch.
    QList<Violation> validate() const;
    /// The wire form, compressed at zstd `level` (1 to 19). Refuses an invalid batch.
    Result<QByteArray> encode(int level = kDefaultLevel) const;
    /// Reads a batch received from the network. `maxUncompressed` bounds the memory a
    /// hostile batch can make the reader allocate.
    static Result<Batch> decode(const QByteArray& data, qint64 maxUncompressed = kDefaultMaxUncompressed);
    /// The header of `data` when it starts with one, without checking the rest.
    static std::optional<BatchHeader> header(const QByteArray& data);
};

} // namespace thana::sync
