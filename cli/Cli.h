#pragma once

#include <QStringList>

namespace oneshot::cli {

/// Runs the `oneshot` command line with the given arguments (argv[0] first) and returns the
/// exit code: 0 success, 1 a failure reported on stderr, 2 a usage error. Needs a
/// QCoreApplication.
int run(const QStringList &arguments);

} // namespace oneshot::cli
