#pragma once

#include <stdexcept>

#include <QObject>
#include <QString>

namespace oneshot {

/// The one exception type of the core. Its message names the file, entry or value at fault and
/// is meant to be shown to the user as it is, at the UI or CLI edge.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }

    QString message() const { return QString::fromStdString(what()); }
};

} // namespace oneshot
