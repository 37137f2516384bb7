#include "data/ImageDecode.h"

#include <opencv2/imgcodecs.hpp>

#include "common/Error.h"

namespace oneshot::data {

cv::Mat decodeImage(const QByteArray &bytes, const QString &location, int flags)
{
    cv::Mat img;
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
    return img;
}

} // namespace oneshot::data
