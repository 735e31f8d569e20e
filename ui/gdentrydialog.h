#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace thana::ui {

struct AppContext;

/// Writes a General Diary entry, or a correction of an earlier one. Entries are
/// stamped with the time they are written and are never edited afterwards.
class GdEntryDialog final : public QDialog {
    Q_OBJECT
public:
    /// `correctsUid` names the entry being corrected, or is empty for a new entry.
    GdEntryDialog(AppContext& context, const QString& correctsUid, QWidget* parent = nullptr);

private:
    void save();

    AppContext& m_context;
    QString m_correctsUid;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace thana::ui
