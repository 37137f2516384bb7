#include "pages/ReproducePage.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include "charts/CurveChart.h"
#include "common/AppSettings.h"
#include "common/Error.h"
#include "controllers/ReproductionController.h"
#include "data/Mnist.h"
#include "reproduce/Experiment.h"
#include "reproduce/Reproduction.h"

namespace oneshot::ui {

namespace {

enum Column { Cell, Ours, OursAtHalf, Paper, Seed, Epochs, State, Columns };

QString percent(const QJsonValue &v)
{
    return v.isDouble() ? QStringLiteral("%1 %").arg(100 * v.toDouble(), 0, 'f', 2) : QString();
}

QString defaultFolder(const QString &experiment, const QString &scale)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("OneshotStudio/reproduce/%1-%2").arg(experiment, scale));
}

} // namespace

ReproducePage::ReproducePage(QWidget *parent)
    : QWidget(parent)
    , m_controller(new ReproductionController(this))
{
    m_experiment = new QComboBox;
    for (const QString &name : reproduce::experimentNames())
        m_experiment->addItem(reproduce::experiment(name, QStringLiteral("cpu"), 0).title, name);
    m_scale = new QComboBox;
    m_scale->addItem(tr("CPU: the CPU preset on the same axes, with a time budget per run"), QStringLiteral("cpu"));
    m_scale->addItem(tr("Paper: koch2015 with the paper's settings (a GPU)"), QStringLiteral("paper"));
    m_scale->addItem(tr("Tiny: a tiny net in about a minute, to see how it works"), QStringLiteral("tiny"));
    m_minutes = new QDoubleSpinBox;
    m_minutes->setRange(0, 100000);
    m_minutes->setDecimals(1);
    m_minutes->setSpecialValueText(tr("no limit"));
    m_minutes->setSuffix(tr(" min per run"));
    m_folder = new QLineEdit;
    auto *browse = new QPushButton(tr("Browse..."));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Experiment"), m_experiment);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(tr("Time budget"), m_minutes);
    form->addRow(tr("Folder"), folderRow);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"));
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"));
    m_stop->setToolTip(tr("Stop after the current step; Start again resumes where it stopped"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);

    m_table = new QTableWidget(0, Columns);
    m_table->setHorizontalHeaderLabels(
        {tr("Cell"), tr("Ours"), tr("Ours at 0.5"), tr("Paper"), tr("Reproduction"), tr("Epochs"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setToolTip(tr("Double-click a cell that trained to open its run"));

    m_loss = new CurveChart(tr("Current cell: training loss"), tr("loss"));
    m_lossCurve = m_loss->addCurve(tr("loss"), QColor(0xd9, 0x5f, 0x02), true);
    m_loss->setLegendVisible(false);
    m_validation = new CurveChart(tr("Current cell: validation"), tr("accuracy"));
    m_validation->setXAxis(CurveChart::XAxis::Epoch);
    m_validation->setYRange(0, 1);
    m_valCurves[0] = m_validation->addCurve(tr("verification @0.5"), QColor(0x1b, 0x9e, 0x77), false, true);
    m_valCurves[1] = m_validation->addCurve(tr("verification, tuned threshold"), QColor(0x75, 0x70, 0xb3), false, true);
    m_valCurves[2] = m_validation->addCurve(tr("one-shot"), QColor(0xe7, 0x29, 0x8a), false, true);
    auto *charts = new QWidget;
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_loss);
    chartRow->addWidget(m_validation);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setSizes({380, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Experiment folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            showCells();
        }
    });
    const auto changed = [this] {
        if (!isRunning()) {
            m_folder->setText(defaultFolder(m_experiment->currentData().toString(), m_scale->currentData().toString()));
            showCells();
        }
    };
    connect(m_experiment, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scale, &QComboBox::currentIndexChanged, this, changed);
    connect(m_folder, &QLineEdit::editingFinished, this, &ReproducePage::showCells);
    connect(m_start, &QPushButton::clicked, this, &ReproducePage::start);
    connect(m_stop, &QPushButton::clicked, this, &ReproducePage::stop);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString run = m_table->item(row, Cell)->data(Qt::UserRole).toString();
        if (!run.isEmpty())
            Q_EMIT openRun(QDir(folder()).filePath(run));
    });
    connect(m_controller, &ReproductionController::cellStarted, this,
            [this](int index, int count, const QString &id, const QString &what) {
                m_loss->clear();
                m_validation->clear();
                if (auto *item = m_table->item(index, State))
                    item->setText(what);
                m_status->setText(tr("Cell %1 of %2 (%3): %4").arg(index + 1).arg(count).arg(id, what));
            });
    connect(m_controller, &ReproductionController::rowReady, this, &ReproducePage::showRow);
    connect(m_controller, &ReproductionController::message, m_status, &QLabel::setText);
    connect(m_controller, &ReproductionController::steps, this, [this](const QVector<train::StepMetrics> &batch) {
        for (const train::StepMetrics &m : batch)
            m_loss->append(m_lossCurve, {double(m.step), m.epoch + m.epochProgress, m.wallSeconds, m.loss});
    });
    connect(m_controller, &ReproductionController::epoch, this, [this](const train::EpochMetrics &m) {
        const double values[] = {m.valAccAtHalf, m.valAccTuned, m.valOneShot};
        for (int i = 0; i < 3; ++i)
            m_validation->append(m_valCurves[i], {double(m.step), double(m.epoch), m.wallSeconds, values[i]});
    });
    connect(m_controller, &ReproductionController::finished, this, [this](const QJsonObject &table) {
        setRunning(false);
        if (table.value(QStringLiteral("failed")).toBool()) {
            m_status->setText(tr("The experiment failed: %1").arg(table.value(QStringLiteral("message")).toString()));
            remember(false);
        } else {
            showTable(table);
            const bool complete = table.value(QStringLiteral("complete")).toBool();
            m_status->setText(complete ? tr("Done: %1").arg(QDir(folder()).filePath(QStringLiteral("table.md")))
                                       : tr("Stopped; Start resumes it."));
            // Closing the window stops it to resume at the next start; a user's Stop does not.
            remember(!complete && m_closing);
        }
        Q_EMIT finished(table);
    });

    const QString saved = AppSettings::reproduceExperiment();
    setExperiment(saved.isEmpty() ? QStringLiteral("verification") : saved,
                  AppSettings::reproduceScale().isEmpty() ? QStringLiteral("cpu") : AppSettings::reproduceScale(),
                  AppSettings::reproduceMinutes(), AppSettings::reproduceFolder());
    setRunning(false);
}

ReproducePage::~ReproducePage() = default;

void ReproducePage::setDataFolder(const QString &folder)
{
    m_dataFolder = folder;
    if (AppSettings::reproduceRunning() && !isRunning()) {
        m_status->setText(tr("Resuming the experiment that was running when Oneshot Studio closed"));
        start();
    }
}

void ReproducePage::setExperiment(const QString &name, const QString &scale, double minutesPerRun,
                                  const QString &folder)
{
    m_experiment->setCurrentIndex(std::max(0, m_experiment->findData(name)));
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(scale)));
    m_minutes->setValue(minutesPerRun);
    m_folder->setText(folder.isEmpty() ? defaultFolder(name, scale) : folder);
    showCells();
}

QString ReproducePage::folder() const
{
    return m_folder->text();
}

bool ReproducePage::isRunning() const
{
    return m_controller->isRunning();
}

void ReproducePage::start()
{
    if (isRunning())
        return;
    if (m_dataFolder.isEmpty()) {
        m_status->setText(tr("The Omniglot data is not loaded yet."));
        return;
    }
    showCells();
    m_closing = false;
    try {
        m_controller->start(m_experiment->currentData().toString(), m_scale->currentData().toString(),
                            m_minutes->value(), folder(), m_dataFolder, data::defaultMnistFolder(m_dataFolder));
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    remember(true);
    setRunning(true);
}

void ReproducePage::stop()
{
    m_controller->stop();
}

void ReproducePage::stopForClose()
{
    if (!isRunning())
        return;
    m_closing = true;
    remember(true);
    m_controller->stopAndWait(120000);
}

void ReproducePage::remember(bool running)
{
    AppSettings::setReproduce(m_experiment->currentData().toString(), m_scale->currentData().toString(),
                              m_minutes->value(), folder(), running);
}

void ReproducePage::showCells()
{
    // The experiment's cells, filled in from the folder's table as far as it goes.
    const reproduce::Experiment e = reproduce::experiment(m_experiment->currentData().toString(),
                                                          m_scale->currentData().toString(), m_minutes->value());
    m_table->setRowCount(static_cast<int>(e.cells.size()));
    for (int i = 0; i < static_cast<int>(e.cells.size()); ++i) {
        const reproduce::Cell &c = e.cells[i];
        QJsonObject row{{QStringLiteral("label"), c.label},
                        {QStringLiteral("kind"),
                         c.measure == reproduce::Measure::Cited ? QStringLiteral("cited") : QStringLiteral("ours")},
                        {QStringLiteral("paper"), c.paper},
                        {QStringLiteral("seed"), c.seed}};
        showRow(i, row);
        m_table->item(i, State)->setText(c.measure == reproduce::Measure::Cited ? tr("cited") : tr("to do"));
    }
    showTable(reproduce::readTable(folder()));
}

void ReproducePage::showTable(const QJsonObject &table)
{
    const QJsonArray cells = table.value(QStringLiteral("cells")).toArray();
    for (int i = 0; i < cells.size() && i < m_table->rowCount(); ++i)
        showRow(i, cells[i].toObject());
}

void ReproducePage::showRow(int index, const QJsonObject &row)
{
    const bool cited = row.value(QStringLiteral("kind")).toString() == QLatin1String("cited");
    const bool measured = row.contains(QStringLiteral("ours"));
    const QStringList texts{row.value(QStringLiteral("label")).toString() + (cited ? tr(" (cited)") : QString()),
                            percent(row.value(QStringLiteral("ours"))),
                            percent(row.value(QStringLiteral("ours_05"))),
                            percent(row.value(QStringLiteral("paper"))),
                            percent(row.value(QStringLiteral("seed"))),
                            row.value(QStringLiteral("epochs")).toVariant().toString(),
                            cited          ? tr("cited")
                                : measured ? tr("done")
                                           : QString()};
    for (int c = 0; c < Columns; ++c) {
        auto *item = new QTableWidgetItem(texts[c]);
        if (cited) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(index, c, item);
    }
    m_table->item(index, Cell)->setData(Qt::UserRole, row.value(QStringLiteral("run")).toString());
    if (!row.value(QStringLiteral("message")).toString().isEmpty())
        m_table->item(index, State)->setToolTip(row.value(QStringLiteral("message")).toString());
}

void ReproducePage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_experiment, m_scale, m_minutes, m_folder})
        w->setEnabled(!running);
    const QJsonObject table = reproduce::readTable(folder());
    m_start->setText(!table.isEmpty() && !table.value(QStringLiteral("complete")).toBool() ? tr("Resume")
                                                                                           : tr("Start"));
}

} // namespace oneshot::ui
