#pragma once

#include <QString>

namespace thana::core {

class Database;

/// The printable Integrated Investigation Forms after the FIR, as HTML with every
/// heading in English and Hindi: IIF-II crime details, IIF-III arrest or surrender
/// memo, IIF-IV seizure memo, IIF-V final report, IIF-VI court disposal, IIF-VII
/// result of appeal. Each returns an empty string when its record does not exist.
namespace iifforms {

QString crimeDetails(Database& db, const QString& firUid);
QString arrestMemo(Database& db, const QString& arrestUid);
QString seizureMemo(Database& db, const QString& seizureUid);
QString finalReport(Database& db, const QString& firUid);
QString courtDisposal(Database& db, const QString& firUid);
QString appeal(Database& db, const QString& firUid);

} // namespace iifforms
} // namespace thana::core
