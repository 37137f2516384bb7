#pragma once

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QString>
#include <QtTest>

#ifndef ONESHOT_SHARED_DATA
#error "ONESHOT_SHARED_DATA must point at ../shared/data/omniglot"
#endif

namespace oneshot::test {

/// The shared Omniglot copy beside the checkout; tests read the real files from there.
/// Milliseconds scaled for a slow (sanitized) build: times ONESHOT_TEST_TIME_SCALE, which CMake
/// sets from ONESHOT_TEST_TIMEOUT_SCALE (1 by default).
inline int scaledMs(int ms)
{
    return ms * std::max(1, qEnvironmentVariableIntValue("ONESHOT_TEST_TIME_SCALE"));
}

inline QString dataDir()
{
    return QStringLiteral(ONESHOT_SHARED_DATA);
}

inline QString dataFile(const QString &name)
{
    return QDir(dataDir()).filePath(name);
}

/// The one fuzzy comparison of the test suite: |a - b| <= absTol + relTol * |b|.
inline bool fuzzyEqual(double a, double b, double absTol, double relTol = 0.0)
{
    return std::abs(a - b) <= absTol + relTol * std::abs(b);
}

} // namespace oneshot::test

#define ONESHOT_FUZZY_COMPARE(actual, expected, absTol) \
    do { \
        const double a_ = (actual); \
        const double e_ = (expected); \
        if (!oneshot::test::fuzzyEqual(a_, e_, (absTol))) \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 within %4") \
                                 .arg(QStringLiteral(#actual)) \
                                 .arg(a_, 0, 'g', 10) \
                                 .arg(e_, 0, 'g', 10) \
                                 .arg(double(absTol)))); \
    } while (false)
