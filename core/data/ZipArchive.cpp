#include "data/ZipArchive.h"

#include <zip.h>

#include <vector>

#include <QFileInfo>

#include "common/Error.h"

namespace oneshot::data {

ZipArchive::ZipArchive(const QString &path)
    : m_path(path)
{
    if (!QFileInfo(path).isFile())
        throw Error(QObject::tr("Zip file not found: %1").arg(path));
    int code = 0;
    // ZIP_CHECKCONS catches truncated archives whose central directory disagrees with the data.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw Error(QObject::tr("Cannot open zip file %1: %2").arg(path, reason));
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    names.reserve(static_cast<int>(n));
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        names << (name ? QString::fromUtf8(name) : QString());
    }
    return names;
}

qint64 ZipArchive::indexOf(const QString &name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS);
}

QByteArray ZipArchive::read(const QString &name) const
{
    const qint64 index = indexOf(name);
    if (index < 0)
        throw Error(QObject::tr("Entry %1 is missing from %2").arg(name, m_path));
    return read(index);
}

QString ZipArchive::entryName(qint64 index) const
{
    const char *rawName = zip_get_name(m_zip, static_cast<zip_uint64_t>(index), ZIP_FL_ENC_GUESS);
    return rawName ? QString::fromUtf8(rawName) : QString::number(index);
}

void ZipArchive::verify() const
{
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    std::vector<char> buffer(std::size_t(1) << 16);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_file_t *file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(i), 0);
        if (!file)
            throw Error(QObject::tr("Cannot open entry %1 of %2: %3")
                            .arg(entryName(i), m_path, QString::fromUtf8(zip_strerror(m_zip))));
        zip_int64_t got = 0;
        while ((got = zip_fread(file, buffer.data(), buffer.size())) > 0) { }
        // libzip checks the CRC when the entry's end is read.
        const QString reason = got < 0 ? QString::fromUtf8(zip_file_strerror(file)) : QString();
        zip_fclose(file);
        if (got < 0)
            throw Error(QObject::tr("Entry %1 of %2 is corrupt: %3").arg(entryName(i), m_path, reason));
    }
}

QByteArray ZipArchive::read(qint64 index) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    const auto i = static_cast<zip_uint64_t>(index);
    const QString name = entryName(index);
    if (zip_stat_index(m_zip, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        throw Error(QObject::tr("Cannot read entry %1 of %2").arg(name, m_path));
    if (st.size > 64u * 1024u * 1024u)
        throw Error(QObject::tr("Entry %1 of %2 is too large (%3 bytes)").arg(name, m_path).arg(st.size));
    zip_file_t *file = zip_fopen_index(m_zip, i, 0);
    if (!file)
        throw Error(
            QObject::tr("Cannot open entry %1 of %2: %3").arg(name, m_path, QString::fromUtf8(zip_strerror(m_zip))));
    QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
    const zip_int64_t got = st.size ? zip_fread(file, bytes.data(), st.size) : 0;
    const QString reason = got < 0 ? QString::fromUtf8(zip_file_strerror(file)) : QString();
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
        throw Error(QObject::tr("Entry %1 of %2 is corrupt: %3")
                        .arg(name, m_path, reason.isEmpty() ? QObject::tr("short read") : reason));
    return bytes;
}

} // namespace oneshot::data
