#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QTextDocument>
#include <QtConcurrent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include "FutureError.h"
#include "common/Allocator.h"
#include "common/AppSettings.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "common/Language.h"
#include "controllers/DataController.h"
#include "controllers/ModelService.h"
#include "controllers/TrainingController.h"
#include "data/DataLocator.h"
#include "data/Omniglot.h"
#include "model/Precision.h"
#include "export/Report.h"
#include "reproduce/Reproduction.h"
#include "pages/ActivationsPage.h"
#include "pages/BoardPage.h"
#include "pages/DatasetPage.h"
#include "pages/EmbeddingPage.h"
#include "pages/FiltersPage.h"
#include "pages/ReproducePage.h"
#include "pages/RunsPage.h"
#include "pages/TrainPage.h"
#include "train/DefaultModel.h"

// Resources of a static library must be registered by hand, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace oneshot::ui {

QString blasName()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return QObject::tr("unknown BLAS");
    const QString text = QString::fromLatin1(maps.readAll());
    if (text.contains(QLatin1String("openblas-openmp")) || text.contains(QLatin1String("libopenblasp")))
        return QObject::tr("OpenBLAS (OpenMP)");
    if (text.contains(QLatin1String("openblas")))
        return QObject::tr("OpenBLAS");
    if (text.contains(QLatin1String("libmkl")))
        return QObject::tr("MKL");
    if (text.contains(QLatin1String("blis")))
        return QObject::tr("BLIS");
    if (text.contains(QLatin1String("libblas.so")))
        return QObject::tr("reference BLAS (slow: install libopenblas0-openmp)");
    return QObject::tr("unknown BLAS");
}

void applyPalette(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5d, 0xa9, 0xe9));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x7a, 0xb9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initResources();
    setWindowTitle(tr("Oneshot Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/oneshot-studio.svg")));
    m_training = new TrainingController(this);
    m_models = new ModelService(this);
    m_dataController = new DataController(this);
    // Freed memory goes back to the system every half minute, off the GUI thread (see
    // core/common/Allocator.h).
    auto *trim = new QTimer(this);
    trim->setInterval(30000);
    connect(trim, &QTimer::timeout, this, [] { QThreadPool::globalInstance()->start([] { releaseFreedMemory(); }); });
    trim->start();

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
    m_trainPage = new TrainPage(m_training, this);
    m_filtersPage = new FiltersPage(this);
    m_activationsPage = new ActivationsPage(m_models, this);
    m_boardPage = new BoardPage(m_models, this);
    m_embeddingPage = new EmbeddingPage(m_models, this);
    m_runsPage = new RunsPage(this);
    m_reproducePage = new ReproducePage(this);
    addPage(m_datasetPage, QStringLiteral("data"), tr("Data set"), QStringLiteral("folder"));
    addPage(m_trainPage, QStringLiteral("train"), tr("Train"), QStringLiteral("media-playback-start"));
    addPage(m_filtersPage, QStringLiteral("filters"), tr("Filters"), QStringLiteral("view-grid"));
    addPage(m_activationsPage, QStringLiteral("activations"), tr("Activations"), QStringLiteral("image-x-generic"));
    addPage(m_boardPage, QStringLiteral("board"), tr("One-shot board"), QStringLiteral("applications-games"));
    addPage(m_embeddingPage, QStringLiteral("embedding"), tr("Embedding"), QStringLiteral("view-preview"));
    addPage(m_runsPage, QStringLiteral("runs"), tr("Runs"), QStringLiteral("document-open-recent"));
    addPage(m_reproducePage, QStringLiteral("reproduce"), tr("Reproduce"), QStringLiteral("x-office-spreadsheet"));
    m_pageList->setCurrentRow(0);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("Open &data folder..."), QKeySequence(tr("Ctrl+D")), this, &MainWindow::chooseDataFolder);
    fileMenu->addAction(tr("Open &checkpoint..."), QKeySequence::Open, this, &MainWindow::openCheckpoint);
    fileMenu->addAction(tr("&Export report..."), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportReport);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageList->count(); ++i) {
        viewMenu->addAction(m_pageList->item(i)->text(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this,
                            [this, i] { m_pageList->setCurrentRow(i); });
    }
    viewMenu->addSeparator();
    auto *dark = viewMenu->addAction(tr("&Dark mode"));
    dark->setCheckable(true);
    dark->setChecked(AppSettings::darkMode());
    connect(dark, &QAction::toggled, this, &MainWindow::setDarkMode);
    addLanguageMenu(viewMenu);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Oneshot Studio"), this, &MainWindow::showAbout);

    m_statusData = new QLabel(tr("No data"), this);
    m_statusModel = new QLabel(tr("No model"), this);
    m_statusDevice = new QLabel(this);
    m_statusDevice->setToolTip(model::cpuSummary());
    const QString blas = blasName(); // read from /proc/self/maps once, not at every run's start and end
    const auto idleDevice = [this, blas] {
        m_statusDevice->setText(tr("CPU · %1 threads · %2 · %3")
                                    .arg(QThread::idealThreadCount())
                                    .arg(blas, model::cpuHasBf16() ? tr("fp32 and bf16") : tr("fp32")));
    };
    idleDevice();
    // While a run trains: its device, threads and precision.
    connect(m_training, &TrainingController::started, this, [this, blas](const QJsonObject &info) {
        const int workers = info[QStringLiteral("workers")].toInt(1);
        const QString threads = workers > 1
            ? tr("%1 workers × %2 threads").arg(workers).arg(info[QStringLiteral("threads")].toInt())
            : tr("%1 threads").arg(info[QStringLiteral("threads")].toInt());
        m_statusDevice->setText(tr("%1 · %2 · %3 · training in %4")
                                    .arg(info[QStringLiteral("device")].toString().toUpper(), threads, blas,
                                         info[QStringLiteral("precision")].toString()));
    });
    connect(m_training, &TrainingController::finished, this, idleDevice);
    statusBar()->addWidget(m_statusData, 1);
    statusBar()->addWidget(m_statusModel, 1);
    statusBar()->addPermanentWidget(m_statusDevice);

    // Training feeds the other pages: filters live, the model after each epoch.
    connect(m_training, &TrainingController::filters, m_filtersPage, &FiltersPage::addSnapshot);
    connect(m_trainPage, &TrainPage::runStarted, this, [this] { m_filtersPage->clearHistory(); });
    connect(m_training, &TrainingController::epoch, this, [this] {
        m_models->loadCheckpoint(QDir(m_training->runDir()).filePath(QStringLiteral("checkpoints/last.pt")));
        m_runsPage->showRun(m_training->runDir());
    });
    connect(m_training, &TrainingController::started, this, [this] { m_runsPage->showRun(m_training->runDir()); });
    connect(m_training, &TrainingController::finished, this, [this](const QJsonObject &result) {
        const QString dir = result[QStringLiteral("run_dir")].toString();
        const QString best = QDir(dir).filePath(QStringLiteral("checkpoints/best.pt"));
        if (QFileInfo::exists(best))
            m_models->loadCheckpoint(best);
        if (!dir.isEmpty())
            m_runsPage->addRun(dir);
    });
    connect(m_models, &ModelService::modelChanged, this,
            [this] { m_statusModel->setText(tr("Model: %1").arg(m_models->summary())); });
    connect(m_models, &ModelService::loadFailed, this, [this](const QString &message) {
        m_statusModel->setText(tr("No model"));
        statusBar()->showMessage(message, 10000);
    });
    connect(m_runsPage, &RunsPage::useModel, m_models, &ModelService::loadCheckpoint);
    connect(m_reproducePage, &ReproducePage::openRun, this, [this](const QString &dir) {
        m_runsPage->showRun(dir);
        showPage(QStringLiteral("runs"));
    });
    connect(m_datasetPage, &DatasetPage::chooseFolderRequested, this, &MainWindow::chooseDataFolder);
    connect(m_datasetPage, &DatasetPage::downloadRequested, this, [this] { m_dataController->download(this); });
    connect(m_datasetPage, &DatasetPage::imageActivated, this, [this](int image) {
        m_activationsPage->setImage(dataSet()->image(image), dataSet()->imagePath(image));
        showPage(QStringLiteral("activations"));
    });

    connect(m_dataController, &DataController::loading, this, [this](const QString &folder) {
        m_statusData->setText(tr("Loading %1...").arg(folder));
        m_datasetPage->showMessage(tr("Loading Omniglot from %1...").arg(folder));
    });
    connect(m_dataController, &DataController::loaded, this, &MainWindow::onDataLoaded);
    connect(m_dataController, &DataController::failed, this, [this](const QString &message) {
        m_statusData->setText(tr("No data"));
        m_datasetPage->showMessage(message);
        Q_EMIT dataFailed(message);
    });
    connect(m_dataController, &DataController::notFound, m_datasetPage, &DatasetPage::showFirstRun);

    restoreGeometry(AppSettings::windowGeometry());
    const QJsonDocument saved = QJsonDocument::fromJson(AppSettings::trainConfig());
    if (saved.isObject()) {
        try {
            m_trainPage->setConfig(train::TrainConfig::fromJson(saved.object()));
        } catch (const Error &) {
            // A config from another version: keep the preset's defaults.
        }
    }
    if (!AppSettings::hasWindowGeometry())
        resize(1440, 900);
    // Something to score with from the first minute: the model trained by the project's own
    // command, until the user trains or opens another.
    if (const QString model = train::defaultModelPath(); !model.isEmpty())
        m_models->loadCheckpoint(model);
}

MainWindow::~MainWindow() = default;

std::shared_ptr<const data::Omniglot> MainWindow::dataSet() const
{
    return m_dataController->data();
}

void MainWindow::onDataLoaded()
{
    const std::shared_ptr<const data::Omniglot> data = m_dataController->data();
    const QString folder = m_dataController->folder();
    int characters = 0;
    for (const auto &s : data->summaries())
        characters += s.characters;
    m_statusData->setText(tr("Omniglot: %1 characters, %2 images").arg(characters).arg(data->images().size()));
    m_statusData->setToolTip(folder);
    m_datasetPage->setData(data);
    m_trainPage->setData(data, folder);
    m_boardPage->setData(data, folder);
    m_embeddingPage->setData(data);
    m_reproducePage->setDataFolder(folder);
    Q_EMIT dataLoaded();
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
    m_dataController->load(folder);
}

void MainWindow::locateAndLoad()
{
    m_dataController->locateAndLoad();
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

void MainWindow::exportReport()
{
    exporting::ReportInput input;
    input.runs = m_runsPage->selectedRuns().isEmpty() ? m_runsPage->runs() : m_runsPage->selectedRuns();
    if (!reproduce::readTable(m_reproducePage->folder()).isEmpty())
        input.experiments = {m_reproducePage->folder()};
    input.dataFolder = m_dataController->folder();
    if (input.runs.isEmpty() && input.experiments.isEmpty()) {
        QMessageBox::information(this, tr("Export report"),
                                 tr("There is nothing to report yet: train a run, open one on the Runs page, or run an "
                                    "experiment on the Reproduce page."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("report.html"),
                                                      tr("HTML, images inline (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    statusBar()->showMessage(tr("Writing the report %1...").arg(path));
    auto *watcher = new QFutureWatcher<exporting::ReportDocument>(this);
    connect(watcher, &QFutureWatcher<exporting::ReportDocument>::finished, this, [this, watcher, path, pdf] {
        watcher->deleteLater();
        const QString error = futureError(watcher->future());
        if (!error.isEmpty()) {
            statusBar()->showMessage(error, 15000);
            return;
        }
        try {
            if (pdf)
                writePdf(watcher->result(), path);
            else
                writeFileAtomically(path, watcher->result().selfContained().toUtf8());
            statusBar()->showMessage(tr("Wrote %1").arg(path), 10000);
        } catch (const Error &e) {
            statusBar()->showMessage(e.message(), 15000);
        }
    });
    // Built off the GUI thread (it evaluates the runs on Lake's trials); a PDF is laid out here.
    watcher->setFuture(QtConcurrent::run([input, pdf] { return exporting::buildReport(input, pdf); }));
}

void writePdf(const exporting::ReportDocument &report, const QString &path)
{
    QTextDocument document;
    for (const auto &[name, bytes] : report.images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), QImage::fromData(bytes, "PNG"));
    document.setHtml(report.html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(QObject::tr("Oneshot Studio report"));
    document.print(&writer);
    if (!QFileInfo(path).isFile())
        throw Error(QObject::tr("Cannot write %1").arg(path));
}

void MainWindow::openCheckpoint()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open checkpoint"), QString(), tr("Checkpoints (*.pt);;All files (*)"));
    if (!path.isEmpty())
        m_models->loadCheckpoint(path);
}

void MainWindow::addLanguageMenu(QMenu *viewMenu)
{
    // Overrides the system locale; the choice applies from the next start, when every string is
    // created in the new language.
    auto *menu = viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString current = AppSettings::language();
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current || (code.isEmpty() && !availableLanguages().contains(current)));
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), tr("System default"));
    menu->addSeparator();
    for (const QString &code : availableLanguages())
        add(code, nativeLanguageName(code));
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        AppSettings::setLanguage(code);
        const QString language = code.isEmpty() ? tr("the system's language") : nativeLanguageName(code);
        statusBar()->showMessage(tr("Oneshot Studio will speak %1 from its next start.").arg(language), 10000);
    });
}

void MainWindow::setDarkMode(bool dark)
{
    AppSettings::setDarkMode(dark);
    applyPalette(dark);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Oneshot Studio"),
        tr("<h3>Oneshot Studio %1</h3>"
           "<p>One-shot image recognition with Siamese networks (Koch, Zemel and Salakhutdinov 2015) on Omniglot.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Uses: Qt %2 (LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0), LibTorch (BSD-3-Clause), "
           "OpenCV (Apache-2.0), libzip (BSD-3-Clause), OpenBLAS (BSD-3-Clause).</p>"
           "<p>Omniglot data: Brenden Lake, MIT licence.</p>")
            .arg(QStringLiteral(ONESHOT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_training->isRunning()) {
        const bool stop = m_confirmClose
            ? m_confirmClose()
            : QMessageBox::question(
                  this, tr("Training is running"),
                  tr("Stop the training and quit? The last checkpoint is kept, and the run can be resumed."))
                == QMessageBox::Yes;
        if (!stop) {
            event->ignore();
            return;
        }
        statusBar()->showMessage(tr("Stopping the training..."));
        m_training->stopAndWait(120000);
    }
    // A running experiment stops here and resumes at the next start.
    m_reproducePage->stopForClose();
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setTrainConfig(QJsonDocument(m_trainPage->config().toJson()).toJson(QJsonDocument::Compact));
    event->accept();
}

} // namespace oneshot::ui
