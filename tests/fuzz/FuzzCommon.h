#pragma once

// Shared by the fuzz targets: a scratch folder, files made from the input bytes, and the one
// rule every target checks: a parser given outside bytes either returns or throws
// oneshot::Error (a message for the user). Anything else escaping (another exception, a crash,
// a sanitizer report, a hang) is a finding.

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>

#include "common/Error.h"
#include "data/ZipArchive.h"

namespace oneshot::fuzz {

/// The input as bytes, without copying.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// One scratch folder per process (in /dev/shm where it exists, so files cost no disk writes).
inline QString scratch()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/oneshot-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/oneshot-fuzz-XXXXXX"));
    return dir.path();
}

/// Writes `bytes` to scratch()/name (replacing what was there) and returns the path.
inline QString writeScratch(const QString &name, const QByteArray &bytes)
{
    const QString path = scratch() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("fuzz: cannot write %s", qPrintable(path));
    return path;
}

/// An empty folder scratch()/name.
inline QString freshFolder(const QString &name)
{
    QDir dir(scratch() + QLatin1Char('/') + name);
    dir.removeRecursively();
    if (!dir.mkpath(QStringLiteral(".")))
        qFatal("fuzz: cannot make %s", qPrintable(dir.path()));
    return dir.path();
}

/// Unpacks a zip into `folder` to feed the folder loaders the same trees the zips hold. Entries
/// that would land outside the folder, and more than `maxEntries`, are skipped; this is the
/// harness's own unpacking, not the program's, so a bad zip simply yields fewer files.
inline void unpackInto(const QString &zipPath, const QString &folder, int maxEntries = 400)
{
    try {
        data::ZipArchive zip(zipPath);
        const QStringList names = zip.entryNames();
        for (int i = 0; i < names.size() && i < maxEntries; ++i) {
            const QString &name = names[i];
            if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1String(".."))
                || name.contains(QLatin1Char('\\')))
                continue;
            const QString target = folder + QLatin1Char('/') + name;
            if (name.endsWith(QLatin1Char('/'))) {
                QDir().mkpath(target);
                continue;
            }
            const QByteArray bytes = zip.read(i);
            QDir().mkpath(QFileInfo(target).path());
            QFile f(target);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
    } catch (const Error &) {
    }
}

/// A core application for the parts that need one (translations, the network access manager).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "oneshot-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace oneshot::fuzz
