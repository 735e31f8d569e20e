#include "ui/firform.h"

#include "core/clock.h"
#include "core/firservice.h"
#include "core/gdrepository.h"
#include "core/personrepository.h"
#include "core/userrepository.h"
#include "ui/appcontext.h"
#include "ui/formhelpers.h"
#include "ui/personeditor.h"
#include "ui/personpicker.h"
#include "ui/sectionpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thana::ui {

namespace {
QPlainTextEdit* textBox(QWidget* parent, int height, const QString& name)
{
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(name);
    t->setTabChangesFocus(true);
    t->setMinimumHeight(height);
    return t;
}
} // namespace

FirForm::FirForm(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context), m_errors(new FieldErrors)
{
    setWindowTitle(tr("Register FIR (IIF-I)"));
    setObjectName(QStringLiteral("firForm"));
    const QDateTime now = context.clock.now();
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);

    // Information and its General Diary entry.
    auto* info = new QGroupBox(tr("Information"), body);
    auto* infoForm = new QFormLayout(info);
    m_source = new QLabel(tr("Information received directly: a General Diary entry will record it with the FIR."), info);
    m_source->setWordWrap(true);
    m_gdText = textBox(info, 50, QStringLiteral("firGdText"));
    m_infoAt = makeDateTimeEdit(now, info);
    m_infoAt->setObjectName(QStringLiteral("firInfoAt"));
    m_infoMode = new QComboBox(info);
    for (core::InfoMode m : { core::InfoMode::Written, core::InfoMode::Oral, core::InfoMode::EFir })
        m_infoMode->addItem(core::infoModeName(m), int(m));
    infoForm->addRow(tr("Source:"), m_source);
    infoForm->addRow(tr("GD entry text:"), m_gdText);
    infoForm->addRow(tr("Information received at:"), m_infoAt);
    infoForm->addRow(tr("Type of information:"), m_infoMode);
    m_errors->attach(infoForm, m_gdText, QStringLiteral("gdUid"));
    m_errors->attach(infoForm, m_infoAt, QStringLiteral("infoReceivedAt"));
    layout->addWidget(info);

    // Occurrence.
    auto* occ = new QGroupBox(tr("Occurrence"), body);
    auto* occForm = new QFormLayout(occ);
    m_from = makeDateTimeEdit(now.addSecs(-3600), occ);
    m_from->setObjectName(QStringLiteral("firOccurrenceFrom"));
    m_to = makeDateTimeEdit(now.addSecs(-3600), occ);
    m_to->setObjectName(QStringLiteral("firOccurrenceTo"));
    m_place = new QLineEdit(occ);
    m_place->setObjectName(QStringLiteral("firPlace"));
    m_beat = new QLineEdit(occ);
    m_direction = new QComboBox(occ);
    m_direction->setEditable(true);
    m_direction->addItems({ tr("North"), tr("North-East"), tr("East"), tr("South-East"), tr("South"), tr("South-West"), tr("West"),
                            tr("North-West") });
    m_distance = new QDoubleSpinBox(occ);
    m_distance->setRange(0, 1000);
    m_distance->setDecimals(1);
    m_distance->setSuffix(tr(" km"));
    occForm->addRow(tr("From:"), m_from);
    occForm->addRow(tr("To:"), m_to);
    occForm->addRow(tr("Place of occurrence:"), m_place);
    occForm->addRow(tr("Beat:"), m_beat);
    occForm->addRow(tr("Direction from the station:"), m_direction);
    occForm->addRow(tr("Distance from the station:"), m_distance);
    m_errors->attach(occForm, m_from, QStringLiteral("occurrenceFrom"));
    m_errors->attach(occForm, m_to, QStringLiteral("occurrenceTo"));
    m_errors->attach(occForm, m_place, QStringLiteral("placeAddress"));
    m_errors->attach(occForm, m_distance, QStringLiteral("distanceKm"));
    layout->addWidget(occ);

    // Acts and sections.
    auto* sec = new QGroupBox(tr("Acts and sections"), body);
    auto* secForm = new QFormLayout(sec);
    m_sectionList = new QListWidget(sec);
    m_sectionList->setObjectName(QStringLiteral("firSections"));
    m_sectionList->setMaximumHeight(90);
    auto* secButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add section (Ctrl+K)"), sec);
    add->setObjectName(QStringLiteral("firAddSection"));
    auto* remove = new QPushButton(tr("Remove selected"), sec);
    secButtons->addWidget(add);
    secButtons->addWidget(remove);
    secForm->addRow(m_sectionList);
    secForm->addRow(secButtons);
    m_errors->attach(secForm, m_sectionList, QStringLiteral("sections"));
    layout->addWidget(sec);
    connect(add, &QPushButton::clicked, this, &FirForm::addSections);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_sectionList->currentRow();
        if (row >= 0) {
            m_sections.removeAt(row);
            delete m_sectionList->takeItem(row);
        }
    });
    auto* addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(addShortcut, &QShortcut::activated, this, &FirForm::addSections);

    // Complainant / informant.
    m_complainantBox = new QGroupBox(tr("Complainant / informant"), body);
    auto* compLayout = new QVBoxLayout(m_complainantBox);
    m_complainant = new PersonPicker(context, m_complainantBox);
    compLayout->addWidget(m_complainant);
    auto* compForm = new QFormLayout;
    compLayout->addLayout(compForm);
    auto* compAnchor = new QLabel(m_complainantBox);
    compForm->addRow(compAnchor);
    m_errors->attach(compForm, compAnchor, QStringLiteral("complainant"));
    layout->addWidget(m_complainantBox);

    // Accused.
    m_accusedBox = new QGroupBox(tr("Known or suspected accused"), body);
    m_accusedBox->setCheckable(true);
    m_accusedBox->setChecked(false);
    auto* accLayout = new QVBoxLayout(m_accusedBox);
    m_accused = new PersonEditor(m_accusedBox);
    m_accusedStatus = new QComboBox(m_accusedBox);
    m_accusedStatus->addItem(tr("Known"), QStringLiteral("known"));
    m_accusedStatus->addItem(tr("Suspected"), QStringLiteral("suspected"));
    accLayout->addWidget(m_accusedStatus);
    accLayout->addWidget(m_accused);
    layout->addWidget(m_accusedBox);
    auto* unknown = new QGroupBox(tr("Unknown accused"), body);
    auto* unknownForm = new QFormLayout(unknown);
    m_unknown = new QSpinBox(unknown);
    m_unknown->setRange(0, 99);
    m_unknownDescription = new QLineEdit(unknown);
    unknownForm->addRow(tr("Number of unknown accused:"), m_unknown);
    unknownForm->addRow(tr("Description:"), m_unknownDescription);
    layout->addWidget(unknown);

    // Report.
    auto* rep = new QGroupBox(tr("Report"), body);
    auto* repForm = new QFormLayout(rep);
    m_delay = textBox(rep, 40, QStringLiteral("firDelayReason"));
    m_property = new QLineEdit(rep);
    m_value = new QSpinBox(rep);
    m_value->setRange(0, 2000000000);
    m_value->setPrefix(tr("Rs. "));
    m_firstInformation = textBox(rep, 140, QStringLiteral("firFirstInformation"));
    m_action = new QLineEdit(tr("Case registered and investigation taken up."), rep);
    m_io = new QComboBox(rep);
    m_io->setObjectName(QStringLiteral("firIo"));
    m_io->addItem(tr("(to be assigned)"), QString());
    core::UserRepository users(context.db);
    for (core::Role role : { core::Role::Io, core::Role::Sho }) {
        for (const core::User& u : users.withRole(role))
            m_io->addItem(QStringLiteral("%1, %2").arg(u.fullName, u.rank), u.uid);
    }
    m_zero = new QCheckBox(tr("Zero FIR: the offence occurred outside this station's area"), rep);
    m_zeroOrigin = new QLineEdit(rep);
    m_zeroOrigin->setEnabled(false);
    connect(m_zero, &QCheckBox::toggled, m_zeroOrigin, &QWidget::setEnabled);
    repForm->addRow(tr("Reason for delay in reporting:"), m_delay);
    repForm->addRow(tr("Properties involved:"), m_property);
    repForm->addRow(tr("Value of property:"), m_value);
    repForm->addRow(tr("First information (informant's words):"), m_firstInformation);
    repForm->addRow(tr("Action taken:"), m_action);
    repForm->addRow(tr("Investigating officer:"), m_io);
    repForm->addRow(m_zero);
    repForm->addRow(tr("Station or area where it occurred:"), m_zeroOrigin);
    m_errors->attach(repForm, m_delay, QStringLiteral("delayReason"));
    m_errors->attach(repForm, m_value, QStringLiteral("propertyValue"));
    m_errors->attach(repForm, m_firstInformation, QStringLiteral("firstInformation"));
    m_errors->attach(repForm, m_io, QStringLiteral("ioUid"));
    m_errors->attach(repForm, m_zeroOrigin, QStringLiteral("zeroFirOrigin"));
    layout->addWidget(rep);

    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("firErrors"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    m_errors->setGeneralLabel(m_general);
    outer->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("firRegister"));
    save->setText(tr("Register FIR (Ctrl+S)"));
    save->setShortcut(QKeySequence::Save);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirForm::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    enterMovesFocus(this);
    resize(820, 860);
}

FirForm::~FirForm()
{
    delete m_errors;
}

void FirForm::setComplaint(const core::Complaint& complaint)
{
    m_complaint = complaint;
    const auto gd = core::GdRepository(m_context.db).byUid(complaint.gdUid);
    m_source->setText(tr("%1, recorded in %2: %3")
                          .arg(complaint.reference(), gd ? gd->reference() : QString(), complaint.subject));
    m_gdText->setEnabled(false);
    m_gdText->setPlainText(gd ? gd->summary : QString());
    setValueOf(m_infoAt, complaint.receivedAt);
    m_complainantBox->setTitle(tr("Complainant / informant: %1").arg(complaint.complainantName));
    m_complainant->hide();
    m_firstInformation->setPlainText(complaint.narrative);
    m_from->setFocus();
}

void FirForm::addSections()
{
    SectionPicker picker(m_context.db, valueOf(m_from).toTimeZone(core::stationZone()).date(), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    for (const core::Section& s : picker.chosen()) {
        if (m_sections.contains(s))
            continue;
        m_sections << s;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(s.key(), s.title), m_sectionList);
        if (s.sexualOffence)
            item->setToolTip(tr("Sexual offence: the victim's identity will be withheld"));
    }
}

core::FirDraft FirForm::draft() const
{
    core::FirDraft d;
    d.gdUid = m_complaint.gdUid;
    d.complaintUid = m_complaint.uid;
    d.infoReceivedAt = valueOf(m_infoAt);
    d.infoMode = core::InfoMode(m_infoMode->currentData().toInt());
    d.occurrenceFrom = valueOf(m_from);
    d.occurrenceTo = valueOf(m_to);
    d.placeAddress = m_place->text();
    d.beat = m_beat->text();
    d.direction = m_direction->currentText();
    d.distanceKm = m_distance->value();
    if (!m_complaint.uid.isEmpty())
        d.parties << core::FirParty { core::FirParty::Kind::Complainant, m_complaint.complainantUid, {}, {}, {}, {} };
    else if (const QString uid = m_complainant->existingUid(); !uid.isEmpty())
        d.parties << core::FirParty { core::FirParty::Kind::Complainant, uid, {}, {}, {}, {} };
    d.unknownAccused = m_unknown->value();
    d.unknownAccusedDescription = m_unknownDescription->text();
    d.delayReason = m_delay->toPlainText();
    d.propertyDescription = m_property->text();
    d.propertyValueRupees = m_value->value();
    d.firstInformation = m_firstInformation->toPlainText();
    d.actionTaken = m_action->text();
    d.ioUid = m_io->currentData().toString();
    d.zeroFir = m_zero->isChecked();
    d.zeroFirOrigin = m_zeroOrigin->text();
    d.sections = m_sections;
    return d;
}

void FirForm::showViolations(const QList<core::Violation>& violations)
{
    QList<core::Violation> own;
    QList<core::Violation> complainant;
    QList<core::Violation> accused;
    for (const core::Violation& v : violations) {
        if (v.field.startsWith(QLatin1String("complainant.")))
            complainant << core::Violation { v.field.mid(12), v.rule, v.message };
        else if (v.field.startsWith(QLatin1String("accused.")))
            accused << core::Violation { v.field.mid(8), v.rule, v.message };
        else
            own << v;
    }
    m_errors->show(own);
    m_complainant->editor()->showViolations(complainant);
    m_accused->showViolations(accused);
    if (QWidget* w = m_errors->firstInvalid())
        w->setFocus();
}

void FirForm::submit()
{
    const core::FirDraft d = draft();
    QList<core::NewParty> newParties;
    if (m_complaint.uid.isEmpty()) {
        if (const auto person = m_complainant->newPerson())
            newParties << core::NewParty { core::FirParty::Kind::Complainant, *person, {} };
    }
    if (m_accusedBox->isChecked())
        newParties << core::NewParty { core::FirParty::Kind::Accused, m_accused->person(), m_accusedStatus->currentData().toString() };
    core::FirService service(m_context.db, m_context.clock);
    const QString gdText = m_complaint.uid.isEmpty() ? m_gdText->toPlainText() : QString();
    auto result = service.registerFir(d, m_context.user, gdText, newParties);
    if (!result) {
        if (result.error().violations.isEmpty()) {
            m_general->setText(result.error().message);
            m_general->show();
        }
        showViolations(result.error().violations);
        return;
    }
    m_registered = result.value();
    accept();
}

} // namespace thana::ui
