// oneshot reproduce: the paper's and the reproduction's tables, one experiment folder each.
#include <cmath>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include "Commands.h"
#include "Interrupt.h"
#include "ProgressPrinter.h"
#include "common/Error.h"
#include "common/Format.h"
#include "data/Mnist.h"
#include "reproduce/ExperimentTable.h"
#include "reproduce/Reproduction.h"

namespace oneshot::cli {

namespace {

/// Says which cell runs, then lets the progress printer follow its training.
class CellPrinter : public reproduce::ReproductionObserver
{
public:
    explicit CellPrinter(bool json)
        : m_json(json)
        , m_run(json, 0)
    {
    }

    void onCell(int index, int count, const reproduce::Cell &cell, const QString &what) override
    {
        if (m_json)
            printJson({{QStringLiteral("event"), QStringLiteral("cell")},
                       {QStringLiteral("index"), index},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("id"), cell.id},
                       {QStringLiteral("what"), what}});
        else
            QTextStream(stderr) << QStringLiteral("[%1/%2] %3: %4\n").arg(index + 1).arg(count).arg(cell.label, what);
    }
    void onRow(int, const QJsonObject &row) override
    {
        if (m_json) {
            QJsonObject o = row;
            o.insert(QStringLiteral("event"), QStringLiteral("row"));
            printJson(o);
            return;
        }
        QTextStream(stderr) << QObject::tr("      %1: ours %2, paper %3\n")
                                   .arg(row.value(QStringLiteral("label")).toString(),
                                        percent(row.value(QStringLiteral("ours")).toDouble(std::nan(""))),
                                        percent(row.value(QStringLiteral("paper")).toDouble(std::nan(""))));
    }
    void onStart(const QJsonObject &info) override { m_run.onStart(info); }
    void onStep(const train::StepMetrics &m) override { m_run.onStep(m); }
    void onEpoch(const train::EpochMetrics &m) override { m_run.onEpoch(m); }
    void onMessage(const QString &text) override { m_run.onMessage(text); }

private:
    bool m_json;
    ProgressPrinter m_run;
};

QString mnistFolder(const QCommandLineParser &p, const QString &dataFolder)
{
    return p.isSet(QStringLiteral("mnist")) ? p.value(QStringLiteral("mnist")) : data::defaultMnistFolder(dataFolder);
}

} // namespace

int runReproduce(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Reproduces a table of Koch et al. 2015 or of the reproduction: every cell an ordinary run folder in DIR, then "
        "table.json, table.csv, table.md and figures. Run it again to resume: finished cells are kept."));
    p.addPositionalArgument(QStringLiteral("EXPERIMENT"),
                            QObject::tr("%1, or all.").arg(reproduce::experimentNames().join(QLatin1String(", "))));
    p.addOption({QStringLiteral("scale"),
                 QObject::tr("paper (koch2015 and the paper's settings; a GPU) or cpu (the CPU preset, on the same "
                             "axes, with a time budget per run)."),
                 QStringLiteral("SCALE"), QStringLiteral("cpu")});
    p.addOption({QStringLiteral("out"),
                 QObject::tr("The experiment folder (for all: one folder per experiment in it)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("minutes-per-run"),
                 QObject::tr("Time budget of each training cell, in minutes (fractions allowed; 0: none)."),
                 QStringLiteral("M"), QStringLiteral("0")});
    p.addOption({QStringLiteral("data"), QObject::tr("Omniglot data folder (found automatically if omitted)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("mnist"), QObject::tr("MNIST folder (default: ../mnist beside the Omniglot folder)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("set"),
                 QObject::tr("A setting for every training cell, e.g. --set device=cuda (repeatable)."),
                 QStringLiteral("KEY=VALUE")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print JSON lines (cell, row, table) instead of text.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1)
        throw Error(
            QObject::tr("Give one EXPERIMENT: %1 or all").arg(reproduce::experimentNames().join(QLatin1String(", "))));
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out DIR for the experiment folder"));
    bool ok = false;
    const double minutes = p.value(QStringLiteral("minutes-per-run")).toDouble(&ok);
    if (!ok || minutes < 0)
        throw Error(QObject::tr("--minutes-per-run must be a number of minutes, 0 or more, got '%1'")
                        .arg(p.value(QStringLiteral("minutes-per-run"))));
    const QString name = p.positionalArguments().first();
    const QStringList names = name == QLatin1String("all") ? reproduce::experimentNames() : QStringList{name};
    const QString dataFolder = resolveDataFolder(p.value(QStringLiteral("data")));
    const bool json = p.isSet(QStringLiteral("json"));
    for (const QString &n : names) {
        reproduce::Experiment e = reproduce::experiment(n, p.value(QStringLiteral("scale")), minutes);
        for (reproduce::Cell &c : e.cells) {
            if (c.trains())
                c.assignments << p.values(QStringLiteral("set"));
        }
        const QString out
            = names.size() > 1 ? QDir(p.value(QStringLiteral("out"))).filePath(n) : p.value(QStringLiteral("out"));
        reproduce::Reproduction reproduction(e, out, dataFolder, mnistFolder(p, dataFolder));
        CellPrinter printer(json);
        QElapsedTimer timer;
        timer.start();
        QJsonObject table;
        {
            const InterruptStops interrupts(reproduction.control());
            table = reproduction.run(&printer);
        }
        if (json) {
            QJsonObject o = table;
            o.insert(QStringLiteral("event"), QStringLiteral("table"));
            o.insert(QStringLiteral("folder"), out);
            printJson(o);
        } else {
            QTextStream(stdout) << reproduce::tableMarkdown(table) << '\n'
                                << QObject::tr("%1 in %2 (%3)\n")
                                       .arg(QDir(out).filePath(QStringLiteral("table.md")),
                                            formatClock(timer.elapsed() / 1000.0),
                                            table.value(QStringLiteral("complete")).toBool()
                                                ? QObject::tr("complete")
                                                : QObject::tr("stopped: run the same command to resume"));
        }
        if (!table.value(QStringLiteral("complete")).toBool())
            return 0;
    }
    return 0;
}

} // namespace oneshot::cli
