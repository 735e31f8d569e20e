#pragma once

#include <QWidget>

class QTableWidget;

namespace thana::ui {

struct AppContext;

/// The station's users: administrators add officers and deactivate accounts.
class AdminPage final : public QWidget {
    Q_OBJECT
public:
    explicit AdminPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    AppContext& m_context;
    QTableWidget* m_table = nullptr;
};

} // namespace thana::ui
