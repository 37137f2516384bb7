#include "pages/RunsPage.h"

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
    m_status = new QLabel;
    bar->addWidget(open);
    bar->addWidget(use);
    bar->addWidget(exportCsv);
    bar->addWidget(m_status, 1);

    m_table = new QTableWidget(0, 8);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Protocol"), tr("Model"), tr("Epochs"), tr("Best val. one-shot"),
                                        tr("Best val. verification"), tr("Test one-shot"), tr("Ended")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *charts = new QWidget;
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_oneShot = new CurveChart(tr("Validation one-shot, selected runs"), tr("accuracy"));
    m_oneShot->setXAxis(CurveChart::XAxis::Epoch);
    m_oneShot->setYRange(0, 1);
    m_loss = new CurveChart(tr("Training loss, selected runs"), tr("loss"));
    chartLayout->addWidget(m_oneShot);
    chartLayout->addWidget(m_loss);
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
    connect(use, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        try {
            Q_EMIT useModel(train::runCheckpoint(m_runs[row]));
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export runs table"), QStringLiteral("runs.csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty())
            m_status->setText(exportTableCsv(path) ? tr("Wrote %1").arg(path) : tr("Cannot write %1").arg(path));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsPage::updateCharts);

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
            for (const train::MetricsRow &r :
                 train::readMetricsCsv(QDir(dir).filePath(QStringLiteral("metrics.csv")))) {
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
    updateCharts();
}

void RunsPage::selectAll()
{
    m_table->selectAll();
    updateCharts();
}

void RunsPage::updateCharts()
{
    // The charts are rebuilt with one curve per selected run.
    auto *parentLayout = m_oneShot->parentWidget()->layout();
    auto *oneShot = new CurveChart(tr("Validation one-shot, selected runs"), tr("accuracy"));
    oneShot->setXAxis(CurveChart::XAxis::Epoch);
    oneShot->setYRange(0, 1);
    auto *loss = new CurveChart(tr("Training loss, selected runs"), tr("loss"));
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        try {
            const auto metrics = train::readMetricsCsv(QDir(m_runs[row]).filePath(QStringLiteral("metrics.csv")));
            const QString name = QFileInfo(m_runs[row]).fileName();
            const int a = oneShot->addCurve(name, runColor(row), false, true);
            const int l = loss->addCurve(name, runColor(row), true);
            for (const train::MetricsRow &r : metrics) {
                if (r.kind == QLatin1String("epoch"))
                    oneShot->append(
                        a, {double(r.epoch.step), double(r.epoch.epoch), r.epoch.wallSeconds, r.epoch.valOneShot});
                else
                    loss->append(
                        l, {double(r.step.step), r.step.epoch + r.step.epochProgress, r.step.wallSeconds, r.step.loss});
            }
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    }
    oneShot->refresh();
    loss->refresh();
    parentLayout->replaceWidget(m_oneShot, oneShot);
    parentLayout->replaceWidget(m_loss, loss);
    m_oneShot->deleteLater();
    m_loss->deleteLater();
    m_oneShot = oneShot;
    m_loss = loss;
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
