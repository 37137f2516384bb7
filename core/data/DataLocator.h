#pragma once

#include <QString>
#include <QStringList>

namespace oneshot::data {

/// Where the Omniglot data was found, or every place that was tried.
struct DataLocation
{
    QString folder;    ///< empty if not found
    QString how;       ///< "--data", "setting", "$ONESHOT_DATA", "app data", "source checkout"
    QStringList tried; ///< "place (how): why not" for each candidate tried
    bool found() const { return !folder.isEmpty(); }
};

/// True if the folder holds images_background(.zip) (the one set every protocol needs).
bool looksLikeOmniglotFolder(const QString &folder);

/// Looks for the data without the user typing a path, in this order: the explicit path, the
/// saved setting, $ONESHOT_DATA, the app's data folder (where the downloader puts it), the
/// system's (<install prefix>/share/oneshot-studio/omniglot, and /usr/share/oneshot-studio/omniglot),
/// and ../shared/data/omniglot beside the source checkout or above the executable.
DataLocation locateData(const QString &explicitPath = {}, const QString &savedSetting = {});

/// The folder the downloader writes to: <AppDataLocation>/omniglot.
QString defaultDownloadFolder();

/// The message shown when no data was found: every place tried and how to fix it.
QString notFoundMessage(const DataLocation &location);

} // namespace oneshot::data
