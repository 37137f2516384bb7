#include <cmath>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "Commands.h"
#include "common/AppSettings.h"
#include "common/Error.h"
#include "data/DataLocator.h"
#include "data/Downloader.h"
#include "data/Omniglot.h"

namespace oneshot::cli {

bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addHelpOption();
    // The parser names the program by its path; the command line is "oneshot COMMAND".
    const auto helpText = [&parser, &args] {
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1String(" [options]"));
        if (end > 0 && text.startsWith(QLatin1String("Usage: ")))
            text.replace(7, end - 7, args.value(0));
        return text;
    };
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << helpText();
        exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText();
        exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty() && parser.positionalArguments().first().startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << QObject::tr("Unknown option %1\n").arg(parser.positionalArguments().first());
        exitCode = 2;
        return false;
    }
    return true;
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

QString percent(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("  -  ") : QStringLiteral("%1%").arg(100 * fraction, 5, 'f', 1);
}

QString resolveDataFolder(const QString &explicitPath)
{
    const data::DataLocation loc = data::locateData(explicitPath, AppSettings::dataFolder());
    if (!loc.found())
        throw Error(data::notFoundMessage(loc));
    return loc.folder;
}

int runDataset(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Loads the Omniglot background and evaluation sets and prints their counts."));
    parser.addOption({QStringLiteral("data"), QObject::tr("Folder with the Omniglot zips or extracted folders."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("set"), QObject::tr("background, evaluation or both (default)."),
                      QStringLiteral("SET"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("threads"), QObject::tr("Decoding threads (0: all cores)."), QStringLiteral("T"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(parser, args, code))
        return code;

    const QString folder = resolveDataFolder(parser.value(QStringLiteral("data")));
    const QString setName = parser.value(QStringLiteral("set"));
    data::Omniglot::Sets sets = data::Omniglot::Both;
    if (setName == QLatin1String("background"))
        sets = data::Omniglot::Background;
    else if (setName == QLatin1String("evaluation"))
        sets = data::Omniglot::Evaluation;
    else if (setName != QLatin1String("both"))
        throw Error(QObject::tr("Unknown set '%1' (expected background, evaluation or both)").arg(setName));

    QElapsedTimer timer;
    timer.start();
    const data::Omniglot o = data::Omniglot::load(folder, sets, parser.value(QStringLiteral("threads")).toInt());
    const double seconds = timer.nsecsElapsed() / 1e9;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        for (const data::SetSummary &s : o.summaries()) {
            root.insert(s.name,
                        QJsonObject{{QStringLiteral("alphabets"), s.alphabets},
                                    {QStringLiteral("characters"), s.characters},
                                    {QStringLiteral("images"), s.images},
                                    {QStringLiteral("drawers_min"), s.drawersMin},
                                    {QStringLiteral("drawers_max"), s.drawersMax},
                                    {QStringLiteral("source"), s.source}});
        }
        root.insert(QStringLiteral("folder"), folder);
        root.insert(QStringLiteral("store_bytes"), static_cast<qint64>(o.store().bytes()));
        root.insert(QStringLiteral("load_seconds"), seconds);
        printJson(root);
        return 0;
    }
    QTextStream out(stdout);
    out << QObject::tr("Omniglot in %1\n").arg(folder);
    for (const data::SetSummary &s : o.summaries()) {
        out << QObject::tr("  %1: %2 alphabets, %3 characters, %4 images, %5 drawers per character (%6)\n")
                   .arg(s.name, -10)
                   .arg(s.alphabets)
                   .arg(s.characters)
                   .arg(s.images)
                   .arg(s.drawersMin == s.drawersMax ? QString::number(s.drawersMin)
                                                     : QStringLiteral("%1-%2").arg(s.drawersMin).arg(s.drawersMax))
                   .arg(s.source);
    }
    out << QObject::tr("  loaded in %1 s, %2 MB in memory\n")
               .arg(seconds, 0, 'f', 2)
               .arg(o.store().bytes() / 1e6, 0, 'f', 1);
    return 0;
}

int runDownload(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Downloads the official Omniglot zips, checks size, md5 and content, and renames them into place."));
    parser.addOption(
        {QStringLiteral("out"), QObject::tr("Target folder (default: the app's data folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("base-url"),
                      QObject::tr("Fetch from this address instead of the official one (a mirror)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("no-checksum"),
                      QObject::tr("Skip the size and md5 check (for rebuilt copies); the content is still checked.")});
    int code = 0;
    if (!parseOrExit(parser, args, code))
        return code;
    const QString folder
        = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : data::defaultDownloadFolder();
    QTextStream err(stderr);
    for (auto set : {data::OmniglotSet::Background, data::OmniglotSet::Evaluation}) {
        data::DownloadSpec spec = data::officialSpec(set);
        if (parser.isSet(QStringLiteral("base-url")))
            spec.url = QUrl(parser.value(QStringLiteral("base-url")) + QLatin1Char('/') + spec.fileName);
        if (parser.isSet(QStringLiteral("no-checksum"))) {
            spec.size = -1;
            spec.md5Hex.clear();
        }
        int lastPercent = -1;
        data::downloadFile(spec, folder, [&](qint64 got, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(100 * got / total) : -1;
            if (percent != lastPercent) {
                err << '\r' << spec.fileName << ' ' << percent << "% (" << got / 1024 << " KiB)" << Qt::flush;
                lastPercent = percent;
            }
            return true;
        });
        err << '\r' << QObject::tr("%1: done, checked\n").arg(spec.fileName);
    }
    QTextStream(stdout) << QObject::tr("Omniglot is in %1\n").arg(folder);
    return 0;
}

} // namespace oneshot::cli
