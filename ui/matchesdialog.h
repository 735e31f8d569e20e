#pragma once

#include "core/missingpersonmatcher.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace thana::ui {

/// The records that could be the same person as `subject`, best first, each with its
/// score and the reasons for it; the officer may open one of them.
class MatchesDialog final : public QDialog {
    Q_OBJECT
public:
    MatchesDialog(const core::MatchSubject& subject, const QList<core::MatchCandidate>& candidates, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MatchesDialog)

    /// The candidate the officer chose to open, once the dialog is accepted.
    std::optional<core::MatchSubject> chosen() const { return m_chosen; }

private:
    void showReasons();

    QList<core::MatchCandidate> m_candidates;
    QTreeWidget* m_list = nullptr;
    QLabel* m_reasons = nullptr;
    QPushButton* m_open = nullptr;
    std::optional<core::MatchSubject> m_chosen;
};

} // namespace thana::ui
