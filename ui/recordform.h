#pragma once

#include "core/result.h"
#include "ui/formhelpers.h"

#include <QDialog>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;

namespace thana::ui {

/// A small form for one of the station's records: labelled fields (each label with its
/// Alt key), Ctrl+S to save, and every refusal shown beside its field. The dialog stays
/// open with everything typed when the save is refused.
class RecordForm final : public QDialog {
    Q_OBJECT
public:
    /// What saving does: nothing on success, else the refusal to show.
    using Save = std::function<std::optional<core::Error>()>;

    RecordForm(const QString& title, const QString& objectName, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecordForm)

    /// Adds `field` under `label` (give it an "&" for its Alt key), with a line for the
    /// refusals core reports under each of `names`.
    template<typename W>
    W* add(const QString& label, W* field, const QString& objectName, const QStringList& names = {})
    {
        addField(label, field, objectName, names);
        return field;
    }
    /// Adds a line for refusals under `name` below `field`, already added.
    void attachErrors(QWidget* field, const QString& name);
    /// Makes the Alt key of `field`'s label reach `buddy`, a part of it.
    void setBuddy(QWidget* field, QWidget* buddy);
    QWidget* body() const { return m_body; }
    void setSave(Save save) { m_save = std::move(save); }
    /// Shows `error` beside its fields, or below the form for what concerns no field.
    void showError(const core::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addField(const QString& label, QWidget* field, const QString& objectName, const QStringList& names);
    void save();

    QWidget* m_body = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
    Save m_save;
    bool m_focused = false;
    bool m_enterMoves = false;
};

} // namespace thana::ui
