#pragma once

#include <functional>
#include <memory>

#include <QMainWindow>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::exporting {
struct ReportDocument;
}

namespace oneshot::ui {

class ActivationsPage;
class DataController;
class BoardPage;
class DatasetPage;
class EmbeddingPage;
class FiltersPage;
class ModelService;
class ReproducePage;
class RunsPage;
class TrainPage;
class TrainingController;

/// The main window: a page list on the left, the pages on the right, a status bar with the data,
/// model, device, threads and BLAS.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the data set from a folder in the background; the pages update when it is ready.
    void loadData(const QString &folder);
    /// Finds the data in the known places (settings, $ONESHOT_DATA, app data, the checkout) and
    /// loads it; shows where it looked if it is nowhere.
    void locateAndLoad();
    /// Shows a page by its short name (data, train, filters, activations, board, embedding, runs,
    /// reproduce).
    void showPage(const QString &name);
    std::shared_ptr<const data::Omniglot> dataSet() const;

    DatasetPage *datasetPage() const { return m_datasetPage; }
    TrainPage *trainPage() const { return m_trainPage; }
    FiltersPage *filtersPage() const { return m_filtersPage; }
    ActivationsPage *activationsPage() const { return m_activationsPage; }
    BoardPage *boardPage() const { return m_boardPage; }
    EmbeddingPage *embeddingPage() const { return m_embeddingPage; }
    RunsPage *runsPage() const { return m_runsPage; }
    ReproducePage *reproducePage() const { return m_reproducePage; }
    TrainingController *training() const { return m_training; }
    ModelService *models() const { return m_models; }

    /// Replaces the "stop training and quit?" dialog (tests answer it themselves).
    void setCloseConfirmation(std::function<bool()> confirm) { m_confirmClose = std::move(confirm); }

Q_SIGNALS:
    void dataLoaded();
    void dataFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &name, const QString &title, const QString &iconName);
    void chooseDataFolder();
    void onDataLoaded();
    void openCheckpoint();
    /// File > Export report: the selected (or all) runs and the Reproduce page's experiment, as
    /// HTML with images inline or as PDF.
    void exportReport();
    void showAbout();
    void setDarkMode(bool dark);
    void addLanguageMenu(QMenu *viewMenu);

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    DatasetPage *m_datasetPage = nullptr;
    TrainPage *m_trainPage = nullptr;
    FiltersPage *m_filtersPage = nullptr;
    ActivationsPage *m_activationsPage = nullptr;
    BoardPage *m_boardPage = nullptr;
    EmbeddingPage *m_embeddingPage = nullptr;
    RunsPage *m_runsPage = nullptr;
    ReproducePage *m_reproducePage = nullptr;
    TrainingController *m_training = nullptr;
    ModelService *m_models = nullptr;
    QLabel *m_statusData = nullptr;
    QLabel *m_statusModel = nullptr;
    QLabel *m_statusDevice = nullptr;
    DataController *m_dataController = nullptr;
    std::function<bool()> m_confirmClose;
};

/// Lays a report out as PDF (A4); throws Error naming the file if it cannot be written.
void writePdf(const exporting::ReportDocument &report, const QString &path);

/// Applies Fusion with a dark palette, or the platform's default palette.
void applyPalette(bool dark);
/// The BLAS library this process uses, from the loaded libraries (e.g. "OpenBLAS (openmp)").
QString blasName();

} // namespace oneshot::ui
