// Walks a station's day through the real widgets: log in, receive a complaint,
// register it as an FIR, find the FIR, and print its copy to PDF.

#include "core/clock.h"
#include "core/database.h"
#include "core/firrepository.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/complaintdialog.h"
#include "ui/firform.h"
#include "ui/firstrunwizard.h"
#include "ui/firview.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/sectionpicker.h"
#include "ui/settings.h"
#include "uitest.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace thana;
using namespace thana::uitest;

namespace {

const QString kPassword = QStringLiteral("desk-officer-2026");

} // namespace

class WorkflowTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunCreatesStationAndUsers();
    void loginRefusesWrongPassword();
    void complaintToFirToPdf();
    void firFormShowsRulesBesideFields();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::ManualClock m_clock { QDateTime::currentDateTimeUtc() };
    core::Station m_station;
    core::User m_writer;
};

void WorkflowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // THANA_KEEP_TEST_FILES=1 keeps the store and the printed copy for inspection.
    if (qEnvironmentVariableIsSet("THANA_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("test files kept in %s", qPrintable(m_dir.path()));
    }
    auto db = core::Database::open(m_dir.filePath(QStringLiteral("station.thana")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
    m_db = std::move(db).value();
    m_station = uitest::createStation(*m_db, QStringLiteral("MH-PUN-0007"), QStringLiteral("Kothrud"), QStringLiteral("कोथरूड"));
    const core::User admin = uitest::addOfficer(*m_db, QStringLiteral("admin"), QStringLiteral("Admin"), core::Role::Admin, kPassword, std::nullopt);
    m_writer = uitest::addOfficer(*m_db, QStringLiteral("writer"), QStringLiteral("Rekha More"), core::Role::Writer, kPassword, admin,
                                  QStringLiteral("Head Constable"));
    uitest::addOfficer(*m_db, QStringLiteral("io.patil"), QStringLiteral("Sunita Patil"), core::Role::Io, kPassword, admin,
                       QStringLiteral("Sub-Inspector"));
}

void WorkflowTest::firstRunCreatesStationAndUsers()
{
    auto opened = core::Database::open(m_dir.filePath(QStringLiteral("new-station.thana")));
    QVERIFY(opened.ok());
    core::Database& db = *opened.value();
    ui::FirstRunWizard wizard(db, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto next = [&wizard] { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); };
    auto field = [&wizard](const char* name) { return wizard.findChild<QLineEdit*>(QLatin1String(name)); };
    next();
    type(field("stateCode"), QStringLiteral("MH"));
    type(field("stateName"), QStringLiteral("Maharashtra"));
    type(field("districtCode"), QStringLiteral("NGP"));
    type(field("districtName"), QStringLiteral("Nagpur City"));
    type(field("stationCode"), QStringLiteral("bad code!"));
    type(field("stationNameEn"), QStringLiteral("Sitabuldi"));
    type(field("stationNameLocal"), QStringLiteral("सीताबर्डी"));
    next();
    // The station code's rule is named and the wizard stays on the page.
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("stationErrors"))->text().contains(QStringLiteral("Station code")));
    QCOMPARE(wizard.currentId(), 1);
    field("stationCode")->clear();
    type(field("stationCode"), QStringLiteral("MH-NGP-0101"));
    next();
    QCOMPARE(wizard.currentId(), 2);
    type(field("adminName"), QStringLiteral("Anil Wankhede"));
    type(field("adminPassword"), kPassword);
    type(field("adminPassword2"), kPassword);
    next();
    QCOMPARE(wizard.currentId(), 3);
    type(field("shoName"), QStringLiteral("Vaishali Deshmukh"));
    type(field("shoPassword"), kPassword);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const auto station = core::StationRepository(db).station();
    QVERIFY(station);
    QCOMPARE(station->code, QStringLiteral("MH-NGP-0101"));
    QCOMPARE(station->nameLocal, QStringLiteral("सीताबर्डी"));
    core::UserRepository users(db);
    QCOMPARE(users.count(), 2);
    QCOMPARE(users.byUsername(QStringLiteral("admin"))->role, core::Role::Admin);
    QCOMPARE(users.byUsername(QStringLiteral("sho"))->role, core::Role::Sho);
}

void WorkflowTest::loginRefusesWrongPassword()
{
    ui::LoginDialog login(*m_db, m_clock, m_station, QString());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    type(login.findChild<QLineEdit*>(QStringLiteral("username")), QStringLiteral("writer"));
    QTest::keyClick(login.findChild<QLineEdit*>(QStringLiteral("username")), Qt::Key_Tab);
    type(login.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("not-the-password1"));
    QTest::keyClick(login.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    QVERIFY(login.isVisible());
    QVERIFY(login.findChild<QLabel*>(QStringLiteral("loginMessage"))->text().contains(QStringLiteral("wrong")));
    type(login.findChild<QLineEdit*>(QStringLiteral("password")), kPassword);
    QTest::keyClick(login.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    QCOMPARE(login.result(), int(QDialog::Accepted));
    QCOMPARE(login.user().username, QStringLiteral("writer"));
}

void WorkflowTest::complaintToFirToPdf()
{
    ui::Settings settings;
    ui::AppContext context { *m_db, m_clock, m_station, m_writer };
    ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Complaints page (Alt+2), receive a complaint at the desk.
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    auto* receive = window.findChild<QPushButton*>(QStringLiteral("receiveComplaint"));
    QVERIFY(receive && receive->isVisible());
    bool complaintFilled = false;
    whenModal<ui::ComplaintDialog>([&](ui::ComplaintDialog* d) {
        type(d->findChild<QLineEdit*>(QStringLiteral("personNameEn")), QStringLiteral("Ramesh Jadhav"));
        type(d->findChild<QLineEdit*>(QStringLiteral("personNameLocal")), QStringLiteral("रमेश जाधव"));
        type(d->findChild<QLineEdit*>(QStringLiteral("personPhone")), QStringLiteral("9822012345"));
        type(d->findChild<QLineEdit*>(QStringLiteral("personAddress")), QStringLiteral("14, Paud Road, Kothrud"));
        type(d->findChild<QLineEdit*>(QStringLiteral("complaintSubject")), QStringLiteral("Theft of motorcycle"));
        type(d->findChild<QPlainTextEdit*>(QStringLiteral("complaintNarrative")),
             QStringLiteral("My motorcycle MH12 AB 1234 parked outside my house was stolen at night."));
        complaintFilled = true;
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("saveComplaint")), Qt::LeftButton);
    });
    QTest::mouseClick(receive, Qt::LeftButton);
    QVERIFY(complaintFilled);
    auto* complaints = window.findChild<QTableView*>(QStringLiteral("complaintsView"));
    QTRY_COMPARE(complaints->model()->rowCount(), 1);
    QCOMPARE(complaints->model()->index(0, 3).data().toString(), QStringLiteral("Ramesh Jadhav (रमेश जाधव)"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("complaintsStatus"))->text().contains(QStringLiteral("General Diary")));

    // Register it as an FIR: occurrence, place, a section found by its number.
    complaints->selectRow(0);
    const QString pdfPath = m_dir.filePath(QStringLiteral("fir-copy.pdf"));
    bool formFilled = false;
    bool pdfSaved = false;
    whenModal<ui::FirForm>([&](ui::FirForm* form) {
        const QDateTime now = m_clock.now();
        auto* from = form->findChild<QDateTimeEdit*>(QStringLiteral("firOccurrenceFrom"));
        auto* to = form->findChild<QDateTimeEdit*>(QStringLiteral("firOccurrenceTo"));
        const QDateTime ist = now.toTimeZone(core::stationZone()).addSecs(-6 * 3600);
        from->setDateTime(QDateTime(ist.date(), QTime(ist.time().hour(), 0)));
        to->setDateTime(QDateTime(ist.date(), QTime(ist.time().hour(), 30)));
        type(form->findChild<QLineEdit*>(QStringLiteral("firPlace")), QStringLiteral("Outside 14, Paud Road, Kothrud"));
        whenModal<ui::SectionPicker>([](ui::SectionPicker* picker) {
            auto* query = picker->findChild<QLineEdit*>(QStringLiteral("sectionQuery"));
            type(query, QStringLiteral("303"));
            QTest::keyClick(query, Qt::Key_Return);
        });
        QTest::keyClick(form, Qt::Key_K, Qt::ControlModifier);
        auto* sections = form->findChild<QListWidget*>(QStringLiteral("firSections"));
        QCOMPARE(sections->count(), 1);
        QVERIFY(sections->item(0)->text().startsWith(QStringLiteral("BNS 303")));
        auto* io = form->findChild<QComboBox*>(QStringLiteral("firIo"));
        io->setCurrentIndex(io->findText(QStringLiteral("Sunita Patil"), Qt::MatchStartsWith));
        formFilled = true;
        // After registration the FIR opens; save its copy as PDF through the file dialog.
        whenModal<ui::FirView>([&](ui::FirView* view) {
            whenModal<QFileDialog>([&](QFileDialog* files) {
                auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                name->clear();
                type(name, pdfPath);
                QTest::keyClick(name, Qt::Key_Return);
            });
            QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("firSavePdf")), Qt::LeftButton);
            pdfSaved = QFileInfo(pdfPath).size() > 0;
            view->reject();
        });
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("firRegister")), Qt::LeftButton);
    });
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("registerFirFromComplaint")), Qt::LeftButton);
    QVERIFY(formFilled);
    QVERIFY(pdfSaved);
    const int year = m_clock.now().toTimeZone(core::stationZone()).date().year();
    QCOMPARE(core::FirRepository(*m_db).count(year), 1);
    QTRY_COMPARE(complaints->model()->index(0, 5).data().toString(), QStringLiteral("FIR registered"));

    // Find it on the FIR page by its number.
    QTest::keyClick(&window, Qt::Key_4, Qt::AltModifier);
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("firsFilter"));
    type(filter, QStringLiteral("1/%1").arg(year));
    auto* firs = window.findChild<QTableView*>(QStringLiteral("firsView"));
    QTRY_COMPARE(firs->model()->rowCount(), 1);
    QCOMPARE(firs->model()->index(0, 0).data().toString(), QStringLiteral("1/%1").arg(year));
    QVERIFY(firs->model()->index(0, 3).data().toString().contains(QStringLiteral("BNS 303")));
    filter->clear();
    type(filter, QStringLiteral("99/%1").arg(year));
    QTRY_COMPARE(firs->model()->rowCount(), 0);

    // The printed copy carries the FIR number and the bilingual heading.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
    QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("1/%1").arg(year)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("First Information Report")));
    // The station's language (Marathi) heads the copy too. Conjunct glyphs carry no text
    // mapping in the PDF, so the check uses words without conjuncts.
    QVERIFY2(text.contains(QStringLiteral("खबर अहवाल")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("MH12 AB 1234")));
}

void WorkflowTest::firFormShowsRulesBesideFields()
{
    ui::AppContext context { *m_db, m_clock, m_station, m_writer };
    ui::FirForm form(context);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // Occurrence ending before it starts, no place, no section, no GD text.
    auto* from = form.findChild<QDateTimeEdit*>(QStringLiteral("firOccurrenceFrom"));
    auto* to = form.findChild<QDateTimeEdit*>(QStringLiteral("firOccurrenceTo"));
    to->setDateTime(from->dateTime().addSecs(-3600));
    const int before = core::FirRepository(*m_db).count();
    QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("firRegister")), Qt::LeftButton);
    QVERIFY(form.isVisible());
    auto* order = form.findChild<QLabel*>(QStringLiteral("error_occurrenceTo"));
    QVERIFY(order && order->isVisible());
    QVERIFY(order->text().contains(QStringLiteral("Occurrence to")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("error_placeAddress"))->text().contains(QStringLiteral("Place of occurrence")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("error_sections"))->text().contains(QStringLiteral("section")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("error_gdUid"))->text().contains(QStringLiteral("GD")));
    QCOMPARE(core::FirRepository(*m_db).count(), before);
}

QTEST_MAIN(WorkflowTest)
#include "test_workflow.moc"
