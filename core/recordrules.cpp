#include "core/recordrules.h"

#include "core/clock.h"
#include "core/fir.h"
#include "core/firrules.h"
#include "core/user.h"

#include <QFile>
#include <QSet>

namespace thana::core {

namespace {

QList<QStringList> readTsv(const QString& name, int columns)
{
    QList<QStringList> rows;
    QFile f(QStringLiteral(":/thana/masterdata/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QStringList fields = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
        while (fields.size() < columns)
            fields << QString();
        rows << fields;
    }
    return rows;
}

QString text(const QJsonObject& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

QDateTime instant(const QJsonObject& row, const char* column)
{
    return fromStored(text(row, column));
}

struct EntityRule {
    bool appendOnly;
    QStringList required; ///< columns a new record must carry
    bool stationScoped;   ///< carries station_code, which must be the sender's
};

const QHash<QString, EntityRule>& entities()
{
    static const QHash<QString, EntityRule> rules = {
        { QStringLiteral("station"), { false, { QStringLiteral("uid"), QStringLiteral("code"), QStringLiteral("name_en") }, false } },
        { QStringLiteral("users"), { false, { QStringLiteral("uid"), QStringLiteral("username"), QStringLiteral("role") }, false } },
        { QStringLiteral("persons"), { false, { QStringLiteral("uid") }, false } },
        { QStringLiteral("gd_entries"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"),
              QStringLiteral("entry_at"), QStringLiteral("summary") },
            true } },
        { QStringLiteral("complaints"),
          { false,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"),
              QStringLiteral("received_at"), QStringLiteral("complainant_uid"), QStringLiteral("gd_uid") },
            true } },
        { QStringLiteral("firs"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"),
              QStringLiteral("registered_at"), QStringLiteral("gd_uid"), QStringLiteral("info_received_at"),
              QStringLiteral("occurrence_from"), QStringLiteral("occurrence_to"), QStringLiteral("place_address"),
              QStringLiteral("first_information") },
            true } },
        { QStringLiteral("fir_sections"),
          { true, { QStringLiteral("fir_uid"), QStringLiteral("act_code"), QStringLiteral("section") }, false } },
        { QStringLiteral("fir_parties"),
          { true, { QStringLiteral("fir_uid"), QStringLiteral("person_uid"), QStringLiteral("kind") }, false } },
        { QStringLiteral("fir_amendments"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("field"), QStringLiteral("reason") }, false } },
        { QStringLiteral("case_io"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("io_uid"), QStringLiteral("reason") }, false } },
        { QStringLiteral("arrests"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("person_uid"), QStringLiteral("accused_code"),
              QStringLiteral("at"), QStringLiteral("gd_uid"), QStringLiteral("outcome") },
            false } },
        { QStringLiteral("case_diary"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("number"), QStringLiteral("at"), QStringLiteral("text") }, false } },
        { QStringLiteral("final_reports"),
          { false, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("kind"), QStringLiteral("summary") }, false } },
        { QStringLiteral("efir_signatures"), { true, { QStringLiteral("fir_uid"), QStringLiteral("signed_at") }, false } },
        { QStringLiteral("seizures"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("station_code"), QStringLiteral("number"),
              QStringLiteral("description"), QStringLiteral("nature"), QStringLiteral("seized_at"), QStringLiteral("gd_uid") },
            true } },
        { QStringLiteral("custody_moves"),
          { true, { QStringLiteral("uid"), QStringLiteral("seizure_uid"), QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("party") }, false } },
        { QStringLiteral("evidence_files"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("sha256"), QStringLiteral("description") }, false } },
        { QStringLiteral("court_disposals"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("court"), QStringLiteral("case_number"), QStringLiteral("disposal") }, false } },
        { QStringLiteral("appeals"),
          { true, { QStringLiteral("uid"), QStringLiteral("disposal_uid"), QStringLiteral("court"), QStringLiteral("result") }, false } },
        { QStringLiteral("crime_details"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("crime_head") }, false } },
        { QStringLiteral("statements"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("person_uid"), QStringLiteral("text") }, false } },
        { QStringLiteral("case_transfers"),
          { true, { QStringLiteral("uid"), QStringLiteral("fir_uid"), QStringLiteral("to_unit"), QStringLiteral("reason") }, false } },
        { QStringLiteral("register_chain"),
          { true,
            { QStringLiteral("register"), QStringLiteral("position"), QStringLiteral("record_uid"), QStringLiteral("content_hash"),
              QStringLiteral("chain_hash") },
            false } },
        { QStringLiteral("missing_persons"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("gender"), QStringLiteral("age_min"), QStringLiteral("age_max"), QStringLiteral("missing_since"), QStringLiteral("last_seen_place"), QStringLiteral("reported_by"), QStringLiteral("reported_at"), QStringLiteral("gd_uid") },
            true } },
        { QStringLiteral("missing_traces"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("missing_uid"), QStringLiteral("traced_at"), QStringLiteral("place"), QStringLiteral("how"), QStringLiteral("gd_uid") },
            false } },
        { QStringLiteral("unidentified_bodies"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("found_at"), QStringLiteral("place"), QStringLiteral("gender"), QStringLiteral("age_min"), QStringLiteral("age_max"), QStringLiteral("inquest_note"), QStringLiteral("gd_uid") },
            true } },
        { QStringLiteral("body_identifications"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("body_uid"), QStringLiteral("identified_at"), QStringLiteral("identified_as"), QStringLiteral("identified_by"), QStringLiteral("gd_uid") },
            false } },
        { QStringLiteral("found_persons"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("found_at"), QStringLiteral("place"), QStringLiteral("gender"), QStringLiteral("age_min"), QStringLiteral("age_max"), QStringLiteral("placed_with"), QStringLiteral("gd_uid") },
            true } },
        { QStringLiteral("history_sheets"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("person_uid"), QStringLiteral("category"), QStringLiteral("grounds"), QStringLiteral("opened_at"), QStringLiteral("opened_by") },
            true } },
        { QStringLiteral("history_sheet_firs"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("sheet_uid"), QStringLiteral("fir_uid") },
            false } },
        { QStringLiteral("history_sheet_closures"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("sheet_uid"), QStringLiteral("closed_at"), QStringLiteral("reason"), QStringLiteral("closed_by") },
            false } },
        { QStringLiteral("processes"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("kind"), QStringLiteral("court"), QStringLiteral("case_reference"), QStringLiteral("person_name"), QStringLiteral("received_at"), QStringLiteral("due_date"), QStringLiteral("assigned_to") },
            true } },
        { QStringLiteral("process_events"),
          { true,
            { QStringLiteral("uid"), QStringLiteral("process_uid"), QStringLiteral("kind"), QStringLiteral("at") },
            false } },
        { QStringLiteral("visitors"),
          { false,
            { QStringLiteral("uid"), QStringLiteral("station_code"), QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("purpose"), QStringLiteral("whom_met"), QStringLiteral("in_at") },
            true } },
        { QStringLiteral("person_merges"),
          { false, { QStringLiteral("uid"), QStringLiteral("from_uid"), QStringLiteral("into_uid"), QStringLiteral("reason") }, false } },
    };
    return rules;
}

} // namespace

const ShippedMasterData& ShippedMasterData::get()
{
    static const ShippedMasterData data = [] {
        ShippedMasterData d;
        for (const QStringList& a : readTsv(QStringLiteral("acts.tsv"), 6)) {
            Act act;
            act.code = a[0];
            act.shortEn = a[1];
            act.nameEn = a[2];
            act.nameHi = a[3];
            act.validFrom = QDate::fromString(a[4], Qt::ISODate);
            act.validTo = QDate::fromString(a[5], Qt::ISODate);
            if (!act.validFrom.isValid())
                act.validFrom = QDate(1860, 1, 1);
            d.acts.insert(act.code, act);
        }
        for (const QStringList& s : readTsv(QStringLiteral("sections.tsv"), 8)) {
            Section section;
            section.actCode = s[0];
            section.number = s[1];
            section.title = s[2];
            section.maxPunishment = s[3];
            section.sexualOffence = s[6] == QLatin1String("1");
            d.sections.insert(section.key(), section);
        }
        return d;
    }();
    return data;
}

bool RecordRules::isKnownEntity(const QString& entity)
{
    return entities().contains(entity);
}

bool RecordRules::isAppendOnly(const QString& entity)
{
    return entities().value(entity).appendOnly;
}

QList<Violation> RecordRules::checkChange(const QString& stationCode, const QString& entity, const QString& op, const QString& uid,
                                          const QJsonObject& row)
{
    QList<Violation> v;
    const auto rule = entities().constFind(entity);
    if (rule == entities().constEnd()) {
        v << Violation { QStringLiteral("entity"), QStringLiteral("sync.entity_unknown"),
                         tr("Record kind: \"%1\" is not a kind of record a station sends.").arg(entity) };
        return v;
    }
    if (uid.trimmed().isEmpty())
        v << Violation { QStringLiteral("uid"), QStringLiteral("required"), tr("Record identity: is required.") };
    if (op == QLatin1String("update") && rule->appendOnly)
        v << Violation { QStringLiteral("op"), QStringLiteral("sync.append_only"),
                         tr("%1 %2: registered records of this kind are never changed; an amendment or a correction is a new record.")
                             .arg(entity, uid) };
    if (op == QLatin1String("insert")) {
        for (const QString& column : rule->required) {
            const QJsonValue value = row.value(column);
            if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
                v << Violation { column, QStringLiteral("required"), tr("%1 %2: the column %3 is required.").arg(entity, uid, column) };
        }
        if (row.contains(QLatin1String("uid")) && row.value(QLatin1String("uid")).toString() != uid)
            v << Violation { QStringLiteral("uid"), QStringLiteral("sync.uid_mismatch"),
                             tr("%1 %2: the record names a different identity (%3).").arg(entity, uid, text(row, "uid")) };
    }
    if (rule->stationScoped && row.contains(QLatin1String("station_code")) && text(row, "station_code") != stationCode)
        v << Violation { QStringLiteral("station_code"), QStringLiteral("sync.other_station"),
                         tr("%1 %2: belongs to station %3; a station may send only its own records.").arg(entity, uid, text(row, "station_code")) };
    // A visitor's entry changes once, when the visitor leaves, and in nothing else.
    if (entity == QLatin1String("visitors") && op == QLatin1String("update")) {
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (it.key() != QLatin1String("out_at"))
                v << Violation { it.key(), QStringLiteral("sync.visitor_update"),
                                 tr("%1 %2: only the time the visitor left is written later; %3 is never changed.").arg(entity, uid, it.key()) };
        }
    }
    if (entity == QLatin1String("fir_sections") && op == QLatin1String("insert")) {
        const QString key = text(row, "act_code") + QLatin1Char(' ') + text(row, "section");
        if (!ShippedMasterData::get().sections.contains(key))
            v << Violation { QStringLiteral("sections"), QStringLiteral("fir.section_unknown"),
                             tr("Acts and sections: %1 is not in the master data.").arg(key) };
    }
    return v;
}

QList<Violation> RecordRules::checkFir(const FirRows& rows)
{
    const QJsonObject& f = rows.fir;
    FirDraft d;
    d.gdUid = text(f, "gd_uid");
    d.complaintUid = text(f, "complaint_uid");
    d.infoReceivedAt = instant(f, "info_received_at");
    d.occurrenceFrom = instant(f, "occurrence_from");
    d.occurrenceTo = instant(f, "occurrence_to");
    d.placeAddress = text(f, "place_address");
    d.beat = text(f, "beat");
    d.direction = text(f, "direction");
    d.distanceKm = f.value(QLatin1String("distance_km")).toDouble();
    d.unknownAccused = f.value(QLatin1String("unknown_accused")).toInt();
    d.unknownAccusedDescription = text(f, "unknown_accused_description");
    d.delayReason = text(f, "delay_reason");
    d.propertyDescription = text(f, "property_description");
    d.propertyValueRupees = qint64(f.value(QLatin1String("property_value")).toDouble());
    d.firstInformation = text(f, "first_information");
    d.actionTaken = text(f, "action_taken");
    d.ioUid = text(f, "io_uid");
    d.zeroFir = f.value(QLatin1String("zero_fir")).toInt() != 0 || f.value(QLatin1String("zero_fir")).toBool();
    d.zeroFirOrigin = text(f, "zero_fir_origin");

    const ShippedMasterData& master = ShippedMasterData::get();
    FirRuleContext c;
    c.registeredAt = instant(f, "registered_at");
    c.acts = master.acts;
    for (const QJsonObject& s : rows.sections) {
        // Sections added by an amendment are checked with the amendment.
        if (!text(s, "amendment_uid").isEmpty())
            continue;
        Section section;
        section.actCode = text(s, "act_code");
        section.number = text(s, "section");
        d.sections << section;
        if (const auto known = master.sections.constFind(section.key()); known != master.sections.constEnd())
            c.sections.insert(section.key(), *known);
    }
    for (const QJsonObject& p : rows.parties) {
        FirParty party;
        party.personUid = text(p, "person_uid");
        const QString kind = text(p, "kind");
        party.kind = kind == QLatin1String("complainant") ? FirParty::Kind::Complainant
            : kind == QLatin1String("victim")             ? FirParty::Kind::Victim
                                                          : FirParty::Kind::Accused;
        party.accusedStatus = text(p, "accused_status");
        d.parties << party;
    }
    if (rows.gd) {
        GdEntry gd;
        gd.uid = text(*rows.gd, "uid");
        gd.year = rows.gd->value(QLatin1String("year")).toInt();
        gd.number = rows.gd->value(QLatin1String("number")).toInt();
        gd.entryAt = instant(*rows.gd, "entry_at");
        if (gd.uid == d.gdUid)
            c.gd = gd;
    }
    if (rows.io) {
        User io;
        io.uid = text(*rows.io, "uid");
        io.role = roleFromKey(text(*rows.io, "role")).value_or(Role::Writer);
        const QJsonValue active = rows.io->value(QLatin1String("active"));
        io.active = active.isUndefined() || active.toInt(1) != 0 || active.toBool();
        if (io.uid == d.ioUid)
            c.io = io;
    }
    return FirRules::check(d, c);
}

} // namespace thana::core
