#include "data/Mnist.h"

#include <limits>
#include <map>

#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "common/Error.h"
#include "common/Random.h"

namespace oneshot::data {

namespace {

/// The whole file, gunzipped when its name ends in .gz.
QByteArray readMaybeGzipped(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw Error(QObject::tr("MNIST file not found: %1").arg(path));
    if (!path.endsWith(QLatin1String(".gz"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
        return f.readAll();
    }
    {
        // zlib reads a plain file under a .gz name as it is: refuse it instead.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
        const QByteArray magic = f.read(2);
        if (magic.size() != 2 || uchar(magic[0]) != 0x1f || uchar(magic[1]) != 0x8b)
            throw Error(QObject::tr("%1 is not a gzip file").arg(path));
    }
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz)
        throw Error(QObject::tr("Cannot read %1").arg(path));
    QByteArray out;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    int errnum = 0;
    const char *message = gzerror(gz, &errnum);
    const bool failed = n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END);
    const QString why = QString::fromUtf8(message);
    gzclose(gz);
    if (failed)
        throw Error(QObject::tr("%1 is not a readable gzip file: %2").arg(path, why));
    return out;
}

quint32 bigEndian(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

/// Checks an IDX header (magic, dimensions) against the file's length; returns the dimensions.
std::vector<quint32> idxHeader(const QByteArray &bytes, const QString &path, quint32 magic, int dims)
{
    const int header = 4 * (1 + dims);
    if (bytes.size() < header || bigEndian(bytes, 0) != magic)
        throw Error(QObject::tr("%1 is not an MNIST IDX file (expected magic number %2)").arg(path).arg(magic));
    std::vector<quint32> d;
    qint64 body = 1;
    for (int i = 0; i < dims; ++i) {
        d.push_back(bigEndian(bytes, 4 * (1 + i)));
        // Three 32-bit dimensions can overflow 64 bits: saturate, as no file is that long.
        const qint64 limit = std::numeric_limits<qint64>::max();
        body = d.back() != 0 && body > limit / static_cast<qint64>(d.back()) ? limit : body * d.back();
    }
    if (bytes.size() - header != body)
        throw Error(QObject::tr("%1: the header promises %2 bytes of data, the file holds %3")
                        .arg(path)
                        .arg(body)
                        .arg(bytes.size() - header));
    return d;
}

} // namespace

std::vector<int> MnistSet::countsPerDigit() const
{
    std::vector<int> counts(10, 0);
    for (int l : labels)
        counts[l]++;
    return counts;
}

MnistSet loadMnist(const QString &imagesPath, const QString &labelsPath)
{
    const QByteArray images = readMaybeGzipped(imagesPath);
    const QByteArray labels = readMaybeGzipped(labelsPath);
    const std::vector<quint32> di = idxHeader(images, imagesPath, 2051, 3);
    const std::vector<quint32> dl = idxHeader(labels, labelsPath, 2049, 1);
    if (di[0] != dl[0])
        throw Error(QObject::tr("%1 holds %2 images but %3 holds %4 labels")
                        .arg(imagesPath)
                        .arg(di[0])
                        .arg(labelsPath)
                        .arg(dl[0]));
    if (di[1] == 0 || di[2] == 0 || di[1] > 4096 || di[2] > 4096)
        throw Error(QObject::tr("%1: images of %2x%3 pixels are not digits").arg(imagesPath).arg(di[2]).arg(di[1]));
    MnistSet set;
    set.source = imagesPath;
    const int rows = static_cast<int>(di[1]);
    const int cols = static_cast<int>(di[2]);
    const auto *pixels = reinterpret_cast<const uchar *>(images.constData()) + 16;
    for (quint32 i = 0; i < di[0]; ++i) {
        const int label = static_cast<uchar>(labels[8 + static_cast<int>(i)]);
        if (label > 9)
            throw Error(QObject::tr("%1: label %2 of image %3 is not a digit").arg(labelsPath).arg(label).arg(i));
        cv::Mat digit(rows, cols, CV_8UC1, const_cast<uchar *>(pixels + static_cast<std::size_t>(i) * rows * cols));
        cv::Mat paper;
        cv::subtract(cv::Scalar(255), digit, paper); // white digit on black -> dark ink on white
        set.images.push_back(paper);
        set.labels.push_back(label);
    }
    return set;
}

MnistSet loadMnistFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList tried;
    for (const char *prefix : {"t10k", "train"}) {
        for (const char *suffix : {"", ".gz"}) {
            const QString images = dir.filePath(QStringLiteral("%1-images-idx3-ubyte%2").arg(prefix, suffix));
            const QString labels = dir.filePath(QStringLiteral("%1-labels-idx1-ubyte%2").arg(prefix, suffix));
            if (QFileInfo::exists(images) && QFileInfo::exists(labels))
                return loadMnist(images, labels);
            tried << QFileInfo(images).fileName();
        }
    }
    throw Error(QObject::tr("No MNIST files in %1 (looked for %2 and their labels)")
                    .arg(folder, tried.join(QLatin1String(", "))));
}

QString defaultMnistFolder(const QString &omniglotFolder)
{
    if (!qEnvironmentVariable("ONESHOT_MNIST").isEmpty())
        return qEnvironmentVariable("ONESHOT_MNIST");
    return QDir::cleanPath(QDir(omniglotFolder).filePath(QStringLiteral("../mnist")));
}

OneShotTaskSet sampleMnistTasks(const MnistSet &mnist, int trials, int ways, std::uint64_t seed)
{
    std::vector<std::vector<int>> byDigit(10);
    for (int i = 0; i < static_cast<int>(mnist.labels.size()); ++i)
        byDigit[mnist.labels[i]].push_back(i);
    std::vector<int> digits;
    for (int d = 0; d < 10; ++d) {
        if (byDigit[d].size() >= 2)
            digits.push_back(d);
    }
    if (ways < 2 || ways > static_cast<int>(digits.size()))
        throw Error(QObject::tr("%1-way MNIST trials need %1 digits with two or more images each; %2 has %3")
                        .arg(ways)
                        .arg(mnist.source)
                        .arg(digits.size()));
    Rng rng(deriveSeed(seed, 0x3a15));
    OneShotTaskSet set;
    set.source = QObject::tr("MNIST %1-way one-shot (%2)").arg(ways).arg(mnist.source);
    std::map<int, int> local;
    auto add = [&](int i) {
        auto [it, inserted] = local.emplace(i, static_cast<int>(set.images.size()));
        if (inserted) {
            set.images.push_back(mnist.images[i]);
            set.imageNames << QStringLiteral("mnist/%1/%2").arg(mnist.labels[i]).arg(i);
        }
        return it->second;
    };
    for (int t = 0; t < trials; ++t) {
        std::vector<int> chosen = digits;
        shuffle(chosen, rng);
        chosen.resize(ways);
        const int truthSlot = uniformInt(rng, ways);
        const auto &pool = byDigit[chosen[truthSlot]];
        const int query = pool[uniformInt(rng, static_cast<int>(pool.size()))];
        OneShotTrial trial;
        trial.query = add(query);
        for (int slot = 0; slot < ways; ++slot) {
            const auto &images = byDigit[chosen[slot]];
            int pick;
            do {
                pick = images[uniformInt(rng, static_cast<int>(images.size()))];
            } while (pick == query);
            trial.candidates.push_back(add(pick));
        }
        trial.answer = truthSlot;
        set.trials.push_back(std::move(trial));
    }
    set.runCount = 1;
    return set;
}

} // namespace oneshot::data
