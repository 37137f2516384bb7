#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace oneshot::data {

/// Decodes an encoded image (PNG, JPEG, ... as OpenCV reads them) with cv::imdecode's `flags`
/// (cv::IMREAD_GRAYSCALE, cv::IMREAD_UNCHANGED). Throws Error naming `location` if the bytes
/// are not an image OpenCV can read; an OpenCV exception never escapes. A build without
/// OpenCV's imgcodecs reads PNG only (data/PngCodec.h) and says so for other formats.
cv::Mat decodeImage(const QByteArray &bytes, const QString &location, int flags);

/// Encodes a CV_8U image of 1, 3 (BGR) or 4 (BGRA) channels as PNG, through OpenCV where the
/// build has its imgcodecs. False when the image cannot be written so.
bool encodePngImage(const cv::Mat &image, std::vector<std::uint8_t> &png);

} // namespace oneshot::data
