#include "data/DataLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "data/Omniglot.h"

#ifndef ONESHOT_SHARED_DATA
#define ONESHOT_SHARED_DATA ""
#endif
#ifndef ONESHOT_INSTALL_DATA
#define ONESHOT_INSTALL_DATA "/usr/share/oneshot-studio/omniglot"
#endif

namespace oneshot::data {

bool looksLikeOmniglotFolder(const QString &folder)
{
    const QString stem = QDir(folder).filePath(setFileStem(OmniglotSet::Background));
    return QFileInfo(stem).isDir() || QFileInfo(stem + QLatin1String(".zip")).isFile();
}

QString defaultDownloadFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".local/share/oneshot-studio"));
    return QDir(base).filePath(QStringLiteral("omniglot"));
}

DataLocation locateData(const QString &explicitPath, const QString &savedSetting)
{
    DataLocation loc;
    auto tryPlace = [&loc](const QString &place, const QString &how) {
        if (place.isEmpty())
            return false;
        const QString abs = QFileInfo(place).absoluteFilePath();
        if (!QFileInfo(abs).isDir()) {
            loc.tried << QObject::tr("%1 (%2): no such folder").arg(abs, how);
            return false;
        }
        if (!looksLikeOmniglotFolder(abs)) {
            loc.tried << QObject::tr("%1 (%2): no images_background.zip or images_background/").arg(abs, how);
            return false;
        }
        loc.folder = abs;
        loc.how = how;
        return true;
    };

    if (!explicitPath.isEmpty()) {
        // An explicit path is the user's word: do not fall back to other places silently.
        tryPlace(explicitPath, QStringLiteral("--data"));
        return loc;
    }
    if (tryPlace(savedSetting, QStringLiteral("setting")))
        return loc;
    if (tryPlace(qEnvironmentVariable("ONESHOT_DATA"), QStringLiteral("$ONESHOT_DATA")))
        return loc;
    if (tryPlace(defaultDownloadFolder(), QStringLiteral("app data")))
        return loc;
    // Where a data package (or an administrator) puts it for every user of the machine.
    for (const QString &system :
         {QStringLiteral(ONESHOT_INSTALL_DATA), QStringLiteral("/usr/share/oneshot-studio/omniglot")}) {
        if (loc.tried.filter(system).isEmpty() && tryPlace(system, QStringLiteral("system")))
            return loc;
    }
    if (tryPlace(QStringLiteral(ONESHOT_SHARED_DATA), QStringLiteral("source checkout")))
        return loc;
    // An installed or relocated binary: walk up from the executable looking for shared/data.
    if (QCoreApplication::instance()) {
        QDir dir(QCoreApplication::applicationDirPath());
        for (int up = 0; up < 5; ++up) {
            const QString candidate = dir.filePath(QStringLiteral("../shared/data/omniglot"));
            if (QFileInfo(candidate).isDir() && tryPlace(candidate, QStringLiteral("beside the program")))
                return loc;
            if (!dir.cdUp())
                break;
        }
    }
    return loc;
}

QString notFoundMessage(const DataLocation &location)
{
    QString msg = QObject::tr("Omniglot data not found. Looked in:");
    for (const QString &t : location.tried)
        msg += QLatin1String("\n  ") + t;
    msg += QLatin1Char('\n')
        + QObject::tr("Pass --data FOLDER, set ONESHOT_DATA, or run 'oneshot download' to fetch "
                      "the official zips into %1.")
              .arg(defaultDownloadFolder());
    return msg;
}

} // namespace oneshot::data
