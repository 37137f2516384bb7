#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QTableWidget;
class QVBoxLayout;
class QLabel;

namespace oneshot::ui {

class CurveChart;

/// Run folders (from the GUI or the CLI, here or elsewhere) in a table with their config, best
/// validation figures and test figures, and any metric of the selected runs overlaid (two charts,
/// each with its choice: validation figures, loss and its terms, learning rate).
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

Q_SIGNALS:
    /// The user asked to look at a run's model (its best checkpoint).
    void useModel(const QString &checkpoint);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshRow(int row);
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
};

} // namespace oneshot::ui
