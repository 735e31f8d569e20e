#include "core/passwordhasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace thana::core::passwordhasher {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(thana::core::Password)
};

// OWASP's scrypt profile of N=2^15, r=8, p=3: 32 MiB of memory per attempt.
constexpr int kLogN = 15;
constexpr int kR = 8;
constexpr int kP = 3;
constexpr int kKeyLength = 32;
constexpr int kSaltLength = 16;

QByteArray derive(const QByteArray& password, const QByteArray& salt, int logN, int r, int p)
{
    QByteArray key(kKeyLength, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << logN;
    const uint64_t maxMem = 128ull * uint64_t(r) * (n + uint64_t(p) + 2) + (16ull << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, uint64_t(r),
                       uint64_t(p), maxMem, reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()))
        != 1)
        return {};
    return key;
}

} // namespace

QString hash(const QString& password)
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltLength) != 1)
        return {};
    const QByteArray key = derive(password.toUtf8(), salt, kLogN, kR, kP);
    if (key.isEmpty())
        return {};
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kLogN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != QLatin1String("scrypt"))
        return false;
    const int logN = parts.at(1).toInt();
    const int r = parts.at(2).toInt();
    const int p = parts.at(3).toInt();
    if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(5).toLatin1());
    const QByteArray key = derive(password.toUtf8(), salt, logN, r, p);
    return !key.isEmpty() && key.size() == expected.size()
        && CRYPTO_memcmp(key.constData(), expected.constData(), size_t(key.size())) == 0;
}

QString weakness(const QString& password)
{
    if (password.size() < 10)
        return Tr::tr("Password: must be at least 10 characters long.");
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return Tr::tr("Password: must contain both letters and digits.");
    return {};
}

} // namespace thana::core::passwordhasher
