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
    /// Adds (or refreshes) a run and selects it, so its curves show.
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

private:
    void refreshRow(int row);
    void updateCharts();

    QStringList m_runs;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_chartBox = nullptr;
    CurveChart *m_oneShot = nullptr;
    CurveChart *m_loss = nullptr;
    QComboBox *m_metric[2] = {nullptr, nullptr};
};

} // namespace oneshot::ui
