#include "core/masterdata.h"

#include "core/database.h"
#include "core/sqlutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMasterData, "thana.core.masterdata")

namespace thana::core {

namespace {

QByteArray readResource(const QString& name)
{
    QFile f(QStringLiteral(":/thana/masterdata/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Rows of a TSV file with a header line; "\n" inside a field stands for a newline.
QList<QStringList> parseTsv(const QByteArray& data, int columns)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (fields.size() != columns)
            continue;
        for (QString& f : fields)
            f.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        rows << fields;
    }
    return rows;
}

Section sectionFrom(const QSqlQuery& q)
{
    Section s;
    s.actCode = q.value(0).toString();
    s.number = q.value(1).toString();
    s.title = q.value(2).toString();
    s.maxPunishment = q.value(3).toString();
    s.sexualOffence = q.value(4).toBool();
    s.text = q.value(5).toString();
    return s;
}

const QString sectionColumns = QStringLiteral("s.act_code, s.section, s.title_en, s.max_punishment, s.sexual_offence, s.text");

} // namespace

int Section::maxYears() const
{
    if (maxPunishment == QLatin1String("death") || maxPunishment == QLatin1String("life"))
        return 100;
    if (maxPunishment.startsWith(QLatin1Char('Y')))
        return maxPunishment.mid(1).toInt();
    return 0;
}

Result<void> MasterData::ensureLoaded(const QSqlDatabase& db)
{
    const QByteArray actsTsv = readResource(QStringLiteral("acts.tsv"));
    const QByteArray sectionsTsv = readResource(QStringLiteral("sections.tsv"));
    if (actsTsv.isEmpty() || sectionsTsv.isEmpty())
        return Error { QStringLiteral("masterdata.missing"), tr("The acts and sections shipped with Thana are missing from this build."), {} };
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(actsTsv + sectionsTsv), QCryptographicHash::Sha256).toHex());

    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key='masterdata'")) && q.next() && q.value(0).toString() == digest)
        return {};

    QSqlDatabase conn = db;
    if (!conn.transaction())
        return sql::dbError(conn);
    auto fail = [&conn](const Error& e) {
        conn.rollback();
        return e;
    };
    QSqlQuery ins(conn);
    for (const QStringList& a : parseTsv(actsTsv, 6)) {
        auto done = sql::exec(ins,
                              QStringLiteral("INSERT INTO acts(code, short_en, name_en, name_hi, valid_from, valid_to) VALUES(?,?,?,?,?,?) "
                                             "ON CONFLICT(code) DO UPDATE SET short_en=excluded.short_en, name_en=excluded.name_en, "
                                             "name_hi=excluded.name_hi, valid_from=excluded.valid_from, valid_to=excluded.valid_to"),
                              { a[0], a[1], a[2], a[3], a[4], sql::nullable(a[5]) });
        if (!done)
            return fail(done.error());
    }
    int count = 0;
    for (const QStringList& s : parseTsv(sectionsTsv, 8)) {
        auto done = sql::exec(ins,
                              QStringLiteral("INSERT INTO sections(act_code, section, title_en, max_punishment, min_years, cognizable, sexual_offence, text) "
                                             "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(act_code, section) DO UPDATE SET title_en=excluded.title_en, "
                                             "max_punishment=excluded.max_punishment, min_years=excluded.min_years, cognizable=excluded.cognizable, "
                                             "sexual_offence=excluded.sexual_offence, text=excluded.text"),
                              { s[0], s[1], s[2], s[3], s[4].isEmpty() ? QVariant() : QVariant(s[4].toInt()),
                                s[5].isEmpty() ? QVariant() : QVariant(s[5].toInt()), s[6].toInt(), s[7] });
        if (!done)
            return fail(done.error());
        ++count;
    }
    auto done = sql::exec(ins, QStringLiteral("INSERT INTO meta(key, value) VALUES('masterdata', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                          { digest });
    if (!done)
        return fail(done.error());
    if (!conn.commit())
        return sql::dbError(conn);
    qCInfo(lcMasterData) << "loaded" << count << "sections";
    return {};
}

QList<Act> MasterData::acts() const
{
    QList<Act> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, short_en, name_en, name_hi, valid_from, valid_to FROM acts ORDER BY valid_from DESC, code")))
        return result;
    while (q.next()) {
        Act a;
        a.code = q.value(0).toString();
        a.shortEn = q.value(1).toString();
        a.nameEn = q.value(2).toString();
        a.nameHi = q.value(3).toString();
        a.validFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.validTo = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        result << a;
    }
    return result;
}

std::optional<Act> MasterData::act(const QString& code) const
{
    for (const Act& a : acts()) {
        if (a.code == code)
            return a;
    }
    return std::nullopt;
}

std::optional<Section> MasterData::section(const QString& actCode, const QString& number) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM sections s WHERE s.act_code=? AND s.section=?").arg(sectionColumns),
                   { actCode, number })
        || !q.next())
        return std::nullopt;
    return sectionFrom(q);
}

QList<Section> MasterData::search(const QString& text, const QDate& onDay, int limit) const
{
    QList<Section> result;
    QString needle = text.simplified();
    QString act;
    // "BNS 303" or "ipc 379": the first word names the act.
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1 && words.first().size() <= 6 && words.first().at(0).isLetter()
        && this->act(words.first().toUpper())) {
        act = words.first().toUpper();
        needle = words.mid(1).join(QLatin1Char(' '));
    }
    // Sections that punish nothing themselves (definitions, general explanations) are
    // found by number only, e.g. BNS 3 for common intention; a word search would
    // otherwise be swamped by the definitions that mention the word.
    const bool byNumber = !needle.isEmpty() && needle.at(0).isDigit();
    QString where = byNumber ? QStringLiteral("WHERE 1") : QStringLiteral("WHERE s.max_punishment <> 'none'");
    QVariantList values;
    if (!act.isEmpty()) {
        where += QStringLiteral(" AND s.act_code = ?");
        values << act;
    }
    if (onDay.isValid()) {
        where += QStringLiteral(" AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)");
        values << onDay.toString(Qt::ISODate) << onDay.toString(Qt::ISODate);
    }
    QString rank = QStringLiteral("0");
    if (!needle.isEmpty()) {
        if (byNumber) {
            where += QStringLiteral(" AND (s.section = ? OR s.section LIKE ? ESCAPE '\\')");
            QString escaped = needle;
            escaped.replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
            values << needle << QString(escaped + QLatin1Char('%'));
            rank = QStringLiteral("(s.section <> ?)");
            values.prepend(needle);
        } else {
            for (const QString& w : needle.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                where += QStringLiteral(" AND (s.title_en LIKE ? OR s.text LIKE ?)");
                values << sql::containing(w) << sql::containing(w);
            }
            rank = QStringLiteral("(s.title_en NOT LIKE ?)");
            values.prepend(sql::containing(needle.split(QLatin1Char(' ')).first()));
        }
    }
    values << limit;
    QSqlQuery q(m_db.connection());
    const QString statement = QStringLiteral("SELECT %1, %2 AS rank FROM sections s JOIN acts a ON a.code = s.act_code %3 "
                                             "ORDER BY rank, a.valid_from DESC, length(s.section), s.section LIMIT ?")
                                  .arg(sectionColumns, rank, where);
    if (!sql::exec(q, statement, values))
        return result;
    while (q.next())
        result << sectionFrom(q);
    return result;
}

} // namespace thana::core
