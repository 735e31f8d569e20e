#include "ui/stationrecordspage.h"

#include "core/clock.h"
#include "core/firrepository.h"
#include "core/personrepository.h"
#include "core/stationrecords.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/formhelpers.h"
#include "ui/matchesdialog.h"
#include "ui/personeditor.h"
#include "ui/personpicker.h"
#include "ui/recordform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStationRecordsPage, "thana.ui.stationrecordspage")

namespace thana::ui {

namespace {

using core::MatchSubject;

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString genderName(const QString& key)
{
    if (key == QLatin1String("M"))
        return StationRecordsPage::tr("male");
    if (key == QLatin1String("F"))
        return StationRecordsPage::tr("female");
    if (key == QLatin1String("T"))
        return StationRecordsPage::tr("transgender");
    return StationRecordsPage::tr("gender not known");
}

/// "male, 30–35 years, 170 cm, thin, mole on left cheek": what the registers show of a description.
QString describe(const core::PersonDescription& d)
{
    QStringList parts { genderName(d.gender) };
    if (d.ageMin >= 0 && d.ageMax > d.ageMin)
        parts << StationRecordsPage::tr("%1–%2 years").arg(d.ageMin).arg(d.ageMax);
    else if (d.ageMin >= 0)
        parts << StationRecordsPage::tr("%1 years").arg(d.ageMin);
    if (d.heightCm > 0)
        parts << StationRecordsPage::tr("%1 cm").arg(d.heightCm);
    for (const QString& s : { d.build, d.complexion, d.marks, d.clothing }) {
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QLineEdit* numberEdit(int top)
{
    auto* edit = new QLineEdit;
    edit->setValidator(new QIntValidator(0, top, edit));
    edit->setMaximumWidth(90);
    return edit;
}

/// The description fields of a form, in the order officers fill them.
struct DescriptionFields {
    QComboBox* gender = nullptr;
    QLineEdit* ageMin = nullptr;
    QLineEdit* ageMax = nullptr;
    QLineEdit* height = nullptr;
    QLineEdit* build = nullptr;
    QLineEdit* complexion = nullptr;
    QLineEdit* marks = nullptr;
    QLineEdit* clothing = nullptr;

    core::PersonDescription value() const
    {
        core::PersonDescription d;
        d.gender = gender->currentData().toString();
        d.ageMin = ageMin->text().trimmed().isEmpty() ? -1 : ageMin->text().toInt();
        d.ageMax = ageMax->text().trimmed().isEmpty() ? -1 : ageMax->text().toInt();
        d.heightCm = height->text().trimmed().isEmpty() ? 0 : height->text().toInt();
        d.build = build->text();
        d.complexion = complexion->text();
        d.marks = marks->text();
        d.clothing = clothing->text();
        return d;
    }
};

/// Adds the description rows. Their Alt keys: G, A, T, H, B, X, M, L.
DescriptionFields addDescription(RecordForm& form, bool apparent)
{
    DescriptionFields f;
    f.gender = new QComboBox;
    f.gender->addItem(StationRecordsPage::tr("Not known"), QStringLiteral("U"));
    f.gender->addItem(StationRecordsPage::tr("Male"), QStringLiteral("M"));
    f.gender->addItem(StationRecordsPage::tr("Female"), QStringLiteral("F"));
    f.gender->addItem(StationRecordsPage::tr("Transgender"), QStringLiteral("T"));
    form.add(StationRecordsPage::tr("&Gender:"), f.gender, QStringLiteral("descGender"), { QStringLiteral("gender") });
    f.ageMin = form.add(apparent ? StationRecordsPage::tr("Apparent &age, from (years):") : StationRecordsPage::tr("&Age, or from (years):"),
                        numberEdit(999), QStringLiteral("descAgeMin"), { QStringLiteral("ageMin") });
    f.ageMin->setToolTip(StationRecordsPage::tr("One age, or the least it could be; leave the next field empty for a single age."));
    f.ageMax = form.add(StationRecordsPage::tr("Age up &to (years):"), numberEdit(999), QStringLiteral("descAgeMax"), { QStringLiteral("ageMax") });
    f.height = form.add(StationRecordsPage::tr("&Height (cm):"), numberEdit(999), QStringLiteral("descHeight"), { QStringLiteral("heightCm") });
    f.height->setPlaceholderText(StationRecordsPage::tr("empty if not known"));
    f.build = form.add(StationRecordsPage::tr("&Build:"), new QLineEdit, QStringLiteral("descBuild"));
    f.build->setPlaceholderText(StationRecordsPage::tr("thin, medium, heavy"));
    f.complexion = form.add(StationRecordsPage::tr("Comple&xion:"), new QLineEdit, QStringLiteral("descComplexion"));
    f.marks = form.add(StationRecordsPage::tr("Identifying &marks:"), new QLineEdit, QStringLiteral("descMarks"));
    f.marks->setPlaceholderText(StationRecordsPage::tr("moles, scars, tattoos; separate with commas"));
    f.clothing = form.add(StationRecordsPage::tr("C&lothing:"), new QLineEdit, QStringLiteral("descClothing"));
    return f;
}

/// Tries `attempt` with the person chosen in `picker`. A new person is recorded only
/// when the rest of the record would be accepted, so a refusal leaves nothing behind;
/// once recorded, the picker holds them, so saving again does not record them twice.
template<typename T, typename Attempt>
core::Result<T> withPerson(AppContext& context, PersonPicker* picker, const QString& field, Attempt attempt)
{
    picker->editor()->showViolations({});
    const auto fresh = picker->newPerson();
    if (!fresh)
        return attempt(picker->existingUid());
    core::Result<T> dry = attempt(QString());
    if (dry)
        return dry;
    core::Error error = dry.error();
    QList<core::Violation> rest;
    for (const core::Violation& v : std::as_const(error.violations)) {
        if (v.field != field)
            rest << v;
    }
    const QDate today = context.clock.now().toTimeZone(core::stationZone()).date();
    const QList<core::Violation> personProblems = core::PersonRepository::validate(*fresh, today);
    picker->editor()->showViolations(personProblems);
    if (!personProblems.isEmpty())
        rest << core::Violation { field, QStringLiteral("person"),
                                  StationRecordsPage::tr("Enter the person's particulars above, or choose a person already on record.") };
    if (!rest.isEmpty() || error.violations.isEmpty()) {
        error.violations = rest;
        return error;
    }
    auto created = core::PersonRepository(context.db).create(*fresh, context.user, context.clock);
    if (!created) {
        picker->editor()->showViolations(created.error().violations);
        return created.error();
    }
    picker->setExistingPerson(created->uid, created->displayName());
    return attempt(created->uid);
}

template<typename T>
std::optional<core::Error> refusal(const core::Result<T>& r)
{
    return r ? std::nullopt : std::optional<core::Error>(r.error());
}

} // namespace

StationRecordsPage::StationRecordsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("stationRecordsPage"));
    auto* layout = new QVBoxLayout(this);
    // The tabs' Alt keys (P, B, U, Y, W, V) leave the menus' (F, S, L, H) alone.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordsTabs"));
    m_parts.resize(6);

    m_tabs->addTab(makeTab(MissingTab, tr("Missing since"),
                           { action(tr("&Report missing person…"), QStringLiteral("reportMissing"), &StationRecordsPage::reportMissing),
                             action(tr("&Traced…"), QStringLiteral("recordTraced"), &StationRecordsPage::recordTraced),
                             action(tr("Possible &matches…"), QStringLiteral("missingMatches"), &StationRecordsPage::possibleMatches) }),
                   tr("Missing &persons"));
    m_tabs->addTab(makeTab(BodiesTab, tr("Found at"),
                           { action(tr("Body fou&nd…"), QStringLiteral("recordBody"), &StationRecordsPage::recordBody),
                             action(tr("&Identified…"), QStringLiteral("recordIdentified"), &StationRecordsPage::recordIdentified),
                             action(tr("Possible &matches…"), QStringLiteral("bodyMatches"), &StationRecordsPage::possibleMatches) }),
                   tr("Unidentified &bodies"));
    m_tabs->addTab(makeTab(FoundTab, tr("Found at"),
                           { action(tr("Person fou&nd…"), QStringLiteral("recordFound"), &StationRecordsPage::recordFound),
                             action(tr("Possible &matches…"), QStringLiteral("foundMatches"), &StationRecordsPage::possibleMatches) }),
                   tr("Persons fo&und"));

    auto* open = action(tr("&Open history sheet…"), QStringLiteral("openHistorySheet"), &StationRecordsPage::openHistorySheet);
    auto* addFir = action(tr("&Add FIR…"), QStringLiteral("addFir"), &StationRecordsPage::addFir);
    auto* close = action(tr("&Close…"), QStringLiteral("closeHistorySheet"), &StationRecordsPage::closeHistorySheet);
    // Core refuses the others too; the buttons say so before anyone tries.
    const bool sho = context.user.role == core::Role::Sho;
    open->setEnabled(sho);
    close->setEnabled(sho);
    addFir->setEnabled(sho || context.user.role == core::Role::Io);
    if (!sho) {
        open->setToolTip(tr("Only the SHO opens a history sheet."));
        close->setToolTip(tr("Only the SHO closes a history sheet."));
    }
    if (!addFir->isEnabled())
        addFir->setToolTip(tr("Only the SHO or an investigating officer adds a case to a history sheet."));
    m_tabs->addTab(makeTab(HistoryTab, tr("Opened"), { open, addFir, close }), tr("Histor&y sheets"));

    auto* filter = new QWidget(this);
    auto* filterLayout = new QHBoxLayout(filter);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_dueFilter = new QCheckBox(tr("&Due by:"), filter);
    m_dueFilter->setObjectName(QStringLiteral("processesDueFilter"));
    m_dueFilter->setToolTip(tr("Only processes not yet returned to court whose date fixed by the court is on or before this day, "
                               "the soonest first."));
    m_dueBy = new QDateEdit(context.clock.now().toTimeZone(core::stationZone()).date().addDays(7), filter);
    m_dueBy->setObjectName(QStringLiteral("processesDueBy"));
    m_dueBy->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_dueBy->setCalendarPopup(true);
    filterLayout->addWidget(m_dueFilter);
    filterLayout->addWidget(m_dueBy);
    connect(m_dueFilter, &QCheckBox::toggled, this, &StationRecordsPage::refreshProcesses);
    connect(m_dueBy, &QDateEdit::dateChanged, this, [this] {
        if (m_dueFilter->isChecked())
            refreshProcesses();
    });
    m_tabs->addTab(makeTab(ProcessesTab, tr("Due"),
                           { action(tr("Process &received…"), QStringLiteral("receiveProcess"), &StationRecordsPage::receiveProcess),
                             action(tr("Report s&ervice…"), QStringLiteral("reportService"), &StationRecordsPage::reportService) },
                           filter),
                   tr("Summons && &warrants"));
    m_tabs->addTab(makeTab(VisitorsTab, tr("In"),
                           { action(tr("Visitor &in…"), QStringLiteral("visitorIn"), &StationRecordsPage::visitorIn),
                             action(tr("Visitor &out"), QStringLiteral("visitorOut"), &StationRecordsPage::visitorOut) }),
                   tr("&Visitors"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { setStatus({}); });
    // Ctrl+N starts a new record, as in every list: the current tab's first action.
    // A shortcut of the window, live only while the page is shown, like the other pages' Ctrl+N.
    auto* newRecord = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newRecord, &QShortcut::activated, this, [this] {
        if (QPushButton* b = m_parts[m_tabs->currentIndex()].primary; b && b->isEnabled())
            b->click();
    });
    refresh();
}

QPushButton* StationRecordsPage::action(const QString& text, const QString& objectName, void (StationRecordsPage::*slot)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

QWidget* StationRecordsPage::makeTab(Tab tab, const QString& dateHeading, const QList<QPushButton*>& actions, QWidget* extra)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    for (QPushButton* b : actions) {
        b->setParent(page);
        bar->addWidget(b);
    }
    bar->addStretch();
    if (extra) {
        extra->setParent(page);
        bar->addWidget(extra);
    }
    layout->addLayout(bar);
    static const char* const names[] = { "missingList", "bodiesList", "foundList", "historyList", "processesList", "visitorsList" };
    auto* list = new QTreeWidget(page);
    list->setObjectName(QLatin1String(names[tab]));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({ tr("No."), dateHeading, tab == VisitorsTab ? tr("Name, purpose, whom met")
                                                  : tab == ProcessesTab ? tr("Process, person, court")
                                                                        : tr("Name or description"),
                            tr("Status") });
    list->header()->setStretchLastSection(true);
    layout->addWidget(list, 1);
    auto* details = new QLabel(page);
    details->setObjectName(QLatin1String(names[tab]) + QStringLiteral("Details"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setMinimumHeight(70);
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(details);
    m_parts[tab] = TabParts { list, details, actions.value(0), {} };
    static const QStringList followUps = { QStringLiteral("recordTraced"), QStringLiteral("recordIdentified"), QStringLiteral("addFir"),
                                           QStringLiteral("closeHistorySheet"), QStringLiteral("reportService"), QStringLiteral("visitorOut") };
    for (QPushButton* b : actions) {
        if (followUps.contains(b->objectName())) {
            // Whether the user's role allows it at all, as the button stands now.
            b->setProperty("allowed", b->isEnabled());
            m_parts[tab].followUps << b;
        }
    }
    connect(list, &QTreeWidget::currentItemChanged, this, [this, tab] { showDetails(tab); });
    return page;
}

void StationRecordsPage::refresh()
{
    refreshMissing();
    refreshBodies();
    refreshFound();
    refreshHistory();
    refreshProcesses();
    refreshVisitors();
}

namespace {

/// Fills `list` with `rows` (each: uid, then the cells), keeping the record chosen.
void fill(QTreeWidget* list, const QList<QStringList>& rows)
{
    const QString current = list->currentItem() ? list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    list->clear();
    QTreeWidgetItem* keep = nullptr;
    for (const QStringList& row : rows) {
        auto* item = new QTreeWidgetItem(list, row.mid(1));
        item->setData(0, Qt::UserRole, row.first());
        if (row.first() == current)
            keep = item;
    }
    // Long descriptions are cut rather than pushing the status out of sight; the
    // particulars below the list hold the whole record.
    for (int c = 0; c < list->columnCount() - 1; ++c) {
        list->resizeColumnToContents(c);
        list->setColumnWidth(c, std::min(list->columnWidth(c), 560));
    }
    list->setCurrentItem(keep ? keep : list->topLevelItem(0));
}

template<typename T>
QList<T> newestFirst(QList<T> records)
{
    std::reverse(records.begin(), records.end());
    return records;
}

} // namespace

void StationRecordsPage::refreshMissing()
{
    QList<QStringList> rows;
    for (const core::MissingPerson& m : newestFirst(core::StationRecords(m_context.db, m_context.clock).missingPersons())) {
        rows << QStringList { m.uid, m.reference(), when(m.missingSince), m.name + QStringLiteral(" — ") + describe(m.description),
                              m.traced() ? tr("traced %1").arg(day(m.tracedAt)) : tr("missing") };
    }
    fill(m_parts[MissingTab].list, rows);
}

void StationRecordsPage::refreshBodies()
{
    QList<QStringList> rows;
    for (const core::UnidentifiedBody& b : newestFirst(core::StationRecords(m_context.db, m_context.clock).bodies())) {
        rows << QStringList { b.uid, b.reference(), when(b.foundAt), describe(b.description) + QStringLiteral(" — ") + b.place,
                              b.identified() ? tr("identified as %1").arg(b.identifiedAs) : tr("unidentified") };
    }
    fill(m_parts[BodiesTab].list, rows);
}

void StationRecordsPage::refreshFound()
{
    QList<QStringList> rows;
    for (const core::FoundPerson& f : newestFirst(core::StationRecords(m_context.db, m_context.clock).foundPersons())) {
        const QString who = f.name.isEmpty() ? describe(f.description) : f.name + QStringLiteral(" — ") + describe(f.description);
        rows << QStringList { f.uid, f.reference(), when(f.foundAt), who, tr("placed with %1").arg(f.placedWith) };
    }
    fill(m_parts[FoundTab].list, rows);
}

void StationRecordsPage::refreshHistory()
{
    QList<QStringList> rows;
    const core::PersonRepository persons(m_context.db);
    for (const core::HistorySheet& h : newestFirst(core::StationRecords(m_context.db, m_context.clock).historySheets())) {
        const auto person = persons.byUid(h.personUid);
        rows << QStringList { h.uid, h.reference(), day(h.openedAt),
                              (person ? person->displayName() : QString()) + QStringLiteral(" — ") + h.category,
                              h.closed() ? tr("closed %1").arg(day(h.closedAt)) : tr("open, %n case(s)", nullptr, int(h.firUids.size())) };
    }
    fill(m_parts[HistoryTab].list, rows);
}

namespace {

QString processKindName(core::CourtProcess::Kind kind)
{
    switch (kind) {
    case core::CourtProcess::Kind::Summons:
        return StationRecordsPage::tr("Summons");
    case core::CourtProcess::Kind::BailableWarrant:
        return StationRecordsPage::tr("Bailable warrant");
    case core::CourtProcess::Kind::NonBailableWarrant:
        return StationRecordsPage::tr("Non-bailable warrant");
    case core::CourtProcess::Kind::Proclamation:
        return StationRecordsPage::tr("Proclamation");
    }
    return {};
}

QString processStatusName(core::CourtProcess::Status status)
{
    switch (status) {
    case core::CourtProcess::Status::Pending:
        return StationRecordsPage::tr("pending");
    case core::CourtProcess::Status::Served:
        return StationRecordsPage::tr("served");
    case core::CourtProcess::Status::Unserved:
        return StationRecordsPage::tr("not served");
    case core::CourtProcess::Status::Returned:
        return StationRecordsPage::tr("returned to court");
    }
    return {};
}

} // namespace

void StationRecordsPage::refreshProcesses()
{
    const core::StationRecords records(m_context.db, m_context.clock);
    // Due by a day: the soonest first, as the SHO chases them; else the newest first.
    const QList<core::CourtProcess> processes = m_dueFilter->isChecked() ? records.processesDue(m_dueBy->date()) : newestFirst(records.processes());
    QList<QStringList> rows;
    for (const core::CourtProcess& p : processes) {
        rows << QStringList { p.uid, p.reference(), p.dueDate.toString(QStringLiteral("dd-MM-yyyy")),
                              tr("%1: %2 — %3, %4").arg(processKindName(p.kind), p.personName, p.court, p.caseReference),
                              processStatusName(p.status()) };
    }
    fill(m_parts[ProcessesTab].list, rows);
}

void StationRecordsPage::refreshVisitors()
{
    QList<QStringList> rows;
    for (const core::Visitor& w : newestFirst(core::StationRecords(m_context.db, m_context.clock).visitors())) {
        rows << QStringList { w.uid, QStringLiteral("%1/%2").arg(w.number).arg(w.year), when(w.inAt),
                              tr("%1 — %2, met %3").arg(w.name, w.purpose, w.whomMet),
                              w.outAt.isValid() ? tr("left %1").arg(when(w.outAt)) : tr("in the station") };
    }
    fill(m_parts[VisitorsTab].list, rows);
}

void StationRecordsPage::showDetails(Tab tab)
{
    QLabel* details = m_parts[tab].details;
    QTreeWidgetItem* item = m_parts[tab].list->currentItem();
    if (!item) {
        details->clear();
        setFinished(tab, false, {});
        return;
    }
    const QString uid = item->data(0, Qt::UserRole).toString();
    const core::StationRecords records(m_context.db, m_context.clock);
    QStringList lines;
    bool finished = false;
    QString why;
    switch (tab) {
    case MissingTab:
        if (const auto m = records.missingPerson(uid)) {
            lines << tr("Missing person %1: %2, %3.").arg(m->reference(), m->name, describe(m->description))
                  << tr("Missing since %1, last seen at %2; reported %3.").arg(when(m->missingSince), m->lastSeenPlace, when(m->reportedAt));
            if (m->traced())
                lines << tr("Traced %1 at %2: %3").arg(when(m->tracedAt), m->tracedPlace, m->tracedHow);
            finished = m->traced();
            why = tr("This person has been traced.");
        }
        break;
    case BodiesTab:
        if (const auto b = records.body(uid)) {
            lines << tr("Unidentified body %1, found %2 at %3: %4.").arg(b->reference(), when(b->foundAt), b->place, describe(b->description));
            if (!b->probableCause.isEmpty())
                lines << tr("Probable cause: %1").arg(b->probableCause);
            lines << tr("Inquest (BNSS s.194): %1").arg(b->inquestNote);
            if (b->identified())
                lines << tr("Identified %1 as %2 by %3.").arg(when(b->identifiedAt), b->identifiedAs, b->identifiedBy);
            finished = b->identified();
            why = tr("This body has been identified.");
        }
        break;
    case FoundTab:
        if (const auto f = records.foundPerson(uid)) {
            lines << tr("Person found %1, %2 at %3: %4.")
                         .arg(f->reference(), when(f->foundAt), f->place, f->name.isEmpty() ? describe(f->description) : f->name + QStringLiteral(", ") + describe(f->description))
                  << tr("Placed with %1.").arg(f->placedWith);
        }
        break;
    case HistoryTab:
        if (const auto h = records.historySheet(uid)) {
            const auto person = core::PersonRepository(m_context.db).byUid(h->personUid);
            lines << tr("History sheet %1 on %2 (%3), opened %4.").arg(h->reference(), person ? person->displayName() : QString(), h->category, when(h->openedAt))
                  << tr("Grounds: %1").arg(h->grounds);
            QStringList firs;
            const core::FirRepository repository(m_context.db);
            for (const QString& firUid : h->firUids) {
                if (const auto fir = repository.byUid(firUid, m_context.user))
                    firs << QStringLiteral("%1/%2").arg(fir->number).arg(fir->year);
            }
            lines << (firs.isEmpty() ? tr("No case linked yet.") : tr("Cases: FIR %1").arg(firs.join(QStringLiteral(", "))));
            if (h->closed())
                lines << tr("Closed %1: %2").arg(when(h->closedAt), h->closeReason);
            finished = h->closed();
            why = tr("This history sheet is closed.");
        }
        break;
    case ProcessesTab:
        if (const auto p = records.process(uid)) {
            lines << tr("%1 %2 from %3 in %4, received %5; the court fixed %6.")
                         .arg(processKindName(p->kind), p->reference(), p->court, p->caseReference, when(p->receivedAt),
                              p->dueDate.toString(QStringLiteral("dd-MM-yyyy")))
                  << tr("To be served on %1, %2.").arg(p->personName, p->personAddress);
            for (const core::ProcessEvent& e : p->events) {
                switch (e.kind) {
                case core::ProcessEvent::Kind::Served:
                    lines << tr("%1: served on %2 (%3).").arg(when(e.at), e.servedOn, e.how);
                    break;
                case core::ProcessEvent::Kind::Unserved:
                    lines << tr("%1: not served: %2").arg(when(e.at), e.reason);
                    break;
                case core::ProcessEvent::Kind::Returned:
                    lines << tr("%1: returned to court.").arg(when(e.at));
                    break;
                }
            }
            finished = p->status() == core::CourtProcess::Status::Returned;
            why = tr("This process has been returned to court.");
        }
        break;
    case VisitorsTab:
        if (const auto w = records.visitor(uid)) {
            lines << tr("%1, %2 %3").arg(w->name, w->address, w->phone).trimmed()
                  << tr("Came %1 to meet %2: %3.").arg(when(w->inAt), w->whomMet, w->purpose);
            if (w->outAt.isValid())
                lines << tr("Left %1.").arg(when(w->outAt));
            finished = w->outAt.isValid();
            why = tr("This visitor has left.");
        }
        break;
    }
    details->setText(lines.join(QLatin1Char('\n')));
    setFinished(tab, finished, why);
}

void StationRecordsPage::setFinished(Tab tab, bool finished, const QString& why)
{
    for (QPushButton* b : std::as_const(m_parts[tab].followUps)) {
        if (!b->property("allowed").toBool())
            continue; // the role's reason stays in its tooltip
        b->setEnabled(!finished);
        b->setToolTip(finished ? why : QString());
    }
}

void StationRecordsPage::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#b00020") : QString());
}

QString StationRecordsPage::chosen(Tab tab)
{
    if (QTreeWidgetItem* item = m_parts[tab].list->currentItem())
        return item->data(0, Qt::UserRole).toString();
    setStatus(tr("Choose a record in the list first."), true);
    return {};
}

void StationRecordsPage::select(Tab tab, const QString& uid)
{
    QTreeWidget* list = m_parts[tab].list;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == uid) {
            list->setCurrentItem(list->topLevelItem(i));
            list->scrollToItem(list->topLevelItem(i));
            return;
        }
    }
}

void StationRecordsPage::openRecord(core::MatchSubject::Kind kind, const QString& uid)
{
    const Tab tab = kind == MatchSubject::Kind::Missing ? MissingTab : kind == MatchSubject::Kind::Body ? BodiesTab : FoundTab;
    m_tabs->setCurrentIndex(tab);
    select(tab, uid);
    m_parts[tab].list->setFocus();
}

void StationRecordsPage::offerMatches(const core::MatchSubject& subject, const QList<core::MatchCandidate>& candidates, bool evenIfNone)
{
    qCDebug(lcStationRecordsPage) << subject.reference << "has" << candidates.size() << "possible matches";
    if (candidates.isEmpty() && !evenIfNone) {
        setStatus(m_status->text() + QLatin1Char(' ') + tr("No other record matches it yet."));
        return;
    }
    MatchesDialog dialog(subject, candidates, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto chosen = dialog.chosen())
            openRecord(chosen->kind, chosen->uid);
    }
}

// Missing persons --------------------------------------------------------------------------

void StationRecordsPage::reportMissing()
{
    RecordForm form(tr("Report a missing person"), QStringLiteral("missingForm"), this);
    auto* name = form.add(tr("&Name of the missing person:"), new QLineEdit, QStringLiteral("missingName"), { QStringLiteral("name") });
    const DescriptionFields description = addDescription(form, false);
    auto* since = form.add(tr("Missing &since:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("missingSince"),
                           { QStringLiteral("missingSince"), QStringLiteral("reportedAt") });
    auto* place = form.add(tr("Last seen &place:"), new QLineEdit, QStringLiteral("missingPlace"), { QStringLiteral("lastSeenPlace") });
    auto* reporter = form.add(tr("Reported b&y:"), new PersonPicker(m_context), QStringLiteral("missingReportedBy"), { QStringLiteral("reportedBy") });
    form.setBuddy(reporter, reporter->editor()->firstField());
    form.resize(700, 720);

    core::MissingPerson saved;
    form.setSave([&]() -> std::optional<core::Error> {
        core::MissingPerson m;
        m.name = name->text();
        m.description = description.value();
        m.missingSince = valueOf(since);
        m.lastSeenPlace = place->text();
        auto result = withPerson<core::MissingPerson>(m_context, reporter, QStringLiteral("reportedBy"), [&](const QString& uid) {
            m.reportedBy = uid;
            return core::StationRecords(m_context.db, m_context.clock).reportMissing(m, m_context.user);
        });
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshMissing();
    select(MissingTab, saved.uid);
    setStatus(tr("Missing person report No. %1 recorded, with its General Diary entry.").arg(saved.reference()));
    offerMatches(MatchSubject::of(saved), core::MissingPersonMatcher(m_context.db).forMissing(saved.uid), false);
}

void StationRecordsPage::recordTraced()
{
    const QString uid = chosen(MissingTab);
    if (uid.isEmpty())
        return;
    const auto m = core::StationRecords(m_context.db, m_context.clock).missingPerson(uid);
    RecordForm form(tr("Missing person %1 traced").arg(m ? m->reference() + QStringLiteral(", ") + m->name : QString()), QStringLiteral("tracedForm"), this);
    auto* at = form.add(tr("&Traced at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("tracedAt"), { QStringLiteral("tracedAt") });
    auto* place = form.add(tr("&Where traced:"), new QLineEdit, QStringLiteral("tracedPlace"), { QStringLiteral("tracedPlace") });
    auto* how = form.add(tr("&How traced:"), new QPlainTextEdit, QStringLiteral("tracedHow"), { QStringLiteral("tracedHow") });
    form.resize(600, 360);
    form.setSave([&]() {
        return refusal(core::StationRecords(m_context.db, m_context.clock)
                           .recordTraced(uid, valueOf(at), place->text(), how->toPlainText(), m_context.user));
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshMissing();
    select(MissingTab, uid);
    setStatus(tr("Tracing recorded, with its General Diary entry."));
}

// Unidentified bodies ----------------------------------------------------------------------

void StationRecordsPage::recordBody()
{
    RecordForm form(tr("Unidentified dead body found"), QStringLiteral("bodyForm"), this);
    auto* at = form.add(tr("&Found at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("bodyFoundAt"), { QStringLiteral("foundAt") });
    auto* place = form.add(tr("Pla&ce found:"), new QLineEdit, QStringLiteral("bodyPlace"), { QStringLiteral("place") });
    const DescriptionFields description = addDescription(form, true);
    auto* cause = form.add(tr("Probable ca&use of death:"), new QLineEdit, QStringLiteral("bodyCause"));
    auto* inquest = form.add(tr("&Inquest report (BNSS s.194):"), new QPlainTextEdit, QStringLiteral("bodyInquest"), { QStringLiteral("inquestNote") });
    form.resize(640, 640);
    core::UnidentifiedBody saved;
    form.setSave([&]() {
        core::UnidentifiedBody b;
        b.foundAt = valueOf(at);
        b.place = place->text();
        b.description = description.value();
        b.probableCause = cause->text();
        b.inquestNote = inquest->toPlainText();
        auto result = core::StationRecords(m_context.db, m_context.clock).recordBody(b, m_context.user);
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshBodies();
    select(BodiesTab, saved.uid);
    setStatus(tr("Unidentified body No. %1 recorded, with its General Diary entry.").arg(saved.reference()));
    offerMatches(MatchSubject::of(saved), core::MissingPersonMatcher(m_context.db).forBody(saved.uid), false);
}

void StationRecordsPage::recordIdentified()
{
    const QString uid = chosen(BodiesTab);
    if (uid.isEmpty())
        return;
    const auto b = core::StationRecords(m_context.db, m_context.clock).body(uid);
    RecordForm form(tr("Body %1 identified").arg(b ? b->reference() : QString()), QStringLiteral("identifiedForm"), this);
    auto* at = form.add(tr("&Identified at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("identifiedAt"),
                        { QStringLiteral("identifiedAt") });
    auto* as = form.add(tr("Identified &as:"), new QLineEdit, QStringLiteral("identifiedAs"), { QStringLiteral("identifiedAs") });
    auto* by = form.add(tr("Identified &by:"), new QLineEdit, QStringLiteral("identifiedBy"), { QStringLiteral("identifiedBy") });
    by->setPlaceholderText(tr("the relative or neighbour who identified the body"));
    form.resize(600, 300);
    form.setSave([&]() {
        return refusal(core::StationRecords(m_context.db, m_context.clock)
                           .recordIdentification(uid, valueOf(at), as->text(), by->text(), QString(), m_context.user));
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshBodies();
    select(BodiesTab, uid);
    setStatus(tr("Identification recorded, with its General Diary entry."));
}

// Persons found ----------------------------------------------------------------------------

void StationRecordsPage::recordFound()
{
    RecordForm form(tr("Person found"), QStringLiteral("foundForm"), this);
    auto* name = form.add(tr("&Name, if given:"), new QLineEdit, QStringLiteral("foundName"));
    auto* at = form.add(tr("&Found at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("foundAt"), { QStringLiteral("foundAt") });
    auto* place = form.add(tr("Pla&ce found:"), new QLineEdit, QStringLiteral("foundPlace"), { QStringLiteral("place") });
    const DescriptionFields description = addDescription(form, true);
    auto* placed = form.add(tr("Placed &with:"), new QLineEdit, QStringLiteral("foundPlacedWith"), { QStringLiteral("placedWith") });
    placed->setPlaceholderText(tr("shelter home, hospital, child welfare committee"));
    form.resize(640, 600);
    core::FoundPerson saved;
    form.setSave([&]() {
        core::FoundPerson f;
        f.name = name->text();
        f.foundAt = valueOf(at);
        f.place = place->text();
        f.description = description.value();
        f.placedWith = placed->text();
        auto result = core::StationRecords(m_context.db, m_context.clock).recordFound(f, m_context.user);
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshFound();
    select(FoundTab, saved.uid);
    setStatus(tr("Person found No. %1 recorded, with its General Diary entry.").arg(saved.reference()));
    offerMatches(MatchSubject::of(saved), core::MissingPersonMatcher(m_context.db).forFound(saved.uid), false);
}

void StationRecordsPage::possibleMatches()
{
    const Tab tab = Tab(m_tabs->currentIndex());
    const QString uid = chosen(tab);
    if (uid.isEmpty())
        return;
    const core::StationRecords records(m_context.db, m_context.clock);
    const core::MissingPersonMatcher matcher(m_context.db);
    if (tab == MissingTab) {
        if (const auto m = records.missingPerson(uid))
            offerMatches(MatchSubject::of(*m), matcher.forMissing(uid), true);
    } else if (tab == BodiesTab) {
        if (const auto b = records.body(uid))
            offerMatches(MatchSubject::of(*b), matcher.forBody(uid), true);
    } else if (tab == FoundTab) {
        if (const auto f = records.foundPerson(uid))
            offerMatches(MatchSubject::of(*f), matcher.forFound(uid), true);
    }
}

// History sheets ---------------------------------------------------------------------------

namespace {

/// The FIRs named in `text` ("12/2026, 15" — the year defaults to this one), or the
/// refusal naming the first that is not on record.
core::Result<QStringList> firsNamed(AppContext& context, const QString& text, const QString& field)
{
    QStringList uids;
    const int thisYear = context.clock.now().toTimeZone(core::stationZone()).date().year();
    const core::FirRepository firs(context.db);
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:/(\\d{4}))?$"));
        const auto match = pattern.match(part);
        const auto fir = match.hasMatch() ? firs.byNumber(match.captured(2).isEmpty() ? thisYear : match.captured(2).toInt(), match.captured(1).toInt(),
                                                          context.user)
                                          : std::nullopt;
        if (!fir) {
            const QString message = StationRecordsPage::tr("FIR: there is no FIR No. %1 at this station; write the number as 12/2026.").arg(part);
            return core::Error { QStringLiteral("invalid"), message, { core::Violation { field, QStringLiteral("records.fir_unknown"), message } } };
        }
        uids << fir->uid;
    }
    return uids;
}

} // namespace

void StationRecordsPage::openHistorySheet()
{
    RecordForm form(tr("Open a history sheet"), QStringLiteral("historyForm"), this);
    auto* person = form.add(tr("&Person:"), new PersonPicker(m_context), QStringLiteral("historyPerson"), { QStringLiteral("personUid") });
    form.setBuddy(person, person->editor()->firstField());
    auto* category = new QComboBox;
    category->setEditable(true);
    category->addItems({ QString(), tr("Habitual offender"), tr("Property offender"), tr("Bootlegger"), tr("Body offender"), tr("Gambler") });
    form.add(tr("&Category:"), category, QStringLiteral("historyCategory"), { QStringLiteral("category") });
    auto* grounds = form.add(tr("&Grounds:"), new QPlainTextEdit, QStringLiteral("historyGrounds"), { QStringLiteral("grounds") });
    auto* at = form.add(tr("&Opened at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("historyOpenedAt"), { QStringLiteral("openedAt") });
    auto* firs = form.add(tr("&FIRs that ground it:"), new QLineEdit, QStringLiteral("historyFirs"), { QStringLiteral("firUids") });
    firs->setPlaceholderText(tr("e.g. 12/2026, 15/2026"));
    form.resize(700, 720);
    core::HistorySheet saved;
    form.setSave([&]() -> std::optional<core::Error> {
        core::HistorySheet h;
        h.category = category->currentText();
        h.grounds = grounds->toPlainText();
        h.openedAt = valueOf(at);
        auto uids = firsNamed(m_context, firs->text(), QStringLiteral("firUids"));
        if (!uids)
            return uids.error();
        h.firUids = *uids;
        auto result = withPerson<core::HistorySheet>(m_context, person, QStringLiteral("personUid"), [&](const QString& uid) {
            h.personUid = uid;
            return core::StationRecords(m_context.db, m_context.clock).openHistorySheet(h, m_context.user);
        });
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshHistory();
    select(HistoryTab, saved.uid);
    setStatus(tr("History sheet No. %1 opened.").arg(saved.reference()));
}

void StationRecordsPage::addFir()
{
    const QString uid = chosen(HistoryTab);
    if (uid.isEmpty())
        return;
    const auto h = core::StationRecords(m_context.db, m_context.clock).historySheet(uid);
    RecordForm form(tr("Add a case to history sheet %1").arg(h ? h->reference() : QString()), QStringLiteral("addFirForm"), this);
    auto* fir = form.add(tr("&FIR number:"), new QLineEdit, QStringLiteral("linkFirNumber"), { QStringLiteral("firUid") });
    fir->setPlaceholderText(tr("e.g. 12/2026"));
    form.resize(520, 200);
    form.setSave([&]() -> std::optional<core::Error> {
        auto uids = firsNamed(m_context, fir->text(), QStringLiteral("firUid"));
        if (!uids)
            return uids.error();
        if (uids->size() != 1) {
            const QString message = tr("FIR: give one FIR number, e.g. 12/2026.");
            return core::Error { QStringLiteral("invalid"), message, { core::Violation { QStringLiteral("firUid"), QStringLiteral("required"), message } } };
        }
        auto done = core::StationRecords(m_context.db, m_context.clock).linkFir(uid, uids->first(), m_context.user);
        return done ? std::nullopt : std::optional<core::Error>(done.error());
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshHistory();
    select(HistoryTab, uid);
    setStatus(tr("Case added to the history sheet."));
}

void StationRecordsPage::closeHistorySheet()
{
    const QString uid = chosen(HistoryTab);
    if (uid.isEmpty())
        return;
    const auto h = core::StationRecords(m_context.db, m_context.clock).historySheet(uid);
    RecordForm form(tr("Close history sheet %1").arg(h ? h->reference() : QString()), QStringLiteral("closeHistoryForm"), this);
    auto* at = form.add(tr("&Closed at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("historyClosedAt"), { QStringLiteral("closedAt") });
    auto* reason = form.add(tr("&Reason:"), new QPlainTextEdit, QStringLiteral("historyCloseReason"), { QStringLiteral("closeReason") });
    form.resize(560, 300);
    form.setSave([&]() {
        return refusal(core::StationRecords(m_context.db, m_context.clock).closeHistorySheet(uid, valueOf(at), reason->toPlainText(), m_context.user));
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshHistory();
    select(HistoryTab, uid);
    setStatus(tr("History sheet closed."));
}

// Summons and warrants ---------------------------------------------------------------------

void StationRecordsPage::receiveProcess()
{
    RecordForm form(tr("Process received from a court"), QStringLiteral("processForm"), this);
    auto* kind = new QComboBox;
    using K = core::CourtProcess::Kind;
    for (K k : { K::Summons, K::BailableWarrant, K::NonBailableWarrant, K::Proclamation })
        kind->addItem(processKindName(k), int(k));
    form.add(tr("&Kind:"), kind, QStringLiteral("processKind"));
    auto* court = form.add(tr("&Court:"), new QLineEdit, QStringLiteral("processCourt"), { QStringLiteral("court") });
    auto* caseRef = form.add(tr("Case &number:"), new QLineEdit, QStringLiteral("processCase"), { QStringLiteral("caseReference") });
    auto* person = form.add(tr("&Person to be served:"), new QLineEdit, QStringLiteral("processPerson"),
                            { QStringLiteral("personName"), QStringLiteral("personUid") });
    auto* address = form.add(tr("A&ddress:"), new QLineEdit, QStringLiteral("processAddress"));
    auto* received = form.add(tr("&Received at:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("processReceivedAt"),
                              { QStringLiteral("receivedAt") });
    const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
    auto* due = new QDateEdit(today.addDays(14));
    due->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    due->setCalendarPopup(true);
    form.add(tr("Date fixed by the court (d&ue):"), due, QStringLiteral("processDue"), { QStringLiteral("dueDate") });
    auto* officer = new QComboBox;
    for (const core::User& u : core::UserRepository(m_context.db).all()) {
        if (u.active && (u.role == core::Role::Sho || u.role == core::Role::Io || u.role == core::Role::Writer))
            officer->addItem(tr("%1 (%2)").arg(u.fullName, core::roleName(u.role)), u.uid);
    }
    officer->setCurrentIndex(std::max(0, officer->findData(m_context.user.uid)));
    form.add(tr("&Officer to serve it:"), officer, QStringLiteral("processOfficer"), { QStringLiteral("assignedTo") });
    form.resize(620, 460);
    core::CourtProcess saved;
    form.setSave([&]() {
        core::CourtProcess p;
        p.kind = K(kind->currentData().toInt());
        p.court = court->text();
        p.caseReference = caseRef->text();
        p.personName = person->text();
        p.personAddress = address->text();
        p.receivedAt = valueOf(received);
        p.dueDate = due->date();
        p.assignedTo = officer->currentData().toString();
        auto result = core::StationRecords(m_context.db, m_context.clock).receiveProcess(p, m_context.user);
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshProcesses();
    select(ProcessesTab, saved.uid);
    setStatus(tr("Process No. %1 entered.").arg(saved.reference()));
}

void StationRecordsPage::reportService()
{
    const QString uid = chosen(ProcessesTab);
    if (uid.isEmpty())
        return;
    const auto p = core::StationRecords(m_context.db, m_context.clock).process(uid);
    RecordForm form(tr("Report on process %1").arg(p ? p->reference() + QStringLiteral(", ") + p->personName : QString()), QStringLiteral("serviceForm"),
                    this);
    auto* outcome = new QComboBox;
    using K = core::ProcessEvent::Kind;
    outcome->addItem(tr("Served"), int(K::Served));
    outcome->addItem(tr("Not served"), int(K::Unserved));
    outcome->addItem(tr("Returned to court"), int(K::Returned));
    form.add(tr("O&utcome:"), outcome, QStringLiteral("serviceOutcome"), { QStringLiteral("kind") });
    auto* at = form.add(tr("&Date of the report:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("serviceAt"), { QStringLiteral("at") });
    auto* how = form.add(tr("&How served:"), new QLineEdit, QStringLiteral("serviceHow"), { QStringLiteral("how") });
    how->setPlaceholderText(tr("personally, on an adult member of the family, by affixing a copy"));
    auto* servedOn = form.add(tr("Served &on:"), new QLineEdit, QStringLiteral("serviceServedOn"), { QStringLiteral("servedOn") });
    auto* reason = form.add(tr("&Reason not served:"), new QLineEdit, QStringLiteral("serviceReason"), { QStringLiteral("reason") });
    // Only the fields the outcome needs can be typed in.
    auto sync = [=] {
        const K k = K(outcome->currentData().toInt());
        how->setEnabled(k == K::Served);
        servedOn->setEnabled(k == K::Served);
        reason->setEnabled(k == K::Unserved);
    };
    connect(outcome, &QComboBox::currentIndexChanged, &form, sync);
    sync();
    form.resize(600, 340);
    form.setSave([&]() {
        core::ProcessEvent e;
        e.processUid = uid;
        e.kind = K(outcome->currentData().toInt());
        e.at = valueOf(at);
        if (e.kind == K::Served) {
            e.how = how->text();
            e.servedOn = servedOn->text();
        } else if (e.kind == K::Unserved) {
            e.reason = reason->text();
        }
        return refusal(core::StationRecords(m_context.db, m_context.clock).reportService(e, m_context.user));
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshProcesses();
    select(ProcessesTab, uid);
    setStatus(tr("Report on the process recorded."));
}

// Visitors ---------------------------------------------------------------------------------

void StationRecordsPage::visitorIn()
{
    RecordForm form(tr("Visitor in"), QStringLiteral("visitorForm"), this);
    auto* name = form.add(tr("&Name:"), new QLineEdit, QStringLiteral("visitorName"), { QStringLiteral("name") });
    auto* address = form.add(tr("&Address:"), new QLineEdit, QStringLiteral("visitorAddress"), { QStringLiteral("address") });
    auto* phone = form.add(tr("P&hone:"), new QLineEdit, QStringLiteral("visitorPhone"));
    auto* purpose = form.add(tr("&Purpose of the visit:"), new QLineEdit, QStringLiteral("visitorPurpose"), { QStringLiteral("purpose") });
    auto* whom = form.add(tr("&Whom met:"), new QLineEdit, QStringLiteral("visitorWhomMet"), { QStringLiteral("whomMet") });
    auto* in = form.add(tr("Time &in:"), makeDateTimeEdit(m_context.clock.now(), nullptr), QStringLiteral("visitorIn"), { QStringLiteral("inAt") });
    form.resize(560, 360);
    core::Visitor saved;
    form.setSave([&]() {
        core::Visitor w;
        w.name = name->text();
        w.address = address->text();
        w.phone = phone->text();
        w.purpose = purpose->text();
        w.whomMet = whom->text();
        w.inAt = valueOf(in);
        auto result = core::StationRecords(m_context.db, m_context.clock).recordVisitor(w, m_context.user);
        if (result)
            saved = *result;
        return refusal(result);
    });
    if (form.exec() != QDialog::Accepted)
        return;
    refreshVisitors();
    select(VisitorsTab, saved.uid);
    setStatus(tr("Visitor %1 recorded in.").arg(saved.name));
}

void StationRecordsPage::visitorOut()
{
    const QString uid = chosen(VisitorsTab);
    if (uid.isEmpty())
        return;
    auto done = core::StationRecords(m_context.db, m_context.clock).recordVisitorOut(uid, m_context.clock.now(), m_context.user);
    if (!done) {
        setStatus(done.error().describe(), true);
        return;
    }
    refreshVisitors();
    select(VisitorsTab, uid);
    setStatus(tr("%1 left at %2.").arg(done->name, when(done->outAt)));
}

} // namespace thana::ui
