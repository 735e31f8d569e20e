#include "sync/stateca.h"

#include "core/clock.h"
#include "sync/stationcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <unistd.h>

#include <ctime>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcCa, "thana.sync.ca")

namespace thana::sync {

namespace {

template<auto Free>
struct Freer {
    template<typename T>
    void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Freer<X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Freer<X509_CRL_free>>;
using Bio = std::unique_ptr<BIO, Freer<BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Freer<BN_free>>;
using AsnInteger = std::unique_ptr<ASN1_INTEGER, Freer<ASN1_INTEGER_free>>;
using AsnTime = std::unique_ptr<ASN1_TIME, Freer<ASN1_TIME_free>>;
using Name = std::unique_ptr<X509_NAME, Freer<X509_NAME_free>>;
using Revoked = std::unique_ptr<X509_REVOKED, Freer<X509_REVOKED_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Freer<X509_EXTENSION_free>>;

using Kind = CertificateRecord::Kind;
using Extensions = QList<std::pair<int, QByteArray>>;

const QLatin1String kKeyFile("ca.key");
const QLatin1String kCertificateFile("ca.crt");
const QLatin1String kIndexFile("index.json");
const QLatin1String kCrlFile("crl.pem");
const QLatin1String kLockFile("index.lock");
constexpr int kIndexFormat = 1;
constexpr int kCaYears = 10;
constexpr int kClockSkewSecs = 300;
constexpr int kMaxStateName = 40;
constexpr int kMaxCommonName = 64;
constexpr int kLockWaitMs = 10000;

QString stationOrganisation() { return QStringLiteral("Thana station"); }

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

/// Refuses to prompt on a terminal for the passphrase of an encrypted key.
int noPassphrase(char*, int, int, void*) { return 0; }

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.isEmpty() ? QStringLiteral("unknown error") : parts.join(QStringLiteral("; "));
}

Error cryptoError()
{
    const QString detail = opensslErrors();
    qCWarning(lcCa) << "OpenSSL failed:" << detail;
    return Error { QStringLiteral("sync.ca.crypto"), StateCa::tr("The cryptographic operation failed: %1").arg(detail), {} };
}

Error ioError(const QString& path, const QString& reason)
{
    return Error { QStringLiteral("sync.ca.io"), StateCa::tr("%1 could not be written: %2").arg(native(path), reason), {} };
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("sync.ca.unreadable"),
                       StateCa::tr("%1 could not be read: %2").arg(native(path), file.errorString()), {} };
    return file.readAll();
}

/// Creates `path`, never replacing an existing file; keys get owner-only permissions
/// from the start rather than after a window of being readable.
Result<void> writeNewFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return ioError(path, file.errorString());
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return ioError(path, reason);
    }
    return {};
}

/// Replaces `path` atomically, so a reader sees the old or the new content, never half.
Result<void> replaceFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return ioError(path, file.errorString());
    return {};
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

Bio memoryBio() { return Bio(BIO_new(BIO_s_mem())); }

Bio readBio(const QByteArray& bytes) { return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size()))); }

QByteArray keyPem(EVP_PKEY* key)
{
    Bio bio = memoryBio();
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray certificatePem(X509* cert)
{
    Bio bio = memoryBio();
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray crlPem(X509_CRL* crl)
{
    Bio bio = memoryBio();
    if (!bio || PEM_write_bio_X509_CRL(bio.get(), crl) != 1)
        return {};
    return bioBytes(bio.get());
}

Cert toX509(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray der = certificate.toDer();
    auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

bool setTime(ASN1_TIME* target, const QDateTime& when)
{
    return ASN1_TIME_set(target, std::time_t(when.toSecsSinceEpoch())) != nullptr;
}

QDateTime fromAsn1(const ASN1_TIME* time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

/// Serials are compared as text, so every spelling ("0a:1b", "A1B") comes to one form.
QString normalisedSerial(QString text)
{
    static const QRegularExpression separators(QStringLiteral("[:\\s]"));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{1,40}$"));
    text = text.remove(separators).toUpper();
    qsizetype zeros = 0;
    while (zeros < text.size() - 1 && text.at(zeros) == QLatin1Char('0'))
        ++zeros;
    text = text.mid(zeros);
    return hex.match(text).hasMatch() ? text : QString();
}

QString serialHex(const ASN1_INTEGER* serial)
{
    Bignum bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn)
        return {};
    char* hex = BN_bn2hex(bn.get());
    if (!hex)
        return {};
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return normalisedSerial(text);
}

AsnInteger serialInteger(const QString& hex)
{
    BIGNUM* raw = nullptr;
    const QByteArray latin = hex.toLatin1();
    if (BN_hex2bn(&raw, latin.constData()) == 0)
        return {};
    Bignum bn(raw);
    return AsnInteger(BN_to_ASN1_INTEGER(bn.get(), nullptr));
}

/// 128 random bits: unpredictable serials keep a forged certificate from colliding with
/// a real one, and make repeats practically impossible (the register still checks).
QString randomSerial()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, int(sizeof bytes)) != 1)
        return {};
    Bignum bn(BN_bin2bn(bytes, int(sizeof bytes), nullptr));
    if (!bn || BN_is_zero(bn.get()))
        return {};
    char* hex = BN_bn2hex(bn.get());
    if (!hex)
        return {};
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return normalisedSerial(text);
}

Name makeName(const QList<std::pair<const char*, QString>>& entries)
{
    Name name(X509_NAME_new());
    if (!name)
        return {};
    for (const auto& [field, value] : entries) {
        const QByteArray utf8 = value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                       int(utf8.size()), -1, 0)
            != 1)
            return {};
    }
    return name;
}

/// Builds and signs a certificate. `issuer` is null for the CA's own, self-signed one.
Cert buildCertificate(const QString& serial, X509_NAME* subject, const Validity& validity, EVP_PKEY* key, X509* issuer,
                      const Extensions& extensions, EVP_PKEY* signingKey)
{
    Cert cert(X509_new());
    AsnInteger serialNumber = serialInteger(serial);
    if (!cert || !serialNumber || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || X509_set_serialNumber(cert.get(), serialNumber.get()) != 1 || X509_set_subject_name(cert.get(), subject) != 1
        || X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1
        || !setTime(X509_getm_notBefore(cert.get()), validity.notBefore)
        || !setTime(X509_getm_notAfter(cert.get()), validity.notAfter) || X509_set_pubkey(cert.get(), key) != 1)
        return {};
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : extensions) {
        Extension extension(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value.constData()));
        if (!extension || X509_add_ext(cert.get(), extension.get(), -1) != 1)
            return {};
    }
    if (X509_sign(cert.get(), signingKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QString kindKey(Kind kind) { return kind == Kind::Server ? QStringLiteral("server") : QStringLiteral("station"); }

/// The register of issued certificates kept in index.json.
struct Index {
    QString stateName;
    qint64 crlNumber = 0;
    QList<CertificateRecord> certificates;

    const CertificateRecord* find(const QString& serial) const
    {
        for (const CertificateRecord& r : certificates) {
            if (r.serial == serial)
                return &r;
        }
        return nullptr;
    }
    CertificateRecord* find(const QString& serial)
    {
        return const_cast<CertificateRecord*>(std::as_const(*this).find(serial));
    }
};

Result<Index> readIndex(const QString& dir)
{
    const QString path = QDir(dir).filePath(kIndexFile);
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || root.value(QLatin1String("format")).toInt() != kIndexFormat)
        return Error { QStringLiteral("sync.ca.unreadable"),
                       StateCa::tr("%1 is not a register of this certificate authority.").arg(native(path)), {} };
    Index index;
    index.stateName = root.value(QLatin1String("stateName")).toString();
    index.crlNumber = root.value(QLatin1String("crlNumber")).toInteger();
    for (const QJsonValue& value : root.value(QLatin1String("certificates")).toArray()) {
        const QJsonObject o = value.toObject();
        CertificateRecord r;
        r.serial = normalisedSerial(o.value(QLatin1String("serial")).toString());
        r.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("server") ? Kind::Server : Kind::Station;
        r.subject = o.value(QLatin1String("subject")).toString();
        r.notBefore = core::fromStored(o.value(QLatin1String("notBefore")).toString());
        r.notAfter = core::fromStored(o.value(QLatin1String("notAfter")).toString());
        r.issuedAt = core::fromStored(o.value(QLatin1String("issuedAt")).toString());
        r.revokedAt = core::fromStored(o.value(QLatin1String("revokedAt")).toString());
        if (r.serial.isEmpty())
            return Error { QStringLiteral("sync.ca.unreadable"),
                           StateCa::tr("%1 lists a certificate without a valid serial.").arg(native(path)), {} };
        index.certificates << r;
    }
    return index;
}

Result<void> writeIndex(const QString& dir, const Index& index)
{
    QJsonArray certificates;
    for (const CertificateRecord& r : index.certificates) {
        QJsonObject o { { QStringLiteral("serial"), r.serial },
                        { QStringLiteral("kind"), kindKey(r.kind) },
                        { QStringLiteral("subject"), r.subject },
                        { QStringLiteral("notBefore"), core::toStored(r.notBefore) },
                        { QStringLiteral("notAfter"), core::toStored(r.notAfter) },
                        { QStringLiteral("issuedAt"), core::toStored(r.issuedAt) } };
        if (r.revoked())
            o.insert(QStringLiteral("revokedAt"), core::toStored(r.revokedAt));
        certificates.append(o);
    }
    const QJsonObject root { { QStringLiteral("format"), kIndexFormat },
                             { QStringLiteral("stateName"), index.stateName },
                             { QStringLiteral("crlNumber"), index.crlNumber },
                             { QStringLiteral("certificates"), certificates } };
    return replaceFile(QDir(dir).filePath(kIndexFile), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

/// The CA's certificate and key, loaded only for as long as something is signed.
struct Signer {
    Cert certificate;
    PKey key;
    QByteArray certificatePem;
};

Result<Signer> loadSigner(const QString& dir)
{
    const QString keyPath = QDir(dir).filePath(kKeyFile);
    const QString certificatePath = QDir(dir).filePath(kCertificateFile);
    auto keyBytes = readFile(keyPath);
    if (!keyBytes)
        return keyBytes.error();
    auto certificateBytes = readFile(certificatePath);
    if (!certificateBytes)
        return certificateBytes.error();
    Signer signer;
    signer.certificatePem = certificateBytes.value();
    Bio keyBio = readBio(keyBytes.value());
    Bio certificateBio = readBio(certificateBytes.value());
    signer.key.reset(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    signer.certificate.reset(certificateBio ? PEM_read_bio_X509(certificateBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!signer.key || !signer.certificate || X509_check_private_key(signer.certificate.get(), signer.key.get()) != 1) {
        qCWarning(lcCa) << "CA key or certificate unusable:" << opensslErrors();
        return Error { QStringLiteral("sync.ca.unreadable"),
                       StateCa::tr("%1 and %2 are not a matching key and certificate.").arg(native(keyPath), native(certificatePath)),
                       {} };
    }
    if (QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcCa) << "the CA key" << keyPath << "is readable by others than its owner";
    return signer;
}

/// Signs a CRL with every revocation in `index` and replaces crl.pem with it.
Result<void> publishCrl(const QString& dir, const Signer& signer, const Index& index)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Crl crl(X509_CRL_new());
    AsnTime lastUpdate(ASN1_TIME_new());
    AsnTime nextUpdate(ASN1_TIME_new());
    AsnInteger number(ASN1_INTEGER_new());
    if (!crl || !lastUpdate || !nextUpdate || !number || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(signer.certificate.get())) != 1
        || !setTime(lastUpdate.get(), now) || !setTime(nextUpdate.get(), now.addDays(StateCa::kCrlDays))
        || X509_CRL_set1_lastUpdate(crl.get(), lastUpdate.get()) != 1 || X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1
        || ASN1_INTEGER_set_int64(number.get(), index.crlNumber) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1)
        return cryptoError();
    for (const CertificateRecord& r : index.certificates) {
        if (!r.revoked())
            continue;
        Revoked entry(X509_REVOKED_new());
        AsnInteger serial = serialInteger(r.serial);
        AsnTime when(ASN1_TIME_new());
        if (!entry || !serial || !when || !setTime(when.get(), r.revokedAt)
            || X509_REVOKED_set_serialNumber(entry.get(), serial.get()) != 1
            || X509_REVOKED_set_revocationDate(entry.get(), when.get()) != 1 || X509_CRL_add0_revoked(crl.get(), entry.get()) != 1)
            return cryptoError();
        entry.release(); // the CRL owns it now
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, signer.certificate.get(), nullptr, nullptr, crl.get(), 0);
    Extension authorityKey(X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    if (!authorityKey || X509_CRL_add_ext(crl.get(), authorityKey.get(), -1) != 1 || X509_CRL_sort(crl.get()) != 1
        || X509_CRL_sign(crl.get(), signer.key.get(), EVP_sha256()) <= 0)
        return cryptoError();
    const QByteArray pem = crlPem(crl.get());
    if (pem.isEmpty())
        return cryptoError();
    return replaceFile(QDir(dir).filePath(kCrlFile), pem);
}

Error busyError(const QString& dir)
{
    return Error { QStringLiteral("sync.ca.busy"),
                   StateCa::tr("The certificate authority in %1 is in use by another program; try again.").arg(native(dir)), {} };
}

QList<Violation> validDaysViolations(int validDays)
{
    if (validDays >= 1)
        return {};
    return { Violation { QStringLiteral("validDays"), QStringLiteral("ca.valid_days"), StateCa::tr("Days valid: must be at least 1.") } };
}

QList<Violation> stationCodeViolations(const QString& code)
{
    if (code.isEmpty())
        return { Violation { QStringLiteral("stationCode"), QStringLiteral("required"), StateCa::tr("Station code: is required.") } };
    if (!stationcode::isValid(code))
        return { Violation { QStringLiteral("stationCode"), QStringLiteral("station.code_format"),
                             StateCa::tr("Station code: must look like MH-PUN-0421 (two capital letters, three capital "
                                         "letters and four digits, joined by hyphens).") } };
    return {};
}

QList<Violation> hostNameViolations(const QString& host)
{
    static const QRegularExpression dnsName(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    if (host.isEmpty())
        return { Violation { QStringLiteral("hostName"), QStringLiteral("required"), StateCa::tr("Host name: is required.") } };
    if (host.size() > kMaxCommonName)
        return { Violation { QStringLiteral("hostName"), QStringLiteral("ca.host_length"),
                             StateCa::tr("Host name: must be at most %1 characters.").arg(kMaxCommonName) } };
    if (QHostAddress(host).isNull() && !dnsName.match(host).hasMatch())
        return { Violation { QStringLiteral("hostName"), QStringLiteral("ca.host_format"),
                             StateCa::tr("Host name: must be a DNS name (letters, digits, hyphens and dots) or an IP address.") } };
    return {};
}

/// subjectAltName for a server: the name itself, and both loopback spellings for a
/// server that listens on this machine, since clients reach it by either.
QByteArray serverAltNames(const QString& host)
{
    const QHostAddress address(host);
    if (!address.isNull()) {
        QByteArray names = "IP:" + address.toString().toLatin1();
        if (address.isLoopback())
            names += ",DNS:localhost";
        return names;
    }
    QByteArray names = "DNS:" + host.toLatin1();
    if (host == QLatin1String("localhost"))
        names += ",IP:127.0.0.1";
    return names;
}

} // namespace

Validity Validity::days(int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return { now.addSecs(-kClockSkewSecs), now.addDays(days) };
}

bool RevocationList::contains(const QString& serial) const { return serials.contains(normalisedSerial(serial)); }

StateCa::StateCa(QString dir, QString stateName, QSslCertificate certificate)
    : m_dir(std::move(dir)), m_stateName(std::move(stateName)), m_certificate(std::move(certificate))
{
}

QString StateCa::certificatePath() const { return QDir(m_dir).filePath(kCertificateFile); }

QString StateCa::crlPath() const { return QDir(m_dir).filePath(kCrlFile); }

Result<StateCa> StateCa::create(const QString& dir, const QString& stateName)
{
    const QString name = stateName.trimmed();
    QList<Violation> v;
    if (dir.trimmed().isEmpty())
        v << Violation { QStringLiteral("dir"), QStringLiteral("required"), tr("Folder: is required.") };
    if (name.isEmpty())
        v << Violation { QStringLiteral("stateName"), QStringLiteral("required"), tr("State name: is required.") };
    else if (name.size() > kMaxStateName)
        v << Violation { QStringLiteral("stateName"), QStringLiteral("ca.state_name_length"),
                         tr("State name: must be at most %1 characters.").arg(kMaxStateName) };
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The certificate authority cannot be created:"), v };

    QDir folder(dir);
    for (const QLatin1String file : { kKeyFile, kCertificateFile, kIndexFile, kCrlFile }) {
        if (folder.exists(file))
            return Error { QStringLiteral("sync.ca.exists"),
                           tr("%1 already holds a certificate authority; an existing one is never replaced.").arg(native(dir)),
                           {} };
    }
    if (!folder.mkpath(QStringLiteral(".")))
        return ioError(dir, tr("the folder could not be created"));
    const QString path = folder.absolutePath();
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qCWarning(lcCa) << "could not make" << path << "private to its owner";

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Validity validity { now.addSecs(-kClockSkewSecs), now.addYears(kCaYears) };
    PKey key(EVP_EC_gen("P-256"));
    const QString serial = randomSerial();
    Name subject = makeName({ { "C", QStringLiteral("IN") },
                              { "O", QStringLiteral("Thana state CA") },
                              { "CN", name + QStringLiteral(" State Data Centre CA") } });
    if (!key || serial.isEmpty() || !subject)
        return cryptoError();
    const Extensions extensions { { NID_basic_constraints, "critical,CA:TRUE,pathlen:0" },
                                  { NID_key_usage, "critical,keyCertSign,cRLSign" },
                                  { NID_subject_key_identifier, "hash" } };
    Cert cert = buildCertificate(serial, subject.get(), validity, key.get(), nullptr, extensions, key.get());
    const QByteArray keyBytes = cert ? keyPem(key.get()) : QByteArray();
    const QByteArray certificateBytes = cert ? certificatePem(cert.get()) : QByteArray();
    if (keyBytes.isEmpty() || certificateBytes.isEmpty())
        return cryptoError();

    // A CA half written would refuse to be created again, so a failure removes what this call wrote.
    QStringList written;
    const auto undo = [&written](const Error& error) -> Error {
        for (const QString& file : std::as_const(written))
            QFile::remove(file);
        return error;
    };
    const std::pair<QLatin1String, QByteArray> files[] = { { kKeyFile, keyBytes }, { kCertificateFile, certificateBytes } };
    for (const auto& [file, bytes] : files) {
        const QString filePath = QDir(path).filePath(file);
        const auto permissions = file == kKeyFile ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                          | QFileDevice::ReadOther;
        if (auto done = writeNewFile(filePath, bytes, permissions); !done)
            return undo(done.error());
        written << filePath;
    }
    Index index { name, 1, {} };
    if (auto done = writeIndex(path, index); !done)
        return undo(done.error());
    written << QDir(path).filePath(kIndexFile);
    auto signer = loadSigner(path);
    if (!signer)
        return undo(signer.error());
    if (auto done = publishCrl(path, signer.value(), index); !done)
        return undo(done.error());
    qCInfo(lcCa) << "created the CA of" << name << "in" << path << "serial" << serial;
    return StateCa(path, name, QSslCertificate(certificateBytes, QSsl::Pem));
}

Result<StateCa> StateCa::open(const QString& dir)
{
    const QDir folder(dir);
    if (dir.trimmed().isEmpty() || !folder.exists(kKeyFile) || !folder.exists(kCertificateFile) || !folder.exists(kIndexFile))
        return Error { QStringLiteral("sync.ca.not_found"),
                       tr("%1 holds no certificate authority: ca.key, ca.crt and index.json are needed.").arg(native(dir)), {} };
    const QString path = folder.absolutePath();
    auto signer = loadSigner(path);
    if (!signer)
        return signer.error();
    auto index = readIndex(path);
    if (!index)
        return index.error();
    return StateCa(path, index->stateName, QSslCertificate(signer->certificatePem, QSsl::Pem));
}

Result<IssuedCertificate> StateCa::issueStation(const QString& stationCode, const QString& outDir, int validDays)
{
    return issue(Kind::Station, stationCode, outDir, Validity::days(qMax(validDays, 1)),
                 stationCodeViolations(stationCode) + validDaysViolations(validDays));
}

Result<IssuedCertificate> StateCa::issueStation(const QString& stationCode, const QString& outDir, const Validity& validity)
{
    return issue(Kind::Station, stationCode, outDir, validity, stationCodeViolations(stationCode));
}

Result<IssuedCertificate> StateCa::issueServer(const QString& hostName, const QString& outDir, int validDays)
{
    const QString host = hostName.trimmed().toLower();
    return issue(Kind::Server, host, outDir, Validity::days(qMax(validDays, 1)),
                 hostNameViolations(host) + validDaysViolations(validDays));
}

Result<IssuedCertificate> StateCa::issueServer(const QString& hostName, const QString& outDir, const Validity& validity)
{
    const QString host = hostName.trimmed().toLower();
    return issue(Kind::Server, host, outDir, validity, hostNameViolations(host));
}

Result<IssuedCertificate> StateCa::issue(Kind kind, const QString& subject, const QString& outDir, const Validity& validity,
                                         QList<Violation> v)
{
    if (outDir.trimmed().isEmpty())
        v << Violation { QStringLiteral("outDir"), QStringLiteral("required"), tr("Output folder: is required.") };
    if (!validity.notBefore.isValid() || !validity.notAfter.isValid() || validity.notAfter <= validity.notBefore)
        v << Violation { QStringLiteral("validity"), QStringLiteral("ca.validity_order"),
                         tr("Validity: the end must come after the start.") };
    else if (validity.notAfter > m_certificate.expiryDate())
        v << Violation { QStringLiteral("validity"), QStringLiteral("ca.validity_beyond_ca"),
                         tr("Validity: must end by %1, when the certificate authority's own certificate expires.")
                             .arg(m_certificate.expiryDate().toString(Qt::ISODate)) };
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The certificate cannot be issued:"), v };

    QDir out(outDir);
    const QString keyPath = out.absoluteFilePath(subject + QStringLiteral(".key"));
    const QString certificatePath = out.absoluteFilePath(subject + QStringLiteral(".crt"));
    const QString caPath = out.absoluteFilePath(kCertificateFile);
    for (const QString& file : { keyPath, certificatePath }) {
        if (QFileInfo::exists(file))
            return Error { QStringLiteral("sync.ca.file_exists"),
                           tr("%1 already exists; choose an empty folder so no key is overwritten.").arg(native(file)), {} };
    }
    if (!out.mkpath(QStringLiteral(".")))
        return ioError(outDir, tr("the folder could not be created"));

    QLockFile lock(QDir(m_dir).filePath(kLockFile));
    if (!lock.tryLock(kLockWaitMs))
        return busyError(m_dir);
    auto index = readIndex(m_dir);
    if (!index)
        return index.error();
    Index& ledger = index.value();
    auto signer = loadSigner(m_dir);
    if (!signer)
        return signer.error();

    QString serial;
    while (serial.isEmpty() || ledger.find(serial)) {
        serial = randomSerial();
        if (serial.isEmpty())
            return cryptoError();
    }
    PKey key(EVP_EC_gen("P-256"));
    Name name = kind == Kind::Station ? makeName({ { "C", QStringLiteral("IN") },
                                                   { "O", stationOrganisation() },
                                                   { "CN", subject } })
                                      : makeName({ { "C", QStringLiteral("IN") },
                                                   { "O", QStringLiteral("Thana State Data Centre") },
                                                   { "CN", subject } });
    if (!key || !name)
        return cryptoError();
    Extensions extensions { { NID_basic_constraints, "critical,CA:FALSE" },
                            { NID_key_usage, "critical,digitalSignature" },
                            { NID_ext_key_usage, kind == Kind::Station ? "clientAuth" : "serverAuth" },
                            { NID_subject_key_identifier, "hash" },
                            { NID_authority_key_identifier, "keyid:always" } };
    if (kind == Kind::Server)
        extensions.append({ NID_subject_alt_name, serverAltNames(subject) });
    Cert cert = buildCertificate(serial, name.get(), validity, key.get(), signer->certificate.get(), extensions, signer->key.get());
    const QByteArray keyBytes = cert ? keyPem(key.get()) : QByteArray();
    const QByteArray certificateBytes = cert ? certificatePem(cert.get()) : QByteArray();
    if (keyBytes.isEmpty() || certificateBytes.isEmpty())
        return cryptoError();

    IssuedCertificate issued { serial,
                               subject,
                               keyPath,
                               certificatePath,
                               caPath,
                               fromAsn1(X509_get0_notBefore(cert.get())),
                               fromAsn1(X509_get0_notAfter(cert.get())) };
    // Recorded before the files are written: a serial in the register that was never
    // delivered is harmless, a delivered certificate missing from it could not be revoked.
    ledger.certificates << CertificateRecord { serial, kind, subject, issued.notBefore, issued.notAfter,
                                                  QDateTime::currentDateTimeUtc(), {} };
    if (auto done = writeIndex(m_dir, ledger); !done)
        return done.error();
    if (auto done = writeNewFile(keyPath, keyBytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !done)
        return done.error();
    if (auto done = writeNewFile(certificatePath, certificateBytes,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !done) {
        QFile::remove(keyPath); // a key without its certificate would block issuing again
        return done.error();
    }
    if (auto done = replaceFile(caPath, signer->certificatePem); !done)
        return done.error();
    qCInfo(lcCa) << "issued" << kindKey(kind) << subject << "serial" << serial << "until" << issued.notAfter;
    return issued;
}

Result<QString> StateCa::revoke(const QString& serialOrCertificateFile)
{
    QString serial;
    if (QFileInfo(serialOrCertificateFile).isFile()) {
        auto bytes = readFile(serialOrCertificateFile);
        if (!bytes)
            return bytes.error();
        QSslCertificate certificate(bytes.value(), QSsl::Pem);
        if (certificate.isNull())
            certificate = QSslCertificate(bytes.value(), QSsl::Der);
        if (certificate.isNull())
            return Error { QStringLiteral("sync.ca.not_a_certificate"),
                           tr("%1 is not a certificate.").arg(native(serialOrCertificateFile)), {} };
        Cert leaf = toX509(certificate);
        Cert ca = toX509(m_certificate);
        if (!leaf || !ca || X509_verify(leaf.get(), X509_get0_pubkey(ca.get())) != 1) {
            ERR_clear_error();
            return Error { QStringLiteral("sync.ca.not_ours"),
                           tr("%1 was not issued by this certificate authority.").arg(native(serialOrCertificateFile)), {} };
        }
        serial = serialOf(certificate);
    } else {
        serial = normalisedSerial(serialOrCertificateFile);
        if (serial.isEmpty())
            return Error { QStringLiteral("invalid"), tr("The certificate cannot be revoked:"),
                           { Violation { QStringLiteral("serial"), QStringLiteral("ca.serial_format"),
                                         tr("Serial: must be a hexadecimal number or the path of a certificate file.") } } };
    }

    QLockFile lock(QDir(m_dir).filePath(kLockFile));
    if (!lock.tryLock(kLockWaitMs))
        return busyError(m_dir);
    auto index = readIndex(m_dir);
    if (!index)
        return index.error();
    Index& ledger = index.value();
    CertificateRecord* record = ledger.find(serial);
    if (!record)
        return Error { QStringLiteral("sync.ca.unknown_serial"),
                       tr("Serial %1: this certificate authority issued no certificate with this serial.").arg(serial), {} };
    if (record->revoked())
        return Error { QStringLiteral("sync.ca.already_revoked"),
                       tr("Serial %1: the certificate was already revoked on %2.")
                           .arg(serial, record->revokedAt.toString(Qt::ISODate)),
                       {} };
    auto signer = loadSigner(m_dir);
    if (!signer)
        return signer.error();
    record->revokedAt = QDateTime::currentDateTimeUtc();
    ++ledger.crlNumber;
    const QString subject = record->subject;
    // The register is the authority on revocation, so it is written first; a CRL that
    // failed to be written is signed again by renewCrl().
    if (auto done = writeIndex(m_dir, ledger); !done)
        return done.error();
    if (auto done = publishCrl(m_dir, signer.value(), ledger); !done)
        return done.error();
    qCInfo(lcCa) << "revoked" << subject << "serial" << serial;
    return serial;
}

Result<void> StateCa::renewCrl()
{
    QLockFile lock(QDir(m_dir).filePath(kLockFile));
    if (!lock.tryLock(kLockWaitMs))
        return busyError(m_dir);
    auto index = readIndex(m_dir);
    if (!index)
        return index.error();
    auto signer = loadSigner(m_dir);
    if (!signer)
        return signer.error();
    Index& ledger = index.value();
    ++ledger.crlNumber;
    if (auto done = writeIndex(m_dir, ledger); !done)
        return done.error();
    return publishCrl(m_dir, signer.value(), ledger);
}

Result<QList<CertificateRecord>> StateCa::records() const
{
    auto index = readIndex(m_dir);
    if (!index)
        return index.error();
    return index->certificates;
}

bool StateCa::isRevoked(const QSslCertificate& certificate) const
{
    Cert leaf = toX509(certificate);
    Cert ca = toX509(m_certificate);
    if (!leaf || !ca)
        return true;
    if (X509_NAME_cmp(X509_get_issuer_name(leaf.get()), X509_get_subject_name(ca.get())) != 0)
        return false;
    auto index = readIndex(m_dir);
    if (!index) {
        qCWarning(lcCa) << "treating a certificate as revoked:" << index.error().message;
        return true;
    }
    const CertificateRecord* record = index->find(serialHex(X509_get0_serialNumber(leaf.get())));
    // A serial under this CA's name that the register never recorded was not issued here.
    return !record || record->revoked();
}

std::optional<QString> StateCa::stationCodeOf(const QSslCertificate& certificate)
{
    if (certificate.isNull() || !certificate.subjectInfo(QSslCertificate::Organization).contains(stationOrganisation()))
        return std::nullopt;
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.size() != 1 || !stationcode::isValid(names.first()))
        return std::nullopt;
    return names.first();
}

QString StateCa::serialOf(const QSslCertificate& certificate)
{
    Cert cert = toX509(certificate);
    return cert ? serialHex(X509_get0_serialNumber(cert.get())) : QString();
}

Result<RevocationList> StateCa::readCrl(const QString& crlPath, const QSslCertificate& caCertificate)
{
    auto bytes = readFile(crlPath);
    if (!bytes)
        return bytes.error();
    Bio bio = readBio(bytes.value());
    Crl crl(bio ? PEM_read_bio_X509_CRL(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!crl) {
        ERR_clear_error();
        return Error { QStringLiteral("sync.ca.crl_unreadable"), tr("%1 is not a certificate revocation list.").arg(native(crlPath)),
                       {} };
    }
    Cert ca = toX509(caCertificate);
    if (!ca || X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(ca.get())) != 0
        || X509_CRL_verify(crl.get(), X509_get0_pubkey(ca.get())) != 1) {
        ERR_clear_error();
        return Error { QStringLiteral("sync.ca.crl_signature"),
                       tr("%1 was not signed by the state's certificate authority.").arg(native(crlPath)), {} };
    }
    RevocationList list;
    list.thisUpdate = fromAsn1(X509_CRL_get0_lastUpdate(crl.get()));
    list.nextUpdate = fromAsn1(X509_CRL_get0_nextUpdate(crl.get()));
    const STACK_OF(X509_REVOKED)* revoked = X509_CRL_get_REVOKED(crl.get());
    for (int i = 0; i < sk_X509_REVOKED_num(revoked); ++i)
        list.serials << serialHex(X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(revoked, i)));
    return list;
}

} // namespace thana::sync
