#pragma once

#include <QStringList>

namespace thana::ctl {

/// Exit statuses of thanactl: 0 done (or a clean store), 1 the command ran and
/// failed or found problems, 2 the command line was wrong.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/// Runs one thanactl command line (arguments()[0] is the program).
int run(const QStringList& arguments);

} // namespace thana::ctl
