#include "ui/casedialog.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/iifforms.h"
#include "core/personrepository.h"
#include "core/propertyservice.h"
#include "ui/appcontext.h"
#include "ui/personpicker.h"
#include "ui/printing.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thana::ui {

CaseDialog::CaseDialog(AppContext& context, const QString& firUid, QWidget* parent)
    : QDialog(parent), m_context(context), m_firUid(firUid)
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(tr("Investigation"));
    auto* layout = new QVBoxLayout(this);
    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("caseDeadlines"));
    m_deadlines->setTextFormat(Qt::RichText);
    m_deadlines->setWordWrap(true);
    layout->addWidget(m_deadlines);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(arrestsTab(), tr("&Arrests (IIF-III)"));
    m_tabs->addTab(propertyTab(), tr("&Property (IIF-IV)"));
    m_tabs->addTab(reportTab(), tr("&Final report (IIF-V)"));
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    enterMovesFocus(this);
    resize(900, 760);
    reload();
}

QWidget* CaseDialog::arrestsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_arrests = new QListWidget(page);
    m_arrests->setObjectName(QStringLiteral("arrestsList"));
    layout->addWidget(m_arrests);
    auto* form = new QFormLayout;
    m_accused = new PersonPicker(m_context, page);
    m_accused->setObjectName(QStringLiteral("arrestAccused"));
    form->addRow(tr("Accused:"), m_accused);
    m_arrestAt = makeDateTimeEdit(m_context.clock.now(), page);
    m_arrestAt->setObjectName(QStringLiteral("arrestAt"));
    form->addRow(tr("Arrested at:"), m_arrestAt);
    m_arrestErrors.attach(form, m_arrestAt, QStringLiteral("at"));
    m_arrestPlace = new QLineEdit(page);
    m_arrestPlace->setObjectName(QStringLiteral("arrestPlace"));
    form->addRow(tr("Place:"), m_arrestPlace);
    m_outcome = new QComboBox(page);
    m_outcome->setObjectName(QStringLiteral("arrestOutcome"));
    m_outcome->addItem(tr("Sent up to court"), int(core::Arrest::Outcome::SentUp));
    m_outcome->addItem(tr("Released on bail by police"), int(core::Arrest::Outcome::PoliceBail));
    m_outcome->addItem(tr("Bailed by court"), int(core::Arrest::Outcome::CourtBail));
    m_outcome->addItem(tr("Judicial custody"), int(core::Arrest::Outcome::JudicialCustody));
    m_outcome->addItem(tr("Police custody remand"), int(core::Arrest::Outcome::PoliceCustody));
    form->addRow(tr("Outcome:"), m_outcome);
    m_remandedAt = makeDateTimeEdit(m_context.clock.now(), page);
    m_remandedAt->setObjectName(QStringLiteral("arrestRemandedAt"));
    form->addRow(tr("Remanded at:"), m_remandedAt);
    m_arrestErrors.attach(form, m_remandedAt, QStringLiteral("remandedAt"));
    m_informed = new QLineEdit(page);
    m_informed->setObjectName(QStringLiteral("arrestInformed"));
    m_informed->setPlaceholderText(tr("Relative or friend, and the designated officer"));
    form->addRow(tr("Informed:"), m_informed);
    m_arrestErrors.attach(form, m_informed, QStringLiteral("informed"));
    m_arrestErrors.attach(form, m_accused, QStringLiteral("personUid"));
    layout->addLayout(form);
    m_arrestStatus = new QLabel(page);
    m_arrestStatus->setObjectName(QStringLiteral("arrestStatus"));
    m_arrestStatus->setWordWrap(true);
    m_arrestErrors.setGeneralLabel(m_arrestStatus);
    layout->addWidget(m_arrestStatus);
    auto* row = new QHBoxLayout;
    auto* record = new QPushButton(tr("&Record arrest"), page);
    record->setObjectName(QStringLiteral("recordArrest"));
    auto* print = new QPushButton(tr("Save memo as PDF"), page);
    print->setObjectName(QStringLiteral("arrestPdf"));
    row->addWidget(record);
    row->addWidget(print);
    row->addStretch();
    layout->addLayout(row);
    connect(record, &QPushButton::clicked, this, &CaseDialog::recordArrest);
    connect(print, &QPushButton::clicked, this, [this] {
        if (auto* item = m_arrests->currentItem() ? m_arrests->currentItem() : m_arrests->item(m_arrests->count() - 1))
            savePdf(core::iifforms::arrestMemo(m_context.db, item->data(Qt::UserRole).toString()), tr("Arrest memo"));
    });
    return page;
}

QWidget* CaseDialog::propertyTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_seizures = new QListWidget(page);
    m_seizures->setObjectName(QStringLiteral("seizuresList"));
    layout->addWidget(m_seizures);
    auto* form = new QFormLayout;
    m_propertyType = new QLineEdit(page);
    m_propertyType->setObjectName(QStringLiteral("seizureType"));
    m_propertyType->setPlaceholderText(tr("vehicle, mobile phone, cash, jewellery, document, weapon…"));
    form->addRow(tr("Type of property:"), m_propertyType);
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("seizureDescription"));
    form->addRow(tr("Description:"), m_description);
    m_seizureErrors.attach(form, m_description, QStringLiteral("description"));
    m_value = new QSpinBox(page);
    m_value->setObjectName(QStringLiteral("seizureValue"));
    m_value->setRange(0, 1000000000);
    m_value->setPrefix(tr("Rs. "));
    form->addRow(tr("Value:"), m_value);
    m_nature = new QComboBox(page);
    m_nature->setObjectName(QStringLiteral("seizureNature"));
    m_nature->addItem(tr("Stolen"), int(core::Seizure::Nature::Stolen));
    m_nature->addItem(tr("Recovered"), int(core::Seizure::Nature::Recovered));
    m_nature->addItem(tr("Seized"), int(core::Seizure::Nature::Seized));
    m_nature->addItem(tr("Unclaimed"), int(core::Seizure::Nature::Unclaimed));
    form->addRow(tr("Nature:"), m_nature);
    m_seizedAt = makeDateTimeEdit(m_context.clock.now(), page);
    m_seizedAt->setObjectName(QStringLiteral("seizedAt"));
    form->addRow(tr("Seized at:"), m_seizedAt);
    m_seizureErrors.attach(form, m_seizedAt, QStringLiteral("seizedAt"));
    m_seizurePlace = new QLineEdit(page);
    m_seizurePlace->setObjectName(QStringLiteral("seizurePlace"));
    form->addRow(tr("Place:"), m_seizurePlace);
    m_witnesses = new QLineEdit(page);
    m_witnesses->setObjectName(QStringLiteral("seizureWitnesses"));
    form->addRow(tr("Witnesses:"), m_witnesses);
    m_seizureErrors.attach(form, m_witnesses, QStringLiteral("witnesses"));
    m_storeKeeper = new QLineEdit(page);
    m_storeKeeper->setObjectName(QStringLiteral("seizureStoreKeeper"));
    form->addRow(tr("Received in the property store by:"), m_storeKeeper);
    m_seizureErrors.attach(form, m_storeKeeper, QStringLiteral("storeKeeper"));
    layout->addLayout(form);
    m_seizureStatus = new QLabel(page);
    m_seizureStatus->setObjectName(QStringLiteral("seizureStatus"));
    m_seizureStatus->setWordWrap(true);
    m_seizureErrors.setGeneralLabel(m_seizureStatus);
    layout->addWidget(m_seizureStatus);
    auto* row = new QHBoxLayout;
    auto* record = new QPushButton(tr("Record &seizure"), page);
    record->setObjectName(QStringLiteral("recordSeizure"));
    auto* print = new QPushButton(tr("Save memo as PDF"), page);
    print->setObjectName(QStringLiteral("seizurePdf"));
    row->addWidget(record);
    row->addWidget(print);
    row->addStretch();
    layout->addLayout(row);
    connect(record, &QPushButton::clicked, this, &CaseDialog::recordSeizure);
    connect(print, &QPushButton::clicked, this, [this] {
        if (auto* item = m_seizures->currentItem() ? m_seizures->currentItem() : m_seizures->item(m_seizures->count() - 1))
            savePdf(core::iifforms::seizureMemo(m_context.db, item->data(Qt::UserRole).toString()), tr("Seizure memo"));
    });
    return page;
}

QWidget* CaseDialog::reportTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_reportState = new QLabel(page);
    m_reportState->setObjectName(QStringLiteral("reportState"));
    layout->addWidget(m_reportState);
    auto* form = new QFormLayout;
    m_reportKind = new QComboBox(page);
    m_reportKind->setObjectName(QStringLiteral("reportKind"));
    m_reportKind->addItem(tr("Charge sheet"), int(core::FinalReport::Kind::ChargeSheet));
    m_reportKind->addItem(tr("Closure report"), int(core::FinalReport::Kind::Closure));
    form->addRow(tr("Kind:"), m_reportKind);
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    form->addRow(tr("Findings:"), m_summary);
    m_reportErrors.attach(form, m_summary, QStringLiteral("summary"));
    layout->addLayout(form);
    m_reportStatus = new QLabel(page);
    m_reportStatus->setObjectName(QStringLiteral("reportStatus"));
    m_reportStatus->setWordWrap(true);
    m_reportErrors.setGeneralLabel(m_reportStatus);
    layout->addWidget(m_reportStatus);
    auto* row = new QHBoxLayout;
    m_draft = new QPushButton(tr("&Draft (investigating officer)"), page);
    m_draft->setObjectName(QStringLiteral("draftReport"));
    m_approve = new QPushButton(tr("A&pprove (SHO)"), page);
    m_approve->setObjectName(QStringLiteral("approveReport"));
    auto* print = new QPushButton(tr("Save report as PDF"), page);
    print->setObjectName(QStringLiteral("reportPdf"));
    row->addWidget(m_draft);
    row->addWidget(m_approve);
    row->addWidget(print);
    row->addStretch();
    layout->addLayout(row);
    connect(m_draft, &QPushButton::clicked, this, &CaseDialog::draftReport);
    connect(m_approve, &QPushButton::clicked, this, &CaseDialog::approveReport);
    connect(print, &QPushButton::clicked, this,
            [this] { savePdf(core::iifforms::finalReport(m_context.db, m_firUid), tr("Final report")); });
    return page;
}

void CaseDialog::reload()
{
    core::CaseService cases(m_context.db, m_context.clock);
    const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
    QStringList lines;
    for (const core::Deadline& d : cases.deadlines(m_firUid)) {
        const QString state = d.state == core::Deadline::State::Met ? tr("met")
            : d.state == core::Deadline::State::Missed             ? tr("missed")
            : d.daysLeft(today) < 0                                ? tr("%n day(s) late", nullptr, int(-d.daysLeft(today)))
                                                                   : tr("%n day(s) left", nullptr, int(d.daysLeft(today)));
        lines << QStringLiteral("%1 (%2): %3 — <b>%4</b>").arg(d.title.toHtmlEscaped(), d.law, QLocale().toString(d.lastDay, QLocale::ShortFormat), state);
    }
    m_deadlines->setText(lines.join(QStringLiteral("<br/>")));

    core::PersonRepository persons(m_context.db);
    m_arrests->clear();
    for (const core::Arrest& a : cases.arrests(m_firUid)) {
        const auto p = persons.byUid(a.personUid);
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3").arg(a.accusedCode, p ? p->displayName() : a.personUid,
                                                                          QLocale().toString(a.at.toTimeZone(core::stationZone()), QLocale::ShortFormat)),
                                         m_arrests);
        item->setData(Qt::UserRole, a.uid);
    }
    m_seizures->clear();
    for (const core::SeizureSummary& s : core::PropertyService(m_context.db, m_context.clock).seizures(m_firUid)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1/%2  %3").arg(s.number).arg(s.year).arg(s.description), m_seizures);
        item->setData(Qt::UserRole, s.uid);
    }
    const auto report = cases.finalReport(m_firUid);
    m_reportState->setText(!report ? tr("No final report yet.")
                                   : report->approved ? tr("Approved by the SHO on %1.").arg(QLocale().toString(report->approvedAt.toTimeZone(core::stationZone()), QLocale::ShortFormat))
                                                      : tr("Drafted; waiting for the SHO's approval."));
    m_approve->setEnabled(m_context.user.role == core::Role::Sho && report && !report->approved);
    m_draft->setEnabled(!(report && report->approved));
}

void CaseDialog::recordArrest()
{
    core::Arrest a;
    a.firUid = m_firUid;
    a.personUid = m_accused->existingUid();
    if (a.personUid.isEmpty()) {
        if (const auto person = m_accused->newPerson()) {
            auto saved = core::PersonRepository(m_context.db).create(*person, m_context.user, m_context.clock);
            if (!saved) {
                m_arrestErrors.show(saved.error().violations.isEmpty() ? QList<core::Violation> { { {}, saved.error().code, saved.error().message } }
                                                                       : saved.error().violations);
                return;
            }
            a.personUid = saved->uid;
        }
    }
    a.at = valueOf(m_arrestAt);
    a.place = m_arrestPlace->text();
    a.outcome = core::Arrest::Outcome(m_outcome->currentData().toInt());
    const bool custody = a.outcome == core::Arrest::Outcome::JudicialCustody || a.outcome == core::Arrest::Outcome::PoliceCustody;
    if (custody)
        a.remandedAt = valueOf(m_remandedAt);
    a.informed = m_informed->text();
    auto done = core::CaseService(m_context.db, m_context.clock).recordArrest(a, m_context.user);
    if (!done) {
        m_arrestErrors.show(done.error().violations.isEmpty() ? QList<core::Violation> { { {}, done.error().code, done.error().message } }
                                                              : done.error().violations);
        return;
    }
    m_arrestErrors.clear();
    m_arrestStatus->setText(tr("Recorded as %1, with GD entry.").arg(done->accusedCode));
    reload();
}

void CaseDialog::recordSeizure()
{
    core::Seizure s;
    s.firUid = m_firUid;
    s.propertyType = m_propertyType->text();
    s.description = m_description->text();
    s.valueRupees = m_value->value();
    s.nature = core::Seizure::Nature(m_nature->currentData().toInt());
    s.seizedAt = valueOf(m_seizedAt);
    s.place = m_seizurePlace->text();
    s.witnesses = m_witnesses->text();
    auto done = core::PropertyService(m_context.db, m_context.clock).recordSeizure(s, m_storeKeeper->text(), m_context.user);
    if (!done) {
        m_seizureErrors.show(done.error().violations.isEmpty() ? QList<core::Violation> { { {}, done.error().code, done.error().message } }
                                                               : done.error().violations);
        return;
    }
    m_seizureErrors.clear();
    m_seizureStatus->setText(tr("Entered in the property store as No. %1/%2.").arg(done->number).arg(done->year));
    reload();
}

void CaseDialog::draftReport()
{
    auto done = core::CaseService(m_context.db, m_context.clock)
                    .draftFinalReport(m_firUid, core::FinalReport::Kind(m_reportKind->currentData().toInt()), m_summary->toPlainText(),
                                      m_context.user);
    if (!done) {
        m_reportErrors.show(done.error().violations.isEmpty() ? QList<core::Violation> { { {}, done.error().code, done.error().message } }
                                                              : done.error().violations);
        return;
    }
    m_reportErrors.clear();
    m_reportStatus->setText(tr("Drafted. The SHO approves it."));
    reload();
}

void CaseDialog::approveReport()
{
    core::CaseService cases(m_context.db, m_context.clock);
    const auto report = cases.finalReport(m_firUid);
    if (!report)
        return;
    auto done = cases.approveFinalReport(report->uid, m_context.user);
    if (!done) {
        m_reportStatus->setText(done.error().describe());
        return;
    }
    m_reportStatus->setText(tr("Approved."));
    reload();
}

void CaseDialog::savePdf(const QString& html, const QString& name)
{
    if (html.isEmpty()) {
        QMessageBox::information(this, name, tr("There is nothing to print yet."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1 as PDF").arg(name), QDir::home().filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !saveHtmlAsPdf(html, path, name))
        QMessageBox::warning(this, tr("Not saved"), tr("The PDF could not be written to %1.").arg(path));
}

} // namespace thana::ui
