#pragma once

#include "core/missingpersonmatcher.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace thana::ui {

struct AppContext;

/// The station's records beyond the case, one tab each: missing persons, unidentified
/// bodies, persons found, history sheets, summons and warrants, visitors. Each lists its
/// records newest first and offers what the officer records next; missing persons,
/// bodies and persons found are matched against each other as they are entered.
class StationRecordsPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { MissingTab, BodiesTab, FoundTab, HistoryTab, ProcessesTab, VisitorsTab };

    explicit StationRecordsPage(AppContext& context, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(StationRecordsPage)

    /// Shows the record of a match: its tab, selected, with its particulars.
    void openRecord(core::MatchSubject::Kind kind, const QString& uid);

public Q_SLOTS:
    void refresh();

private:
    struct TabParts {
        QTreeWidget* list = nullptr;
        QLabel* details = nullptr;
        QPushButton* primary = nullptr; ///< what Ctrl+N does on the tab
        QList<QPushButton*> followUps;  ///< what acts on the chosen record while it is not finished
    };
    QWidget* makeTab(Tab tab, const QString& dateHeading, const QList<QPushButton*>& actions, QWidget* extra = nullptr);
    QPushButton* action(const QString& text, const QString& objectName, void (StationRecordsPage::*slot)());
    /// The uid of the record chosen in `tab`'s list, else a message and nothing.
    QString chosen(Tab tab);
    void select(Tab tab, const QString& uid);
    void showDetails(Tab tab);
    /// A record that is finished (traced, identified, closed, returned to court, left)
    /// takes no more follow-ups: their buttons are off, and say why.
    void setFinished(Tab tab, bool finished, const QString& why);
    void setStatus(const QString& text, bool problem = false);
    /// Offers the matches of a record just entered, when there are any.
    void offerMatches(const core::MatchSubject& subject, const QList<core::MatchCandidate>& candidates, bool evenIfNone);

    void refreshMissing();
    void refreshBodies();
    void refreshFound();
    void refreshHistory();
    void refreshProcesses();
    void refreshVisitors();

    void reportMissing();
    void recordTraced();
    void recordBody();
    void recordIdentified();
    void recordFound();
    void possibleMatches();
    void openHistorySheet();
    void addFir();
    void closeHistorySheet();
    void receiveProcess();
    void reportService();
    void visitorIn();
    void visitorOut();

    AppContext& m_context;
    QTabWidget* m_tabs = nullptr;
    QList<TabParts> m_parts;
    QCheckBox* m_dueFilter = nullptr;
    QDateEdit* m_dueBy = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace thana::ui
