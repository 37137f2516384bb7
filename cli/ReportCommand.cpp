// oneshot report: one self-contained HTML file for runs and experiments.
#include <QCommandLineParser>
#include <QTextStream>

#include "Commands.h"
#include "common/Error.h"
#include "export/Report.h"

namespace oneshot::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Writes one self-contained HTML file (images inline) about runs and experiments: what was run, the curves, the "
        "tables beside the published numbers, filters, activation maps, the failed trials of Lake's runs, baselines."));
    p.addOption({QStringLiteral("run"), QObject::tr("A run folder (repeatable)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("experiment"), QObject::tr("An experiment folder of 'oneshot reproduce' (repeatable)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("out"), QObject::tr("The HTML file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("data"), QObject::tr("Omniglot data folder, for Lake's runs (found automatically)."),
                 QStringLiteral("DIR")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out FILE.html"));
    exporting::ReportInput input;
    input.runs = p.values(QStringLiteral("run"));
    input.experiments = p.values(QStringLiteral("experiment"));
    if (input.runs.isEmpty() && input.experiments.isEmpty())
        throw Error(QObject::tr("Give at least one --run DIR or --experiment DIR"));
    input.dataFolder = resolveDataFolder(p.value(QStringLiteral("data")));
    exporting::writeReport(input, p.value(QStringLiteral("out")));
    QTextStream(stdout) << p.value(QStringLiteral("out")) << '\n';
    return 0;
}

} // namespace oneshot::cli
