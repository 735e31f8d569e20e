#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace thana::sync {

using core::Error;
using core::Result;
using core::Violation;

/// The period a certificate is valid in. Explicit bounds let a test issue a
/// certificate that has already expired.
struct Validity {
    QDateTime notBefore;
    QDateTime notAfter;

    /// From five minutes ago, so a peer whose clock is a little behind accepts it,
    /// until `days` days from now.
    static Validity days(int days);
};

/// What issuing a certificate produced.
struct IssuedCertificate {
    QString serial;            ///< upper-case hex without leading zeros
    QString subject;           ///< the common name: station code or host name
    QString keyPath;           ///< PEM private key, readable by its owner only
    QString certificatePath;   ///< PEM certificate
    QString caCertificatePath; ///< copy of the CA's certificate beside them
    QDateTime notBefore;
    QDateTime notAfter;
};

/// One certificate in the CA's register of everything it has issued.
struct CertificateRecord {
    enum class Kind { Station, Server };

    QString serial;
    Kind kind = Kind::Station;
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime issuedAt;
    QDateTime revokedAt; ///< invalid while the certificate stands

    bool revoked() const { return revokedAt.isValid(); }
};

/// Revocations as published in a CRL, read back with its signature checked.
struct RevocationList {
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QStringList serials; ///< upper-case hex without leading zeros

    bool contains(const QString& serial) const;
};

/// The state's certificate authority. Stations and the State Data Centre authenticate
/// each other with mutual TLS, and every certificate involved comes from here.
///
/// The CA lives in one folder: `ca.key` (EC P-256, PEM, owner-only), `ca.crt`
/// (self-signed, ten years), `index.json` (every issued serial and its revocation,
/// the authority on what is revoked) and `crl.pem` (the signed list published to
/// the server). The folder is meant for an offline machine; the key is not
/// encrypted, so the folder's protection is the key's protection.
class StateCa final {
    Q_DECLARE_TR_FUNCTIONS(thana::sync::StateCa)
public:
    static constexpr int kDefaultValidDays = 825;
    static constexpr int kCrlDays = 30;

    /// Makes a new CA in `dir` (created when missing). Refuses a folder that already
    /// holds a CA, so a CA is never overwritten by mistake.
    static Result<StateCa> create(const QString& dir, const QString& stateName);
    /// Opens the CA in `dir`, checking that its key matches its certificate.
    static Result<StateCa> open(const QString& dir);

    QString directory() const { return m_dir; }
    QString stateName() const { return m_stateName; }
    QSslCertificate certificate() const { return m_certificate; }
    QString certificatePath() const;
    QString crlPath() const;

    /// Issues a station's client certificate (CN = station code, O = "Thana station",
    /// extended key usage clientAuth) and writes `<code>.key`, `<code>.crt` and
    /// `ca.crt` into `outDir`. Refuses to overwrite an existing key or certificate.
    Result<IssuedCertificate> issueStation(const QString& stationCode, const QString& outDir,
                                           int validDays = kDefaultValidDays);
    Result<IssuedCertificate> issueStation(const QString& stationCode, const QString& outDir,
                                           const Validity& validity);
    /// Issues the State Data Centre's server certificate (extended key usage
    /// serverAuth, subjectAltName for `hostName`; a loopback name also gets
    /// IP:127.0.0.1) and writes `<host>.key`, `<host>.crt` and `ca.crt` into `outDir`.
    Result<IssuedCertificate> issueServer(const QString& hostName, const QString& outDir,
                                          int validDays = kDefaultValidDays);
    Result<IssuedCertificate> issueServer(const QString& hostName, const QString& outDir,
                                          const Validity& validity);

    /// Revokes a certificate this CA issued, named by its serial (hex, colons allowed)
    /// or by the path of its PEM file, and publishes a new CRL. Returns the serial.
    Result<QString> revoke(const QString& serialOrCertificateFile);
    /// Signs a fresh CRL with the current revocations; run before `nextUpdate` passes.
    Result<void> renewCrl();

    /// Every certificate issued, oldest first.
    Result<QList<CertificateRecord>> records() const;
    /// Whether this CA has revoked `certificate`. A certificate from another issuer
    /// is not in this CA's list and gives false. When the register cannot be read the
    /// answer is true: a peer is never let in on an unreadable list.
    bool isRevoked(const QSslCertificate& certificate) const;

    /// The station code of a station certificate (O = "Thana station" and a CN of the
    /// station-code form); nullopt for any other certificate. Does not verify the chain;
    /// TLS has done that before a server asks.
    static std::optional<QString> stationCodeOf(const QSslCertificate& certificate);
    /// The serial of `certificate`, upper-case hex without leading zeros.
    static QString serialOf(const QSslCertificate& certificate);
    /// Reads a CRL and checks that `caCertificate` signed it.
    static Result<RevocationList> readCrl(const QString& crlPath, const QSslCertificate& caCertificate);

private:
    StateCa(QString dir, QString stateName, QSslCertificate certificate);

    Result<IssuedCertificate> issue(CertificateRecord::Kind kind, const QString& subject, const QString& outDir,
                                    const Validity& validity, QList<Violation> violations);

    QString m_dir;
    QString m_stateName;
    QSslCertificate m_certificate;
};

} // namespace thana::sync
