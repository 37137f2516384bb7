#include "reproduce/ExperimentTable.h"

#include "common/Format.h"

#include <cmath>

#include <QDir>
#include <QFileInfo>

#include "common/AtomicFile.h"
#include "train/Metrics.h"

namespace oneshot::reproduce {

namespace {

QString percent(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(100 * v.toDouble(), 'f', 2) : QString();
}

QStringList coordinateKeys(const QJsonArray &rows)
{
    QStringList keys;
    for (const QJsonValue &r : rows) {
        for (const QString &k : r.toObject().value(QStringLiteral("coordinates")).toObject().keys()) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    return keys;
}

bool hasColumn(const QJsonArray &rows, const char *key)
{
    for (const QJsonValue &r : rows) {
        if (!r.toObject().value(QLatin1String(key)).isNull() && !r.toObject().value(QLatin1String(key)).isUndefined())
            return true;
    }
    return false;
}

QString tableCsv(const QJsonArray &rows)
{
    const QStringList coords = coordinateKeys(rows);
    QStringList header{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind")};
    header << coords << QStringLiteral("ours") << QStringLiteral("ours_05") << QStringLiteral("paper")
           << QStringLiteral("seed") << QStringLiteral("epochs") << QStringLiteral("run");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        QStringList f{csvField(r.value(QStringLiteral("id")).toString()),
                      csvField(r.value(QStringLiteral("label")).toString()),
                      r.value(QStringLiteral("kind")).toString()};
        const QJsonObject c = r.value(QStringLiteral("coordinates")).toObject();
        for (const QString &k : coords)
            f << csvField(c.value(k).toVariant().toString());
        for (const char *k : {"ours", "ours_05", "paper", "seed"}) {
            const QJsonValue x = r.value(QLatin1String(k));
            f << (x.isDouble() ? QString::number(x.toDouble(), 'g', 6) : QString());
        }
        f << r.value(QStringLiteral("epochs")).toVariant().toString() << r.value(QStringLiteral("run")).toString();
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

exporting::Plot verificationPlot(const QJsonArray &rows)
{
    exporting::Plot p;
    p.title = QObject::tr("Verification on the test alphabets");
    p.xLabel = QObject::tr("pairs in the training set");
    p.yLabel = QObject::tr("accuracy");
    p.logX = true;
    exporting::PlotSeries oursPlain{QObject::tr("ours, no distortion")}, oursAffine{QObject::tr("ours, affine x8")};
    exporting::PlotSeries paperPlain{QObject::tr("Koch, no distortion")}, paperAffine{QObject::tr("Koch, affine x8")};
    exporting::PlotSeries seed{QObject::tr("reproduction (at 0.5)")};
    paperPlain.dashed = paperAffine.dashed = seed.dashed = true;
    seed.lines = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const QJsonObject c = r.value(QStringLiteral("coordinates")).toObject();
        const double pairs = c.value(QStringLiteral("pairs")).toDouble();
        const bool affine = c.value(QStringLiteral("distortion")).toString() != QLatin1String("none");
        auto add = [pairs](exporting::PlotSeries &s, const QJsonValue &y) {
            if (y.isDouble()) {
                s.x.push_back(pairs);
                s.y.push_back(y.toDouble());
            }
        };
        add(affine ? oursAffine : oursPlain, r.value(QStringLiteral("ours")));
        add(affine ? paperAffine : paperPlain, r.value(QStringLiteral("paper")));
        add(seed, r.value(QStringLiteral("seed")));
    }
    p.series = {oursPlain, oursAffine, paperPlain, paperAffine, seed};
    return p;
}

exporting::Plot barPlot(const QJsonObject &table)
{
    exporting::Plot p;
    p.title = table.value(QStringLiteral("title")).toString();
    p.xLabel = QObject::tr("accuracy (grey: published)");
    p.yRange = std::make_pair(0.0, 1.0);
    for (const QJsonValue &v : table.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject r = v.toObject();
        const bool cited = r.value(QStringLiteral("kind")).toString() == QLatin1String("cited");
        const QJsonValue value = cited ? r.value(QStringLiteral("paper")) : r.value(QStringLiteral("ours"));
        if (value.isDouble())
            p.bars.push_back({r.value(QStringLiteral("label")).toString(), value.toDouble(), cited});
        if (!cited && r.value(QStringLiteral("paper")).isDouble())
            p.bars.push_back({QObject::tr("%1, published")
                                  .arg(r.value(QStringLiteral("label")).toString().remove(QObject::tr(" (ours)"))),
                              r.value(QStringLiteral("paper")).toDouble(), true});
    }
    return p;
}

std::vector<std::pair<QString, exporting::Plot>> curvePlots(const QJsonArray &rows, const QString &outDir)
{
    exporting::Plot val, loss, lr;
    val.title = QObject::tr("Validation verification at 0.5");
    val.xLabel = QObject::tr("epoch");
    val.yLabel = QObject::tr("accuracy");
    loss.title = QObject::tr("Training loss");
    loss.xLabel = QObject::tr("step");
    loss.yLabel = QObject::tr("loss");
    lr.title = QObject::tr("Learning rate");
    lr.xLabel = QObject::tr("step");
    lr.yLabel = QObject::tr("learning rate");
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const QString csv
            = QDir(outDir).filePath(r.value(QStringLiteral("run")).toString() + QLatin1String("/metrics.csv"));
        if (!QFileInfo::exists(csv))
            continue;
        exporting::PlotSeries sv{r.value(QStringLiteral("label")).toString()}, sl = sv, sr = sv;
        sl.markers = sr.markers = false;
        for (const train::MetricsRow &m : train::readMetricsCsv(csv)) {
            if (m.kind == QLatin1String("epoch")) {
                sv.x.push_back(m.epoch.epoch);
                sv.y.push_back(m.epoch.valAccAtHalf);
            } else {
                sl.x.push_back(m.step.step);
                sl.y.push_back(m.step.loss);
                sr.x.push_back(m.step.step);
                sr.y.push_back(m.step.lr);
            }
        }
        val.series.push_back(sv);
        loss.series.push_back(sl);
        lr.series.push_back(sr);
    }
    return {{QStringLiteral("validation"), val}, {QStringLiteral("loss"), loss}, {QStringLiteral("lr"), lr}};
}

} // namespace

QString tableMarkdown(const QJsonObject &table)
{
    const QJsonArray rows = table.value(QStringLiteral("cells")).toArray();
    const bool at05 = hasColumn(rows, "ours_05");
    const bool seed = hasColumn(rows, "seed");
    QString md = QStringLiteral("# %1\n\n").arg(table.value(QStringLiteral("title")).toString());
    md += QObject::tr("Scale: %1, %2 minutes per run. %3\n\n")
              .arg(table.value(QStringLiteral("scale")).toString())
              .arg(table.value(QStringLiteral("minutes_per_run")).toDouble())
              .arg(table.value(QStringLiteral("note")).toString());
    QStringList header{QObject::tr("cell"), QObject::tr("ours (%)")};
    if (at05)
        header << QObject::tr("ours at 0.5 (%)");
    header << QObject::tr("paper (%)");
    if (seed)
        header << QObject::tr("reproduction (%)");
    header << QObject::tr("epochs") << QObject::tr("run");
    md += QStringLiteral("| %1 |\n|%2\n")
              .arg(header.join(QLatin1String(" | ")), QStringLiteral(" --- |").repeated(header.size()));
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const bool cited = r.value(QStringLiteral("kind")).toString() == QLatin1String("cited");
        QStringList f{r.value(QStringLiteral("label")).toString() + (cited ? QObject::tr(" (cited)") : QString()),
                      percent(r.value(QStringLiteral("ours")))};
        if (at05)
            f << percent(r.value(QStringLiteral("ours_05")));
        f << percent(r.value(QStringLiteral("paper")));
        if (seed)
            f << percent(r.value(QStringLiteral("seed")));
        f << r.value(QStringLiteral("epochs")).toVariant().toString() << r.value(QStringLiteral("run")).toString();
        md += QStringLiteral("| %1 |\n").arg(f.join(QLatin1String(" | ")));
    }
    return md;
}

QJsonObject writeTable(const Experiment &experiment, const QJsonArray &rows, const QString &outDir)
{
    const QJsonObject table{
        {QStringLiteral("experiment"), experiment.name},
        {QStringLiteral("title"), experiment.title},
        {QStringLiteral("scale"), experiment.scale},
        {QStringLiteral("minutes_per_run"), experiment.minutesPerRun},
        {QStringLiteral("note"), experiment.note},
        {QStringLiteral("complete"), rows.size() == static_cast<qsizetype>(experiment.cells.size())},
        {QStringLiteral("cells"), rows}};
    const QDir dir(outDir);
    writeJsonAtomically(dir.filePath(QStringLiteral("table.json")), table);
    writeFileAtomically(dir.filePath(QStringLiteral("table.csv")), tableCsv(rows).toUtf8());
    writeFileAtomically(dir.filePath(QStringLiteral("table.md")), tableMarkdown(table).toUtf8());
    return table;
}

std::vector<std::pair<QString, exporting::Plot>> experimentPlots(const QJsonObject &table, const QString &outDir)
{
    const QString name = table.value(QStringLiteral("experiment")).toString();
    const QJsonArray rows = table.value(QStringLiteral("cells")).toArray();
    if (name == QLatin1String("verification"))
        return {{QStringLiteral("verification"), verificationPlot(rows)}};
    if (name == QLatin1String("schedules"))
        return curvePlots(rows, outDir);
    return {{name, barPlot(table)}};
}

void writeFigures(const QJsonObject &table, const QString &outDir)
{
    for (const auto &[name, plot] : experimentPlots(table, outDir))
        exporting::writePlot(plot, QDir(outDir).filePath(name));
}

} // namespace oneshot::reproduce
