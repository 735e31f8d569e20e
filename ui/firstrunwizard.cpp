#include "ui/firstrunwizard.h"

#include "core/database.h"
#include "core/passwordhasher.h"
#include "core/stationrepository.h"
#include "core/userrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace thana::ui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    return l;
}

QString lines(const QList<core::Violation>& violations)
{
    QStringList out;
    for (const core::Violation& v : violations)
        out << v.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

FirstRunWizard::FirstRunWizard(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWizard(parent), m_db(db)
{
    Q_UNUSED(clock)
    setWindowTitle(tr("Set up this police station"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome to Thana"));
    auto* wl = new QVBoxLayout(welcome);
    auto* text = new QLabel(tr("This store is new. In three short steps you will record the police station it belongs to, "
                               "create your administrator account, and the account of the Station House Officer. "
                               "Everything works without a network; records reach the State Data Centre when a link is available."),
                            welcome);
    text->setWordWrap(true);
    wl->addWidget(text);
    addPage(welcome);

    auto* stationPage = new QWizardPage(this);
    stationPage->setTitle(tr("The police station"));
    auto* sf = new QFormLayout(stationPage);
    m_stateCode = new QLineEdit(stationPage);
    m_stateName = new QLineEdit(stationPage);
    m_districtCode = new QLineEdit(stationPage);
    m_districtName = new QLineEdit(stationPage);
    m_stationCode = new QLineEdit(stationPage);
    m_stationCode->setPlaceholderText(QStringLiteral("MH-PUN-0421"));
    m_nameEn = new QLineEdit(stationPage);
    m_nameLocal = new QLineEdit(stationPage);
    m_language = new QComboBox(stationPage);
    m_language->addItem(tr("Hindi"), QStringLiteral("hi"));
    m_language->addItem(tr("Marathi"), QStringLiteral("mr"));
    m_stateCode->setObjectName(QStringLiteral("stateCode"));
    m_stateName->setObjectName(QStringLiteral("stateName"));
    m_districtCode->setObjectName(QStringLiteral("districtCode"));
    m_districtName->setObjectName(QStringLiteral("districtName"));
    m_stationCode->setObjectName(QStringLiteral("stationCode"));
    m_nameEn->setObjectName(QStringLiteral("stationNameEn"));
    m_nameLocal->setObjectName(QStringLiteral("stationNameLocal"));
    sf->addRow(tr("State code:"), m_stateCode);
    sf->addRow(tr("State:"), m_stateName);
    sf->addRow(tr("District code:"), m_districtCode);
    sf->addRow(tr("District:"), m_districtName);
    sf->addRow(tr("Station code:"), m_stationCode);
    sf->addRow(tr("Station name (English):"), m_nameEn);
    sf->addRow(tr("Station name (local language):"), m_nameLocal);
    sf->addRow(tr("Local language:"), m_language);
    m_stationErrors = errorLabel(stationPage);
    m_stationErrors->setObjectName(QStringLiteral("stationErrors"));
    sf->addRow(m_stationErrors);
    addPage(stationPage);

    auto* adminPage = new QWizardPage(this);
    adminPage->setTitle(tr("Your administrator account"));
    auto* af = new QFormLayout(adminPage);
    m_adminUser = new QLineEdit(QStringLiteral("admin"), adminPage);
    m_adminName = new QLineEdit(adminPage);
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_adminPassword = new QLineEdit(adminPage);
    m_adminPassword->setObjectName(QStringLiteral("adminPassword"));
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword2 = new QLineEdit(adminPage);
    m_adminPassword2->setObjectName(QStringLiteral("adminPassword2"));
    m_adminPassword2->setEchoMode(QLineEdit::Password);
    af->addRow(tr("Username:"), m_adminUser);
    af->addRow(tr("Full name:"), m_adminName);
    af->addRow(tr("Password:"), m_adminPassword);
    af->addRow(tr("Password again:"), m_adminPassword2);
    m_adminErrors = errorLabel(adminPage);
    af->addRow(m_adminErrors);
    addPage(adminPage);

    auto* shoPage = new QWizardPage(this);
    shoPage->setTitle(tr("The Station House Officer"));
    shoPage->setSubTitle(tr("Investigating officers, writers and trainers can be added later under Administration."));
    auto* hf = new QFormLayout(shoPage);
    m_shoUser = new QLineEdit(QStringLiteral("sho"), shoPage);
    m_shoName = new QLineEdit(shoPage);
    m_shoName->setObjectName(QStringLiteral("shoName"));
    m_shoRank = new QLineEdit(tr("Police Inspector"), shoPage);
    m_shoPassword = new QLineEdit(shoPage);
    m_shoPassword->setObjectName(QStringLiteral("shoPassword"));
    m_shoPassword->setEchoMode(QLineEdit::Password);
    hf->addRow(tr("Username:"), m_shoUser);
    hf->addRow(tr("Full name:"), m_shoName);
    hf->addRow(tr("Rank:"), m_shoRank);
    hf->addRow(tr("Password:"), m_shoPassword);
    m_shoErrors = errorLabel(shoPage);
    hf->addRow(m_shoErrors);
    addPage(shoPage);
}

core::Station FirstRunWizard::stationFromFields() const
{
    core::Station s;
    s.stateCode = m_stateCode->text().trimmed().toUpper();
    s.stateName = m_stateName->text().trimmed();
    s.districtCode = m_districtCode->text().trimmed().toUpper();
    s.districtName = m_districtName->text().trimmed();
    s.code = m_stationCode->text().trimmed().toUpper();
    s.nameEn = m_nameEn->text().trimmed();
    s.nameLocal = m_nameLocal->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case 1: {
        const auto v = core::StationRepository::validate(stationFromFields());
        m_stationErrors->setText(lines(v));
        return v.isEmpty();
    }
    case 2: {
        QStringList problems;
        if (m_adminName->text().trimmed().isEmpty())
            problems << core::UserRepository::tr("Full name: is required.");
        if (const QString weak = core::passwordhasher::weakness(m_adminPassword->text()); !weak.isEmpty())
            problems << weak;
        else if (m_adminPassword->text() != m_adminPassword2->text())
            problems << tr("Password again: the two passwords differ.");
        m_adminErrors->setText(problems.join(QLatin1Char('\n')));
        return problems.isEmpty();
    }
    case 3:
        return save();
    default:
        return true;
    }
}

bool FirstRunWizard::save()
{
    core::StationRepository stations(m_db);
    core::UserRepository users(m_db);
    if (!stations.station()) {
        auto created = stations.create(stationFromFields());
        if (!created) {
            m_shoErrors->setText(created.error().describe());
            return false;
        }
    }
    std::optional<core::User> admin = users.byUsername(m_adminUser->text());
    if (!admin) {
        core::User a;
        a.username = m_adminUser->text();
        a.fullName = m_adminName->text();
        a.role = core::Role::Admin;
        auto created = users.create(a, m_adminPassword->text(), std::nullopt);
        if (!created) {
            m_shoErrors->setText(created.error().describe());
            return false;
        }
        admin = created.value();
    }
    core::User sho;
    sho.username = m_shoUser->text();
    sho.fullName = m_shoName->text();
    sho.rank = m_shoRank->text().trimmed();
    sho.role = core::Role::Sho;
    auto created = users.create(sho, m_shoPassword->text(), admin);
    if (!created) {
        m_shoErrors->setText(created.error().describe());
        return false;
    }
    return true;
}

} // namespace thana::ui
