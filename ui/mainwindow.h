#pragma once

#include <QMainWindow>

class QDateTime;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace thana::sync {
struct SyncView;
}

namespace thana::ui {

struct AppContext;
class Settings;
class SyncService;

/// The station's main window: navigation on the left, one page per area.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// `sync` runs the station's synchronisation and outlives the window (the desktop
    /// app keeps one across language switches); without one the window starts its own.
    MainWindow(AppContext& context, Settings& settings, SyncService* sync = nullptr, QWidget* parent = nullptr);

    /// Shows the page at `index` of the navigation (0 Dashboard, 1 Complaints, 2 General
    /// Diary, 3 FIRs, 4 Persons, 5 Administration, 6 Registers, 7 Station records).
    void showPage(int index);

private:
    void buildMenus();
    void showSync(const sync::SyncView& view);
    QString syncText(const sync::SyncView& view) const;
    /// A time of day today, else the date and time, in the station's zone.
    QString when(const QDateTime& utc) const;

    AppContext& m_context;
    Settings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SyncService* m_sync = nullptr;
    QLabel* m_syncStatus = nullptr;
};

} // namespace thana::ui
