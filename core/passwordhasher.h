#pragma once

#include <QString>

namespace thana::core {

/// Password hashing with scrypt (memory-hard) from OpenSSL. The parameters are
/// stored with each hash so they can be raised later without breaking old ones.
namespace passwordhasher {

/// "scrypt$<log2 N>$<r>$<p>$<salt, base64>$<key, base64>"
QString hash(const QString& password);
bool verify(const QString& password, const QString& stored);
/// Minimum length and mix a new password must have; empty when acceptable, else a
/// translated reason.
QString weakness(const QString& password);

} // namespace passwordhasher
} // namespace thana::core
