#include "pages/TrainPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include "ImageConvert.h"
#include "charts/CurveChart.h"
#include "common/Random.h"
#include "controllers/TrainingController.h"
#include "data/Distortion.h"
#include "data/Omniglot.h"
#include "data/Protocol.h"
#include "train/LrSchedule.h"

namespace oneshot::ui {

namespace {

QString clockText(double s)
{
    if (s < 0 || !std::isfinite(s))
        return QStringLiteral("--:--");
    const int t = static_cast<int>(s);
    return t >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(t / 3600)
                           .arg(t / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(t % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

QString defaultRunFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("OneshotStudio/runs/")
                               + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

} // namespace

TrainPage::TrainPage(TrainingController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);

    auto *modelBox = new QGroupBox(tr("Model"));
    auto *modelForm = new QFormLayout(modelBox);
    m_preset = new QComboBox;
    m_preset->addItem(tr("CPU preset (48x48, batch norm)"), QStringLiteral("cpu"));
    m_preset->addItem(tr("Koch 2015 (105x105, 38.9M parameters)"), QStringLiteral("koch2015"));
    m_preset->addItem(tr("Tiny (28x28, for a quick look)"), QStringLiteral("tiny"));
    m_preset->setToolTip(tr("A preset sets the model and its recommended training settings"));
    modelForm->addRow(tr("Preset"), m_preset);
    m_modelSummary = new QLabel;
    m_modelSummary->setWordWrap(true);
    modelForm->addRow(m_modelSummary);
    m_protocol = new QComboBox;
    for (const QString &p : data::Protocol::names())
        m_protocol->addItem(p, p);
    modelForm->addRow(tr("Protocol"), m_protocol);
    formLayout->addWidget(modelBox);

    auto *optBox = new QGroupBox(tr("Optimiser and schedule"));
    auto *optForm = new QFormLayout(optBox);
    m_optimizer = new QComboBox;
    m_optimizer->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizer->addItem(tr("SGD, per-layer momentum ramp (Koch)"), QStringLiteral("sgd"));
    optForm->addRow(tr("Optimiser"), m_optimizer);
    m_lrSpin = new QDoubleSpinBox;
    m_lrSpin->setDecimals(6);
    m_lrSpin->setRange(1e-6, 1.0);
    m_lrSpin->setSingleStep(1e-4);
    optForm->addRow(tr("Learning rate"), m_lrSpin);
    m_scheduler = new QComboBox;
    const std::pair<QString, const char *> schedules[] = {{tr("constant"), "constant"},
                                                          {tr("step (every N epochs)"), "step"},
                                                          {tr("exponential (every epoch)"), "exponential"},
                                                          {tr("cosine"), "cosine"},
                                                          {tr("triangular (cyclic, per batch)"), "triangular"},
                                                          {tr("triangular2 (cyclic, halving)"), "triangular2"},
                                                          {tr("reduce on plateau"), "plateau"}};
    for (const auto &[text, kind] : schedules)
        m_scheduler->addItem(text, QString::fromLatin1(kind));
    optForm->addRow(tr("Schedule"), m_scheduler);
    m_gamma = new QDoubleSpinBox;
    m_gamma->setDecimals(3);
    m_gamma->setRange(0.001, 1.0);
    m_gamma->setSingleStep(0.01);
    optForm->addRow(tr("Gamma"), m_gamma);
    m_stepSize = new QSpinBox;
    m_stepSize->setRange(1, 1000000);
    m_stepSize->setToolTip(tr("Step schedule: epochs per step. Cyclic: batches per half cycle."));
    optForm->addRow(tr("Step size"), m_stepSize);
    m_lrPreview = new CurveChart(tr("Learning rate preview"), tr("lr"));
    m_lrPreview->addCurve(tr("lr"), QColor(0x2a, 0x7a, 0xb9), false);
    m_lrPreview->setControlsVisible(false);
    m_lrPreview->setLegendVisible(false);
    m_lrPreview->setMinimumHeight(210);
    optForm->addRow(m_lrPreview);
    formLayout->addWidget(optBox);

    auto *dataBox = new QGroupBox(tr("Pairs and distortions"));
    auto *dataForm = new QFormLayout(dataBox);
    m_pairs = new QSpinBox;
    m_pairs->setRange(2, 10000000);
    m_pairs->setSingleStep(10000);
    dataForm->addRow(tr("Pairs per epoch"), m_pairs);
    m_augment = new QSpinBox;
    m_augment->setRange(0, 32);
    m_augment->setToolTip(tr("Each pair is seen once plain and K times with fresh distortions (Koch's x8: 8)"));
    dataForm->addRow(tr("Distorted views (K)"), m_augment);
    m_distortion = new QComboBox;
    for (const QString &d : data::AffineParams::names()) {
        const QString text = d == QLatin1String("koch") ? tr("Koch et al. 2015")
            : d == QLatin1String("torchvision")         ? tr("torchvision RandomAffine")
            : d == QLatin1String("none")                ? tr("none")
                                                        : d;
        m_distortion->addItem(text, d);
    }
    dataForm->addRow(tr("Distortion"), m_distortion);
    auto *preview = new QWidget;
    m_previewGrid = new QGridLayout(preview);
    m_previewGrid->setSpacing(2);
    for (int i = 0; i < 8; ++i) {
        auto *l = new QLabel;
        l->setFixedSize(52, 52);
        l->setFrameShape(QFrame::Box);
        m_previewGrid->addWidget(l, i / 4, i % 4);
        m_previewLabels.push_back(l);
    }
    dataForm->addRow(tr("Preview"), preview);
    m_negatives = new QDoubleSpinBox;
    m_negatives->setRange(0, 1);
    m_negatives->setSingleStep(0.1);
    m_negatives->setToolTip(tr("Share of different pairs drawn from the same alphabet (harder negatives)"));
    dataForm->addRow(tr("Same-alphabet negatives"), m_negatives);
    m_batchNegatives = new QDoubleSpinBox;
    m_batchNegatives->setRange(0, 10);
    m_batchNegatives->setSingleStep(0.5);
    m_batchNegatives->setToolTip(tr("Weight of a second loss over the batch's cross pairs: every left image against "
                                    "every right image of another character, as a negative (0: off)"));
    dataForm->addRow(tr("Cross-pair negatives"), m_batchNegatives);
    m_batchSoftmax = new QDoubleSpinBox;
    m_batchSoftmax->setRange(0, 10);
    m_batchSoftmax->setSingleStep(0.5);
    m_batchSoftmax->setToolTip(tr("Weight of a one-shot loss over the batch: each same pair's image must pick its "
                                  "partner among all the batch's images (0: off)"));
    dataForm->addRow(tr("Batch one-shot loss"), m_batchSoftmax);
    m_batchAlphabets = new QSpinBox;
    m_batchAlphabets->setRange(0, 100);
    m_batchAlphabets->setSpecialValueText(tr("all"));
    m_batchAlphabets->setToolTip(tr("Draw each batch from this many alphabets, so that the batch's other images are "
                                    "same-alphabet distractors, as in Lake's runs"));
    dataForm->addRow(tr("Alphabets per batch"), m_batchAlphabets);
    m_batch = new QSpinBox;
    m_batch->setRange(1, 4096);
    dataForm->addRow(tr("Batch size"), m_batch);
    formLayout->addWidget(dataBox);

    auto *runBox = new QGroupBox(tr("Run"));
    auto *runForm = new QFormLayout(runBox);
    m_epochs = new QSpinBox;
    m_epochs->setRange(1, 100000);
    runForm->addRow(tr("Epochs"), m_epochs);
    m_minutes = new QDoubleSpinBox;
    m_minutes->setRange(0, 100000);
    m_minutes->setSpecialValueText(tr("no limit"));
    runForm->addRow(tr("Time budget (min)"), m_minutes);
    m_patience = new QSpinBox;
    m_patience->setRange(0, 10000);
    m_patience->setSpecialValueText(tr("off"));
    runForm->addRow(tr("Early stopping patience"), m_patience);
    m_metric = new QComboBox;
    m_metric->addItem(tr("validation one-shot"), QStringLiteral("val_oneshot"));
    m_metric->addItem(tr("validation verification (tuned)"), QStringLiteral("val_acc_tuned"));
    m_metric->addItem(tr("validation loss"), QStringLiteral("val_loss"));
    runForm->addRow(tr("Select on"), m_metric);
    m_device = new QComboBox;
    m_device->addItem(tr("auto"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    runForm->addRow(tr("Device"), m_device);
    m_threads = new QSpinBox;
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("all cores"));
    runForm->addRow(tr("CPU threads"), m_threads);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1 << 30);
    runForm->addRow(tr("Seed"), m_seed);
    m_runDir = new QLineEdit(defaultRunFolder());
    runForm->addRow(tr("Run folder"), m_runDir);
    formLayout->addWidget(runBox);
    formLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(440);
    scroll->setMaximumWidth(500);

    // Right side: controls, progress and the live charts.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Start"));
    m_start->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_start->setToolTip(tr("Start training (Ctrl+R)"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pause"));
    m_pause->setToolTip(tr("Pause or resume mid-epoch"));
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"));
    m_stop->setToolTip(tr("Stop now; the last checkpoint is kept and can be resumed"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    buttons->addWidget(m_progress, 1);
    rightLayout->addLayout(buttons);
    m_status = new QLabel(tr("Ready."));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);

    m_loss = new CurveChart(tr("Training loss"), tr("BCE"));
    m_lossCurve = m_loss->addCurve(tr("loss"), QColor(0xd9, 0x5f, 0x02), true);
    m_accuracy = new CurveChart(tr("Validation accuracy"), tr("accuracy"));
    m_accuracy->setYRange(0, 1);
    m_accHalf = m_accuracy->addCurve(tr("verification @0.5"), QColor(0x1b, 0x9e, 0x77), false, true);
    m_accTuned = m_accuracy->addCurve(tr("verification, tuned threshold"), QColor(0x75, 0x70, 0xb3), false, true);
    m_oneShot = m_accuracy->addCurve(tr("20-way one-shot"), QColor(0xe7, 0x29, 0x8a), false, true);
    m_accuracy->setXAxis(CurveChart::XAxis::Epoch);
    m_lr = new CurveChart(tr("Learning rate"), tr("lr"));
    m_lrCurve = m_lr->addCurve(tr("lr"), QColor(0x2a, 0x7a, 0xb9), false);
    // One curve each: the title says what it is, the legend would only take room.
    m_loss->setLegendVisible(false);
    m_lr->setLegendVisible(false);
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_loss);
    charts->addWidget(m_accuracy);
    charts->addWidget(m_lr);
    // The accuracy chart carries a legend under its plot: keep room for both on small windows.
    m_accuracy->setMinimumHeight(260);
    charts->setSizes({300, 360, 180});
    rightLayout->addWidget(charts, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this] { applyPreset(m_preset->currentData().toString()); });
    for (auto *w : {m_scheduler, m_optimizer})
        connect(w, &QComboBox::currentIndexChanged, this, &TrainPage::updateLrPreview);
    for (auto *w : {m_lrSpin, m_gamma})
        connect(w, &QDoubleSpinBox::valueChanged, this, &TrainPage::updateLrPreview);
    for (auto *w : {m_stepSize, m_epochs})
        connect(w, &QSpinBox::valueChanged, this, &TrainPage::updateLrPreview);
    connect(m_distortion, &QComboBox::currentIndexChanged, this, &TrainPage::updateDistortionPreview);
    connect(m_start, &QPushButton::clicked, this, &TrainPage::startTraining);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_controller->setPaused(!m_controller->isPaused()); });
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);
    connect(m_controller, &TrainingController::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_status->setText(paused ? tr("Paused.") : tr("Resumed."));
    });
    connect(m_controller, &TrainingController::steps, this, &TrainPage::onSteps);
    connect(m_controller, &TrainingController::epoch, this, &TrainPage::onEpoch);
    connect(m_controller, &TrainingController::finished, this, &TrainPage::onFinished);
    connect(m_controller, &TrainingController::message, m_status, &QLabel::setText);
    connect(m_controller, &TrainingController::started, this, [this](const QJsonObject &info) {
        m_status->setText(tr("Training %1 (%2 parameters) on %3 with %4 threads")
                              .arg(info[QStringLiteral("model")].toString())
                              .arg(static_cast<qint64>(info[QStringLiteral("parameters")].toDouble()))
                              .arg(info[QStringLiteral("device")].toString())
                              .arg(info[QStringLiteral("threads")].toInt()));
    });

    applyPreset(QStringLiteral("cpu"));
    setRunning(false);
}

void TrainPage::setData(std::shared_ptr<const data::Omniglot> data, const QString &dataFolder)
{
    m_data = std::move(data);
    m_dataFolder = dataFolder;
    updateDistortionPreview();
}

void TrainPage::applyPreset(const QString &name)
{
    setConfig(train::TrainConfig::forPreset(name));
}

void TrainPage::setConfig(const train::TrainConfig &c)
{
    m_base = c;
    const QSignalBlocker block(m_preset);
    const int presetIndex = m_preset->findData(c.model.name);
    if (presetIndex >= 0)
        m_preset->setCurrentIndex(presetIndex);
    m_modelSummary->setText(tr("%1\n%2 parameters, %3 M multiply-adds per image")
                                .arg(c.model.summary())
                                .arg(c.model.parameterCount())
                                .arg(c.model.forwardMacs() / 1e6, 0, 'f', 1));
    m_protocol->setCurrentIndex(m_protocol->findData(c.protocol));
    m_optimizer->setCurrentIndex(m_optimizer->findData(c.optimizer.kind));
    m_lrSpin->setValue(c.optimizer.lr);
    m_scheduler->setCurrentIndex(m_scheduler->findData(c.scheduler.kind));
    m_gamma->setValue(c.scheduler.gamma);
    m_stepSize->setValue(c.scheduler.stepSize);
    m_pairs->setValue(c.pairsPerEpoch);
    m_augment->setValue(c.augment);
    m_distortion->setCurrentIndex(m_distortion->findData(c.distortion));
    m_negatives->setValue(c.sameAlphabetNegatives);
    m_batchNegatives->setValue(c.batchNegatives);
    m_batchSoftmax->setValue(c.batchSoftmax);
    m_batchAlphabets->setValue(c.batchAlphabets);
    m_batch->setValue(c.batchSize);
    m_epochs->setValue(c.epochs);
    m_minutes->setValue(c.minutes);
    m_patience->setValue(c.patience);
    m_metric->setCurrentIndex(m_metric->findData(c.earlyStopMetric));
    m_device->setCurrentIndex(m_device->findData(c.device));
    m_threads->setValue(c.threads);
    m_seed->setValue(static_cast<int>(c.seed));
    updateLrPreview();
}

train::TrainConfig TrainPage::config() const
{
    train::TrainConfig c = m_base;
    c.protocol = m_protocol->currentData().toString();
    const QString opt = m_optimizer->currentData().toString();
    if (opt != c.optimizer.kind)
        c.optimizer = opt == QLatin1String("sgd") ? train::OptimizerConfig::kochSgd()
                                                  : train::OptimizerConfig::reproductionAdam();
    c.optimizer.lr = m_lrSpin->value();
    c.scheduler.kind = m_scheduler->currentData().toString();
    c.scheduler.gamma = m_gamma->value();
    c.scheduler.stepSize = m_stepSize->value();
    c.scheduler.baseLr = c.optimizer.lr / 10;
    c.pairsPerEpoch = m_pairs->value();
    c.augment = m_augment->value();
    c.distortion = m_distortion->currentData().toString();
    c.sameAlphabetNegatives = m_negatives->value();
    c.batchNegatives = m_batchNegatives->value();
    c.batchSoftmax = m_batchSoftmax->value();
    c.batchAlphabets = m_batchAlphabets->value();
    c.batchSize = m_batch->value();
    c.epochs = m_epochs->value();
    c.minutes = m_minutes->value();
    c.patience = m_patience->value();
    c.earlyStopMetric = m_metric->currentData().toString();
    c.device = m_device->currentData().toString();
    c.threads = m_threads->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
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

void TrainPage::updateLrPreview()
{
    const train::TrainConfig c = config();
    const train::LrSchedule s(c.scheduler, c.optimizer.lr, c.epochs);
    std::vector<CurvePoint> pts;
    if (s.perBatch()) {
        const int batches = 6 * c.scheduler.stepSize;
        for (int b = 0; b <= batches; ++b)
            pts.push_back({double(b), 0, 0, c.optimizer.lr * s.factor(b, 0)});
        m_lrPreview->setXAxis(CurveChart::XAxis::Step);
    } else {
        for (int e = 0; e <= std::min(c.epochs, 500); ++e)
            pts.push_back({0, double(e), 0, c.optimizer.lr * s.factor(0, e)});
        m_lrPreview->setXAxis(CurveChart::XAxis::Epoch);
    }
    m_lrPreview->setCurve(0, pts);
    m_lrPreview->refresh();
}

void TrainPage::updateDistortionPreview()
{
    if (!m_data || m_data->images().empty())
        return;
    const data::AffineParams p = data::AffineParams::byName(m_distortion->currentData().toString());
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
    const QString dir = m_runDir->text();
    if (QDir(dir).exists() && !QDir(dir).isEmpty()) {
        QMessageBox::warning(this, tr("Run folder in use"), tr("%1 is not empty. Choose a new run folder.").arg(dir));
        return;
    }
    m_loss->clear();
    m_accuracy->clear();
    m_lr->clear();
    m_progress->setValue(0);
    m_controller->start(config(), dir, m_data);
    setRunning(true);
    Q_EMIT runStarted(dir);
}

void TrainPage::onSteps(const QVector<train::StepMetrics> &batch)
{
    for (const train::StepMetrics &m : batch) {
        const CurvePoint p{double(m.step), m.epoch + m.epochProgress, m.wallSeconds, m.loss};
        m_loss->append(m_lossCurve, p);
        m_lr->append(m_lrCurve, {p.step, p.epoch, p.seconds, m.lr});
    }
    const train::StepMetrics &m = batch.back();
    m_progress->setValue(static_cast<int>(1000 * m.progress));
    m_status->setText(tr("Epoch %1/%2 · step %3 · loss %4 · %5 pairs/s · elapsed %6 · ETA %7")
                          .arg(m.epoch + 1)
                          .arg(m_epochs->value())
                          .arg(m.step)
                          .arg(m.loss, 0, 'f', 4)
                          .arg(static_cast<int>(m.pairsPerSecond))
                          .arg(clockText(m.wallSeconds), clockText(m.etaSeconds)));
}

void TrainPage::onEpoch(const train::EpochMetrics &m)
{
    const CurvePoint base{double(m.step), double(m.epoch), m.wallSeconds, 0};
    auto at = [&base](double v) {
        CurvePoint p = base;
        p.value = v;
        return p;
    };
    m_accuracy->append(m_accHalf, at(m.valAccAtHalf));
    m_accuracy->append(m_accTuned, at(m.valAccTuned));
    m_accuracy->append(m_oneShot, at(m.valOneShot));
}

void TrainPage::onFinished(const QJsonObject &result)
{
    setRunning(false);
    m_loss->refresh();
    m_accuracy->refresh();
    m_lr->refresh();
    if (result[QStringLiteral("failed")].toBool()) {
        m_status->setText(tr("The run failed: %1").arg(result[QStringLiteral("message")].toString()));
        return;
    }
    QString text = tr("Run ended (%1) after %2 epochs.")
                       .arg(result[QStringLiteral("stop_reason")].toString())
                       .arg(result[QStringLiteral("epochs_done")].toInt());
    const QJsonObject test = result[QStringLiteral("test")].toObject();
    if (!test.isEmpty())
        text += QLatin1Char(' ')
            + tr("Test (%1 protocol): %2 of %3 one-shot trials correct, %4%.")
                  .arg(test[QStringLiteral("protocol")].toString())
                  .arg(test[QStringLiteral("correct")].toInt())
                  .arg(test[QStringLiteral("trials")].toInt())
                  .arg(100 * test[QStringLiteral("accuracy")].toDouble(), 0, 'f', 1);
    m_status->setText(text);
    m_runDir->setText(defaultRunFolder());
}

void TrainPage::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_pause->setText(tr("Pause"));
}

} // namespace oneshot::ui
