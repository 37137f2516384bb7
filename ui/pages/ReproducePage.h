#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oneshot::ui {

class CurveChart;
class ReproductionController;

/// The paper's tables filling in: pick an experiment and a scale, Start; each cell's row appears
/// beside the published numbers as it finishes, while the current cell's curves run live. A row
/// with a run opens it on the Runs page. An experiment that was running when the window closed
/// resumes at the next start, as `oneshot reproduce` does when run again.
class ReproducePage : public QWidget
{
    Q_OBJECT

public:
    explicit ReproducePage(QWidget *parent = nullptr);
    ~ReproducePage() override;

    /// The data folder the experiments read (Omniglot, Lake's runs, MNIST beside it); resumes an
    /// experiment that was running at the last close.
    void setDataFolder(const QString &folder);
    void setExperiment(const QString &name, const QString &scale, double minutesPerRun, const QString &folder);
    void start();
    void stop();
    /// Stops for closing the window: the experiment resumes at the next start.
    void stopForClose();
    bool isRunning() const;
    QString folder() const;
    QTableWidget *table() const { return m_table; }
    ReproductionController *controller() const { return m_controller; }

Q_SIGNALS:
    /// The user asked to see a cell's run folder.
    void openRun(const QString &runDir);
    void finished(const QJsonObject &table);

private:
    void showTable(const QJsonObject &table);
    void showRow(int index, const QJsonObject &row);
    void showCells();
    void setRunning(bool running);
    void remember(bool running);

    ReproductionController *m_controller;
    QString m_dataFolder;
    QComboBox *m_experiment = nullptr;
    QComboBox *m_scale = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    CurveChart *m_loss = nullptr;
    CurveChart *m_validation = nullptr;
    int m_lossCurve = 0;
    int m_valCurves[3] = {0, 0, 0};
    bool m_closing = false;
};

} // namespace oneshot::ui
