#pragma once

#include <memory>
#include <vector>

#include <QDialog>
#include <QFutureWatcher>

#include "eval/KShotTypes.h"

class QChart;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

class ModelService;

/// Accuracy against the number of candidates N (5 to 50) for K = 1 and 5 on tasks sampled from
/// the evaluation alphabets, measured with the board's model in the background and drawn as it
/// comes, with chance (1/N) for scale. Saves CSV, PNG and SVG; saved into a run folder as
/// ways_curve.*, the run's report shows it.
class WaysCurveDialog : public QDialog
{
    Q_OBJECT

public:
    WaysCurveDialog(ModelService *model, std::shared_ptr<const data::Omniglot> data, QWidget *parent = nullptr);
    ~WaysCurveDialog() override;

    void setTrials(int trials);
    void setWithinAlphabet(bool within);
    void start();
    void stop();
    bool isRunning() const;
    const std::vector<eval::WaysPoint> &points() const { return m_points; }
    QString status() const;
    /// Writes BASE.csv, BASE.png and BASE.svg; false (and the status says why) if it cannot.
    bool save(const QString &base);

Q_SIGNALS:
    void finished();

private:
    void draw();

    ModelService *m_model;
    std::shared_ptr<const data::Omniglot> m_data;
    QSpinBox *m_trials = nullptr;
    QComboBox *m_distractors = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_save = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QChart *m_chart = nullptr;
    std::vector<eval::WaysPoint> m_points;
    QFutureWatcher<std::vector<eval::WaysPoint>> m_watcher;
};

} // namespace oneshot::ui
