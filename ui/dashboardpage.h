#pragma once

#include <QWidget>

class QLabel;

namespace thana::ui {

struct AppContext;

/// The morning view: today's and this year's figures at a glance.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    AppContext& m_context;
    QLabel* m_figures = nullptr;
};

} // namespace thana::ui
