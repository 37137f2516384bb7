#include "controllers/DataController.h"

#include <atomic>

#include <QApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include "FutureError.h"
#include "common/AppSettings.h"
#include "common/Error.h"
#include "data/DataLocator.h"
#include "data/Downloader.h"
#include "data/Omniglot.h"

namespace oneshot::ui {

DataController::DataController(QObject *parent)
    : QObject(parent)
{
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<const data::Omniglot>>::finished, this, [this] {
        const QString error = futureError(m_loader.future());
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        m_data = m_loader.result();
        m_folder = m_loadingFolder;
        AppSettings::setDataFolder(m_folder);
        Q_EMIT loaded();
    });
}

DataController::~DataController()
{
    m_loader.waitForFinished();
}

void DataController::load(const QString &folder)
{
    m_loadingFolder = folder;
    Q_EMIT loading(folder);
    m_loader.setFuture(QtConcurrent::run([folder] {
        return std::shared_ptr<const data::Omniglot>(
            std::make_shared<data::Omniglot>(data::Omniglot::load(folder, data::Omniglot::Both, 0)));
    }));
}

void DataController::locateAndLoad()
{
    const data::DataLocation loc = data::locateData({}, AppSettings::dataFolder());
    if (loc.found())
        load(loc.folder);
    else
        Q_EMIT notFound(data::notFoundMessage(loc));
}

void DataController::download(QWidget *dialogParent)
{
    const QString folder = data::defaultDownloadFolder();
    auto *progress
        = new QProgressDialog(tr("Downloading Omniglot into %1...").arg(folder), tr("Cancel"), 0, 1000, dialogParent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, folder] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT notFound(error);
            return;
        }
        load(folder);
    });
    QPointer<QProgressDialog> guard(progress);
    watcher->setFuture(QtConcurrent::run([folder, cancelled, guard]() -> QString {
        try {
            int part = 0;
            for (auto set : {data::OmniglotSet::Background, data::OmniglotSet::Evaluation}) {
                // The network runs in this worker thread with its own event loop; progress
                // crosses to the GUI thread as a queued call.
                data::downloadFile(data::officialSpec(set), folder, [part, cancelled, guard](qint64 got, qint64 total) {
                    const int value = total > 0 ? static_cast<int>(500 * part + 500 * got / total) : 0;
                    QMetaObject::invokeMethod(qApp, [guard, value] {
                        if (guard)
                            guard->setValue(value);
                    });
                    return !cancelled->load();
                });
                ++part;
            }
            return {};
        } catch (const Error &e) {
            return e.message();
        }
    }));
}

} // namespace oneshot::ui
