#include "controllers/TrainingController.h"

#include <QThread>

#include "common/Error.h"
#include "controllers/Handover.h"
#include "controllers/StepBatcher.h"
#include "controllers/ThreadPriority.h"
#include "train/Trainer.h"

namespace oneshot::ui {

/// Lives on the training thread; runs the trainer and batches its observations.
class TrainingWorker : public QObject, public train::TrainObserver
{
    Q_OBJECT

public:
    TrainingWorker(train::TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data, bool resume,
                   std::shared_ptr<train::TrainControl> control, std::shared_ptr<Handover> handover)
        : m_config(std::move(config))
        , m_runDir(std::move(runDir))
        , m_data(std::move(data))
        , m_resume(resume)
        , m_control(std::move(control))
        , m_handover(std::move(handover))
        , m_batcher(
              [this](const QVector<train::StepMetrics> &batch) { m_handover->send([&] { Q_EMIT steps(batch); }); })
    {
    }

    void run()
    {
        yieldToTheGui();
        QJsonObject result;
        try {
            std::unique_ptr<train::Trainer> trainer = m_resume
                ? train::Trainer::resume(m_runDir, m_data)
                : std::make_unique<train::Trainer>(m_config, m_runDir, m_data);
            trainer->setControl(m_control);
            result = trainer->run(this).toJson();
        } catch (const Error &e) {
            result = failure(e.message());
        } catch (const std::exception &e) {
            result = failure(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        }
        m_batcher.flush(true);
        m_handover->send([&] { Q_EMIT finished(result); });
    }

    // TrainObserver, called on the training thread.
    void onStart(const QJsonObject &info) override
    {
        m_handover->send([&] { Q_EMIT started(info); });
    }
    void onStep(const train::StepMetrics &m) override { m_batcher.add(m); }
    void onEpoch(const train::EpochMetrics &m) override
    {
        m_batcher.flush(true);
        m_handover->send([&] { Q_EMIT epoch(m); });
    }
    void onFilters(const model::FilterSnapshot &f) override
    {
        m_handover->send([&] { Q_EMIT filters(f); });
    }
    void onMessage(const QString &text) override
    {
        m_handover->send([&] { Q_EMIT message(text); });
    }

Q_SIGNALS:
    void started(const QJsonObject &info);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void filters(const oneshot::model::FilterSnapshot &snapshot);
    void message(const QString &text);
    void finished(const QJsonObject &result);

private:
    QJsonObject failure(const QString &message) const
    {
        return {{QStringLiteral("failed"), true},
                {QStringLiteral("message"), message},
                {QStringLiteral("run_dir"), m_runDir}};
    }

    train::TrainConfig m_config;
    QString m_runDir;
    std::shared_ptr<const data::Omniglot> m_data;
    bool m_resume;
    std::shared_ptr<train::TrainControl> m_control;
    std::shared_ptr<Handover> m_handover;
    StepBatcher m_batcher;
};

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

TrainingController::~TrainingController()
{
    stop(); // then m_thread's destructor waits for the run to end
}

bool TrainingController::isRunning() const
{
    return m_thread.isRunning();
}

bool TrainingController::isPaused() const
{
    return m_control && m_control->paused;
}

void TrainingController::start(const train::TrainConfig &config, const QString &runDir,
                               std::shared_ptr<const data::Omniglot> data, bool resume)
{
    if (m_thread.isActive())
        return;
    m_runDir = runDir;
    m_control = std::make_shared<train::TrainControl>();
    auto handover = std::make_shared<Handover>();
    auto *worker = new TrainingWorker(config, runDir, std::move(data), resume, m_control, handover);
    Handover::relay(handover, worker, &TrainingWorker::started, this, &TrainingController::started);
    Handover::relay(handover, worker, &TrainingWorker::steps, this, &TrainingController::steps);
    Handover::relay(handover, worker, &TrainingWorker::epoch, this, &TrainingController::epoch);
    Handover::relay(handover, worker, &TrainingWorker::filters, this, &TrainingController::filters);
    Handover::relay(handover, worker, &TrainingWorker::message, this, &TrainingController::message);
    connect(worker, &TrainingWorker::finished, this, [this, handover](const QJsonObject &result) {
        handover->receive();
        m_thread.finish(); // at once: the worker's run() has returned (a no-op after stopAndWait())
        Q_EMIT finished(result);
    });
    m_thread.start(worker, &TrainingWorker::run, QStringLiteral("training"));
}

void TrainingController::setPaused(bool paused)
{
    if (!m_thread.isActive() || paused == isPaused())
        return;
    m_control->paused = paused;
    Q_EMIT pausedChanged(paused);
}

void TrainingController::stop()
{
    if (!m_control)
        return;
    m_control->paused = false;
    m_control->stop = true;
}

bool TrainingController::stopAndWait(int ms)
{
    stop();
    return m_thread.wait(ms);
}

} // namespace oneshot::ui

#include "TrainingController.moc"
