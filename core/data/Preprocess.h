#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace oneshot::data {

/// The median stroke width of the Omniglot background set, measured as in strokeWidth() on
/// every fifth image (p10 4.71, p90 5.23: Omniglot's pen is very uniform).
inline constexpr double kOmniglotStrokeWidth = 4.94;

struct PreprocessOptions
{
    int side = 105;
    /// Bounds for the longer side of the ink box after scaling to Omniglot's stroke width.
    int minExtent = 30;
    int maxExtent = 90;
    /// Images with more pixels than this are refused before they are decoded.
    qint64 maxPixels = 50'000'000;
    /// Stroke width the result should have, as 2 * ink area / outline length; see
    /// kOmniglotStrokeWidth.
    double strokeWidth = kOmniglotStrokeWidth;
};

/// Turns any image OpenCV reads (any size, colour or grey, dark ink on light or light on dark,
/// with or without alpha) into an Omniglot-like CV_8U image: black ink on white, cropped to the
/// ink, aspect kept, centred and scaled so the stroke scale is close to Omniglot's.
/// `name` is only used in messages. Throws Error for undecodable, empty, inkless or huge images.
cv::Mat preprocessImage(const QByteArray &encoded, const QString &name, const PreprocessOptions &options = {});
cv::Mat preprocessFile(const QString &path, const PreprocessOptions &options = {});
/// The same for an already decoded image (CV_8UC1/3/4).
cv::Mat preprocessMat(const cv::Mat &image, const QString &name, const PreprocessOptions &options = {});

/// Stroke width of a binary ink mask (ink 255): 2 * area / outline length, which is w for a long
/// stroke of width w.
double strokeWidth(const cv::Mat &inkMask);

/// Reads width and height from a PNG, JPEG, BMP or GIF header without decoding; false if unknown.
bool peekImageSize(const QByteArray &encoded, qint64 &width, qint64 &height);

} // namespace oneshot::data
