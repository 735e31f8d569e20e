#include "sync/batch.h"

#include "core/clock.h"
#include "sync/stationcode.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <zstd.h>

#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcBatch, "thana.sync.batch", QtInfoMsg)

namespace thana::sync {

namespace {

constexpr char kMagic[4] = { 'T', 'H', 'B', '1' };
constexpr int kVersionOffset = 4;
constexpr int kFlagsOffset = 6;
constexpr int kBodyLengthOffset = 8;
constexpr int kUncompressedOffset = 16;
constexpr int kChecksumOffset = 24;
constexpr int kChecksumSize = 32;
static_assert(kChecksumOffset + kChecksumSize == Batch::kHeaderSize);
constexpr int kMaxBatchId = 64;
constexpr int kMaxListed = 20;

struct CctxFree {
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DctxFree {
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

template<typename T>
T readBig(const QByteArray& data, int offset)
{
    return qFromBigEndian<T>(data.constData() + offset);
}

template<typename T>
void writeBig(QByteArray& data, int offset, T value)
{
    qToBigEndian<T>(value, data.data() + offset);
}

QByteArray checksum(const QByteArray& data, qsizetype bodyLength)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(data.constData(), kChecksumOffset));
    hash.addData(QByteArrayView(data.constData() + Batch::kHeaderSize, bodyLength));
    return hash.result();
}

QString recordField(qsizetype index, const char* field)
{
    return QStringLiteral("records[%1].%2").arg(index).arg(QLatin1String(field));
}

/// The stable error code for a list of broken rules, after the first of them.
QString codeFor(const QList<Violation>& violations)
{
    const QString& rule = violations.first().rule;
    if (rule == QLatin1String("required"))
        return QStringLiteral("sync.batch.missing_field");
    if (rule == QLatin1String("batch.seq_order"))
        return QStringLiteral("sync.batch.seq_order");
    return QStringLiteral("sync.batch.invalid_field");
}

/// Keeps a refusal readable when a batch breaks a rule on every one of its records.
void capViolations(QList<Violation>& violations)
{
    if (violations.size() <= kMaxListed)
        return;
    const qsizetype more = violations.size() - kMaxListed;
    violations.resize(kMaxListed);
    violations << Violation { QStringLiteral("records"), QStringLiteral("batch.more"),
                              Batch::tr("and %n more problem(s).", nullptr, int(qMin<qsizetype>(more, 1 << 30))) };
}

Error refusal(const QString& code, const QString& message) { return Error { code, message, {} }; }

/// Required text member of a decoded line; records a violation when it is missing or not text.
QString textMember(const QJsonObject& o, const char* key, const QString& field, const QString& label, QList<Violation>& v)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        v << Violation { field, QStringLiteral("required"), Batch::tr("%1: %2 is required.").arg(label, QLatin1String(key)) };
    else if (!value.isString())
        v << Violation { field, QStringLiteral("batch.field_type"), Batch::tr("%1: %2 must be text.").arg(label, QLatin1String(key)) };
    return value.toString();
}

/// Reads one record line into `r`; type problems go to `v`, content rules are validate()'s.
void readRecord(const QJsonObject& o, qsizetype index, ChangeRecord& r, QList<Violation>& v)
{
    const QString label = Batch::tr("Record %1").arg(index + 1);
    const QJsonValue seq = o.value(QLatin1String("seq"));
    if (seq.isUndefined() || seq.isNull())
        v << Violation { recordField(index, "seq"), QStringLiteral("required"), Batch::tr("%1: seq is required.").arg(label) };
    else if (!seq.isDouble() || seq.toInteger(-1) < 0)
        v << Violation { recordField(index, "seq"), QStringLiteral("batch.seq_type"),
                         Batch::tr("%1: seq must be a whole number.").arg(label) };
    else
        r.seq = seq.toInteger();
    r.entity = textMember(o, "entity", recordField(index, "entity"), label, v);
    r.uid = textMember(o, "uid", recordField(index, "uid"), label, v);
    r.op = textMember(o, "op", recordField(index, "op"), label, v);
    r.at = textMember(o, "at", recordField(index, "at"), label, v);
    const QJsonValue actor = o.value(QLatin1String("actor"));
    if (actor.isString())
        r.actor = actor.toString();
    else if (!actor.isUndefined() && !actor.isNull())
        v << Violation { recordField(index, "actor"), QStringLiteral("batch.field_type"),
                         Batch::tr("%1: actor must be text.").arg(label) };
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (payload.isUndefined() || payload.isNull())
        v << Violation { recordField(index, "payload"), QStringLiteral("required"),
                         Batch::tr("%1: payload is required.").arg(label) };
    else if (!payload.isObject())
        v << Violation { recordField(index, "payload"), QStringLiteral("batch.payload"),
                         Batch::tr("%1: payload must be a JSON object.").arg(label) };
    else
        r.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
}

/// A payload's shape: its entity, operation and the names of its columns.
struct Shape {
    QString entity;
    QString op;
    QStringList keys;
    QList<QJsonArray> values; ///< per key, the values of the shape's records in order
    qsizetype count = 0;
};

/// The records of a batch by column (format version 2).
QByteArray columns(const QList<ChangeRecord>& records)
{
    QList<Shape> shapes;
    QHash<QString, qsizetype> shapeIndex; // entity, op and keys joined
    QJsonArray shapeOf, seqs, uids, actorOf, ats;
    QStringList actors;
    qint64 previousSeq = 0;
    qint64 previousAt = 0;
    for (const ChangeRecord& r : records) {
        const QJsonObject payload = QJsonDocument::fromJson(r.payload).object();
        const QStringList keys = payload.keys(); // sorted
        const QString key = r.entity + QChar(0x1f) + r.op + QChar(0x1f) + keys.join(QChar(0x1f));
        auto it = shapeIndex.constFind(key);
        if (it == shapeIndex.constEnd()) {
            it = shapeIndex.insert(key, shapes.size());
            shapes.append(Shape { r.entity, r.op, keys, QList<QJsonArray>(keys.size()), 0 });
        }
        Shape& shape = shapes[*it];
        for (qsizetype k = 0; k < keys.size(); ++k)
            shape.values[k].append(payload.value(keys.at(k)));
        ++shape.count;
        shapeOf.append(*it);
        seqs.append(r.seq - previousSeq);
        previousSeq = r.seq;
        uids.append(payload.value(QLatin1String("uid")).toString() == r.uid ? QString() : r.uid);
        if (r.actor.isEmpty()) {
            actorOf.append(-1);
        } else {
            qsizetype a = actors.indexOf(r.actor);
            if (a < 0) {
                a = actors.size();
                actors << r.actor;
            }
            actorOf.append(a);
        }
        const qint64 at = core::fromStored(r.at).toMSecsSinceEpoch();
        ats.append(at - previousAt);
        previousAt = at;
    }
    QByteArray text = QJsonDocument(QJsonObject { { QStringLiteral("shape"), shapeOf },
                                                  { QStringLiteral("seq"), seqs },
                                                  { QStringLiteral("uid"), uids },
                                                  { QStringLiteral("actors"), QJsonArray::fromStringList(actors) },
                                                  { QStringLiteral("actor"), actorOf },
                                                  { QStringLiteral("at"), ats } })
                          .toJson(QJsonDocument::Compact);
    text += '\n';
    for (const Shape& shape : std::as_const(shapes)) {
        text += QJsonDocument(QJsonObject { { QStringLiteral("entity"), shape.entity },
                                            { QStringLiteral("op"), shape.op },
                                            { QStringLiteral("keys"), QJsonArray::fromStringList(shape.keys) } })
                    .toJson(QJsonDocument::Compact);
        text += '\n';
        for (const QJsonArray& column : shape.values) {
            text += QJsonDocument(column).toJson(QJsonDocument::Compact);
            text += '\n';
        }
    }
    return text;
}

/// Splits a body into its lines; false when the last does not end with a newline.
bool splitLines(const QByteArray& text, QList<QByteArray>& lines)
{
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            return false;
        lines << QByteArray::fromRawData(text.constData() + start, end - start);
        start = end + 1;
    }
    return true;
}

/// The records of a version 2 body from its second line on; an error names the line.
Result<QList<ChangeRecord>> readColumns(const QList<QByteArray>& lines)
{
    auto bad = [](qsizetype line, const QString& what) -> Result<QList<ChangeRecord>> {
        return refusal(QStringLiteral("sync.batch.malformed_line"), Batch::tr("Line %1 of the batch %2").arg(line + 1).arg(what));
    };
    auto parse = [](const QByteArray& line, QJsonParseError& error) { return QJsonDocument::fromJson(line, &error); };
    if (lines.size() < 2)
        return QList<ChangeRecord> {};
    QJsonParseError error;
    const QJsonDocument own = parse(lines.at(1), error);
    if (error.error != QJsonParseError::NoError || !own.isObject())
        return bad(1, Batch::tr("is not a JSON object of the records' columns."));
    const QJsonObject o = own.object();
    const QJsonArray shapeOf = o.value(QLatin1String("shape")).toArray();
    const QJsonArray seqs = o.value(QLatin1String("seq")).toArray();
    const QJsonArray uids = o.value(QLatin1String("uid")).toArray();
    const QJsonArray actorOf = o.value(QLatin1String("actor")).toArray();
    const QJsonArray ats = o.value(QLatin1String("at")).toArray();
    const QJsonArray actors = o.value(QLatin1String("actors")).toArray();
    const qsizetype n = shapeOf.size();
    if (seqs.size() != n || uids.size() != n || actorOf.size() != n || ats.size() != n)
        return bad(1, Batch::tr("has columns of different lengths (shape, seq, uid, actor and at must have one entry per record)."));

    // The shapes and their columns.
    QList<Shape> shapes;
    qsizetype line = 2;
    while (line < lines.size()) {
        const QJsonDocument head = parse(lines.at(line), error);
        if (error.error != QJsonParseError::NoError || !head.isObject())
            return bad(line, Batch::tr("is not a JSON object naming a shape's entity, op and keys."));
        Shape shape;
        shape.entity = head.object().value(QLatin1String("entity")).toString();
        shape.op = head.object().value(QLatin1String("op")).toString();
        for (const QJsonValue k : head.object().value(QLatin1String("keys")).toArray())
            shape.keys << k.toString();
        ++line;
        for (qsizetype k = 0; k < shape.keys.size(); ++k, ++line) {
            if (line >= lines.size())
                return bad(line - 1, Batch::tr("is followed by fewer columns than its shape has keys."));
            const QJsonDocument column = parse(lines.at(line), error);
            if (error.error != QJsonParseError::NoError || !column.isArray())
                return bad(line, Batch::tr("is not a JSON array of a column's values."));
            shape.values << column.array();
        }
        shapes << shape;
    }

    QList<ChangeRecord> records;
    records.reserve(n);
    QList<qsizetype> used(shapes.size(), 0);
    qint64 seq = 0;
    qint64 at = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype s = shapeOf.at(i).toInteger(-1);
        if (s < 0 || s >= shapes.size())
            return bad(1, Batch::tr("names shape %1 for record %2; the batch has %3.").arg(s).arg(i + 1).arg(shapes.size()));
        const Shape& shape = shapes.at(s);
        const qsizetype row = used[s]++;
        QJsonObject payload;
        for (qsizetype k = 0; k < shape.keys.size(); ++k) {
            if (row >= shape.values.at(k).size())
                return bad(1, Batch::tr("has more records of shape %1 than its columns have values.").arg(s));
            payload.insert(shape.keys.at(k), shape.values.at(k).at(row));
        }
        ChangeRecord r;
        seq += seqs.at(i).toInteger();
        at += ats.at(i).toInteger();
        r.seq = seq;
        r.entity = shape.entity;
        r.op = shape.op;
        r.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        const QString uid = uids.at(i).toString();
        r.uid = uid.isEmpty() ? payload.value(QLatin1String("uid")).toString() : uid;
        const qsizetype a = actorOf.at(i).toInteger(-1);
        if (a >= actors.size())
            return bad(1, Batch::tr("names author %1 for record %2; the batch lists %3.").arg(a).arg(i + 1).arg(actors.size()));
        if (a >= 0)
            r.actor = actors.at(a).toString();
        r.at = core::toStored(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        records << r;
    }
    for (qsizetype s = 0; s < shapes.size(); ++s) {
        for (const QJsonArray& column : shapes.at(s).values) {
            if (column.size() != used.at(s))
                return bad(1, Batch::tr("has %1 records of shape %2, but its columns hold %3 values.").arg(used.at(s)).arg(s).arg(column.size()));
        }
    }
    return records;
}

} // namespace

QList<Violation> Batch::validate() const
{
    static const QRegularExpression batchIdForm(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]*$"));
    static const QRegularExpression entityForm(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression storedForm(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"));

    QList<Violation> v;
    if (stationCode.isEmpty())
        v << Violation { QStringLiteral("stationCode"), QStringLiteral("required"), tr("Station code: is required.") };
    else if (!stationcode::isValid(stationCode))
        v << Violation { QStringLiteral("stationCode"), QStringLiteral("station.code_format"),
                         tr("Station code: must look like MH-PUN-0421 (two capital letters, three capital letters and "
                            "four digits, joined by hyphens).") };
    if (batchId.isEmpty())
        v << Violation { QStringLiteral("batchId"), QStringLiteral("required"), tr("Batch id: is required.") };
    else if (batchId.size() > kMaxBatchId || !batchIdForm.match(batchId).hasMatch())
        v << Violation { QStringLiteral("batchId"), QStringLiteral("batch.id_format"),
                         tr("Batch id: must be 1 to %1 letters, digits, dots, underscores, colons or hyphens, "
                            "starting with a letter or digit.")
                             .arg(kMaxBatchId) };

    qint64 previous = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ChangeRecord& r = records.at(i);
        const QString label = tr("Record %1").arg(i + 1);
        if (r.seq < 1)
            v << Violation { recordField(i, "seq"), QStringLiteral("batch.seq_positive"), tr("%1: seq must be at least 1.").arg(label) };
        else if (i > 0 && r.seq <= previous)
            v << Violation { recordField(i, "seq"), QStringLiteral("batch.seq_order"),
                             tr("%1: seq %2 must be greater than the previous record's %3.").arg(label).arg(r.seq).arg(previous) };
        previous = r.seq;
        if (r.entity.isEmpty())
            v << Violation { recordField(i, "entity"), QStringLiteral("required"), tr("%1: entity is required.").arg(label) };
        else if (!entityForm.match(r.entity).hasMatch())
            v << Violation { recordField(i, "entity"), QStringLiteral("batch.entity_format"),
                             tr("%1: entity must be a table name (lower-case letters, digits and underscores).").arg(label) };
        if (r.uid.isEmpty())
            v << Violation { recordField(i, "uid"), QStringLiteral("required"), tr("%1: uid is required.").arg(label) };
        if (r.op.isEmpty())
            v << Violation { recordField(i, "op"), QStringLiteral("required"), tr("%1: op is required.").arg(label) };
        else if (r.op != QLatin1String("insert") && r.op != QLatin1String("update"))
            v << Violation { recordField(i, "op"), QStringLiteral("batch.op"),
                             tr("%1: op must be insert or update, not \"%2\".").arg(label, r.op) };
        if (r.payload.isEmpty()) {
            v << Violation { recordField(i, "payload"), QStringLiteral("required"), tr("%1: payload is required.").arg(label) };
        } else {
            QJsonParseError error;
            if (!QJsonDocument::fromJson(r.payload, &error).isObject())
                v << Violation { recordField(i, "payload"), QStringLiteral("batch.payload"),
                                 tr("%1: payload must be a JSON object.").arg(label) };
        }
        if (r.at.isEmpty())
            v << Violation { recordField(i, "at"), QStringLiteral("required"), tr("%1: at is required.").arg(label) };
        else if (!storedForm.match(r.at).hasMatch() || !core::fromStored(r.at).isValid())
            v << Violation { recordField(i, "at"), QStringLiteral("batch.at_format"),
                             tr("%1: at must be a UTC time such as 2026-03-01T09:30:00.000Z.").arg(label) };
    }
    static const QRegularExpression hashForm(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> registers;
    for (qsizetype i = 0; i < chains.size(); ++i) {
        const core::ChainHead& h = chains.at(i);
        const QString field = QStringLiteral("chains[%1]").arg(i);
        const QString label = tr("Chain head %1").arg(i + 1);
        if (h.registerName != QLatin1String("gd") && h.registerName != QLatin1String("fir"))
            v << Violation { field + QStringLiteral(".register"), QStringLiteral("batch.chain_register"),
                             tr("%1: register must be gd or fir.").arg(label) };
        else if (registers.contains(h.registerName))
            v << Violation { field + QStringLiteral(".register"), QStringLiteral("batch.chain_register"),
                             tr("%1: the batch already has a head for register %2.").arg(label, h.registerName) };
        registers << h.registerName;
        if (h.position < 1)
            v << Violation { field + QStringLiteral(".position"), QStringLiteral("batch.chain_position"),
                             tr("%1: position must be at least 1.").arg(label) };
        if (!hashForm.match(h.hash).hasMatch())
            v << Violation { field + QStringLiteral(".hash"), QStringLiteral("batch.chain_hash"),
                             tr("%1: hash must be 64 lower-case hexadecimal digits.").arg(label) };
        if (h.recordUid.isEmpty())
            v << Violation { field + QStringLiteral(".recordUid"), QStringLiteral("required"), tr("%1: recordUid is required.").arg(label) };
    }
    capViolations(v);
    return v;
}

Result<QByteArray> Batch::encode(int level) const
{
    if (level < 1 || level > kMaxLevel)
        return Error { QStringLiteral("invalid"), tr("The batch cannot be written:"),
                       { Violation { QStringLiteral("level"), QStringLiteral("batch.level"),
                                     tr("Compression level: must be from 1 to %1.").arg(kMaxLevel) } } };
    if (records.isEmpty())
        return refusal(QStringLiteral("sync.batch.empty"), tr("The batch holds no records; an empty batch is never sent."));
    if (const QList<Violation> v = validate(); !v.isEmpty())
        return Error { codeFor(v), tr("The batch cannot be written:"), v };

    QJsonObject first { { QStringLiteral("batchId"), batchId }, { QStringLiteral("stationCode"), stationCode } };
    if (!chains.isEmpty()) {
        QJsonArray heads;
        for (const core::ChainHead& h : chains)
            heads.append(QJsonObject { { QStringLiteral("register"), h.registerName },
                                       { QStringLiteral("position"), h.position },
                                       { QStringLiteral("recordUid"), h.recordUid },
                                       { QStringLiteral("hash"), h.hash } });
        first.insert(QStringLiteral("chains"), heads);
    }
    QByteArray text = QJsonDocument(first).toJson(QJsonDocument::Compact);
    text += '\n';
    text += columns(records);
    const size_t bound = ZSTD_compressBound(size_t(text.size()));
    QByteArray data(Batch::kHeaderSize + qsizetype(bound), Qt::Uninitialized);
    std::unique_ptr<ZSTD_CCtx, CctxFree> cctx(ZSTD_createCCtx());
    if (!cctx || ZSTD_isError(ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level))
        || ZSTD_isError(ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 1)))
        return refusal(QStringLiteral("sync.batch.compress"), tr("The batch could not be compressed."));
    const size_t compressed =
        ZSTD_compress2(cctx.get(), data.data() + Batch::kHeaderSize, bound, text.constData(), size_t(text.size()));
    if (ZSTD_isError(compressed)) {
        qCWarning(lcBatch) << "zstd:" << ZSTD_getErrorName(compressed);
        return refusal(QStringLiteral("sync.batch.compress"), tr("The batch could not be compressed."));
    }
    data.resize(Batch::kHeaderSize + qsizetype(compressed));
    std::memcpy(data.data(), kMagic, sizeof kMagic);
    writeBig<quint16>(data, kVersionOffset, kVersion);
    writeBig<quint16>(data, kFlagsOffset, 0);
    writeBig<quint64>(data, kBodyLengthOffset, quint64(compressed));
    writeBig<quint64>(data, kUncompressedOffset, quint64(text.size()));
    const QByteArray sum = checksum(data, qsizetype(compressed));
    std::memcpy(data.data() + kChecksumOffset, sum.constData(), kChecksumSize);
    qCDebug(lcBatch) << "encoded" << batchId << records.size() << "records" << text.size() << "->" << compressed << "bytes";
    return data;
}

std::optional<BatchHeader> Batch::header(const QByteArray& data)
{
    if (data.size() < kHeaderSize || std::memcmp(data.constData(), kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    return BatchHeader { readBig<quint16>(data, kVersionOffset), readBig<quint16>(data, kFlagsOffset),
                         readBig<quint64>(data, kBodyLengthOffset), readBig<quint64>(data, kUncompressedOffset) };
}

Result<Batch> Batch::decode(const QByteArray& data, qint64 maxUncompressed)
{
    if (data.size() < qsizetype(sizeof kMagic) || std::memcmp(data.constData(), kMagic, sizeof kMagic) != 0)
        return refusal(QStringLiteral("sync.batch.not_a_batch"),
                       tr("The data is not a Thana upload batch: it does not start with THB1."));
    const std::optional<BatchHeader> head = header(data);
    if (!head)
        return refusal(QStringLiteral("sync.batch.truncated"),
                       tr("The batch is cut short: %1 bytes arrived, fewer than its %2-byte header.").arg(data.size()).arg(kHeaderSize));
    if (head->version != kVersion && head->version != kRowsVersion)
        return refusal(QStringLiteral("sync.batch.version"),
                       tr("Batch format version %1 is not supported; this program reads versions %2 and %3.")
                           .arg(head->version)
                           .arg(kRowsVersion)
                           .arg(kVersion));
    if (head->flags != 0)
        return refusal(QStringLiteral("sync.batch.flags"),
                       tr("The batch uses features (flags %1) that this program does not support.").arg(head->flags));
    const quint64 arrived = quint64(data.size() - kHeaderSize);
    if (head->bodyLength > arrived)
        return refusal(QStringLiteral("sync.batch.truncated"),
                       tr("The batch is cut short: its header announces %1 bytes of content but %2 arrived.")
                           .arg(head->bodyLength)
                           .arg(arrived));
    if (head->bodyLength < arrived)
        return refusal(QStringLiteral("sync.batch.trailing_data"),
                       tr("The batch has %1 unexpected bytes after its content.").arg(arrived - head->bodyLength));
    if (checksum(data, qsizetype(head->bodyLength)) != data.mid(kChecksumOffset, kChecksumSize))
        return refusal(QStringLiteral("sync.batch.checksum"),
                       tr("The batch is corrupted: its checksum does not match its content."));

    const quint64 limit = quint64(qMax<qint64>(maxUncompressed, 0));
    const auto tooLarge = [limit](quint64 size) {
        return refusal(QStringLiteral("sync.batch.too_large"),
                       tr("The batch expands to %1 bytes, more than the %2 bytes allowed.").arg(size).arg(limit));
    };
    if (head->uncompressedLength > limit)
        return tooLarge(head->uncompressedLength);
    const char* body = data.constData() + kHeaderSize;
    const size_t bodyLength = size_t(head->bodyLength);
    // The frame states its own size; it must agree with the header and fit the limit
    // before a single byte is allocated for it.
    const unsigned long long frameSize = ZSTD_getFrameContentSize(body, bodyLength);
    if (frameSize == ZSTD_CONTENTSIZE_ERROR || frameSize == ZSTD_CONTENTSIZE_UNKNOWN)
        return refusal(QStringLiteral("sync.batch.corrupt"),
                       tr("The batch's content is not a compressed frame of known size."));
    if (frameSize > limit)
        return tooLarge(frameSize);
    if (frameSize != head->uncompressedLength || ZSTD_findFrameCompressedSize(body, bodyLength) != bodyLength)
        return refusal(QStringLiteral("sync.batch.corrupt"),
                       tr("The batch's content does not match the sizes in its header."));
    if (frameSize == 0)
        return refusal(QStringLiteral("sync.batch.empty"), tr("The batch holds no records; an empty batch is refused."));

    QByteArray text(qsizetype(frameSize), Qt::Uninitialized);
    std::unique_ptr<ZSTD_DCtx, DctxFree> dctx(ZSTD_createDCtx());
    const size_t expanded = dctx ? ZSTD_decompressDCtx(dctx.get(), text.data(), size_t(frameSize), body, bodyLength) : 0;
    if (!dctx || ZSTD_isError(expanded) || expanded != frameSize)
        return refusal(QStringLiteral("sync.batch.corrupt"), tr("The batch's content could not be decompressed."));

    Batch batch;
    QList<Violation> v;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        ++lineNumber;
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            return refusal(QStringLiteral("sync.batch.malformed_line"),
                           tr("Line %1 of the batch does not end with a newline.").arg(lineNumber));
        const QByteArray line = QByteArray::fromRawData(text.constData() + start, end - start);
        start = end + 1;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return refusal(QStringLiteral("sync.batch.malformed_line"),
                           tr("Line %1 of the batch is not valid JSON: %2.").arg(lineNumber).arg(parseError.errorString()));
        if (!doc.isObject())
            return refusal(QStringLiteral("sync.batch.malformed_line"),
                           tr("Line %1 of the batch is not a JSON object.").arg(lineNumber));
        const QJsonObject o = doc.object();
        if (lineNumber == 1) {
            batch.batchId = textMember(o, "batchId", QStringLiteral("batchId"), tr("Batch"), v);
            batch.stationCode = textMember(o, "stationCode", QStringLiteral("stationCode"), tr("Batch"), v);
            const QJsonValue chains = o.value(QLatin1String("chains"));
            if (!chains.isUndefined() && !chains.isArray()) {
                v << Violation { QStringLiteral("chains"), QStringLiteral("batch.chains"), tr("Batch: chains must be a list.") };
            } else {
                for (const QJsonValue h : chains.toArray()) {
                    const QJsonObject claimed = h.toObject();
                    batch.chains << core::ChainHead { claimed.value(QLatin1String("register")).toString(),
                                                      claimed.value(QLatin1String("position")).toInteger(),
                                                      claimed.value(QLatin1String("recordUid")).toString(),
                                                      claimed.value(QLatin1String("hash")).toString() };
                }
            }
            if (head->version == kVersion) {
                QList<QByteArray> lines { line };
                if (!splitLines(QByteArray::fromRawData(text.constData() + start, text.size() - start), lines))
                    return refusal(QStringLiteral("sync.batch.malformed_line"), tr("The last line of the batch does not end with a newline."));
                auto read = readColumns(lines);
                if (!read)
                    return read.error();
                batch.records = std::move(read).value();
                break;
            }
            continue;
        }
        ChangeRecord r;
        readRecord(o, batch.records.size(), r, v);
        batch.records << r;
    }
    if (!v.isEmpty()) {
        capViolations(v);
        return Error { codeFor(v), tr("The batch was refused:"), v };
    }
    if (batch.records.isEmpty())
        return refusal(QStringLiteral("sync.batch.empty"), tr("The batch holds no records; an empty batch is refused."));
    if (const QList<Violation> rules = batch.validate(); !rules.isEmpty())
        return Error { codeFor(rules), tr("The batch was refused:"), rules };
    return batch;
}

} // namespace thana::sync
