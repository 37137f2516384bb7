#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "train/TrainConfig.h"

class QLabel;
class QLineEdit;
class QGridLayout;
class QPushButton;
class QSpinBox;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

class ConfigForm;
class CurveChart;
class RunMonitor;
class TrainingController;

/// Experiment setup and the run: on the left the config form (built from the settings) with a
/// learning-rate preview, a distortion preview and the run folder; on the right the run monitor.
class TrainPage : public QWidget
{
    Q_OBJECT

public:
    TrainPage(TrainingController *controller, QWidget *parent = nullptr);

    void setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder);
    /// The config as the form shows it, with the data folder and run set filled in.
    train::TrainConfig config() const;
    void setConfig(const train::TrainConfig &config);
    QString runFolder() const;
    void setRunFolder(const QString &folder);
    /// Worker processes of the next run: 1 trains here, more start a data-parallel run of the
    /// command-line program (TrainingController).
    int workers() const;
    void setWorkers(int workers);

    ConfigForm *configForm() const { return m_form; }
    RunMonitor *monitor() const { return m_monitor; }
    CurveChart *lossChart() const;
    CurveChart *accuracyChart() const;
    CurveChart *lrChart() const;
    QPushButton *startButton() const;

    /// Starts training with the current config (what the Start button does); refuses, with a
    /// message, a config the form marks as wrong or a run folder in use.
    void startTraining();
    /// The epochs the run is expected to last: all of them, or with a time budget those that fit
    /// at the pace measured in this network's last run here (else in the default model's
    /// training). `note` says which, for the preview.
    int expectedEpochs(QString *note = nullptr) const;
    QLabel *lrNote() const { return m_lrNote; }

Q_SIGNALS:
    void runStarted(const QString &runDir);

private:
    void updateLrPreview();
    void updateDistortionPreview();

    TrainingController *m_controller;
    std::shared_ptr<const data::Omniglot> m_data;
    QString m_dataFolder;
    QString m_previewDistortion;
    double m_previewDistortionScale = 1.0;
    ConfigForm *m_form = nullptr;
    RunMonitor *m_monitor = nullptr;
    QLineEdit *m_runDir = nullptr;
    QSpinBox *m_workers = nullptr;
    CurveChart *m_lrPreview = nullptr;
    QLabel *m_lrNote = nullptr;
    train::TrainConfig m_runningConfig; ///< the config of the run under way, for its timing
    std::vector<QLabel *> m_previewLabels;
};

} // namespace oneshot::ui
