#pragma once

#include <vector>

#include <QJsonObject>
#include <QVector>
#include <QWidget>

#include "train/Metrics.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace oneshot::ui {

class CurveChart;
class TrainingController;

/// A run as it goes: Start, Pause/Resume and Stop, the progress and status line, and the live
/// charts of the loss (the total and each loss term), the validation accuracies and the learning
/// rate. It follows the training controller; what to start is the page's business.
class RunMonitor : public QWidget
{
    Q_OBJECT

public:
    explicit RunMonitor(TrainingController *controller, QWidget *parent = nullptr);

    CurveChart *lossChart() const { return m_loss; }
    CurveChart *accuracyChart() const { return m_accuracy; }
    CurveChart *lrChart() const { return m_lr; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }

    /// Clears the charts for a new run of `epochs` epochs and shows it as running.
    void beginRun(int epochs);
    void showStatus(const QString &text);

Q_SIGNALS:
    void startRequested();

private:
    void onSteps(const QVector<train::StepMetrics> &batch);
    void onEpoch(const train::EpochMetrics &m);
    void onFinished(const QJsonObject &result);
    void setRunning(bool running);

    TrainingController *m_controller;
    int m_epochs = 0;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    CurveChart *m_loss = nullptr;
    CurveChart *m_accuracy = nullptr;
    CurveChart *m_lr = nullptr;
    int m_lossCurve = 0;
    std::vector<int> m_termCurves; ///< per loss term, in lossTermNames() order
    int m_accHalf = 0;
    int m_accTuned = 0;
    int m_oneShot = 0;
    int m_lrCurve = 0;
};

} // namespace oneshot::ui
