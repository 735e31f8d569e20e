#pragma once

#include "core/person.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidgetItem;
class QListWidget;
class QRadioButton;

namespace thana::ui {

struct AppContext;
class PersonEditor;

/// Chooses a person already on record (searched by any part of a name, in English or
/// Devanagari, or a phone number) or enters a new one.
class PersonPicker final : public QWidget {
    Q_OBJECT
public:
    explicit PersonPicker(AppContext& context, QWidget* parent = nullptr);

    /// The chosen person's uid, when an existing person is chosen.
    QString existingUid() const;
    /// The new person's particulars, when a new person is entered.
    std::optional<core::Person> newPerson() const;
    PersonEditor* editor() const { return m_editor; }
    void setNewPerson(const core::Person& p);
    /// Chooses a person already on record, shown by `name`.
    void setExistingPerson(const QString& uid, const QString& name);

private:
    void search();
    /// Offers persons already on record who may be the one being entered.
    void offerDuplicates();
    void useOffered(QListWidgetItem* item);

    AppContext& m_context;
    QRadioButton* m_useNew = nullptr;
    QRadioButton* m_useExisting = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_duplicatesTitle = nullptr;
    QListWidget* m_duplicates = nullptr;
    PersonEditor* m_editor = nullptr;
};

} // namespace thana::ui
