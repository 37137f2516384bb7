#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

class DatasetPage;

/// The main window: a page list on the left, the pages on the right, a status bar with the data,
/// device, threads and BLAS.
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
    /// Shows a page by its short name (data, train, filters, activations, board, runs).
    void showPage(const QString &name);
    std::shared_ptr<const data::Omniglot> dataSet() const { return m_data; }
    DatasetPage *datasetPage() const { return m_datasetPage; }

Q_SIGNALS:
    void dataLoaded();
    void dataFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &name, const QString &title, const QString &iconName);
    void chooseDataFolder();

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    DatasetPage *m_datasetPage = nullptr;
    QLabel *m_statusData = nullptr;
    QLabel *m_statusDevice = nullptr;
    std::shared_ptr<const data::Omniglot> m_data;
    QFutureWatcher<std::shared_ptr<const data::Omniglot>> m_loader;
    QString m_loadingFolder;
};

} // namespace oneshot::ui
