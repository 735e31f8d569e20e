#pragma once

#include "core/section.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace thana::core {
class Database;
}

namespace thana::ui {

/// Finds a section by its number ("303", "BNS 303", "ipc 379") or by words of its
/// title or text ("theft motor"), among the acts in force on the day of the occurrence.
class SectionPicker final : public QDialog {
    Q_OBJECT
public:
    SectionPicker(core::Database& db, const QDate& occurrenceDay, QWidget* parent = nullptr);
    QList<core::Section> chosen() const { return m_chosen; }

private:
    void search();
    void showText();
    void choose();

    core::Database& m_db;
    QDate m_day;
    QList<core::Section> m_results;
    QList<core::Section> m_chosen;
    QLineEdit* m_query = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace thana::ui
