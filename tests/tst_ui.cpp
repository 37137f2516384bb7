#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QFile>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>

#include <opencv2/imgcodecs.hpp>

#include "TestCommon.h"
#include "board/CandidateGrid.h"
#include "board/ConfusionDialog.h"
#include "common/AppSettings.h"
#include "board/WaysCurveDialog.h"
#include "charts/CurveChart.h"
#include "controllers/ModelService.h"
#include "controllers/TrainingController.h"
#include "data/Omniglot.h"
#include "model/Precision.h"
#include "MainWindow.h"
#include "pages/ActivationsPage.h"
#include "pages/BoardPage.h"
#include "pages/DatasetPage.h"
#include "pages/EmbeddingPage.h"
#include "pages/FiltersPage.h"
#include "pages/ReproducePage.h"
#include "pages/RunsPage.h"
#include "controllers/ReproductionController.h"
#include "pages/TrainPage.h"
#include "train/RunMonitor.h"
#include "export/Report.h"
#include "train/ConfigForm.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"
#include "widgets/DrawingPad.h"

using namespace oneshot;
using namespace oneshot::ui;

/// Measures the longest gap between ticks of a 5 ms timer on the GUI thread.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

class TestUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tmp;
    QString m_fixtureRun; ///< a finished tiny run, made once, for the tests that need a model

    /// Loads the fixture run's model into the pages, whatever an earlier test left loaded.
    void useFixtureModel()
    {
        QSignalSpy changed(m_window->models(), &ModelService::modelChanged);
        m_window->models()->loadCheckpoint(train::runCheckpoint(m_fixtureRun));
        QVERIFY(changed.wait(30000));
    }

    train::TrainConfig tinyConfig(int epochs, int pairs)
    {
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("tiny"));
        c.protocol = QStringLiteral("lake");
        c.epochs = epochs;
        c.pairsPerEpoch = pairs;
        c.batchSize = 64;
        c.threads = 1;
        c.logEvery = 2;
        c.validationPairs = 200;
        c.validationTrials = 20;
        c.dataFolder = test::dataDir();
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneshotStudioTest"));
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::dataLoaded);
        m_window->loadData(test::dataDir());
        QVERIFY(loaded.wait(60000));
        m_fixtureRun = m_tmp.filePath(QStringLiteral("fixture"));
        train::TrainConfig c = tinyConfig(2, 640);
        c.evaluateTestAtEnd = false;
        const train::TrainResult r = train::Trainer(c, m_fixtureRun, m_window->dataSet()).run();
        QVERIFY2(!r.failed, qPrintable(r.message));
    }

    void pagesBuild()
    {
        for (const char *page : {"data", "train", "filters", "activations", "board", "embedding", "runs"}) {
            m_window->showPage(QString::fromLatin1(page));
            QVERIFY(m_window->findChild<QWidget *>(QString::fromLatin1(page) + QLatin1String("Page"))->isVisible());
        }
        QCOMPARE(m_window->datasetPage()->tree()->topLevelItemCount(), 2);
        QCOMPARE(m_window->datasetPage()->tree()->topLevelItem(0)->childCount(), 30);
        QCOMPARE(m_window->datasetPage()->tree()->topLevelItem(1)->childCount(), 20);
        QCOMPARE(m_window->datasetPage()->thumbnails()->count(), 20);
    }

    void precisionIsOfferedWhereTheMachineHasIt()
    {
        auto *combo
            = qobject_cast<QComboBox *>(m_window->trainPage()->configForm()->editor(QStringLiteral("precision")));
        QVERIFY(combo);
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(items);
        const auto enabled
            = [&](const char *value) { return items->item(combo->findData(QString::fromLatin1(value)))->isEnabled(); };
        QVERIFY(enabled("fp32"));
        QCOMPARE(enabled("bf16"), model::cpuHasBf16() || model::cudaAvailable());
        QCOMPARE(enabled("fp16"), model::cudaAvailable());
        // The status bar names the precisions the machine runs.
        const QString status = m_window->statusBar()->findChildren<QLabel *>().last()->text();
        QVERIFY2(status.contains(model::cpuHasBf16() ? QLatin1String("fp32 and bf16") : QLatin1String("fp32")),
                 qPrintable(status));
    }

    void chartsThinLongCurvesButKeepTheirShape()
    {
        // TensorBoard's smoothing starts at the first value (debiased), not at zero.
        const std::vector<double> smoothed = CurveChart::smooth({4.0, 4.0, 4.0}, 0.9);
        QCOMPARE(smoothed.front(), 4.0);
        QVERIFY(std::abs(smoothed.back() - 4.0) < 1e-9);

        QList<QPointF> points;
        for (int i = 0; i < 20000; ++i)
            points.append(QPointF(i, std::sin(i / 500.0)));
        points[12345].setY(9.0); // one spike: a raw curve's thinned copy must still show it
        const QList<QPointF> raw = CurveChart::thin(points, 300, true);
        QVERIFY(raw.size() <= 2 * 300 + 2);
        QVERIFY(raw.size() >= 300);
        QCOMPARE(raw.front(), points.front());
        QCOMPARE(raw.back(), points.back());
        QVERIFY(std::any_of(raw.begin(), raw.end(), [](const QPointF &p) { return p.y() == 9.0; }));
        for (qsizetype i = 1; i < raw.size(); ++i)
            QVERIFY(raw[i].x() > raw[i - 1].x()); // in order, no point twice
        const QList<QPointF> line = CurveChart::thin(points, 300, false);
        QVERIFY(line.size() <= 300 + 2);
        QCOMPARE(line.back(), points.back());
        const QList<QPointF> few = points.mid(0, 500);
        QCOMPARE(CurveChart::thin(few, 300, true), few); // short curves are drawn whole

        // A chart fed a long curve draws a thinned copy and exports every point.
        CurveChart chart(QStringLiteral("thin"), QStringLiteral("y"));
        const int curve = chart.addCurve(QStringLiteral("raw"), Qt::blue, false);
        chart.resize(640, 400);
        for (int i = 0; i < 20000; ++i)
            chart.append(curve, CurvePoint{double(i), i / 1000.0, i * 0.1, std::cos(i / 300.0)});
        chart.refresh();
        const auto series = chart.view()->chart()->series();
        QCOMPARE(series.size(), 1);
        const int drawn = static_cast<int>(qobject_cast<QLineSeries *>(series.front())->count());
        QVERIFY2(drawn > 100 && drawn < 1000, qPrintable(QString::number(drawn)));
        const QString csv = m_tmp.filePath(QStringLiteral("thin.csv"));
        QVERIFY(chart.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 20001);
    }

    void trainingUpdatesChartsWithoutStalling()
    {
        TrainPage *page = m_window->trainPage();
        page->setConfig(tinyConfig(2, 1280));
        page->setRunFolder(m_tmp.filePath(QStringLiteral("run1")));
        QSignalSpy steps(m_window->training(), &TrainingController::steps);
        QSignalSpy epochs(m_window->training(), &TrainingController::epoch);
        QSignalSpy finished(m_window->training(), &TrainingController::finished);
        QSignalSpy model(m_window->models(), &ModelService::modelChanged);
        StallProbe probe;
        page->startTraining();
        QVERIFY(m_window->training()->isRunning());
        QVERIFY(finished.wait(180000));
        const qint64 worst = probe.worst();
        // Reported, not asserted tightly: the machines are shared. A blocking call on the GUI
        // thread would show as seconds.
        qInfo("Worst GUI-thread gap during training: %lld ms", worst);
        QVERIFY2(worst < 2000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worst)));
        const QJsonObject result = finished.first().first().toJsonObject();
        QVERIFY2(!result[QStringLiteral("failed")].toBool(), qPrintable(result[QStringLiteral("message")].toString()));
        QVERIFY(steps.count() >= 1);
        QCOMPARE(epochs.count(), 2);
        page->lossChart()->refresh();
        QVERIFY(page->lossChart()->points(0).size() >= 10);
        QCOMPARE(int(page->accuracyChart()->points(2).size()), 2); // one-shot per epoch
        QVERIFY(m_window->filtersPage()->historySize() >= 2);
        QVERIFY(model.count() >= 1 || model.wait(30000));
        QVERIFY(m_window->models()->hasModel());
        QVERIFY(m_window->runsPage()->runCount() >= 1);
    }

    void trainingWithWorkerProcesses()
    {
        // Two workers of the command-line program, followed through the run folder: the same
        // signals as a run on this program's thread.
        TrainPage *page = m_window->trainPage();
        train::TrainConfig c = tinyConfig(2, 1280);
        c.syncBatchNorm = true;
        page->setConfig(c);
        page->setWorkers(2);
        const QString dir = m_tmp.filePath(QStringLiteral("two workers"));
        page->setRunFolder(dir);
        QSignalSpy started(m_window->training(), &TrainingController::started);
        QSignalSpy steps(m_window->training(), &TrainingController::steps);
        QSignalSpy epochs(m_window->training(), &TrainingController::epoch);
        QSignalSpy finished(m_window->training(), &TrainingController::finished);
        StallProbe probe;
        page->startTraining();
        QVERIFY(m_window->training()->isMultiProcess());
        QVERIFY(m_window->training()->isRunning());
        QVERIFY(started.wait(60000));
        QVERIFY(!page->monitor()->pauseButton()->isEnabled()); // worker processes do not pause
        QVERIFY(page->monitor()->stopButton()->isEnabled());
        QVERIFY(finished.wait(180000));
        qInfo("Worst GUI-thread gap during the two workers' run: %lld ms", probe.worst());
        page->setWorkers(1);
        const QJsonObject result = finished.first().first().toJsonObject();
        QVERIFY2(!result[QStringLiteral("failed")].toBool(), qPrintable(result[QStringLiteral("message")].toString()));
        QCOMPARE(result[QStringLiteral("stop_reason")].toString(), QStringLiteral("epochs"));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toJsonObject()[QStringLiteral("workers")].toInt(), 2);
        QCOMPARE(epochs.count(), 2);
        QVERIFY(steps.count() >= 1);
        // Progress and ETA, which metrics.csv does not hold, come from the run's config.
        const auto last = steps.last().first().value<QVector<train::StepMetrics>>().last();
        QVERIFY2(last.progress > 0.5 && last.progress <= 1.0, qPrintable(QString::number(last.progress)));
        QVERIFY(last.etaSeconds >= 0);
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("result.json"))));
        QVERIFY(!m_window->training()->isRunning());
    }

    void followModeReadsARunWhileItIsWritten()
    {
        // A run folder that something else writes (a CLI run here or on another machine): the
        // rows added after the first look, a line completed after it was torn, and a new best
        // checkpoint of the run whose model is looked at.
        RunsPage *runs = m_window->runsPage();
        m_window->showPage(QStringLiteral("runs"));
        const QString dir = m_tmp.filePath(QStringLiteral("followed run"));
        QVERIFY(QDir().mkpath(QDir(dir).filePath(QStringLiteral("checkpoints"))));
        QVERIFY(QFile::copy(QDir(m_fixtureRun).filePath(QStringLiteral("config.json")),
                            QDir(dir).filePath(QStringLiteral("config.json"))));
        const QString best = QDir(dir).filePath(QStringLiteral("checkpoints/best.pt"));
        QVERIFY(QFile::copy(QDir(m_fixtureRun).filePath(QStringLiteral("checkpoints/best.pt")), best));
        QFile source(QDir(m_fixtureRun).filePath(QStringLiteral("metrics.csv")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray all = source.readAll();
        const qsizetype firstEpoch = all.indexOf("\nepoch,") + 1;
        const qsizetype split = all.indexOf('\n', firstEpoch) + 1 + 9; // 9 bytes into the next line
        QFile metrics(QDir(dir).filePath(QStringLiteral("metrics.csv")));
        QVERIFY(metrics.open(QIODevice::WriteOnly));
        metrics.write(all.left(split));
        metrics.flush();

        runs->showRun(dir); // selects it alone
        QCOMPARE(runs->selectedRuns(), QStringList{QFileInfo(dir).absoluteFilePath()});
        QCOMPARE(runs->oneShotChart()->curveCount(), 1);
        QCOMPARE(runs->oneShotChart()->points(0).size(), std::size_t(1));
        runs->lookAtModel();
        runs->setFollowing(true, 3600000); // the test looks itself, with followOnce()
        QVERIFY(runs->isFollowing());
        QSignalSpy model(runs, &RunsPage::useModel);

        runs->followOnce(); // nothing new: the torn line waits
        QCOMPARE(runs->oneShotChart()->points(0).size(), std::size_t(1));
        QCOMPARE(model.count(), 0);

        metrics.write(all.mid(split));
        metrics.close();
        QFile touched(best);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        runs->followOnce();
        QCOMPARE(runs->oneShotChart()->points(0).size(), std::size_t(2));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.first().first().toString(), best);
        runs->setFollowing(false);
        QVERIFY(!runs->isFollowing());
    }

    void boardScoresDroppedImage()
    {
        useFixtureModel();
        BoardPage *board = m_window->boardPage();
        m_window->showPage(QStringLiteral("board"));
        board->useOwnImageSource();
        // A real Omniglot PNG, dropped as a file.
        const auto data = m_window->dataSet();
        const QString png = m_tmp.filePath(QStringLiteral("drop.png"));
        QVERIFY(cv::imwrite(png.toStdString(), data->image(12345)));
        QSignalSpy scored(board, &BoardPage::scored);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png)});
        board->pad()->acceptMime(&mime);
        QVERIFY(scored.wait(30000));
        QVERIFY(board->grid()->count() > 10);
        QCOMPARE(int(board->grid()->scores().size()), board->grid()->count());
        QVERIFY(board->grid()->pick() >= 0);
        // Position (the number messages use) and rank are two things; sorted, the pick comes first.
        CandidateGrid *grid = board->grid();
        QCOMPARE(grid->rankOf(grid->pick()), 1);
        QCOMPARE(grid->candidateAt(0), 0);
        grid->setSortedByScore(true);
        QCOMPARE(grid->candidateAt(0), grid->pick());
        for (int tile = 1; tile < grid->count(); ++tile)
            QVERIFY(grid->scores()[grid->candidateAt(tile)] <= grid->scores()[grid->candidateAt(tile - 1)]);
        grid->setSortedByScore(false);

        // A text file gets a clear message, not a crash.
        const QString txt = m_tmp.filePath(QStringLiteral("notes.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an image\n");
        f.close();
        QSignalSpy refused(board->pad(), &DrawingPad::refused);
        QMimeData textMime;
        textMime.setUrls({QUrl::fromLocalFile(txt)});
        board->pad()->acceptMime(&textMime);
        QVERIFY(refused.wait(10000));
        QVERIFY2(board->messageLabel()->text().contains(QLatin1String("notes.txt")),
                 qPrintable(board->messageLabel()->text()));
        QVERIFY(board->messageLabel()->text().contains(QLatin1String("not an image")));
    }

    void yourCharactersAreTheCandidates()
    {
        useFixtureModel();
        BoardPage *board = m_window->boardPage();
        m_window->showPage(QStringLiteral("board"));
        const auto data = m_window->dataSet();
        // A support folder of 5 characters, 3 drawings each, as a user would make it.
        const QString support = m_tmp.filePath(QStringLiteral("my characters"));
        const data::Alphabet &alphabet = data->alphabets().front();
        for (int c = 0; c < 5; ++c)
            for (int d = 1; d <= 3; ++d) {
                const QString folder = QStringLiteral("%1/sign %2").arg(support).arg(c + 1);
                QVERIFY(QDir().mkpath(folder));
                const int image = data->imageIndex(alphabet.characters[c], d);
                QVERIFY(cv::imwrite(QStringLiteral("%1/%2.png").arg(folder).arg(d).toStdString(), data->image(image)));
            }
        QSignalSpy loaded(board, &BoardPage::supportLoaded);
        board->openSupportSet(support);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toInt(), 5);
        QCOMPARE(loaded.first().at(1).toInt(), 15);
        QCOMPARE(board->grid()->count(), 5);
        // A drawing of the third character by another drawer, dropped as the query.
        const QString png = m_tmp.filePath(QStringLiteral("query sign.png"));
        QVERIFY(cv::imwrite(png.toStdString(), data->image(data->imageIndex(alphabet.characters[2], 12))));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png)});
        board->pad()->acceptMime(&mime);
        QTRY_VERIFY_WITH_TIMEOUT(board->messageLabel()->text().startsWith(QStringLiteral("Best match: sign ")), 30000);
        QCOMPARE(int(board->grid()->scores().size()), 5);
        QVERIFY(board->grid()->pick() >= 0);
        // A support folder with a file that is no image: refused with its name.
        QFile note(QDir(support).filePath(QStringLiteral("sign 2/readme.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not a drawing");
        note.close();
        QSignalSpy failed(board, &BoardPage::supportFailed);
        board->openSupportSet(support);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("readme.txt")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(board->grid()->count(), 5); // the set loaded before stays
        QVERIFY(QFile::remove(note.fileName()));

        // A labelled query folder: two more drawings of each character, ranked; the confusion
        // matrix shows and saves.
        const QString queries = m_tmp.filePath(QStringLiteral("my queries"));
        for (int c = 0; c < 5; ++c)
            for (int d = 10; d <= 11; ++d) {
                const QString folder = QStringLiteral("%1/sign %2").arg(queries).arg(c + 1);
                QVERIFY(QDir().mkpath(folder));
                const int image = data->imageIndex(alphabet.characters[c], d);
                QVERIFY(cv::imwrite(QStringLiteral("%1/%2.png").arg(folder).arg(d).toStdString(), data->image(image)));
            }
        QSignalSpy classified(board, &BoardPage::folderClassified);
        board->classifyQueryFolder(queries);
        QVERIFY(classified.wait(60000));
        QCOMPARE(classified.first().at(1).toInt(), 10);
        QVERIFY(board->confusionDialog());
        QVERIFY2(board->confusionDialog()->summary().contains(QLatin1String("of 10 labelled queries right")),
                 qPrintable(board->confusionDialog()->summary()));
        const QString base = m_tmp.filePath(QStringLiteral("confusion"));
        QVERIFY(board->confusionDialog()->save(base));
        QFile csv(base + QLatin1String(".csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("truth \\ prediction,sign 1,sign 2"));
        QVERIFY(QFileInfo(base + QLatin1String(".png")).size() > 100);
        board->confusionDialog()->close();
        // A folder of queries without character subfolders is refused, naming it.
        const QString loose = m_tmp.filePath(QStringLiteral("loose queries"));
        QVERIFY(QDir().mkpath(loose));
        QVERIFY(cv::imwrite(QDir(loose).filePath(QStringLiteral("q.png")).toStdString(), data->image(77)));
        QSignalSpy folderFailed(board, &BoardPage::folderFailed);
        board->classifyQueryFolder(loose);
        QVERIFY(folderFailed.wait(60000));
        QVERIFY2(folderFailed.first().first().toString().contains(QLatin1String("loose queries")),
                 qPrintable(folderFailed.first().first().toString()));
    }

    void embeddingPageMapsSetsAndExports()
    {
        useFixtureModel();
        EmbeddingPage *page = m_window->embeddingPage();
        m_window->showPage(QStringLiteral("embedding"));
        const auto data = m_window->dataSet();
        const data::Alphabet *alphabet = nullptr;
        for (const data::Alphabet &a : data->alphabets())
            if (a.set == data::OmniglotSet::Evaluation && !alphabet)
                alphabet = &a;
        QVERIFY(alphabet);
        QSignalSpy mapped(page, &EmbeddingPage::mapped);
        QVERIFY(page->chooseSet(alphabet->name));
        QVERIFY(mapped.wait(60000));
        QCOMPARE(page->pointCount(), int(alphabet->characters.size()) * 20);
        QVERIFY2(page->caption().contains(QLatin1String("PCA")), qPrintable(page->caption()));
        // A click lists the ten nearest neighbours in the embedding, nearest first.
        page->selectPoint(3);
        QCOMPARE(int(page->neighbours().size()), 10);
        for (std::size_t i = 1; i < page->neighbours().size(); ++i)
            QVERIFY(page->neighbours()[i].second >= page->neighbours()[i - 1].second);
        QVERIFY(page->neighbours().front().first != 3);
        QVERIFY(page->pointLabel(3).contains(QLatin1String("drawer")));

        // t-SNE keeps neighbourhoods better than PCA does.
        const double pcaKept = page->neighboursKept();
        page->setTsne(true);
        QVERIFY(mapped.wait(120000));
        qInfo("Neighbours kept: PCA %.2f, t-SNE %.2f", pcaKept, page->neighboursKept());
        QVERIFY(page->neighboursKept() > pcaKept);

        const QString png = m_tmp.filePath(QStringLiteral("embedding.png"));
        const QString svg = m_tmp.filePath(QStringLiteral("embedding.svg"));
        QVERIFY(page->exportPng(png));
        QVERIFY(page->exportSvg(svg));
        QVERIFY(QImage(png).width() >= 1000);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QVERIFY(!page->exportPng(m_tmp.filePath(QStringLiteral("no such folder/embedding.png"))));

        // A map made while the page is hidden is drawn when the page is shown, or when exported.
        m_window->showPage(QStringLiteral("train"));
        page->setTsne(false);
        QVERIFY(mapped.wait(60000));
        QVERIFY(!page->mapDrawn());
        m_window->showPage(QStringLiteral("embedding"));
        QVERIFY(page->mapDrawn());
        m_window->showPage(QStringLiteral("train"));
        page->setColourByCharacter(true);
        QVERIFY(!page->mapDrawn());
        QVERIFY(page->exportPng(png));
        QVERIFY(page->mapDrawn());
        m_window->showPage(QStringLiteral("embedding"));

        // Your characters: the support folder the board test made, 5 characters of 3 drawings.
        page->openSupportSet(m_tmp.filePath(QStringLiteral("my characters")));
        QVERIFY(mapped.wait(60000));
        QCOMPARE(page->pointCount(), 15);
        // An empty character folder is refused with its name.
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("my characters/sign 9"))));
        QSignalSpy failed(page, &EmbeddingPage::failed);
        page->openSupportSet(m_tmp.filePath(QStringLiteral("my characters")));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("sign 9")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(QDir(m_tmp.filePath(QStringLiteral("my characters/sign 9"))).removeRecursively());
    }

    void lrPreviewSpansTheTimeBudget()
    {
        TrainPage *page = m_window->trainPage();
        train::TrainConfig c = train::TrainConfig::forPreset(QStringLiteral("cpu"));
        c.epochs = 200;
        c.minutes = 0;
        page->setConfig(c);
        QCOMPARE(page->expectedEpochs(), 200);
        // One pair every 3 ms: 30 minutes hold 600000 pairs, 20 epochs of 30000.
        AppSettings::setSecondsPerPair(QStringLiteral("cpu"), 0.003);
        c.minutes = 30;
        c.pairsPerEpoch = 30000;
        page->setConfig(c);
        QString note;
        QCOMPARE(page->expectedEpochs(&note), 20);
        QVERIFY2(note.contains(QLatin1String("20 of 200 epochs fit in 30 minutes")), qPrintable(note));
        QCOMPARE(page->lrNote()->text(), note);
        // A budget longer than the epochs: all of them.
        c.minutes = 6000;
        page->setConfig(c);
        QCOMPARE(page->expectedEpochs(), 200);
        AppSettings::setSecondsPerPair(QStringLiteral("cpu"), 0);
    }

    void drawingsBecomeYourCharacters()
    {
        useFixtureModel();
        BoardPage *board = m_window->boardPage();
        const auto data = m_window->dataSet();
        const QString folder = m_tmp.filePath(QStringLiteral("drawn set"));
        const auto query = [&](int image) {
            const QString png = m_tmp.filePath(QStringLiteral("drawn-query.png"));
            QVERIFY(cv::imwrite(png.toStdString(), data->image(image)));
            QSignalSpy ready(board->pad(), &DrawingPad::imageReady);
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(png)});
            board->pad()->acceptMime(&mime);
            QVERIFY(ready.wait(10000));
        };
        query(100);
        QString saved = board->addQueryTo(folder, QStringLiteral("alpha"));
        QCOMPARE(saved, QDir(folder).filePath(QStringLiteral("alpha/drawn-1.png")));
        QVERIFY2(board->messageLabel()->text().contains(QLatin1String("two characters")),
                 qPrintable(board->messageLabel()->text()));
        QVERIFY(board->addQueryTo(folder, QStringLiteral("alpha")).endsWith(QLatin1String("alpha/drawn-2.png")));
        query(3000);
        QSignalSpy loaded(board, &BoardPage::supportLoaded);
        QVERIFY(!board->addQueryTo(folder, QStringLiteral("beta")).isEmpty());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toInt(), 2);
        QCOMPARE(loaded.first().at(1).toInt(), 3);
        QVERIFY(board->addQueryTo(folder, QStringLiteral("../outside")).isEmpty());
        QVERIFY2(board->messageLabel()->text().contains(QLatin1String("../outside")),
                 qPrintable(board->messageLabel()->text()));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("outside"))));
    }

    void waysCurveMeasuresAndSavesIntoTheRun()
    {
        useFixtureModel();
        WaysCurveDialog *dialog = m_window->boardPage()->openWaysCurve();
        dialog->show();
        dialog->setTrials(20);
        QSignalSpy finished(dialog, &WaysCurveDialog::finished);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(300000));
        QCOMPARE(int(dialog->points().size()), 12);
        for (const eval::WaysPoint &p : dialog->points())
            QCOMPARE(p.trials, 20);
        // Saved into the run folder, the run's report shows the curve.
        const QString base = QDir(m_fixtureRun).filePath(QStringLiteral("ways_curve"));
        QVERIFY2(dialog->save(base), qPrintable(dialog->status()));
        for (const char *ext : {".csv", ".png", ".svg"})
            QVERIFY(QFileInfo::exists(base + QLatin1String(ext)));
        exporting::ReportInput input;
        input.runs = {m_fixtureRun};
        QVERIFY(
            exporting::buildReport(input).html.contains(QLatin1String("Accuracy against the number of candidates")));
        QVERIFY(!dialog->save(m_tmp.filePath(QStringLiteral("no such folder/ways"))));
        QVERIFY(dialog->status().contains(QLatin1String("no such folder")));
        // Stopped midway: no points, a clear status.
        dialog->setTrials(2000);
        dialog->start();
        dialog->stop();
        QVERIFY(finished.wait(300000));
        QVERIFY2(dialog->status().contains(QLatin1String("Stopped")), qPrintable(dialog->status()));
        QVERIFY(QFile::remove(base + QLatin1String(".csv")));
        dialog->close();
    }

    void aLateResultNeverReplacesANewerInput()
    {
        useFixtureModel();
        BoardPage *board = m_window->boardPage();
        board->useOwnImageSource();
        const QString png = m_tmp.filePath(QStringLiteral("late.png"));
        QVERIFY(cv::imwrite(png.toStdString(), m_window->dataSet()->image(2222)));
        const QString txt = m_tmp.filePath(QStringLiteral("late.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image either\n");
        f.close();
        const auto drop = [board](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            board->pad()->acceptMime(&mime);
        };
        // An image, then at once a text file: whatever finishes last, the refusal stays.
        for (int round = 0; round < 5; ++round) {
            drop(png);
            drop(txt);
            QTest::qWait(1500);
            QVERIFY2(board->messageLabel()->text().contains(QLatin1String("late.txt")),
                     qPrintable(board->messageLabel()->text()));
        }
        // A text file, then at once an image: the image is scored and its result shown.
        QSignalSpy scored(board, &BoardPage::scored);
        drop(txt);
        drop(png);
        QVERIFY(scored.wait(30000));
        QVERIFY2(!board->messageLabel()->text().contains(QLatin1String("late.txt")),
                 qPrintable(board->messageLabel()->text()));
    }

    void boardRunsAll()
    {
        useFixtureModel();
        BoardPage *board = m_window->boardPage();
        QSignalSpy all(board, &BoardPage::allScored);
        // The own-image source has no task set: choose Lake's runs first.
        auto *source = board->findChild<QComboBox *>();
        source->setCurrentIndex(0);
        board->runAll();
        QVERIFY(all.wait(60000));
        QCOMPARE(all.last().at(1).toInt(), 400);
        QCOMPARE(board->failureCount(), 400 - all.last().at(0).toInt());
    }

    void activationsForAnImage()
    {
        useFixtureModel();
        ActivationsPage *page = m_window->activationsPage();
        QSignalSpy ready(page, &ActivationsPage::mapsReady);
        page->setImage(m_window->dataSet()->image(7), QStringLiteral("test image"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(page->layerCount(), 2); // the tiny preset's two conv layers
        QVERIFY(page->exportAll(m_tmp.filePath(QStringLiteral("acts"))));
        // Report figures: about 1024 px wide, the SVG beside the PNG.
        const QImage conv1(m_tmp.filePath(QStringLiteral("acts/conv1.png")));
        QVERIFY2(conv1.width() > 900 && conv1.width() <= 1100, qPrintable(QString::number(conv1.width())));
        QVERIFY(QFileInfo(m_tmp.filePath(QStringLiteral("acts/conv2.svg"))).size() > 1000);
    }

    void exportsAreValidFiles()
    {
        CurveChart *chart = m_window->trainPage()->lossChart();
        chart->clear();
        for (int i = 0; i < 30; ++i)
            chart->append(0, {double(i), i / 10.0, i * 0.5, 1.0 / (1 + i)});
        chart->append(1, {0, 0, 0, 0.7}); // a loss term's curve: its rows are in the CSV too
        const QString png = m_tmp.filePath(QStringLiteral("loss.png"));
        const QString svg = m_tmp.filePath(QStringLiteral("loss.svg"));
        const QString csv = m_tmp.filePath(QStringLiteral("loss.csv"));
        QVERIFY(chart->exportPng(png, QSize(800, 500)));
        QVERIFY(chart->exportSvg(svg, QSize(800, 500)));
        QVERIFY(chart->exportCsv(csv));
        const QImage img(png);
        QCOMPARE(img.size(), QSize(800, 500));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray svgText = s.readAll();
        QVERIFY(svgText.contains("<svg") && svgText.contains("</svg>"));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("curve,step,epoch,wall_time_s,value"));
        QCOMPARE(lines.size() - 1, 31);
        FiltersPage *filters = m_window->filtersPage();
        model::FilterSnapshot snapshot;
        snapshot.out = 8;
        snapshot.in = 1;
        snapshot.kernel = 5;
        for (int i = 0; i < 8 * 25; ++i)
            snapshot.weights.push_back(std::sin(i * 0.37f));
        filters->addSnapshot(snapshot);
        QVERIFY(filters->exportPng(m_tmp.filePath(QStringLiteral("filters.png")), 8));
        QVERIFY(filters->exportSvg(m_tmp.filePath(QStringLiteral("filters.svg")), 8));
        QVERIFY(QImage(m_tmp.filePath(QStringLiteral("filters.png"))).width() > 8 * 5);
    }

    void runsPageOverlaysCurves()
    {
        RunsPage *runs = m_window->runsPage();
        QVERIFY(!runs->addRun(m_tmp.path())); // not a run folder
        QVERIFY(runs->addRun(m_fixtureRun));
        const int count = runs->runCount();
        QVERIFY(count >= 1);
        QVERIFY(runs->addRun(m_fixtureRun)); // the same folder twice is one row
        QCOMPARE(runs->runCount(), count);
        runs->selectAll();
        QCOMPARE(runs->oneShotChart()->curveCount(), count);
        bool fixtureShown = false; // the fixture's two epochs of validation
        for (int c = 0; c < runs->oneShotChart()->curveCount(); ++c)
            fixtureShown = fixtureShown || runs->oneShotChart()->points(c).size() == 2;
        QVERIFY(fixtureShown);
        // The same runs again update the chart's curves; no new chart is built.
        CurveChart *chart = runs->oneShotChart();
        runs->selectAll();
        QCOMPARE(runs->oneShotChart(), chart);
        // A run shown while the page is hidden (a training run after each epoch) waits for the
        // page to be shown.
        const QString second = m_tmp.filePath(QStringLiteral("second run"));
        QDir().mkpath(second);
        for (const char *file : {"config.json", "metrics.csv"})
            QVERIFY(QFile::copy(QDir(m_fixtureRun).filePath(QString::fromLatin1(file)),
                                QDir(second).filePath(QString::fromLatin1(file))));
        m_window->showPage(QStringLiteral("data"));
        runs->showRun(second);
        QCOMPARE(runs->oneShotChart(), chart);
        m_window->showPage(QStringLiteral("runs"));
        QVERIFY(runs->oneShotChart() != chart);
        QCOMPARE(runs->oneShotChart()->curveCount(), 1);
        QCOMPARE(runs->oneShotChart()->points(0).size(), std::size_t(2));
        QVERIFY(runs->exportTableCsv(m_tmp.filePath(QStringLiteral("runs.csv"))));
    }

    void reproducePageFillsTheTable()
    {
        ReproducePage *page = m_window->reproducePage();
        m_window->showPage(QStringLiteral("reproduce"));
        const QString folder = m_tmp.filePath(QStringLiteral("schedules"));
        page->setExperiment(QStringLiteral("schedules"), QStringLiteral("tiny"), 0, folder);
        QCOMPARE(page->table()->rowCount(), 3);
        QSignalSpy rows(page->controller(), &ReproductionController::rowReady);
        QSignalSpy finished(page, &ReproducePage::finished);
        page->start();
        QVERIFY(page->isRunning());
        QVERIFY(finished.wait(180000));
        QCOMPARE(rows.count(), 3);
        const QJsonObject table = finished.first().first().toJsonObject();
        QVERIFY2(table.value(QStringLiteral("complete")).toBool(),
                 qPrintable(table.value(QStringLiteral("message")).toString()));
        for (int r = 0; r < 3; ++r) {
            QVERIFY(page->table()->item(r, 1)->text().endsWith(QLatin1String("%"))); // ours, measured
            QVERIFY(page->table()->item(r, 4)->text().endsWith(QLatin1String("%"))); // the reproduction's figure
        }
        // A row opens its run on the Runs page.
        const int before = m_window->runsPage()->runCount();
        Q_EMIT page->table()->cellDoubleClicked(0, 0);
        QVERIFY(m_window->runsPage()->runCount() >= std::max(1, before));
        QVERIFY(m_window->runsPage()->runs().contains(QDir(folder).filePath(QStringLiteral("schedules-exponential"))));
    }

    void reportAsPdf()
    {
        exporting::ReportInput input;
        input.runs = {m_fixtureRun};
        input.dataFolder = test::dataDir();
        const QString pdf = m_tmp.filePath(QStringLiteral("report.pdf"));
        writePdf(exporting::buildReport(input, true), pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 50000, qPrintable(QString::number(bytes.size()))); // its charts and images are in
    }

    void closingMidTrainingStopsCleanly()
    {
        TrainPage *page = m_window->trainPage();
        page->setConfig(tinyConfig(50, 20000));
        const QString dir = m_tmp.filePath(QStringLiteral("run2"));
        page->setRunFolder(dir);
        QSignalSpy steps(m_window->training(), &TrainingController::steps);
        page->startTraining();
        QVERIFY(steps.wait(60000));
        bool asked = false;
        m_window->setCloseConfirmation([&asked] {
            asked = true;
            return true;
        });
        QVERIFY(m_window->close());
        QVERIFY(asked);
        QVERIFY(!m_window->training()->isRunning());
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("checkpoints/last.pt"))));
        m_window.reset();
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
