// The station's other registers: missing persons, unidentified dead bodies, persons found,
// history sheets, summons and warrants, visitors. Each rule refuses with the field, the
// rule and a message that names them; the registers show what was entered.

#include "fixtures.h"

#include "core/recordrules.h"
#include "core/registers.h"
#include "core/stationrecords.h"
#include "core/syncledger.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSet>

using namespace thana::test;

namespace {

/// The one violation of `rule` in a refusal; fails the test when it is absent.
Violation broken(const Error& e, const char* rule)
{
    INFO(str(e.describe()) << "\n  expected rule " << rule);
    const auto v = violation(e.violations, QLatin1String(rule));
    REQUIRE(v.has_value());
    return *v;
}

struct RecordsFixture : StationFixture {
    StationRecords records { db(), clock };
    Person reporter = person(QStringLiteral("Sunita Shinde"), QStringLiteral("सुनीता शिंदे"), QStringLiteral("9822011111"), QStringLiteral("F"));

    PersonDescription girl() const
    {
        PersonDescription d;
        d.gender = QStringLiteral("F");
        d.ageMin = 14;
        d.ageMax = 14;
        d.heightCm = 150;
        d.build = QStringLiteral("thin");
        d.complexion = QStringLiteral("wheatish");
        d.marks = QStringLiteral("Mole on left cheek; burn scar on right hand");
        d.clothing = QStringLiteral("Blue school uniform, black shoes");
        return d;
    }
    MissingPerson missing()
    {
        MissingPerson m;
        m.name = QStringLiteral("Pooja Shinde");
        m.description = girl();
        m.missingSince = clock.now().addSecs(-20 * 3600);
        m.lastSeenPlace = QStringLiteral("Gate of Modern School, Shivaji Nagar");
        m.reportedBy = reporter.uid;
        return m;
    }
    UnidentifiedBody bodyFound()
    {
        UnidentifiedBody b;
        b.foundAt = clock.now().addSecs(-3 * 3600);
        b.place = QStringLiteral("Bank of the Mula river near Sangam bridge");
        b.description.gender = QStringLiteral("M");
        b.description.ageMin = 40;
        b.description.ageMax = 50;
        b.description.heightCm = 170;
        b.description.marks = QStringLiteral("Tattoo 'Om' on right forearm");
        b.probableCause = QStringLiteral("Drowning");
        b.inquestNote = QStringLiteral("Inquest held at the spot in the presence of two panchas; no external injuries; sent for post-mortem.");
        return b;
    }
    FoundPerson foundPerson()
    {
        FoundPerson f;
        f.foundAt = clock.now().addSecs(-2 * 3600);
        f.place = QStringLiteral("Platform 1, Pune railway station");
        f.description.gender = QStringLiteral("M");
        f.description.ageMin = 70;
        f.description.ageMax = 80;
        f.placedWith = QStringLiteral("Matoshri old-age home, Kothrud");
        return f;
    }
    CourtProcess summons()
    {
        CourtProcess p;
        p.kind = CourtProcess::Kind::Summons;
        p.court = QStringLiteral("JMFC Court No. 3, Shivajinagar");
        p.caseReference = QStringLiteral("RCC 412/2025");
        p.personName = QStringLiteral("Mahesh Gaikwad");
        p.personAddress = QStringLiteral("14, Laxmi Road, Pune");
        p.dueDate = QDate(2026, 3, 24);
        p.assignedTo = io.uid;
        return p;
    }
    Visitor visitorAt(const QDateTime& in)
    {
        Visitor w;
        w.name = QStringLiteral("Anil Kumar");
        w.phone = QStringLiteral("9822000000");
        w.purpose = QStringLiteral("Passport verification");
        w.whomMet = QStringLiteral("PSI Pawar");
        w.inAt = in;
        return w;
    }
};

} // namespace

TEST_CASE_METHOD(RecordsFixture, "a missing person is reported with a GD entry under the year's next number", "[records][missing]")
{
    const int gdBefore = count(QStringLiteral("gd_entries"));
    auto m = records.reportMissing(missing(), writer);
    INFO(str(m ? QString() : m.error().describe()));
    REQUIRE(m.ok());
    CHECK(m->reference() == QStringLiteral("1/2026"));
    CHECK(count(QStringLiteral("gd_entries")) == gdBefore + 1);
    const auto gd = GdRepository(db()).byUid(m->gdUid);
    REQUIRE(gd.has_value());
    CHECK(gd->kind == QStringLiteral("missing"));
    CHECK(gd->summary.contains(QLatin1String("Pooja Shinde")));
    CHECK(rawScalar(sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity='missing_persons' AND uid=?"), { m->uid }).toInt() == 1);
    CHECK(records.reportMissing(missing(), writer)->number == 2);

    const auto read = records.missingPerson(m->uid);
    REQUIRE(read.has_value());
    CHECK(read->description.marks == girl().marks);
    CHECK(read->description.heightCm == 150);
    CHECK_FALSE(read->traced());
    const QList<Finding> findings = check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}

TEST_CASE_METHOD(RecordsFixture, "a missing person's report keeps every rule and names the field it breaks", "[records][missing][rules]")
{
    MissingPerson m = missing();
    SECTION("name, place last seen and the person reporting are required")
    {
        m.name = QStringLiteral("  ");
        m.lastSeenPlace.clear();
        m.reportedBy = QStringLiteral("no-such-person");
        auto r = records.reportMissing(m, writer);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("invalid"));
        CHECK(broken(r.error(), "required").field == QStringLiteral("name"));
        CHECK(broken(r.error(), "required").message.contains(QLatin1String("Name of the missing person")));
        CHECK(rulesOf(r.error()).count(QStringLiteral("required")) == 2);
        const Violation reporterRule = broken(r.error(), "records.person_unknown");
        CHECK(reporterRule.field == QStringLiteral("reportedBy"));
        CHECK(reporterRule.message.contains(QLatin1String("Reported by")));
    }
    SECTION("ages are 0 to 120, the least first")
    {
        m.description.ageMax = 130;
        Violation v = broken(records.reportMissing(m, writer).error(), "records.age_range");
        CHECK(v.field == QStringLiteral("ageMin"));
        CHECK(v.message == QStringLiteral("Age: must be between 0 and 120 years."));
        m.description.ageMin = 30;
        m.description.ageMax = 20;
        v = broken(records.reportMissing(m, writer).error(), "records.age_order");
        CHECK(v.field == QStringLiteral("ageMax"));
        CHECK(v.message.contains(QLatin1String("cannot be less than the least")));
        m.description.ageMin = 16;
        m.description.ageMax = -1;
        auto single = records.reportMissing(m, writer);
        REQUIRE(single.ok());
        CHECK(single->description.ageMax == 16);
        m.description.ageMin = -1;
        m.description.ageMax = -1;
        v = broken(records.reportMissing(m, writer).error(), "required");
        CHECK(v.field == QStringLiteral("ageMin"));
        CHECK(v.message.startsWith(QLatin1String("Age:")));
    }
    SECTION("a height is 30 to 250 cm, or not given")
    {
        m.description.heightCm = 25;
        const Violation v = broken(records.reportMissing(m, writer).error(), "records.height_range");
        CHECK(v.field == QStringLiteral("heightCm"));
        CHECK(v.message.contains(QLatin1String("Height: must be between 30 and 250 cm")));
        m.description.heightCm = 251;
        CHECK(broken(records.reportMissing(m, writer).error(), "records.height_range").field == QStringLiteral("heightCm"));
        m.description.heightCm = 0;
        CHECK(records.reportMissing(m, writer).ok());
    }
    SECTION("a gender is one the register knows")
    {
        m.description.gender = QStringLiteral("X");
        const Violation v = broken(records.reportMissing(m, writer).error(), "records.gender");
        CHECK(v.field == QStringLiteral("gender"));
        CHECK(v.message.startsWith(QLatin1String("Gender:")));
    }
    SECTION("missing since is not in the future and not after the report")
    {
        m.missingSince = clock.now().addSecs(3600);
        Violation v = broken(records.reportMissing(m, writer).error(), "records.future");
        CHECK(v.field == QStringLiteral("missingSince"));
        CHECK(v.message == QStringLiteral("Missing since: cannot be in the future."));
        m.missingSince = clock.now().addSecs(-3600);
        m.reportedAt = clock.now().addSecs(-7200);
        v = broken(records.reportMissing(m, writer).error(), "records.order");
        CHECK(v.field == QStringLiteral("missingSince"));
        CHECK(v.message.contains(QLatin1String("cannot be after the report was received")));
        m.missingSince = QDateTime();
        CHECK(broken(records.reportMissing(m, writer).error(), "required").field == QStringLiteral("missingSince"));
    }
    SECTION("only the station's officers report; the administrator does not")
    {
        auto r = records.reportMissing(m, admin);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("forbidden"));
        CHECK(broken(r.error(), "records.role").field == QStringLiteral("actor"));
    }
}

TEST_CASE_METHOD(RecordsFixture, "a missing person is traced by a new record, not before going missing, once", "[records][missing][rules]")
{
    auto m = records.reportMissing(missing(), writer);
    REQUIRE(m.ok());
    clock.advanceSecs(6 * 3600);

    Violation v = broken(records.recordTraced(m->uid, m->missingSince.addSecs(-60), QStringLiteral("Swargate"), QStringLiteral("Found by the beat staff"), io).error(),
                         "records.order");
    CHECK(v.field == QStringLiteral("tracedAt"));
    CHECK(v.message.startsWith(QLatin1String("Traced at: cannot be before the person went missing")));
    v = broken(records.recordTraced(m->uid, clock.now().addSecs(3600), QStringLiteral("Swargate"), QStringLiteral("Beat staff"), io).error(),
               "records.future");
    CHECK(v.message == QStringLiteral("Traced at: cannot be in the future."));
    auto noPlace = records.recordTraced(m->uid, clock.now(), QString(), QString(), io);
    CHECK(rulesOf(noPlace.error()).count(QStringLiteral("required")) == 2);

    const int gdBefore = count(QStringLiteral("gd_entries"));
    auto traced = records.recordTraced(m->uid, clock.now().addSecs(-3600), QStringLiteral("Swargate bus stand"),
                                       QStringLiteral("Found by the beat staff and handed over to her mother"), io);
    INFO(str(traced ? QString() : traced.error().describe()));
    REQUIRE(traced.ok());
    CHECK(traced->traced());
    CHECK(traced->tracedPlace == QStringLiteral("Swargate bus stand"));
    // The tracing is written to the General Diary with it.
    CHECK(count(QStringLiteral("gd_entries")) == gdBefore + 1);
    CHECK(rawScalar(sql(), QStringLiteral("SELECT g.summary FROM missing_traces t JOIN gd_entries g ON g.uid = t.gd_uid")).toString()
              .contains(QLatin1String("traced at Swargate bus stand")));
    CHECK(broken(records.recordTraced(m->uid, clock.now(), QStringLiteral("x"), QStringLiteral("y"), io).error(), "records.already_traced").field
          == QStringLiteral("missingUid"));
    // The report itself is as it was written.
    QString error;
    CHECK_FALSE(rawExec(sql(), QStringLiteral("UPDATE missing_persons SET name='x' WHERE uid=?"), { m->uid }, &error));
    CHECK(error.contains(QLatin1String("THANA_IMMUTABLE")));
    CHECK_FALSE(rawExec(sql(), QStringLiteral("DELETE FROM missing_traces")));
    CHECK(records.missingPersons(true).isEmpty());
}

TEST_CASE_METHOD(RecordsFixture, "an unidentified body needs its inquest; identification comes after it was found", "[records][udb][rules]")
{
    UnidentifiedBody b = bodyFound();
    b.inquestNote.clear();
    Violation v = broken(records.recordBody(b, io).error(), "records.inquest");
    CHECK(v.field == QStringLiteral("inquestNote"));
    CHECK(v.message.contains(QLatin1String("BNSS s.194")));
    b = bodyFound();
    b.foundAt = clock.now().addDays(1);
    CHECK(broken(records.recordBody(b, io).error(), "records.future").message == QStringLiteral("Found at: cannot be in the future."));
    b = bodyFound();
    b.place.clear();
    CHECK(broken(records.recordBody(b, io).error(), "required").field == QStringLiteral("place"));

    auto body = records.recordBody(bodyFound(), io);
    INFO(str(body ? QString() : body.error().describe()));
    REQUIRE(body.ok());
    CHECK(body->reference() == QStringLiteral("1/2026"));
    CHECK(GdRepository(db()).byUid(body->gdUid)->kind == QStringLiteral("udb"));

    clock.advanceSecs(24 * 3600);
    v = broken(records.recordIdentification(body->uid, body->foundAt.addSecs(-60), QStringLiteral("Dattatray Kale"), QStringLiteral("Son"), {}, io).error(),
               "records.order");
    CHECK(v.field == QStringLiteral("identifiedAt"));
    CHECK(v.message.startsWith(QLatin1String("Identified at: cannot be before the body was found")));
    auto missingNames = records.recordIdentification(body->uid, clock.now(), QString(), QString(), QStringLiteral("nobody"), io);
    CHECK(rulesOf(missingNames.error()).count(QStringLiteral("required")) == 2);
    CHECK(broken(missingNames.error(), "records.person_unknown").field == QStringLiteral("personUid"));

    auto identified = records.recordIdentification(body->uid, clock.now(), QStringLiteral("Dattatray Kale"),
                                                   QStringLiteral("Son, Nilesh Kale, at Sassoon hospital mortuary"), {}, io);
    REQUIRE(identified.ok());
    CHECK(identified->identified());
    CHECK(identified->identifiedAs == QStringLiteral("Dattatray Kale"));
    CHECK(rawScalar(sql(), QStringLiteral("SELECT g.kind FROM body_identifications i JOIN gd_entries g ON g.uid = i.gd_uid")).toString()
          == QStringLiteral("udb"));
    CHECK(broken(records.recordIdentification(body->uid, clock.now(), QStringLiteral("x"), QStringLiteral("y"), {}, io).error(),
                 "records.already_identified")
              .field
          == QStringLiteral("bodyUid"));
    CHECK(records.bodies(true).isEmpty());
    CHECK(records.bodies().size() == 1);
}

TEST_CASE_METHOD(RecordsFixture, "a person found is recorded with where they were placed", "[records][found][rules]")
{
    FoundPerson f = foundPerson();
    f.placedWith.clear();
    f.description.ageMin = 121;
    f.description.ageMax = 125;
    auto refused = records.recordFound(f, writer);
    CHECK(broken(refused.error(), "required").field == QStringLiteral("placedWith"));
    CHECK(broken(refused.error(), "required").message.startsWith(QLatin1String("Placed with:")));
    CHECK(broken(refused.error(), "records.age_range").field == QStringLiteral("ageMin"));
    auto found = records.recordFound(foundPerson(), writer);
    REQUIRE(found.ok());
    CHECK(found->reference() == QStringLiteral("1/2026"));
    CHECK(records.foundPerson(found->uid)->placedWith == QStringLiteral("Matoshri old-age home, Kothrud"));
}

TEST_CASE_METHOD(RecordsFixture, "only the SHO opens and closes a history sheet; cases are linked to an open one", "[records][history][rules]")
{
    const Fir fir = registerSimpleFir();
    const Fir other = registerSimpleFir(QStringLiteral("Kiran Jadhav"));
    const Person watched = person(QStringLiteral("Raju alias Bapu Kamble"));
    clock.advanceSecs(3600);
    HistorySheet h;
    h.personUid = watched.uid;
    h.category = QStringLiteral("Habitual property offender");
    h.grounds = QStringLiteral("Three thefts of motorcycles in two years; moves at night around the bus stand.");
    h.firUids << fir.uid;

    auto byIo = records.openHistorySheet(h, io);
    REQUIRE_FALSE(byIo.ok());
    CHECK(byIo.error().code == QStringLiteral("forbidden"));
    CHECK(broken(byIo.error(), "records.sho_only").field == QStringLiteral("actor"));
    CHECK(byIo.error().message == QStringLiteral("Only the SHO opens a history sheet."));

    HistorySheet bad = h;
    bad.category.clear();
    bad.grounds.clear();
    bad.firUids << QStringLiteral("no-such-fir");
    bad.openedAt = clock.now().addDays(2);
    auto refused = records.openHistorySheet(bad, sho);
    CHECK(rulesOf(refused.error()).count(QStringLiteral("required")) == 2);
    CHECK(broken(refused.error(), "records.fir_unknown").field == QStringLiteral("firUids"));
    CHECK(broken(refused.error(), "records.future").field == QStringLiteral("openedAt"));

    auto sheet = records.openHistorySheet(h, sho);
    INFO(str(sheet ? QString() : sheet.error().describe()));
    REQUIRE(sheet.ok());
    CHECK(sheet->reference() == QStringLiteral("1/2026"));
    CHECK(broken(records.openHistorySheet(h, sho).error(), "records.history_open").message.contains(QLatin1String("already has an open history sheet")));

    CHECK(broken(records.linkFir(sheet->uid, fir.uid, io).error(), "records.fir_linked").field == QStringLiteral("firUid"));
    CHECK(records.linkFir(sheet->uid, other.uid, io).ok());
    CHECK(broken(records.linkFir(sheet->uid, other.uid, writer).error(), "records.role").field == QStringLiteral("actor"));
    CHECK(records.historySheet(sheet->uid)->firUids == QStringList { fir.uid, other.uid });

    clock.advanceSecs(3600);
    CHECK(broken(records.closeHistorySheet(sheet->uid, clock.now(), QStringLiteral("Reformed"), io).error(), "records.sho_only").field
          == QStringLiteral("actor"));
    Violation v = broken(records.closeHistorySheet(sheet->uid, sheet->openedAt.addSecs(-60), QStringLiteral("Reformed"), sho).error(), "records.order");
    CHECK(v.field == QStringLiteral("closedAt"));
    CHECK(v.message.startsWith(QLatin1String("Closed at: cannot be before the sheet was opened")));
    CHECK(broken(records.closeHistorySheet(sheet->uid, clock.now(), QString(), sho).error(), "required").field == QStringLiteral("closeReason"));
    auto closed = records.closeHistorySheet(sheet->uid, clock.now(), QStringLiteral("No activity for five years; settled in work."), sho);
    REQUIRE(closed.ok());
    CHECK(closed->closed());
    CHECK(broken(records.linkFir(sheet->uid, registerSimpleFir(QStringLiteral("Asha More")).uid, sho).error(), "records.history_closed").field
          == QStringLiteral("sheetUid"));
    CHECK(broken(records.closeHistorySheet(sheet->uid, clock.now(), QStringLiteral("again"), sho).error(), "records.history_closed").field
          == QStringLiteral("sheetUid"));
    // Once closed, a new sheet may be opened on the person.
    CHECK(records.openHistorySheet(h, sho).ok());
}

TEST_CASE_METHOD(RecordsFixture, "a summons or warrant is served, not served or returned, in an order that makes sense", "[records][processes][rules]")
{
    CourtProcess bad = summons();
    bad.court.clear();
    bad.caseReference.clear();
    bad.personName.clear();
    bad.dueDate = QDate(2026, 3, 1);
    bad.assignedTo = admin.uid;
    auto refused = records.receiveProcess(bad, writer);
    CHECK(rulesOf(refused.error()).count(QStringLiteral("required")) == 3);
    Violation v = broken(refused.error(), "records.order");
    CHECK(v.field == QStringLiteral("dueDate"));
    CHECK(v.message.startsWith(QLatin1String("Date fixed by the court: cannot be before the process was received")));
    CHECK(broken(refused.error(), "records.process_officer").field == QStringLiteral("assignedTo"));

    // The person to be served may be a recorded person; the name and address come from the record.
    CourtProcess recorded = summons();
    recorded.personName.clear();
    recorded.personAddress.clear();
    recorded.personUid = reporter.uid;
    auto fromPerson = records.receiveProcess(recorded, writer);
    REQUIRE(fromPerson.ok());
    CHECK(fromPerson->personName == QStringLiteral("Sunita Shinde"));
    CHECK(fromPerson->personAddress == QStringLiteral("12, Gandhi Chowk, Pune"));

    auto p = records.receiveProcess(summons(), writer);
    INFO(str(p ? QString() : p.error().describe()));
    REQUIRE(p.ok());
    CHECK(p->reference() == QStringLiteral("2/2026"));
    CHECK(p->status() == CourtProcess::Status::Pending);
    clock.advanceSecs(2 * 24 * 3600);

    ProcessEvent e;
    e.processUid = p->uid;
    e.kind = ProcessEvent::Kind::Served;
    e.at = p->receivedAt.addSecs(-3600);
    e.how = QStringLiteral("personally");
    e.servedOn = QStringLiteral("Mahesh Gaikwad");
    v = broken(records.reportService(e, io).error(), "records.order");
    CHECK(v.field == QStringLiteral("at"));
    CHECK(v.message.startsWith(QLatin1String("Date of the report: cannot be before the process was received")));
    e.at = clock.now().addSecs(3600);
    CHECK(broken(records.reportService(e, io).error(), "records.future").field == QStringLiteral("at"));

    ProcessEvent unserved = e;
    unserved.kind = ProcessEvent::Kind::Unserved;
    unserved.at = clock.now().addSecs(-24 * 3600);
    unserved.reason.clear();
    CHECK(broken(records.reportService(unserved, io).error(), "required").field == QStringLiteral("reason"));
    unserved.reason = QStringLiteral("House locked; the person has gone to his village.");
    auto afterUnserved = records.reportService(unserved, io);
    REQUIRE(afterUnserved.ok());
    CHECK(afterUnserved->status() == CourtProcess::Status::Unserved);

    e.at = clock.now().addSecs(-25 * 3600); // before the last report
    CHECK(broken(records.reportService(e, io).error(), "records.order").message.contains(QLatin1String("the last report")));
    e.at = clock.now();
    e.how.clear();
    e.servedOn.clear();
    CHECK(rulesOf(records.reportService(e, io).error()).count(QStringLiteral("required")) == 2);
    e.how = QStringLiteral("personally");
    e.servedOn = QStringLiteral("Mahesh Gaikwad");
    auto served = records.reportService(e, io);
    REQUIRE(served.ok());
    CHECK(served->status() == CourtProcess::Status::Served);
    CHECK(broken(records.reportService(unserved, io).error(), "records.process_served").field == QStringLiteral("kind"));

    // Until it goes back to court, a process is chased from its date fixed on.
    CHECK(records.processesDue(QDate(2026, 3, 23)).isEmpty());
    QList<CourtProcess> due = records.processesDue(QDate(2026, 3, 24));
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).uid == fromPerson->uid);
    CHECK(due.at(1).status() == CourtProcess::Status::Served);

    ProcessEvent returned;
    returned.processUid = p->uid;
    returned.kind = ProcessEvent::Kind::Returned;
    returned.at = clock.now();
    auto back = records.reportService(returned, writer);
    REQUIRE(back.ok());
    CHECK(back->status() == CourtProcess::Status::Returned);
    CHECK(back->events.size() == 3);
    REQUIRE(records.processesDue(QDate(2026, 4, 1)).size() == 1);
    CHECK(records.processesDue(QDate(2026, 4, 1)).first().uid == fromPerson->uid);
    CHECK(broken(records.reportService(returned, writer).error(), "records.process_returned").message.contains(QLatin1String("returned to the court")));
    CHECK_FALSE(rawExec(sql(), QStringLiteral("UPDATE process_events SET kind='served'")));
}

TEST_CASE_METHOD(RecordsFixture, "a visitor's time out is written once and is not before the time in", "[records][visitors][rules]")
{
    Visitor w = visitorAt(clock.now().addSecs(-1800));
    w.phone.clear();
    w.purpose.clear();
    auto refused = records.recordVisitor(w, writer);
    CHECK(broken(refused.error(), "records.visitor_contact").field == QStringLiteral("address"));
    CHECK(broken(refused.error(), "required").field == QStringLiteral("purpose"));
    w = visitorAt(clock.now().addSecs(600));
    CHECK(broken(records.recordVisitor(w, writer).error(), "records.future").message == QStringLiteral("Time in: cannot be in the future."));
    w = visitorAt(clock.now().addSecs(-1800));
    w.outAt = w.inAt.addSecs(-60);
    CHECK(broken(records.recordVisitor(w, writer).error(), "records.order").field == QStringLiteral("outAt"));

    auto in = records.recordVisitor(visitorAt(clock.now().addSecs(-1800)), writer);
    REQUIRE(in.ok());
    Violation v = broken(records.recordVisitorOut(in->uid, in->inAt.addSecs(-60), writer).error(), "records.order");
    CHECK(v.message.startsWith(QLatin1String("Time out: cannot be before the time in")));
    auto out = records.recordVisitorOut(in->uid, clock.now(), writer);
    REQUIRE(out.ok());
    CHECK(out->outAt == clock.now());
    CHECK(broken(records.recordVisitorOut(in->uid, clock.now(), writer).error(), "records.visitor_out").field == QStringLiteral("outAt"));
    CHECK(rawScalar(sql(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity='visitors' AND uid=? AND op='update'"), { in->uid }).toInt() == 1);
}

TEST_CASE_METHOD(RecordsFixture, "history sheets, processes and visitors are listed oldest first, as entered", "[records][lists]")
{
    CHECK(records.historySheets().isEmpty());
    CHECK(records.processes().isEmpty());
    CHECK(records.visitors().isEmpty());
    QStringList sheets;
    for (const QString& name : { QStringLiteral("Raju Kamble"), QStringLiteral("Bapu Shinde") }) {
        HistorySheet h;
        h.personUid = person(name).uid;
        h.category = QStringLiteral("Property offender");
        h.grounds = QStringLiteral("Two thefts in a year.");
        auto sheet = records.openHistorySheet(h, sho);
        REQUIRE(sheet.ok());
        sheets << sheet->uid;
    }
    REQUIRE(records.closeHistorySheet(sheets.first(), clock.now(), QStringLiteral("Moved away."), sho).ok());
    const QList<HistorySheet> listed = records.historySheets();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).uid == sheets.at(0));
    CHECK(listed.at(0).closed());
    CHECK(listed.at(1).number == 2);

    auto first = records.receiveProcess(summons(), writer);
    auto second = records.receiveProcess(summons(), writer);
    REQUIRE((first.ok() && second.ok()));
    ProcessEvent served;
    served.processUid = second->uid;
    served.kind = ProcessEvent::Kind::Served;
    served.at = clock.now();
    served.how = QStringLiteral("personally");
    served.servedOn = QStringLiteral("Mahesh Gaikwad");
    REQUIRE(records.reportService(served, writer).ok());
    const QList<CourtProcess> processes = records.processes();
    REQUIRE(processes.size() == 2);
    CHECK(processes.at(0).uid == first->uid);
    CHECK(processes.at(1).status() == CourtProcess::Status::Served);

    auto in = records.recordVisitor(visitorAt(clock.now().addSecs(-600)), writer);
    REQUIRE(in.ok());
    REQUIRE(records.visitors().size() == 1);
    CHECK(records.visitors().first().name == QStringLiteral("Anil Kumar"));
}

TEST_CASE_METHOD(RecordsFixture, "each new register shows the records entered, filtered by date", "[records][registers]")
{
    // Two days: records on 9 March and on 10 March.
    clock.set(ist(2026, 3, 9, 11, 0));
    auto m1 = records.reportMissing(missing(), writer);
    REQUIRE(m1.ok());
    auto b1 = records.recordBody(bodyFound(), io);
    REQUIRE(b1.ok());
    auto f1 = records.recordFound(foundPerson(), writer);
    REQUIRE(f1.ok());
    auto p1 = records.receiveProcess(summons(), writer);
    REQUIRE(p1.ok());
    auto v1 = records.recordVisitor(visitorAt(clock.now().addSecs(-600)), writer);
    REQUIRE(v1.ok());
    const Fir fir = registerSimpleFir();
    HistorySheet h;
    h.personUid = person(QStringLiteral("Raju Kamble"), QStringLiteral("राजू कांबळे")).uid;
    h.category = QStringLiteral("Habitual property offender");
    h.grounds = QStringLiteral("Repeated thefts");
    h.firUids << fir.uid;
    auto h1 = records.openHistorySheet(h, sho);
    REQUIRE(h1.ok());

    clock.set(ist(2026, 3, 10, 12, 0));
    MissingPerson second = missing();
    second.name = QStringLiteral("Arjun Pawar");
    second.description.gender = QStringLiteral("M");
    second.description.ageMin = 30;
    second.description.ageMax = 35;
    REQUIRE(records.reportMissing(second, writer).ok());
    REQUIRE(records.recordTraced(m1->uid, clock.now().addSecs(-600), QStringLiteral("Swargate"), QStringLiteral("Returned home"), io).ok());
    REQUIRE(records.recordIdentification(b1->uid, clock.now(), QStringLiteral("Dattatray Kale"), QStringLiteral("Son"), {}, io).ok());
    ProcessEvent served;
    served.processUid = p1->uid;
    served.at = clock.now().addSecs(-3600);
    served.how = QStringLiteral("personally");
    served.servedOn = QStringLiteral("Mahesh Gaikwad");
    REQUIRE(records.reportService(served, io).ok());
    REQUIRE(records.recordVisitorOut(v1->uid, ist(2026, 3, 9, 11, 30), writer).ok());
    REQUIRE(records.receiveProcess(summons(), writer).ok());

    Registers registers(db());
    for (const char* id : { "missing", "udb", "found", "history", "processes", "visitors" })
        CHECK(Registers::ids().contains(QLatin1String(id)));
    const QDate ninth(2026, 3, 9);
    const QDate tenth(2026, 3, 10);

    auto missingAll = registers.view(QStringLiteral("missing"), {}, {}, sho);
    REQUIRE(missingAll.ok());
    CHECK(missingAll->rows.size() == count(QStringLiteral("missing_persons")));
    CHECK(missingAll->titleHi == QStringLiteral("गुमशुदा व्यक्ति रजिस्टर"));
    CHECK(missingAll->columnsEn.size() == missingAll->columnsHi.size());
    const QStringList first = missingAll->rows.at(0);
    CHECK(first.at(0) == QStringLiteral("1/2026"));
    CHECK(first.at(1) == QStringLiteral("09-03-2026 11:00"));
    CHECK(first.at(2) == QStringLiteral("Pooja Shinde"));
    CHECK(first.at(3) == QStringLiteral("F"));
    CHECK(first.at(4) == QStringLiteral("14"));
    CHECK(first.at(5) == QStringLiteral("150"));
    CHECK(first.at(6) == girl().marks);
    CHECK(first.at(8) == QStringLiteral("08-03-2026 15:00"));
    CHECK(first.at(10) == QStringLiteral("Sunita Shinde / सुनीता शिंदे"));
    CHECK(first.at(11) == QStringLiteral("traced: Swargate; Returned home"));
    CHECK(first.at(12) == QStringLiteral("10-03-2026 11:50"));
    CHECK(missingAll->rows.at(1).at(4) == QStringLiteral("30-35"));
    CHECK(missingAll->rows.at(1).at(11) == QStringLiteral("missing"));
    CHECK(registers.view(QStringLiteral("missing"), ninth, ninth, sho)->rows.size() == 1);
    CHECK(registers.view(QStringLiteral("missing"), tenth, tenth, sho)->rows.at(0).at(2) == QStringLiteral("Arjun Pawar"));

    auto udb = registers.view(QStringLiteral("udb"), {}, {}, sho);
    REQUIRE(udb.ok());
    REQUIRE(udb->rows.size() == count(QStringLiteral("unidentified_bodies")));
    CHECK(udb->rows.at(0).at(2) == QStringLiteral("Bank of the Mula river near Sangam bridge"));
    CHECK(udb->rows.at(0).at(4) == QStringLiteral("40-50"));
    CHECK(udb->rows.at(0).at(8) == QStringLiteral("Drowning"));
    CHECK(udb->rows.at(0).at(10) == QStringLiteral("identified as Dattatray Kale by Son"));
    CHECK(registers.view(QStringLiteral("udb"), tenth, tenth, sho)->rows.isEmpty());

    auto found = registers.view(QStringLiteral("found"), ninth, ninth, sho);
    REQUIRE(found->rows.size() == 1);
    CHECK(found->rows.at(0).at(9) == QStringLiteral("Matoshri old-age home, Kothrud"));

    auto history = registers.view(QStringLiteral("history"), {}, {}, sho);
    REQUIRE(history->rows.size() == 1);
    CHECK(history->rows.at(0).at(2) == QStringLiteral("Raju Kamble / राजू कांबळे"));
    CHECK(history->rows.at(0).at(5) == QStringLiteral("%1/%2").arg(fir.number).arg(fir.year));
    CHECK(history->rows.at(0).at(6) == sho.fullName);
    CHECK(history->rows.at(0).at(7).isEmpty());
    CHECK(registers.view(QStringLiteral("history"), tenth, tenth, sho)->rows.isEmpty());

    auto processes = registers.view(QStringLiteral("processes"), {}, {}, sho);
    REQUIRE(processes->rows.size() == count(QStringLiteral("processes")));
    CHECK(processes->columnsEn.contains(QStringLiteral("Service status")));
    CHECK(processes->rows.at(0).at(2) == QStringLiteral("summons"));
    CHECK(processes->rows.at(0).at(5) == QStringLiteral("Mahesh Gaikwad, 14, Laxmi Road, Pune"));
    CHECK(processes->rows.at(0).at(6) == QStringLiteral("24-03-2026"));
    CHECK(processes->rows.at(0).at(7) == io.fullName);
    CHECK(processes->rows.at(0).at(8) == QStringLiteral("served personally on Mahesh Gaikwad"));
    CHECK(processes->rows.at(0).at(9) == QStringLiteral("10-03-2026 11:00"));
    CHECK(processes->rows.at(1).at(8) == QStringLiteral("pending"));
    CHECK(registers.view(QStringLiteral("processes"), tenth, tenth, sho)->rows.size() == 1);

    auto visitors = registers.view(QStringLiteral("visitors"), ninth, ninth, sho);
    REQUIRE(visitors->rows.size() == 1);
    CHECK(visitors->rows.at(0) == QStringList { QStringLiteral("1/2026"), QStringLiteral("Anil Kumar"), QStringLiteral("9822000000"),
                                                QStringLiteral("Passport verification"), QStringLiteral("PSI Pawar"),
                                                QStringLiteral("09-03-2026 10:50"), QStringLiteral("09-03-2026 11:30") });
    CHECK(registers.view(QStringLiteral("visitors"), tenth, tenth, sho)->rows.isEmpty());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    auto written = registers.writeCsv(QStringLiteral("processes"), {}, {}, sho, csv);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(QString::fromUtf8(csv.data()).contains(QStringLiteral("Service status / तामील की स्थिति")));
    const QList<Finding> findings = check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}

TEST_CASE_METHOD(RecordsFixture, "the State Data Centre accepts the new records and keeps them append-only", "[records][sync][rules]")
{
    auto m = records.reportMissing(missing(), writer);
    REQUIRE(m.ok());
    REQUIRE(records.recordTraced(m->uid, clock.now(), QStringLiteral("Swargate"), QStringLiteral("Returned home"), io).ok());
    REQUIRE(records.recordBody(bodyFound(), io).ok());
    REQUIRE(records.recordFound(foundPerson(), io).ok());
    auto p = records.receiveProcess(summons(), writer);
    REQUIRE(p.ok());
    ProcessEvent e;
    e.processUid = p->uid;
    e.kind = ProcessEvent::Kind::Unserved;
    e.at = clock.now();
    e.reason = QStringLiteral("Not at home");
    REQUIRE(records.reportService(e, io).ok());
    HistorySheet h;
    h.personUid = person(QStringLiteral("Raju Kamble")).uid;
    h.category = QStringLiteral("Bootlegger");
    h.grounds = QStringLiteral("Sells illicit liquor");
    h.firUids << registerSimpleFir().uid;
    auto sheet = records.openHistorySheet(h, sho);
    REQUIRE(sheet.ok());
    REQUIRE(records.closeHistorySheet(sheet->uid, clock.now(), QStringLiteral("Died"), sho).ok());
    auto w = records.recordVisitor(visitorAt(clock.now().addSecs(-60)), writer);
    REQUIRE(w.ok());
    REQUIRE(records.recordVisitorOut(w->uid, clock.now(), writer).ok());

    QSet<QString> entities;
    SyncLedger ledger(db());
    for (const OutgoingChange& c : ledger.pending(100000, qint64(1) << 30)) {
        const QJsonObject row = QJsonDocument::fromJson(c.payload).object();
        const QList<Violation> v = RecordRules::checkChange(station.code, c.entity, c.op, c.uid, row);
        INFO(str(c.entity) << ' ' << str(c.op) << ": " << str(v.isEmpty() ? QString() : v.first().message));
        CHECK(v.isEmpty());
        entities.insert(c.entity);
    }
    for (const char* entity : { "missing_persons", "missing_traces", "unidentified_bodies", "found_persons", "history_sheets",
                                "history_sheet_firs", "history_sheet_closures", "processes", "process_events", "visitors" }) {
        INFO(entity);
        CHECK(entities.contains(QLatin1String(entity)));
        CHECK(RecordRules::isKnownEntity(QLatin1String(entity)));
    }
    for (const char* entity : { "missing_persons", "missing_traces", "unidentified_bodies", "body_identifications", "found_persons",
                                "history_sheets", "history_sheet_firs", "history_sheet_closures", "processes", "process_events" }) {
        INFO(entity);
        CHECK(RecordRules::isAppendOnly(QLatin1String(entity)));
        CHECK(RecordRules::checkChange(station.code, QLatin1String(entity), QStringLiteral("update"), QStringLiteral("x"), {}).first().rule
              == QStringLiteral("sync.append_only"));
    }
    // A report without its inquest, or another station's, is refused.
    CHECK(rulesOf(RecordRules::checkChange(station.code, QStringLiteral("unidentified_bodies"), QStringLiteral("insert"), QStringLiteral("b-1"),
                                           { { QStringLiteral("uid"), QStringLiteral("b-1") } }))
              .contains(QStringLiteral("required")));
    CHECK(rulesOf(RecordRules::checkChange(station.code, QStringLiteral("visitors"), QStringLiteral("insert"), QStringLiteral("v-9"),
                                           { { QStringLiteral("uid"), QStringLiteral("v-9") },
                                             { QStringLiteral("station_code"), QStringLiteral("MH-PUN-0999") } }))
              .contains(QStringLiteral("sync.other_station")));
    // A visitor's entry changes only in the time out.
    CHECK(RecordRules::checkChange(station.code, QStringLiteral("visitors"), QStringLiteral("update"), w->uid,
                                   { { QStringLiteral("out_at"), toStored(clock.now()) } })
              .isEmpty());
    CHECK(RecordRules::checkChange(station.code, QStringLiteral("visitors"), QStringLiteral("update"), w->uid,
                                   { { QStringLiteral("purpose"), QStringLiteral("other") } })
              .first()
              .rule
          == QStringLiteral("sync.visitor_update"));
    const QList<Finding> findings = check();
    INFO(str(describe(findings)));
    CHECK(findings.isEmpty());
}
