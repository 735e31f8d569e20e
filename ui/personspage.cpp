#include "ui/personspage.h"

#include "core/clock.h"
#include "core/personrepository.h"
#include "ui/appcontext.h"
#include "ui/formhelpers.h"
#include "ui/personeditor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thana::ui {

PersonsPage::PersonsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personsSearch"));
    m_search->setPlaceholderText(tr("Search persons by any part of a name (English or Devanagari) or a phone number  (Ctrl+F)"));
    auto* add = new QPushButton(tr("&New person"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto* merge = new QPushButton(tr("Same person as…"), this);
    merge->setObjectName(QStringLiteral("mergePerson"));
    merge->setToolTip(tr("Record that the selected entry is the same person as another one on record"));
    auto* undo = new QPushButton(tr("Undo a merge…"), this);
    undo->setObjectName(QStringLiteral("undoMerge"));
    const bool mayMerge = m_context.user.role == core::Role::Sho || m_context.user.role == core::Role::Io;
    merge->setEnabled(mayMerge);
    undo->setEnabled(mayMerge);
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(merge);
    bar->addWidget(undo);
    connect(merge, &QPushButton::clicked, this, &PersonsPage::mergeSelected);
    connect(undo, &QPushButton::clicked, this, &PersonsPage::undoMerge);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("personsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Relative"), tr("Gender"), tr("Age"), tr("Address") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Enter on a row corrects the person's particulars."), this);
    layout->addWidget(hint);

    connect(m_search, &QLineEdit::textChanged, this, &PersonsPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] { editPerson({}); });
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* item) { editPerson(m_table->item(item->row(), 0)->data(Qt::UserRole).toString()); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
}

void PersonsPage::refresh()
{
    m_table->setRowCount(0);
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const auto matches = core::PersonRepository(m_context.db).search(text, m_context.user, 200);
    const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
    m_table->setRowCount(int(matches.size()));
    int row = 0;
    for (const core::PersonMatch& m : matches) {
        const core::Person& p = m.person;
        auto* name = new QTableWidgetItem(p.displayName());
        name->setData(Qt::UserRole, m.masked ? QString() : p.uid);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(p.relativeName));
        m_table->setItem(row, 2, new QTableWidgetItem(m.masked ? QString() : p.gender));
        const auto age = p.ageOnDay(today);
        m_table->setItem(row, 3, new QTableWidgetItem(age ? QString::number(*age) : QString()));
        m_table->setItem(row, 4, new QTableWidgetItem(p.addressPresent));
        ++row;
    }
}

void PersonsPage::editPerson(const QString& uid)
{
    core::PersonRepository persons(m_context.db);
    std::optional<core::Person> existing;
    if (!uid.isEmpty()) {
        existing = persons.byUid(uid);
        if (!existing)
            return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(existing ? tr("Correct person's particulars") : tr("New person"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* editor = new PersonEditor(&dialog);
    if (existing)
        editor->setPerson(*existing);
    layout->addWidget(editor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    enterMovesFocus(&dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto saved = existing ? persons.update(editor->person(), m_context.user)
                              : persons.create(editor->person(), m_context.user, m_context.clock);
        if (!saved) {
            editor->showViolations(saved.error().violations.isEmpty()
                                       ? QList<core::Violation> { core::Violation { QStringLiteral("nameEn"), saved.error().code, saved.error().message } }
                                       : saved.error().violations);
            return;
        }
        if (!existing)
            m_search->setText(saved->nameEn.isEmpty() ? saved->nameLocal : saved->nameEn);
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PersonsPage::mergeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        QMessageBox::information(this, tr("Same person"), tr("Select the entry that is a duplicate first."));
        return;
    }
    const QString fromUid = m_table->item(row, 0)->data(Qt::UserRole).toString();
    core::PersonRepository persons(m_context.db);
    const auto duplicate = persons.byUid(fromUid);
    if (!duplicate)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("mergeDialog"));
    dialog.setWindowTitle(tr("Same person as…"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("<b>%1</b> is the same person as:").arg(duplicate->displayName().toHtmlEscaped()), &dialog));
    auto* candidates = new QListWidget(&dialog);
    candidates->setObjectName(QStringLiteral("mergeCandidates"));
    const QDate today = m_context.clock.now().toTimeZone(core::stationZone()).date();
    for (const core::DuplicateCandidate& c : persons.likelyDuplicates(*duplicate, today, 20)) {
        auto* item = new QListWidgetItem(c.person.displayName() + QStringLiteral(" — ") + c.reasons.join(QStringLiteral(", ")), candidates);
        item->setData(Qt::UserRole, c.person.uid);
    }
    if (candidates->count() > 0)
        candidates->setCurrentRow(0);
    layout->addWidget(candidates);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("mergeReason"));
    reason->setPlaceholderText(tr("Why they are one person, e.g. the same Aadhaar number"));
    layout->addWidget(reason);
    auto* status = new QLabel(&dialog);
    status->setObjectName(QStringLiteral("mergeStatus"));
    status->setWordWrap(true);
    layout->addWidget(status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!candidates->currentItem()) {
            status->setText(tr("Persons: no one on record looks like this entry."));
            return;
        }
        auto done = persons.merge(fromUid, candidates->currentItem()->data(Qt::UserRole).toString(), reason->text(), m_context.user,
                                  m_context.clock);
        if (!done) {
            status->setText(done.error().describe());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PersonsPage::undoMerge()
{
    core::PersonRepository persons(m_context.db);
    const QList<core::PersonMerge> merges = persons.merges(true);
    if (merges.isEmpty()) {
        QMessageBox::information(this, tr("Undo a merge"), tr("There is no merge to undo."));
        return;
    }
    QStringList labels;
    for (const core::PersonMerge& m : merges) {
        const auto from = persons.byUid(m.fromUid);
        const auto into = persons.byUid(m.intoUid);
        labels << tr("%1 → %2 (%3)").arg(from ? from->displayName() : m.fromUid, into ? into->displayName() : m.intoUid, m.reason);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Undo a merge"), tr("Merge to undo:"), labels, 0, false, &ok);
    if (!ok)
        return;
    auto done = persons.undoMerge(merges.at(labels.indexOf(chosen)).uid, m_context.user, m_context.clock);
    if (!done)
        QMessageBox::warning(this, tr("Undo a merge"), done.error().describe());
    refresh();
}

} // namespace thana::ui
