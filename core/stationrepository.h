#pragma once

#include "core/result.h"
#include "core/station.h"

#include <QCoreApplication>

#include <optional>

namespace thana::core {

class Database;

class StationRepository final {
    Q_DECLARE_TR_FUNCTIONS(StationRepository)
public:
    explicit StationRepository(Database& db) : m_db(db) { }

    std::optional<Station> station() const;
    /// Creates the store's one station. Refused when a station already exists.
    Result<Station> create(Station station, const QString& actorUid = {});
    static QList<Violation> validate(const Station& station);

private:
    Database& m_db;
};

} // namespace thana::core
