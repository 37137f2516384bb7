#include "data/Downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "common/Error.h"

namespace oneshot::data {

DownloadSpec officialSpec(OmniglotSet set)
{
    DownloadSpec s;
    s.set = set;
    if (set == OmniglotSet::Background) {
        s.url = QUrl(QStringLiteral("https://github.com/brendenlake/omniglot/raw/master/python/images_background.zip"));
        s.fileName = QStringLiteral("images_background.zip");
        s.size = 9464212;
        s.md5Hex = "68d2efa1b9178cc56df9314c21c6e718";
        s.characters = 964;
        s.images = 19280;
    } else {
        s.url = QUrl(QStringLiteral("https://github.com/brendenlake/omniglot/raw/master/python/images_evaluation.zip"));
        s.fileName = QStringLiteral("images_evaluation.zip");
        s.size = 6462886;
        s.md5Hex = "6b91aef0f799c5bb55b94e3f2daec811";
        s.characters = 659;
        s.images = 13180;
    }
    return s;
}

void downloadFile(const DownloadSpec &spec, const QString &folder, const DownloadProgress &progress, int timeoutSeconds)
{
    if (!QDir().mkpath(folder))
        throw Error(QObject::tr("Cannot create folder %1").arg(folder));
    const QString finalPath = QDir(folder).filePath(spec.fileName);
    const QString partPath = finalPath + QLatin1String(".part");
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QObject::tr("Cannot write %1: %2").arg(partPath, part.errorString()));

    QNetworkAccessManager manager;
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = manager.get(request);
    QCryptographicHash md5(QCryptographicHash::Md5);
    qint64 received = 0;
    bool cancelled = false;
    QString writeError;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    // The timer restarts on every chunk: it limits silence, not the whole transfer.
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        timeout.start(timeoutSeconds * 1000);
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        md5.addData(chunk);
        if (part.write(chunk) != chunk.size()) {
            writeError = part.errorString();
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 got, qint64 total) {
        if (progress && !progress(got, total > 0 ? total : spec.size)) {
            cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutSeconds * 1000);
    loop.exec();

    const QByteArray rest = reply->readAll();
    received += rest.size();
    md5.addData(rest);
    part.write(rest);
    part.close();
    const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString netError = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
    reply->deleteLater();

    auto fail = [&](const QString &why) {
        QFile::remove(partPath);
        throw Error(why);
    };
    if (cancelled)
        fail(QObject::tr("Download of %1 cancelled").arg(spec.url.toString()));
    if (!writeError.isEmpty())
        fail(QObject::tr("Cannot write %1: %2").arg(partPath, writeError));
    if (status >= 400)
        fail(QObject::tr("Download of %1 failed: HTTP status %2").arg(spec.url.toString()).arg(status));
    if (!netError.isEmpty())
        fail(QObject::tr("Download of %1 failed: %2").arg(spec.url.toString(), netError));
    if (spec.size >= 0 && received != spec.size)
        fail(QObject::tr("%1 has %2 bytes, expected %3 (truncated or changed download)")
                 .arg(spec.url.toString())
                 .arg(received)
                 .arg(spec.size));
    if (!spec.md5Hex.isEmpty() && md5.result().toHex() != spec.md5Hex.toLower())
        fail(
            QObject::tr("%1 has md5 %2, expected %3")
                .arg(spec.url.toString(), QString::fromLatin1(md5.result().toHex()), QString::fromLatin1(spec.md5Hex)));
    if (spec.characters > 0 || spec.images > 0) {
        try {
            const Omniglot o = Omniglot::loadSet(partPath, spec.set, 0);
            const SetSummary &s = o.summaries().front();
            if ((spec.characters > 0 && s.characters != spec.characters)
                || (spec.images > 0 && s.images != spec.images))
                fail(QObject::tr("%1 holds %2 characters and %3 images, expected %4 and %5")
                         .arg(spec.url.toString())
                         .arg(s.characters)
                         .arg(s.images)
                         .arg(spec.characters)
                         .arg(spec.images));
        } catch (const Error &e) {
            QFile::remove(partPath);
            throw Error(QObject::tr("Downloaded file from %1 is not a valid Omniglot zip: %2")
                            .arg(spec.url.toString(), e.message()));
        }
    }
    QFile::remove(finalPath);
    if (!QFile::rename(partPath, finalPath))
        fail(QObject::tr("Cannot rename %1 to %2").arg(partPath, finalPath));
}

} // namespace oneshot::data
