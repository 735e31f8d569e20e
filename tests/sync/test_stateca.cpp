// The state's certificate authority: a CA that cannot be made twice, station and server
// certificates that chain to it with the right names and key usages, revocation that
// reaches a signed CRL, and expired certificates for the refusal tests of the server.
// Certificates and CRLs are checked with OpenSSL and Qt directly, not through StateCa.

#include "fixtures.h"

#include "sync/stateca.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace thana::sync;
using namespace thana::test;

namespace {

template<auto Free>
struct Freer {
    template<typename T>
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Freer<X509_free>>;
using CrlPtr = std::unique_ptr<X509_CRL, Freer<X509_CRL_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Freer<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Freer<X509_STORE_CTX_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Freer<BN_free>>;
using IntPtr = std::unique_ptr<ASN1_INTEGER, Freer<ASN1_INTEGER_free>>;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

X509Ptr loadCertificate(const QString& path)
{
    const QByteArray pem = readAll(path);
    std::unique_ptr<BIO, Freer<BIO_free_all>> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

CrlPtr loadCrl(const QString& path)
{
    const QByteArray pem = readAll(path);
    std::unique_ptr<BIO, Freer<BIO_free_all>> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CrlPtr(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr loadKey(const QString& path)
{
    const QByteArray pem = readAll(path);
    std::unique_ptr<BIO, Freer<BIO_free_all>> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

/// OpenSSL's verdict on `leaf` for `purpose` with `ca` as the only trust anchor, and
/// with `crl` checked when given: X509_V_OK or the verification error.
int verify(X509* leaf, X509* ca, int purpose, X509_CRL* crl = nullptr)
{
    StorePtr store(X509_STORE_new());
    REQUIRE(X509_STORE_add_cert(store.get(), ca) == 1);
    if (crl) {
        REQUIRE(X509_STORE_add_crl(store.get(), crl) == 1);
        X509_STORE_set_flags(store.get(), X509_V_FLAG_CRL_CHECK);
    }
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    REQUIRE(X509_STORE_CTX_init(ctx.get(), store.get(), leaf, nullptr) == 1);
    REQUIRE(X509_STORE_CTX_set_purpose(ctx.get(), purpose) == 1);
    return X509_verify_cert(ctx.get()) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx.get());
}

/// True when every group and other permission bit of `path` is clear.
bool ownerOnly(const QString& path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & QFileDevice::ReadOwner) && !(permissions & others);
}

QSslCertificate qtCertificate(const QString& path) { return QSslCertificate(readAll(path), QSsl::Pem); }

/// Qt's verdict with `ca` trusted, as the TLS stack of the client and server will see it.
/// The default configuration is process-wide, so it is put back afterwards.
QList<QSslError::SslError> qtErrors(const QSslCertificate& leaf, const QSslCertificate& ca, const QString& host = {})
{
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withCa = saved;
    withCa.setCaCertificates({ ca });
    QSslConfiguration::setDefaultConfiguration(withCa);
    const QList<QSslError> errors = QSslCertificate::verify({ leaf, ca }, host);
    QSslConfiguration::setDefaultConfiguration(saved);
    QList<QSslError::SslError> kinds;
    for (const QSslError& e : errors)
        kinds << e.error();
    return kinds;
}

struct CaFixture {
    QTemporaryDir tmp;
    QString caDir = tmp.filePath(QStringLiteral("ca"));
    StateCa ca = StateCa::create(caDir, QStringLiteral("Maharashtra")).value();

    QString out(const QString& name) const { return tmp.filePath(name); }
};

} // namespace

TEST_CASE("a new CA is a self-signed authority for certificates and CRLs, with its key kept private", "[sync][ca]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("state-ca"));
    auto created = StateCa::create(dir, QStringLiteral("  Maharashtra "));
    REQUIRE(created.ok());
    const StateCa& ca = created.value();
    CHECK(ca.stateName() == QStringLiteral("Maharashtra"));
    for (const char* file : { "ca.key", "ca.crt", "index.json", "crl.pem" })
        CHECK(QFile::exists(QDir(dir).filePath(QLatin1String(file))));
    CHECK(ownerOnly(QDir(dir).filePath(QStringLiteral("ca.key"))));

    X509Ptr cert = loadCertificate(ca.certificatePath());
    REQUIRE(cert);
    CHECK(X509_check_ca(cert.get()) == 1);
    CHECK(X509_check_issued(cert.get(), cert.get()) == X509_V_OK);
    const uint32_t caUsage = KU_KEY_CERT_SIGN | KU_CRL_SIGN;
    CHECK((X509_get_key_usage(cert.get()) & caUsage) == caUsage);
    KeyPtr key = loadKey(QDir(dir).filePath(QStringLiteral("ca.key")));
    REQUIRE(key);
    CHECK(X509_check_private_key(cert.get(), key.get()) == 1);
    CHECK(EVP_PKEY_is_a(key.get(), "EC") == 1);

    const QSslCertificate qt = ca.certificate();
    CHECK(qt.isSelfSigned());
    CHECK(qt.subjectInfo(QSslCertificate::CommonName).value(0).contains(QStringLiteral("Maharashtra")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(qt.effectiveDate() <= now);
    CHECK(qt.expiryDate() > now.addYears(10).addDays(-2));
    CHECK(qt.expiryDate() <= now.addYears(10).addDays(1));

    auto crl = StateCa::readCrl(ca.crlPath(), qt);
    REQUIRE(crl.ok());
    CHECK(crl->serials.isEmpty());
    CHECK(crl->nextUpdate > now.addDays(29));

    SECTION("the folder opens again with the same certificate")
    {
        auto opened = StateCa::open(dir);
        REQUIRE(opened.ok());
        CHECK(opened->stateName() == QStringLiteral("Maharashtra"));
        CHECK(opened->certificate() == qt);
    }
    SECTION("a folder that holds a CA is never made into another")
    {
        const QByteArray before = readAll(ca.certificatePath());
        auto again = StateCa::create(dir, QStringLiteral("Goa"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("sync.ca.exists"));
        CHECK(readAll(ca.certificatePath()) == before);
    }
    SECTION("a folder without a CA does not open")
    {
        auto opened = StateCa::open(tmp.filePath(QStringLiteral("nothing-here")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QStringLiteral("sync.ca.not_found"));
    }
    SECTION("a CA needs the name of its state")
    {
        auto nameless = StateCa::create(tmp.filePath(QStringLiteral("other")), QStringLiteral("   "));
        REQUIRE_FALSE(nameless.ok());
        CHECK(fieldsOf(nameless.error()) == QStringList { QStringLiteral("stateName") });
        CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("other/ca.key"))));
    }
}

TEST_CASE("a station certificate names the station, serves client authentication and chains to the CA", "[sync][ca]")
{
    CaFixture fx;
    const QString outDir = fx.out(QStringLiteral("station"));
    auto issued = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), outDir);
    REQUIRE(issued.ok());
    CHECK(issued->subject == QStringLiteral("MH-PUN-0421"));
    CHECK(issued->keyPath == QDir(outDir).filePath(QStringLiteral("MH-PUN-0421.key")));
    CHECK(issued->certificatePath == QDir(outDir).filePath(QStringLiteral("MH-PUN-0421.crt")));
    CHECK(ownerOnly(issued->keyPath));
    CHECK(readAll(issued->caCertificatePath) == readAll(fx.ca.certificatePath()));
    CHECK(issued->serial.size() >= 24); // 128 random bits, in hex
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(issued->notAfter > now.addDays(824));
    CHECK(issued->notBefore <= now);

    const QSslCertificate cert = qtCertificate(issued->certificatePath);
    REQUIRE_FALSE(cert.isNull());
    CHECK(cert.subjectInfo(QSslCertificate::CommonName) == QStringList { QStringLiteral("MH-PUN-0421") });
    CHECK(cert.subjectInfo(QSslCertificate::Organization) == QStringList { QStringLiteral("Thana station") });
    CHECK(cert.issuerInfo(QSslCertificate::CommonName) == fx.ca.certificate().subjectInfo(QSslCertificate::CommonName));
    CHECK(StateCa::stationCodeOf(cert) == QStringLiteral("MH-PUN-0421"));
    CHECK_FALSE(StateCa::stationCodeOf(fx.ca.certificate()));
    CHECK(StateCa::serialOf(cert) == issued->serial);
    CHECK(QSslKey(readAll(issued->keyPath), QSsl::Ec).isNull() == false);

    X509Ptr leaf = loadCertificate(issued->certificatePath);
    X509Ptr ca = loadCertificate(fx.ca.certificatePath());
    KeyPtr key = loadKey(issued->keyPath);
    REQUIRE((leaf && ca && key));
    CHECK(X509_check_private_key(leaf.get(), key.get()) == 1);
    CHECK(X509_check_ca(leaf.get()) == 0);
    CHECK(bool(X509_get_extension_flags(leaf.get()) & EXFLAG_XKUSAGE));
    CHECK(X509_get_extended_key_usage(leaf.get()) == uint32_t(XKU_SSL_CLIENT));
    CHECK(verify(leaf.get(), ca.get(), X509_PURPOSE_SSL_CLIENT) == X509_V_OK);
    CHECK(verify(leaf.get(), ca.get(), X509_PURPOSE_SSL_SERVER) == X509_V_ERR_INVALID_PURPOSE);
    CHECK(qtErrors(cert, fx.ca.certificate()).isEmpty());

    auto records = fx.ca.records();
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->first().serial == issued->serial);
    CHECK(records->first().kind == CertificateRecord::Kind::Station);
    CHECK_FALSE(records->first().revoked());

    SECTION("every certificate gets its own serial")
    {
        auto second = fx.ca.issueStation(QStringLiteral("MH-PUN-0422"), fx.out(QStringLiteral("second")));
        REQUIRE(second.ok());
        CHECK(second->serial != issued->serial);
        CHECK(fx.ca.records()->size() == 2);
    }
    SECTION("an existing key is never overwritten")
    {
        const QByteArray before = readAll(issued->keyPath);
        auto again = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), outDir);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("sync.ca.file_exists"));
        CHECK(readAll(issued->keyPath) == before);
        CHECK(fx.ca.records()->size() == 1);
    }
}

TEST_CASE("a server certificate serves server authentication for its host name", "[sync][ca]")
{
    CaFixture fx;
    auto local = fx.ca.issueServer(QStringLiteral("localhost"), fx.out(QStringLiteral("server")), 365);
    REQUIRE(local.ok());
    const QSslCertificate cert = qtCertificate(local->certificatePath);
    const auto names = cert.subjectAlternativeNames();
    CHECK(names.values(QSsl::DnsEntry) == QStringList { QStringLiteral("localhost") });
    CHECK(names.values(QSsl::IpAddressEntry) == QStringList { QStringLiteral("127.0.0.1") });
    CHECK_FALSE(StateCa::stationCodeOf(cert));

    X509Ptr leaf = loadCertificate(local->certificatePath);
    X509Ptr ca = loadCertificate(fx.ca.certificatePath());
    CHECK(X509_get_extended_key_usage(leaf.get()) == uint32_t(XKU_SSL_SERVER));
    CHECK(verify(leaf.get(), ca.get(), X509_PURPOSE_SSL_SERVER) == X509_V_OK);
    CHECK(verify(leaf.get(), ca.get(), X509_PURPOSE_SSL_CLIENT) == X509_V_ERR_INVALID_PURPOSE);
    CHECK(qtErrors(cert, fx.ca.certificate(), QStringLiteral("localhost")).isEmpty());
    CHECK(qtErrors(cert, fx.ca.certificate(), QStringLiteral("127.0.0.1")).isEmpty());
    CHECK(qtErrors(cert, fx.ca.certificate(), QStringLiteral("sdc.example.org")).contains(QSslError::HostNameMismatch));

    SECTION("a loopback address gets the address and the name localhost")
    {
        auto loopback = fx.ca.issueServer(QStringLiteral("127.0.0.1"), fx.out(QStringLiteral("loopback")));
        REQUIRE(loopback.ok());
        const auto loopbackNames = qtCertificate(loopback->certificatePath).subjectAlternativeNames();
        CHECK(loopbackNames.values(QSsl::DnsEntry) == QStringList { QStringLiteral("localhost") });
        CHECK(loopbackNames.values(QSsl::IpAddressEntry) == QStringList { QStringLiteral("127.0.0.1") });
    }
    SECTION("a public name gets only that name")
    {
        auto named = fx.ca.issueServer(QStringLiteral("SDC.Police.Example.IN"), fx.out(QStringLiteral("named")));
        REQUIRE(named.ok());
        CHECK(named->subject == QStringLiteral("sdc.police.example.in"));
        const auto publicNames = qtCertificate(named->certificatePath).subjectAlternativeNames();
        CHECK(publicNames.values(QSsl::DnsEntry) == QStringList { QStringLiteral("sdc.police.example.in") });
        CHECK(publicNames.values(QSsl::IpAddressEntry).isEmpty());
    }
    SECTION("a host name with spaces or symbols is refused")
    {
        auto bad = fx.ca.issueServer(QStringLiteral("sdc server!"), fx.out(QStringLiteral("bad")));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == QStringLiteral("invalid"));
        CHECK(fieldsOf(bad.error()) == QStringList { QStringLiteral("hostName") });
        CHECK(rulesOf(bad.error()) == QStringList { QStringLiteral("ca.host_format") });
    }
}

TEST_CASE("a station code of the wrong form is refused with a message naming the field", "[sync][ca]")
{
    CaFixture fx;
    const QString outDir = fx.out(QStringLiteral("refused"));
    for (const QString& code : { QStringLiteral("mh-pun-0421"), QStringLiteral("MH-PUN-421"), QStringLiteral("MHX-PUN-0421"),
                                 QStringLiteral("MH-PUN-0421 "), QStringLiteral("MH_PUN_0421"),
                                 QStringLiteral("MH-PUN-\u0966\u0967\u0968\u0969") }) {
        INFO(code.toStdString());
        auto issued = fx.ca.issueStation(code, outDir);
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().code == QStringLiteral("invalid"));
        CHECK(fieldsOf(issued.error()) == QStringList { QStringLiteral("stationCode") });
        CHECK(rulesOf(issued.error()) == QStringList { QStringLiteral("station.code_format") });
        CHECK(issued.error().describe().contains(QStringLiteral("Station code")));
    }
    auto empty = fx.ca.issueStation(QString(), outDir);
    REQUIRE_FALSE(empty.ok());
    CHECK(rulesOf(empty.error()) == QStringList { QStringLiteral("required") });

    auto noDays = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), outDir, 0);
    REQUIRE_FALSE(noDays.ok());
    CHECK(fieldsOf(noDays.error()) == QStringList { QStringLiteral("validDays") });

    auto outlivesCa = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), outDir, 4000);
    REQUIRE_FALSE(outlivesCa.ok());
    CHECK(rulesOf(outlivesCa.error()) == QStringList { QStringLiteral("ca.validity_beyond_ca") });

    CHECK_FALSE(QDir(outDir).exists());
    CHECK(fx.ca.records()->isEmpty());
}

TEST_CASE("a revoked certificate is in the register and on the signed CRL", "[sync][ca]")
{
    CaFixture fx;
    auto pune = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), fx.out(QStringLiteral("pune")));
    auto nagpur = fx.ca.issueStation(QStringLiteral("MH-NAG-0107"), fx.out(QStringLiteral("nagpur")));
    REQUIRE((pune.ok() && nagpur.ok()));
    const QSslCertificate puneCert = qtCertificate(pune->certificatePath);
    const QSslCertificate nagpurCert = qtCertificate(nagpur->certificatePath);
    CHECK_FALSE(fx.ca.isRevoked(puneCert));
    CHECK_FALSE(fx.ca.isRevoked(nagpurCert));

    // The serial as Qt spells it: lower case, colon-separated bytes.
    const QString spelled = QString::fromLatin1(puneCert.serialNumber());
    auto revoked = fx.ca.revoke(spelled);
    REQUIRE(revoked.ok());
    CHECK(revoked.value() == pune->serial);
    CHECK(fx.ca.isRevoked(puneCert));
    CHECK_FALSE(fx.ca.isRevoked(nagpurCert));
    CHECK(StateCa::open(fx.caDir)->isRevoked(puneCert));

    auto published = StateCa::readCrl(fx.ca.crlPath(), fx.ca.certificate());
    REQUIRE(published.ok());
    CHECK(published->serials == QStringList { pune->serial });
    CHECK(published->contains(spelled));
    CHECK(published->nextUpdate > QDateTime::currentDateTimeUtc().addDays(29));

    // The CRL as any OpenSSL peer reads it.
    CrlPtr crl = loadCrl(fx.ca.crlPath());
    X509Ptr ca = loadCertificate(fx.ca.certificatePath());
    X509Ptr puneX509 = loadCertificate(pune->certificatePath);
    X509Ptr nagpurX509 = loadCertificate(nagpur->certificatePath);
    REQUIRE((crl && ca && puneX509 && nagpurX509));
    CHECK(X509_CRL_verify(crl.get(), X509_get0_pubkey(ca.get())) == 1);
    X509_REVOKED* entry = nullptr;
    CHECK(X509_CRL_get0_by_serial(crl.get(), &entry, X509_get0_serialNumber(puneX509.get())) == 1);
    CHECK(X509_CRL_get0_by_serial(crl.get(), &entry, X509_get0_serialNumber(nagpurX509.get())) == 0);
    IntPtr number(static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(crl.get(), NID_crl_number, nullptr, nullptr)));
    REQUIRE(number);
    CHECK(ASN1_INTEGER_get(number.get()) == 2);
    CHECK(verify(puneX509.get(), ca.get(), X509_PURPOSE_SSL_CLIENT, crl.get()) == X509_V_ERR_CERT_REVOKED);
    CHECK(verify(nagpurX509.get(), ca.get(), X509_PURPOSE_SSL_CLIENT, crl.get()) == X509_V_OK);

    SECTION("a certificate file names what to revoke as well as its serial")
    {
        auto byFile = fx.ca.revoke(nagpur->certificatePath);
        REQUIRE(byFile.ok());
        CHECK(byFile.value() == nagpur->serial);
        CHECK(fx.ca.isRevoked(nagpurCert));
        CHECK(StateCa::readCrl(fx.ca.crlPath(), fx.ca.certificate())->serials.size() == 2);
    }
    SECTION("a renewed CRL keeps every revocation under a new number")
    {
        REQUIRE(fx.ca.renewCrl().ok());
        CrlPtr renewed = loadCrl(fx.ca.crlPath());
        IntPtr renewedNumber(static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(renewed.get(), NID_crl_number, nullptr, nullptr)));
        CHECK(ASN1_INTEGER_get(renewedNumber.get()) == 3);
        CHECK(StateCa::readCrl(fx.ca.crlPath(), fx.ca.certificate())->serials == QStringList { pune->serial });
    }
    SECTION("what cannot be revoked is refused with the reason")
    {
        auto twice = fx.ca.revoke(pune->serial);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().code == QStringLiteral("sync.ca.already_revoked"));

        auto unknown = fx.ca.revoke(QStringLiteral("0123456789ABCDEF"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == QStringLiteral("sync.ca.unknown_serial"));

        auto garbage = fx.ca.revoke(QStringLiteral("not a serial"));
        REQUIRE_FALSE(garbage.ok());
        CHECK(fieldsOf(garbage.error()) == QStringList { QStringLiteral("serial") });

        QTemporaryDir otherDir;
        StateCa other = StateCa::create(otherDir.filePath(QStringLiteral("ca")), QStringLiteral("Goa")).value();
        auto foreign = other.issueStation(QStringLiteral("GA-PNJ-0001"), otherDir.filePath(QStringLiteral("out")));
        REQUIRE(foreign.ok());
        auto notOurs = fx.ca.revoke(foreign->certificatePath);
        REQUIRE_FALSE(notOurs.ok());
        CHECK(notOurs.error().code == QStringLiteral("sync.ca.not_ours"));
        CHECK_FALSE(fx.ca.isRevoked(qtCertificate(foreign->certificatePath)));

        auto forged = StateCa::readCrl(fx.ca.crlPath(), other.certificate());
        REQUIRE_FALSE(forged.ok());
        CHECK(forged.error().code == QStringLiteral("sync.ca.crl_signature"));
    }
}

TEST_CASE("an expired certificate can be issued for the server's refusal tests", "[sync][ca]")
{
    CaFixture fx;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto expired = fx.ca.issueStation(QStringLiteral("MH-PUN-0421"), fx.out(QStringLiteral("expired")),
                                      Validity { now.addDays(-30), now.addDays(-1) });
    REQUIRE(expired.ok());
    const QSslCertificate cert = qtCertificate(expired->certificatePath);
    CHECK_FALSE(cert.isNull());
    CHECK(cert.expiryDate() < now);
    CHECK(cert.effectiveDate() < cert.expiryDate());
    CHECK(StateCa::stationCodeOf(cert) == QStringLiteral("MH-PUN-0421"));
    CHECK(qtErrors(cert, fx.ca.certificate()).contains(QSslError::CertificateExpired));

    X509Ptr leaf = loadCertificate(expired->certificatePath);
    X509Ptr ca = loadCertificate(fx.ca.certificatePath());
    CHECK(verify(leaf.get(), ca.get(), X509_PURPOSE_SSL_CLIENT) == X509_V_ERR_CERT_HAS_EXPIRED);

    auto backwards = fx.ca.issueStation(QStringLiteral("MH-PUN-0422"), fx.out(QStringLiteral("backwards")),
                                        Validity { now, now.addDays(-1) });
    REQUIRE_FALSE(backwards.ok());
    CHECK(rulesOf(backwards.error()) == QStringList { QStringLiteral("ca.validity_order") });
}
