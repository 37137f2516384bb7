#include "data/Omniglot.h"

#include <algorithm>
#include <map>
#include <memory>

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "common/Error.h"
#include "common/Parallel.h"
#include "data/ImageDecode.h"
#include "data/ZipArchive.h"

namespace oneshot::data {

namespace {

struct RawImage
{
    QString alphabet;
    QString folder;
    int id = 0;
    int drawer = 0;
    QString location; ///< "file.zip:entry" or a file path, for messages
    QByteArray bytes;
};

const QRegularExpression &pngNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})_([0-9]{2})\\.png$"));
    return re;
}

/// Parses ".../<Alphabet>/characterNN/<id>_<drawer>.png"; throws if a PNG sits elsewhere.
RawImage parseImagePath(const QString &relative, const QString &location)
{
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto match = parts.isEmpty() ? QRegularExpressionMatch() : pngNamePattern().match(parts.last());
    if (parts.size() < 3 || !match.hasMatch() || !parts[parts.size() - 2].startsWith(QLatin1String("character"))) {
        throw Error(QObject::tr("Unexpected file %1: Omniglot images must be named "
                                "<Alphabet>/characterNN/<id>_<drawer>.png")
                        .arg(location));
    }
    RawImage raw;
    raw.alphabet = parts[parts.size() - 3];
    raw.folder = parts[parts.size() - 2];
    raw.id = match.captured(1).toInt();
    raw.drawer = match.captured(2).toInt();
    raw.location = location;
    if (raw.id < 1 || raw.drawer < 1)
        throw Error(QObject::tr("Invalid character id or drawer in %1").arg(location));
    return raw;
}

bool isIgnorable(const QString &name)
{
    return name.endsWith(QLatin1Char('/')) || name.contains(QLatin1String("__MACOSX"))
        || name.section(QLatin1Char('/'), -1).startsWith(QLatin1Char('.'));
}

std::vector<RawImage> readZip(const QString &path)
{
    ZipArchive zip(path);
    std::vector<RawImage> raws;
    const QStringList names = zip.entryNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        if (isIgnorable(name))
            continue;
        const QString location = path + QLatin1Char(':') + name;
        if (!name.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            throw Error(QObject::tr("Unexpected entry %1: an Omniglot zip holds only PNG images").arg(location));
        RawImage raw = parseImagePath(name, location);
        raw.bytes = zip.read(i);
        raws.push_back(std::move(raw));
    }
    return raws;
}

std::vector<RawImage> readFolder(const QString &path)
{
    std::vector<RawImage> raws;
    const QDir root(path);
    QDirIterator it(path, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        RawImage raw = parseImagePath(root.relativeFilePath(file), file);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QObject::tr("Cannot read %1: %2").arg(file, f.errorString()));
        raw.bytes = f.readAll();
        raws.push_back(std::move(raw));
    }
    return raws;
}

} // namespace

QString setFileStem(OmniglotSet set)
{
    return set == OmniglotSet::Background ? QStringLiteral("images_background") : QStringLiteral("images_evaluation");
}

Omniglot Omniglot::loadSet(const QString &zipOrFolder, OmniglotSet set, int threads)
{
    const QFileInfo info(zipOrFolder);
    if (!info.exists())
        throw Error(QObject::tr("Omniglot data not found: %1").arg(zipOrFolder));
    std::vector<RawImage> raws = info.isDir() ? readFolder(zipOrFolder) : readZip(zipOrFolder);
    if (raws.empty())
        throw Error(QObject::tr("No Omniglot images in %1").arg(zipOrFolder));

    // Order by id and drawer, never by listing order.
    std::sort(raws.begin(), raws.end(),
              [](const RawImage &a, const RawImage &b) { return a.id != b.id ? a.id < b.id : a.drawer < b.drawer; });

    Omniglot o;
    o.m_store.resize(static_cast<int>(raws.size()));
    parallelFor(static_cast<int>(raws.size()), defaultThreads(threads), [&](int i) {
        const RawImage &raw = raws[i];
        const cv::Mat img = decodeImage(raw.bytes, raw.location, cv::IMREAD_GRAYSCALE);
        if (img.rows != o.m_store.side() || img.cols != o.m_store.side())
            throw Error(QObject::tr("Image %1 is %2x%3 pixels; Omniglot images are %4x%4")
                            .arg(raw.location)
                            .arg(img.cols)
                            .arg(img.rows)
                            .arg(o.m_store.side()));
        o.m_store.set(i, img);
    });

    std::map<QString, int> alphabetByName;
    for (int i = 0; i < static_cast<int>(raws.size()); ++i) {
        RawImage &raw = raws[i];
        if (o.m_characters.empty() || o.m_characters.back().id != raw.id) {
            auto [it, inserted] = alphabetByName.emplace(raw.alphabet, static_cast<int>(o.m_alphabets.size()));
            if (inserted)
                o.m_alphabets.push_back({raw.alphabet, set, {}});
            Character c;
            c.id = raw.id;
            c.alphabet = it->second;
            c.folder = raw.folder;
            c.firstImage = i;
            o.m_alphabets[c.alphabet].characters.push_back(static_cast<int>(o.m_characters.size()));
            o.m_characters.push_back(c);
        } else {
            const Character &c = o.m_characters.back();
            if (o.m_alphabets[c.alphabet].name != raw.alphabet || c.folder != raw.folder)
                throw Error(QObject::tr("Character id %1 appears in two folders: %2 and %3")
                                .arg(raw.id)
                                .arg(o.m_alphabets[c.alphabet].name + QLatin1Char('/') + c.folder, raw.location));
            if (o.m_images.back().drawer == raw.drawer)
                throw Error(QObject::tr("Duplicate drawer %1 for character %2 in %3")
                                .arg(raw.drawer)
                                .arg(raw.id)
                                .arg(raw.location));
        }
        o.m_characters.back().imageCount++;
        o.m_images.push_back({static_cast<int>(o.m_characters.size()) - 1, raw.drawer});
        raw.bytes.clear();
    }

    SetSummary s;
    s.name = set == OmniglotSet::Background ? QStringLiteral("background") : QStringLiteral("evaluation");
    s.source = zipOrFolder;
    s.alphabets = static_cast<int>(o.m_alphabets.size());
    s.characters = static_cast<int>(o.m_characters.size());
    s.images = static_cast<int>(o.m_images.size());
    s.drawersMin = s.drawersMax = o.m_characters.front().imageCount;
    for (const Character &c : o.m_characters) {
        s.drawersMin = std::min(s.drawersMin, c.imageCount);
        s.drawersMax = std::max(s.drawersMax, c.imageCount);
    }
    o.m_summaries.push_back(s);
    o.rebuildIndex();
    return o;
}

Omniglot Omniglot::load(const QString &dataDir, Sets sets, int threads)
{
    if (!QFileInfo(dataDir).isDir())
        throw Error(QObject::tr("Omniglot data folder not found: %1").arg(dataDir));
    Omniglot all;
    bool first = true;
    for (OmniglotSet set : {OmniglotSet::Background, OmniglotSet::Evaluation}) {
        const int flag = set == OmniglotSet::Background ? Background : Evaluation;
        if (!(sets & flag))
            continue;
        const QString stem = QDir(dataDir).filePath(setFileStem(set));
        QString source;
        if (QFileInfo(stem).isDir())
            source = stem;
        else if (QFileInfo(stem + QLatin1String(".zip")).isFile())
            source = stem + QLatin1String(".zip");
        else
            throw Error(QObject::tr("Neither %1.zip nor the folder %1 exists").arg(stem));
        Omniglot part = loadSet(source, set, threads);
        if (first)
            all = std::move(part);
        else
            all.merge(std::move(part));
        first = false;
    }
    return all;
}

void Omniglot::merge(Omniglot &&other)
{
    const int alphabetOffset = static_cast<int>(m_alphabets.size());
    const int characterOffset = static_cast<int>(m_characters.size());
    const int imageOffset = static_cast<int>(m_images.size());
    for (const Character &c : other.m_characters) {
        if (characterIndexById(c.id) >= 0)
            throw Error(QObject::tr("Character id %1 is in both sets").arg(c.id));
    }
    for (Alphabet a : other.m_alphabets) {
        for (int &c : a.characters)
            c += characterOffset;
        m_alphabets.push_back(std::move(a));
    }
    for (Character c : other.m_characters) {
        c.alphabet += alphabetOffset;
        c.firstImage += imageOffset;
        m_characters.push_back(c);
    }
    for (ImageInfo im : other.m_images) {
        im.character += characterOffset;
        m_images.push_back(im);
    }
    m_store.append(other.m_store);
    m_summaries.insert(m_summaries.end(), other.m_summaries.begin(), other.m_summaries.end());
    rebuildIndex();
}

void Omniglot::rebuildIndex()
{
    int maxId = 0;
    for (const Character &c : m_characters)
        maxId = std::max(maxId, c.id);
    m_characterById.assign(maxId + 1, -1);
    for (int i = 0; i < static_cast<int>(m_characters.size()); ++i)
        m_characterById[m_characters[i].id] = i;
}

int Omniglot::alphabetIndex(const QString &name) const
{
    for (int i = 0; i < static_cast<int>(m_alphabets.size()); ++i) {
        if (m_alphabets[i].name == name)
            return i;
    }
    return -1;
}

int Omniglot::characterIndexById(int id) const
{
    return id >= 0 && id < static_cast<int>(m_characterById.size()) ? m_characterById[id] : -1;
}

int Omniglot::imageIndex(int characterIndex, int drawer) const
{
    const Character &c = m_characters.at(characterIndex);
    for (int i = c.firstImage; i < c.firstImage + c.imageCount; ++i) {
        if (m_images[i].drawer == drawer)
            return i;
    }
    return -1;
}

QString Omniglot::imagePath(int imageIndex) const
{
    const ImageInfo &im = m_images.at(imageIndex);
    const Character &c = m_characters[im.character];
    return QStringLiteral("%1/%2/%3_%4.png")
        .arg(m_alphabets[c.alphabet].name, c.folder)
        .arg(c.id, 4, 10, QLatin1Char('0'))
        .arg(im.drawer, 2, 10, QLatin1Char('0'));
}

} // namespace oneshot::data
