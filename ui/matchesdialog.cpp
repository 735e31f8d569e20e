#include "ui/matchesdialog.h"

#include "core/clock.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace thana::ui {

namespace {

QString describeSubject(const core::MatchSubject& s)
{
    QStringList parts;
    if (!s.name.isEmpty())
        parts << s.name;
    if (s.at.isValid())
        parts << s.at.toTimeZone(core::stationZone()).toString(QStringLiteral("dd-MM-yyyy"));
    if (!s.place.isEmpty())
        parts << s.place;
    return parts.join(QStringLiteral(", "));
}

} // namespace

MatchesDialog::MatchesDialog(const core::MatchSubject& subject, const QList<core::MatchCandidate>& candidates, QWidget* parent)
    : QDialog(parent), m_candidates(candidates)
{
    setObjectName(QStringLiteral("matchesDialog"));
    setWindowTitle(tr("Possible matches for %1").arg(subject.reference));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("matchesHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("matchesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Score"), tr("Record"), tr("Name, date, place") });
    m_list->header()->setStretchLastSection(true);
    for (const core::MatchCandidate& c : candidates) {
        auto* item = new QTreeWidgetItem(m_list, { QString::number(c.score), c.subject.reference, describeSubject(c.subject) });
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, c.reasons.join(QLatin1Char('\n')));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    layout->addWidget(m_list, 1);

    auto* reasonsTitle = new QLabel(tr("Why it could be the same person:"), this);
    layout->addWidget(reasonsTitle);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("matchReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setMinimumHeight(80);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_reasons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openMatch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto open = [this] {
        const int row = m_list->currentIndex().row();
        if (row < 0 || row >= m_candidates.size())
            return;
        m_chosen = m_candidates.at(row).subject;
        accept();
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_list, &QTreeWidget::itemActivated, this, open);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MatchesDialog::showReasons);

    if (candidates.isEmpty()) {
        heading->setText(tr("No record could be %1 (%2): none agrees in gender, age, height and dates. Look again when new "
                            "records come in.")
                             .arg(subject.reference, describeSubject(subject)));
        m_list->hide();
        reasonsTitle->hide();
        m_reasons->hide();
        m_open->hide();
        buttons->button(QDialogButtonBox::Close)->setFocus();
    } else {
        heading->setText(tr("%n record(s) could be %1 (%2), best first. Open one to read it in full; nothing is linked until "
                            "you record the tracing or identification.",
                            nullptr, int(candidates.size()))
                             .arg(subject.reference, describeSubject(subject)));
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
    resize(720, 420);
}

void MatchesDialog::showReasons()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_candidates.size()) {
        m_reasons->clear();
        return;
    }
    QStringList lines;
    for (const QString& reason : m_candidates.at(row).reasons)
        lines << QStringLiteral("• ") + reason;
    m_reasons->setText(lines.join(QLatin1Char('\n')));
}

} // namespace thana::ui
