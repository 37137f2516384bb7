#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct zip;

namespace oneshot::data {

/// A read-only zip file (libzip). Not thread-safe: read entries from one thread, decode elsewhere.
class ZipArchive
{
public:
    /// Opens and checks the archive; throws Error naming the file if it is missing, not a zip,
    /// truncated or inconsistent.
    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    QString path() const { return m_path; }
    /// Names of all entries, directories included (they end in '/').
    QStringList entryNames() const;
    /// The uncompressed bytes of one entry; throws Error naming the archive and entry on a CRC
    /// or decompression failure.
    QByteArray read(const QString &name) const;
    QByteArray read(qint64 index) const;
    qint64 indexOf(const QString &name) const;
    /// Reads every entry through, in chunks and of any size, so that each one's CRC is checked;
    /// throws Error naming the archive and the first corrupt entry.
    void verify() const;

private:
    QString entryName(qint64 index) const;

    QString m_path;
    zip *m_zip = nullptr;
};

} // namespace oneshot::data
