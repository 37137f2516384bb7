#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <QString>

#include <opencv2/core.hpp>

namespace oneshot::data {

/// PNG read and written with zlib alone, for a build without OpenCV's imgcodecs (a GPU server
/// that lacks its libraries). It reads what the PNG standard allows: every colour type and bit
/// depth, palettes with transparency, and Adam7 interlacing; it checks each chunk's CRC.
///
/// The result follows cv::imdecode's `flags`: cv::IMREAD_GRAYSCALE gives CV_8UC1,
/// cv::IMREAD_COLOR CV_8UC3 (BGR), cv::IMREAD_UNCHANGED the file's own channels (grey, BGR, or
/// BGRA where the file has alpha or a transparent palette) and depth (CV_16U for 16-bit files).
/// Returns an empty Mat and says why in `why` when the bytes are not a PNG this can read.
cv::Mat decodePng(const std::uint8_t *data, std::size_t size, int flags, QString *why = nullptr);

/// True when the bytes start with PNG's signature.
bool isPng(const std::uint8_t *data, std::size_t size);

/// Encodes a CV_8U image of 1, 3 (BGR) or 4 (BGRA) channels as PNG. False for other types.
bool encodePng(const cv::Mat &image, std::vector<std::uint8_t> &png);

} // namespace oneshot::data
