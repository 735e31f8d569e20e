// The station's registers through the real widgets: open the Registers page by
// keyboard, choose the FIR register and a period, read it as it loads page by page,
// save it as a PDF and export it as CSV; and the printer alone with a year of rows.

#include "core/clock.h"
#include "core/database.h"
#include "core/firservice.h"
#include "core/registers.h"
#include "core/stationrepository.h"
#include "core/unitofwork.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/registerprinter.h"
#include "ui/registerspage.h"
#include "ui/settings.h"
#include "uitest.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace thana;
using namespace thana::uitest;

namespace {

const QString kPassword = QStringLiteral("register-writer-2026");
const QStringList kNames = { QStringLiteral("Ramesh Jadhav"), QStringLiteral("Sunita Kale"), QStringLiteral("Imran Shaikh"),
                             QStringLiteral("Kavita More"), QStringLiteral("Vijay Pawar") };

QDateTime ist(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), core::stationZone()).toUTC();
}

/// The text of a PDF, one string per page (pdftotext -layout).
QStringList pdfPages(const QString& path, const QStringList& range = {})
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), QStringList { QStringLiteral("-layout") } + range + QStringList { path, QStringLiteral("-") });
    if (!pdftotext.waitForFinished(60000))
        return {};
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// Types a date as an officer does: the field reached by its label's Alt key (which
/// selects the day), then the digits; each full section moves on to the next.
void typeDate(QWidget* window, Qt::Key mnemonic, QDateEdit* edit, const QDate& date)
{
    // Back from a file dialog, the window is active again before the officer types.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, mnemonic, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(edit), 2000);
    QTest::keyClicks(edit, date.toString(QStringLiteral("ddMMyyyy")));
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

class RegistersTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firRegisterFilteredPrintedAndExported();
    void hindiInterfaceHeadsColumnsInHindi();
    void printerTakesAYearOfRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::ManualClock m_clock { ist(3, 15, 12, 0) };
    core::Station m_station;
    core::User m_writer;
    QList<QDateTime> m_registered; ///< when each FIR was registered; FIR n at index n - 1
};

void RegistersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
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

    // FIRs around the period 1-10 March (IST), with some just outside it on either side
    // of midnight in India, where a UTC day would differ.
    m_registered = { ist(2, 27, 10, 0), ist(2, 28, 23, 50), ist(3, 1, 0, 10) };
    for (int day = 1; day <= 10; ++day) {
        for (int k = 0; k < 24; ++k)
            m_registered << ist(3, day, 8, 0).addSecs(k * 30 * 60);
    }
    m_registered << ist(3, 10, 23, 50) << ist(3, 11, 0, 5) << ist(3, 12, 10, 0);
    core::FirService firs(*m_db, m_clock);
    core::UnitOfWork uow(*m_db, m_writer.uid);
    QVERIFY(uow.isOpen());
    for (int i = 0; i < m_registered.size(); ++i) {
        const QDateTime at = m_registered.at(i);
        const int number = i + 1;
        core::FirDraft d;
        d.infoReceivedAt = at.addSecs(-1800);
        d.occurrenceFrom = at.addSecs(-3 * 3600);
        d.occurrenceTo = at.addSecs(-2 * 3600);
        d.placeAddress = QStringLiteral("House %1, Paud Road, Kothrud").arg(number);
        d.firstInformation = QStringLiteral("My motorcycle was stolen from outside house %1.").arg(number);
        d.sections << core::Section { QStringLiteral("BNS"), QStringLiteral("303"), {}, {}, false, {} };
        core::Person complainant;
        complainant.nameEn = kNames.at(number % kNames.size());
        auto fir = firs.registerIn(uow, m_station, d, m_writer, at, QStringLiteral("Information of a motorcycle theft, house %1.").arg(number),
                                   { core::NewParty { core::FirParty::Kind::Complainant, complainant, {} } });
        QVERIFY2(fir.ok(), qPrintable(fir.ok() ? QString() : fir.error().describe()));
        QCOMPARE(fir->number, number);
    }
    QVERIFY(uow.commit().ok());
}

void RegistersTest::firRegisterFilteredPrintedAndExported()
{
    ui::Settings settings;
    ui::AppContext context { *m_db, m_clock, m_station, m_writer };
    ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Registers page (Alt+7); choose the FIR register by typing its first letter.
    QTest::keyClick(&window, Qt::Key_7, Qt::AltModifier);
    auto* list = window.findChild<QComboBox*>(QStringLiteral("registersList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), int(core::Registers::ids().size()));
    QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(window.focusWidget(), static_cast<QWidget*>(list));
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(list->currentData().toString() != QStringLiteral("fir"));
    QTest::keyClick(list, Qt::Key_F);
    QCOMPARE(list->currentData().toString(), QStringLiteral("fir"));
    QCOMPARE(list->currentText(), QStringLiteral("FIR register (Register 1)"));

    // The period: 1 to 10 March, typed.
    auto* from = window.findChild<QDateEdit*>(QStringLiteral("registersFrom"));
    auto* to = window.findChild<QDateEdit*>(QStringLiteral("registersTo"));
    typeDate(&window, Qt::Key_T, to, QDate(2026, 3, 10));
    typeDate(&window, Qt::Key_M, from, QDate(2026, 3, 1));
    QCOMPARE(from->date(), QDate(2026, 3, 1));
    QCOMPARE(to->date(), QDate(2026, 3, 10));

    // The first page of rows, then the rest as the officer moves to the end.
    auto* view = window.findChild<QTableView*>(QStringLiteral("registersView"));
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("FIR No."));
    QCOMPARE(model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Investigating officer"));
    QCOMPARE(model->rowCount(), 200);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("3/2026"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("01-03-2026 00:10"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("BNS 303"));
    QCOMPARE(model->index(0, 3).data().toString(), kNames.at(3 % kNames.size()));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("House 3, Paud Road, Kothrud"));
    view->setFocus();
    for (int i = 0; i < 5 && model->rowCount() < 242; ++i) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTest::qWait(50);
    }
    QTRY_COMPARE(model->rowCount(), 242);
    for (int row = 0; row < model->rowCount(); ++row) {
        const int number = row + 3;
        QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("%1/2026").arg(number));
        QCOMPARE(model->index(row, 1).data().toString(),
                 m_registered.at(number - 1).toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    }
    QCOMPARE(model->index(241, 1).data().toString(), QStringLiteral("10-03-2026 23:50"));

    // Save as PDF through the file dialog.
    const QString pdfPath = m_dir.filePath(QStringLiteral("fir-register.pdf"));
    auto chooseFile = [](const QString& path) {
        whenModal<QFileDialog>([path](QFileDialog* files) {
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            name->clear();
            type(name, path);
            QTest::keyClick(name, Qt::Key_Return);
        });
    };
    chooseFile(pdfPath);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("registersPdf")), Qt::LeftButton);
    auto* status = window.findChild<QLabel*>(QStringLiteral("registersStatus"));
    // The PDF is made in the background; the page says when it is written.
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()), 60000);
    const QStringList pages = pdfPages(pdfPath);
    QVERIFY2(pages.size() >= 3, "pdftotext (poppler-utils) must be installed; the register should fill at least 3 pages");
    const QString pageCount = QStringLiteral("Page 1 of %1").arg(pages.size());
    QVERIFY2(pages.at(0).contains(pageCount), qPrintable(pages.at(0).right(400)));
    QVERIFY(status->text().contains(QString::number(pages.size())));
    for (int p = 0; p < pages.size(); ++p) {
        const QString& text = pages.at(p);
        QVERIFY2(text.contains(QStringLiteral("FIR register (Register 1)")), qPrintable(QStringLiteral("page %1:\n").arg(p + 1) + text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("FIR No.")) && text.contains(QStringLiteral("Complainant"))
                     && text.contains(QStringLiteral("Investigating")),
                 qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("MH-PUN-0007")));
        QVERIFY(text.contains(QStringLiteral("01-03-2026 – 10-03-2026")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
        QVERIFY(!text.contains(QStringLiteral("28-02-2026 23:50")));
        QVERIFY(!text.contains(QStringLiteral("11-03-2026 00:05")));
    }
    QVERIFY(pages.first().contains(QStringLiteral("01-03-2026 00:10")));
    QVERIFY(pages.first().contains(QStringLiteral("House 3, Paud Road")));
    QVERIFY(pages.last().contains(QStringLiteral("244/2026")));
    QVERIFY(pages.last().contains(QStringLiteral("10-03-2026 23:50")));
    // Every row is printed once, whole: each FIR's place line appears exactly once.
    const QString all = pages.join(QLatin1Char('\n'));
    for (int number = 3; number <= 244; ++number)
        QCOMPARE(all.count(QStringLiteral("House %1, Paud").arg(number)), 1);

    // Export CSV through the file dialog.
    const QString csvPath = m_dir.filePath(QStringLiteral("fir-register.csv"));
    chooseFile(csvPath);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("registersCsv")), Qt::LeftButton);
    QVERIFY2(status->text().startsWith(QStringLiteral("Exported 242 row")), qPrintable(status->text()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 243);
    QVERIFY(lines.first().startsWith(QStringLiteral("FIR No. / प्र.सू.रि. क्र.,Registered / दर्ज,")));
    QCOMPARE(lines.at(1), QStringLiteral("3/2026,01-03-2026 00:10,BNS 303,%1,\"House 3, Paud Road, Kothrud\",,").arg(kNames.at(3 % kNames.size())));
    QVERIFY(lines.last().startsWith(QStringLiteral("244/2026,10-03-2026 23:50,")));

    // "From" after "To" shows nothing and says why.
    typeDate(&window, Qt::Key_M, from, QDate(2026, 3, 11));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(status->text().contains(QStringLiteral("after")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("registersPdf"))->isEnabled());
}

void RegistersTest::hindiInterfaceHeadsColumnsInHindi()
{
    ui::AppContext context { *m_db, m_clock, m_station, m_writer };
    for (const QString& language : { QStringLiteral("hi"), QStringLiteral("mr") }) {
        ui::RegistersPage page(context, language);
        QCOMPARE(page.currentRegister(), QStringLiteral("fir"));
        auto* list = page.findChild<QComboBox*>(QStringLiteral("registersList"));
        QCOMPARE(list->currentText(), QStringLiteral("प्रथम सूचना रिपोर्ट रजिस्टर (रजिस्टर 1)"));
        auto* model = page.findChild<QTableView*>(QStringLiteral("registersView"))->model();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("प्र.सू.रि. क्र."));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("शिकायतकर्ता"));
        // Every register the core offers is listed, whatever it is.
        QCOMPARE(list->count(), int(core::Registers::ids().size()));
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->itemData(i).toString(), core::Registers::ids().at(i));
    }
}

void RegistersTest::printerTakesAYearOfRows()
{
    // A busy station's register for a year, read in chunks and never held whole.
    const int total = 12000;
    const auto head = core::Registers(*m_db).view(QStringLiteral("fir"), {}, {}, m_writer, 0);
    QVERIFY(head.ok());
    ui::RegisterPrinter printer(*head, m_station, QDate(2025, 1, 1), QDate(2025, 12, 31));
    int largestRequest = 0;
    auto source = [&largestRequest, total](int offset, int limit) -> core::Result<QList<QStringList>> {
        largestRequest = std::max(largestRequest, limit);
        QList<QStringList> rows;
        for (int n = offset + 1; n <= std::min(total, offset + limit); ++n)
            rows << QStringList { QStringLiteral("%1/2025").arg(n), QStringLiteral("01-01-2025 10:00"), QStringLiteral("BNS 303, BNS 3(5)"),
                                  QStringLiteral("Ramesh Jadhav / रमेश जाधव"), QStringLiteral("House %1, Paud Road, Kothrud").arg(n),
                                  QStringLiteral("Sunita Patil"), n % 3 == 0 ? QStringLiteral("chargesheet approved") : QString() };
        return rows;
    };
    const QString path = m_dir.filePath(QStringLiteral("year.pdf"));
    QElapsedTimer timer;
    timer.start();
    const auto pages = printer.write(path, source);
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().describe()));
    qInfo("%d rows on %d pages in %lld ms, %lld bytes", total, *pages, timer.elapsed(), QFileInfo(path).size());
    QCOMPARE(largestRequest, ui::RegisterPrinter::kChunk);
    QVERIFY(*pages > 100);
    const QStringList last = pdfPages(path, { QStringLiteral("-f"), QString::number(*pages), QStringLiteral("-l"), QString::number(*pages) });
    QCOMPARE(last.size(), 1);
    QVERIFY(last.first().contains(QStringLiteral("Page %1 of %1").arg(*pages)));
    QVERIFY(last.first().contains(QStringLiteral("%1/2025").arg(total)));
    QVERIFY(last.first().contains(QStringLiteral("FIR No.")));

    // Cancelled half-way, it leaves no file.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const auto stopped = printer.write(cancelled, source, [](int done, int of) { return of == 0 || done < 3000; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, QStringLiteral("cancelled"));
    QVERIFY(!QFileInfo::exists(cancelled));

    // A period with nothing in it still prints its heading, and says so.
    const QString empty = m_dir.filePath(QStringLiteral("empty.pdf"));
    const auto one = printer.write(empty, QList<QStringList> {});
    QVERIFY(one.ok());
    QCOMPARE(*one, 1);
    const QStringList text = pdfPages(empty);
    QCOMPARE(text.size(), 1);
    QVERIFY(text.first().contains(QStringLiteral("FIR register (Register 1)")));
    QVERIFY(text.first().contains(QStringLiteral("No entries in this period")));
    QVERIFY(text.first().contains(QStringLiteral("Page 1 of 1")));

    // An unwritable place is refused in words, leaving nothing behind.
    const auto refused = printer.write(m_dir.filePath(QStringLiteral("no-such-folder/x.pdf")), QList<QStringList> {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("could not be written")));
}

QTEST_MAIN(RegistersTest)
#include "test_registers.moc"
