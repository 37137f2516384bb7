#include "StudioApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include "MainWindow.h"
#include "pages/BoardPage.h"
#include "pages/EmbeddingPage.h"
#include "SignalWatcher.h"
#include "common/AppSettings.h"
#include "common/Language.h"
#include "pages/ActivationsPage.h"
#include "pages/TrainPage.h"
#include "train/TrainConfig.h"
#include "data/Omniglot.h"

#include <QDir>
#include <QThread>

namespace oneshot::ui {

int runStudio(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("OneshotStudio"));
    QApplication::setApplicationName(QStringLiteral("oneshot-studio"));
    // The language must be in place before the first tr(), so --language is read ahead of the parser.
    const QStringList args = QCoreApplication::arguments();
    const qsizetype languageAt = args.indexOf(QStringLiteral("--language"));
    installTranslations(chooseLanguage(languageAt > 0 ? args.value(languageAt + 1) : QString()));
    QApplication::setApplicationDisplayName(QObject::tr("Oneshot Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ONESHOT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.oneshotstudio.OneshotStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oneshot-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Oneshot Studio: one-shot image recognition with Siamese networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data"), QObject::tr("Folder with the Omniglot zips."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("quit-after"), QObject::tr("Quit after this many milliseconds (for smoke tests)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save a screenshot of the window to FILE just before --quit-after ends the program."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("screenshots"),
         QObject::tr("Save a screenshot of every page into DIR just before --quit-after ends the program."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("train"),
                      QObject::tr("Start training with this preset as soon as the data is loaded."),
                      QStringLiteral("PRESET")});
    parser.addOption({QStringLiteral("pairs"), QObject::tr("Pairs per epoch for --train."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("run-dir"), QObject::tr("Run folder for --train."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("workers"), QObject::tr("Worker processes for --train (data-parallel)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("page"),
                      QObject::tr("Open on this page (data, train, filters, activations, board, embedding, runs, "
                                  "reproduce)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("support"),
                      QObject::tr("Open the board on your own characters: a folder or zip with one subfolder per "
                                  "character."),
                      QStringLiteral("DIR_OR_ZIP")});
    parser.addOption({QStringLiteral("map"),
                      QObject::tr("Open the Embedding page on this set: evaluation, background or an alphabet's name."),
                      QStringLiteral("SET")});
    parser.addOption({QStringLiteral("language"),
                      QObject::tr("Speak this language (en, nl, de) instead of the system's or the one chosen in "
                                  "View > Language."),
                      QStringLiteral("CODE")});
    parser.process(app);

    applyPalette(AppSettings::darkMode());
    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("data")))
        window.loadData(parser.value(QStringLiteral("data")));
    else
        window.locateAndLoad();
    if (parser.isSet(QStringLiteral("page")))
        window.showPage(parser.value(QStringLiteral("page")));
    if (parser.isSet(QStringLiteral("support"))) {
        window.showPage(QStringLiteral("board"));
        window.boardPage()->openSupportSet(parser.value(QStringLiteral("support")));
    }
    if (parser.isSet(QStringLiteral("map"))) {
        QObject::connect(&window, &MainWindow::dataLoaded, &window, [&window, &parser] {
            window.showPage(QStringLiteral("embedding"));
            if (!window.embeddingPage()->chooseSet(parser.value(QStringLiteral("map"))))
                QTextStream(stderr) << QObject::tr(
                                           "No set '%1' to map: give evaluation, background or an alphabet's name\n")
                                           .arg(parser.value(QStringLiteral("map")));
        });
    }
    if (parser.isSet(QStringLiteral("train"))) {
        QObject::connect(&window, &MainWindow::dataLoaded, &window, [&window, &parser] {
            train::TrainConfig c = train::TrainConfig::forPreset(parser.value(QStringLiteral("train")));
            if (parser.isSet(QStringLiteral("pairs")))
                c.pairsPerEpoch = parser.value(QStringLiteral("pairs")).toInt();
            c.dataFolder = window.trainPage()->config().dataFolder;
            window.trainPage()->setConfig(c);
            if (parser.isSet(QStringLiteral("run-dir")))
                window.trainPage()->setRunFolder(parser.value(QStringLiteral("run-dir")));
            if (parser.isSet(QStringLiteral("workers")))
                window.trainPage()->setWorkers(parser.value(QStringLiteral("workers")).toInt());
            window.trainPage()->startTraining();
            // Something to look at on the Activations and Board pages.
            window.activationsPage()->setImage(window.dataSet()->image(4321), window.dataSet()->imagePath(4321));
        });
    }
    if (parser.isSet(QStringLiteral("quit-after"))) {
        const QString shot = parser.value(QStringLiteral("screenshot"));
        const QString shots = parser.value(QStringLiteral("screenshots"));
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window, [&window, shot, shots] {
            if (!shot.isEmpty() && !window.grab().save(shot))
                QTextStream(stderr) << QObject::tr("Cannot write screenshot %1\n").arg(shot);
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                for (const char *page :
                     {"data", "train", "filters", "activations", "board", "embedding", "runs", "reproduce"}) {
                    window.showPage(QString::fromLatin1(page));
                    QCoreApplication::processEvents();
                    QThread::msleep(300);
                    QCoreApplication::processEvents();
                    window.grab().save(QDir(shots).filePath(QString::fromLatin1(page) + QLatin1String(".png")));
                }
            }
            window.setCloseConfirmation([] { return true; });
            window.close();
        });
    }
    // SIGTERM, SIGINT, SIGHUP: stop the training (its last checkpoint is kept), save the
    // settings, quit with status 0, as closing the window does.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &window, [&window](int signal) {
        QTextStream(stderr) << QObject::tr("Signal %1: stopping and saving before quitting\n").arg(signal) << Qt::flush;
        window.setCloseConfirmation([] { return true; });
        window.close();
    });
    return app.exec();
}

} // namespace oneshot::ui
