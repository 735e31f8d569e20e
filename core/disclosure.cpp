#include "core/disclosure.h"

#include "core/user.h"

namespace thana::core {

bool Disclosure::mayIdentifyVictim(const User& viewer, const QString& caseIoUid)
{
    return viewer.role == Role::Sho || (!caseIoUid.isEmpty() && viewer.uid == caseIoUid);
}

QString Disclosure::firSensitiveSql()
{
    return QStringLiteral("EXISTS(SELECT 1 FROM fir_sections fs JOIN sections s ON s.act_code = fs.act_code "
                          "AND s.section = fs.section WHERE fs.fir_uid = f.uid AND s.sexual_offence = 1)");
}

QString Disclosure::personMaskedSql(const User& viewer)
{
    if (viewer.role == Role::Sho)
        return QStringLiteral("0");
    QString uid = viewer.uid;
    uid.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("EXISTS(SELECT 1 FROM fir_parties mp JOIN firs f ON f.uid = mp.fir_uid "
                          "WHERE mp.person_uid = p.uid AND mp.kind IN ('complainant','victim') "
                          "AND coalesce(f.io_uid, '') <> '%1' AND %2)")
        .arg(uid, firSensitiveSql());
}

QString Disclosure::withheld()
{
    return tr("[identity withheld: BNS s.72]");
}

} // namespace thana::core
