#pragma once

#include <QString>

namespace thana::core {

/// A key under which the same Indian name written in English or in Devanagari, and in
/// the usual variant spellings, falls together: "Ramesh", "Ramesh", "रमेश" → "rms";
/// "Jadhav", "Jaadhav", "जाधव" → "jdv". Consonants are kept in order (aspirates and
/// doubled letters folded, v/w, s/sh, j/z taken as one); vowels are dropped except a
/// leading one, written "a". Used to offer likely duplicates, never to decide them.
QString nameKey(const QString& name);

} // namespace thana::core
