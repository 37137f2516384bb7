#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace oneshot::ui {

/// A deep copy of a CV_8UC1 image as a QImage (Format_Grayscale8).
QImage toQImage(const cv::Mat &grey);
/// A QImage as CV_8UC1 grey (alpha composited over white).
cv::Mat toGreyMat(const QImage &image);

} // namespace oneshot::ui
