#include "export/FilterGrid.h"

#include <algorithm>
#include <cmath>

#include <QByteArray>

#include "data/ImageDecode.h"
#include <opencv2/imgproc.hpp>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "export/Plot.h"

namespace oneshot::exporting {

namespace {

/// Each map scaled to 0..255 (its own range, or one range symmetric about zero).
struct Cells
{
    std::vector<cv::Mat> small; ///< CV_8UC1, height x width
    float lo = 0;
    float hi = 0;
};

Cells normalise(const float *maps, int channels, int height, int width, bool perCell)
{
    Cells cells;
    const std::size_t cell = static_cast<std::size_t>(height) * width;
    if (!perCell && channels > 0) {
        const auto [lo, hi] = std::minmax_element(maps, maps + cell * channels);
        cells.hi = std::max(std::abs(*lo), std::abs(*hi));
        cells.lo = -cells.hi;
    }
    for (int c = 0; c < channels; ++c) {
        const float *m = maps + cell * c;
        float lo = cells.lo;
        float hi = cells.hi;
        if (perCell) {
            const auto [a, b] = std::minmax_element(m, m + cell);
            lo = *a;
            hi = *b;
        }
        const float range = hi - lo > 1e-12f ? hi - lo : 1.0f;
        cv::Mat small(height, width, CV_8UC1);
        for (std::size_t i = 0; i < cell; ++i)
            small.data[i] = static_cast<uchar>(std::clamp((m[i] - lo) / range * 255.0f, 0.0f, 255.0f));
        cells.small.push_back(small);
    }
    return cells;
}

QString svgText(double x, double y, const QString &text, int size, const char *anchor)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"sans-serif\" font-size=\"%3\" fill=\"#333\" "
                          "text-anchor=\"%4\">%5</text>\n")
        .arg(x)
        .arg(y)
        .arg(size)
        .arg(QLatin1String(anchor), text.toHtmlEscaped());
}

void putText(cv::Mat &img, const QString &text, int x, int y, double scale, bool centred)
{
    const std::string t = text.toStdString();
    int baseline = 0;
    const cv::Size size = cv::getTextSize(t, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &baseline);
    cv::putText(img, t, cv::Point(centred ? x - size.width / 2 : x, y), cv::FONT_HERSHEY_SIMPLEX, scale,
                cv::Scalar(51, 51, 51), 1, cv::LINE_AA);
}

/// The first input channel of each filter, [out][kernel*kernel].
std::vector<float> firstChannel(const model::FilterSnapshot &f)
{
    const std::size_t k2 = static_cast<std::size_t>(f.kernel) * f.kernel;
    std::vector<float> first(static_cast<std::size_t>(f.out) * k2);
    for (int o = 0; o < f.out; ++o)
        std::copy_n(f.weights.data() + static_cast<std::size_t>(o) * f.in * k2, k2, first.data() + o * k2);
    return first;
}

} // namespace

cv::Mat mapGrid(const float *maps, int channels, int height, int width, const GridOptions &o)
{
    const int cols = o.columns > 0 ? o.columns : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(channels))));
    const int rows = (channels + cols - 1) / cols;
    const int cw = width * o.cellScale;
    const int ch = height * o.cellScale;
    cv::Mat grid(rows * ch + (rows + 1) * o.gap, cols * cw + (cols + 1) * o.gap, CV_8UC1, cv::Scalar(40));
    const Cells cells = normalise(maps, channels, height, width, o.perCellNorm);
    for (int c = 0; c < channels; ++c) {
        cv::Mat big;
        cv::resize(cells.small[c], big, cv::Size(cw, ch), 0, 0, cv::INTER_NEAREST);
        big.copyTo(grid(cv::Rect(o.gap + (c % cols) * (cw + o.gap), o.gap + (c / cols) * (ch + o.gap), cw, ch)));
    }
    return grid;
}

cv::Mat filterGrid(const model::FilterSnapshot &f, const GridOptions &options)
{
    const std::vector<float> first = firstChannel(f);
    return mapGrid(first.data(), f.out, f.kernel, f.kernel, options);
}

GridFigure gridFigure(const float *maps, int channels, int height, int width, const FigureOptions &o)
{
    if (channels <= 0 || height <= 0 || width <= 0)
        throw Error(QObject::tr("Nothing to draw: %1 maps of %2x%3").arg(channels).arg(width).arg(height));
    const Cells cells = normalise(maps, channels, height, width, o.perCellNorm);
    const int cols = o.columns > 0 ? std::min(o.columns, channels)
                                   : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(channels))));
    const int rows = (channels + cols - 1) / cols;
    const int margin = 16;
    const int titleH = o.title.isEmpty() ? 0 : 34;
    const int barArea = o.colourBar ? 120 : 0;
    const int labelH = o.labels ? 20 : 0;
    const int gap = 8;
    const int available = std::max(64, o.width - 2 * margin - barArea);
    const int scale = o.cellScale > 0 ? o.cellScale : std::max(1, (available - (cols - 1) * gap) / (cols * width));
    const int cw = width * scale;
    const int ch = height * scale;
    const int gridW = cols * cw + (cols - 1) * gap;
    const int gridH = rows * (ch + labelH) + (rows - 1) * gap;
    const int W = margin + gridW + barArea + margin;
    const int H = margin + titleH + gridH + margin;

    GridFigure fig;
    fig.image = cv::Mat(H, W, CV_8UC3, cv::Scalar(255, 255, 255));
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\">\n<rect width=\"%1\" height=\"%2\" fill=\"white\"/>\n")
                      .arg(W)
                      .arg(H);
    if (!o.title.isEmpty()) {
        putText(fig.image, o.title, margin, margin + 22, 0.7, false);
        svg += svgText(margin, margin + 22, o.title, 20, "start");
    }
    // Small grids as squares (exact, editable); large ones as embedded images drawn pixelated.
    const bool squares = static_cast<long long>(channels) * height * width <= 40000;
    const int top = margin + titleH;
    for (int c = 0; c < channels; ++c) {
        const int x = margin + (c % cols) * (cw + gap);
        const int y = top + (c / cols) * (ch + labelH + gap);
        cv::Mat big;
        cv::resize(cells.small[c], big, cv::Size(cw, ch), 0, 0, cv::INTER_NEAREST);
        cv::Mat colour;
        cv::cvtColor(big, colour, cv::COLOR_GRAY2BGR);
        colour.copyTo(fig.image(cv::Rect(x, y, cw, ch)));
        cv::rectangle(fig.image, cv::Rect(x - 1, y - 1, cw + 2, ch + 2), cv::Scalar(190, 190, 190));
        if (squares) {
            svg += QStringLiteral("<g shape-rendering=\"crispEdges\">");
            for (int r = 0; r < height; ++r)
                for (int k = 0; k < width; ++k) {
                    const int g = cells.small[c].at<uchar>(r, k);
                    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"rgb(%4,%4,%4)\"/>")
                               .arg(x + k * scale)
                               .arg(y + r * scale)
                               .arg(scale)
                               .arg(g);
                }
            svg += QStringLiteral("</g>\n");
        } else {
            std::vector<uchar> png;
            data::encodePngImage(cells.small[c], png);
            svg += QStringLiteral("<image x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" preserveAspectRatio=\"none\" "
                                  "style=\"image-rendering:optimizeSpeed;image-rendering:pixelated\" "
                                  "href=\"data:image/png;base64,%5\"/>\n")
                       .arg(x)
                       .arg(y)
                       .arg(cw)
                       .arg(ch)
                       .arg(QString::fromLatin1(
                           QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size()))
                               .toBase64()));
        }
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" stroke=\"#bbb\"/>\n")
                   .arg(x - 0.5)
                   .arg(y - 0.5)
                   .arg(cw + 1)
                   .arg(ch + 1);
        if (o.labels) {
            putText(fig.image, QString::number(c + 1), x + cw / 2, y + ch + 15, 0.42, true);
            svg += svgText(x + cw / 2.0, y + ch + 15, QString::number(c + 1), 12, "middle");
        }
    }
    if (o.colourBar) {
        const int bx = margin + gridW + 24;
        const int bh = std::min(gridH, 300);
        for (int yy = 0; yy < bh; ++yy) {
            const int g = 255 - yy * 255 / std::max(1, bh - 1);
            cv::line(fig.image, cv::Point(bx, top + yy), cv::Point(bx + 20, top + yy), cv::Scalar(g, g, g));
        }
        cv::rectangle(fig.image, cv::Rect(bx - 1, top - 1, 22, bh + 2), cv::Scalar(120, 120, 120));
        svg += QStringLiteral(
                   "<defs><linearGradient id=\"bar\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" "
                   "stop-color=\"white\"/><stop offset=\"1\" stop-color=\"black\"/></linearGradient></defs>\n"
                   "<rect x=\"%1\" y=\"%2\" width=\"20\" height=\"%3\" fill=\"url(#bar)\" stroke=\"#777\"/>\n")
                   .arg(bx)
                   .arg(top)
                   .arg(bh);
        const QString high = o.perCellNorm ? QObject::tr("high") : tickLabel(cells.hi);
        const QString low = o.perCellNorm ? QObject::tr("low") : tickLabel(cells.lo);
        const std::pair<int, QString> ticks[] = {{top + 10, high}, {top + bh, low}};
        for (const auto &[ty, text] : ticks) {
            putText(fig.image, text, bx + 26, ty, 0.42, false);
            svg += svgText(bx + 26, ty, text, 12, "start");
        }
        if (!o.perCellNorm) {
            putText(fig.image, QStringLiteral("0"), bx + 26, top + bh / 2 + 4, 0.42, false);
            svg += svgText(bx + 26, top + bh / 2.0 + 4, QStringLiteral("0"), 12, "start");
        }
        const QString what = o.perCellNorm ? QObject::tr("each cell") : QObject::tr("all cells");
        putText(fig.image, what, bx - 2, top + bh + 18, 0.38, false);
        svg += svgText(bx - 2, top + bh + 18, what, 11, "start");
    }
    svg += QStringLiteral("</svg>\n");
    fig.svg = svg;
    return fig;
}

GridFigure filterFigure(const model::FilterSnapshot &f, const FigureOptions &options)
{
    const std::vector<float> first = firstChannel(f);
    return gridFigure(first.data(), f.out, f.kernel, f.kernel, options);
}

void writeGridFigure(const GridFigure &figure, const QString &base)
{
    std::vector<uchar> png;
    if (!data::encodePngImage(figure.image, png))
        throw Error(QObject::tr("Cannot encode %1.png").arg(base));
    writeFileAtomically(base + QLatin1String(".png"),
                        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
    writeFileAtomically(base + QLatin1String(".svg"), figure.svg.toUtf8());
}

} // namespace oneshot::exporting
