// BNS s.72: the identity of the victim of a sexual offence is shown only to the SHO and
// the case's IO; everyone else sees the withheld marker in every list, record and copy.

#include "fixtures.h"

using namespace thana::test;

namespace {

const QString kVictimEn = QStringLiteral("Sunita Jadhav");
const QString kVictimLocal = QStringLiteral("सुनीता जाधव");
const QString kVictimPhone = QStringLiteral("9822098765");
const QString kPlace = QStringLiteral("Behind the old mill, Nehru Colony");
const QString kStory = QStringLiteral("I, Sunita Jadhav, was returning from work when a man dragged me behind the old mill.");

/// A complaint by the victim of a sexual offence, registered as an FIR under BNS 64 and
/// given to `io`; and an ordinary theft FIR beside it.
struct SensitiveCase : StationFixture {
    SensitiveCase()
    {
        rape = section(QStringLiteral("BNS"), QStringLiteral("64"));
        REQUIRE(rape.sexualOffence);
        REQUIRE(section(QStringLiteral("BNS"), QStringLiteral("74")).sexualOffence);
        REQUIRE_FALSE(theft().sexualOffence);

        victim = person(kVictimEn, kVictimLocal, kVictimPhone, QStringLiteral("F"));
        Complaint c;
        c.complainantUid = victim.uid;
        c.subject = QStringLiteral("Sexual assault");
        c.narrative = kStory;
        auto received = ComplaintRepository(db()).receive(c, std::nullopt, writer, clock);
        REQUIRE(received.ok());
        complaint = received.value();

        clock.advanceSecs(1800);
        FirDraft d = draft(victim.uid);
        d.gdUid = complaint.gdUid;
        d.complaintUid = complaint.uid;
        d.infoReceivedAt = complaint.receivedAt;
        d.placeAddress = kPlace;
        d.firstInformation = kStory;
        d.propertyDescription.clear();
        d.propertyValueRupees = 0;
        d.sections = { rape };
        auto registered = FirService(db(), clock).registerFir(d, sho);
        INFO(str(registered ? QString() : registered.error().describe()));
        REQUIRE(registered.ok());
        fir = registered.value();
        REQUIRE(fir.sensitive);
        REQUIRE(fir.ioUid == io.uid);

        clock.advanceSecs(600);
        ordinary = registerSimpleFir(QStringLiteral("Ramesh Patil"));
    }

    std::optional<FirSummary> row(const QList<FirSummary>& rows, const QString& uid) const
    {
        for (const FirSummary& s : rows) {
            if (s.uid == uid)
                return s;
        }
        return std::nullopt;
    }

    Section rape;
    Person victim;
    Complaint complaint;
    Fir fir;
    Fir ordinary;
};

bool mentionsVictim(const QString& text)
{
    return text.contains(QLatin1String("Sunita")) || text.contains(QStringLiteral("सुनीता")) || text.contains(QLatin1String("9822098765"));
}

} // namespace

TEST_CASE_METHOD(SensitiveCase, "the FIR list withholds the victim's name and place from officers not on the case", "[disclosure]")
{
    FirRepository firs(db());
    for (const User& viewer : { writer, io2, admin }) {
        INFO("viewer " << str(viewer.username));
        const QList<FirSummary> rows = firs.page(FirFilter {}, 0, 50, viewer);
        const auto s = row(rows, fir.uid);
        REQUIRE(s.has_value());
        CHECK(s->sensitive);
        CHECK(s->complainant == Disclosure::withheld());
        CHECK(s->place == Disclosure::withheld());
        // The ordinary FIR beside it is shown in full.
        CHECK(row(rows, ordinary.uid)->complainant == QStringLiteral("Ramesh Patil"));
        // Searching by the victim's name finds nothing for them.
        CHECK_FALSE(row(firs.page(FirFilter { QStringLiteral("Sunita"), 0 }, 0, 50, viewer), fir.uid).has_value());
    }
    for (const User& viewer : { sho, io }) {
        INFO("viewer " << str(viewer.username));
        const QList<FirSummary> rows = firs.page(FirFilter {}, 0, 50, viewer);
        const auto s = row(rows, fir.uid);
        REQUIRE(s.has_value());
        CHECK(s->complainant.contains(kVictimEn));
        CHECK(s->place == kPlace);
        CHECK(row(firs.page(FirFilter { QStringLiteral("Sunita"), 0 }, 0, 50, viewer), fir.uid).has_value());
    }
}

TEST_CASE_METHOD(SensitiveCase, "the FIR record withholds the victim, the first information and the place", "[disclosure]")
{
    FirRepository firs(db());
    for (const User& viewer : { writer, io2, admin }) {
        INFO("viewer " << str(viewer.username));
        const auto f = firs.byUid(fir.uid, viewer);
        REQUIRE(f.has_value());
        CHECK(f->masked);
        CHECK(f->complainantName() == Disclosure::withheld());
        CHECK(f->firstInformation == Disclosure::withheld());
        CHECK(f->placeAddress == Disclosure::withheld());
        for (const FirParty& p : f->parties) {
            CHECK_FALSE(mentionsVictim(p.name));
            CHECK(p.address.isEmpty());
            CHECK(p.relativeName.isEmpty());
        }
        // The same through the number.
        CHECK(firs.byNumber(fir.year, fir.number, viewer)->complainantName() == Disclosure::withheld());
    }
    for (const User& viewer : { sho, io }) {
        INFO("viewer " << str(viewer.username));
        const auto f = firs.byUid(fir.uid, viewer);
        REQUIRE(f.has_value());
        CHECK_FALSE(f->masked);
        CHECK(f->complainantName().contains(kVictimEn));
        CHECK(f->firstInformation == kStory);
        CHECK(f->placeAddress == kPlace);
    }
    CHECK_FALSE(firs.byUid(ordinary.uid, writer)->masked);
}

TEST_CASE_METHOD(SensitiveCase, "a person search withholds the victim's identity from officers not on the case", "[disclosure]")
{
    PersonRepository persons(db());
    for (const QString& text : { QStringLiteral("Sunita"), QStringLiteral("सुनीता"), QStringLiteral("98765"), QStringLiteral("Su") }) {
        INFO("search " << str(text));
        for (const User& viewer : { writer, io2, admin }) {
            INFO("viewer " << str(viewer.username));
            const QList<PersonMatch> found = persons.search(text, viewer);
            for (const PersonMatch& m : found) {
                CHECK_FALSE(mentionsVictim(m.person.nameEn + m.person.nameLocal + m.person.phone + m.person.addressPresent));
                if (m.person.uid == victim.uid) {
                    CHECK(m.masked);
                    CHECK(m.person.nameEn == Disclosure::withheld());
                }
            }
        }
        for (const User& viewer : { sho, io }) {
            INFO("viewer " << str(viewer.username));
            const QList<PersonMatch> found = persons.search(text, viewer);
            REQUIRE(found.size() == 1);
            CHECK_FALSE(found.first().masked);
            CHECK(found.first().person.nameEn == kVictimEn);
        }
    }
    // A person on no sensitive case is shown to everyone.
    const QList<PersonMatch> ramesh = persons.search(QStringLiteral("Ramesh"), writer);
    REQUIRE(ramesh.size() == 1);
    CHECK_FALSE(ramesh.first().masked);
    CHECK(ramesh.first().person.nameEn == QStringLiteral("Ramesh Patil"));
}

TEST_CASE_METHOD(SensitiveCase, "the complaint register withholds the victim's name and account", "[disclosure]")
{
    ComplaintRepository complaints(db());
    for (const User& viewer : { writer, io2, admin }) {
        INFO("viewer " << str(viewer.username));
        const QList<Complaint> rows = complaints.page({}, {}, 0, 50, viewer);
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().complainantName == Disclosure::withheld());
        CHECK_FALSE(mentionsVictim(rows.first().narrative));
        CHECK(complaints.byUid(complaint.uid, viewer)->complainantName == Disclosure::withheld());
    }
    for (const User& viewer : { sho, io }) {
        INFO("viewer " << str(viewer.username));
        const QList<Complaint> rows = complaints.page({}, {}, 0, 50, viewer);
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().complainantName.contains(kVictimEn));
        CHECK(rows.first().narrative == kStory);
    }
}

TEST_CASE_METHOD(SensitiveCase, "the printed FIR copy names the victim only for the SHO and the case's IO", "[disclosure][fircopy]")
{
    FirRepository firs(db());
    for (const User& viewer : { writer, io2 }) {
        INFO("viewer " << str(viewer.username));
        const QString html = fircopy::html(*firs.byUid(fir.uid, viewer), station);
        CHECK_FALSE(mentionsVictim(html));
        CHECK_FALSE(html.contains(QLatin1String("old mill")));
        CHECK(html.contains(QLatin1String("Victim identity withheld")));
        CHECK(html.contains(QLatin1String("BNS 64")));
    }
    for (const User& viewer : { sho, io }) {
        INFO("viewer " << str(viewer.username));
        const QString html = fircopy::html(*firs.byUid(fir.uid, viewer), station);
        CHECK(html.contains(kVictimEn));
        CHECK(html.contains(kVictimLocal));
        CHECK(html.contains(QLatin1String("old mill")));
        CHECK_FALSE(html.contains(QLatin1String("Victim identity withheld")));
    }
    // Marathi headings for a Marathi station.
    CHECK(fircopy::html(*firs.byUid(ordinary.uid, writer), station).contains(QStringLiteral("प्रथम खबर अहवाल")));
}

TEST_CASE_METHOD(SensitiveCase, "an amendment of the place does not reveal it to officers not on the case", "[disclosure][amend]")
{
    auto amended = FirService(db(), clock).amend(fir.uid, QStringLiteral("placeAddress"), QStringLiteral("Godown behind the old mill, Nehru Colony"),
                                                 QStringLiteral("Spot panchnama"), io);
    REQUIRE(amended.ok());

    const auto forWriter = FirRepository(db()).byUid(fir.uid, writer);
    REQUIRE(forWriter.has_value());
    CHECK(forWriter->placeAddress == Disclosure::withheld());
    for (const FirAmendment& a : forWriter->amendments) {
        CHECK_FALSE(a.oldValue.contains(QLatin1String("old mill")));
        CHECK_FALSE(a.newValue.contains(QLatin1String("old mill")));
    }
    CHECK_FALSE(fircopy::html(*forWriter, station).contains(QLatin1String("old mill")));

    const auto forIo = FirRepository(db()).byUid(fir.uid, io);
    CHECK(forIo->placeAddress == QStringLiteral("Godown behind the old mill, Nehru Colony"));
}

TEST_CASE_METHOD(SensitiveCase, "the General Diary does not name the victim of a sexual offence", "[disclosure][gd]")
{
    // The diary is read by every officer of the station; GdRepository::page takes no viewer.
    for (const GdEntry& e : GdRepository(db()).page({}, 0, 100)) {
        INFO(str(e.reference() + QStringLiteral(": ") + e.summary));
        CHECK_FALSE(mentionsVictim(e.summary));
    }
}
