#include "export/Plot.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "data/ImageDecode.h"
#include <opencv2/imgproc.hpp>

#include "common/AtomicFile.h"
#include "common/Error.h"

namespace oneshot::exporting {

namespace {

const char *const kPalette[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"};

cv::Scalar bgr(const QString &hex)
{
    const uint v = hex.mid(1).toUInt(nullptr, 16);
    return cv::Scalar(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff);
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

enum class Anchor { Start, Middle, End };

/// The few drawing operations a chart needs, on two backends.
class Canvas
{
public:
    virtual ~Canvas() = default;
    virtual void line(double x1, double y1, double x2, double y2, const QString &color, double width,
                      bool dashed = false)
        = 0;
    virtual void dot(double x, double y, double r, const QString &color) = 0;
    virtual void rect(double x, double y, double w, double h, const QString &fill) = 0;
    virtual void text(double x, double y, const QString &s, double size, Anchor anchor, const QString &color,
                      bool vertical = false)
        = 0;
};

class SvgCanvas : public Canvas
{
public:
    SvgCanvas(int w, int h)
    {
        m_out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 "
                               "%2\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
                               "<rect width=\"%1\" height=\"%2\" fill=\"white\"/>\n")
                    .arg(w)
                    .arg(h);
    }
    void line(double x1, double y1, double x2, double y2, const QString &color, double width, bool dashed) override
    {
        m_out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>\n")
                     .arg(x1, 0, 'f', 1)
                     .arg(y1, 0, 'f', 1)
                     .arg(x2, 0, 'f', 1)
                     .arg(y2, 0, 'f', 1)
                     .arg(color)
                     .arg(width)
                     .arg(dashed ? QStringLiteral(" stroke-dasharray=\"6 4\"") : QString());
    }
    void dot(double x, double y, double r, const QString &color) override
    {
        m_out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>\n")
                     .arg(x, 0, 'f', 1)
                     .arg(y, 0, 'f', 1)
                     .arg(r)
                     .arg(color);
    }
    void rect(double x, double y, double w, double h, const QString &fill) override
    {
        m_out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                     .arg(x, 0, 'f', 1)
                     .arg(y, 0, 'f', 1)
                     .arg(w, 0, 'f', 1)
                     .arg(h, 0, 'f', 1)
                     .arg(fill);
    }
    void text(double x, double y, const QString &s, double size, Anchor anchor, const QString &color,
              bool vertical) override
    {
        const char *a = anchor == Anchor::Start ? "start" : anchor == Anchor::Middle ? "middle" : "end";
        m_out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\"%6>%7</text>\n")
                     .arg(x, 0, 'f', 1)
                     .arg(y, 0, 'f', 1)
                     .arg(size)
                     .arg(QLatin1String(a), color)
                     .arg(vertical
                              ? QStringLiteral(" transform=\"rotate(-90 %1 %2)\"").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1)
                              : QString())
                     .arg(escaped(s));
    }
    QString finish() { return m_out + QStringLiteral("</svg>\n"); }

private:
    QString m_out;
};

class ImageCanvas : public Canvas
{
public:
    ImageCanvas(int w, int h)
        : m_image(h, w, CV_8UC3, cv::Scalar(255, 255, 255))
    {
    }
    void line(double x1, double y1, double x2, double y2, const QString &color, double width, bool dashed) override
    {
        const cv::Point2d a(x1, y1), b(x2, y2);
        const double length = cv::norm(b - a);
        const int thickness = std::max(1, static_cast<int>(std::lround(width)));
        if (!dashed || length < 1) {
            cv::line(m_image, a, b, bgr(color), thickness, cv::LINE_AA);
            return;
        }
        for (double t = 0; t < length; t += 10) {
            const double e = std::min(length, t + 6);
            cv::line(m_image, a + (b - a) * (t / length), a + (b - a) * (e / length), bgr(color), thickness,
                     cv::LINE_AA);
        }
    }
    void dot(double x, double y, double r, const QString &color) override
    {
        cv::circle(m_image, cv::Point2d(x, y), static_cast<int>(std::lround(r)), bgr(color), cv::FILLED, cv::LINE_AA);
    }
    void rect(double x, double y, double w, double h, const QString &fill) override
    {
        cv::rectangle(m_image, cv::Rect2d(x, y, w, h), bgr(fill), cv::FILLED);
    }
    void text(double x, double y, const QString &s, double size, Anchor anchor, const QString &color,
              bool vertical) override
    {
        // Hershey fonts are ASCII only; the SVG carries the exact text.
        const std::string t = s.toLatin1().toStdString();
        const double scale = size / 28.0;
        int base = 0;
        const cv::Size extent = cv::getTextSize(t, cv::FONT_HERSHEY_SIMPLEX, scale, 1, &base);
        const double shift = anchor == Anchor::Start ? 0 : anchor == Anchor::Middle ? extent.width / 2.0 : extent.width;
        if (!vertical) {
            cv::putText(m_image, t, cv::Point2d(x - shift, y), cv::FONT_HERSHEY_SIMPLEX, scale, bgr(color), 1,
                        cv::LINE_AA);
            return;
        }
        cv::Mat label(extent.height + base + 2, extent.width + 2, CV_8UC3, cv::Scalar(255, 255, 255));
        cv::putText(label, t, cv::Point(1, extent.height + 1), cv::FONT_HERSHEY_SIMPLEX, scale, bgr(color), 1,
                    cv::LINE_AA);
        cv::rotate(label, label, cv::ROTATE_90_COUNTERCLOCKWISE);
        const int left = static_cast<int>(x - label.cols + base);
        const int top = static_cast<int>(y - (label.rows - (anchor == Anchor::Middle ? label.rows / 2 : 0)));
        const cv::Rect target
            = cv::Rect(left, top, label.cols, label.rows) & cv::Rect(0, 0, m_image.cols, m_image.rows);
        if (target.area() > 0)
            label(cv::Rect(target.x - left, target.y - top, target.width, target.height)).copyTo(m_image(target));
    }
    cv::Mat image() const { return m_image; }

private:
    cv::Mat m_image;
};

/// Maps data to pixels inside the plot area.
struct Frame
{
    double left, top, right, bottom;
    double x0, x1, y0, y1;
    bool logX;
    double px(double x) const
    {
        const double t
            = logX ? (std::log10(x) - std::log10(x0)) / (std::log10(x1) - std::log10(x0)) : (x - x0) / (x1 - x0);
        return left + t * (right - left);
    }
    double py(double y) const { return bottom - (y - y0) / (y1 - y0) * (bottom - top); }
};

/// The room a legend entry takes: its line, a space, and its name (OpenCV's Hershey font, the
/// wider of the two renderers, runs to about 8 px a character at size 12).
double legendEntryWidth(const QString &name)
{
    return 40 + 8.0 * static_cast<double>(name.size());
}

/// The legend in rows above the plot; returns the height it took.
double drawLegend(Canvas &c, const std::vector<std::pair<QString, std::pair<QString, bool>>> &entries, double left,
                  double y, double maxRight)
{
    double x = left;
    double rows = entries.empty() ? 0 : 1;
    for (const auto &[name, style] : entries) {
        const double w = legendEntryWidth(name);
        if (x + w > maxRight && x > left) {
            x = left;
            y += 18;
            ++rows;
        }
        c.line(x, y - 4, x + 22, y - 4, style.first, 2.5, style.second);
        c.text(x + 27, y, name, 12, Anchor::Start, QStringLiteral("#333333"));
        x += w;
    }
    return rows * 18;
}

/// How many legend rows the series need at this width.
int legendRows(const std::vector<PlotSeries> &series, double width)
{
    double x = 0;
    int rows = series.empty() ? 0 : 1;
    for (const PlotSeries &s : series) {
        const double w = legendEntryWidth(s.name);
        if (x + w > width && x > 0) {
            x = 0;
            ++rows;
        }
        x += w;
    }
    return rows;
}

void drawLines(Canvas &c, const Plot &plot, int w, int h)
{
    double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
    double y0 = x0, y1 = x1;
    for (const PlotSeries &s : plot.series) {
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.y[i]) || (plot.logX && s.x[i] <= 0))
                continue;
            x0 = std::min(x0, s.x[i]);
            x1 = std::max(x1, s.x[i]);
            y0 = std::min(y0, s.y[i]);
            y1 = std::max(y1, s.y[i]);
        }
    }
    if (x0 > x1) {
        x0 = plot.logX ? 1 : 0;
        x1 = plot.logX ? 10 : 1;
        y0 = 0;
        y1 = 1;
    }
    if (plot.yRange) {
        y0 = plot.yRange->first;
        y1 = plot.yRange->second;
    }
    std::vector<double> xt;
    if (plot.logX) {
        x0 /= 1.4;
        x1 *= 1.4;
        for (double d = std::pow(10, std::floor(std::log10(x0))); d <= x1; d *= 10) {
            for (double m : {1.0, 2.0, 5.0}) {
                if (d * m >= x0 && d * m <= x1)
                    xt.push_back(d * m);
            }
        }
    } else {
        if (x1 == x0)
            x1 = x0 + 1;
        xt = niceTicks(x0, x1);
        x0 = std::min(x0, xt.front());
        x1 = std::max(x1, xt.back());
    }
    if (y1 == y0) {
        // A flat curve (a constant learning rate): a band around it, in its own scale.
        const double pad = y0 != 0 ? std::abs(y0) * 0.5 : 0.5;
        y0 = y0 >= 0 && y0 - pad < 0 ? 0 : y0 - pad;
        y1 += pad;
    }
    const std::vector<double> yt = niceTicks(y0, y1);
    if (!plot.yRange) {
        y0 = std::min(y0, yt.front());
        y1 = std::max(y1, yt.back());
    }
    const double legendHeight = 18.0 * legendRows(plot.series, w - 10 - 72);
    const Frame f{72, 44 + legendHeight, w - 24.0, h - 56.0, x0, x1, y0, y1, plot.logX};
    const QString grid = QStringLiteral("#e6e6e6"), ink = QStringLiteral("#333333");
    for (double t : yt) {
        if (t < y0 - 1e-12 || t > y1 + 1e-12)
            continue;
        c.line(f.left, f.py(t), f.right, f.py(t), grid, 1);
        c.text(f.left - 6, f.py(t) + 4, tickLabel(t), 11, Anchor::End, ink);
    }
    for (double t : xt) {
        c.line(f.px(t), f.top, f.px(t), f.bottom, grid, 1);
        c.text(f.px(t), f.bottom + 16, tickLabel(t), 11, Anchor::Middle, ink);
    }
    c.line(f.left, f.bottom, f.right, f.bottom, ink, 1);
    c.line(f.left, f.top, f.left, f.bottom, ink, 1);
    c.text((f.left + f.right) / 2, h - 14, plot.xLabel, 12, Anchor::Middle, ink);
    c.text(20, (f.top + f.bottom) / 2, plot.yLabel, 12, Anchor::Middle, ink, true);
    std::vector<std::pair<QString, std::pair<QString, bool>>> legend;
    for (std::size_t k = 0; k < plot.series.size(); ++k) {
        const PlotSeries &s = plot.series[k];
        const QString color = QString::fromLatin1(kPalette[k % 8]);
        legend.push_back({s.name, {color, s.dashed}});
        double px = 0, py = 0;
        bool have = false;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.y[i]) || (plot.logX && s.x[i] <= 0))
                continue;
            const double x = f.px(s.x[i]), y = f.py(std::clamp(s.y[i], y0, y1));
            if (have && s.lines)
                c.line(px, py, x, y, color, 2, s.dashed);
            if (s.markers)
                c.dot(x, y, 3.5, color);
            px = x;
            py = y;
            have = true;
        }
    }
    drawLegend(c, legend, f.left, 48, w - 10);
}

void drawBars(Canvas &c, const Plot &plot, int w, int h)
{
    const QString ink = QStringLiteral("#333333");
    const double left = 330, right = w - 60.0, top = 50, bottom = h - 40.0;
    const double lo = plot.yRange ? plot.yRange->first : 0;
    const double hi = plot.yRange ? plot.yRange->second : 1;
    const std::vector<double> ticks = niceTicks(lo, hi);
    const auto px = [&](double v) { return left + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (right - left); };
    for (double t : ticks) {
        c.line(px(t), top, px(t), bottom, QStringLiteral("#e6e6e6"), 1);
        c.text(px(t), bottom + 16, tickLabel(t), 11, Anchor::Middle, ink);
    }
    const double rowHeight = (bottom - top) / std::max<std::size_t>(1, plot.bars.size());
    for (std::size_t i = 0; i < plot.bars.size(); ++i) {
        const PlotBar &b = plot.bars[i];
        const double y = top + i * rowHeight;
        const double barHeight = std::min(22.0, rowHeight * 0.7);
        c.rect(left, y + (rowHeight - barHeight) / 2, px(b.value) - left, barHeight,
               b.cited ? QStringLiteral("#bdbdbd") : QString::fromLatin1(kPalette[0]));
        const QString label = b.label.size() > 48 ? b.label.left(46) + QStringLiteral("...") : b.label;
        c.text(left - 8, y + rowHeight / 2 + 4, label, 12, Anchor::End, ink);
        c.text(px(b.value) + 6, y + rowHeight / 2 + 4, tickLabel(std::round(b.value * 1000) / 1000), 11, Anchor::Start,
               ink);
    }
    c.line(left, top, left, bottom, ink, 1);
    c.text((left + right) / 2, h - 10, plot.xLabel, 12, Anchor::Middle, ink);
}

void draw(Canvas &c, const Plot &plot, int w, int h)
{
    c.text(w / 2.0, 24, plot.title, 15, Anchor::Middle, QStringLiteral("#111111"));
    if (!plot.bars.empty())
        drawBars(c, plot, w, h);
    else
        drawLines(c, plot, w, h);
}

} // namespace

std::vector<double> niceTicks(double lo, double hi, int count)
{
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return {lo};
    const double raw = (hi - lo) / std::max(1, count);
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    std::vector<double> ticks;
    for (double t = std::floor(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    if (ticks.back() < hi - step * 1e-9)
        ticks.push_back(ticks.back() + step);
    return ticks;
}

QString tickLabel(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    const double a = std::abs(v);
    if (a >= 1000 && a == std::floor(a)) {
        if (std::fmod(a, 1e6) == 0)
            return QString::number(v / 1e6) + QLatin1Char('M');
        if (std::fmod(a, 1000) == 0)
            return QString::number(v / 1000) + QLatin1Char('k');
        if (std::fmod(a, 100) == 0)
            return QString::number(v / 1000, 'f', 1) + QLatin1Char('k');
    }
    if (a < 1e-2) {
        // As few mantissa digits as tell the ticks apart: 5e-4, 9.5e-4.
        QString s;
        for (int digits = 0; digits <= 4; ++digits) {
            s = QString::number(v, 'e', digits);
            if (std::abs(s.toDouble() - v) <= 1e-6 * a)
                break;
        }
        s.replace(QLatin1String("e-0"), QLatin1String("e-"));
        return s;
    }
    return QString::number(v, 'g', 4);
}

namespace {

/// The heatmap's geometry: cells of one size after a margin for the labels.
struct HeatmapLayout
{
    double cell, left, top;
    int width, height;
};

HeatmapLayout layoutOf(const Heatmap &map)
{
    const auto n = static_cast<double>(std::max<qsizetype>({map.rows.size(), map.columns.size(), 1}));
    HeatmapLayout l;
    l.cell = std::clamp(640.0 / n, 10.0, 44.0);
    l.left = 150;
    l.top = 150;
    l.width = static_cast<int>(l.left + l.cell * static_cast<double>(map.columns.size()) + 30);
    l.height = static_cast<int>(l.top + l.cell * static_cast<double>(map.rows.size()) + 30);
    return l;
}

/// White for 0, deep blue for a whole row.
QString shade(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    auto mix = [t](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * t)); };
    return QStringLiteral("#%1%2%3")
        .arg(mix(255, 8), 2, 16, QLatin1Char('0'))
        .arg(mix(255, 69), 2, 16, QLatin1Char('0'))
        .arg(mix(255, 148), 2, 16, QLatin1Char('0'));
}

void drawHeatmap(Canvas &c, const Heatmap &map)
{
    const HeatmapLayout l = layoutOf(map);
    c.text(l.width / 2.0, 24, map.title, 16, Anchor::Middle, QStringLiteral("#222222"));
    c.text(l.left + l.cell * static_cast<double>(map.columns.size()) / 2, 44, map.columnTitle, 12, Anchor::Middle,
           QStringLiteral("#444444"));
    c.text(16, l.top + l.cell * static_cast<double>(map.rows.size()) / 2, map.rowTitle, 12, Anchor::Middle,
           QStringLiteral("#444444"), true);
    const double labelSize = std::min(12.0, l.cell * 0.8);
    for (qsizetype j = 0; j < map.columns.size(); ++j)
        c.text(l.left + (static_cast<double>(j) + 0.7) * l.cell, l.top - 6, map.columns[j], labelSize, Anchor::Start,
               QStringLiteral("#222222"), true);
    for (qsizetype i = 0; i < map.rows.size(); ++i) {
        const double y = l.top + static_cast<double>(i) * l.cell;
        c.text(l.left - 6, y + l.cell * 0.7, map.rows[i], labelSize, Anchor::End, QStringLiteral("#222222"));
        const auto &row = map.values[static_cast<std::size_t>(i)];
        double total = 0;
        for (double v : row)
            total += v;
        for (std::size_t j = 0; j < row.size(); ++j) {
            const double share = total > 0 ? row[j] / total : 0;
            const double x = l.left + static_cast<double>(j) * l.cell;
            c.rect(x, y, l.cell, l.cell, shade(share));
            if (l.cell >= 18 && row[j] != 0)
                c.text(x + l.cell / 2, y + l.cell * 0.65, tickLabel(row[j]), std::min(12.0, l.cell * 0.45),
                       Anchor::Middle, share > 0.5 ? QStringLiteral("#ffffff") : QStringLiteral("#222222"));
        }
    }
    // The grid over the cells.
    for (qsizetype i = 0; i <= map.rows.size(); ++i)
        c.line(l.left, l.top + static_cast<double>(i) * l.cell,
               l.left + l.cell * static_cast<double>(map.columns.size()), l.top + static_cast<double>(i) * l.cell,
               QStringLiteral("#dddddd"), 1);
    for (qsizetype j = 0; j <= map.columns.size(); ++j)
        c.line(l.left + static_cast<double>(j) * l.cell, l.top, l.left + static_cast<double>(j) * l.cell,
               l.top + l.cell * static_cast<double>(map.rows.size()), QStringLiteral("#dddddd"), 1);
}

void writeSvgAndPng(const QString &base, const QString &svg, const cv::Mat &image)
{
    writeFileAtomically(base + QLatin1String(".svg"), svg.toUtf8());
    std::vector<uchar> png;
    if (!data::encodePngImage(image, png))
        throw Error(QObject::tr("Cannot encode %1.png").arg(base));
    writeFileAtomically(base + QLatin1String(".png"),
                        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
}

} // namespace

QString heatmapSvg(const Heatmap &map)
{
    const HeatmapLayout l = layoutOf(map);
    SvgCanvas c(l.width, l.height);
    drawHeatmap(c, map);
    return c.finish();
}

cv::Mat heatmapImage(const Heatmap &map)
{
    const HeatmapLayout l = layoutOf(map);
    ImageCanvas c(l.width, l.height);
    drawHeatmap(c, map);
    return c.image();
}

void writeHeatmap(const Heatmap &map, const QString &base)
{
    writeSvgAndPng(base, heatmapSvg(map), heatmapImage(map));
}

QString plotSvg(const Plot &plot, int width, int height)
{
    SvgCanvas c(width, height);
    draw(c, plot, width, height);
    return c.finish();
}

cv::Mat plotImage(const Plot &plot, int width, int height)
{
    ImageCanvas c(width, height);
    draw(c, plot, width, height);
    return c.image();
}

void writePlot(const Plot &plot, const QString &base, int width, int height)
{
    writeSvgAndPng(base, plotSvg(plot, width, height), plotImage(plot, width, height));
}

} // namespace oneshot::exporting
