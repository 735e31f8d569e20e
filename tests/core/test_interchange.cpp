// Whole cases in the JSON interchange format: exported, imported whole or not at all,
// every rule applied, and the same export imported twice changes nothing.

#include "fixtures.h"

#include "core/caseservice.h"
#include "core/interchange.h"
#include "core/registerchain.h"

#include <QJsonArray>

using namespace thana::test;

namespace {

/// A station store of the same station, without the cases of the source.
struct TwoStores {
    StationFixture source;
    StationFixture target;
    Fir fir;

    TwoStores()
    {
        FirDraft d = source.draft(source.person(QStringLiteral("Ramesh Patil")).uid);
        d.ioUid = source.io.uid;
        fir = source.registerFir(d);
        source.clock.advanceSecs(3600);
        CaseService cases(source.db(), source.clock);
        Arrest a;
        a.firUid = fir.uid;
        a.personUid = source.person(QStringLiteral("Vikas Jadhav")).uid;
        a.at = source.clock.now().addSecs(-600);
        a.place = QStringLiteral("Swargate");
        a.outcome = Arrest::Outcome::JudicialCustody;
        a.remandedAt = source.clock.now();
        a.informed = QStringLiteral("Wife, by phone; designated officer PSI Kale");
        REQUIRE(cases.recordArrest(a, source.io).ok());
        REQUIRE(cases.addDiaryEntry(fir.uid, QStringLiteral("Recovered the motorcycle at the accused's instance."), true, source.io).ok());
        auto report = cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet against A1."), source.io);
        REQUIRE(report.ok());
        REQUIRE(cases.approveFinalReport(report->uid, source.sho).ok());
    }

    QJsonObject exported()
    {
        auto doc = Interchange(source.db()).exportCase(fir.uid);
        REQUIRE(doc.ok());
        return *doc;
    }
};

QJsonObject edit(QJsonObject doc, const char* part, int index, const char* column, const QJsonValue& value)
{
    QJsonObject records = doc.value(QLatin1String("records")).toObject();
    QJsonArray rows = records.value(QLatin1String(part)).toArray();
    QJsonObject row = rows.at(index).toObject();
    row.insert(QLatin1String(column), value);
    rows.replace(index, row);
    records.insert(QLatin1String(part), rows);
    doc.insert(QStringLiteral("records"), records);
    return doc;
}

bool refusedFor(const ImportOutcome& o, const char* rule)
{
    if (o.kind != ImportOutcome::Kind::Refused)
        return false;
    for (const Violation& v : o.violations) {
        if (v.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a case exported and imported into another store comes back equal, and a second import changes nothing", "[interchange]")
{
    TwoStores s;
    const QJsonObject doc = s.exported();
    CHECK(doc.value(QLatin1String("format")).toString() == QStringLiteral("thana.case"));
    CHECK(doc.value(QLatin1String("version")).toInt() == 1);
    // The users of the case travel without their passwords.
    for (const QJsonValue& u : doc.value(QLatin1String("records")).toObject().value(QLatin1String("users")).toArray())
        CHECK_FALSE(u.toObject().contains(QLatin1String("password_hash")));

    Interchange target(s.target.db());
    const ImportOutcome first = target.importCase(doc, s.target.admin.uid);
    INFO(str(first.violations.isEmpty() ? QString() : first.violations.first().message));
    REQUIRE(first.kind == ImportOutcome::Kind::Imported);
    CHECK(first.reference == s.fir.reference());

    QJsonObject again = *target.exportCase(s.fir.uid);
    QJsonObject a = again.value(QLatin1String("records")).toObject();
    QJsonObject b = doc.value(QLatin1String("records")).toObject();
    a.remove(QStringLiteral("users"));
    b.remove(QStringLiteral("users"));
    CHECK(a == b);
    CHECK(CaseService(s.target.db(), s.target.clock).arrests(s.fir.uid).first().accusedCode == QStringLiteral("A1"));
    // The case's diary entries and FIR joined the target's chains, which still hold.
    CHECK(RegisterChain::headAt(s.target.db(), s.fir.uid).has_value());
    INFO(str(RegisterChain::verify(s.target.db()).isEmpty() ? QString() : RegisterChain::verify(s.target.db()).first().message));
    CHECK(RegisterChain::verify(s.target.db()).isEmpty());

    const int changes = s.target.count(QStringLiteral("change_log"));
    CHECK(target.importCase(doc, s.target.admin.uid).kind == ImportOutcome::Kind::Unchanged);
    CHECK(s.target.count(QStringLiteral("change_log")) == changes);
    // The FIR's number is taken: the next FIR registered follows it.
    CHECK(s.target.registerSimpleFir().number == s.fir.number + 1);
}

TEST_CASE("defective cases are refused whole, each with the rule and the field", "[interchange]")
{
    TwoStores s;
    const QJsonObject doc = s.exported();
    Interchange target(s.target.db());
    const int before = s.target.count(QStringLiteral("change_log"));
    const QDateTime registered = s.fir.registeredAt;

    struct Defect {
        const char* name;
        QJsonObject document;
        const char* rule;
    };
    const QList<Defect> defects = {
        { "FIR dated before its GD entry", edit(doc, "firs", 0, "registered_at", toStored(registered.addDays(-1))), "fir.before_gd" },
        { "section not in the master data", edit(doc, "fir_sections", 0, "section", QStringLiteral("9999")), "fir.section_unknown" },
        { "occurrence ends before it begins",
          edit(doc, "firs", 0, "occurrence_to", toStored(s.fir.occurrenceFrom.addSecs(-3600))), "fir.occurrence_order" },
        { "arrest before the FIR", edit(doc, "arrests", 0, "at", toStored(registered.addSecs(-60))), "case.before_fir" },
        { "accused coded out of order", edit(doc, "arrests", 0, "accused_code", QStringLiteral("B1")), "case.accused_code" },
        { "final report drafted by someone not the IO", edit(doc, "final_reports", 0, "drafted_by", s.source.io2.uid), "case.report_not_io" },
        { "final report approved by an IO", edit(doc, "final_reports", 0, "approved_by", s.source.io.uid), "case.report_approver" },
        { "another station's case", [&] { QJsonObject d = doc; d.insert(QStringLiteral("station"), QStringLiteral("MH-PUN-0999")); return d; }(),
          "import.other_station" },
        { "a newer format", [&] { QJsonObject d = doc; d.insert(QStringLiteral("version"), 2); return d; }(), "import.version" },
        { "a diary entry of another station", edit(doc, "gd_entries", 0, "station_code", QStringLiteral("MH-PUN-0999")), "sync.other_station" },
    };
    for (const Defect& d : defects) {
        INFO(d.name);
        const ImportOutcome o = target.importCase(d.document, s.target.admin.uid);
        CHECK(refusedFor(o, d.rule));
        for (const Violation& v : o.violations)
            CHECK_FALSE(v.field.isEmpty());
    }
    // Nothing of any refused case was written.
    CHECK(s.target.count(QStringLiteral("change_log")) == before);
    CHECK(s.target.count(QStringLiteral("firs")) == 0);
    CHECK(s.target.check().isEmpty());

    // The sound case still goes in afterwards.
    CHECK(target.importCase(doc, s.target.admin.uid).kind == ImportOutcome::Kind::Imported);
}

TEST_CASE("a case whose FIR number is taken by another FIR is refused", "[interchange]")
{
    TwoStores s;
    const QJsonObject doc = s.exported();
    s.target.registerSimpleFir(); // FIR 1 of the target, another case
    const ImportOutcome o = Interchange(s.target.db()).importCase(doc, s.target.admin.uid);
    CHECK(refusedFor(o, "import.number_taken"));
    CHECK(s.target.count(QStringLiteral("firs")) == 1);
}
