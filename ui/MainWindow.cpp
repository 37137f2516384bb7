#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QtConcurrent>

#include "common/Error.h"
#include "data/DataLocator.h"
#include "data/Omniglot.h"
#include "pages/DatasetPage.h"

namespace oneshot::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Oneshot Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oneshot-studio.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(150);
    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setSpacing(2);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_datasetPage = new DatasetPage(this);
    addPage(m_datasetPage, QStringLiteral("data"), tr("Data set"), QStringLiteral("folder"));
    m_pageList->setCurrentRow(0);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *openData = fileMenu->addAction(tr("Open &data folder..."), this, &MainWindow::chooseDataFolder);
    openData->setShortcut(QKeySequence(tr("Ctrl+D")));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_statusData = new QLabel(tr("No data"), this);
    m_statusDevice = new QLabel(this);
    m_statusDevice->setText(tr("CPU, %1 threads").arg(QThread::idealThreadCount()));
    statusBar()->addWidget(m_statusData, 1);
    statusBar()->addPermanentWidget(m_statusDevice);

    connect(&m_loader, &QFutureWatcher<std::shared_ptr<const data::Omniglot>>::finished, this, [this] {
        try {
            m_data = m_loader.result();
        } catch (const Error &e) {
            m_statusData->setText(tr("No data"));
            m_datasetPage->showMessage(e.message());
            Q_EMIT dataFailed(e.message());
            return;
        }
        QSettings().setValue(QStringLiteral("data/folder"), m_loadingFolder);
        int characters = 0;
        for (const auto &s : m_data->summaries())
            characters += s.characters;
        m_statusData->setText(
            tr("%1: %2 characters, %3 images").arg(m_loadingFolder).arg(characters).arg(m_data->images().size()));
        m_datasetPage->setData(m_data);
        Q_EMIT dataLoaded();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::addPage(QWidget *page, const QString &name, const QString &title, const QString &iconName)
{
    page->setObjectName(name + QLatin1String("Page"));
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_pageList);
    item->setSizeHint(QSize(140, 36));
}

void MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name + QLatin1String("Page"))
            m_pageList->setCurrentRow(i);
    }
}

void MainWindow::loadData(const QString &folder)
{
    m_loadingFolder = folder;
    m_statusData->setText(tr("Loading %1...").arg(folder));
    m_datasetPage->showMessage(tr("Loading Omniglot from %1...").arg(folder));
    m_loader.setFuture(QtConcurrent::run([folder] {
        return std::shared_ptr<const data::Omniglot>(
            std::make_shared<data::Omniglot>(data::Omniglot::load(folder, data::Omniglot::Both, 0)));
    }));
}

void MainWindow::locateAndLoad()
{
    const data::DataLocation loc = data::locateData({}, QSettings().value(QStringLiteral("data/folder")).toString());
    if (loc.found())
        loadData(loc.folder);
    else
        m_datasetPage->showMessage(data::notFoundMessage(loc));
}

void MainWindow::chooseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with the Omniglot zips"));
    if (folder.isEmpty())
        return;
    if (!data::looksLikeOmniglotFolder(folder)) {
        QMessageBox::warning(this, tr("Not an Omniglot folder"),
                             tr("%1 holds neither images_background.zip nor an images_background folder.").arg(folder));
        return;
    }
    loadData(folder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace oneshot::ui
