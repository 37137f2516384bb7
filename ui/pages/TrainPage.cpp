#include "pages/TrainPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>

#include "ImageConvert.h"
#include "charts/CurveChart.h"
#include "common/Random.h"
#include "controllers/TrainingController.h"
#include "data/Distortion.h"
#include "common/AppSettings.h"
#include "data/Omniglot.h"
#include "model/Precision.h"
#include "train/ConfigForm.h"
#include "train/DefaultModel.h"
#include "train/LrSchedule.h"
#include "train/RunMonitor.h"

namespace oneshot::ui {

namespace {

QString defaultRunFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("OneshotStudio/runs/")
                               + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

/// The precisions this machine runs: bf16 where the CPU has bf16 instructions or a GPU is
/// there, fp16 on a GPU; the others stay listed, greyed, with the reason.
void offerPrecisions(ConfigForm *form)
{
    auto *combo = qobject_cast<QComboBox *>(form->editor(QStringLiteral("precision")));
    auto *items = combo ? qobject_cast<QStandardItemModel *>(combo->model()) : nullptr;
    if (!items)
        return;
    const bool cuda = model::cudaAvailable();
    const auto offer = [&](const QString &value, bool available, const QString &why) {
        QStandardItem *item = items->item(combo->findData(value));
        if (!item || available)
            return;
        item->setEnabled(false);
        item->setToolTip(why);
    };
    offer(QStringLiteral("bf16"), cuda || model::cpuHasBf16(),
          QObject::tr("This CPU has no bfloat16 instructions (AVX-512 BF16 or AMX) and there is no GPU"));
    offer(QStringLiteral("fp16"), cuda, QObject::tr("fp16 runs on a CUDA GPU only"));
}

} // namespace

TrainPage::TrainPage(TrainingController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_form = new ConfigForm;
    offerPrecisions(m_form);
    m_lrPreview = new CurveChart(tr("Learning rate preview"), tr("lr"));
    m_lrPreview->addCurve(tr("lr"), QColor(0x2a, 0x7a, 0xb9), false);
    m_lrPreview->setControlsVisible(false);
    m_lrPreview->setLegendVisible(false);
    m_lrPreview->setMinimumHeight(210);
    m_form->groupLayout(QStringLiteral("schedule"))->addRow(m_lrPreview);
    m_lrNote = new QLabel;
    m_lrNote->setWordWrap(true);
    m_lrNote->setObjectName(QStringLiteral("lrNote"));
    m_form->groupLayout(QStringLiteral("schedule"))->addRow(m_lrNote);

    auto *preview = new QWidget;
    auto *grid = new QGridLayout(preview);
    grid->setSpacing(2);
    for (int i = 0; i < 8; ++i) {
        auto *l = new QLabel;
        l->setFixedSize(52, 52);
        l->setFrameShape(QFrame::Box);
        grid->addWidget(l, i / 4, i % 4);
        m_previewLabels.push_back(l);
    }
    m_form->groupLayout(QStringLiteral("pairs"))->addRow(tr("Preview"), preview);
    m_runDir = new QLineEdit(defaultRunFolder());
    m_runDir->setToolTip(tr("A new or empty folder for config.json, metrics.csv and the checkpoints"));
    m_form->groupLayout(QStringLiteral("run"))->addRow(tr("Run folder"), m_runDir);
    m_workers = new QSpinBox;
    m_workers->setRange(1, 64);
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setToolTip(tr("1: train in this program. More: a data-parallel run of that many worker processes on "
                             "this machine (oneshot train --nproc), each with its share of the cores; the batch is "
                             "split between them and their gradients summed"));
    if (!QFileInfo(TrainingController::workerProgram()).isExecutable()) {
        m_workers->setEnabled(false);
        m_workers->setToolTip(
            tr("Needs the command-line program beside this one (%1)").arg(TrainingController::workerProgram()));
    }
    m_form->groupLayout(QStringLiteral("run"))->addRow(tr("Worker processes"), m_workers);
    m_form->leaveWheelToScrolling(m_workers);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(440);
    scroll->setMaximumWidth(520);

    m_monitor = new RunMonitor(controller);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_monitor, 1);

    connect(m_form, &ConfigForm::changed, this, [this] {
        updateLrPreview();
        const train::TrainConfig cfg = m_form->config();
        if (cfg.distortion != m_previewDistortion || cfg.distortionScale != m_previewDistortionScale)
            updateDistortionPreview();
        m_monitor->startButton()->setToolTip(m_form->error().isEmpty() ? tr("Start training (Ctrl+R)")
                                                                       : m_form->error());
    });
    connect(m_monitor, &RunMonitor::startRequested, this, &TrainPage::startTraining);
    connect(m_controller, &TrainingController::finished, this, [this](const QJsonObject &result) {
        m_runDir->setText(defaultRunFolder());
        // Remembered per network, so the preview can say how many epochs fit in a time budget.
        const int epochs = result.value(QStringLiteral("epochs_done")).toInt();
        const double seconds = result.value(QStringLiteral("wall_seconds")).toDouble();
        if (!result.value(QStringLiteral("failed")).toBool() && epochs >= 1 && seconds > 0)
            AppSettings::setSecondsPerPair(m_runningConfig.model.name,
                                           seconds / (double(epochs) * m_runningConfig.pairsPerEpoch));
        updateLrPreview();
    });
    updateLrPreview();
}

int TrainPage::workers() const
{
    return m_workers->value();
}

void TrainPage::setWorkers(int workers)
{
    m_workers->setValue(workers);
}

CurveChart *TrainPage::lossChart() const
{
    return m_monitor->lossChart();
}

CurveChart *TrainPage::accuracyChart() const
{
    return m_monitor->accuracyChart();
}

CurveChart *TrainPage::lrChart() const
{
    return m_monitor->lrChart();
}

QPushButton *TrainPage::startButton() const
{
    return m_monitor->startButton();
}

void TrainPage::setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder)
{
    m_data = std::move(data);
    m_dataFolder = dataFolder;
    updateDistortionPreview();
}

void TrainPage::setConfig(const train::TrainConfig &c)
{
    m_form->setConfig(c);
}

train::TrainConfig TrainPage::config() const
{
    train::TrainConfig c = m_form->config();
    c.dataFolder = m_dataFolder;
    c.runsPath = QDir(m_dataFolder).filePath(QStringLiteral("all_runs.zip"));
    return c;
}

QString TrainPage::runFolder() const
{
    return m_runDir->text();
}

void TrainPage::setRunFolder(const QString &folder)
{
    m_runDir->setText(folder);
}

int TrainPage::expectedEpochs(QString *note) const
{
    const train::TrainConfig c = m_form->config();
    if (c.minutes <= 0) {
        if (note)
            *note = tr("Up to %1 epochs; early stopping may end the run sooner.").arg(c.epochs);
        return c.epochs;
    }
    double secondsPerPair = AppSettings::secondsPerPair(c.model.name);
    QString source = tr("the last %1 run here").arg(c.model.name);
    if (secondsPerPair <= 0) {
        // The default model's provenance: the same network trained on a machine like this one.
        const QJsonObject provenance = train::modelProvenance(train::defaultModelPath());
        const int epochs = provenance.value(QStringLiteral("epochs")).toInt();
        if (provenance.value(QStringLiteral("model")).toString() == c.model.name && epochs > 0)
            secondsPerPair = provenance.value(QStringLiteral("training_seconds")).toDouble()
                / (double(epochs) * train::TrainConfig::forPreset(c.model.name).pairsPerEpoch);
        source = tr("the default model's training");
    }
    if (secondsPerPair <= 0) {
        if (note)
            *note = tr("How many epochs fit in %1 minutes is known after a first run of this network; the preview "
                       "shows all %2.")
                        .arg(c.minutes)
                        .arg(c.epochs);
        return c.epochs;
    }
    const int fit = std::max(1, int(c.minutes * 60 / (secondsPerPair * c.pairsPerEpoch)));
    const int epochs = std::min(c.epochs, fit);
    if (note)
        *note = tr("About %1 of %2 epochs fit in %3 minutes, at %4 pairs/s (%5).")
                    .arg(epochs)
                    .arg(c.epochs)
                    .arg(c.minutes)
                    .arg(1.0 / secondsPerPair, 0, 'f', 0)
                    .arg(source);
    return epochs;
}

void TrainPage::updateLrPreview()
{
    const train::TrainConfig c = m_form->config();
    QString note;
    const int epochs = expectedEpochs(&note);
    m_lrNote->setText(note);
    const train::LrSchedule s(c.scheduler, c.optimizer.lr, c.epochs);
    std::vector<CurvePoint> pts;
    if (s.perBatch()) {
        // The whole run, step by step; thinned to about 3000 points for a long one.
        const int perEpoch = (c.pairsPerEpoch + c.batchSize - 1) / std::max(1, c.batchSize);
        const long long steps = static_cast<long long>(perEpoch) * epochs;
        const long long stride = std::max(1LL, steps / 3000);
        for (long long b = 0; b <= steps; b += stride)
            pts.push_back({double(b), 0, 0, c.optimizer.lr * s.factor(b, int(b / perEpoch))});
        m_lrPreview->setXAxis(CurveChart::XAxis::Step);
    } else {
        for (int e = 0; e <= epochs; ++e)
            pts.push_back({0, double(e), 0, c.optimizer.lr * s.factor(0, e, double(e) / std::max(1, epochs))});
        m_lrPreview->setXAxis(CurveChart::XAxis::Epoch);
    }
    m_lrPreview->setCurve(0, pts);
    m_lrPreview->refresh();
}

void TrainPage::updateDistortionPreview()
{
    const train::TrainConfig cfg = m_form->config();
    m_previewDistortion = cfg.distortion;
    m_previewDistortionScale = cfg.distortionScale;
    if (!m_data || m_data->images().empty())
        return;
    const data::AffineParams p = data::AffineParams::byName(m_previewDistortion).scaled(m_previewDistortionScale);
    Rng rng(static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()));
    const int base = uniformInt(rng, static_cast<int>(m_data->images().size()));
    const qreal dpr = devicePixelRatioF();
    for (std::size_t i = 0; i < m_previewLabels.size(); ++i) {
        const cv::Mat img = i == 0 ? m_data->image(base) : data::distort(m_data->image(base), p, rng);
        QPixmap pm = QPixmap::fromImage(
            toQImage(img).scaled(QSize(52, 52) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pm.setDevicePixelRatio(dpr);
        m_previewLabels[i]->setPixmap(pm);
        m_previewLabels[i]->setToolTip(i == 0 ? tr("The original") : tr("A fresh distortion"));
    }
}

void TrainPage::startTraining()
{
    if (m_controller->isRunning())
        return;
    if (!m_data) {
        QMessageBox::warning(this, tr("No data"), tr("The Omniglot data is not loaded yet."));
        return;
    }
    if (!m_form->error().isEmpty()) {
        m_monitor->showStatus(tr("Cannot start: %1").arg(m_form->error()));
        return;
    }
    const QString dir = m_runDir->text();
    if (QDir(dir).exists() && !QDir(dir).isEmpty()) {
        QMessageBox::warning(this, tr("Run folder in use"), tr("%1 is not empty. Choose a new run folder.").arg(dir));
        return;
    }
    const train::TrainConfig c = config();
    m_runningConfig = c;
    m_monitor->beginRun(expectedEpochs());
    m_controller->start(c, dir, m_data, false, m_workers->value());
    Q_EMIT runStarted(dir);
}

} // namespace oneshot::ui
