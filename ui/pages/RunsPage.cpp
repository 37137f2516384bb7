#include "pages/RunsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include "charts/CurveChart.h"
#include "common/AppSettings.h"
#include "common/Error.h"
#include "train/RunFolder.h"
#include "train/LossConfig.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::ui {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QColor runColor(int i)
{
    static const QColor palette[]
        = {QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a),
           QColor(0x66, 0xa6, 0x1e), QColor(0xe6, 0xab, 0x02), QColor(0xa6, 0x76, 0x1d), QColor(0x2a, 0x7a, 0xb9)};
    return palette[i % 8];
}

QString percent(const QJsonValue &v)
{
    return v.isDouble() ? QStringLiteral("%1%").arg(100 * v.toDouble(), 0, 'f', 1) : QStringLiteral("–");
}

/// The metrics a chart can overlay: per epoch (validation) or per logged step, and each loss term.
std::vector<std::pair<QString, QString>> metricChoices()
{
    std::vector<std::pair<QString, QString>> choices
        = {{QStringLiteral("val_oneshot"), RunsPage::tr("Validation one-shot")},
           {QStringLiteral("val_acc_tuned"), RunsPage::tr("Validation verification (tuned)")},
           {QStringLiteral("val_acc_05"), RunsPage::tr("Validation verification at 0.5")},
           {QStringLiteral("val_loss"), RunsPage::tr("Validation loss")},
           {QStringLiteral("loss"), RunsPage::tr("Training loss")},
           {QStringLiteral("lr"), RunsPage::tr("Learning rate")}};
    const auto &terms = train::LossConfig::settings();
    for (const auto &t : terms)
        choices.push_back(
            {QStringLiteral("term:") + t.info.key, RunsPage::tr("Loss term: %1").arg(t.info.labelText())});
    return choices;
}

std::vector<CurvePoint> metricCurve(const std::vector<train::MetricsRow> &rows, const QString &metric)
{
    std::vector<CurvePoint> points;
    const qsizetype term
        = metric.startsWith(QLatin1String("term:")) ? train::lossTermNames().indexOf(metric.mid(5)) : -1;
    for (const train::MetricsRow &r : rows) {
        if (metric.startsWith(QLatin1String("val_"))) {
            if (r.kind != QLatin1String("epoch"))
                continue;
            const double v = metric == QLatin1String("val_oneshot") ? r.epoch.valOneShot
                : metric == QLatin1String("val_acc_tuned")          ? r.epoch.valAccTuned
                : metric == QLatin1String("val_acc_05")             ? r.epoch.valAccAtHalf
                                                                    : r.epoch.valLoss;
            points.push_back({double(r.epoch.step), double(r.epoch.epoch), r.epoch.wallSeconds, v});
        } else if (r.kind == QLatin1String("step")) {
            const double v = metric == QLatin1String("lr") ? r.step.lr
                : term >= 0 ? (term < qsizetype(r.step.terms.size()) ? r.step.terms[term] : std::nan(""))
                            : r.step.loss;
            points.push_back({double(r.step.step), r.step.epoch + r.step.epochProgress, r.step.wallSeconds, v});
        }
    }
    return points;
}

} // namespace

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *bar = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open run folder..."));
    open->setToolTip(tr("Any folder with config.json and metrics.csv, from the app or the CLI"));
    auto *use = new QPushButton(tr("Look at its model"));
    use->setToolTip(tr("Load the selected run's best checkpoint into the Filters, Activations and Board pages"));
    auto *exportCsv = new QPushButton(tr("Export table..."));
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setToolTip(tr("Watch the selected runs while they train (here, or on another machine writing to a "
                            "shared folder): new metrics rows and checkpoints appear as they are written"));
    m_status = new QLabel;
    bar->addWidget(open);
    bar->addWidget(use);
    bar->addWidget(exportCsv);
    bar->addWidget(m_follow);
    bar->addWidget(m_status, 1);

    m_table = new QTableWidget(0, 9);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Protocol"), tr("Model"), tr("Epochs"), tr("Best val. one-shot"),
                                        tr("Best val. verification"), tr("Test one-shot"), tr("Test verification"),
                                        tr("Ended")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Two charts side by side, each overlaying the metric its combo box names.
    auto *charts = new QWidget;
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    for (int side = 0; side < 2; ++side) {
        auto *column = new QWidget;
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        m_metric[side] = new QComboBox;
        for (const auto &[key, text] : metricChoices())
            m_metric[side]->addItem(text, key);
        m_metric[side]->setCurrentIndex(
            m_metric[side]->findData(side == 0 ? QStringLiteral("val_oneshot") : QStringLiteral("loss")));
        m_metric[side]->setToolTip(tr("The metric this chart overlays for the selected runs"));
        connect(m_metric[side], &QComboBox::currentIndexChanged, this, &RunsPage::chartsChanged);
        CurveChart *&chart = side == 0 ? m_oneShot : m_loss;
        chart = new CurveChart(m_metric[side]->currentText(), m_metric[side]->currentText());
        columnLayout->addWidget(m_metric[side]);
        columnLayout->addWidget(chart, 1);
        chartLayout->addWidget(column);
    }
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setSizes({260, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"));
        if (!dir.isEmpty() && addRun(dir))
            AppSettings::addRecentRun(dir);
    });
    connect(use, &QPushButton::clicked, this, &RunsPage::lookAtModel);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export runs table"), QStringLiteral("runs.csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty())
            m_status->setText(exportTableCsv(path) ? tr("Wrote %1").arg(path) : tr("Cannot write %1").arg(path));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsPage::chartsChanged);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) { setFollowing(on); });
    connect(&m_followTimer, &QTimer::timeout, this, &RunsPage::followOnce);

    for (const QString &dir : AppSettings::recentRuns())
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("metrics.csv"))))
            addRun(dir);
}

int RunsPage::runCount() const
{
    return static_cast<int>(m_runs.size());
}

bool RunsPage::addRun(const QString &folder)
{
    const QString dir = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json")))
        || !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("metrics.csv")))) {
        m_status->setText(tr("%1 is not a run folder (no config.json and metrics.csv)").arg(dir));
        return false;
    }
    const int existing = static_cast<int>(m_runs.indexOf(dir));
    if (existing >= 0) {
        refreshRow(existing);
        return true;
    }
    m_runs << dir;
    m_table->insertRow(m_table->rowCount());
    refreshRow(m_table->rowCount() - 1);
    m_status->setText(tr("%n run(s)", nullptr, static_cast<int>(m_runs.size())));
    return true;
}

void RunsPage::refreshRow(int row)
{
    const QString dir = m_runs[row];
    const QJsonObject config = readJson(QDir(dir).filePath(QStringLiteral("config.json")));
    const QJsonObject result = readJson(QDir(dir).filePath(QStringLiteral("result.json")));
    const QJsonObject model = config[QStringLiteral("model")].toObject();
    QJsonObject best = result[QStringLiteral("best")].toObject();
    if (best.isEmpty()) {
        // A run still going (or stopped) has no result.json yet: its metrics say enough.
        try {
            double bestOneShot = -1;
            for (const train::MetricsRow &r : metricsOf(dir)) {
                if (r.kind == QLatin1String("epoch") && r.epoch.valOneShot > bestOneShot) {
                    bestOneShot = r.epoch.valOneShot;
                    best = {{QStringLiteral("val_oneshot"), r.epoch.valOneShot},
                            {QStringLiteral("val_acc_tuned"), r.epoch.valAccTuned},
                            {QStringLiteral("epoch"), r.epoch.epoch}};
                }
            }
        } catch (const Error &) {
        }
    }
    const QJsonObject test = result[QStringLiteral("test")].toObject();
    const QStringList cells{QFileInfo(dir).fileName(),
                            config[QStringLiteral("protocol")].toString(),
                            model[QStringLiteral("name")].toString(),
                            result.isEmpty() ? tr("running or stopped")
                                             : QString::number(result[QStringLiteral("epochs_done")].toInt()),
                            percent(best[QStringLiteral("val_oneshot")]),
                            percent(best[QStringLiteral("val_acc_tuned")]),
                            percent(test[QStringLiteral("accuracy")]),
                            percent(test[QStringLiteral("verification_acc_val_threshold")]),
                            result[QStringLiteral("stop_reason")].toString()};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(dir);
        m_table->setItem(row, c, item);
    }
}

void RunsPage::showRun(const QString &folder)
{
    if (!addRun(folder))
        return;
    const int row = static_cast<int>(m_runs.indexOf(QFileInfo(folder).absoluteFilePath()));
    m_table->selectRow(row);
    chartsChanged();
}

void RunsPage::chartsChanged()
{
    if (isVisible())
        updateCharts();
    else
        m_chartsStale = true;
}

void RunsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartsStale)
        updateCharts();
}

QStringList RunsPage::selectedRuns() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << m_runs[i.row()];
    return out;
}

void RunsPage::selectAll()
{
    m_table->selectAll();
    updateCharts();
}

void RunsPage::updateCharts()
{
    // Each chart is rebuilt with one curve per selected run, of the metric its combo box shows.
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    std::vector<std::vector<train::MetricsRow>> metrics;
    for (int row : rows) {
        try {
            metrics.push_back(metricsOf(m_runs[row]));
        } catch (const Error &e) {
            metrics.emplace_back();
            m_status->setText(e.message());
        }
    }
    m_chartsStale = false;
    for (int side = 0; side < 2; ++side) {
        CurveChart *&chart = side == 0 ? m_oneShot : m_loss;
        const QString metric = m_metric[side]->currentData().toString();
        QString key = metric;
        for (int row : rows)
            key += QLatin1Char('\n') + m_runs[row];
        if (key == m_chartKey[side] && chart->curveCount() == static_cast<int>(metrics.size())) {
            // The same curves with new points (a run that trained on): no new chart.
            for (std::size_t i = 0; i < metrics.size(); ++i)
                chart->setCurve(static_cast<int>(i), metricCurve(metrics[i], metric));
            continue;
        }
        m_chartKey[side] = key;
        const bool perEpoch = metric.startsWith(QLatin1String("val_"));
        auto *fresh
            = new CurveChart(tr("%1, selected runs").arg(m_metric[side]->currentText()), m_metric[side]->currentText());
        if (perEpoch)
            fresh->setXAxis(CurveChart::XAxis::Epoch);
        if (perEpoch && metric != QLatin1String("val_loss"))
            fresh->setYRange(0, 1);
        for (std::size_t i = 0; i < metrics.size(); ++i) {
            const int curve = fresh->addCurve(QFileInfo(m_runs[rows[int(i)]]).fileName(), runColor(rows[int(i)]),
                                              !perEpoch, perEpoch);
            fresh->setCurve(curve, metricCurve(metrics[i], metric));
        }
        fresh->refresh();
        // replaceWidget hands back the old layout item, which is ours to delete.
        delete chart->parentWidget()->layout()->replaceWidget(chart, fresh);
        chart->deleteLater();
        chart = fresh;
    }
}

const std::vector<train::MetricsRow> &RunsPage::metricsOf(const QString &dir)
{
    auto it = m_metrics.find(dir);
    if (it == m_metrics.end())
        it = m_metrics.emplace(dir, train::MetricsFollower(QDir(dir).filePath(QStringLiteral("metrics.csv")))).first;
    it->second.update();
    return it->second.rows();
}

void RunsPage::lookAtModel()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    try {
        const QString checkpoint = train::runCheckpoint(m_runs[row]);
        m_modelRun = m_runs[row];
        Q_EMIT useModel(checkpoint);
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
}

void RunsPage::setFollowing(bool on, int intervalMs)
{
    if (m_follow->isChecked() != on)
        m_follow->setChecked(on); // comes back here through toggled()
    if (on) {
        for (const QString &dir : selectedRuns())
            m_bestTimes[dir] = QFileInfo(train::RunFolder(dir).bestCheckpoint()).lastModified();
        m_followTimer.start(intervalMs);
        m_status->setText(tr("Following %n run(s)", nullptr, static_cast<int>(selectedRuns().size())));
    } else {
        m_followTimer.stop();
    }
}

bool RunsPage::isFollowing() const
{
    return m_followTimer.isActive();
}

void RunsPage::followOnce()
{
    bool changed = false;
    for (const QString &dir : selectedRuns()) {
        const int row = static_cast<int>(m_runs.indexOf(dir));
        auto it = m_metrics.find(dir);
        try {
            if (it == m_metrics.end()) {
                metricsOf(dir);
                changed = true;
            } else if (it->second.update()) {
                changed = true;
            } else {
                continue;
            }
        } catch (const Error &e) {
            m_status->setText(e.message());
            continue;
        }
        refreshRow(row);
        const QString best = train::RunFolder(dir).bestCheckpoint();
        const QDateTime written = QFileInfo(best).lastModified();
        const auto seen = m_bestTimes.find(dir);
        if (seen == m_bestTimes.end()) {
            m_bestTimes[dir] = written; // followed from now on
        } else if (written.isValid() && written != seen->second) {
            m_bestTimes[dir] = written;
            m_status->setText(tr("%1: new best checkpoint, written %2")
                                  .arg(QFileInfo(dir).fileName(), written.toString(QStringLiteral("HH:mm:ss"))));
            if (dir == m_modelRun)
                Q_EMIT useModel(best);
        }
    }
    if (changed)
        chartsChanged();
}

bool RunsPage::exportTableCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&f);
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    out << header.join(QLatin1Char(',')) << ",folder\n";
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << QLatin1Char('"') + (m_table->item(r, c) ? m_table->item(r, c)->text() : QString())
                    + QLatin1Char('"');
        out << cells.join(QLatin1Char(',')) << ",\"" << m_runs[r] << "\"\n";
    }
    return true;
}

} // namespace oneshot::ui
