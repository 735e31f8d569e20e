// The upload batch's wire format: a thousand FIR-like records in English and Devanagari
// survive the round trip and compress well, and every kind of damaged or hostile batch
// is refused with its own error code. Hostile batches are framed here byte by byte,
// following the format as documented, since the encoder refuses to write them.

#include "fixtures.h"

#include "core/clock.h"
#include "sync/batch.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <zstd.h>

#include <cstring>
#include <iostream>
#include <optional>
#include <random>

using namespace thana::sync;
using namespace thana::test;

namespace {

const QString kStation = QStringLiteral("MH-PUN-0421");

/// Wraps newline-delimited JSON in a header and a zstd frame as the format describes:
/// magic, version, flags, body length, uncompressed length (or `claimed`), SHA-256.
QByteArray frame(const QByteArray& text, quint16 version = Batch::kRowsVersion, quint16 flags = 0,
                 std::optional<quint64> claimed = std::nullopt, bool sizeInFrame = true)
{
    QByteArray body(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    ZSTD_CCtx* cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, sizeInFrame ? 1 : 0);
    const size_t size = ZSTD_compress2(cctx, body.data(), size_t(body.size()), text.constData(), size_t(text.size()));
    ZSTD_freeCCtx(cctx);
    REQUIRE_FALSE(ZSTD_isError(size));
    body.resize(qsizetype(size));

    QByteArray header(Batch::kHeaderSize, '\0');
    std::memcpy(header.data(), "THB1", 4);
    qToBigEndian<quint16>(version, header.data() + 4);
    qToBigEndian<quint16>(flags, header.data() + 6);
    qToBigEndian<quint64>(quint64(body.size()), header.data() + 8);
    qToBigEndian<quint64>(claimed.value_or(quint64(text.size())), header.data() + 16);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(header.left(24));
    sha.addData(body);
    header.replace(24, 32, sha.result());
    return header + body;
}

QByteArray metaLine(const QString& stationCode = kStation)
{
    return QByteArrayLiteral("{\"batchId\":\"2026-03-01T10:00:00Z-1\",\"stationCode\":\"") + stationCode.toUtf8()
        + QByteArrayLiteral("\"}\n");
}

QByteArray recordLine(qint64 seq, const QByteArray& uid = QByteArrayLiteral("\"f-1\""))
{
    QByteArray line = QByteArrayLiteral("{\"seq\":") + QByteArray::number(seq)
        + QByteArrayLiteral(",\"entity\":\"firs\",\"op\":\"insert\",\"payload\":{\"number\":1},"
                            "\"at\":\"2026-03-01T09:30:00.000Z\",\"actor\":\"u-1\"");
    if (!uid.isEmpty())
        line += QByteArrayLiteral(",\"uid\":") + uid;
    return line + QByteArrayLiteral("}\n");
}

ChangeRecord smallRecord(qint64 seq)
{
    return ChangeRecord { seq,
                          QStringLiteral("gd_entries"),
                          QStringLiteral("gd-%1").arg(seq),
                          QStringLiteral("insert"),
                          QByteArrayLiteral("{\"kind\":\"general\",\"summary\":\"Patrol left for beat 3\"}"),
                          QStringLiteral("u-1"),
                          QStringLiteral("2026-03-01T09:30:00.000Z") };
}

Batch smallBatch()
{
    return Batch { kStation, QStringLiteral("b-1"), { smallRecord(1), smallRecord(2), smallRecord(5) }, {} };
}

/// Records shaped like a station's change log: FIRs, diary entries, persons and
/// complaints with English and Devanagari text, uids, times and amounts. Narratives are
/// assembled from clauses with their own dates, amounts, vehicle and phone numbers, so
/// they repeat no more than real ones do.
class RecordMaker {
public:
    ChangeRecord make(qint64 seq)
    {
        const QString entities[] = { QStringLiteral("firs"), QStringLiteral("gd_entries"), QStringLiteral("persons"),
                                     QStringLiteral("complaints") };
        const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(4, 0), Qt::UTC).addSecs(seq * 97);
        const QDateTime occurred = at.addSecs(-60 * pick(4000));
        const int person = pick(int(m_names.size()));
        const int place = pick(int(m_places.size()));
        QJsonObject p;
        p.insert(QStringLiteral("uid"), uid());
        p.insert(QStringLiteral("station_code"), kStation);
        p.insert(QStringLiteral("year"), 2026);
        p.insert(QStringLiteral("number"), qint64(seq / 3 + 1));
        p.insert(QStringLiteral("registered_at"), thana::core::toStored(at));
        p.insert(QStringLiteral("occurrence_from"), thana::core::toStored(occurred));
        p.insert(QStringLiteral("gd_uid"), uid());
        p.insert(QStringLiteral("io_uid"), oneOf(m_officers));
        p.insert(QStringLiteral("complainant_name"), m_names.at(person));
        p.insert(QStringLiteral("complainant_name_local"), m_namesLocal.at(person));
        p.insert(QStringLiteral("place_address"), m_places.at(place));
        p.insert(QStringLiteral("place_address_local"), m_placesLocal.at(place));
        p.insert(QStringLiteral("beat"), QStringLiteral("Beat %1").arg(pick(9) + 1));
        p.insert(QStringLiteral("distance_km"), double(pick(150)) / 10.0);
        p.insert(QStringLiteral("sections"), QString(oneOf(m_sections) + QStringLiteral(", ") + oneOf(m_sections)));
        const QString amount = QString::number(500 * (pick(200) + 1));
        const QChar series[] = { QChar(u'A' + pick(26)), QChar(u'A' + pick(26)) };
        const QString vehicle = QStringLiteral("MH-%1-%2-%3")
                                    .arg(pick(50) + 1, 2, 10, QLatin1Char('0'))
                                    .arg(QString(series, 2))
                                    .arg(pick(9000) + 1000);
        const QString when = occurred.toTimeZone(thana::core::stationZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        p.insert(QStringLiteral("narrative"),
                 QStringLiteral("On %1 hrs %2 %3 Property worth Rs. %4 is missing. Complainant's mobile %5.")
                     .arg(when, oneOf(m_who), fill(oneOf(m_what), m_places.at(place), vehicle), amount,
                          QStringLiteral("9%1").arg(pick(1000000000), 9, 10, QLatin1Char('0'))));
        p.insert(QStringLiteral("narrative_local"),
                 QStringLiteral("दिनांक %1 रोजी %2 %3 एकूण ₹%4 किमतीचा ऐवज चोरीस गेला.")
                     .arg(when, oneOf(m_whoLocal), fill(oneOf(m_whatLocal), m_placesLocal.at(place), vehicle), amount));
        p.insert(QStringLiteral("property_value"), amount.toLongLong());
        return ChangeRecord { seq,
                              entities[pick(4)],
                              uid(),
                              pick(4) == 0 ? QStringLiteral("update") : QStringLiteral("insert"),
                              QJsonDocument(p).toJson(QJsonDocument::Compact),
                              pick(10) == 0 ? QString() : oneOf(m_officers),
                              thana::core::toStored(at) };
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    QString oneOf(const QStringList& list) { return list.at(pick(int(list.size()))); }
    static QString fill(QString clause, const QString& place, const QString& vehicle)
    {
        return clause.replace(QLatin1String("{place}"), place).replace(QLatin1String("{vehicle}"), vehicle);
    }
    QString uid()
    {
        QString text;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                text += QLatin1Char('-');
            text += QLatin1Char("0123456789abcdef"[pick(16)]);
        }
        return text;
    }

    std::mt19937 m_random { 20260301 };
    const QStringList m_officers { QStringLiteral("1f0c5a2e-0b7d-4c1e-9a35-6f2d8e41b7c0"),
                                   QStringLiteral("7a9e3d14-52c8-4f60-b1d2-0e8c4a7f9b63"),
                                   QStringLiteral("c35b8f70-19ad-4e2b-8c47-d6a1e0f25b98"),
                                   QStringLiteral("e2d94b61-7c3a-4f85-a0b9-51c6d8e7f403") };
    const QStringList m_names { QStringLiteral("Ramesh Patil"), QStringLiteral("Sunita Deshmukh"), QStringLiteral("Abdul Shaikh"),
                                QStringLiteral("Priya Kulkarni"), QStringLiteral("Vijay Jadhav"), QStringLiteral("Meena Pawar"),
                                QStringLiteral("Santosh More"), QStringLiteral("Farida Khan") };
    const QStringList m_namesLocal { QStringLiteral("रमेश पाटील"), QStringLiteral("सुनीता देशमुख"), QStringLiteral("अब्दुल शेख"),
                                     QStringLiteral("प्रिया कुलकर्णी"), QStringLiteral("विजय जाधव"), QStringLiteral("मीना पवार"),
                                     QStringLiteral("संतोष मोरे"), QStringLiteral("फरीदा खान") };
    const QStringList m_places { QStringLiteral("Near Swargate bus stand, Pune"), QStringLiteral("Laxmi Road, Budhwar Peth"),
                                 QStringLiteral("Opposite Hadapsar police chowky"), QStringLiteral("Kothrud depot, Paud Road"),
                                 QStringLiteral("Shivajinagar railway station parking") };
    const QStringList m_placesLocal { QStringLiteral("स्वारगेट बस स्थानकाजवळ, पुणे"), QStringLiteral("लक्ष्मी रस्ता, बुधवार पेठ"),
                                      QStringLiteral("हडपसर पोलीस चौकीसमोर"), QStringLiteral("कोथरूड डेपो, पौड रस्ता"),
                                      QStringLiteral("शिवाजीनगर रेल्वे स्थानक पार्किंग") };
    const QStringList m_sections { QStringLiteral("BNS 303(2)"), QStringLiteral("BNS 305"), QStringLiteral("BNS 309(4)"),
                                   QStringLiteral("BNS 115(2)"), QStringLiteral("BNS 351(2)"), QStringLiteral("BNS 137(2)"),
                                   QStringLiteral("BNS 3(5)") };
    const QStringList m_who { QStringLiteral("unknown persons"), QStringLiteral("two persons on a black motorcycle"),
                              QStringLiteral("a man aged about 30 wearing a red shirt"), QStringLiteral("the complainant's former driver") };
    const QStringList m_what { QStringLiteral("broke the lock of the complainant's shop at {place} and took cash and two phones."),
                               QStringLiteral("snatched the gold chain of the complainant's mother at {place}."),
                               QStringLiteral("took away motorcycle {vehicle} parked at {place}."),
                               QStringLiteral("threatened the complainant with a knife at {place} and took his wallet.") };
    const QStringList m_whoLocal { QStringLiteral("अज्ञात इसमांनी"), QStringLiteral("काळ्या मोटारसायकलवरून आलेल्या दोघांनी"),
                                   QStringLiteral("लाल शर्ट घातलेल्या इसमाने") };
    const QStringList m_whatLocal { QStringLiteral("{place} येथे दुकानाचे कुलूप तोडून"), QStringLiteral("{place} येथे सोनसाखळी हिसकावून"),
                                    QStringLiteral("{place} येथे उभी केलेली मोटारसायकल {vehicle} चोरून"),
                                    QStringLiteral("{place} येथे चाकूचा धाक दाखवून") };
};

} // namespace

TEST_CASE("a thousand change records survive encoding and compress to a fraction of their JSON", "[sync][batch]")
{
    RecordMaker maker;
    Batch batch { kStation, QStringLiteral("MH-PUN-0421-2026-03-01-0001"), {}, {} };
    qint64 seq = 1000;
    qint64 payloadBytes = 0;
    for (int i = 0; i < 1000; ++i) {
        seq += 1 + i % 3; // other stores' writes leave gaps in a station's sequence
        batch.records << maker.make(seq);
        payloadBytes += batch.records.last().payload.size();
    }
    const double averagePayload = double(payloadBytes) / double(batch.records.size());
    std::cout << "average payload " << averagePayload << " bytes\n";
    CHECK(averagePayload > 900);
    CHECK(averagePayload < 1400);
    REQUIRE(batch.validate().isEmpty());

    auto encoded = batch.encode();
    REQUIRE(encoded.ok());
    const std::optional<BatchHeader> header = Batch::header(encoded.value());
    REQUIRE(header);
    CHECK(header->version == Batch::kVersion);
    CHECK(header->flags == 0);
    CHECK(header->bodyLength == quint64(encoded->size() - Batch::kHeaderSize));
    // Kept by column, the body is smaller than the payloads even before it is compressed.
    const double ratio = double(header->bodyLength) / double(payloadBytes);
    std::cout << "batch of " << batch.records.size() << " records: " << payloadBytes << " bytes of payload, " << header->uncompressedLength
              << " bytes by column -> " << header->bodyLength << " bytes compressed at level " << Batch::kDefaultLevel << ", ratio " << ratio
              << '\n';
    CHECK(header->uncompressedLength < quint64(payloadBytes));
    CHECK(ratio < 0.5);

    auto decoded = Batch::decode(encoded.value());
    REQUIRE(decoded.ok());
    CHECK(decoded->stationCode == batch.stationCode);
    CHECK(decoded->batchId == batch.batchId);
    REQUIRE(decoded->records.size() == batch.records.size());
    CHECK(decoded->records == batch.records);
    CHECK(decoded->records.at(7).payload.contains("\"narrative_local\":\""));
    CHECK(QString::fromUtf8(decoded->records.at(7).payload).contains(QStringLiteral("ी")));

    SECTION("other compression levels read back the same")
    {
        for (int level : { 1, 19 }) {
            auto other = batch.encode(level);
            REQUIRE(other.ok());
            CHECK(Batch::decode(other.value())->records == batch.records);
        }
        auto none = batch.encode(0);
        REQUIRE_FALSE(none.ok());
        CHECK(fieldsOf(none.error()) == QStringList { QStringLiteral("level") });
    }
    SECTION("a batch framed from the documented format reads like an encoded one")
    {
        QByteArray text = metaLine();
        text += recordLine(7);
        auto framed = Batch::decode(frame(text));
        REQUIRE(framed.ok());
        CHECK(framed->stationCode == kStation);
        REQUIRE(framed->records.size() == 1);
        CHECK(framed->records.first().seq == 7);
        CHECK(framed->records.first().payload == QByteArrayLiteral("{\"number\":1}"));
        CHECK(framed->records.first().actor == QStringLiteral("u-1"));
    }
}

TEST_CASE("a damaged or hostile batch is refused before its records are trusted", "[sync][batch]")
{
    const QByteArray good = smallBatch().encode().value();
    REQUIRE(Batch::decode(good).ok());

    SECTION("data that is not a batch")
    {
        for (const QByteArray& data : { QByteArray(), QByteArrayLiteral("THB"), QByteArrayLiteral("PK\x03\x04 a zip file"),
                                        QByteArray(QByteArrayLiteral("X") + good.mid(1)) }) {
            auto decoded = Batch::decode(data);
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().code == QStringLiteral("sync.batch.not_a_batch"));
        }
    }
    SECTION("a format version this program does not read")
    {
        QByteArray future = good;
        qToBigEndian<quint16>(3, future.data() + 4);
        auto decoded = Batch::decode(future);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == QStringLiteral("sync.batch.version"));
        CHECK(decoded.error().message.contains(QStringLiteral("version 3")));
    }
    SECTION("flags this program does not know")
    {
        auto decoded = Batch::decode(frame(metaLine() + recordLine(1), Batch::kRowsVersion, 0x0001));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == QStringLiteral("sync.batch.flags"));
    }
    SECTION("a batch cut short, in its content or in its header")
    {
        for (const QByteArray& data : { good.chopped(1), good.left(Batch::kHeaderSize), good.left(20) }) {
            auto decoded = Batch::decode(data);
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().code == QStringLiteral("sync.batch.truncated"));
        }
    }
    SECTION("bytes after the content")
    {
        auto decoded = Batch::decode(good + QByteArrayLiteral("xx"));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == QStringLiteral("sync.batch.trailing_data"));
    }
    SECTION("a changed byte in the content or in the sizes of the header")
    {
        QByteArray content = good;
        content[content.size() - 3] = char(content.at(content.size() - 3) ^ 0x20);
        QByteArray sizes = good;
        sizes[23] = char(sizes.at(23) + 1);
        for (const QByteArray& data : { content, sizes }) {
            auto decoded = Batch::decode(data);
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().code == QStringLiteral("sync.batch.checksum"));
        }
    }
    SECTION("a batch that expands beyond the reader's limit, whatever its header claims")
    {
        auto overLimit = Batch::decode(good, 64);
        REQUIRE_FALSE(overLimit.ok());
        CHECK(overLimit.error().code == QStringLiteral("sync.batch.too_large"));

        // 64 MiB of one byte compresses to a few KiB: a header that understates it must
        // not lead the reader to expand it.
        const QByteArray bomb(64 << 20, '\n');
        auto lying = Batch::decode(frame(bomb, Batch::kRowsVersion, 0, quint64(100)), 1 << 20);
        REQUIRE_FALSE(lying.ok());
        CHECK(lying.error().code == QStringLiteral("sync.batch.too_large"));
        auto honest = Batch::decode(frame(bomb), 1 << 20);
        REQUIRE_FALSE(honest.ok());
        CHECK(honest.error().code == QStringLiteral("sync.batch.too_large"));
    }
    SECTION("content that does not state its size or disagrees with the header")
    {
        const QByteArray text = metaLine() + recordLine(1);
        auto unknown = Batch::decode(frame(text, Batch::kRowsVersion, 0, std::nullopt, false));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == QStringLiteral("sync.batch.corrupt"));
        auto mismatch = Batch::decode(frame(text, Batch::kVersion, 0, quint64(text.size() - 10)));
        REQUIRE_FALSE(mismatch.ok());
        CHECK(mismatch.error().code == QStringLiteral("sync.batch.corrupt"));
    }
    SECTION("a line that is not a JSON object")
    {
        const QByteArray broken[] = { metaLine() + recordLine(1) + QByteArrayLiteral("{\"seq\":2,\"entity\":\n"),
                                      metaLine() + QByteArrayLiteral("[1,2,3]\n"),
                                      metaLine() + recordLine(1).chopped(1) };
        for (const QByteArray& text : broken) {
            auto decoded = Batch::decode(frame(text));
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().code == QStringLiteral("sync.batch.malformed_line"));
            CHECK(decoded.error().message.contains(QStringLiteral("Line ")));
        }
    }
    SECTION("sequence numbers that do not strictly increase")
    {
        auto decoded = Batch::decode(frame(metaLine() + recordLine(4) + recordLine(9) + recordLine(9)));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == QStringLiteral("sync.batch.seq_order"));
        CHECK(fieldsOf(decoded.error()) == QStringList { QStringLiteral("records[2].seq") });
        CHECK(decoded.error().describe().contains(QStringLiteral("Record 3: seq 9 must be greater than the previous record's 9")));
    }
    SECTION("a record or batch without a required field")
    {
        auto noUid = Batch::decode(frame(metaLine() + recordLine(1) + recordLine(2, QByteArray())));
        REQUIRE_FALSE(noUid.ok());
        CHECK(noUid.error().code == QStringLiteral("sync.batch.missing_field"));
        CHECK(fieldsOf(noUid.error()) == QStringList { QStringLiteral("records[1].uid") });
        CHECK(rulesOf(noUid.error()) == QStringList { QStringLiteral("required") });
        CHECK(noUid.error().describe().contains(QStringLiteral("Record 2: uid is required.")));

        auto noStation =
            Batch::decode(frame(QByteArrayLiteral("{\"batchId\":\"b-1\"}\n") + recordLine(1)));
        REQUIRE_FALSE(noStation.ok());
        CHECK(noStation.error().code == QStringLiteral("sync.batch.missing_field"));
        CHECK(fieldsOf(noStation.error()) == QStringList { QStringLiteral("stationCode") });
    }
    SECTION("a field of the wrong kind")
    {
        QByteArray deleted = recordLine(1);
        deleted.replace("\"insert\"", "\"delete\"");
        auto decoded = Batch::decode(frame(metaLine() + deleted));
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == QStringLiteral("sync.batch.invalid_field"));
        CHECK(rulesOf(decoded.error()) == QStringList { QStringLiteral("batch.op") });

        auto badStation = Batch::decode(frame(metaLine(QStringLiteral("MH-PUNE-21")) + recordLine(1)));
        REQUIRE_FALSE(badStation.ok());
        CHECK(fieldsOf(badStation.error()) == QStringList { QStringLiteral("stationCode") });
    }
    SECTION("a batch without records")
    {
        for (const QByteArray& text : { metaLine(), QByteArray() }) {
            auto decoded = Batch::decode(frame(text));
            REQUIRE_FALSE(decoded.ok());
            CHECK(decoded.error().code == QStringLiteral("sync.batch.empty"));
        }
    }
}

TEST_CASE("a batch that breaks a rule is never encoded", "[sync][batch]")
{
    SECTION("no records")
    {
        auto encoded = Batch { kStation, QStringLiteral("b-1"), {}, {} }.encode();
        REQUIRE_FALSE(encoded.ok());
        CHECK(encoded.error().code == QStringLiteral("sync.batch.empty"));
    }
    SECTION("sequence numbers out of order")
    {
        Batch batch = smallBatch();
        batch.records[2].seq = 2;
        auto encoded = batch.encode();
        REQUIRE_FALSE(encoded.ok());
        CHECK(encoded.error().code == QStringLiteral("sync.batch.seq_order"));
        CHECK(fieldsOf(encoded.error()) == QStringList { QStringLiteral("records[2].seq") });
    }
    SECTION("a payload, a time, a station code and a batch id of the wrong form")
    {
        Batch batch = smallBatch();
        batch.stationCode = QStringLiteral("Pune 21");
        batch.batchId = QStringLiteral("batch one");
        batch.records[0].payload = QByteArrayLiteral("[1,2]");
        batch.records[1].at = QStringLiteral("01/03/2026 09:30");
        auto encoded = batch.encode();
        REQUIRE_FALSE(encoded.ok());
        CHECK(encoded.error().code == QStringLiteral("sync.batch.invalid_field"));
        CHECK(fieldsOf(encoded.error())
              == QStringList { QStringLiteral("stationCode"), QStringLiteral("batchId"), QStringLiteral("records[0].payload"),
                               QStringLiteral("records[1].at") });
    }
    SECTION("a record without its uid")
    {
        Batch batch = smallBatch();
        batch.records[1].uid.clear();
        auto encoded = batch.encode();
        REQUIRE_FALSE(encoded.ok());
        CHECK(encoded.error().code == QStringLiteral("sync.batch.missing_field"));
    }
}

TEST_CASE("a batch kept by column reads back records of many shapes exactly, and refuses columns that do not add up", "[sync][batch]")
{
    Batch batch { kStation, QStringLiteral("b-shapes"), {}, {} };
    batch.records << ChangeRecord { 5, QStringLiteral("persons"), QStringLiteral("p-1"), QStringLiteral("insert"),
                                    QByteArrayLiteral("{\"age\":34,\"name_en\":\"Ramesh Patil\",\"uid\":\"p-1\"}"), QStringLiteral("u-1"),
                                    QStringLiteral("2026-03-01T09:30:00.123Z") }
                  << ChangeRecord { 6, QStringLiteral("persons"), QStringLiteral("p-2"), QStringLiteral("insert"),
                                    QByteArrayLiteral("{\"age\":null,\"name_en\":\"सीमा\",\"uid\":\"p-2\"}"), QString(),
                                    QStringLiteral("2026-03-01T09:29:59.999Z") }
                  << ChangeRecord { 9, QStringLiteral("complaints"), QStringLiteral("c-1"), QStringLiteral("update"),
                                    QByteArrayLiteral("{\"action\":\"fir\",\"closed\":false,\"value\":2.5}"), QStringLiteral("u-2"),
                                    QStringLiteral("2026-03-02T00:00:00.000Z") }
                  << ChangeRecord { 10, QStringLiteral("persons"), QStringLiteral("p-3"), QStringLiteral("insert"),
                                    QByteArrayLiteral("{\"age\":71,\"name_en\":\"Kiran\",\"uid\":\"p-3\"}"), QStringLiteral("u-1"),
                                    QStringLiteral("2026-03-02T00:00:01.000Z") };
    auto encoded = batch.encode();
    REQUIRE(encoded.ok());
    auto decoded = Batch::decode(encoded.value());
    REQUIRE(decoded.ok());
    CHECK(decoded->records == batch.records);

    const QByteArray meta = QByteArrayLiteral("{\"batchId\":\"b-1\",\"stationCode\":\"MH-PUN-0421\"}\n");
    const QByteArray own = QByteArrayLiteral("{\"actor\":[-1,-1],\"actors\":[],\"at\":[1772357400000,1],\"seq\":[1,1],\"shape\":[0,0],\"uid\":[\"\",\"\"]}\n");
    const QByteArray shape = QByteArrayLiteral("{\"entity\":\"persons\",\"keys\":[\"name_en\",\"uid\"],\"op\":\"insert\"}\n");
    SECTION("well formed by hand")
    {
        auto fine = Batch::decode(frame(meta + own + shape + QByteArrayLiteral("[\"A\",\"B\"]\n[\"p-1\",\"p-2\"]\n"), Batch::kVersion));
        REQUIRE(fine.ok());
        REQUIRE(fine->records.size() == 2);
        CHECK(fine->records.at(1).uid == QStringLiteral("p-2"));
        CHECK(fine->records.at(1).seq == 2);
        CHECK(fine->records.at(1).at == QStringLiteral("2026-03-01T09:30:00.001Z"));
    }
    SECTION("a column shorter than the records of its shape")
    {
        auto refused = Batch::decode(frame(meta + own + shape + QByteArrayLiteral("[\"A\"]\n[\"p-1\",\"p-2\"]\n"), Batch::kVersion));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("sync.batch.malformed_line"));
        CHECK(refused.error().message.contains(QStringLiteral("shape 0")));
    }
    SECTION("a shape with a key but no column")
    {
        auto refused = Batch::decode(frame(meta + own + shape + QByteArrayLiteral("[\"A\",\"B\"]\n"), Batch::kVersion));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == QStringLiteral("sync.batch.malformed_line"));
    }
    SECTION("a record of a shape the batch does not have")
    {
        QByteArray wrong = own;
        wrong.replace("\"shape\":[0,0]", "\"shape\":[0,4]");
        auto refused = Batch::decode(frame(meta + wrong + shape + QByteArrayLiteral("[\"A\",\"B\"]\n[\"p-1\",\"p-2\"]\n"), Batch::kVersion));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("shape 4")));
    }
}
