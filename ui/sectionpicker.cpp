#include "ui/sectionpicker.h"

#include "core/firrules.h"
#include "core/masterdata.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thana::ui {

SectionPicker::SectionPicker(core::Database& db, const QDate& occurrenceDay, QWidget* parent)
    : QDialog(parent), m_db(db), m_day(occurrenceDay)
{
    setWindowTitle(tr("Choose acts and sections"));
    setObjectName(QStringLiteral("sectionPicker"));
    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Occurrence on %1: sections of the %2 and of the special acts in force apply.")
                            .arg(occurrenceDay.toString(QStringLiteral("dd-MM-yyyy")), core::FirRules::penalCodeFor(occurrenceDay)),
                        this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("sectionQuery"));
    m_query->setPlaceholderText(tr("Section number (303, BNS 303, NDPS 20) or words (theft, cheating)"));
    layout->addWidget(m_query);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("sectionResults"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_text = new QTextBrowser(split);
    split->addWidget(m_list);
    split->addWidget(m_text);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add selected"));
    layout->addWidget(buttons);
    connect(m_query, &QLineEdit::textChanged, this, &SectionPicker::search);
    connect(m_list, &QListWidget::currentRowChanged, this, &SectionPicker::showText);
    connect(m_list, &QListWidget::itemActivated, this, &SectionPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &SectionPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down from the search box goes to the results; Enter there adds the selection.
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_list->count() > 0) {
            if (m_list->selectedItems().isEmpty())
                m_list->setCurrentRow(0);
            choose();
        }
    });
    resize(720, 560);
    m_query->setFocus();
}

void SectionPicker::search()
{
    m_list->clear();
    m_results = core::MasterData(m_db).search(m_query->text(), m_day, 60);
    for (const core::Section& s : m_results) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(s.key(), s.title), m_list);
        if (s.sexualOffence)
            item->setToolTip(tr("Sexual offence: the victim's identity will be withheld"));
    }
    if (!m_results.isEmpty())
        m_list->setCurrentRow(0);
}

void SectionPicker::showText()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size()) {
        m_text->clear();
        return;
    }
    const core::Section& s = m_results.at(row);
    m_text->setPlainText(QStringLiteral("%1 - %2\n\n%3").arg(s.key(), s.title, s.text));
}

void SectionPicker::choose()
{
    m_chosen.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            m_chosen << m_results.at(i);
    }
    if (m_chosen.isEmpty() && m_list->currentRow() >= 0)
        m_chosen << m_results.at(m_list->currentRow());
    if (!m_chosen.isEmpty())
        accept();
}

} // namespace thana::ui
