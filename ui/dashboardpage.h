#pragma once

#include "core/caseservice.h"
#include "core/registers.h"

#include <QWidget>

#include <array>
#include <thread>

class QChartView;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace thana::ui {

struct AppContext;

/// The SHO's morning view. "Today": this year's figures, the legal deadlines of open cases
/// that have passed or fall in the next fortnight, and what the State Data Centre sent.
/// Then the reports as charts, each with its table of figures beside it for keyboard and
/// screen-reader users, to print or export: the monthly crime review, the pendency of
/// investigation by age, and disposal.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

public Q_SLOTS:
    /// Reads the day's figures and the report on the open tab afresh; the other reports
    /// are read when their tabs are next opened.
    void refresh();

protected:
    /// The figures are read when the page is first shown (the main window asks for them
    /// when the page is chosen), never while it is built: a station that starts on another
    /// page does not wait for them.
    void showEvent(QShowEvent* event) override;

private:
    void refreshToday();
    void readTab(int index);
    /// Open cases' deadlines are read on a thread of their own, with its own connection to
    /// the store: on a store of many years they take longer than a window should wait.
    void showDeadlines(const QList<core::CaseDeadline>& all);
    void refreshCrimeReview();
    void refreshPendency();
    void refreshDisposal();
    /// A report's tab: its controls, its chart above and its table below, Print and Export.
    QWidget* reportTab(const QString& name, QWidget* controls, QChartView* chart, QTableWidget* table, core::RegisterView* view);
    void fillTable(QTableWidget* table, const core::RegisterView& view);
    void print(const core::RegisterView& view);
    void exportCsv(const core::RegisterView& view);

    AppContext& m_context;
    bool m_read = false;
    std::array<bool, 3> m_tabRead {}; ///< crime review, pendency, disposal
    QTabWidget* m_tabs = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_deadlinesTitle = nullptr;
    QTableWidget* m_deadlines = nullptr;
    QTableWidget* m_feed = nullptr;
    std::thread m_deadlineReader;

    QDateEdit* m_reviewMonth = nullptr;
    QChartView* m_reviewChart = nullptr;
    QTableWidget* m_reviewTable = nullptr;
    core::RegisterView m_reviewView;

    QDateEdit* m_pendencyDay = nullptr;
    QChartView* m_pendencyChart = nullptr;
    QTableWidget* m_pendencyTable = nullptr;
    core::RegisterView m_pendencyView;

    QDateEdit* m_disposalFrom = nullptr;
    QDateEdit* m_disposalTo = nullptr;
    QChartView* m_disposalChart = nullptr;
    QTableWidget* m_disposalTable = nullptr;
    core::RegisterView m_disposalView;
};

} // namespace thana::ui
