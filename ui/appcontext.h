#pragma once

#include "core/station.h"
#include "core/user.h"

namespace thana::core {
class Clock;
class Database;
} // namespace thana::core

namespace thana::ui {

/// What every screen works with: the open store, the clock, the station and the
/// officer logged in. Owned by the application; pages hold a reference.
struct AppContext {
    core::Database& db;
    const core::Clock& clock;
    core::Station station;
    core::User user;
};

} // namespace thana::ui
