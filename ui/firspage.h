#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace thana::ui {

struct AppContext;
class PagedTableModel;

/// The FIR list, newest first, filtered by number, year, section, complainant or place.
class FirsPage final : public QWidget {
    Q_OBJECT
public:
    explicit FirsPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();
    void openCurrent();
    void registerDirect();

private:
    AppContext& m_context;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_year = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel* m_model = nullptr;
};

} // namespace thana::ui
