#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include "common/Error.h"

namespace oneshot {

/// Writes a whole file atomically (QSaveFile: a temporary file, then a rename).
inline void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(QObject::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

inline void writeJsonAtomically(const QString &path, const QJsonObject &json)
{
    writeFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace oneshot
