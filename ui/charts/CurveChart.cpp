#include "charts/CurveChart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace oneshot::ui {

namespace {

/// When a chart last redrew its curves, shared by all charts: their timers start together and tick
/// in the same pass of the event loop, so a page of three charts shown at once redrew all three
/// and then painted them in one pause (68 ms in a 30-minute soak, on showing the Train page).
QElapsedTimer g_lastRefresh;
constexpr int kRefreshSpacingMs = 40; ///< at most one chart's redraw per tick of this length

} // namespace

CurveChart::CurveChart(const QString &title, const QString &yLabel, QWidget *parent)
    : QWidget(parent)
    , m_yLabel(yLabel)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_xCombo = new QComboBox(this);
    m_xCombo->addItems({tr("Step"), tr("Epoch"), tr("Time (s)")});
    m_xCombo->setToolTip(tr("What the x axis shows"));
    connect(m_xCombo, &QComboBox::currentIndexChanged, this, [this](int i) { setXAxis(static_cast<XAxis>(i)); });
    m_smoothLabel = new QLabel(this);
    m_smoothSlider = new QSlider(Qt::Horizontal, this);
    m_smoothSlider->setRange(0, 99);
    m_smoothSlider->setValue(60);
    m_smoothSlider->setMaximumWidth(140);
    m_smoothSlider->setToolTip(tr("Smoothing: TensorBoard's debiased exponential moving average"));
    connect(m_smoothSlider, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    m_logBox = new QCheckBox(tr("Log scale"), this);
    connect(m_logBox, &QCheckBox::toggled, this, &CurveChart::setLogScale);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the chart as PNG or SVG, or its data as CSV"));
    connect(exportButton, &QToolButton::clicked, this, &CurveChart::exportDialog);
    bar->addWidget(new QLabel(tr("x:"), this));
    bar->addWidget(m_xCombo);
    bar->addSpacing(8);
    bar->addWidget(m_smoothLabel);
    bar->addWidget(m_smoothSlider);
    bar->addWidget(m_logBox);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    m_smoothLabel->setVisible(false);
    m_smoothSlider->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls = new QWidget(this);
    m_controls->setLayout(bar);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);

    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    rebuildAxes();
    setSmoothing(0.6);

    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A chart on a page not shown waits; once shown, a tick redraws it, one chart per tick
        // (the others wait for the next), not all of a page's at once when it appears.
        if (!m_dirty || !isVisible())
            return;
        if (g_lastRefresh.isValid() && g_lastRefresh.elapsed() < kRefreshSpacingMs)
            return;
        refresh();
        g_lastRefresh.start();
    });
    m_timer->start();
}

void CurveChart::setLegendVisible(bool visible)
{
    m_chart->legend()->setVisible(visible);
}

void CurveChart::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

int CurveChart::addCurve(const QString &name, const QColor &color, bool smoothed, bool markers)
{
    Curve c;
    c.name = name;
    c.color = color;
    c.smoothed = smoothed;
    if (smoothed) {
        c.raw = new QLineSeries;
        QColor faint = color;
        faint.setAlpha(60);
        c.raw->setPen(QPen(faint, 1.0));
        m_chart->addSeries(c.raw);
        c.raw->attachAxis(m_x);
        c.raw->attachAxis(m_y);
        m_chart->legend()->markers(c.raw).front()->setVisible(false);
        m_smoothLabel->setVisible(true);
        m_smoothSlider->setVisible(true);
    }
    c.line = new QLineSeries;
    c.line->setName(name);
    c.line->setPen(QPen(color, 2.0));
    c.line->setPointsVisible(markers);
    m_chart->addSeries(c.line);
    c.line->attachAxis(m_x);
    c.line->attachAxis(m_y);
    m_curves.push_back(c);
    return static_cast<int>(m_curves.size()) - 1;
}

void CurveChart::append(int curve, const CurvePoint &point)
{
    m_curves[curve].points.push_back(point);
    m_dirty = true;
}

void CurveChart::setCurve(int curve, const std::vector<CurvePoint> &points)
{
    m_curves[curve].points = points;
    m_dirty = true;
}

void CurveChart::clear()
{
    for (Curve &c : m_curves)
        c.points.clear();
    m_dirty = true;
    refresh();
}

void CurveChart::setXAxis(XAxis axis)
{
    m_xAxis = axis;
    if (m_xCombo->currentIndex() != static_cast<int>(axis))
        m_xCombo->setCurrentIndex(static_cast<int>(axis));
    m_x->setTitleText(axis == XAxis::Step ? tr("step") : axis == XAxis::Epoch ? tr("epoch") : tr("wall time (s)"));
    m_dirty = true;
}

void CurveChart::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.99);
    m_smoothLabel->setText(tr("Smoothing %1").arg(m_smoothing, 0, 'f', 2));
    if (m_smoothSlider->value() != qRound(m_smoothing * 100))
        m_smoothSlider->setValue(qRound(m_smoothing * 100));
    m_dirty = true;
}

void CurveChart::setLogScale(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    m_logBox->setChecked(on);
    rebuildAxes();
    m_dirty = true;
    refresh();
}

void CurveChart::setYRange(double lo, double hi)
{
    m_fixedRange = true;
    m_lo = lo;
    m_hi = hi;
    m_dirty = true;
}

void CurveChart::rebuildAxes()
{
    if (m_y) {
        for (Curve &c : m_curves) {
            if (c.raw)
                c.raw->detachAxis(m_y);
            c.line->detachAxis(m_y);
        }
        m_chart->removeAxis(m_y);
        delete m_y;
    }
    if (m_log) {
        auto *axis = new QLogValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        m_y = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.3g"));
        m_y = axis;
    }
    m_y->setTitleText(m_yLabel);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (Curve &c : m_curves) {
        if (c.raw)
            c.raw->attachAxis(m_y);
        c.line->attachAxis(m_y);
    }
}

double CurveChart::xOf(const CurvePoint &p) const
{
    return m_xAxis == XAxis::Step ? p.step : m_xAxis == XAxis::Epoch ? p.epoch : p.seconds;
}

std::vector<double> CurveChart::smooth(const std::vector<double> &values, double weight)
{
    std::vector<double> out;
    out.reserve(values.size());
    double last = 0;
    int n = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            out.push_back(v);
            continue;
        }
        last = last * weight + (1 - weight) * v;
        ++n;
        const double debias = weight == 1.0 ? 1.0 : 1.0 - std::pow(weight, n);
        out.push_back(last / debias);
    }
    return out;
}

QList<QPointF> CurveChart::thin(const QList<QPointF> &points, int columns, bool extremes)
{
    columns = std::max(columns, 1);
    if (points.size() <= 2 * columns)
        return points;
    // The x range from all points: a curve out of order (a resumed run's steps) is thinned where it
    // is in order and drawn whole where it is not.
    const auto [lowest, highest] = std::minmax_element(
        points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    const double x0 = lowest->x();
    const double span = highest->x() - x0;
    if (!(span > 0))
        return points;
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    out.append(points.front());
    qsizetype i = 1;
    const qsizetype last = points.size() - 1;
    while (i < last) {
        const int column = std::min(columns - 1, static_cast<int>((points[i].x() - x0) / span * columns));
        qsizetype lo = i;
        qsizetype hi = i;
        qsizetype end = i;
        for (; end < last; ++end) {
            if (std::min(columns - 1, static_cast<int>((points[end].x() - x0) / span * columns)) != column)
                break;
            if (points[end].y() < points[lo].y())
                lo = end;
            if (points[end].y() > points[hi].y())
                hi = end;
        }
        if (extremes) {
            out.append(points[std::min(lo, hi)]);
            if (lo != hi)
                out.append(points[std::max(lo, hi)]);
        } else {
            out.append(points[end - 1]);
        }
        i = end;
    }
    out.append(points.back());
    return out;
}

void CurveChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true; // thinned for the old width
}

void CurveChart::refresh()
{
    m_dirty = false;
    double xmin = std::numeric_limits<double>::max();
    double xmax = std::numeric_limits<double>::lowest();
    double ymin = std::numeric_limits<double>::max();
    double ymax = std::numeric_limits<double>::lowest();
    for (Curve &c : m_curves) {
        std::vector<double> values;
        values.reserve(c.points.size());
        for (const CurvePoint &p : c.points)
            values.push_back(p.value);
        const std::vector<double> shown = c.smoothed ? smooth(values, m_smoothing) : values;
        QList<QPointF> raw;
        QList<QPointF> line;
        for (std::size_t i = 0; i < c.points.size(); ++i) {
            const double x = xOf(c.points[i]);
            if (!std::isfinite(values[i]) || (m_log && values[i] <= 0))
                continue;
            raw.append(QPointF(x, values[i]));
            line.append(QPointF(x, shown[i]));
            xmin = std::min(xmin, x);
            xmax = std::max(xmax, x);
            ymin = std::min(ymin, values[i]);
            ymax = std::max(ymax, values[i]);
        }
        // About one point per two pixels of the plot (its width before the first layout: the view's).
        const double width = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width();
        const int columns = std::max(50, static_cast<int>(width / 2));
        if (c.raw)
            c.raw->replace(thin(raw, columns, true));
        c.line->replace(thin(line, columns, !c.smoothed));
        // A curve with nothing to show (a loss term that is off) takes no room in the legend.
        const auto markers = m_chart->legend()->markers(c.line);
        if (!markers.isEmpty())
            markers.front()->setVisible(!line.isEmpty());
    }
    if (xmin > xmax) {
        xmin = 0;
        xmax = 1;
        ymin = m_log ? 1e-3 : 0;
        ymax = 1;
    }
    if (xmax == xmin)
        xmax = xmin + 1;
    m_x->setRange(xmin, xmax);
    m_x->applyNiceNumbers(); // ticks at 0.25, 0.5, 1, 2, 5 x 10^k, not at 0.263
    if (m_fixedRange && !m_log) {
        m_y->setRange(m_lo, m_hi);
    } else {
        const double pad = (ymax - ymin) * 0.05 + (ymax == ymin ? 0.5 * std::max(std::abs(ymax), 1e-9) : 0);
        // Curves of non-negative values (loss, learning rate) do not dip below zero.
        const double lower = ymin >= 0 ? std::max(0.0, ymin - pad) : ymin - pad;
        m_y->setRange(m_log ? ymin / 1.2 : lower, m_log ? ymax * 1.2 : ymax + pad);
        if (auto *linear = qobject_cast<QValueAxis *>(m_y))
            linear->applyNiceNumbers();
    }
}

bool CurveChart::exportPng(const QString &path, const QSize &size) const
{
    QImage img(size, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    m_view->render(&p, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    p.end();
    return img.save(path, "PNG");
}

bool CurveChart::exportSvg(const QString &path, const QSize &size) const
{
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(m_chart->title());
    QPainter p;
    if (!p.begin(&gen))
        return false;
    m_view->render(&p, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    return p.end();
}

bool CurveChart::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&f);
    out << "curve,step,epoch,wall_time_s,value\n";
    for (const Curve &c : m_curves) {
        for (const CurvePoint &p : c.points)
            out << '"' << c.name << "\"," << p.step << ',' << p.epoch << ',' << p.seconds << ','
                << QString::number(p.value, 'g', 8) << '\n';
    }
    return true;
}

void CurveChart::exportDialog()
{
    const QString base = m_chart->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export chart"), base + QLatin1String(".png"),
                                       tr("PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        exportSvg(path);
    else if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        exportCsv(path);
    else
        exportPng(path);
}

} // namespace oneshot::ui
