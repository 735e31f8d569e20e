#include "ui/personeditor.h"

#include "ui/formhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace thana::ui {

PersonEditor::PersonEditor(QWidget* parent) : QWidget(parent), m_errors(new FieldErrors)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("personNameEn"));
    m_nameLocal = new QLineEdit(this);
    m_nameLocal->setObjectName(QStringLiteral("personNameLocal"));
    m_relativeKind = new QComboBox(this);
    m_relativeKind->addItem(tr("Father"), QStringLiteral("father"));
    m_relativeKind->addItem(tr("Husband"), QStringLiteral("husband"));
    m_relativeKind->addItem(tr("Mother"), QStringLiteral("mother"));
    m_relativeKind->addItem(tr("Guardian"), QStringLiteral("guardian"));
    m_relativeName = new QLineEdit(this);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("personGender"));
    m_gender->addItem(tr("Male"), QStringLiteral("M"));
    m_gender->addItem(tr("Female"), QStringLiteral("F"));
    m_gender->addItem(tr("Transgender"), QStringLiteral("T"));
    m_gender->addItem(tr("Not known"), QStringLiteral("U"));
    m_age = new QSpinBox(this);
    m_age->setRange(-1, 130);
    m_age->setSpecialValueText(tr("Not known"));
    m_age->setValue(-1);
    m_age->setSuffix(tr(" years"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("personPhone"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("personAddress"));
    m_docKind = new QComboBox(this);
    m_docKind->addItem(tr("None"), QString());
    m_docKind->addItem(tr("Aadhaar"), QStringLiteral("aadhaar"));
    m_docKind->addItem(tr("Voter ID"), QStringLiteral("voter_id"));
    m_docKind->addItem(tr("PAN"), QStringLiteral("pan"));
    m_docKind->addItem(tr("Passport"), QStringLiteral("passport"));
    m_docKind->addItem(tr("Driving licence"), QStringLiteral("driving_licence"));
    m_docNumber = new QLineEdit(this);

    form->addRow(tr("Name (English):"), m_nameEn);
    form->addRow(tr("Name (Devanagari):"), m_nameLocal);
    form->addRow(tr("Relation:"), m_relativeKind);
    form->addRow(tr("Relative's name:"), m_relativeName);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Age:"), m_age);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Identity document:"), m_docKind);
    form->addRow(tr("Document number:"), m_docNumber);
    m_errors->attach(form, m_nameEn, QStringLiteral("nameEn"));
    m_errors->attach(form, m_nameLocal, QStringLiteral("nameLocal"));
    m_errors->attach(form, m_gender, QStringLiteral("gender"));
    m_errors->attach(form, m_age, QStringLiteral("age"));
    m_errors->attach(form, m_phone, QStringLiteral("phone"));
    m_errors->attach(form, m_docNumber, QStringLiteral("documents"));
}

PersonEditor::~PersonEditor()
{
    delete m_errors;
}

QWidget* PersonEditor::firstField() const
{
    return m_nameEn;
}

core::Person PersonEditor::person() const
{
    core::Person p = m_original;
    p.nameEn = m_nameEn->text().simplified();
    p.nameLocal = m_nameLocal->text().simplified();
    p.relativeKind = m_relativeKind->currentData().toString();
    p.relativeName = m_relativeName->text().simplified();
    p.gender = m_gender->currentData().toString();
    p.ageYears = m_age->value() >= 0 ? std::optional<int>(m_age->value()) : std::nullopt;
    p.phone = m_phone->text().trimmed();
    p.addressPresent = m_address->text().simplified();
    p.documents.clear();
    if (!m_docKind->currentData().toString().isEmpty())
        p.documents << core::IdentityDocument { m_docKind->currentData().toString(), m_docNumber->text().trimmed() };
    return p;
}

void PersonEditor::setPerson(const core::Person& p)
{
    m_original = p;
    m_nameEn->setText(p.nameEn);
    m_nameLocal->setText(p.nameLocal);
    m_relativeKind->setCurrentIndex(std::max(0, m_relativeKind->findData(p.relativeKind)));
    m_relativeName->setText(p.relativeName);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(p.gender)));
    m_age->setValue(p.ageYears.value_or(-1));
    m_phone->setText(p.phone);
    m_address->setText(p.addressPresent);
    if (!p.documents.isEmpty()) {
        m_docKind->setCurrentIndex(std::max(0, m_docKind->findData(p.documents.first().kind)));
        m_docNumber->setText(p.documents.first().number);
    }
}

void PersonEditor::showViolations(const QList<core::Violation>& violations)
{
    m_errors->show(violations);
}

} // namespace thana::ui
