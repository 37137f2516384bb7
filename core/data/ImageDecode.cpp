#include "data/ImageDecode.h"

#ifdef ONESHOT_WITH_IMGCODECS
#include <opencv2/imgcodecs.hpp>
#endif

#include "common/Error.h"
#include "data/PngCodec.h"

namespace oneshot::data {

cv::Mat decodeImage(const QByteArray &bytes, const QString &location, int flags)
{
    cv::Mat img;
#ifdef ONESHOT_WITH_IMGCODECS
    if (!bytes.isEmpty()) {
        const cv::Mat buf(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        try {
            img = cv::imdecode(buf, flags);
        } catch (const cv::Exception &) {
            img.release();
        }
    }
    if (img.empty())
        throw Error(QObject::tr("%1 is not an image that can be read (PNG, JPEG, BMP, TIFF, WebP...)").arg(location));
#else
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const auto size = static_cast<std::size_t>(bytes.size());
    if (!isPng(data, size))
        throw Error(QObject::tr("%1 is not a PNG image: this build reads PNG only (it was built without OpenCV's "
                                "image codecs)")
                        .arg(location));
    QString why;
    img = decodePng(data, size, flags, &why);
    if (img.empty())
        throw Error(QObject::tr("%1 is not an image that can be read: %2").arg(location, why));
#endif
    return img;
}

bool encodePngImage(const cv::Mat &image, std::vector<std::uint8_t> &png)
{
#ifdef ONESHOT_WITH_IMGCODECS
    try {
        return cv::imencode(".png", image, png);
    } catch (const cv::Exception &) {
        return false;
    }
#else
    return encodePng(image, png);
#endif
}

} // namespace oneshot::data
