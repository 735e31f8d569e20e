#pragma once

#include <QString>

namespace thana::core {

struct Fir;
struct Station;

/// The printable copy of an FIR (IIF-I) as HTML, with every heading in English and in
/// the station's local language. The FIR passed in is already masked for its reader.
namespace fircopy {

QString html(const Fir& fir, const Station& station);

} // namespace fircopy
} // namespace thana::core
