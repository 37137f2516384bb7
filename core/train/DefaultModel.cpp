#include "train/DefaultModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#ifndef ONESHOT_INSTALL_MODELS
#define ONESHOT_INSTALL_MODELS "/usr/share/oneshot-studio/models"
#endif
#ifndef ONESHOT_SOURCE_MODELS
#define ONESHOT_SOURCE_MODELS ""
#endif

namespace oneshot::train {

QStringList defaultModelPlaces()
{
    QStringList places;
    const QString env = qEnvironmentVariable("ONESHOT_MODEL");
    if (!env.isEmpty())
        places << env;
    places << QDir(QStringLiteral(ONESHOT_INSTALL_MODELS)).filePath(QStringLiteral("default.pt"))
           << QStringLiteral("/usr/share/oneshot-studio/models/default.pt");
    if (QCoreApplication::instance())
        places << QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("../share/oneshot-studio/models/default.pt"));
    if (!QStringLiteral(ONESHOT_SOURCE_MODELS).isEmpty())
        places << QDir(QStringLiteral(ONESHOT_SOURCE_MODELS)).filePath(QStringLiteral("default.pt"));
    places.removeDuplicates();
    return places;
}

QString defaultModelPath()
{
    for (const QString &p : defaultModelPlaces()) {
        if (QFileInfo(p).isFile())
            return QFileInfo(p).absoluteFilePath();
    }
    return {};
}

QJsonObject modelProvenance(const QString &modelPath)
{
    const QFileInfo info(modelPath);
    QFile f(info.dir().filePath(info.completeBaseName() + QLatin1String(".json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace oneshot::train
