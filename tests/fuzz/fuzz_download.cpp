// The download's checks (size, md5, the zip's content) on whatever a server sends: a broken
// download is refused with a message and leaves nothing behind; one that passes is in place.
// The bytes are served through a file: address, so no network is involved.

#include <QUrl>

#include "FuzzCommon.h"
#include "data/Downloader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    oneshot::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QString served = fuzz::writeScratch(QStringLiteral("served.zip"), fuzz::bytesOf(data, size));
    const QString folder = fuzz::freshFolder(QStringLiteral("download"));
    data::DownloadSpec spec;
    spec.url = QUrl::fromLocalFile(served);
    spec.fileName = QStringLiteral("images_background.zip");
    spec.set = data::OmniglotSet::Background;
    // The content check: any zip holding 2 characters and 4 images passes (the seeds do).
    spec.characters = 2;
    spec.images = 4;
    bool passed = false;
    try {
        data::downloadFile(spec, folder, {}, 30);
        passed = true;
    } catch (const Error &) {
    }
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    if (passed ? left != QStringList{spec.fileName} : !left.isEmpty())
        qFatal("download %s but left %s", passed ? "passed" : "failed", qPrintable(left.join(QLatin1String(", "))));
    return 0;
}
