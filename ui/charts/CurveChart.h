#pragma once

#include <vector>

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QLogValueAxis;
class QAbstractAxis;
class QCheckBox;
class QComboBox;
class QSlider;
class QLabel;
class QTimer;

namespace oneshot::ui {

/// One point of a curve, with every x it can be shown against.
struct CurvePoint
{
    double step = 0;
    double epoch = 0;
    double seconds = 0;
    double value = 0;
};

/// A live chart of one or more curves: TensorBoard's debiased exponential smoothing with the raw
/// curve faint behind, x by step, epoch or wall time, log scale on demand, and export of the
/// chart (PNG, SVG) and its data (CSV). Points are buffered and drawn with series->replace() at
/// most five times a second, thinned to the plot's width: a long run's curve costs the GUI thread
/// what a screenful of points costs, not what its thousands of steps would (the exports of the data
/// keep every point).
class CurveChart : public QWidget
{
    Q_OBJECT

public:
    enum class XAxis { Step, Epoch, Time };

    explicit CurveChart(const QString &title, const QString &yLabel, QWidget *parent = nullptr);

    /// Adds a curve; returns its index. A smoothed curve draws a faint raw copy behind.
    int addCurve(const QString &name, const QColor &color, bool smoothed, bool markers = false);
    void append(int curve, const CurvePoint &point);
    void setCurve(int curve, const std::vector<CurvePoint> &points);
    void clear();
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    const std::vector<CurvePoint> &points(int curve) const { return m_curves[curve].points; }

    void setXAxis(XAxis axis);
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    void setLogScale(bool on);
    void setYRange(double lo, double hi); ///< fixed range (accuracies); default: automatic

    bool exportPng(const QString &path, const QSize &size = QSize(1200, 700)) const;
    bool exportSvg(const QString &path, const QSize &size = QSize(1200, 700)) const;
    bool exportCsv(const QString &path) const;
    QChartView *view() const { return m_view; }
    /// Hides the x-axis, smoothing, log-scale and export controls (for small previews).
    void setControlsVisible(bool visible);
    void setLegendVisible(bool visible);
    /// Redraws now (normally a timer does it).
    void refresh();

    /// TensorBoard's smoothing: an exponential moving average debiased by 1 - w^n.
    static std::vector<double> smooth(const std::vector<double> &values, double weight);
    /// At most about 2 x `columns` points of `points` (in order of x) for drawing: for each of
    /// `columns` equal x ranges, its lowest and highest point in their order (`extremes`, for a raw
    /// curve whose spikes must stay visible) or its last point (a smoothed curve). The first and
    /// last points are always kept; fewer points than 2 x `columns` come back unchanged.
    static QList<QPointF> thin(const QList<QPointF> &points, int columns, bool extremes);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Curve
    {
        QString name;
        QColor color;
        bool smoothed = false;
        QLineSeries *raw = nullptr;
        QLineSeries *line = nullptr;
        std::vector<CurvePoint> points;
    };
    double xOf(const CurvePoint &p) const;
    void rebuildAxes();
    void exportDialog();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    QString m_yLabel;
    std::vector<Curve> m_curves;
    XAxis m_xAxis = XAxis::Step;
    double m_smoothing = 0.6;
    bool m_log = false;
    bool m_dirty = false;
    bool m_fixedRange = false;
    double m_lo = 0;
    double m_hi = 1;
    QTimer *m_timer = nullptr;
    QSlider *m_smoothSlider = nullptr;
    QLabel *m_smoothLabel = nullptr;
    QComboBox *m_xCombo = nullptr;
    QCheckBox *m_logBox = nullptr;
    QWidget *m_controls = nullptr;
};

} // namespace oneshot::ui
