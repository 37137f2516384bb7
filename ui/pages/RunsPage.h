#pragma once

#include <map>
#include <vector>

#include <QDateTime>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "train/Metrics.h"

class QCheckBox;
class QComboBox;
class QTableWidget;
class QVBoxLayout;
class QLabel;

namespace oneshot::ui {

class CurveChart;

/// Run folders (from the GUI or the CLI, here or elsewhere) in a table with their config, best
/// validation figures and test figures, and any metric of the selected runs overlaid (two charts,
/// each with its choice: validation figures, loss and its terms, learning rate). Follow mode
/// watches the selected runs while something else writes them (a CLI run, here or on another
/// machine through a shared folder): new rows of metrics.csv extend the table and the curves,
/// and a new best checkpoint is announced (and loaded, if that run's model is the one looked at).
class RunsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPage(QWidget *parent = nullptr);

    /// Adds a run folder; returns false (and says why in the status line) if it is not one.
    bool addRun(const QString &folder);
    /// Adds (or refreshes) a run and selects it, so its curves show (on a hidden page, when it is
    /// next shown: a training run calls this after every epoch).
    void showRun(const QString &folder);
    int runCount() const;
    QStringList runs() const { return m_runs; }
    QStringList selectedRuns() const;
    void selectAll();
    CurveChart *oneShotChart() const { return m_oneShot; }
    bool exportTableCsv(const QString &path) const;
    /// Follow mode: every `intervalMs`, the selected runs' new metrics rows and checkpoints.
    void setFollowing(bool on, int intervalMs = 1000);
    bool isFollowing() const;
    /// One look at the selected runs now, as follow mode does on its timer.
    void followOnce();
    /// Asks to look at the current run's model (the "Look at its model" button); follow mode
    /// then loads each new best checkpoint of that run.
    void lookAtModel();

Q_SIGNALS:
    /// The user asked to look at a run's model (its best checkpoint).
    void useModel(const QString &checkpoint);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshRow(int row);
    /// The run's metrics rows as read so far, brought up to date (a file read once, then only
    /// what was added).
    const std::vector<train::MetricsRow> &metricsOf(const QString &dir);
    /// The selection or a run changed: the charts now, or when the page is next shown.
    void chartsChanged();
    /// Redraws both charts from the selected runs' metrics.csv: the same runs and metric update the
    /// charts' curves; others build new charts.
    void updateCharts();

    QStringList m_runs;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_chartBox = nullptr;
    CurveChart *m_oneShot = nullptr;
    CurveChart *m_loss = nullptr;
    QComboBox *m_metric[2] = {nullptr, nullptr};
    QString m_chartKey[2]; ///< the metric and runs each chart shows
    bool m_chartsStale = false;
    QCheckBox *m_follow = nullptr;
    QTimer m_followTimer;
    std::map<QString, train::MetricsFollower> m_metrics;
    std::map<QString, QDateTime> m_bestTimes; ///< each followed run's best.pt, as last seen
    QString m_modelRun;                       ///< the run whose model was last looked at
};

} // namespace oneshot::ui
