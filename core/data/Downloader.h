#pragma once

#include <functional>

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "data/Omniglot.h"

namespace oneshot::data {

/// One file to fetch and what it must be.
struct DownloadSpec
{
    QUrl url;
    QString fileName;  ///< e.g. images_background.zip
    qint64 size = -1;  ///< expected bytes, -1 to skip the check
    QByteArray md5Hex; ///< expected md5, empty to skip the check
    OmniglotSet set = OmniglotSet::Background;
    int characters = 0; ///< expected characters in the zip (content check), 0 to skip
    int images = 0;     ///< expected images, 0 to skip
};

/// The official zips (DESIGN.md section 2) with their sizes, checksums and counts.
DownloadSpec officialSpec(OmniglotSet set);

/// Progress: bytes received, bytes total (-1 if unknown). Return false to cancel.
using DownloadProgress = std::function<bool(qint64 received, qint64 total)>;

/// Downloads one file into `folder`: to a temporary file, then checks size, md5 and content (the
/// zip opens and holds the expected characters and images), then renames atomically. A failed
/// or cancelled download leaves nothing behind. Runs its own event loop; call from any thread
/// that has none running. Throws Error naming the address or file at fault.
void downloadFile(const DownloadSpec &spec, const QString &folder, const DownloadProgress &progress = {},
                  int timeoutSeconds = 600);

} // namespace oneshot::data
