#pragma once

#include <memory>

#include <QJsonObject>
#include <QWidget>

#include "train/Metrics.h"
#include "train/TrainConfig.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QProgressBar;
class QLabel;
class QGridLayout;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

class CurveChart;
class TrainingController;

/// Experiment setup (presets and an editable config with previews), Start/Pause/Stop, progress,
/// and the live charts of loss, accuracies and learning rate.
class TrainPage : public QWidget
{
    Q_OBJECT

public:
    TrainPage(TrainingController *controller, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder);
    train::TrainConfig config() const;
    void setConfig(const train::TrainConfig &config);
    QString runFolder() const;
    void setRunFolder(const QString &folder);

    CurveChart *lossChart() const { return m_loss; }
    CurveChart *accuracyChart() const { return m_accuracy; }
    CurveChart *lrChart() const { return m_lr; }
    QPushButton *startButton() const { return m_start; }

    /// Starts training with the current config (what the Start button does).
    void startTraining();

Q_SIGNALS:
    void runStarted(const QString &runDir);

private:
    void applyPreset(const QString &name);
    void updateLrPreview();
    void updateDistortionPreview();
    void onSteps(const QVector<train::StepMetrics> &batch);
    void onEpoch(const train::EpochMetrics &m);
    void onFinished(const QJsonObject &result);
    void setRunning(bool running);

    TrainingController *m_controller;
    std::shared_ptr<const data::Omniglot> m_data;
    QString m_dataFolder;
    train::TrainConfig m_base;

    QComboBox *m_preset = nullptr;
    QLabel *m_modelSummary = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_lrSpin = nullptr;
    QComboBox *m_scheduler = nullptr;
    QDoubleSpinBox *m_gamma = nullptr;
    QSpinBox *m_stepSize = nullptr;
    QSpinBox *m_pairs = nullptr;
    QSpinBox *m_augment = nullptr;
    QComboBox *m_distortion = nullptr;
    QDoubleSpinBox *m_negatives = nullptr;
    QDoubleSpinBox *m_batchNegatives = nullptr;
    QDoubleSpinBox *m_batchSoftmax = nullptr;
    QSpinBox *m_batchAlphabets = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_epochs = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    QSpinBox *m_patience = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_seed = nullptr;
    QLineEdit *m_runDir = nullptr;
    QGridLayout *m_previewGrid = nullptr;
    std::vector<QLabel *> m_previewLabels;

    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    CurveChart *m_loss = nullptr;
    CurveChart *m_accuracy = nullptr;
    CurveChart *m_lr = nullptr;
    CurveChart *m_lrPreview = nullptr;
    int m_lossCurve = 0;
    int m_accHalf = 0;
    int m_accTuned = 0;
    int m_oneShot = 0;
    int m_lrCurve = 0;
};

} // namespace oneshot::ui
