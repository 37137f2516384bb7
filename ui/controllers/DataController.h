#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QWidget;

namespace oneshot::data {
class Omniglot;
}

namespace oneshot::ui {

/// Finds, loads and downloads the Omniglot data set off the GUI thread, and remembers the folder
/// once it has loaded.
class DataController : public QObject
{
    Q_OBJECT

public:
    explicit DataController(QObject *parent = nullptr);
    /// Waits for a load in progress.
    ~DataController() override;

    /// Loads the data set from a folder in the background: loaded() or failed() follows.
    void load(const QString &folder);
    /// Finds the data in the known places (the saved folder, $ONESHOT_DATA, the app's data
    /// folder, the checkout) and loads it; notFound() says where it looked if it is nowhere.
    void locateAndLoad();
    /// Downloads the official zips into the app's data folder with a progress dialog over
    /// `dialogParent`, then loads them; notFound() carries the reason if it fails.
    void download(QWidget *dialogParent);

    std::shared_ptr<const data::Omniglot> data() const { return m_data; }
    QString folder() const { return m_folder; }

Q_SIGNALS:
    void loading(const QString &folder);
    void loaded();
    void failed(const QString &message);
    void notFound(const QString &message);

private:
    QFutureWatcher<std::shared_ptr<const data::Omniglot>> m_loader;
    std::shared_ptr<const data::Omniglot> m_data;
    QString m_loadingFolder;
    QString m_folder;
};

} // namespace oneshot::ui
