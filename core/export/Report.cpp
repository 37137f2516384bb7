#include "export/Report.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include "data/ImageDecode.h"
#include <opencv2/imgproc.hpp>

#include <torch/version.h>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "common/Format.h"
#include "data/OneShotTasks.h"
#include "eval/Baselines.h"
#include "eval/Evaluator.h"
#include "export/FilterGrid.h"
#include "export/ModelExport.h"
#include "export/Plot.h"
#include "model/Precision.h"
#include "reproduce/ExperimentTable.h"
#include "train/Checkpoint.h"
#include "train/Metrics.h"
#include "train/RunFolder.h"
#include "train/TrainConfig.h"

#ifndef ONESHOT_COMMIT
#define ONESHOT_COMMIT "unknown"
#endif

namespace oneshot::exporting {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString pct(const QJsonValue &v)
{
    return v.isDouble() ? QStringLiteral("%1 %").arg(100 * v.toDouble(), 0, 'f', 2) : QStringLiteral("–");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString stopReasonText(const QString &reason)
{
    if (reason == QLatin1String("epochs"))
        return QObject::tr("all its epochs");
    if (reason == QLatin1String("time budget"))
        return QObject::tr("its time budget");
    if (reason == QLatin1String("early stopping"))
        return QObject::tr("early stopping");
    if (reason == QLatin1String("stopped"))
        return QObject::tr("a stop request");
    return reason; // diverged, collapsed: the message says more
}

/// Builds the document: HTML text and the images it names.
class Builder
{
public:
    Builder(const ReportInput &input, bool chartsAsImages)
        : m_input(input)
        , m_chartsAsImages(chartsAsImages)
    {
    }

    ReportDocument build();

private:
    void header();
    void experiment(const QString &dir);
    void run(const QString &dir);
    void runCurves(const std::vector<train::MetricsRow> &rows);
    void runModel(const QString &dir);
    void lakeTrials(model::SiameseNet &net, int views);
    void baselines();
    void waysCurve(const QString &dir);
    QString image(const cv::Mat &img, const QString &alt, int width = 0);
    void chart(const Plot &plot);
    const data::OneShotTaskSet *lakeRuns();

    const ReportInput &m_input;
    bool m_chartsAsImages;
    ReportDocument m_doc;
    QString m_body;
    bool m_runsLoaded = false;
    std::unique_ptr<data::OneShotTaskSet> m_runs;
};

const data::OneShotTaskSet *Builder::lakeRuns()
{
    if (!m_runsLoaded) {
        m_runsLoaded = true;
        const QString zip = QDir(m_input.dataFolder).filePath(QStringLiteral("all_runs.zip"));
        if (!m_input.dataFolder.isEmpty() && QFileInfo::exists(zip))
            m_runs = std::make_unique<data::OneShotTaskSet>(data::loadRunSet(zip));
    }
    return m_runs.get();
}

QString Builder::image(const cv::Mat &img, const QString &alt, int width)
{
    std::vector<uchar> png;
    data::encodePngImage(img, png);
    const QString name = QStringLiteral("img%1.png").arg(m_doc.images.size());
    m_doc.images.emplace_back(
        name, QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
    return QStringLiteral("<img src=\"%1\" alt=\"%2\"%3/>")
        .arg(name, esc(alt), width > 0 ? QStringLiteral(" width=\"%1\"").arg(width) : QString());
}

void Builder::chart(const Plot &plot)
{
    if (m_chartsAsImages)
        m_body += QStringLiteral("<p>%1</p>\n").arg(image(plotImage(plot, 760, 420), plot.title, 640));
    else
        m_body += QStringLiteral("<div class=\"chart\">%1</div>\n").arg(plotSvg(plot, 760, 420));
}

void Builder::header()
{
    m_body += QStringLiteral("<h1>%1</h1>\n<table class=\"facts\">\n").arg(QObject::tr("Oneshot Studio report"));
    const std::pair<QString, QString> facts[] = {
        {QObject::tr("Written"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QObject::tr("Program"),
         QStringLiteral("Oneshot Studio %1 (%2), LibTorch %3")
             .arg(QStringLiteral(ONESHOT_VERSION), QStringLiteral(ONESHOT_COMMIT), QStringLiteral(TORCH_VERSION))},
        {QObject::tr("Machine"),
         QObject::tr("%1, %2 threads; %3")
             .arg(model::cpuSummary())
             .arg(QThread::idealThreadCount())
             .arg(QSysInfo::prettyProductName())},
        {QObject::tr("Data"), m_input.dataFolder.isEmpty() ? QObject::tr("not given") : m_input.dataFolder},
    };
    for (const auto &[k, v] : facts)
        m_body += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(v));
    m_body += QStringLiteral("</table>\n");
}

void Builder::experiment(const QString &dir)
{
    const QJsonObject table = readJson(QDir(dir).filePath(QStringLiteral("table.json")));
    m_body += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<p class=\"small\">%3</p>\n")
                  .arg(esc(table.value(QStringLiteral("title")).toString()),
                       esc(table.value(QStringLiteral("note")).toString()),
                       esc(QObject::tr("Scale %1, %2 minutes per run; folder %3")
                               .arg(table.value(QStringLiteral("scale")).toString())
                               .arg(table.value(QStringLiteral("minutes_per_run")).toDouble())
                               .arg(dir)));
    m_body += QStringLiteral("<table class=\"grid\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                  .arg(QObject::tr("cell"), QObject::tr("ours"), QObject::tr("ours at 0.5"), QObject::tr("paper"),
                       QObject::tr("reproduction"));
    for (const QJsonValue &v : table.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject r = v.toObject();
        const bool cited = r.value(QStringLiteral("kind")).toString() == QLatin1String("cited");
        m_body += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                      .arg(cited ? QStringLiteral(" class=\"cited\"") : QString(),
                           esc(r.value(QStringLiteral("label")).toString())
                               + (cited ? QObject::tr(" (cited)") : QString()),
                           pct(r.value(QStringLiteral("ours"))), pct(r.value(QStringLiteral("ours_05"))),
                           pct(r.value(QStringLiteral("paper"))), pct(r.value(QStringLiteral("seed"))));
    }
    m_body += QStringLiteral("</table>\n");
    for (const auto &[name, plot] : reproduce::experimentPlots(table, dir)) {
        (void)name;
        chart(plot);
    }
}

void Builder::runCurves(const std::vector<train::MetricsRow> &rows)
{
    Plot loss{QObject::tr("Training loss"), QObject::tr("step"), QObject::tr("loss")};
    Plot acc{QObject::tr("Validation accuracy"), QObject::tr("epoch"), QObject::tr("accuracy")};
    Plot lr{QObject::tr("Learning rate"), QObject::tr("step"), QObject::tr("learning rate")};
    const QStringList terms = train::lossTermNames();
    loss.series.resize(1 + terms.size());
    loss.series[0].name = QObject::tr("total");
    for (qsizetype i = 0; i < terms.size(); ++i)
        loss.series[1 + i].name = terms[i];
    for (PlotSeries &s : loss.series)
        s.markers = false;
    acc.series
        = {{QObject::tr("verification at 0.5")}, {QObject::tr("verification, tuned")}, {QObject::tr("one-shot")}};
    acc.yRange = std::make_pair(0.0, 1.0);
    lr.series = {{QObject::tr("learning rate")}};
    lr.series[0].markers = false;
    for (const train::MetricsRow &r : rows) {
        if (r.kind == QLatin1String("step")) {
            loss.series[0].x.push_back(r.step.step);
            loss.series[0].y.push_back(r.step.loss);
            for (std::size_t i = 0; i < r.step.terms.size() && i + 1 < loss.series.size(); ++i) {
                loss.series[1 + i].x.push_back(r.step.step);
                loss.series[1 + i].y.push_back(r.step.terms[i]);
            }
            lr.series[0].x.push_back(r.step.step);
            lr.series[0].y.push_back(r.step.lr);
        } else {
            const double values[] = {r.epoch.valAccAtHalf, r.epoch.valAccTuned, r.epoch.valOneShot};
            for (int i = 0; i < 3; ++i) {
                acc.series[i].x.push_back(r.epoch.epoch);
                acc.series[i].y.push_back(values[i]);
            }
        }
    }
    // Terms that were off have no values: leave them out of the chart.
    loss.series.erase(std::remove_if(loss.series.begin(), loss.series.end(),
                                     [](const PlotSeries &s) {
                                         return std::none_of(s.y.begin(), s.y.end(),
                                                             [](double v) { return std::isfinite(v); });
                                     }),
                      loss.series.end());
    chart(loss);
    chart(acc);
    chart(lr);
}

void Builder::lakeTrials(model::SiameseNet &net, int views)
{
    const data::OneShotTaskSet *runs = lakeRuns();
    if (!runs)
        return;
    const eval::OneShotResult r = eval::evaluateOneShot(net, *runs, torch::Device(torch::kCPU), views);
    int failures = 0;
    for (std::size_t t = 0; t < r.picks.size(); ++t)
        failures += r.picks[t] != r.answers[t];
    m_body += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                  .arg(QObject::tr("Lake's 20 runs"),
                       esc(QObject::tr("%1 of %2 trials correct (%3); %4 failed, the first %5 below: the query, the "
                                       "network's pick and the truth, with their scores (logits).")
                               .arg(r.correct)
                               .arg(r.trials)
                               .arg(pct(r.accuracy()))
                               .arg(failures)
                               .arg(std::min(failures, m_input.maxFailures))
                           + QLatin1Char(' ')
                           + (views > 1 ? QObject::tr("Each image is embedded as the mean over %1 test-time views "
                                                      "(the run's test_views).")
                                              .arg(views)
                                        : QObject::tr("Each image is embedded alone (test_views 1)."))));
    m_body += QStringLiteral("<table class=\"grid\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                  .arg(QObject::tr("trial"), QObject::tr("query"), QObject::tr("pick"), QObject::tr("truth"));
    int shown = 0;
    for (std::size_t t = 0; t < r.picks.size() && shown < m_input.maxFailures; ++t) {
        if (r.picks[t] == r.answers[t])
            continue;
        ++shown;
        const data::OneShotTrial &trial = runs->trials[t];
        const int pick = r.picks[t];
        const int truth = r.answers[t];
        const auto score = [&](int c) { return c >= 0 ? QString::number(r.scores[t][c], 'f', 2) : QObject::tr("tie"); };
        m_body
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/>%4</td><td>%5<br/>%6</td></tr>\n")
                   .arg(esc(runs->imageNames[trial.query]), image(runs->images[trial.query], QObject::tr("query"), 52),
                        pick >= 0 ? image(runs->images[trial.candidates[pick]], QObject::tr("pick"), 52)
                                  : QObject::tr("a tie"),
                        score(pick), image(runs->images[trial.candidates[truth]], QObject::tr("truth"), 52),
                        score(truth));
    }
    m_body += QStringLiteral("</table>\n");
}

void Builder::runModel(const QString &dir)
{
    const QString checkpoint = train::runCheckpoint(dir);
    train::CheckpointState state;
    model::SiameseNet net = train::loadModel(checkpoint, &state);
    GridOptions filters;
    filters.cellScale = std::max(2, 96 / std::max(1, net->spec().convs.empty() ? 1 : net->spec().convs[0].kernel));
    filters.perCellNorm = true;
    m_body += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                  .arg(QObject::tr("First-layer filters"),
                       image(filterGrid(model::filtersOf(net), filters), QObject::tr("filters"), 480));
    if (const data::OneShotTaskSet *runs = lakeRuns(); runs && !runs->images.empty()) {
        const cv::Mat sample = runs->images[runs->trials.front().query];
        m_body += QStringLiteral("<h3>%1</h3>\n<p>%2 ")
                      .arg(QObject::tr("Activation maps of a sample (%1)")
                               .arg(esc(runs->imageNames[runs->trials.front().query])),
                           image(sample, QObject::tr("sample"), 96));
        for (const LayerMaps &m : activationMaps(net, sample)) {
            GridOptions o;
            o.cellScale = std::max(1, 48 / std::max(m.width, 1));
            m_body += image(mapGrid(m.values.data(), m.channels, m.height, m.width, o), m.name, 260) + QLatin1Char(' ');
        }
        m_body += QStringLiteral("</p>\n");
    }
    lakeTrials(net, state.config.testViews);
}

void Builder::run(const QString &dir)
{
    const train::RunFolder folder(dir);
    if (!QFileInfo::exists(folder.configPath()) || !QFileInfo::exists(folder.metricsPath()))
        throw Error(QObject::tr("%1 is not a run folder (no config.json and metrics.csv)").arg(dir));
    const train::TrainConfig cfg = train::TrainConfig::fromFile(folder.configPath());
    const QJsonObject result = readJson(folder.resultPath());
    const QJsonObject best = result.value(QStringLiteral("best")).toObject();
    const QJsonObject test = result.value(QStringLiteral("test")).toObject();
    m_body += QStringLiteral("<h2>%1</h2>\n<table class=\"facts\">\n").arg(esc(QObject::tr("Run %1").arg(dir)));
    const std::pair<QString, QString> facts[] = {
        {QObject::tr("Protocol"), cfg.protocol},
        {QObject::tr("Network"),
         QStringLiteral("%1 (%2; %3 parameters)")
             .arg(cfg.model.name, cfg.model.summary())
             .arg(cfg.model.parameterCount())},
        {QObject::tr("Ended"),
         QObject::tr("by %1 after %2 epochs, %3 steps, %4")
             .arg(stopReasonText(result.value(QStringLiteral("stop_reason")).toString()))
             .arg(result.value(QStringLiteral("epochs_done")).toInt())
             .arg(result.value(QStringLiteral("steps")).toInteger())
             .arg(formatClock(result.value(QStringLiteral("wall_seconds")).toDouble()))},
        {QObject::tr("Best epoch (validation)"),
         QObject::tr("%1: one-shot %2, verification %3 at the tuned threshold, %4 at 0.5")
             .arg(best.value(QStringLiteral("epoch")).toInt())
             .arg(pct(best.value(QStringLiteral("val_oneshot"))), pct(best.value(QStringLiteral("val_acc_tuned"))),
                  pct(best.value(QStringLiteral("val_acc_05"))))},
        {QObject::tr("Test, once, best checkpoint"),
         test.isEmpty() ? QObject::tr("not run")
                        : QObject::tr("one-shot %1 (%2 trials, %3)%4")
                              .arg(pct(test.value(QStringLiteral("accuracy"))))
                              .arg(test.value(QStringLiteral("trials")).toInt())
                              .arg(test.value(QStringLiteral("source")).toString())
                              .arg(test.contains(QStringLiteral("verification_acc_05"))
                                       ? QObject::tr("; verification %1 at the validation threshold, %2 at 0.5")
                                             .arg(pct(test.value(QStringLiteral("verification_acc_val_threshold"))),
                                                  pct(test.value(QStringLiteral("verification_acc_05"))))
                                       : QString())},
    };
    for (const auto &[k, v] : facts)
        m_body += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(v));
    m_body += QStringLiteral("</table>\n<details><summary>%1</summary><table class=\"grid\">\n")
                  .arg(QObject::tr("Every setting"));
    for (const auto &s : train::TrainConfig::settings())
        m_body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                      .arg(esc(s.info.key), esc(settingToText(s.info, s.get(cfg))));
    m_body += QStringLiteral("</table></details>\n");
    runCurves(train::readMetricsCsv(folder.metricsPath()));
    waysCurve(dir);
    runModel(dir);
}

void Builder::waysCurve(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("ways_curve.csv")));
    if (!file.open(QIODevice::ReadOnly))
        return; // measured only on request (oneshot evaluate --ways-curve, or the board)
    m_body += QStringLiteral("<h3>%1</h3>\n").arg(esc(QObject::tr("Accuracy against the number of candidates")));
    try {
        chart(waysCurvePlot(eval::parseWaysCurveCsv(file.readAll())));
    } catch (const Error &e) {
        m_body += QStringLiteral("<p>%1</p>\n").arg(esc(QObject::tr("%1: %2").arg(file.fileName(), e.message())));
    }
}

void Builder::baselines()
{
    const data::OneShotTaskSet *runs = lakeRuns();
    if (!runs)
        return;
    m_body += QStringLiteral("<h2>%1</h2>\n<table class=\"grid\">\n").arg(QObject::tr("Baselines on Lake's 20 runs"));
    for (const eval::OneShotResult &r : {eval::pixelNearestNeighbour(*runs), eval::modifiedHausdorff(*runs)})
        m_body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(r.method), pct(r.accuracy()));
    m_body += QStringLiteral("</table>\n");
}

ReportDocument Builder::build()
{
    for (const QString &dir : m_input.experiments + m_input.runs) {
        if (!QFileInfo(dir).isDir())
            throw Error(QObject::tr("Report: %1 is not a folder").arg(dir));
    }
    for (const QString &dir : m_input.experiments) {
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("table.json"))))
            throw Error(QObject::tr("Report: %1 is not an experiment folder (no table.json)").arg(dir));
    }
    header();
    for (const QString &dir : m_input.experiments)
        experiment(dir);
    for (const QString &dir : m_input.runs)
        run(dir);
    baselines();
    m_doc.html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title>\n<style>\n"
                         "body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;"
                         "color:#222}\n"
                         "table{border-collapse:collapse;margin:0.5em 0}td,th{padding:3px 8px;text-align:left;"
                         "vertical-align:top}\n"
                         "table.grid td,table.grid th{border:1px solid #ccc}tr.cited{color:#666;font-style:"
                         "italic}\n"
                         ".small{color:#666;font-size:90%}img{image-rendering:pixelated}\n"
                         "</style></head><body>\n")
              .arg(QObject::tr("Oneshot Studio report"))
        + m_body + QStringLiteral("</body></html>\n");
    return m_doc;
}

} // namespace

Heatmap confusionHeatmap(const QStringList &characters, const std::vector<std::vector<int>> &confusion, int correct,
                         int labelled)
{
    Heatmap map;
    map.title = QObject::tr("Confusion: %1 of %2 right").arg(correct).arg(labelled);
    map.rowTitle = QObject::tr("truth");
    map.columnTitle = QObject::tr("prediction");
    map.rows = map.columns = characters;
    for (const auto &row : confusion)
        map.values.emplace_back(row.begin(), row.end());
    return map;
}

Plot waysCurvePlot(const std::vector<eval::WaysPoint> &points, const QString &subtitle)
{
    Plot plot{subtitle.isEmpty() ? QObject::tr("N-way K-shot accuracy")
                                 : QObject::tr("N-way K-shot accuracy (%1)").arg(subtitle),
              QObject::tr("candidates N"), QObject::tr("accuracy")};
    plot.yRange = std::make_pair(0.0, 1.0);
    std::vector<int> shots;
    for (const eval::WaysPoint &p : points)
        if (std::find(shots.begin(), shots.end(), p.shots) == shots.end())
            shots.push_back(p.shots);
    PlotSeries chance{QObject::tr("chance (1/N)")};
    chance.dashed = true;
    chance.markers = false;
    for (int k : shots) {
        PlotSeries s{QObject::tr("%1-shot").arg(k)};
        for (const eval::WaysPoint &p : points)
            if (p.shots == k) {
                s.x.push_back(p.ways);
                s.y.push_back(p.accuracy());
                if (k == shots.front()) {
                    chance.x.push_back(p.ways);
                    chance.y.push_back(1.0 / p.ways);
                }
            }
        plot.series.push_back(std::move(s));
    }
    if (!chance.x.empty())
        plot.series.push_back(std::move(chance));
    return plot;
}

QString ReportDocument::selfContained() const
{
    QString out = html;
    for (const auto &[name, bytes] : images)
        out.replace(QStringLiteral("src=\"%1\"").arg(name),
                    QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(bytes.toBase64())));
    return out;
}

ReportDocument buildReport(const ReportInput &input, bool chartsAsImages)
{
    return Builder(input, chartsAsImages).build();
}

void writeReport(const ReportInput &input, const QString &path)
{
    writeFileAtomically(path, buildReport(input).selfContained().toUtf8());
}

} // namespace oneshot::exporting
