#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace thana::ui {

struct AppContext;
class Settings;

/// The station's main window: navigation on the left, one page per area.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppContext& context, Settings& settings, QWidget* parent = nullptr);

    /// Shows the page at `index` of the navigation (0 Dashboard, 1 Complaints, 2 General
    /// Diary, 3 FIRs, 4 Persons, 5 Administration).
    void showPage(int index);

private:
    void buildMenus();

    AppContext& m_context;
    Settings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace thana::ui
