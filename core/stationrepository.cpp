#include "core/stationrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace thana::core {

std::optional<Station> StationRepository::station() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uid, state_code, state_name, district_code, district_name, code, name_en, "
                               "name_local, language, training, created_at FROM station LIMIT 1"))
        || !q.next())
        return std::nullopt;
    Station s;
    s.uid = q.value(0).toString();
    s.stateCode = q.value(1).toString();
    s.stateName = q.value(2).toString();
    s.districtCode = q.value(3).toString();
    s.districtName = q.value(4).toString();
    s.code = q.value(5).toString();
    s.nameEn = q.value(6).toString();
    s.nameLocal = q.value(7).toString();
    s.language = q.value(8).toString();
    s.training = q.value(9).toBool();
    s.createdAt = fromStored(q.value(10).toString());
    return s;
}

QList<Violation> StationRepository::validate(const Station& s)
{
    QList<Violation> v;
    auto need = [&v](const QString& value, const char* field, const QString& label) {
        if (value.trimmed().isEmpty())
            v << Violation { QLatin1String(field), QStringLiteral("required"), tr("%1: is required.").arg(label) };
    };
    need(s.stateCode, "stateCode", tr("State code"));
    need(s.stateName, "stateName", tr("State"));
    need(s.districtCode, "districtCode", tr("District code"));
    need(s.districtName, "districtName", tr("District"));
    need(s.code, "code", tr("Station code"));
    need(s.nameEn, "nameEn", tr("Station name (English)"));
    need(s.nameLocal, "nameLocal", tr("Station name (local language)"));
    static const QRegularExpression codeForm(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,19}$"));
    if (!s.code.isEmpty() && !codeForm.match(s.code).hasMatch())
        v << Violation { QStringLiteral("code"), QStringLiteral("station.code_form"),
                         tr("Station code: use 2 to 20 capital letters, digits and hyphens, e.g. MH-PUN-0421.") };
    if (s.language != QLatin1String("hi") && s.language != QLatin1String("mr"))
        v << Violation { QStringLiteral("language"), QStringLiteral("station.language"),
                         tr("Local language: must be Hindi or Marathi.") };
    return v;
}

Result<Station> StationRepository::create(Station s, const QString& actorUid)
{
    if (const auto v = validate(s); !v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The station cannot be created:"), v };
    if (station())
        return Error { QStringLiteral("station.exists"), tr("This store already belongs to a station."), {} };
    s.uid = sql::newUid();
    s.createdAt = QDateTime::currentDateTimeUtc();
    UnitOfWork uow(m_db, actorUid);
    auto done = uow.insert(QStringLiteral("station"),
                           { { QStringLiteral("uid"), s.uid },
                             { QStringLiteral("state_code"), s.stateCode },
                             { QStringLiteral("state_name"), s.stateName },
                             { QStringLiteral("district_code"), s.districtCode },
                             { QStringLiteral("district_name"), s.districtName },
                             { QStringLiteral("code"), s.code },
                             { QStringLiteral("name_en"), s.nameEn },
                             { QStringLiteral("name_local"), s.nameLocal },
                             { QStringLiteral("language"), s.language },
                             { QStringLiteral("training"), s.training },
                             { QStringLiteral("created_by"), sql::nullable(actorUid) },
                             { QStringLiteral("created_at"), toStored(s.createdAt) } },
                           s.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return s;
}

} // namespace thana::core
