#include "data/CharacterFolder.h"

#include <algorithm>
#include <map>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "data/ImageDecode.h"

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "data/ZipArchive.h"

namespace oneshot::data {

namespace {

bool hidden(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &p) {
        return p.startsWith(QLatin1Char('.')) || p == QLatin1String("__MACOSX") || p == QLatin1String("Thumbs.db");
    });
}

/// The tree of a folder or zip: files (relative paths) and folders (relative, no trailing '/').
struct Tree
{
    QStringList files;
    QStringList folders;
    std::unique_ptr<ZipArchive> zip;
    QString root;

    QByteArray read(const QString &relative) const
    {
        if (zip)
            return zip->read(relative);
        QFile f(QDir(root).filePath(relative));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QObject::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        if (f.size() > 512LL * 1024 * 1024)
            throw Error(QObject::tr("%1 is too large (%2 MB) to be an image of a character")
                            .arg(f.fileName())
                            .arg(f.size() / (1024 * 1024)));
        return f.readAll();
    }
    QString location(const QString &relative) const
    {
        return zip ? QStringLiteral("%1 (in %2)").arg(relative, root) : QDir(root).filePath(relative);
    }
};

Tree readTree(const QString &path)
{
    Tree tree;
    tree.root = path;
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(QObject::tr("Character folder not found: %1").arg(path));
    if (info.isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        const QDir base(path);
        while (it.hasNext()) {
            const QString full = it.next();
            const QString relative = base.relativeFilePath(full);
            if (hidden(relative))
                continue;
            (it.fileInfo().isDir() ? tree.folders : tree.files) << relative;
        }
    } else {
        tree.zip = std::make_unique<ZipArchive>(path);
        for (const QString &name : tree.zip->entryNames()) {
            if (name.isEmpty() || hidden(name))
                continue;
            if (name.endsWith(QLatin1Char('/')))
                tree.folders << name.chopped(1);
            else
                tree.files << name;
        }
        // Folders that only appear in their files' paths.
        for (const QString &f : std::as_const(tree.files))
            for (qsizetype s = f.indexOf(QLatin1Char('/')); s > 0; s = f.indexOf(QLatin1Char('/'), s + 1))
                tree.folders << f.left(s);
        tree.folders.removeDuplicates();
    }
    tree.files.sort();
    tree.folders.sort();
    return tree;
}

/// "a/b/c.png" -> "a"; "c.png" -> "".
QString topFolder(const QString &relative)
{
    const qsizetype slash = relative.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relative.left(slash);
}

} // namespace

std::vector<int> CharacterFolder::countsPerCharacter() const
{
    std::vector<int> counts(static_cast<std::size_t>(characters.size()), 0);
    for (int label : labels)
        if (label >= 0)
            ++counts[static_cast<std::size_t>(label)];
    return counts;
}

void CharacterFolder::keepShots(int k)
{
    std::vector<int> seen(static_cast<std::size_t>(characters.size()), 0);
    CharacterFolder kept;
    kept.source = source;
    kept.characters = characters;
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (labels[i] >= 0 && seen[static_cast<std::size_t>(labels[i])]++ >= k)
            continue;
        kept.images.push_back(images[i]);
        kept.labels.push_back(labels[i]);
        kept.imageNames << imageNames[static_cast<qsizetype>(i)];
    }
    *this = std::move(kept);
}

CharacterFolder loadCharacterFolder(const QString &folderOrZip, const CharacterFolderOptions &options)
{
    Tree tree = readTree(folderOrZip);
    // A zip of one folder that holds the characters: read from inside it.
    QString prefix;
    if (tree.zip && !tree.files.isEmpty()) {
        const QString top = topFolder(tree.files.first());
        const bool allInside = !top.isEmpty()
            && std::all_of(tree.files.begin(), tree.files.end(),
                           [&](const QString &f) { return topFolder(f) == top && f.count(QLatin1Char('/')) >= 2; });
        if (allInside)
            prefix = top + QLatin1Char('/');
    }
    CharacterFolder set;
    set.source = folderOrZip;
    for (const QString &folder : std::as_const(tree.folders)) {
        if (!folder.startsWith(prefix) || folder.size() <= prefix.size())
            continue;
        const QString name = topFolder(folder.mid(prefix.size()) + QLatin1Char('/'));
        if (!set.characters.contains(name))
            set.characters << name;
    }
    set.characters.sort();
    std::map<QString, int> index;
    for (int i = 0; i < set.characters.size(); ++i)
        index.emplace(set.characters[i], i);

    for (const QString &file : std::as_const(tree.files)) {
        const QString relative = file.mid(prefix.size());
        const QString character = topFolder(relative);
        if (character.isEmpty() && !options.allowUnlabelled)
            throw Error(QObject::tr("%1 is not in a character's folder (one subfolder per character is expected)")
                            .arg(tree.location(file)));
        // preprocessImage names the file in its message when it is no image, inkless or huge.
        set.images.push_back(preprocessImage(tree.read(file), tree.location(file), options.preprocess));
        set.labels.push_back(character.isEmpty() ? -1 : index.at(character));
        set.imageNames << relative;
    }
    const std::vector<int> counts = set.countsPerCharacter();
    for (int c = 0; c < set.characters.size(); ++c)
        if (counts[static_cast<std::size_t>(c)] == 0)
            throw Error(
                QObject::tr("The character folder %1 holds no images").arg(tree.location(prefix + set.characters[c])));
    if (set.characters.size() < options.minCharacters)
        throw Error(QObject::tr("%1 holds %2 character folders; at least %3 are needed to choose between")
                        .arg(folderOrZip)
                        .arg(set.characters.size())
                        .arg(options.minCharacters));
    if (set.images.empty())
        throw Error(QObject::tr("%1 holds no images").arg(folderOrZip));
    return set;
}

QString addDrawing(const QString &folder, const QString &character, const cv::Mat &image)
{
    const QString name = character.trimmed();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.contains(QLatin1Char('/'))
        || name.contains(QLatin1Char('\\')) || name == QLatin1String("__MACOSX"))
        throw Error(QObject::tr("'%1' cannot be a character's folder name: give a name without slashes that does not "
                                "start with a dot")
                        .arg(character));
    if (image.empty() || image.type() != CV_8UC1)
        throw Error(QObject::tr("There is no drawing to save"));
    const QDir dir(QDir(folder).filePath(name));
    if (!QDir().mkpath(dir.path()))
        throw Error(QObject::tr("Cannot make the folder %1").arg(dir.path()));
    int n = 1;
    while (dir.exists(QStringLiteral("drawn-%1.png").arg(n)))
        ++n;
    const QString path = dir.filePath(QStringLiteral("drawn-%1.png").arg(n));
    std::vector<uchar> png;
    data::encodePngImage(image, png);
    writeFileAtomically(path,
                        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
    return path;
}

QStringList characterSubfolders(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString &n) { return n == QLatin1String("__MACOSX"); });
    return names;
}

} // namespace oneshot::data
