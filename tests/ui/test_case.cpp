// An investigation walked through the real widgets: the IO records an arrest and a
// seizure and drafts the final report; the SHO approves it; the report prints to PDF.

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/firservice.h"
#include "core/personrepository.h"
#include "core/propertyservice.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/casedialog.h"
#include "ui/personpicker.h"
#include "ui/personspage.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace thana;
using namespace thana::uitest;

class CaseWalkTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrestSeizureAndReport();
    void arrestBeforeTheFirIsRefusedBesideTheField();
    void personOnRecordIsOfferedBeforeANewOne();
    void custodyEvidenceStatementAndDispatch();
    void diaryCourtAndTransfer();
    void duplicateMergedFromThePersonsPage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::ManualClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0), core::stationZone()) };
    core::Station m_station;
    core::User m_sho;
    core::User m_io;
    QString m_firUid;
};

void CaseWalkTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = core::Database::open(m_dir.filePath(QStringLiteral("station.thana")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_station = uitest::createStation(*m_db);
    const core::User admin = uitest::addOfficer(*m_db, QStringLiteral("admin"), QStringLiteral("Administrator"), core::Role::Admin,
                                                QStringLiteral("admin-pass-2026"), std::nullopt);
    m_sho = uitest::addOfficer(*m_db, QStringLiteral("sho"), QStringLiteral("Anita Deshmukh"), core::Role::Sho, QStringLiteral("sho-pass-2026"), admin);
    m_io = uitest::addOfficer(*m_db, QStringLiteral("io.kale"), QStringLiteral("Sunil Kale"), core::Role::Io, QStringLiteral("io-pass-2026"), admin);

    core::FirDraft d;
    d.infoReceivedAt = m_clock.now().addSecs(-1800);
    d.occurrenceFrom = m_clock.now().addSecs(-7200);
    d.occurrenceTo = m_clock.now().addSecs(-5400);
    d.placeAddress = QStringLiteral("Parking of the vegetable market");
    d.firstInformation = QStringLiteral("My motorcycle MH12 AB 1234 was stolen from the market parking.");
    d.ioUid = m_io.uid;
    d.sections << core::Section { QStringLiteral("BNS"), QStringLiteral("303"), {}, {}, false, {} };
    core::Person complainant;
    complainant.nameEn = QStringLiteral("Ramesh Patil");
    auto fir = core::FirService(*m_db, m_clock).registerFir(d, m_sho, QStringLiteral("Information of a motorcycle theft."),
                                                           { core::NewParty { core::FirParty::Kind::Complainant, complainant, {} } });
    QVERIFY2(fir.ok(), qPrintable(fir.ok() ? QString() : fir.error().describe()));
    m_firUid = fir->uid;
    m_clock.advanceSecs(3600);
}

void CaseWalkTest::arrestSeizureAndReport()
{
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    {
        ui::CaseDialog dialog(ioContext, m_firUid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Arrest: a new person as the accused, judicial custody, relatives informed.
        type(dialog.findChild<QWidget*>(QStringLiteral("arrestAccused"))->findChild<QLineEdit*>(QStringLiteral("personNameEn")), QStringLiteral("Vikas Jadhav"));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("arrestPlace")), QStringLiteral("Near Swargate bus stand"));
        auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("arrestOutcome"));
        outcome->setCurrentIndex(outcome->findData(int(core::Arrest::Outcome::JudicialCustody)));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("arrestInformed")), QStringLiteral("Brother by phone; PSI More"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordArrest")), Qt::LeftButton);
        auto* arrests = dialog.findChild<QListWidget*>(QStringLiteral("arrestsList"));
        QCOMPARE(arrests->count(), 1);
        QVERIFY(arrests->item(0)->text().startsWith(QStringLiteral("A1  Vikas Jadhav")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("caseDeadlines"))->text().contains(QStringLiteral("BNSS s.187(3)")));

        // Seizure into the property store.
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        type(dialog.findChild<QLineEdit*>(QStringLiteral("seizureType")), QStringLiteral("vehicle"));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("seizureDescription")), QStringLiteral("Hero Splendor MH12 AB 1234"));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("seizureWitnesses")), QStringLiteral("Suresh Kale; Amol Shinde"));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("seizureStoreKeeper")), QStringLiteral("HC Gaikwad"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordSeizure")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("seizuresList"))->count(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("seizureStatus"))->text().contains(QStringLiteral("No. 1/2026")));

        // The final report drafted by the IO; the IO cannot approve it.
        dialog.findChild<QTabWidget*>()->setCurrentIndex(2);
        type(dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportSummary")), QStringLiteral("Charge sheet against A1 under BNS 303(2)."));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("draftReport")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportState"))->text().contains(QStringLiteral("waiting for the SHO")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("approveReport"))->isEnabled());
    }

    // The SHO approves it and saves it as PDF.
    ui::AppContext shoContext { *m_db, m_clock, m_station, m_sho };
    ui::CaseDialog dialog(shoContext, m_firUid);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget*>()->setCurrentIndex(2);
    auto* approve = dialog.findChild<QPushButton*>(QStringLiteral("approveReport"));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportState"))->text().contains(QStringLiteral("Approved by the SHO")));
    QVERIFY(core::CaseService(*m_db, m_clock).finalReport(m_firUid)->approved);

    const QString pdf = m_dir.filePath(QStringLiteral("final-report.pdf"));
    whenModal<QFileDialog>([&](QFileDialog* files) {
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->clear();
        type(name, pdf);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reportPdf")), Qt::LeftButton);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("IIF-V")), qPrintable(printed.left(500)));
    QVERIFY(printed.contains(QStringLiteral("Charge sheet against A1")));
    QVERIFY(printed.contains(QStringLiteral("Anita Deshmukh")));
}

void CaseWalkTest::arrestBeforeTheFirIsRefusedBesideTheField()
{
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    ui::CaseDialog dialog(ioContext, m_firUid);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.findChild<QWidget*>(QStringLiteral("arrestAccused"))->findChild<QLineEdit*>(QStringLiteral("personNameEn")), QStringLiteral("Rahul More"));
    auto* at = dialog.findChild<QDateTimeEdit*>(QStringLiteral("arrestAt"));
    at->setDateTime(at->dateTime().addDays(-2));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("arrestInformed")), QStringLiteral("Father"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordArrest")), Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("error_at"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cannot be before the FIR was registered")), qPrintable(error->text()));
    QCOMPARE(core::CaseService(*m_db, m_clock).arrests(m_firUid).size(), 1);
}

void CaseWalkTest::personOnRecordIsOfferedBeforeANewOne()
{
    // Vikas Jadhav was arrested in the first walk; entering him again in Devanagari
    // offers the record there is.
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    ui::CaseDialog dialog(ioContext, m_firUid);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* accused = dialog.findChild<QWidget*>(QStringLiteral("arrestAccused"));
    auto* offered = accused->findChild<QListWidget*>(QStringLiteral("personDuplicates"));
    QVERIFY(!offered->isVisible());
    auto* local = accused->findChild<QLineEdit*>(QStringLiteral("personNameLocal"));
    QVERIFY(local);
    type(local, QStringLiteral("विकास जाधव"));
    QTest::keyClick(local, Qt::Key_Tab);
    QTRY_VERIFY(offered->isVisible());
    QCOMPARE(offered->count(), 1);
    QVERIFY(offered->item(0)->text().startsWith(QStringLiteral("Vikas Jadhav")));
    QVERIFY(offered->item(0)->text().contains(QStringLiteral("same name")));
    offered->setFocus();
    offered->setCurrentRow(0);
    QTest::keyClick(offered, Qt::Key_Return);
    QVERIFY(accused->findChild<QRadioButton*>(QStringLiteral("useExistingPerson"))->isChecked());
    QCOMPARE(qobject_cast<ui::PersonPicker*>(accused)->existingUid(), core::CaseService(*m_db, m_clock).arrests(m_firUid).first().personUid);
}

void CaseWalkTest::custodyEvidenceStatementAndDispatch()
{
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    ui::CaseDialog dialog(ioContext, m_firUid);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();

    // The seized motorcycle goes to the laboratory; it cannot come back from court.
    tabs->setCurrentIndex(1);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("moveKind"));
    kind->setCurrentIndex(kind->findData(int(core::CustodyMove::Kind::FromCourt)));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("moveParty")), QStringLiteral("JMFC Pune"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordMove")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("seizureStatus"))->text().contains(QStringLiteral("cannot follow")));
    kind->setCurrentIndex(kind->findData(int(core::CustodyMove::Kind::ToLab)));
    dialog.findChild<QLineEdit*>(QStringLiteral("moveParty"))->clear();
    type(dialog.findChild<QLineEdit*>(QStringLiteral("moveParty")), QStringLiteral("RFSL Pune"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordMove")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("seizuresList"))->item(0)->text().contains(QStringLiteral("to_lab: RFSL Pune")));

    // Evidence kept by its hash, and a witness's statement.
    tabs->setCurrentIndex(7);
    const QString clip = m_dir.filePath(QStringLiteral("cctv.txt"));
    {
        QFile f(clip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Camera 2, 21:40 to 21:55");
    }
    type(dialog.findChild<QLineEdit*>(QStringLiteral("evidenceFile")), clip);
    type(dialog.findChild<QLineEdit*>(QStringLiteral("evidenceDescription")), QStringLiteral("CCTV clip from the society"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addEvidence")), Qt::LeftButton);
    auto* evidence = dialog.findChild<QListWidget*>(QStringLiteral("evidenceList"));
    QCOMPARE(evidence->count(), 1);
    QVERIFY(evidence->item(0)->text().contains(QString::fromLatin1(QCryptographicHash::hash("Camera 2, 21:40 to 21:55", QCryptographicHash::Sha256).toHex())));
    auto* statement = dialog.findChild<QWidget*>(QStringLiteral("statementPerson"));
    type(statement->findChild<QLineEdit*>(QStringLiteral("personNameEn")), QStringLiteral("Suresh Kale"));
    type(dialog.findChild<QPlainTextEdit*>(QStringLiteral("statementText")), QStringLiteral("I saw two men push the motorcycle away."));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordStatement")), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("statementsList"))->count(), 1);

    // The approved report is sent to court.
    tabs->setCurrentIndex(2);
    type(dialog.findChild<QLineEdit*>(QStringLiteral("dispatchCourt")), QStringLiteral("JMFC Court No. 3, Pune"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("dispatchReport")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("Sent to")));
}

void CaseWalkTest::diaryCourtAndTransfer()
{
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    {
        ui::CaseDialog dialog(ioContext, m_firUid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentIndex(4);
        type(dialog.findChild<QPlainTextEdit*>(QStringLiteral("diaryText")), QStringLiteral("Told the complainant the motorcycle was recovered."));
        dialog.findChild<QCheckBox*>(QStringLiteral("diaryInformsVictim"))->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("writeDiary")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("diaryList"))->count(), 1);

        // The final report was approved in the first walk, so the court can dispose of the case.
        tabs->setCurrentIndex(5);
        type(dialog.findChild<QLineEdit*>(QStringLiteral("disposalCourt")), QStringLiteral("JMFC Court No. 3, Pune"));
        type(dialog.findChild<QLineEdit*>(QStringLiteral("disposalCaseNumber")), QStringLiteral("RCC 412/2026"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordDisposal")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("error_sentence"))->isVisible());
        type(dialog.findChild<QLineEdit*>(QStringLiteral("disposalSentence")), QStringLiteral("One year"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordDisposal")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("courtStatus"))->text().contains(QStringLiteral("recorded")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("transfer"))->isEnabled());
    }
    ui::AppContext shoContext { *m_db, m_clock, m_station, m_sho };
    ui::CaseDialog dialog(shoContext, m_firUid);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget*>()->setCurrentIndex(6);
    type(dialog.findChild<QLineEdit*>(QStringLiteral("transferTo")), QStringLiteral("Hadapsar Police Station"));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("transferReason")), QStringLiteral("Occurrence in its area"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("transfer")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("handsStatus"))->text().contains(QStringLiteral("Transferred")));
    QCOMPARE(core::CaseService(*m_db, m_clock).transferredTo(m_firUid), QStringLiteral("Hadapsar Police Station"));
}

void CaseWalkTest::duplicateMergedFromThePersonsPage()
{
    core::Person again;
    again.nameEn = QStringLiteral("Wikas Jaadhav");
    auto duplicate = core::PersonRepository(*m_db).create(again, m_io, m_clock);
    QVERIFY(duplicate.ok());
    ui::AppContext ioContext { *m_db, m_clock, m_station, m_io };
    ui::PersonsPage page(ioContext);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    type(page.findChild<QLineEdit*>(QStringLiteral("personsSearch")), QStringLiteral("Wikas"));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("personsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    table->selectRow(0);
    bool merged = false;
    whenModal<QDialog>([&](QDialog* dialog) {
        auto* candidates = dialog->findChild<QListWidget*>(QStringLiteral("mergeCandidates"));
        QVERIFY(candidates && candidates->count() >= 1);
        QVERIFY(candidates->currentItem()->text().startsWith(QStringLiteral("Vikas Jadhav")));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("mergeReason")), QStringLiteral("Same Aadhaar number"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        merged = true;
    });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("mergePerson")), Qt::LeftButton);
    QVERIFY(merged);
    const QString kept = core::CaseService(*m_db, m_clock).arrests(m_firUid).first().personUid;
    QCOMPARE(core::PersonRepository(*m_db).canonicalUid(duplicate->uid), kept);
    QCOMPARE(core::PersonRepository(*m_db).merges(true).size(), 1);
}

QTEST_MAIN(CaseWalkTest)
#include "test_case.moc"
