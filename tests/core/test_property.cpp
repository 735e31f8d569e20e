// Seized property and its chain of custody, evidence files with their hash, and the
// case's end in court.

#include "fixtures.h"

#include "core/caseservice.h"
#include "core/iifforms.h"
#include "core/propertyservice.h"

using namespace thana::test;

namespace {

struct PropertyFixture : StationFixture {
    PropertyFixture()
    {
        FirDraft d = draft(person(QStringLiteral("Ramesh Patil")).uid);
        d.ioUid = io.uid;
        fir = registerFir(d);
        clock.advanceSecs(2 * 3600);
    }
    Seizure motorcycle()
    {
        Seizure s;
        s.firUid = fir.uid;
        s.propertyType = QStringLiteral("vehicle");
        s.description = QStringLiteral("Hero Splendor motorcycle MH12 AB 1234, black");
        s.valueRupees = 45000;
        s.nature = Seizure::Nature::Recovered;
        s.seizedAt = clock.now().addSecs(-1800);
        s.place = QStringLiteral("Behind the bus depot, Swargate");
        s.witnesses = QStringLiteral("Panch 1: Suresh Kale; Panch 2: Amol Shinde");
        return s;
    }
    Fir fir;
};

bool hasRule(const Error& e, const char* rule)
{
    for (const Violation& v : e.violations) {
        if (v.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE_METHOD(PropertyFixture, "a seizure enters the property store with its number, GD entry and deposit", "[property]")
{
    PropertyService property(db(), clock);
    Seizure early = motorcycle();
    early.seizedAt = fir.registeredAt.addSecs(-60);
    CHECK(hasRule(property.recordSeizure(early, QStringLiteral("HC Gaikwad, store keeper"), io).error(), "case.before_fir"));
    Seizure unwitnessed = motorcycle();
    unwitnessed.witnesses.clear();
    CHECK(hasRule(property.recordSeizure(unwitnessed, QStringLiteral("HC Gaikwad"), io).error(), "case.seizure_witnesses"));
    CHECK(property.recordSeizure(motorcycle(), QStringLiteral("HC Gaikwad"), io2).error().code == QStringLiteral("forbidden"));

    auto first = property.recordSeizure(motorcycle(), QStringLiteral("HC Gaikwad, store keeper"), io);
    REQUIRE(first.ok());
    CHECK(first->number == 1);
    auto second = property.recordSeizure(motorcycle(), QStringLiteral("HC Gaikwad, store keeper"), sho);
    REQUIRE(second.ok());
    CHECK(second->number == 2);
    CHECK(GdRepository(db()).byUid(first->gdUid)->summary.contains(QLatin1String("No. 1/2026")));
    const QList<CustodyMove> chain = property.chain(first->uid);
    REQUIRE(chain.size() == 1);
    CHECK(chain.first().kind == CustodyMove::Kind::Deposited);
    CHECK(chain.first().party == QStringLiteral("HC Gaikwad, store keeper"));
    CHECK(check().isEmpty());
}

TEST_CASE_METHOD(PropertyFixture, "the chain of custody follows the property and refuses moves that cannot happen", "[property][custody]")
{
    PropertyService property(db(), clock);
    const Seizure s = *property.recordSeizure(motorcycle(), QStringLiteral("HC Gaikwad"), io);
    const QDateTime t = clock.now();
    using K = CustodyMove::Kind;
    CHECK(hasRule(property.move(s.uid, K::FromLab, t, QStringLiteral("RFSL Pune"), {}, io).error(), "custody.order"));
    REQUIRE(property.move(s.uid, K::ToLab, t, QStringLiteral("RFSL Pune"), QStringLiteral("Letter 55/2026"), io).ok());
    CHECK(hasRule(property.move(s.uid, K::ToCourt, t, QStringLiteral("JMFC Pune"), {}, io).error(), "custody.order"));
    CHECK(hasRule(property.move(s.uid, K::FromLab, t.addSecs(-7200), QStringLiteral("RFSL Pune"), {}, io).error(), "custody.time_order"));
    REQUIRE(property.move(s.uid, K::FromLab, t, QStringLiteral("RFSL Pune"), QStringLiteral("Report 881"), io).ok());
    REQUIRE(property.move(s.uid, K::Returned, t, QStringLiteral("Ramesh Patil, owner, on the court's order"), QStringLiteral("Order 12/2026"), io).ok());
    CHECK(hasRule(property.move(s.uid, K::ToCourt, t, QStringLiteral("JMFC Pune"), {}, io).error(), "custody.order"));
    CHECK(property.chain(s.uid).size() == 4);
    QSqlQuery q(sql());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM custody_moves")));
}

TEST_CASE_METHOD(PropertyFixture, "evidence is kept by its SHA-256 and certified under BSA s.63 with the hash", "[property][evidence]")
{
    PropertyService property(db(), clock);
    const QString path = QDir(dirPath()).filePath(QStringLiteral("cctv-clip.mp4"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("CCTV footage of the parking lot, camera 2, 21:40 to 21:55"));
    }
    auto e = property.addEvidence(fir.uid, path, QStringLiteral("CCTV footage from the society's DVR"), clock.now().addSecs(-600), io);
    REQUIRE(e.ok());
    CHECK(e->sha256 == QStringLiteral("%1").arg(QString::fromLatin1(
                           QCryptographicHash::hash(QByteArray("CCTV footage of the parking lot, camera 2, 21:40 to 21:55"), QCryptographicHash::Sha256).toHex())));
    QFile kept(property.evidencePath(e->sha256));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("CCTV footage of the parking lot, camera 2, 21:40 to 21:55"));
    CHECK(property.evidence(fir.uid).size() == 1);
    const QString certificate = property.evidenceCertificate(e->uid);
    CHECK(certificate.contains(e->sha256));
    CHECK(certificate.contains(QLatin1String("Bharatiya Sakshya Adhiniyam")));
    CHECK(certificate.contains(fir.reference().mid(4)));
    CHECK_FALSE(property.addEvidence(fir.uid, path, QStringLiteral("again"), clock.now(), io).ok());
    CHECK(hasRule(property.addEvidence(fir.uid, path + QStringLiteral(".missing"), QStringLiteral("x"), clock.now(), io).error(),
                  "evidence.unreadable"));
}

TEST_CASE_METHOD(PropertyFixture, "a court disposal comes only after an approved final report, and an appeal after the disposal", "[property][court]")
{
    PropertyService property(db(), clock);
    CaseService cases(db(), clock);
    CHECK(hasRule(property.recordAppeal(fir.uid, QStringLiteral("Sessions Court, Pune"), clock.now(), QStringLiteral("upheld"), clock.now(), io).error(),
                  "case.appeal_before_disposal"));
    CHECK(hasRule(property.recordDisposal(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), QStringLiteral("RCC 412/2026"), QStringLiteral("convicted"),
                                          clock.now(), QStringLiteral("Simple imprisonment for one year"), io)
                      .error(),
                  "case.disposal_before_report"));
    auto report = cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet against A1."), io);
    REQUIRE(report.ok());
    REQUIRE(cases.approveFinalReport(report->uid, sho).ok());
    clock.advanceSecs(30 * 24 * 3600);
    CHECK(hasRule(property.recordDisposal(fir.uid, QStringLiteral("JMFC Court No. 3"), QStringLiteral("RCC 412/2026"), QStringLiteral("convicted"),
                                          clock.now(), QString(), io)
                      .error(),
                  "required"));
    REQUIRE(property.recordDisposal(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), QStringLiteral("RCC 412/2026"), QStringLiteral("convicted"),
                                    clock.now().addSecs(-3600), QStringLiteral("Simple imprisonment for one year and fine of Rs. 5,000"), io)
                .ok());
    CHECK_FALSE(property.recordDisposal(fir.uid, QStringLiteral("JMFC"), QStringLiteral("RCC 1"), QStringLiteral("acquitted"), clock.now(), {}, io).ok());
    CHECK(hasRule(property.recordAppeal(fir.uid, QStringLiteral("Sessions Court, Pune"), clock.now().addDays(-5), QStringLiteral("upheld"), clock.now(), io)
                      .error(),
                  "case.appeal_order"));
    CHECK(property.recordAppeal(fir.uid, QStringLiteral("Sessions Court, Pune"), clock.now(), QStringLiteral("upheld"), clock.now(), io).ok());
    CHECK(check().isEmpty());
}

TEST_CASE_METHOD(PropertyFixture, "every form after the FIR prints with English and Hindi headings and its record", "[property][iif]")
{
    PropertyService property(db(), clock);
    CaseService cases(db(), clock);
    CrimeDetails details;
    details.crimeHead = QStringLiteral("Theft");
    details.modusOperandi = QStringLiteral("Master key");
    REQUIRE(cases.recordCrimeDetails(fir.uid, details, io).ok());
    Arrest a;
    a.firUid = fir.uid;
    a.personUid = person(QStringLiteral("Vikas Jadhav"), QStringLiteral("विकास जाधव")).uid;
    a.at = clock.now().addSecs(-600);
    a.place = QStringLiteral("Swargate");
    a.informed = QStringLiteral("Wife by phone");
    const Arrest arrest = *cases.recordArrest(a, io);
    const Seizure seizure = *property.recordSeizure(motorcycle(), QStringLiteral("HC Gaikwad"), io);
    auto report = cases.draftFinalReport(fir.uid, FinalReport::Kind::ChargeSheet, QStringLiteral("Charge sheet against A1."), io);
    REQUIRE(cases.approveFinalReport(report->uid, sho).ok());
    REQUIRE(property.recordDisposal(fir.uid, QStringLiteral("JMFC Court No. 3, Pune"), QStringLiteral("RCC 412/2026"), QStringLiteral("convicted"),
                                    clock.now(), QStringLiteral("One year"), io)
                .ok());
    REQUIRE(property.recordAppeal(fir.uid, QStringLiteral("Sessions Court, Pune"), clock.now(), QStringLiteral("upheld"), clock.now(), io).ok());

    const QList<std::tuple<const char*, QString, const char*, const char*>> forms = {
        { "IIF-II", iifforms::crimeDetails(db(), fir.uid), "अपराध विवरण प्रपत्र", "Master key" },
        { "IIF-III", iifforms::arrestMemo(db(), arrest.uid), "गिरफ्तारी", "विकास जाधव" },
        { "IIF-IV", iifforms::seizureMemo(db(), seizure.uid), "संपत्ति तलाशी एवं जब्ती प्रपत्र", "MH12 AB 1234" },
        { "IIF-V", iifforms::finalReport(db(), fir.uid), "अंतिम रिपोर्ट", "Charge sheet against A1." },
        { "IIF-VI", iifforms::courtDisposal(db(), fir.uid), "न्यायालय निपटारा प्रपत्र", "RCC 412/2026" },
        { "IIF-VII", iifforms::appeal(db(), fir.uid), "अपील परिणाम प्रपत्र", "Sessions Court, Pune" },
    };
    for (const auto& [name, html, hindi, value] : forms) {
        INFO(name);
        CHECK(html.contains(QLatin1String(name)));
        CHECK(html.contains(QString::fromUtf8(hindi)));
        CHECK(html.contains(QString::fromUtf8(value)));
        CHECK(html.contains(fir.reference()));
    }
    CHECK(iifforms::courtDisposal(db(), QStringLiteral("no-such-fir")).isEmpty());
}
