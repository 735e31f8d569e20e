#include "core/gdrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/registerchain.h"
#include "core/sqlutil.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "core/user.h"

#include <QSqlQuery>

#include <algorithm>

namespace thana::core {

namespace {

const QString gdColumns = QStringLiteral("g.uid, g.station_code, g.year, g.number, g.entry_at, g.kind, g.summary, "
                                         "g.officer_uid, coalesce(u.full_name, ''), coalesce(g.corrects_uid, ''), g.created_at, g.id");

GdEntry entryFrom(const QSqlQuery& q)
{
    GdEntry e;
    e.uid = q.value(0).toString();
    e.stationCode = q.value(1).toString();
    e.year = q.value(2).toInt();
    e.number = q.value(3).toInt();
    e.entryAt = fromStored(q.value(4).toString());
    e.kind = q.value(5).toString();
    e.summary = q.value(6).toString();
    e.officerUid = q.value(7).toString();
    e.officerName = q.value(8).toString();
    e.correctsUid = q.value(9).toString();
    e.createdAt = fromStored(q.value(10).toString());
    return e;
}

} // namespace

std::optional<GdEntry> GdRepository::byUid(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM gd_entries g LEFT JOIN users u ON u.uid = g.officer_uid WHERE g.uid=?").arg(gdColumns),
                   { uid })
        || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<GdEntry> GdRepository::byNumber(int year, int number) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM gd_entries g LEFT JOIN users u ON u.uid = g.officer_uid "
                                     "WHERE g.year=? AND g.number=?")
                          .arg(gdColumns),
                   { year, number })
        || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

QList<GdEntry> GdRepository::page(const QString& filter, qint64 beforeId, int limit, qint64* lastId) const
{
    QList<GdEntry> result;
    QString where = QStringLiteral("WHERE 1");
    QVariantList values;
    if (beforeId > 0) {
        where += QStringLiteral(" AND g.id < ?");
        values << beforeId;
    }
    if (!filter.trimmed().isEmpty()) {
        where += QStringLiteral(" AND g.summary LIKE ?");
        values << sql::containing(filter.trimmed());
    }
    values << limit;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM gd_entries g LEFT JOIN users u ON u.uid = g.officer_uid %2 "
                                     "ORDER BY g.id DESC LIMIT ?")
                          .arg(gdColumns, where),
                   values))
        return result;
    while (q.next()) {
        result << entryFrom(q);
        if (lastId)
            *lastId = q.value(11).toLongLong();
    }
    return result;
}

int GdRepository::count() const
{
    // Diary numbers run 1, 2, 3… each year without gaps, so the counters hold the count
    // without reading half a million entries.
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT coalesce(sum(last_number), 0) FROM counters WHERE name = 'gd'")) && q.next()
        ? q.value(0).toInt()
        : 0;
}

QDateTime GdRepository::lastEntryAt(UnitOfWork& uow)
{
    const QString text = QStringLiteral("SELECT entry_at FROM gd_entries ORDER BY id DESC LIMIT 1");
    QSqlQuery& q = uow.database().statement(text);
    QDateTime at;
    if (sql::exec(q, text) && q.next())
        at = fromStored(q.value(0).toString());
    q.finish();
    return at;
}

QString GdRepository::custodySummary(UnitOfWork& uow, const QDate& day)
{
    // Held at the station when the day began: arrested and not yet produced before a
    // magistrate (BNSS s.58: within 24 hours), or remanded to police custody (BNSS
    // s.187(2): 15 days at most) — as the arrest records say.
    const QDateTime start(day, QTime(0, 0), stationZone());
    const QString text = QStringLiteral(
        "SELECT a.accused_code, p.name_en, p.name_local, f.number, f.year, a.outcome, a.at, coalesce(a.remanded_at, '') "
        "FROM arrests a JOIN persons p ON p.uid = a.person_uid JOIN firs f ON f.uid = a.fir_uid "
        "WHERE a.at < ?1 AND ((a.outcome = 'sent_up' AND a.at >= ?2) "
        "OR (a.outcome = 'police_custody' AND coalesce(a.remanded_at, a.at) >= ?3)) "
        "ORDER BY a.at");
    QSqlQuery& q = uow.database().statement(text);
    QStringList held;
    if (sql::exec(q, text, { toStored(start.toUTC()), toStored(start.addSecs(-24 * 3600).toUTC()), toStored(start.addDays(-15).toUTC()) })) {
        while (q.next()) {
            const QString name = q.value(2).toString().isEmpty() ? q.value(1).toString()
                                                                  : QStringLiteral("%1 / %2").arg(q.value(1).toString(), q.value(2).toString());
            const QString since = fromStored(q.value(6).toString()).toTimeZone(stationZone()).toString(QStringLiteral("dd-MM-yyyy hh:mm"));
            held << (q.value(5).toString() == QLatin1String("police_custody")
                         ? tr("%1 %2 (FIR %3/%4), on police custody remand since %5")
                               .arg(q.value(0).toString(), name)
                               .arg(q.value(3).toInt())
                               .arg(q.value(4).toInt())
                               .arg(fromStored(q.value(7).toString().isEmpty() ? q.value(6).toString() : q.value(7).toString())
                                        .toTimeZone(stationZone())
                                        .toString(QStringLiteral("dd-MM-yyyy hh:mm")))
                         : tr("%1 %2 (FIR %3/%4), arrested %5, to be produced before the magistrate")
                               .arg(q.value(0).toString(), name)
                               .arg(q.value(3).toInt())
                               .arg(q.value(4).toInt())
                               .arg(since));
        }
    }
    q.finish();
    const QString date = day.toString(QStringLiteral("dd-MM-yyyy"));
    if (held.isEmpty())
        return tr("Persons in custody at the start of %1: none.").arg(date);
    return tr("Persons in custody at the start of %1 (%n): ", nullptr, int(held.size())).arg(date) + held.join(QStringLiteral("; ")) + QLatin1Char('.');
}

Result<GdEntry> GdRepository::append(UnitOfWork& uow, const QString& stationCode, const QString& kind,
                                     const QString& summary, const QDateTime& at, const QString& correctsUid)
{
    if (summary.trimmed().isEmpty())
        return Error { QStringLiteral("invalid"), tr("The diary entry cannot be written:"),
                       { Violation { QStringLiteral("summary"), QStringLiteral("required"), tr("Entry text: is required.") } } };
    QDateTime last = lastEntryAt(uow);
    // The first entry of each day lists the persons in custody, from the arrest records.
    if (kind != QLatin1String(kCustodyKind)) {
        const QDate day = std::max(at, last).toTimeZone(stationZone()).date();
        if (last.isValid() && last.toTimeZone(stationZone()).date() < day) {
            auto opened = write(uow, stationCode, QLatin1String(kCustodyKind), custodySummary(uow, day), at, {}, last);
            if (!opened)
                return opened.error();
            last = opened->entryAt;
        }
    }
    return write(uow, stationCode, kind, summary, at, correctsUid, last);
}

Result<GdEntry> GdRepository::write(UnitOfWork& uow, const QString& stationCode, const QString& kind, const QString& summary,
                                    const QDateTime& at, const QString& correctsUid, const QDateTime& last)
{
    GdEntry e;
    e.uid = sql::newUid();
    e.stationCode = stationCode;
    // Entries are numbered in the order they are written and their times never go back.
    e.entryAt = std::max(at, last);
    e.year = e.entryAt.toTimeZone(stationZone()).date().year();
    e.kind = kind;
    e.summary = summary.trimmed();
    e.officerUid = uow.actorUid();
    e.correctsUid = correctsUid;
    e.createdAt = at;


    auto number = uow.nextNumber(QStringLiteral("gd"), stationCode, e.year);
    if (!number)
        return number.error();
    e.number = number.value();
    auto done = uow.insert(QStringLiteral("gd_entries"),
                           { { QStringLiteral("uid"), e.uid },
                             { QStringLiteral("station_code"), e.stationCode },
                             { QStringLiteral("year"), e.year },
                             { QStringLiteral("number"), e.number },
                             { QStringLiteral("entry_at"), toStored(e.entryAt) },
                             { QStringLiteral("kind"), e.kind },
                             { QStringLiteral("summary"), e.summary },
                             { QStringLiteral("officer_uid"), e.officerUid },
                             { QStringLiteral("corrects_uid"), sql::nullable(correctsUid) },
                             { QStringLiteral("created_by"), e.officerUid },
                             { QStringLiteral("created_at"), toStored(e.createdAt) } },
                           e.uid);
    if (!done)
        return done.error();
    if (auto linked = RegisterChain::append(uow, QStringLiteral("gd"), e.uid); !linked)
        return linked.error();
    return e;
}

Result<GdEntry> GdRepository::record(const QString& kind, const QString& summary, const User& actor, const Clock& clock)
{
    const auto station = StationRepository(m_db).station();
    if (!station)
        return Error { QStringLiteral("station.missing"), tr("Create the station before writing the diary."), {} };
    if (actor.isAdmin())
        return Error { QStringLiteral("forbidden"), tr("Administrators manage accounts; the diary is written by station officers."), {} };
    UnitOfWork uow(m_db, actor.uid);
    auto e = append(uow, station->code, kind, summary, clock.now());
    if (!e)
        return e;
    if (auto c = uow.commit(); !c)
        return c.error();
    return e;
}

Result<GdEntry> GdRepository::correct(const QString& originalUid, const QString& summary, const User& actor, const Clock& clock)
{
    const auto original = byUid(originalUid);
    if (!original)
        return Error { QStringLiteral("not_found"), tr("The diary entry to correct does not exist."), {} };
    const auto station = StationRepository(m_db).station();
    if (!station)
        return Error { QStringLiteral("station.missing"), tr("Create the station before writing the diary."), {} };
    if (actor.isAdmin())
        return Error { QStringLiteral("forbidden"), tr("Administrators manage accounts; the diary is written by station officers."), {} };
    UnitOfWork uow(m_db, actor.uid);
    const QString text = tr("Correction of %1: %2").arg(original->reference(), summary.trimmed());
    if (summary.trimmed().isEmpty())
        return Error { QStringLiteral("invalid"), tr("The correction cannot be written:"),
                       { Violation { QStringLiteral("summary"), QStringLiteral("required"), tr("Correction text: is required.") } } };
    auto e = append(uow, station->code, QStringLiteral("correction"), text, clock.now(), originalUid);
    if (!e)
        return e;
    if (auto c = uow.commit(); !c)
        return c.error();
    return e;
}

} // namespace thana::core
