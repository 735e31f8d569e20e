#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace thana::ui {

struct AppContext;

/// Persons on record: search by any part of a name or a phone number, add and correct.
class PersonsPage final : public QWidget {
    Q_OBJECT
public:
    explicit PersonsPage(AppContext& context, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    void editPerson(const QString& uid);
    /// Records that the selected person is the same as another one on record.
    void mergeSelected();
    void undoMerge();

    AppContext& m_context;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace thana::ui
