#pragma once

#include <zip.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace oneshot::test {

/// Writes a zip from (name, bytes) entries, to make malformed data sets in tests.
inline void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY2(z, "cannot create zip");
    for (const auto &[name, bytes] : entries) {
        // libzip frees the copy with the archive; an empty entry has none (libzip does not free
        // a zero-length buffer).
        char *copy = nullptr;
        if (!bytes.isEmpty()) {
            copy = static_cast<char *>(malloc(bytes.size()));
            memcpy(copy, bytes.constData(), bytes.size());
        }
        zip_source_t *src = zip_source_buffer(z, copy, bytes.size(), copy ? 1 : 0);
        QVERIFY(zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE) >= 0);
    }
    QCOMPARE(zip_close(z), 0);
}

} // namespace oneshot::test
