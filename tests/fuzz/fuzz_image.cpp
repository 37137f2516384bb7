// A dropped or pasted file of any format: the board's and `oneshot score`'s preprocessing.

#include "FuzzCommon.h"
#include "data/Preprocess.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace oneshot;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    qint64 width = 0, height = 0;
    data::peekImageSize(bytes, width, height);
    try {
        // A smaller pixel limit than the program's keeps each input fast; the limit's own check
        // is what is exercised.
        data::PreprocessOptions options;
        options.maxPixels = 4'000'000;
        const cv::Mat image = data::preprocessImage(bytes, QStringLiteral("fuzz input"), options);
        if (image.rows != options.side || image.cols != options.side || image.type() != CV_8UC1)
            qFatal("preprocessImage returned %dx%d of type %d", image.cols, image.rows, image.type());
    } catch (const Error &) {
    }
    return 0;
}
