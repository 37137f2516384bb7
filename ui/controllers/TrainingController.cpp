#include "controllers/TrainingController.h"

#include <QDateTime>
#include <QThread>

#include "common/Error.h"
#include "train/Trainer.h"

namespace oneshot::ui {

/// Lives on the training thread; runs the trainer and batches its observations.
class TrainingWorker : public QObject, public train::TrainObserver
{
    Q_OBJECT

public:
    TrainingWorker(train::TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data, bool resume,
                   std::shared_ptr<train::TrainControl> control)
        : m_config(std::move(config))
        , m_runDir(std::move(runDir))
        , m_data(std::move(data))
        , m_resume(resume)
        , m_control(std::move(control))
    {
    }

    void run()
    {
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
        flushSteps(true);
        Q_EMIT finished(result);
    }

    // TrainObserver, called on the training thread.
    void onStart(const QJsonObject &info) override { Q_EMIT started(info); }
    void onStep(const train::StepMetrics &m) override
    {
        m_pending.push_back(m);
        flushSteps(false);
    }
    void onEpoch(const train::EpochMetrics &m) override
    {
        flushSteps(true);
        Q_EMIT epoch(m);
    }
    void onFilters(const model::FilterSnapshot &f) override { Q_EMIT filters(f); }
    void onMessage(const QString &text) override { Q_EMIT message(text); }

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

    void flushSteps(bool force)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_pending.isEmpty() || (!force && now - m_lastFlush < 100))
            return;
        Q_EMIT steps(m_pending);
        m_pending.clear();
        m_lastFlush = now;
    }

    train::TrainConfig m_config;
    QString m_runDir;
    std::shared_ptr<const data::Omniglot> m_data;
    bool m_resume;
    std::shared_ptr<train::TrainControl> m_control;
    QVector<train::StepMetrics> m_pending;
    qint64 m_lastFlush = 0;
};

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<train::StepMetrics>();
    qRegisterMetaType<train::EpochMetrics>();
    qRegisterMetaType<model::FilterSnapshot>();
    qRegisterMetaType<QVector<train::StepMetrics>>();
}

TrainingController::~TrainingController()
{
    if (!m_thread)
        return;
    stop();
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    release();
}

bool TrainingController::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool TrainingController::isPaused() const
{
    return m_control && m_control->paused;
}

void TrainingController::start(const train::TrainConfig &config, const QString &runDir,
                               std::shared_ptr<const data::Omniglot> data, bool resume)
{
    if (m_thread)
        return;
    m_runDir = runDir;
    m_control = std::make_shared<train::TrainControl>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("training"));
    auto *worker = new TrainingWorker(config, runDir, std::move(data), resume, m_control);
    worker->moveToThread(m_thread);
    // The worker goes with its thread: QThread deletes it when the thread finishes.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker, &TrainingWorker::run);
    connect(worker, &TrainingWorker::started, this, &TrainingController::started);
    connect(worker, &TrainingWorker::steps, this, &TrainingController::steps);
    connect(worker, &TrainingWorker::epoch, this, &TrainingController::epoch);
    connect(worker, &TrainingWorker::filters, this, &TrainingController::filters);
    connect(worker, &TrainingWorker::message, this, &TrainingController::message);
    connect(worker, &TrainingWorker::finished, this, &TrainingController::onWorkerFinished);
    m_thread->start();
}

void TrainingController::onWorkerFinished(const QJsonObject &result)
{
    if (m_thread) { // else stopAndWait() has released it already
        m_thread->quit();
        m_thread->wait(); // at once: the worker's run() has returned
        release();
    }
    Q_EMIT finished(result);
}

void TrainingController::setPaused(bool paused)
{
    if (!m_thread || paused == isPaused())
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
    if (!m_thread)
        return true;
    stop();
    m_thread->quit(); // the loop exits once the worker's run() returns
    if (!m_thread->wait(ms))
        return false;
    release();
    return true;
}

void TrainingController::release()
{
    delete m_thread;
    m_thread = nullptr;
}

} // namespace oneshot::ui

#include "TrainingController.moc"
