#include "ui/casedialog.h"

#include "core/caseservice.h"
#include "core/clock.h"
#include "core/iifforms.h"
#include "core/personrepository.h"
#include "core/userrepository.h"
#include "core/propertyservice.h"
#include "ui/appcontext.h"
#include "ui/personpicker.h"
#include "ui/printing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QBoxLayout>
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
    m_tabs->addTab(detailsTab(), tr("Crime &details (IIF-II)"));
    m_tabs->addTab(diaryTab(), tr("Case dia&ry"));
    m_tabs->addTab(courtTab(), tr("&Court (IIF-VI, VII)"));
    m_tabs->addTab(handsTab(), tr("&Officer and transfer"));
    m_tabs->addTab(evidenceTab(), tr("&Evidence and statements"));
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

    // The next movement of the selected property: its chain of custody.
    auto* moveRow = new QHBoxLayout;
    m_moveKind = new QComboBox(page);
    m_moveKind->setObjectName(QStringLiteral("moveKind"));
    using K = core::CustodyMove::Kind;
    for (const auto& [kind, label] : { std::pair { K::ToLab, tr("Sent to the laboratory") }, std::pair { K::FromLab, tr("Back from the laboratory") },
                                       std::pair { K::ToCourt, tr("Produced in court") }, std::pair { K::FromCourt, tr("Back from court") },
                                       std::pair { K::Returned, tr("Returned to the owner") }, std::pair { K::Disposed, tr("Disposed of") } })
        m_moveKind->addItem(label, int(kind));
    m_moveParty = new QLineEdit(page);
    m_moveParty->setObjectName(QStringLiteral("moveParty"));
    m_moveParty->setPlaceholderText(tr("Laboratory, court, owner…"));
    m_moveReference = new QLineEdit(page);
    m_moveReference->setObjectName(QStringLiteral("moveReference"));
    m_moveReference->setPlaceholderText(tr("Letter or order number"));
    auto* move = new QPushButton(tr("Record &movement"), page);
    move->setObjectName(QStringLiteral("recordMove"));
    moveRow->addWidget(m_moveKind);
    moveRow->addWidget(m_moveParty, 1);
    moveRow->addWidget(m_moveReference);
    moveRow->addWidget(move);
    layout->addLayout(moveRow);
    connect(move, &QPushButton::clicked, this, [this] {
        auto* item = m_seizures->currentItem() ? m_seizures->currentItem() : m_seizures->item(m_seizures->count() - 1);
        if (!item) {
            m_seizureStatus->setText(tr("Record the seizure first."));
            return;
        }
        auto done = core::PropertyService(m_context.db, m_context.clock)
                        .move(item->data(Qt::UserRole).toString(), core::CustodyMove::Kind(m_moveKind->currentData().toInt()), m_context.clock.now(),
                              m_moveParty->text(), m_moveReference->text(), m_context.user);
        if (!done)
            return showError(m_seizureErrors, done.error());
        m_seizureErrors.clear();
        m_seizureStatus->setText(tr("Movement recorded in the chain of custody."));
        reload();
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
    auto* dispatchRow = new QHBoxLayout;
    m_dispatchCourt = new QLineEdit(page);
    m_dispatchCourt->setObjectName(QStringLiteral("dispatchCourt"));
    m_dispatchCourt->setPlaceholderText(tr("Court the approved report goes to"));
    auto* dispatch = new QPushButton(tr("Send to &court"), page);
    dispatch->setObjectName(QStringLiteral("dispatchReport"));
    auto* signature = new QPushButton(tr("e-FIR signed &now"), page);
    signature->setObjectName(QStringLiteral("efirSigned"));
    signature->setToolTip(tr("The informant has signed the e-FIR (BNSS s.173(1)(ii))"));
    dispatchRow->addWidget(m_dispatchCourt, 1);
    dispatchRow->addWidget(dispatch);
    dispatchRow->addWidget(signature);
    layout->addLayout(dispatchRow);
    connect(dispatch, &QPushButton::clicked, this, [this] {
        auto done = core::CaseService(m_context.db, m_context.clock).dispatchFinalReport(m_firUid, m_dispatchCourt->text(), m_context.user);
        if (!done)
            return showError(m_reportErrors, done.error());
        m_reportErrors.clear();
        m_reportStatus->setText(tr("Sent to %1.").arg(m_dispatchCourt->text()));
    });
    connect(signature, &QPushButton::clicked, this, [this] {
        auto done = core::CaseService(m_context.db, m_context.clock).recordEfirSignature(m_firUid, m_context.clock.now(), m_context.user);
        if (!done)
            return showError(m_reportErrors, done.error());
        m_reportStatus->setText(tr("The e-FIR signature is recorded."));
        reload();
    });
    connect(m_draft, &QPushButton::clicked, this, &CaseDialog::draftReport);
    connect(m_approve, &QPushButton::clicked, this, &CaseDialog::approveReport);
    connect(print, &QPushButton::clicked, this,
            [this] { savePdf(core::iifforms::finalReport(m_context.db, m_firUid), tr("Final report")); });
    return page;
}

void CaseDialog::showError(FieldErrors& errors, const core::Error& error)
{
    errors.show(error.violations.isEmpty() ? QList<core::Violation> { { {}, error.code, error.message } } : error.violations);
}

namespace {

QPushButton* addButton(QBoxLayout* row, const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    row->addWidget(button);
    return button;
}

QLabel* statusLabel(QVBoxLayout* layout, const char* name, FieldErrors& errors, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    errors.setGeneralLabel(label);
    layout->addWidget(label);
    return label;
}

} // namespace

QWidget* CaseDialog::detailsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    auto line = [&](QLineEdit*& field, const char* name, const QString& label) {
        field = new QLineEdit(page);
        field->setObjectName(QLatin1String(name));
        form->addRow(label, field);
    };
    line(m_crimeHead, "crimeHead", tr("Crime head:"));
    m_detailsErrors.attach(form, m_crimeHead, QStringLiteral("crimeHead"));
    line(m_subHead, "crimeSubHead", tr("Sub-head:"));
    line(m_modus, "crimeModus", tr("Modus operandi:"));
    line(m_placeType, "crimePlaceType", tr("Type of place:"));
    line(m_motive, "crimeMotive", tr("Motive:"));
    m_scene = new QPlainTextEdit(page);
    m_scene->setObjectName(QStringLiteral("crimeScene"));
    form->addRow(tr("Scene:"), m_scene);
    layout->addLayout(form);
    m_detailsStatus = statusLabel(layout, "detailsStatus", m_detailsErrors, page);
    auto* row = new QHBoxLayout;
    auto* save = addButton(row, tr("&Save crime details"), "saveCrimeDetails", page);
    auto* print = addButton(row, tr("Save form as PDF"), "detailsPdf", page);
    row->addStretch();
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, [this] {
        core::CrimeDetails d { m_crimeHead->text(), m_subHead->text(), m_modus->text(), m_placeType->text(), m_motive->text(),
                               m_scene->toPlainText(), {}, {} };
        auto done = core::CaseService(m_context.db, m_context.clock).recordCrimeDetails(m_firUid, d, m_context.user);
        if (!done)
            return showError(m_detailsErrors, done.error());
        m_detailsErrors.clear();
        m_detailsStatus->setText(tr("Saved. An earlier version stays on record."));
    });
    connect(print, &QPushButton::clicked, this,
            [this] { savePdf(core::iifforms::crimeDetails(m_context.db, m_firUid), tr("Crime details")); });
    return page;
}

QWidget* CaseDialog::diaryTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_diary = new QListWidget(page);
    m_diary->setObjectName(QStringLiteral("diaryList"));
    layout->addWidget(m_diary);
    auto* form = new QFormLayout;
    m_diaryText = new QPlainTextEdit(page);
    m_diaryText->setObjectName(QStringLiteral("diaryText"));
    form->addRow(tr("What was done today:"), m_diaryText);
    m_diaryErrors.attach(form, m_diaryText, QStringLiteral("text"));
    m_informsVictim = new QCheckBox(tr("The victim or informant was told of the progress (BNSS s.193(3)(ii))"), page);
    m_informsVictim->setObjectName(QStringLiteral("diaryInformsVictim"));
    form->addRow(QString(), m_informsVictim);
    layout->addLayout(form);
    m_diaryStatus = statusLabel(layout, "diaryStatus", m_diaryErrors, page);
    auto* row = new QHBoxLayout;
    auto* add = addButton(row, tr("&Write entry"), "writeDiary", page);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        auto done = core::CaseService(m_context.db, m_context.clock)
                        .addDiaryEntry(m_firUid, m_diaryText->toPlainText(), m_informsVictim->isChecked(), m_context.user);
        if (!done)
            return showError(m_diaryErrors, done.error());
        m_diaryErrors.clear();
        m_diaryText->clear();
        m_informsVictim->setChecked(false);
        m_diaryStatus->setText(tr("Entry %1 written; it is never edited.").arg(done->number));
        reload();
    });
    return page;
}

QWidget* CaseDialog::courtTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_court = new QLineEdit(page);
    m_court->setObjectName(QStringLiteral("disposalCourt"));
    form->addRow(tr("Court:"), m_court);
    m_courtErrors.attach(form, m_court, QStringLiteral("court"));
    m_caseNumber = new QLineEdit(page);
    m_caseNumber->setObjectName(QStringLiteral("disposalCaseNumber"));
    form->addRow(tr("Case number:"), m_caseNumber);
    m_disposal = new QComboBox(page);
    m_disposal->setObjectName(QStringLiteral("disposalKind"));
    m_disposal->addItem(tr("Convicted"), QStringLiteral("convicted"));
    m_disposal->addItem(tr("Acquitted"), QStringLiteral("acquitted"));
    m_disposal->addItem(tr("Discharged"), QStringLiteral("discharged"));
    m_disposal->addItem(tr("Compounded"), QStringLiteral("compounded"));
    form->addRow(tr("Disposal:"), m_disposal);
    m_disposedAt = makeDateTimeEdit(m_context.clock.now(), page);
    form->addRow(tr("Disposed of on:"), m_disposedAt);
    m_courtErrors.attach(form, m_disposedAt, QStringLiteral("disposedAt"));
    m_sentence = new QLineEdit(page);
    m_sentence->setObjectName(QStringLiteral("disposalSentence"));
    form->addRow(tr("Sentence:"), m_sentence);
    m_courtErrors.attach(form, m_sentence, QStringLiteral("sentence"));
    m_appealCourt = new QLineEdit(page);
    m_appealCourt->setObjectName(QStringLiteral("appealCourt"));
    form->addRow(tr("Appellate court:"), m_appealCourt);
    m_appealFiled = makeDateTimeEdit(m_context.clock.now(), page);
    form->addRow(tr("Appeal filed on:"), m_appealFiled);
    m_courtErrors.attach(form, m_appealFiled, QStringLiteral("filedAt"));
    m_appealResult = new QComboBox(page);
    for (const auto& [key, label] : { std::pair { "upheld", tr("Upheld") }, std::pair { "reversed", tr("Reversed") },
                                      std::pair { "modified", tr("Modified") }, std::pair { "remanded", tr("Remanded") },
                                      std::pair { "dismissed", tr("Dismissed") } })
        m_appealResult->addItem(label, QLatin1String(key));
    form->addRow(tr("Result of appeal:"), m_appealResult);
    m_appealDecided = makeDateTimeEdit(m_context.clock.now(), page);
    form->addRow(tr("Appeal decided on:"), m_appealDecided);
    m_courtErrors.attach(form, m_appealDecided, QStringLiteral("decidedAt"));
    layout->addLayout(form);
    m_courtStatus = statusLabel(layout, "courtStatus", m_courtErrors, page);
    auto* row = new QHBoxLayout;
    auto* disposal = addButton(row, tr("Record &disposal"), "recordDisposal", page);
    auto* appeal = addButton(row, tr("Record a&ppeal"), "recordAppeal", page);
    auto* disposalPdf = addButton(row, tr("Disposal as PDF"), "disposalPdf", page);
    auto* appealPdf = addButton(row, tr("Appeal as PDF"), "appealPdf", page);
    row->addStretch();
    layout->addLayout(row);
    connect(disposal, &QPushButton::clicked, this, [this] {
        auto done = core::PropertyService(m_context.db, m_context.clock)
                        .recordDisposal(m_firUid, m_court->text(), m_caseNumber->text(), m_disposal->currentData().toString(),
                                        valueOf(m_disposedAt), m_sentence->text(), m_context.user);
        if (!done)
            return showError(m_courtErrors, done.error());
        m_courtErrors.clear();
        m_courtStatus->setText(tr("The court's disposal is recorded."));
    });
    connect(appeal, &QPushButton::clicked, this, [this] {
        auto done = core::PropertyService(m_context.db, m_context.clock)
                        .recordAppeal(m_firUid, m_appealCourt->text(), valueOf(m_appealFiled), m_appealResult->currentData().toString(),
                                      valueOf(m_appealDecided), m_context.user);
        if (!done)
            return showError(m_courtErrors, done.error());
        m_courtErrors.clear();
        m_courtStatus->setText(tr("The result of the appeal is recorded."));
    });
    connect(disposalPdf, &QPushButton::clicked, this,
            [this] { savePdf(core::iifforms::courtDisposal(m_context.db, m_firUid), tr("Court disposal")); });
    connect(appealPdf, &QPushButton::clicked, this, [this] { savePdf(core::iifforms::appeal(m_context.db, m_firUid), tr("Result of appeal")); });
    return page;
}

QWidget* CaseDialog::handsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_newIo = new QComboBox(page);
    m_newIo->setObjectName(QStringLiteral("reassignIo"));
    for (const core::Role role : { core::Role::Io, core::Role::Sho }) {
        for (const core::User& u : core::UserRepository(m_context.db).withRole(role)) {
            if (u.active)
                m_newIo->addItem(u.fullName, u.uid);
        }
    }
    form->addRow(tr("Give the case to:"), m_newIo);
    m_handsErrors.attach(form, m_newIo, QStringLiteral("ioUid"));
    m_reassignReason = new QLineEdit(page);
    m_reassignReason->setObjectName(QStringLiteral("reassignReason"));
    form->addRow(tr("Reason:"), m_reassignReason);
    m_handsErrors.attach(form, m_reassignReason, QStringLiteral("reason"));
    m_transferTo = new QLineEdit(page);
    m_transferTo->setObjectName(QStringLiteral("transferTo"));
    m_transferTo->setPlaceholderText(tr("Police station or agency, e.g. for a Zero FIR the station where it occurred"));
    form->addRow(tr("Transfer the case to:"), m_transferTo);
    m_handsErrors.attach(form, m_transferTo, QStringLiteral("toUnit"));
    m_transferReason = new QLineEdit(page);
    m_transferReason->setObjectName(QStringLiteral("transferReason"));
    form->addRow(tr("Reason for the transfer:"), m_transferReason);
    m_transferOrder = new QLineEdit(page);
    m_transferOrder->setObjectName(QStringLiteral("transferOrder"));
    form->addRow(tr("Order reference:"), m_transferOrder);
    layout->addLayout(form);
    m_handsStatus = statusLabel(layout, "handsStatus", m_handsErrors, page);
    auto* row = new QHBoxLayout;
    auto* reassign = addButton(row, tr("Re&assign (SHO)"), "reassign", page);
    auto* transfer = addButton(row, tr("&Transfer (SHO)"), "transfer", page);
    row->addStretch();
    layout->addLayout(row);
    const bool sho = m_context.user.role == core::Role::Sho;
    reassign->setEnabled(sho);
    transfer->setEnabled(sho);
    connect(reassign, &QPushButton::clicked, this, [this] {
        auto done = core::CaseService(m_context.db, m_context.clock)
                        .reassignIo(m_firUid, m_newIo->currentData().toString(), m_reassignReason->text(), m_context.user);
        if (!done)
            return showError(m_handsErrors, done.error());
        m_handsErrors.clear();
        m_handsStatus->setText(tr("The case is now with %1.").arg(m_newIo->currentText()));
    });
    connect(transfer, &QPushButton::clicked, this, [this] {
        auto done = core::CaseService(m_context.db, m_context.clock)
                        .transferCase(m_firUid, m_transferTo->text(), m_transferReason->text(), m_transferOrder->text(), m_context.user);
        if (!done)
            return showError(m_handsErrors, done.error());
        m_handsErrors.clear();
        m_handsStatus->setText(tr("Transferred, with its GD entry; nothing more is written in it here."));
    });
    return page;
}

QWidget* CaseDialog::evidenceTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_evidence = new QListWidget(page);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    layout->addWidget(m_evidence);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_evidenceFile = new QLineEdit(page);
    m_evidenceFile->setObjectName(QStringLiteral("evidenceFile"));
    auto* browse = new QPushButton(tr("Choose…"), page);
    fileRow->addWidget(m_evidenceFile, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Electronic record:"), fileRow);
    m_evidenceErrors.attach(form, m_evidenceFile, QStringLiteral("file"));
    m_evidenceDescription = new QLineEdit(page);
    m_evidenceDescription->setObjectName(QStringLiteral("evidenceDescription"));
    m_evidenceDescription->setPlaceholderText(tr("What it is and where it came from"));
    form->addRow(tr("Description:"), m_evidenceDescription);
    m_evidenceErrors.attach(form, m_evidenceDescription, QStringLiteral("description"));
    layout->addLayout(form);
    auto* evidenceRow = new QHBoxLayout;
    auto* add = addButton(evidenceRow, tr("&Keep as evidence"), "addEvidence", page);
    auto* certificate = addButton(evidenceRow, tr("BSA s.63 certificate as PDF"), "evidenceCertificate", page);
    evidenceRow->addStretch();
    layout->addLayout(evidenceRow);

    m_statements = new QListWidget(page);
    m_statements->setObjectName(QStringLiteral("statementsList"));
    layout->addWidget(m_statements);
    auto* statementForm = new QFormLayout;
    m_witness = new PersonPicker(m_context, page);
    m_witness->setObjectName(QStringLiteral("statementPerson"));
    statementForm->addRow(tr("Person:"), m_witness);
    m_statementRole = new QComboBox(page);
    m_statementRole->setObjectName(QStringLiteral("statementRole"));
    m_statementRole->addItem(tr("Witness"), QStringLiteral("witness"));
    m_statementRole->addItem(tr("Victim"), QStringLiteral("victim"));
    m_statementRole->addItem(tr("Complainant"), QStringLiteral("complainant"));
    m_statementRole->addItem(tr("Expert"), QStringLiteral("expert"));
    statementForm->addRow(tr("Given as:"), m_statementRole);
    m_statementText = new QPlainTextEdit(page);
    m_statementText->setObjectName(QStringLiteral("statementText"));
    statementForm->addRow(tr("Statement:"), m_statementText);
    m_evidenceErrors.attach(statementForm, m_statementText, QStringLiteral("text"));
    layout->addLayout(statementForm);
    m_evidenceStatus = statusLabel(layout, "evidenceStatus", m_evidenceErrors, page);
    auto* statementRow = new QHBoxLayout;
    auto* record = addButton(statementRow, tr("Record &statement"), "recordStatement", page);
    statementRow->addStretch();
    layout->addLayout(statementRow);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Electronic record"));
        if (!path.isEmpty())
            m_evidenceFile->setText(path);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        auto done = core::PropertyService(m_context.db, m_context.clock)
                        .addEvidence(m_firUid, m_evidenceFile->text(), m_evidenceDescription->text(), m_context.clock.now(), m_context.user);
        if (!done)
            return showError(m_evidenceErrors, done.error());
        m_evidenceErrors.clear();
        m_evidenceStatus->setText(tr("Kept; its SHA-256 is %1.").arg(done->sha256));
        reload();
    });
    connect(certificate, &QPushButton::clicked, this, [this] {
        auto* item = m_evidence->currentItem() ? m_evidence->currentItem() : m_evidence->item(m_evidence->count() - 1);
        if (item)
            savePdf(core::PropertyService(m_context.db, m_context.clock).evidenceCertificate(item->data(Qt::UserRole).toString()),
                    tr("BSA certificate"));
    });
    connect(record, &QPushButton::clicked, this, [this] {
        core::Statement st;
        st.firUid = m_firUid;
        st.personUid = m_witness->existingUid();
        if (st.personUid.isEmpty()) {
            if (const auto person = m_witness->newPerson()) {
                auto saved = core::PersonRepository(m_context.db).create(*person, m_context.user, m_context.clock);
                if (!saved)
                    return showError(m_evidenceErrors, saved.error());
                st.personUid = saved->uid;
            }
        }
        st.role = m_statementRole->currentData().toString();
        st.recordedAt = m_context.clock.now();
        st.text = m_statementText->toPlainText();
        auto done = core::CaseService(m_context.db, m_context.clock).recordStatement(st, m_context.user);
        if (!done)
            return showError(m_evidenceErrors, done.error());
        m_evidenceErrors.clear();
        m_statementText->clear();
        m_evidenceStatus->setText(tr("Statement recorded; it is never edited."));
        reload();
    });
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
    core::PropertyService property(m_context.db, m_context.clock);
    for (const core::SeizureSummary& s : property.seizures(m_firUid)) {
        const QList<core::CustodyMove> chain = property.chain(s.uid);
        const QString where = chain.isEmpty() ? QString() : core::PropertyService::moveKey(chain.last().kind) + QStringLiteral(": ") + chain.last().party;
        auto* item = new QListWidgetItem(QStringLiteral("%1/%2  %3  (%4)").arg(s.number).arg(s.year).arg(s.description, where), m_seizures);
        item->setData(Qt::UserRole, s.uid);
    }
    if (m_evidence) {
        m_evidence->clear();
        for (const core::EvidenceFile& e : property.evidence(m_firUid)) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  SHA-256 %2").arg(e.name, e.sha256), m_evidence);
            item->setData(Qt::UserRole, e.uid);
        }
        m_statements->clear();
        core::PersonRepository people(m_context.db);
        for (const core::Statement& st : cases.statements(m_firUid)) {
            const auto p = people.byUid(st.personUid);
            m_statements->addItem(QStringLiteral("%1 (%2): %3").arg(p ? p->displayName() : st.personUid, st.role, st.text));
        }
    }
    if (m_diary) {
        m_diary->clear();
        for (const core::CaseDiaryEntry& e : cases.diary(m_firUid))
            m_diary->addItem(QStringLiteral("%1. %2  %3").arg(e.number).arg(QLocale().toString(e.at.toTimeZone(core::stationZone()), QLocale::ShortFormat), e.text));
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
                showError(m_arrestErrors, saved.error());
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
        showError(m_arrestErrors, done.error());
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
        showError(m_seizureErrors, done.error());
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
        showError(m_reportErrors, done.error());
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
