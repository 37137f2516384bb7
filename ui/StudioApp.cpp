#include "StudioApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include "MainWindow.h"

namespace oneshot::ui {

int runStudio(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("OneshotStudio"));
    QApplication::setApplicationName(QStringLiteral("oneshot-studio"));
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
    parser.addOption({QStringLiteral("page"),
                      QObject::tr("Open on this page (data, train, filters, activations, board, runs)."),
                      QStringLiteral("NAME")});
    parser.process(app);

    applyPalette(QSettings().value(QStringLiteral("ui/dark"), false).toBool());
    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("data")))
        window.loadData(parser.value(QStringLiteral("data")));
    else
        window.locateAndLoad();
    if (parser.isSet(QStringLiteral("page")))
        window.showPage(parser.value(QStringLiteral("page")));
    if (parser.isSet(QStringLiteral("quit-after"))) {
        const QString shot = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(parser.value(QStringLiteral("quit-after")).toInt(), &window, [&window, shot] {
            if (!shot.isEmpty() && !window.grab().save(shot))
                QTextStream(stderr) << QObject::tr("Cannot write screenshot %1\n").arg(shot);
            window.close();
        });
    }
    return app.exec();
}

} // namespace oneshot::ui
