#include "ImageConvert.h"

#include <QPainter>

namespace oneshot::ui {

QImage toQImage(const cv::Mat &grey)
{
    CV_Assert(grey.type() == CV_8UC1);
    QImage img(grey.cols, grey.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.rows; ++y)
        memcpy(img.scanLine(y), grey.ptr(y), grey.cols);
    return img;
}

cv::Mat toGreyMat(const QImage &image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat m(grey.height(), grey.width(), CV_8UC1);
    for (int y = 0; y < grey.height(); ++y)
        memcpy(m.ptr(y), grey.constScanLine(y), grey.width());
    return m;
}

} // namespace oneshot::ui
