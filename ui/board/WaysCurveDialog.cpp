#include "board/WaysCurveDialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include "FutureError.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "controllers/ModelService.h"
#include "export/Report.h"

namespace oneshot::ui {

namespace {

/// The run folder a checkpoint belongs to (RUN/checkpoints/best.pt), or an empty string.
QString runFolderOf(const QString &checkpoint)
{
    QDir dir = QFileInfo(checkpoint).dir();
    if (dir.dirName() == QLatin1String("checkpoints") && dir.cdUp() && dir.exists(QStringLiteral("config.json")))
        return dir.path();
    return {};
}

} // namespace

WaysCurveDialog::WaysCurveDialog(ModelService *model, std::shared_ptr<const data::Omniglot> data, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_data(std::move(data))
{
    setWindowTitle(tr("Accuracy against the number of candidates"));
    m_trials = new QSpinBox;
    m_trials->setRange(20, 5000);
    m_trials->setSingleStep(50);
    m_trials->setValue(200);
    m_trials->setSuffix(tr(" trials a point"));
    m_distractors = new QComboBox;
    m_distractors->addItem(tr("Distractors from any alphabet"));
    m_distractors->addItem(tr("Distractors from the query's alphabet"));
    m_distractors->setToolTip(tr("Within an alphabet, N is capped at the alphabet's size (20 to 47 characters)."));
    m_startStop = new QPushButton(tr("Measure"));
    m_save = new QPushButton(tr("Save..."));
    m_save->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 12);
    m_progress->setValue(0);
    m_status = new QLabel(tr("N = 5 to 50 candidates, K = 1 and 5 drawings of each, on the 20 evaluation alphabets "
                             "(mean embedding for K > 1)."));
    m_status->setWordWrap(true);

    m_chart = new QChart;
    m_chart->setTitle(tr("N-way K-shot accuracy"));
    auto *view = new QChartView(m_chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(640, 400);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_trials);
    bar->addWidget(m_distractors);
    bar->addWidget(m_startStop);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(view, 1);
    draw();

    connect(m_startStop, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString run = runFolderOf(m_model->source());
        const QString suggested
            = run.isEmpty() ? QStringLiteral("ways_curve.csv") : QDir(run).filePath(QStringLiteral("ways_curve.csv"));
        QString path = QFileDialog::getSaveFileName(this, tr("Save the curve (CSV, with PNG and SVG beside)"),
                                                    suggested, tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path.chop(4);
        save(path);
    });
    connect(&m_watcher, &QFutureWatcher<std::vector<eval::WaysPoint>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<std::vector<eval::WaysPoint>>::finished, this, [this] {
        m_startStop->setText(tr("Measure"));
        m_trials->setEnabled(true);
        m_distractors->setEnabled(true);
        const QString error = futureError(m_watcher.future());
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            m_status->setText(error.isEmpty() ? tr("Stopped.") : error);
        } else if (!error.isEmpty()) {
            m_status->setText(error);
        } else {
            m_points = m_watcher.result();
            m_status->setText(tr("%1 points of %2 trials with %3.")
                                  .arg(m_points.size())
                                  .arg(m_trials->value())
                                  .arg(m_model->summary()));
            m_save->setEnabled(!m_points.empty());
            draw();
        }
        Q_EMIT finished();
    });
}

WaysCurveDialog::~WaysCurveDialog()
{
    // Not waited for: a point of thousands of trials takes minutes, and the job holds its own
    // copies of the model and the data; cancelled, it stops after the point under way.
    m_watcher.cancel();
}

void WaysCurveDialog::setTrials(int trials)
{
    m_trials->setValue(trials);
}

void WaysCurveDialog::setWithinAlphabet(bool within)
{
    m_distractors->setCurrentIndex(within ? 1 : 0);
}

bool WaysCurveDialog::isRunning() const
{
    return m_watcher.isRunning();
}

QString WaysCurveDialog::status() const
{
    return m_status->text();
}

void WaysCurveDialog::start()
{
    if (isRunning())
        return;
    eval::WaysCurveOptions options;
    options.trials = m_trials->value();
    options.withinAlphabet = m_distractors->currentIndex() == 1;
    m_points.clear();
    m_save->setEnabled(false);
    m_progress->setRange(0, static_cast<int>(options.ways.size() * options.shots.size()));
    m_progress->setValue(0);
    m_trials->setEnabled(false);
    m_distractors->setEnabled(false);
    m_startStop->setText(tr("Stop"));
    m_status->setText(tr("Measuring with %1...").arg(m_model->summary()));
    draw();
    m_watcher.setFuture(m_model->waysCurve(m_data, options));
}

void WaysCurveDialog::stop()
{
    m_watcher.cancel();
}

void WaysCurveDialog::draw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // hands the axis back to us: QChart no longer deletes it
        delete axis;
    }
    const exporting::Plot plot = exporting::waysCurvePlot(m_points);
    auto *x = new QValueAxis;
    x->setRange(0, 55);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(5);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(plot.xLabel);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setTitleText(tr("accuracy (%)"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (const exporting::PlotSeries &s : plot.series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (std::size_t i = 0; i < s.x.size(); ++i)
            line->append(s.x[i], 100 * s.y[i]);
        line->setPointsVisible(s.markers);
        m_chart->addSeries(line);
        if (s.dashed) {
            QPen pen = line->pen();
            pen.setStyle(Qt::DashLine);
            pen.setColor(Qt::gray);
            line->setPen(pen);
        }
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

bool WaysCurveDialog::save(const QString &base)
{
    try {
        writeFileAtomically(base + QLatin1String(".csv"), eval::waysCurveCsv(m_points).toUtf8());
        exporting::writePlot(exporting::waysCurvePlot(m_points,
                                                      m_distractors->currentIndex() == 1 ? tr("within alphabets")
                                                                                         : tr("across alphabets")),
                             base);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    m_status->setText(tr("Wrote %1.csv, .png and .svg").arg(base));
    return true;
}

} // namespace oneshot::ui
