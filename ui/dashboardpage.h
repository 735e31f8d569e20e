#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace thana::ui {

struct AppContext;

/// The morning view: this year's figures, and the legal deadlines of open cases that
/// have passed or fall in the next fortnight, soonest first.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    AppContext& m_context;
    QLabel* m_figures = nullptr;
    QLabel* m_deadlinesTitle = nullptr;
    QTableWidget* m_deadlines = nullptr;
    QTableWidget* m_feed = nullptr;
};

} // namespace thana::ui
