#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace thana::ui {

struct AppContext;
class PagedTableModel;

/// The General Diary, newest entry first.
class GdPage final : public QWidget {
    Q_OBJECT
public:
    explicit GdPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    AppContext& m_context;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel* m_model = nullptr;
};

} // namespace thana::ui
