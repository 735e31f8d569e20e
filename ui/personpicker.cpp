#include "ui/personpicker.h"

#include "core/personrepository.h"
#include "ui/appcontext.h"
#include "ui/personeditor.h"

#include "core/clock.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace thana::ui {

PersonPicker::PersonPicker(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_useNew = new QRadioButton(tr("New person"), this);
    m_useNew->setObjectName(QStringLiteral("useNewPerson"));
    m_useExisting = new QRadioButton(tr("Person already on record"), this);
    m_useExisting->setObjectName(QStringLiteral("useExistingPerson"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_useNew);
    group->addButton(m_useExisting);
    m_useNew->setChecked(true);
    m_editor = new PersonEditor(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Search by name (English or Devanagari) or phone"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("personResults"));
    m_results->setMaximumHeight(120);
    m_duplicatesTitle = new QLabel(tr("<b>Already on record?</b> These persons may be the one you are entering; "
                                      "press Enter on one to use it instead of a new entry."),
                                   this);
    m_duplicatesTitle->setObjectName(QStringLiteral("duplicatesTitle"));
    m_duplicatesTitle->setWordWrap(true);
    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("personDuplicates"));
    m_duplicates->setMaximumHeight(90);
    layout->addWidget(m_useNew);
    layout->addWidget(m_editor);
    layout->addWidget(m_duplicatesTitle);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    auto sync = [this] {
        const bool existing = m_useExisting->isChecked();
        m_editor->setEnabled(!existing);
        m_search->setEnabled(existing);
        m_results->setEnabled(existing);
    };
    connect(m_useExisting, &QRadioButton::toggled, this, sync);
    connect(m_search, &QLineEdit::textChanged, this, &PersonPicker::search);
    for (QLineEdit* field : m_editor->findChildren<QLineEdit*>())
        connect(field, &QLineEdit::editingFinished, this, &PersonPicker::offerDuplicates);
    connect(m_duplicates, &QListWidget::itemActivated, this, &PersonPicker::useOffered);
    connect(m_duplicates, &QListWidget::itemDoubleClicked, this, &PersonPicker::useOffered);
    sync();
    offerDuplicates();
}

void PersonPicker::search()
{
    m_results->clear();
    if (m_search->text().trimmed().size() < 2)
        return;
    const auto matches = core::PersonRepository(m_context.db).search(m_search->text(), m_context.user, 50);
    for (const core::PersonMatch& m : matches) {
        QString text = m.person.displayName();
        if (!m.masked) {
            if (!m.person.relativeName.isEmpty())
                text += tr(", relative: %1").arg(m.person.relativeName);
            if (!m.person.addressPresent.isEmpty())
                text += QStringLiteral(", ") + m.person.addressPresent;
        }
        auto* item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, m.person.uid);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void PersonPicker::offerDuplicates()
{
    m_duplicates->clear();
    if (!m_useExisting->isChecked()) {
        const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
        for (const core::DuplicateCandidate& c : core::PersonRepository(m_context.db).likelyDuplicates(m_editor->person(), today, 5)) {
            QString text = c.person.displayName();
            if (!c.person.relativeName.isEmpty())
                text += tr(", relative: %1").arg(c.person.relativeName);
            text += QStringLiteral(" — ") + c.reasons.join(QStringLiteral(", "));
            auto* item = new QListWidgetItem(text, m_duplicates);
            item->setData(Qt::UserRole, c.person.uid);
            item->setData(Qt::UserRole + 1, c.person.displayName());
        }
    }
    m_duplicatesTitle->setVisible(m_duplicates->count() > 0);
    m_duplicates->setVisible(m_duplicates->count() > 0);
}

void PersonPicker::useOffered(QListWidgetItem* item)
{
    if (!item)
        return;
    setExistingPerson(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
}

void PersonPicker::setExistingPerson(const QString& uid, const QString& name)
{
    m_useExisting->setChecked(true);
    m_results->clear();
    auto* chosen = new QListWidgetItem(name, m_results);
    chosen->setData(Qt::UserRole, uid);
    m_results->setCurrentItem(chosen);
    m_duplicates->clear();
    m_duplicatesTitle->hide();
    m_duplicates->hide();
}

QString PersonPicker::existingUid() const
{
    if (!m_useExisting->isChecked() || !m_results->currentItem())
        return {};
    return m_results->currentItem()->data(Qt::UserRole).toString();
}

std::optional<core::Person> PersonPicker::newPerson() const
{
    if (m_useExisting->isChecked())
        return std::nullopt;
    return m_editor->person();
}

void PersonPicker::setNewPerson(const core::Person& p)
{
    m_useNew->setChecked(true);
    m_editor->setPerson(p);
}

} // namespace thana::ui
