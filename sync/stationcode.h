#pragma once

#include <QString>

namespace thana::sync {

/// Station codes as the state issues them: state, district and a four-digit number,
/// "MH-PUN-0421". The code names a station in its certificate and in every batch it
/// uploads, so both check the same form.
namespace stationcode {

/// True when `code` has the form "AA-AAA-9999" (capital letters, digits).
bool isValid(const QString& code);

} // namespace stationcode
} // namespace thana::sync
