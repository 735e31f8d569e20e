#pragma once

#include "core/station.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;

namespace thana::core {
class Clock;
class Database;
} // namespace thana::core

namespace thana::ui {

/// The first run of a new store: the administrator creates the station, their own
/// account and the station house officer's.
class FirstRunWizard final : public QWizard {
    Q_OBJECT
public:
    FirstRunWizard(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

protected:
    bool validateCurrentPage() override;

private:
    bool save();
    core::Station stationFromFields() const;

    core::Database& m_db;
    QLineEdit* m_stateCode = nullptr;
    QLineEdit* m_stateName = nullptr;
    QLineEdit* m_districtCode = nullptr;
    QLineEdit* m_districtName = nullptr;
    QLineEdit* m_stationCode = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLineEdit* m_nameLocal = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_stationErrors = nullptr;
    QLineEdit* m_adminUser = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminPassword = nullptr;
    QLineEdit* m_adminPassword2 = nullptr;
    QLabel* m_adminErrors = nullptr;
    QLineEdit* m_shoUser = nullptr;
    QLineEdit* m_shoName = nullptr;
    QLineEdit* m_shoRank = nullptr;
    QLineEdit* m_shoPassword = nullptr;
    QLabel* m_shoErrors = nullptr;
};

} // namespace thana::ui
