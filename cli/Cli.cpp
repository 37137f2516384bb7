#include "Cli.h"

#include <cstdio>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "Commands.h"
#include "common/Error.h"

namespace oneshot::cli {

namespace {

struct CommandInfo
{
    const char *name;
    const char *summary;
    int (*handler)(const QStringList &);
};

const std::vector<CommandInfo> &commands()
{
    static const std::vector<CommandInfo> list = {
        {"dataset", QT_TRANSLATE_NOOP("oneshot::cli", "Load the Omniglot data and print its counts"), &runDataset},
        {"download", QT_TRANSLATE_NOOP("oneshot::cli", "Download the official Omniglot zips"), &runDownload},
        {"train", QT_TRANSLATE_NOOP("oneshot::cli", "Train a Siamese network into a run folder"), &runTrain},
        {"config", QT_TRANSLATE_NOOP("oneshot::cli", "Print the config a preset and --set make, or list the settings"),
         &runConfig},
        {"reproduce", QT_TRANSLATE_NOOP("oneshot::cli", "Reproduce a table of Koch et al. 2015 or of the reproduction"),
         &runReproduce},
        {"report", QT_TRANSLATE_NOOP("oneshot::cli", "One HTML file about runs and experiments"), &runReport},
        {"evaluate", QT_TRANSLATE_NOOP("oneshot::cli", "Score a model on one-shot run sets (Lake's 20 runs)"),
         &runEvaluate},
        {"baseline", QT_TRANSLATE_NOOP("oneshot::cli", "Pixel nearest neighbour or modified Hausdorff on run sets"),
         &runBaseline},
        {"score", QT_TRANSLATE_NOOP("oneshot::cli", "Similarity of two images"), &runScore},
        {"classify", QT_TRANSLATE_NOOP("oneshot::cli", "Rank your own characters (a support set) for query images"),
         &runClassify},
        {"embed", QT_TRANSLATE_NOOP("oneshot::cli", "Embeddings of a set of images projected to the plane, as CSV"),
         &runEmbed},
        {"export-filters", QT_TRANSLATE_NOOP("oneshot::cli", "First-layer filters as a PNG grid"), &runExportFilters},
        {"activations", QT_TRANSLATE_NOOP("oneshot::cli", "Activation maps of every conv layer for an image"),
         &runActivations},
        {"export-python", QT_TRANSLATE_NOOP("oneshot::cli", "A folder PyTorch loads: weights, spec and model.py"),
         &runExportPython},
    };
    return list;
}

QString usage()
{
    QString text = QObject::tr("Usage: oneshot COMMAND [options]\n\nCommands:\n");
    for (const CommandInfo &c : commands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(c.name), -16)
                    .arg(QCoreApplication::translate("oneshot::cli", c.summary));
    text += QObject::tr("\nRun 'oneshot COMMAND --help' for a command's options, 'oneshot --help-all' for all of "
                        "them.\n");
    return text;
}

/// The usage and every command's options, one after the other (what the manual page shows).
int helpAll()
{
    QTextStream out(stdout);
    out << usage() << Qt::flush;
    for (const CommandInfo &c : commands()) {
        // "Xxx:" on a line of its own, then a blank line: a section of the manual page.
        out << QStringLiteral("\n%1:\n\n").arg(QObject::tr("Command %1").arg(QString::fromLatin1(c.name))) << Qt::flush;
        c.handler({QStringLiteral("oneshot ") + QString::fromLatin1(c.name), QStringLiteral("--help")});
    }
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")
        || arguments[1] == QLatin1String("help")) {
        out << usage();
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == QLatin1String("--help-all"))
        return helpAll();
    if (arguments[1] == QLatin1String("--version") || arguments[1] == QLatin1String("-v")) {
        out << "oneshot " << ONESHOT_VERSION << '\n';
        return 0;
    }
    for (const CommandInfo &c : commands()) {
        if (arguments[1] == QLatin1String(c.name)) {
            QStringList rest = arguments.mid(1);
            rest[0] = QStringLiteral("oneshot ") + rest[0];
            try {
                return c.handler(rest);
            } catch (const Error &e) {
                err << QObject::tr("error: ") << e.message() << '\n';
                return 1;
            } catch (const std::exception &e) {
                err << QObject::tr("error: ") << QString::fromUtf8(e.what()) << '\n';
                return 1;
            }
        }
    }
    err << QObject::tr("Unknown command '%1'.\n\n").arg(arguments[1]) << usage();
    return 2;
}

} // namespace oneshot::cli
