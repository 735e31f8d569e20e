#include "core/firrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/disclosure.h"
#include "core/firrules.h"
#include "core/sqlutil.h"
#include "core/user.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace thana::core {

namespace {

const QString firColumns = QStringLiteral(
    "f.uid, f.station_code, f.district_code, f.year, f.number, f.registered_at, f.gd_uid, coalesce(f.complaint_uid, ''), "
    "f.info_received_at, f.info_mode, f.occurrence_from, f.occurrence_to, f.place_address, f.beat, f.direction, "
    "f.distance_km, f.unknown_accused, f.unknown_accused_description, f.delay_reason, f.property_description, "
    "f.property_value, f.first_information, f.action_taken, coalesce(f.io_uid, ''), f.zero_fir, f.zero_fir_origin, "
    "f.created_by, coalesce(ur.full_name, ''), coalesce(ui.full_name, ''), coalesce('GD ' || g.number || '/' || g.year, '')");

void applyAmendment(Fir& f, const FirAmendment& a)
{
    const QString& v = a.newValue;
    if (a.field == QLatin1String("placeAddress"))
        f.placeAddress = v;
    else if (a.field == QLatin1String("beat"))
        f.beat = v;
    else if (a.field == QLatin1String("direction"))
        f.direction = v;
    else if (a.field == QLatin1String("distanceKm"))
        f.distanceKm = v.toDouble();
    else if (a.field == QLatin1String("delayReason"))
        f.delayReason = v;
    else if (a.field == QLatin1String("propertyDescription"))
        f.propertyDescription = v;
    else if (a.field == QLatin1String("propertyValue"))
        f.propertyValueRupees = v.toLongLong();
    else if (a.field == QLatin1String("actionTaken"))
        f.actionTaken = v;
    else if (a.field == QLatin1String("unknownAccusedDescription"))
        f.unknownAccusedDescription = v;
    // "section" amendments add rows to fir_sections, read with the sections.
}

} // namespace

std::optional<Fir> FirRepository::byUid(const QString& uid, const User& viewer) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM firs f LEFT JOIN users ur ON ur.uid = f.created_by "
                                     "LEFT JOIN users ui ON ui.uid = f.io_uid LEFT JOIN gd_entries g ON g.uid = f.gd_uid WHERE f.uid=?")
                          .arg(firColumns),
                   { uid })
        || !q.next())
        return std::nullopt;
    Fir f;
    f.uid = q.value(0).toString();
    f.stationCode = q.value(1).toString();
    f.districtCode = q.value(2).toString();
    f.year = q.value(3).toInt();
    f.number = q.value(4).toInt();
    f.registeredAt = fromStored(q.value(5).toString());
    f.gdUid = q.value(6).toString();
    f.complaintUid = q.value(7).toString();
    f.infoReceivedAt = fromStored(q.value(8).toString());
    f.infoMode = infoModeFromKey(q.value(9).toString()).value_or(InfoMode::Written);
    f.occurrenceFrom = fromStored(q.value(10).toString());
    f.occurrenceTo = fromStored(q.value(11).toString());
    f.placeAddress = q.value(12).toString();
    f.beat = q.value(13).toString();
    f.direction = q.value(14).toString();
    f.distanceKm = q.value(15).toDouble();
    f.unknownAccused = q.value(16).toInt();
    f.unknownAccusedDescription = q.value(17).toString();
    f.delayReason = q.value(18).toString();
    f.propertyDescription = q.value(19).toString();
    f.propertyValueRupees = q.value(20).toLongLong();
    f.firstInformation = q.value(21).toString();
    f.actionTaken = q.value(22).toString();
    f.ioUid = q.value(23).toString();
    f.zeroFir = q.value(24).toBool();
    f.zeroFirOrigin = q.value(25).toString();
    f.registeredBy = q.value(26).toString();
    f.registeredByName = q.value(27).toString();
    f.ioName = q.value(28).toString();
    f.gdReference = q.value(29).toString();
    q.finish();

    QSqlQuery s(db);
    if (sql::exec(s, QStringLiteral("SELECT s.act_code, s.section, s.title_en, s.max_punishment, s.sexual_offence FROM fir_sections fs "
                                    "JOIN sections s ON s.act_code = fs.act_code AND s.section = fs.section WHERE fs.fir_uid=? "
                                    "ORDER BY fs.amendment_uid IS NOT NULL, s.id"),
                  { uid })) {
        while (s.next()) {
            Section sec;
            sec.actCode = s.value(0).toString();
            sec.number = s.value(1).toString();
            sec.title = s.value(2).toString();
            sec.maxPunishment = s.value(3).toString();
            sec.sexualOffence = s.value(4).toBool();
            f.sections << sec;
        }
    }
    f.sensitive = FirRules::isSensitive(f.sections);

    QSqlQuery p(db);
    if (sql::exec(p, QStringLiteral("SELECT fp.kind, fp.person_uid, fp.accused_status, p.name_en, p.name_local, p.relative_name, "
                                    "p.address_present FROM fir_parties fp JOIN persons p ON p.uid = fp.person_uid "
                                    "WHERE fp.fir_uid=? ORDER BY fp.position"),
                  { uid })) {
        while (p.next()) {
            FirParty party;
            const QString kind = p.value(0).toString();
            party.kind = kind == QLatin1String("victim") ? FirParty::Kind::Victim
                : kind == QLatin1String("accused")       ? FirParty::Kind::Accused
                                                         : FirParty::Kind::Complainant;
            party.personUid = p.value(1).toString();
            party.accusedStatus = p.value(2).toString();
            const QString en = p.value(3).toString();
            const QString local = p.value(4).toString();
            party.name = en.isEmpty() ? local : local.isEmpty() ? en : en + QStringLiteral(" (") + local + QLatin1Char(')');
            party.relativeName = p.value(5).toString();
            party.address = p.value(6).toString();
            f.parties << party;
        }
    }

    QSqlQuery a(db);
    if (sql::exec(a, QStringLiteral("SELECT a.uid, a.field, a.old_value, a.new_value, a.reason, a.created_by, coalesce(u.full_name, ''), "
                                    "a.created_at FROM fir_amendments a LEFT JOIN users u ON u.uid = a.created_by "
                                    "WHERE a.fir_uid=? ORDER BY a.id"),
                  { uid })) {
        while (a.next()) {
            FirAmendment am { a.value(0).toString(), a.value(1).toString(), a.value(2).toString(), a.value(3).toString(),
                              a.value(4).toString(), a.value(5).toString(), a.value(6).toString(), fromStored(a.value(7).toString()) };
            applyAmendment(f, am);
            f.amendments << am;
        }
    }

    if (f.sensitive && !Disclosure::mayIdentifyVictim(viewer, f.ioUid)) {
        f.masked = true;
        for (FirParty& party : f.parties) {
            if (party.kind != FirParty::Kind::Accused) {
                party.name = Disclosure::withheld();
                party.relativeName.clear();
                party.address.clear();
            }
        }
        f.firstInformation = Disclosure::withheld();
        f.placeAddress = Disclosure::withheld();
        // An amendment of what is withheld would give it away in the amendment history.
        for (FirAmendment& am : f.amendments) {
            if (am.field == QLatin1String("placeAddress") || am.field == QLatin1String("firstInformation")) {
                am.oldValue = Disclosure::withheld();
                am.newValue = Disclosure::withheld();
            }
        }
    }
    return f;
}

std::optional<Fir> FirRepository::byNumber(int year, int number, const User& viewer) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT uid FROM firs WHERE year=? AND number=?"), { year, number }) || !q.next())
        return std::nullopt;
    return byUid(q.value(0).toString(), viewer);
}

QList<FirSummary> FirRepository::page(const FirFilter& filter, qint64 beforeId, int limit, const User& viewer) const
{
    QList<FirSummary> result;
    QString where = QStringLiteral("WHERE 1");
    QVariantList values;
    if (beforeId > 0) {
        where += QStringLiteral(" AND f.id < ?");
        values << beforeId;
    }
    if (filter.year > 0) {
        where += QStringLiteral(" AND f.year = ?");
        values << filter.year;
    }
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        static const QRegularExpression numberForm(QStringLiteral("^(\\d+)(?:\\s*/\\s*(\\d{4}))?$"));
        static const QRegularExpression sectionForm(QStringLiteral("^([A-Za-z]+)\\s+(\\d+\\S*)$"));
        if (const auto m = numberForm.match(text); m.hasMatch()) {
            where += QStringLiteral(" AND f.number = ?");
            values << m.captured(1).toInt();
            if (!m.captured(2).isEmpty()) {
                where += QStringLiteral(" AND f.year = ?");
                values << m.captured(2).toInt();
            }
        } else if (const auto s = sectionForm.match(text); s.hasMatch()) {
            where += QStringLiteral(" AND EXISTS(SELECT 1 FROM fir_sections x WHERE x.fir_uid = f.uid AND x.act_code = ? AND x.section = ?)");
            values << s.captured(1).toUpper() << s.captured(2);
        } else if (text.size() >= 3) {
            // Names go through the trigram index of persons, so a name search does not read
            // every party of every FIR. Names of complainants whose identity this viewer
            // may not see are never searched.
            QString phrase = text;
            phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            where += QStringLiteral(" AND (f.place_address LIKE ? OR f.uid IN (SELECT x.fir_uid FROM fir_parties x "
                                    "JOIN persons p ON p.uid = x.person_uid WHERE p.id IN "
                                    "(SELECT rowid FROM person_search WHERE person_search MATCH ?) AND NOT (%1)))")
                         .arg(Disclosure::personMaskedSql(viewer));
            values << sql::containing(text) << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
        } else {
            where += QStringLiteral(" AND (f.place_address LIKE ? OR EXISTS(SELECT 1 FROM fir_parties x JOIN persons p ON p.uid = x.person_uid "
                                    "WHERE x.fir_uid = f.uid AND (p.name_en LIKE ? OR p.name_local LIKE ?) AND NOT (%1)))")
                         .arg(Disclosure::personMaskedSql(viewer));
            const QString like = sql::containing(text);
            values << like << like << like;
        }
    }
    QSqlQuery q(m_db.connection());
    const QString statement = QStringLiteral(
        "SELECT f.id, f.uid, f.year, f.number, f.registered_at, f.occurrence_from, "
        "(SELECT trim(p.name_en || CASE WHEN p.name_local <> '' AND p.name_en <> '' THEN ' (' || p.name_local || ')' ELSE p.name_local END) "
        " FROM fir_parties x JOIN persons p ON p.uid = x.person_uid WHERE x.fir_uid = f.uid AND x.kind = 'complainant'), "
        "(SELECT group_concat(x.act_code || ' ' || x.section, ', ') FROM fir_sections x WHERE x.fir_uid = f.uid), "
        "coalesce(u.full_name, ''), f.place_address, %1, coalesce(f.io_uid, '') "
        "FROM firs f LEFT JOIN users u ON u.uid = f.io_uid %2 ORDER BY f.id DESC LIMIT %3")
                                  .arg(Disclosure::firSensitiveSql(), where)
                                  .arg(limit);
    if (!sql::exec(q, statement, values))
        return result;
    while (q.next()) {
        FirSummary s;
        s.id = q.value(0).toLongLong();
        s.uid = q.value(1).toString();
        s.year = q.value(2).toInt();
        s.number = q.value(3).toInt();
        s.registeredAt = fromStored(q.value(4).toString());
        s.occurrenceFrom = fromStored(q.value(5).toString());
        s.complainant = q.value(6).toString();
        s.sections = q.value(7).toString();
        s.ioName = q.value(8).toString();
        s.place = q.value(9).toString();
        s.sensitive = q.value(10).toBool();
        if (s.sensitive && !Disclosure::mayIdentifyVictim(viewer, q.value(11).toString())) {
            s.complainant = Disclosure::withheld();
            s.place = Disclosure::withheld();
        }
        result << s;
    }
    return result;
}

int FirRepository::count(int year) const
{
    QSqlQuery q(m_db.connection());
    if (year > 0)
        return sql::exec(q, QStringLiteral("SELECT count(*) FROM firs WHERE year=?"), { year }) && q.next() ? q.value(0).toInt() : 0;
    return q.exec(QStringLiteral("SELECT count(*) FROM firs")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace thana::core
