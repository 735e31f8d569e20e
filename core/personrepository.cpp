#include "core/personrepository.h"

#include "core/clock.h"
#include "core/database.h"
#include "core/disclosure.h"
#include "core/namekey.h"
#include "core/sqlutil.h"
#include "core/unitofwork.h"
#include "core/user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace thana::core {

namespace {
/// The name keys of a person, kept beside the record and never sent anywhere.
Result<void> writeKeys(UnitOfWork& uow, const Person& p)
{
    return uow.writeLocal(QStringLiteral("INSERT INTO person_keys(uid, name_key, local_key, relative_key) VALUES(?,?,?,?) "
                                         "ON CONFLICT(uid) DO UPDATE SET name_key=excluded.name_key, local_key=excluded.local_key, "
                                         "relative_key=excluded.relative_key"),
                          { p.uid, nameKey(p.nameEn), nameKey(p.nameLocal), nameKey(p.relativeName) });
}
} // namespace

namespace {

const QString personColumns = QStringLiteral(
    "p.uid, p.name_en, p.name_local, p.relative_kind, p.relative_name, p.gender, p.birth_date, p.age_years, "
    "p.age_on, p.phone, p.address_present, p.address_permanent, p.id_documents, p.created_at, p.created_by");

Person personFrom(const QSqlQuery& q)
{
    Person p;
    p.uid = q.value(0).toString();
    p.nameEn = q.value(1).toString();
    p.nameLocal = q.value(2).toString();
    p.relativeKind = q.value(3).toString();
    p.relativeName = q.value(4).toString();
    p.gender = q.value(5).toString();
    if (!q.value(6).isNull())
        p.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    if (!q.value(7).isNull())
        p.ageYears = q.value(7).toInt();
    p.ageOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.phone = q.value(9).toString();
    p.addressPresent = q.value(10).toString();
    p.addressPermanent = q.value(11).toString();
    const QJsonArray docs = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    for (const QJsonValue& d : docs)
        p.documents << IdentityDocument { d[QLatin1String("kind")].toString(), d[QLatin1String("number")].toString() };
    p.createdAt = fromStored(q.value(13).toString());
    p.createdBy = q.value(14).toString();
    return p;
}

QString documentsJson(const QList<IdentityDocument>& docs)
{
    QJsonArray a;
    for (const IdentityDocument& d : docs)
        a.append(QJsonObject { { QStringLiteral("kind"), d.kind }, { QStringLiteral("number"), d.number } });
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Row personRow(const Person& p)
{
    return { { QStringLiteral("name_en"), p.nameEn.trimmed() },
             { QStringLiteral("name_local"), p.nameLocal.trimmed() },
             { QStringLiteral("relative_kind"), p.relativeKind },
             { QStringLiteral("relative_name"), p.relativeName.trimmed() },
             { QStringLiteral("gender"), p.gender },
             { QStringLiteral("birth_date"), p.birthDate ? QVariant(p.birthDate->toString(Qt::ISODate)) : QVariant() },
             { QStringLiteral("age_years"), p.ageYears ? QVariant(*p.ageYears) : QVariant() },
             { QStringLiteral("age_on"), p.ageOn.isValid() ? QVariant(p.ageOn.toString(Qt::ISODate)) : QVariant() },
             { QStringLiteral("phone"), p.phone.trimmed() },
             { QStringLiteral("address_present"), p.addressPresent.trimmed() },
             { QStringLiteral("address_permanent"), p.addressPermanent.trimmed() },
             { QStringLiteral("id_documents"), documentsJson(p.documents) } };
}

// Verhoeff check digit, which every Aadhaar number carries as its last digit.
bool verhoeffValid(const QString& digits)
{
    static const int d[10][10] = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
                                   { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
                                   { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
                                   { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
                                   { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };
    static const int p[8][10] = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
                                  { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
                                  { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
                                  { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };
    int c = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i)
        c = d[c][p[i % 8][digits.at(n - 1 - i).digitValue()]];
    return c == 0;
}

} // namespace

QList<Violation> PersonRepository::validate(const Person& p, const QDate& today)
{
    QList<Violation> v;
    if (p.nameEn.trimmed().isEmpty() && p.nameLocal.trimmed().isEmpty())
        v << Violation { QStringLiteral("nameEn"), QStringLiteral("person.name_required"),
                         tr("Name: give the name in English or in Devanagari.") };
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z .'-]*$"));
    if (!latin.match(p.nameEn.trimmed()).hasMatch())
        v << Violation { QStringLiteral("nameEn"), QStringLiteral("person.name_latin"),
                         tr("Name (English): use Latin letters, spaces, '.', ''' and '-' only; write the Devanagari name in its own field.") };
    static const QRegularExpression devanagari(QStringLiteral("^[\\x{0900}-\\x{097F} .]*$"));
    if (!devanagari.match(p.nameLocal.trimmed()).hasMatch())
        v << Violation { QStringLiteral("nameLocal"), QStringLiteral("person.name_devanagari"),
                         tr("Name (Devanagari): use Devanagari letters only.") };
    if (p.gender != QLatin1String("M") && p.gender != QLatin1String("F") && p.gender != QLatin1String("T")
        && p.gender != QLatin1String("U"))
        v << Violation { QStringLiteral("gender"), QStringLiteral("person.gender"), tr("Gender: choose one of the listed values.") };
    if (p.birthDate && (!p.birthDate->isValid() || *p.birthDate > today || p.birthDate->year() < today.year() - 130))
        v << Violation { QStringLiteral("birthDate"), QStringLiteral("person.birth_date"),
                         tr("Date of birth: must be a real date, not in the future and not more than 130 years ago.") };
    if (p.ageYears && (*p.ageYears < 0 || *p.ageYears > 130))
        v << Violation { QStringLiteral("age"), QStringLiteral("person.age"), tr("Age: must be between 0 and 130 years.") };
    static const QRegularExpression phone(QStringLiteral("^(\\+91)?[6-9][0-9]{9}$|^0[1-9][0-9]{8,10}$"));
    const QString digits = QString(p.phone).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (!digits.isEmpty() && !phone.match(digits).hasMatch())
        v << Violation { QStringLiteral("phone"), QStringLiteral("person.phone"),
                         tr("Phone: a 10-digit mobile number starting with 6-9, or a landline with its STD code.") };
    for (const IdentityDocument& d : p.documents) {
        const QString number = QString(d.number).remove(QLatin1Char(' '));
        if (d.kind == QLatin1String("aadhaar")) {
            static const QRegularExpression aadhaar(QStringLiteral("^[2-9][0-9]{11}$"));
            if (!aadhaar.match(number).hasMatch() || !verhoeffValid(number))
                v << Violation { QStringLiteral("documents"), QStringLiteral("person.aadhaar"),
                                 tr("Aadhaar number: 12 digits, not starting with 0 or 1, with a valid check digit.") };
        } else if (d.kind == QLatin1String("pan")) {
            static const QRegularExpression pan(QStringLiteral("^[A-Z]{5}[0-9]{4}[A-Z]$"));
            if (!pan.match(number.toUpper()).hasMatch())
                v << Violation { QStringLiteral("documents"), QStringLiteral("person.pan"),
                                 tr("PAN: five letters, four digits and a letter, e.g. ABCDE1234F.") };
        } else if (number.isEmpty()) {
            v << Violation { QStringLiteral("documents"), QStringLiteral("person.document_number"),
                             tr("Identity document: the number is required.") };
        }
    }
    return v;
}

std::optional<Person> PersonRepository::byUid(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT %1 FROM persons p WHERE p.uid=?").arg(personColumns), { uid }) || !q.next())
        return std::nullopt;
    return personFrom(q);
}

int PersonRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM persons")) && q.next() ? q.value(0).toInt() : 0;
}

QList<PersonMatch> PersonRepository::search(const QString& text, const User& viewer, int limit) const
{
    QList<PersonMatch> result;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString where;
    QVariantList values;
    QString from = QStringLiteral("persons p");
    bool allLong = !words.isEmpty();
    for (const QString& w : words)
        allLong = allLong && w.size() >= 3;
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9+]+$"));
    if (words.size() == 1 && digitsOnly.match(words.first()).hasMatch()) {
        where = QStringLiteral("WHERE p.phone LIKE ?");
        values << sql::containing(words.first());
    } else if (allLong) {
        // The trigram index finds any part of a name of three characters or more.
        QStringList terms;
        for (QString w : words)
            terms << QLatin1Char('"') + w.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        from = QStringLiteral("person_search ps JOIN persons p ON p.id = ps.rowid");
        where = QStringLiteral("WHERE person_search MATCH ?");
        values << terms.join(QStringLiteral(" AND "));
    } else if (!words.isEmpty()) {
        QStringList conds;
        for (const QString& w : words) {
            conds << QStringLiteral("(p.name_en LIKE ? OR p.name_local LIKE ? OR p.relative_name LIKE ?)");
            const QString like = sql::containing(w);
            values << like << like << like;
        }
        where = QStringLiteral("WHERE ") + conds.join(QStringLiteral(" AND "));
    }
    values << limit;
    QSqlQuery q(m_db.connection());
    const QString statement = QStringLiteral("SELECT %1, %2 AS masked FROM %3 %4 ORDER BY p.name_en, p.name_local LIMIT ?")
                                  .arg(personColumns, Disclosure::personMaskedSql(viewer), from, where);
    if (!sql::exec(q, statement, values))
        return result;
    while (q.next()) {
        PersonMatch m { personFrom(q), q.value(15).toBool() };
        if (m.masked) {
            const QString uid = m.person.uid;
            m.person = Person {};
            m.person.uid = uid;
            m.person.nameEn = Disclosure::withheld();
        }
        result << m;
    }
    return result;
}

Result<Person> PersonRepository::insert(UnitOfWork& uow, Person person, const QDateTime& now)
{
    if (const auto v = validate(person, now.toTimeZone(stationZone()).date()); !v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The person cannot be saved:"), v };
    person.uid = person.uid.isEmpty() ? sql::newUid() : person.uid;
    person.createdAt = now;
    person.createdBy = uow.actorUid();
    if (person.ageYears && !person.ageOn.isValid())
        person.ageOn = now.toTimeZone(stationZone()).date();
    Row row = personRow(person);
    row.prepend({ QStringLiteral("uid"), person.uid });
    row << QPair<QString, QVariant> { QStringLiteral("created_by"), person.createdBy }
        << QPair<QString, QVariant> { QStringLiteral("created_at"), toStored(now) };
    if (auto done = uow.insert(QStringLiteral("persons"), row, person.uid); !done)
        return done.error();
    if (auto keyed = writeKeys(uow, person); !keyed)
        return keyed.error();
    return person;
}

Result<Person> PersonRepository::create(Person person, const User& actor, const Clock& clock)
{
    UnitOfWork uow(m_db, actor.uid);
    auto saved = insert(uow, std::move(person), clock.now());
    if (!saved)
        return saved;
    if (auto c = uow.commit(); !c)
        return c.error();
    return saved;
}

Result<Person> PersonRepository::update(const Person& person, const User& actor)
{
    if (const auto v = validate(person, QDate::currentDate()); !v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The person cannot be saved:"), v };
    UnitOfWork uow(m_db, actor.uid);
    if (auto done = uow.update(QStringLiteral("persons"), person.uid, personRow(person)); !done)
        return done.error();
    if (auto keyed = writeKeys(uow, person); !keyed)
        return keyed.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return person;
}

QList<DuplicateCandidate> PersonRepository::likelyDuplicates(const Person& person, const QDate& today, int limit) const
{
    QList<DuplicateCandidate> result;
    QStringList keys;
    for (const QString& name : { person.nameEn, person.nameLocal }) {
        const QString k = nameKey(name);
        if (k.size() >= 2 && !keys.contains(k))
            keys << k;
    }
    if (keys.isEmpty())
        return result;
    QStringList marks;
    QVariantList values;
    for (const QString& k : std::as_const(keys)) {
        marks << QStringLiteral("?");
        values << k;
    }
    const QString in = marks.join(QLatin1Char(','));
    values += values;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT k.uid, k.relative_key FROM person_keys k WHERE (k.name_key IN (%1) OR k.local_key IN (%1)) "
                                  "AND NOT EXISTS(SELECT 1 FROM person_merges m WHERE m.from_uid = k.uid AND m.undone_at IS NULL) LIMIT 500")
                       .arg(in),
                   values))
        return result;
    QList<QPair<QString, QString>> found;
    while (q.next())
        found << qMakePair(q.value(0).toString(), q.value(1).toString());
    const QString relativeKey = nameKey(person.relativeName);
    const auto words = [](const QString& address) {
        QSet<QString> set;
        for (const QString& w : address.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts)) {
            if (w.size() >= 3)
                set.insert(w);
        }
        return set;
    };
    const QSet<QString> address = words(person.addressPresent + QLatin1Char(' ') + person.addressPermanent);
    for (const auto& [uid, candidateRelative] : std::as_const(found)) {
        if (uid == person.uid)
            continue;
        const auto other = byUid(uid);
        if (!other)
            continue;
        DuplicateCandidate c { *other, 2, { tr("same name") } };
        const bool genders = person.gender != QLatin1String("U") && other->gender != QLatin1String("U");
        if (genders && person.gender != other->gender)
            continue;
        if (!relativeKey.isEmpty() && relativeKey == candidateRelative) {
            c.score += 3;
            c.reasons << tr("same father's or husband's name");
        } else if (!relativeKey.isEmpty() && !candidateRelative.isEmpty()) {
            c.score -= 2;
        }
        const auto age = person.ageOnDay(today);
        const auto otherAge = other->ageOnDay(today);
        if (age && otherAge) {
            if (std::abs(*age - *otherAge) <= 3) {
                c.score += 1;
                c.reasons << tr("age within 3 years");
            } else if (std::abs(*age - *otherAge) > 10) {
                c.score -= 2;
            }
        }
        if (!person.phone.isEmpty() && person.phone == other->phone) {
            c.score += 3;
            c.reasons << tr("same phone");
        }
        if (!address.isEmpty() && address.intersects(words(other->addressPresent + QLatin1Char(' ') + other->addressPermanent))) {
            c.score += 1;
            c.reasons << tr("address in common");
        }
        if (c.score > 0)
            result << c;
    }
    std::sort(result.begin(), result.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.person.displayName() < b.person.displayName();
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QString PersonRepository::canonicalUid(const QString& uid) const
{
    QString current = uid;
    QSqlQuery q(m_db.connection());
    // Follow merges (A into B, B into C); a chain is short, and a loop cannot form
    // because a merge into a merged-away entry is refused.
    for (int hops = 0; hops < 16; ++hops) {
        if (!sql::exec(q, QStringLiteral("SELECT into_uid FROM person_merges WHERE from_uid=? AND undone_at IS NULL ORDER BY id DESC LIMIT 1"),
                       { current })
            || !q.next())
            break;
        current = q.value(0).toString();
    }
    return current;
}

Result<PersonMerge> PersonRepository::merge(const QString& fromUid, const QString& intoUid, const QString& reason, const User& actor,
                                            const Clock& clock)
{
    if (actor.role != Role::Sho && actor.role != Role::Io)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO or an investigating officer merges persons."), {} };
    QList<Violation> v;
    if (!byUid(fromUid) || !byUid(intoUid))
        v << Violation { QStringLiteral("person"), QStringLiteral("person.unknown"), tr("Persons: both must be on record.") };
    if (fromUid == intoUid)
        v << Violation { QStringLiteral("person"), QStringLiteral("person.merge_self"), tr("Persons: a person cannot be merged into itself.") };
    if (canonicalUid(fromUid) != fromUid)
        v << Violation { QStringLiteral("person"), QStringLiteral("person.already_merged"), tr("Persons: this entry is already merged into another.") };
    if (canonicalUid(intoUid) != intoUid)
        v << Violation { QStringLiteral("person"), QStringLiteral("person.into_merged"),
                         tr("Persons: the entry to keep has itself been merged; merge into the one it stands for.") };
    if (reason.trimmed().isEmpty())
        v << Violation { QStringLiteral("reason"), QStringLiteral("required"), tr("Reason: say why these are one person.") };
    if (!v.isEmpty())
        return Error { QStringLiteral("invalid"), tr("The persons cannot be merged:"), v };
    PersonMerge m { sql::newUid(), fromUid, intoUid, reason.trimmed(), clock.now(), false };
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.insert(QStringLiteral("person_merges"),
                           { { QStringLiteral("uid"), m.uid }, { QStringLiteral("from_uid"), fromUid }, { QStringLiteral("into_uid"), intoUid },
                             { QStringLiteral("reason"), m.reason }, { QStringLiteral("merged_by"), actor.uid },
                             { QStringLiteral("merged_at"), toStored(m.mergedAt) } },
                           m.uid);
    if (!done)
        return done.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return m;
}

Result<void> PersonRepository::undoMerge(const QString& mergeUid, const User& actor, const Clock& clock)
{
    if (actor.role != Role::Sho && actor.role != Role::Io)
        return Error { QStringLiteral("forbidden"), tr("Only the SHO or an investigating officer undoes a merge."), {} };
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT undone_at FROM person_merges WHERE uid=?"), { mergeUid }) || !q.next())
        return Error { QStringLiteral("not_found"), tr("The merge does not exist."), {} };
    if (!q.value(0).isNull())
        return Error { QStringLiteral("invalid"), tr("The merge has already been undone."), {} };
    q.finish();
    UnitOfWork uow(m_db, actor.uid);
    auto done = uow.update(QStringLiteral("person_merges"), mergeUid,
                           { { QStringLiteral("undone_by"), actor.uid }, { QStringLiteral("undone_at"), toStored(clock.now()) } });
    if (!done)
        return done;
    return uow.commit();
}

QList<PersonMerge> PersonRepository::merges(bool activeOnly) const
{
    QList<PersonMerge> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uid, from_uid, into_uid, reason, merged_at, undone_at IS NOT NULL FROM person_merges %1 ORDER BY id DESC")
                    .arg(activeOnly ? QStringLiteral("WHERE undone_at IS NULL") : QString())))
        return result;
    while (q.next())
        result << PersonMerge { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                fromStored(q.value(4).toString()), q.value(5).toBool() };
    return result;
}

Result<void> PersonRepository::ensureKeys(Database& db)
{
    QSqlQuery q(db.connection());
    // Every person written since the keys exist gets them with the record; the backfill
    // runs once, after the upgrade that introduced them.
    if (q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key='person_keys' AND value='complete'")) && q.next())
        return {};
    if (!q.exec(QStringLiteral("SELECT p.uid, p.name_en, p.name_local, p.relative_name FROM persons p "
                               "WHERE NOT EXISTS(SELECT 1 FROM person_keys k WHERE k.uid = p.uid)")))
        return sql::dbError(q);
    QList<Person> missing;
    while (q.next()) {
        Person p;
        p.uid = q.value(0).toString();
        p.nameEn = q.value(1).toString();
        p.nameLocal = q.value(2).toString();
        p.relativeName = q.value(3).toString();
        missing << p;
    }
    UnitOfWork uow(db, {});
    for (const Person& p : std::as_const(missing)) {
        if (auto done = writeKeys(uow, p); !done)
            return done;
    }
    if (auto done = uow.writeLocal(QStringLiteral("INSERT INTO meta(key, value) VALUES('person_keys', 'complete') "
                                                  "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                                   {});
        !done)
        return done;
    return uow.commit();
}

} // namespace thana::core
