// MNIST's IDX files, plain or gzipped, as `reproduce mnist` reads them. The input holds both
// files: a 2-byte length of the images file, the images file, then the labels file.

#include "FuzzCommon.h"
#include "data/Mnist.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    oneshot::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    if (size < 2)
        return 0;
    const std::size_t split = std::min<std::size_t>(size - 2, (std::size_t(data[0]) << 8) | data[1]);
    const QByteArray images = fuzz::bytesOf(data + 2, split);
    const QByteArray labels = fuzz::bytesOf(data + 2 + split, size - 2 - split);
    auto name = [](const char *stem, const QByteArray &bytes) -> QString {
        const bool gzipped = bytes.startsWith("\x1f\x8b");
        return QString::fromLatin1(stem) + (gzipped ? QStringLiteral(".gz") : QString());
    };
    const QString imagesPath = fuzz::writeScratch(name("t10k-images-idx3-ubyte", images), images);
    const QString labelsPath = fuzz::writeScratch(name("t10k-labels-idx1-ubyte", labels), labels);
    try {
        const data::MnistSet set = data::loadMnist(imagesPath, labelsPath);
        if (set.images.size() != set.labels.size())
            qFatal("%zu images but %zu labels", set.images.size(), set.labels.size());
        for (int label : set.labels)
            if (label < 0 || label > 9)
                qFatal("label %d", label);
        if (!set.images.empty())
            data::sampleMnistTasks(set, 4, 10, 1);
    } catch (const Error &) {
    }
    QFile::remove(imagesPath);
    QFile::remove(labelsPath);
    return 0;
}
