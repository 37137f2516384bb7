#include "train/RunMonitor.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "charts/CurveChart.h"
#include "common/Format.h"
#include "common/Settings.h"
#include "controllers/TrainingController.h"
#include "train/LossConfig.h"

namespace oneshot::ui {

RunMonitor::RunMonitor(TrainingController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"));
    m_start->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_start->setToolTip(tr("Start training (Ctrl+R)"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pause"));
    m_pause->setToolTip(tr("Pause or resume mid-epoch"));
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"));
    m_stop->setToolTip(tr("Stop now; the last checkpoint is kept and can be resumed"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_status = new QLabel(tr("Ready."));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_loss = new CurveChart(tr("Training loss"), tr("loss"));
    m_lossCurve = m_loss->addCurve(tr("total"), QColor(0xd9, 0x5f, 0x02), true);
    // One curve per loss term, unweighted; a term that is off has no points and no legend entry.
    static const QColor termColors[] = {QColor(0x1b, 0x9e, 0x77), QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a),
                                        QColor(0x66, 0xa6, 0x1e), QColor(0xe6, 0xab, 0x02)};
    const auto &terms = train::LossConfig::settings();
    for (std::size_t i = 0; i < terms.size(); ++i)
        m_termCurves.push_back(m_loss->addCurve(terms[i].info.labelText(), termColors[i % 5], true));
    m_accuracy = new CurveChart(tr("Validation accuracy"), tr("accuracy"));
    m_accuracy->setYRange(0, 1);
    m_accHalf = m_accuracy->addCurve(tr("verification @0.5"), QColor(0x1b, 0x9e, 0x77), false, true);
    m_accTuned = m_accuracy->addCurve(tr("verification, tuned threshold"), QColor(0x75, 0x70, 0xb3), false, true);
    m_oneShot = m_accuracy->addCurve(tr("20-way one-shot"), QColor(0xe7, 0x29, 0x8a), false, true);
    m_accuracy->setXAxis(CurveChart::XAxis::Epoch);
    m_lr = new CurveChart(tr("Learning rate"), tr("lr"));
    m_lrCurve = m_lr->addCurve(tr("lr"), QColor(0x2a, 0x7a, 0xb9), false);
    m_lr->setLegendVisible(false); // one curve: the title says what it is
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_loss);
    charts->addWidget(m_accuracy);
    charts->addWidget(m_lr);
    // The loss and accuracy charts carry a legend under their plots: keep room for both.
    m_loss->setMinimumHeight(240);
    m_accuracy->setMinimumHeight(260);
    charts->setSizes({320, 340, 180});
    layout->addWidget(charts, 1);

    connect(m_start, &QPushButton::clicked, this, &RunMonitor::startRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_controller->setPaused(!m_controller->isPaused()); });
    connect(m_controller, &TrainingController::started, this,
            [this] { m_pause->setEnabled(m_controller->isRunning() && !m_controller->isMultiProcess()); });
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);
    connect(m_controller, &TrainingController::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_status->setText(paused ? tr("Paused.") : tr("Resumed."));
    });
    connect(m_controller, &TrainingController::steps, this, &RunMonitor::onSteps);
    connect(m_controller, &TrainingController::epoch, this, &RunMonitor::onEpoch);
    connect(m_controller, &TrainingController::finished, this, &RunMonitor::onFinished);
    connect(m_controller, &TrainingController::message, m_status, &QLabel::setText);
    connect(m_controller, &TrainingController::started, this, [this](const QJsonObject &info) {
        m_status->setText(tr("Training %1 (%2 parameters) on %3 with %4 threads")
                              .arg(info[QStringLiteral("model")].toString())
                              .arg(static_cast<qint64>(info[QStringLiteral("parameters")].toDouble()))
                              .arg(info[QStringLiteral("device")].toString())
                              .arg(info[QStringLiteral("threads")].toInt()));
    });
    setRunning(false);
}

void RunMonitor::beginRun(int epochs)
{
    m_epochs = epochs;
    m_loss->clear();
    m_accuracy->clear();
    m_lr->clear();
    m_progress->setValue(0);
    setRunning(true);
}

void RunMonitor::showStatus(const QString &text)
{
    m_status->setText(text);
}

void RunMonitor::onSteps(const QVector<train::StepMetrics> &batch)
{
    for (const train::StepMetrics &m : batch) {
        const CurvePoint p{double(m.step), m.epoch + m.epochProgress, m.wallSeconds, m.loss};
        m_loss->append(m_lossCurve, p);
        for (std::size_t i = 0; i < m_termCurves.size() && i < m.terms.size(); ++i) {
            if (std::isfinite(m.terms[i]))
                m_loss->append(m_termCurves[i], {p.step, p.epoch, p.seconds, m.terms[i]});
        }
        m_lr->append(m_lrCurve, {p.step, p.epoch, p.seconds, m.lr});
    }
    const train::StepMetrics &m = batch.back();
    m_progress->setValue(static_cast<int>(1000 * m.progress));
    m_status->setText(tr("Epoch %1/%2 · step %3 · loss %4 · %5 pairs/s · elapsed %6 · ETA %7")
                          .arg(m.epoch + 1)
                          .arg(m_epochs)
                          .arg(m.step)
                          .arg(m.loss, 0, 'f', 4)
                          .arg(static_cast<int>(m.pairsPerSecond))
                          .arg(formatClock(m.wallSeconds), formatClock(m.etaSeconds)));
}

void RunMonitor::onEpoch(const train::EpochMetrics &m)
{
    const CurvePoint base{double(m.step), double(m.epoch), m.wallSeconds, 0};
    auto at = [&base](double v) {
        CurvePoint p = base;
        p.value = v;
        return p;
    };
    m_accuracy->append(m_accHalf, at(m.valAccAtHalf));
    m_accuracy->append(m_accTuned, at(m.valAccTuned));
    m_accuracy->append(m_oneShot, at(m.valOneShot));
}

void RunMonitor::onFinished(const QJsonObject &result)
{
    setRunning(false);
    m_loss->refresh();
    m_accuracy->refresh();
    m_lr->refresh();
    if (result[QStringLiteral("failed")].toBool()) {
        m_status->setText(tr("The run failed: %1").arg(result[QStringLiteral("message")].toString()));
        return;
    }
    QString text = tr("Run ended (%1) after %2 epochs.")
                       .arg(result[QStringLiteral("stop_reason")].toString())
                       .arg(result[QStringLiteral("epochs_done")].toInt());
    const QJsonObject test = result[QStringLiteral("test")].toObject();
    if (!test.isEmpty())
        text += QLatin1Char(' ')
            + tr("Test (%1 protocol): %2 of %3 one-shot trials correct, %4%.")
                  .arg(test[QStringLiteral("protocol")].toString())
                  .arg(test[QStringLiteral("correct")].toInt())
                  .arg(test[QStringLiteral("trials")].toInt())
                  .arg(100 * test[QStringLiteral("accuracy")].toDouble(), 0, 'f', 1);
    m_status->setText(text);
}

void RunMonitor::setRunning(bool running)
{
    m_start->setEnabled(!running);
    // Worker processes cannot pause: they are stopped, and resumed later from their checkpoint.
    m_pause->setEnabled(running && !m_controller->isMultiProcess());
    m_stop->setEnabled(running);
    m_pause->setText(tr("Pause"));
}

} // namespace oneshot::ui
