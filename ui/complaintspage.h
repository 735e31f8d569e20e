#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace thana::ui {

struct AppContext;
class PagedTableModel;

/// Complaints and petitions: receive at the desk, then register an FIR, send for
/// enquiry, record a non-cognizable report, or close with a reason.
class ComplaintsPage final : public QWidget {
    Q_OBJECT
public:
    explicit ComplaintsPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();
    void receiveComplaint();
    void registerFir();
    void recordAction();

Q_SIGNALS:
    void firRegistered();

private:
    QString currentUid() const;

    AppContext& m_context;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_action = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    PagedTableModel* m_model = nullptr;
};

} // namespace thana::ui
