#include "ui/gdentrydialog.h"

#include "core/gdrepository.h"
#include "ui/appcontext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace thana::ui {

GdEntryDialog::GdEntryDialog(AppContext& context, const QString& correctsUid, QWidget* parent)
    : QDialog(parent), m_context(context), m_correctsUid(correctsUid)
{
    auto* form = new QFormLayout(this);
    if (correctsUid.isEmpty()) {
        setWindowTitle(tr("New General Diary entry"));
        m_kind = new QComboBox(this);
        m_kind->addItem(tr("General"), QStringLiteral("general"));
        m_kind->addItem(tr("Departure"), QStringLiteral("departure"));
        m_kind->addItem(tr("Arrival"), QStringLiteral("arrival"));
        m_kind->addItem(tr("Information received"), QStringLiteral("information"));
        m_kind->addItem(tr("Custody"), QStringLiteral("custody"));
        form->addRow(tr("Kind:"), m_kind);
    } else {
        setWindowTitle(tr("Correct a General Diary entry"));
        const auto original = core::GdRepository(context.db).byUid(correctsUid);
        auto* shown = new QLabel(original ? QStringLiteral("%1: %2").arg(original->reference(), original->summary) : QString(), this);
        shown->setWordWrap(true);
        form->addRow(tr("Entry corrected:"), shown);
        form->addRow(new QLabel(tr("The original entry stays as written; the correction is a new entry that refers to it."), this));
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("gdText"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("Entry text:"), m_text);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GdEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text->setFocus();
    resize(560, 320);
}

void GdEntryDialog::save()
{
    core::GdRepository gd(m_context.db);
    auto done = m_correctsUid.isEmpty()
        ? gd.record(m_kind->currentData().toString(), m_text->toPlainText(), m_context.user, m_context.clock)
        : gd.correct(m_correctsUid, m_text->toPlainText(), m_context.user, m_context.clock);
    if (!done) {
        m_error->setText(done.error().describe());
        return;
    }
    accept();
}

} // namespace thana::ui
