#include "data/Preprocess.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QFile>

#include "common/Error.h"
#include "data/ImageDecode.h"

namespace oneshot::data {

namespace {

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}
quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}
quint32 le32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

} // namespace

double strokeWidth(const cv::Mat &ink)
{
    const double area = cv::countNonZero(ink);
    if (area == 0)
        return 0;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(ink.clone(), contours, cv::RETR_LIST, cv::CHAIN_APPROX_NONE);
    double perimeter = 0;
    for (const auto &c : contours)
        perimeter += cv::arcLength(c, true);
    return perimeter > 0 ? 2.0 * area / perimeter : 0;
}

bool peekImageSize(const QByteArray &encoded, qint64 &width, qint64 &height)
{
    const auto *p = reinterpret_cast<const uchar *>(encoded.constData());
    const qsizetype n = encoded.size();
    if (n >= 24 && std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) {
        width = be32(p + 16);
        height = be32(p + 20);
        return true;
    }
    if (n >= 10 && p[0] == 'G' && p[1] == 'I' && p[2] == 'F') {
        width = p[6] | (p[7] << 8);
        height = p[8] | (p[9] << 8);
        return true;
    }
    if (n >= 26 && p[0] == 'B' && p[1] == 'M') {
        // Signed in BMP (a negative height is a top-down image); widened before abs(), which
        // has no result for INT_MIN in 32 bits.
        width = std::abs(static_cast<qint64>(static_cast<qint32>(le32(p + 18))));
        height = std::abs(static_cast<qint64>(static_cast<qint32>(le32(p + 22))));
        return true;
    }
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xD8) {
        qsizetype i = 2;
        while (i + 9 < n) {
            if (p[i] != 0xFF) {
                ++i;
                continue;
            }
            const uchar marker = p[i + 1];
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                height = be16(p + i + 5);
                width = be16(p + i + 7);
                return true;
            }
            i += 2 + be16(p + i + 2);
        }
    }
    return false;
}

cv::Mat preprocessFile(const QString &path, const PreprocessOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 512LL * 1024 * 1024)
        throw Error(QObject::tr("%1 is too large (%2 MB) to be an image of a character")
                        .arg(path)
                        .arg(f.size() / (1024 * 1024)));
    return preprocessImage(f.readAll(), path, options);
}

cv::Mat preprocessImage(const QByteArray &encoded, const QString &name, const PreprocessOptions &options)
{
    if (encoded.isEmpty())
        throw Error(QObject::tr("%1 is empty").arg(name));
    qint64 w = 0;
    qint64 h = 0;
    // Each side first: a header's two 32-bit sides can overflow their product.
    if (peekImageSize(encoded, w, h) && (w > options.maxPixels || h > options.maxPixels || w * h > options.maxPixels))
        throw Error(QObject::tr("%1 is %2x%3 pixels: larger than the %4 megapixels accepted")
                        .arg(name)
                        .arg(w)
                        .arg(h)
                        .arg(options.maxPixels / 1'000'000));
    return preprocessMat(decodeImage(encoded, name, cv::IMREAD_UNCHANGED), name, options);
}

cv::Mat preprocessMat(const cv::Mat &input, const QString &name, const PreprocessOptions &options)
{
    if (static_cast<qint64>(input.cols) * input.rows > options.maxPixels)
        throw Error(QObject::tr("%1 is %2x%3 pixels: larger than the %4 megapixels accepted")
                        .arg(name)
                        .arg(input.cols)
                        .arg(input.rows)
                        .arg(options.maxPixels / 1'000'000));
    cv::Mat img = input;
    if (img.depth() != CV_8U) {
        double lo, hi;
        cv::minMaxLoc(img.reshape(1), &lo, &hi);
        img.convertTo(img, CV_8U, hi > lo ? 255.0 / (hi - lo) : 1.0, hi > lo ? -lo * 255.0 / (hi - lo) : 0);
    }

    // Grey, with transparency meaning paper: composite over white unless the alpha channel itself
    // is the drawing (opaque strokes on a transparent canvas, whatever their colour).
    cv::Mat grey;
    if (img.channels() == 4) {
        std::vector<cv::Mat> ch;
        cv::split(img, ch);
        cv::Mat alpha = ch[3];
        cv::Mat colour;
        cv::cvtColor(img, colour, cv::COLOR_BGRA2GRAY);
        const double meanAlpha = cv::mean(alpha)[0];
        if (meanAlpha < 250) {
            cv::Mat a;
            alpha.convertTo(a, CV_32F, 1.0 / 255);
            cv::Mat c;
            colour.convertTo(c, CV_32F);
            // Transparent regions are paper (white); opaque ones keep their grey.
            cv::Mat composed = c.mul(a) + (1.0 - a) * 255.0;
            composed.convertTo(grey, CV_8U);
            // White strokes on a transparent canvas would vanish; use alpha as ink then.
            if (cv::mean(colour, alpha > 0)[0] > 200)
                grey = 255 - alpha;
        } else {
            grey = colour;
        }
    } else if (img.channels() == 3) {
        cv::cvtColor(img, grey, cv::COLOR_BGR2GRAY);
    } else {
        grey = img.clone();
    }

    // Polarity from the border: paper is what surrounds the character.
    cv::Mat border;
    const int bw = std::max(1, std::min(grey.rows, grey.cols) / 20);
    cv::Mat mask = cv::Mat::ones(grey.size(), CV_8U) * 255;
    mask(cv::Rect(bw, bw, std::max(0, grey.cols - 2 * bw), std::max(0, grey.rows - 2 * bw))) = 0;
    if (grey.cols > 2 * bw && grey.rows > 2 * bw && cv::mean(grey, mask)[0] < 128)
        grey = 255 - grey;

    // Ink by Otsu's threshold, with a guard against a blank page (Otsu splits noise otherwise).
    double lo, hi;
    cv::minMaxLoc(grey, &lo, &hi);
    if (hi - lo < 40)
        throw Error(QObject::tr("%1 has no ink: the image is blank or nearly uniform").arg(name));
    cv::Mat ink;
    cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const double inkFraction = cv::countNonZero(ink) / static_cast<double>(ink.total());
    if (inkFraction > 0.6)
        throw Error(QObject::tr("%1 has no clear drawing: %2% of it is ink").arg(name).arg(qRound(inkFraction * 100)));
    const cv::Rect box = cv::boundingRect(ink);
    if (box.area() == 0)
        throw Error(QObject::tr("%1 has no ink").arg(name));

    // Scale so the strokes get Omniglot's width (the stroke scale is what the net learned), within
    // limits that keep the character on the canvas and not a speck.
    cv::Mat crop = ink(box);
    const double measured = strokeWidth(crop);
    const int extent = std::max(box.width, box.height);
    double scale = measured > 0 ? options.strokeWidth / measured : 1.0;
    const double minScale = static_cast<double>(options.minExtent) / extent;
    const double maxScale = static_cast<double>(options.maxExtent) / extent;
    scale = std::clamp(scale, minScale, maxScale);
    int nw = 0;
    int nh = 0;
    cv::Mat scaled;
    auto resizeTo = [&](double s) {
        nw = std::max(1, static_cast<int>(std::lround(box.width * s)));
        nh = std::max(1, static_cast<int>(std::lround(box.height * s)));
        if (nw == box.width && nh == box.height)
            scaled = crop.clone();
        else
            cv::resize(crop, scaled, cv::Size(nw, nh), 0, 0, s < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        cv::threshold(scaled, scaled, 96, 255, cv::THRESH_BINARY);
    };
    resizeTo(scale);
    // The width estimate depends on resolution (pixel staircases lengthen the outline), so
    // measure again at the target resolution and correct once.
    const double atTarget = strokeWidth(scaled);
    if (atTarget > 0 && std::abs(atTarget / options.strokeWidth - 1.0) > 0.08) {
        const double corrected = std::clamp(scale * options.strokeWidth / atTarget, minScale, maxScale);
        if (std::abs(corrected / scale - 1.0) > 0.02) {
            scale = corrected;
            resizeTo(scale);
        }
    }

    // Clamping can leave strokes too thin or too fat: bring them near Omniglot's pen.
    const double width = strokeWidth(scaled);
    if (width > options.strokeWidth * 1.8) {
        const int steps = std::min(8, static_cast<int>((width - options.strokeWidth) / 2.0));
        cv::Mat thinner;
        for (int i = 0; i < steps; ++i) {
            cv::erode(scaled, thinner, cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
            if (cv::countNonZero(thinner) < cv::countNonZero(scaled) / 4)
                break;
            scaled = thinner;
        }
    } else if (width > 0 && width < options.strokeWidth * 0.5) {
        cv::dilate(scaled, scaled, cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3}));
    }

    cv::Mat canvas = cv::Mat::zeros(options.side, options.side, CV_8U);
    const int x = (options.side - nw) / 2;
    const int y = (options.side - nh) / 2;
    scaled.copyTo(canvas(cv::Rect(x, y, nw, nh)));
    return 255 - canvas;
}

} // namespace oneshot::data
