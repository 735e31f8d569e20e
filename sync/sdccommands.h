#pragma once

#include <QStringList>

namespace thana::sync {

/// Runs one thana-sdc command line (arguments()[0] is the program): the state's CA
/// (create, issue, revoke), serving, and the operator's tools. Exit statuses as
/// thanactl: 0 done, 1 failed, 2 wrong command line. `serve` runs the event loop.
int runSdc(const QStringList& arguments);

} // namespace thana::sync
