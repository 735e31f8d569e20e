#include "core/fir.h"

#include <QCoreApplication>

namespace thana::core {

QString infoModeKey(InfoMode m)
{
    switch (m) {
    case InfoMode::Oral: return QStringLiteral("oral");
    case InfoMode::Written: return QStringLiteral("written");
    case InfoMode::EFir: return QStringLiteral("efir");
    }
    return {};
}

std::optional<InfoMode> infoModeFromKey(const QString& key)
{
    for (InfoMode m : { InfoMode::Oral, InfoMode::Written, InfoMode::EFir }) {
        if (infoModeKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString infoModeName(InfoMode m)
{
    switch (m) {
    case InfoMode::Oral: return QCoreApplication::translate("thana::core::Fir", "Oral");
    case InfoMode::Written: return QCoreApplication::translate("thana::core::Fir", "Written");
    case InfoMode::EFir: return QCoreApplication::translate("thana::core::Fir", "e-FIR");
    }
    return {};
}

QString Fir::reference() const
{
    return QCoreApplication::translate("thana::core::Fir", "FIR %1/%2").arg(number).arg(year);
}

QString Fir::complainantName() const
{
    for (const FirParty& p : parties) {
        if (p.kind == FirParty::Kind::Complainant)
            return p.name;
    }
    return {};
}

} // namespace thana::core
