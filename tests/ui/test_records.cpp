// The station's records through the real widgets, by keyboard: a missing person
// reported (a height out of range refused beside its field first), a body recorded that
// could be them and the match offered with its reasons; history sheets kept for the
// SHO; a summons received and served; a visitor in and out.

#include "core/clock.h"
#include "core/database.h"
#include "core/stationrecords.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/matchesdialog.h"
#include "ui/recordform.h"
#include "ui/settings.h"
#include "ui/stationrecordspage.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace thana;
using namespace thana::uitest;

namespace {

/// Reaches a field by its label's Alt key and types into it, as an officer does;
/// anything amiss is added to `problems` (the steps run inside a dialog's event loop).
void fill(QWidget* dialog, Qt::Key key, const QString& objectName, const QString& text, QStringList& problems)
{
    QTest::keyClick(dialog, key, Qt::AltModifier);
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->objectName() != objectName) {
        problems << QStringLiteral("Alt+%1 reached %2, not %3").arg(QKeySequence(key).toString(), focus ? focus->objectName() : QStringLiteral("nothing"),
                                                                    objectName);
        return;
    }
    // A date is typed over its sections from the first; other fields are typed over.
    if (!qobject_cast<QDateTimeEdit*>(focus))
        QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus, text);
}

/// Waits out a button's short flash: pressed by its key, it is held down a moment and
/// then clicked (any dialog it opens runs meanwhile, inside the wait).
void settle(QWidget* window)
{
    const auto buttons = window->findChildren<QAbstractButton*>();
    const auto anyDown = [&buttons] { return std::any_of(buttons.cbegin(), buttons.cend(), [](const QAbstractButton* b) { return b->isDown(); }); };
    for (int waited = 0; anyDown() && waited < 10000; waited += 20)
        QTest::qWait(20);
}

/// Ctrl+S, and the button's short flash before it saves.
void ctrlS(QWidget* form)
{
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    settle(form);
}

/// Saves the form with Ctrl+S; a form still open afterwards is a problem, with what it says.
void save(QDialog* form, QStringList& problems)
{
    ctrlS(form);
    if (!form->isVisible())
        return;
    QStringList shown;
    for (const QLabel* l : form->findChildren<QLabel*>()) {
        if (l->isVisible() && (l->objectName().startsWith(QLatin1String("error_")) || l->objectName() == QLatin1String("formErrors")))
            shown << l->objectName() + QStringLiteral(": ") + l->text();
    }
    problems << QStringLiteral("%1 refused: %2").arg(form->objectName(), shown.join(QStringLiteral("; ")));
    form->reject();
}

/// Alt and a letter on the window: a button's Alt key clicks it after a short flash, so
/// wait for that (and for any dialog it opens, which runs inside the wait).
void press(QWidget* window, Qt::Key key)
{
    // Back from a dialog, the window is active again before the officer types.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, key, Qt::AltModifier);
    settle(window);
}

QString firstRow(const QTreeWidget* list, int column)
{
    return list->topLevelItemCount() > 0 ? list->topLevelItem(0)->text(column) : QString();
}

} // namespace

class RecordsTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingPersonAndBodyMatched();
    void historySheetsAreTheSho();
    void processReceivedAndServed();
    void visitorInAndOut();

private:
    /// The main window on the Station records page (Alt+8), for `user`.
    std::unique_ptr<ui::MainWindow> openPage(const core::User& user);

    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::ManualClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0), core::stationZone()) };
    core::Station m_station;
    core::User m_sho;
    core::User m_writer;
    ui::Settings m_settings;
    std::unique_ptr<ui::AppContext> m_context;
};

void RecordsTest::initTestCase()
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
    m_writer = uitest::addOfficer(*m_db, QStringLiteral("writer"), QStringLiteral("Rekha More"), core::Role::Writer, QStringLiteral("writer-pass-2026"),
                                  admin);
}

std::unique_ptr<ui::MainWindow> RecordsTest::openPage(const core::User& user)
{
    m_context = std::make_unique<ui::AppContext>(ui::AppContext { *m_db, m_clock, m_station, user });
    auto window = std::make_unique<ui::MainWindow>(*m_context, m_settings);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    QTest::keyClick(window.get(), Qt::Key_8, Qt::AltModifier);
    return window;
}

void RecordsTest::missingPersonAndBodyMatched()
{
    auto window = openPage(m_writer);
    QVERIFY(window);
    auto* page = window->findChild<ui::StationRecordsPage*>();
    QTRY_VERIFY(page && page->isVisible());
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("recordsTabs"));
    QCOMPARE(tabs->currentIndex(), int(ui::StationRecordsPage::MissingTab));

    // Report a missing person; a height of 300 cm is refused beside the field, and the
    // form stays open with everything typed.
    QStringList problems;
    QString refusedHeight;
    QString nameAfterRefusal;
    bool stayedOpen = false;
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        if (form->objectName() != QLatin1String("missingForm")) {
            problems << form->objectName();
            return form->reject();
        }
        fill(form, Qt::Key_N, QStringLiteral("missingName"), QStringLiteral("Suresh Pawar"), problems);
        QTest::keyClick(form, Qt::Key_G, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M);
        fill(form, Qt::Key_A, QStringLiteral("descAgeMin"), QStringLiteral("32"), problems);
        fill(form, Qt::Key_H, QStringLiteral("descHeight"), QStringLiteral("300"), problems);
        fill(form, Qt::Key_M, QStringLiteral("descMarks"), QStringLiteral("mole on left cheek, scar on right hand"), problems);
        fill(form, Qt::Key_L, QStringLiteral("descClothing"), QStringLiteral("blue shirt, black trousers"), problems);
        fill(form, Qt::Key_S, QStringLiteral("missingSince"), QStringLiteral("080320261800"), problems);
        fill(form, Qt::Key_P, QStringLiteral("missingPlace"), QStringLiteral("Deccan bus stop"), problems);
        fill(form, Qt::Key_Y, QStringLiteral("personNameEn"), QStringLiteral("Meena Pawar"), problems);
        ctrlS(form);

        auto* error = form->findChild<QLabel*>(QStringLiteral("error_heightCm"));
        refusedHeight = error && error->isVisible() ? error->text() : QString();
        stayedOpen = form->isVisible();
        nameAfterRefusal = form->findChild<QLineEdit*>(QStringLiteral("missingName"))->text();
        if (QApplication::focusWidget() != form->findChild<QWidget*>(QStringLiteral("descHeight")))
            problems << QStringLiteral("the refused field does not have the focus");

        // Corrected, it is saved.
        fill(form, Qt::Key_H, QStringLiteral("descHeight"), QStringLiteral("170"), problems);
        save(form, problems);
    });
    press(window.get(), Qt::Key_R);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(stayedOpen);
    QVERIFY2(refusedHeight.contains(QStringLiteral("Height: must be between 30 and 250 cm")), qPrintable(refusedHeight));
    QCOMPARE(nameAfterRefusal, QStringLiteral("Suresh Pawar"));

    const core::StationRecords records(*m_db, m_clock);
    QCOMPARE(records.missingPersons().size(), 1);
    const core::MissingPerson missing = records.missingPersons().first();
    QCOMPARE(missing.description.heightCm, 170);
    QCOMPARE(missing.description.gender, QStringLiteral("M"));
    QCOMPARE(missing.missingSince, QDateTime(QDate(2026, 3, 8), QTime(18, 0), core::stationZone()).toUTC());
    auto* missingList = page->findChild<QTreeWidget*>(QStringLiteral("missingList"));
    QCOMPARE(missingList->topLevelItemCount(), 1);
    QCOMPARE(firstRow(missingList, 0), QStringLiteral("1/2026"));
    QVERIFY(firstRow(missingList, 2).startsWith(QStringLiteral("Suresh Pawar")));
    QCOMPARE(firstRow(missingList, 3), QStringLiteral("missing"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("recordsStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("No other record matches it yet")), qPrintable(status->text()));

    // A body found two days later that could be him: the match is offered with its
    // reasons, and the officer opens the missing person's record from it.
    m_clock.advanceSecs(2 * 3600);
    press(window.get(), Qt::Key_B);
    QCOMPARE(tabs->currentIndex(), int(ui::StationRecordsPage::BodiesTab));
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        fill(form, Qt::Key_C, QStringLiteral("bodyPlace"), QStringLiteral("Mutha river bank near Deccan bus stop"), problems);
        QTest::keyClick(form, Qt::Key_G, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M);
        fill(form, Qt::Key_A, QStringLiteral("descAgeMin"), QStringLiteral("30"), problems);
        fill(form, Qt::Key_T, QStringLiteral("descAgeMax"), QStringLiteral("35"), problems);
        fill(form, Qt::Key_H, QStringLiteral("descHeight"), QStringLiteral("168"), problems);
        fill(form, Qt::Key_M, QStringLiteral("descMarks"), QStringLiteral("mole on left cheek"), problems);
        fill(form, Qt::Key_I, QStringLiteral("bodyInquest"), QStringLiteral("Inquest held before two panch witnesses; drowning suspected."), problems);
        save(form, problems);
    });
    int offered = 0;
    QString offeredReference;
    QString reasons;
    whenModal<ui::MatchesDialog>([&](ui::MatchesDialog* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("matchesList"));
        offered = list->topLevelItemCount();
        offeredReference = firstRow(list, 1);
        reasons = dialog->findChild<QLabel*>(QStringLiteral("matchReasons"))->text();
        QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    });
    press(window.get(), Qt::Key_N);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(records.bodies().size(), 1);
    QCOMPARE(offered, 1);
    QCOMPARE(offeredReference, QStringLiteral("Missing person 1/2026"));
    QVERIFY2(reasons.contains(QStringLiteral("Marks in common: cheek, left, mole")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("Gender agrees")), qPrintable(reasons));
    // Opened: the missing person's tab, with the record chosen and read out below the list.
    QCOMPARE(tabs->currentIndex(), int(ui::StationRecordsPage::MissingTab));
    QCOMPARE(missingList->currentItem()->text(0), QStringLiteral("1/2026"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("missingListDetails"))->text().contains(QStringLiteral("Deccan bus stop")));
    auto* bodiesList = page->findChild<QTreeWidget*>(QStringLiteral("bodiesList"));
    QCOMPARE(firstRow(bodiesList, 3), QStringLiteral("unidentified"));

    // From the body's tab, "Possible matches…" offers him again; a body no one matches says so.
    press(window.get(), Qt::Key_B);
    whenModal<ui::MatchesDialog>([&](ui::MatchesDialog* dialog) {
        offered = dialog->findChild<QTreeWidget*>(QStringLiteral("matchesList"))->topLevelItemCount();
        dialog->reject();
    });
    press(window.get(), Qt::Key_M);
    QCOMPARE(offered, 1);
    core::UnidentifiedBody woman;
    woman.foundAt = m_clock.now();
    woman.place = QStringLiteral("Railway yard");
    woman.description.gender = QStringLiteral("F");
    woman.description.ageMin = 60;
    woman.inquestNote = QStringLiteral("Inquest held.");
    QVERIFY(core::StationRecords(*m_db, m_clock).recordBody(woman, m_writer).ok());
    page->refresh();
    QCOMPARE(bodiesList->topLevelItemCount(), 2);
    QVERIFY(firstRow(bodiesList, 2).contains(QStringLiteral("Railway yard"))); // newest first
    bodiesList->setCurrentItem(bodiesList->topLevelItem(0));
    QString heading;
    bool listShown = true;
    whenModal<ui::MatchesDialog>([&](ui::MatchesDialog* dialog) {
        heading = dialog->findChild<QLabel*>(QStringLiteral("matchesHeading"))->text();
        listShown = dialog->findChild<QTreeWidget*>(QStringLiteral("matchesList"))->isVisible();
        dialog->reject();
    });
    press(window.get(), Qt::Key_M);
    QVERIFY2(heading.startsWith(QStringLiteral("No record could be")), qPrintable(heading));
    QVERIFY(!listShown);
}

void RecordsTest::historySheetsAreTheSho()
{
    {
        auto window = openPage(m_writer);
        QVERIFY(window);
        auto* open = window->findChild<QPushButton*>(QStringLiteral("openHistorySheet"));
        QVERIFY(!open->isEnabled());
        QCOMPARE(open->toolTip(), QStringLiteral("Only the SHO opens a history sheet."));
        QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("closeHistorySheet"))->isEnabled());
    }
    auto window = openPage(m_sho);
    QVERIFY(window);
    press(window.get(), Qt::Key_Y);
    auto* open = window->findChild<QPushButton*>(QStringLiteral("openHistorySheet"));
    QVERIFY(open->isEnabled() && open->isVisible());
    QStringList problems;
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        fill(form, Qt::Key_P, QStringLiteral("personNameEn"), QStringLiteral("Raju Kamble"), problems);
        fill(form, Qt::Key_C, QStringLiteral("historyCategory"), QStringLiteral("Property offender"), problems);
        fill(form, Qt::Key_G, QStringLiteral("historyGrounds"), QStringLiteral("Three house-breakings in two years."), problems);
        save(form, problems);
    });
    press(window.get(), Qt::Key_O);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY2(firstRow(list, 2).startsWith(QStringLiteral("Raju Kamble")), qPrintable(firstRow(list, 2)));
    QVERIFY(firstRow(list, 3).startsWith(QStringLiteral("open")));

    // The SHO closes it, with the reason; a reason left out is refused beside its field.
    m_clock.advanceSecs(3600);
    QString refusedReason;
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        ctrlS(form);
        auto* error = form->findChild<QLabel*>(QStringLiteral("error_closeReason"));
        refusedReason = error && error->isVisible() ? error->text() : QString();
        fill(form, Qt::Key_R, QStringLiteral("historyCloseReason"), QStringLiteral("Settled in work; no offence for five years."), problems);
        save(form, problems);
    });
    press(window.get(), Qt::Key_C);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(refusedReason, QStringLiteral("Reason for closing: is required."));
    QVERIFY2(firstRow(list, 3).startsWith(QStringLiteral("closed 10-03-2026")), qPrintable(firstRow(list, 3)));
}

void RecordsTest::processReceivedAndServed()
{
    auto window = openPage(m_writer);
    QVERIFY(window);
    press(window.get(), Qt::Key_W);
    QStringList problems;
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        fill(form, Qt::Key_C, QStringLiteral("processCourt"), QStringLiteral("JMFC Court, Shivajinagar"), problems);
        fill(form, Qt::Key_N, QStringLiteral("processCase"), QStringLiteral("RCC 123/2025"), problems);
        fill(form, Qt::Key_P, QStringLiteral("processPerson"), QStringLiteral("Sanjay Shinde"), problems);
        fill(form, Qt::Key_D, QStringLiteral("processAddress"), QStringLiteral("Flat 4, Karve Road, Kothrud"), problems);
        save(form, problems);
    });
    press(window.get(), Qt::Key_R);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("processesList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(firstRow(list, 2).startsWith(QStringLiteral("Summons: Sanjay Shinde")));
    QCOMPARE(firstRow(list, 3), QStringLiteral("pending"));

    // Due by a week from now: the court fixed a fortnight, so not yet.
    press(window.get(), Qt::Key_D);
    QVERIFY(window->findChild<QCheckBox*>(QStringLiteral("processesDueFilter"))->isChecked());
    QCOMPARE(list->topLevelItemCount(), 0);
    auto* dueBy = window->findChild<QDateEdit*>(QStringLiteral("processesDueBy"));
    dueBy->setDate(dueBy->date().addDays(7));
    QCOMPARE(list->topLevelItemCount(), 1);

    m_clock.advanceSecs(24 * 3600);
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        fill(form, Qt::Key_H, QStringLiteral("serviceHow"), QStringLiteral("personally"), problems);
        fill(form, Qt::Key_O, QStringLiteral("serviceServedOn"), QStringLiteral("Sanjay Shinde"), problems);
        save(form, problems);
    });
    press(window.get(), Qt::Key_E);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(firstRow(list, 3), QStringLiteral("served"));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("processesListDetails"))->text().contains(QStringLiteral("served on Sanjay Shinde (personally)")));
}

void RecordsTest::visitorInAndOut()
{
    auto window = openPage(m_writer);
    QVERIFY(window);
    press(window.get(), Qt::Key_V);
    QStringList problems;
    whenModal<ui::RecordForm>([&](ui::RecordForm* form) {
        fill(form, Qt::Key_N, QStringLiteral("visitorName"), QStringLiteral("Prakash Joshi"), problems);
        fill(form, Qt::Key_H, QStringLiteral("visitorPhone"), QStringLiteral("9822012345"), problems);
        fill(form, Qt::Key_P, QStringLiteral("visitorPurpose"), QStringLiteral("Passport verification"), problems);
        fill(form, Qt::Key_W, QStringLiteral("visitorWhomMet"), QStringLiteral("PSI More"), problems);
        save(form, problems);
    });
    // Ctrl+N: the tab's first action, "Visitor in…".
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("visitorsList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(firstRow(list, 2).startsWith(QStringLiteral("Prakash Joshi")));
    QCOMPARE(firstRow(list, 3), QStringLiteral("in the station"));

    m_clock.advanceSecs(40 * 60);
    press(window.get(), Qt::Key_O);
    QVERIFY2(firstRow(list, 3).startsWith(QStringLiteral("left ")), qPrintable(firstRow(list, 3)));
    // A visitor who has left cannot leave again: the button is off and says why.
    auto* out = window->findChild<QPushButton*>(QStringLiteral("visitorOut"));
    QVERIFY(!out->isEnabled());
    QCOMPARE(out->toolTip(), QStringLiteral("This visitor has left."));
}

QTEST_MAIN(RecordsTest)
#include "test_records.moc"
