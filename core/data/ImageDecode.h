#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace oneshot::data {

/// Decodes an encoded image (PNG, JPEG, ... as OpenCV reads them) with cv::imdecode's `flags`
/// (cv::IMREAD_GRAYSCALE, cv::IMREAD_UNCHANGED). Throws Error naming `location` if the bytes
/// are not an image OpenCV can read; an OpenCV exception never escapes.
cv::Mat decodeImage(const QByteArray &bytes, const QString &location, int flags);

} // namespace oneshot::data
