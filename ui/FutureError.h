#pragma once

#include <exception>

#include <QFuture>
#include <QString>
#include <QUnhandledException>

#include "common/Error.h"

namespace oneshot::ui {

/// The message of the exception a finished future holds, or an empty string if it holds none.
template<typename T>
QString futureError(const QFuture<T> &future)
{
    try {
        QFuture<T> f = future;
        f.waitForFinished();
        if (f.resultCount() > 0)
            f.result();
    } catch (const QUnhandledException &e) {
        try {
            if (e.exception())
                std::rethrow_exception(e.exception());
        } catch (const Error &err) {
            return err.message();
        } catch (const std::exception &err) {
            return QString::fromUtf8(err.what()).section(QLatin1Char('\n'), 0, 0);
        }
        return QObject::tr("Unknown error");
    } catch (const std::exception &err) {
        return QString::fromUtf8(err.what()).section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

} // namespace oneshot::ui
