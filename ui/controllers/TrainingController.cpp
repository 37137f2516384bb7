#include "controllers/TrainingController.h"

#include <QDateTime>
#include <QMutex>
#include <QTimer>

#include "common/Error.h"
#include "train/Trainer.h"

namespace oneshot::ui {

/// Lives on the training thread; runs the trainer and batches its observations.
class TrainingWorker : public QObject, public train::TrainObserver
{
    Q_OBJECT

public:
    TrainingWorker(train::TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data, bool resume)
        : m_config(std::move(config))
        , m_runDir(std::move(runDir))
        , m_data(std::move(data))
        , m_resume(resume)
    {
    }

    void run()
    {
        QJsonObject result;
        try {
            {
                QMutexLocker lock(&m_mutex);
                m_trainer = m_resume ? train::Trainer::resume(m_runDir, m_data)
                                     : std::make_unique<train::Trainer>(m_config, m_runDir, m_data);
                if (m_stopEarly)
                    m_trainer->requestStop();
            }
            result = m_trainer->run(this).toJson();
        } catch (const Error &e) {
            result = {{QStringLiteral("failed"), true},
                      {QStringLiteral("message"), e.message()},
                      {QStringLiteral("run_dir"), m_runDir}};
        } catch (const std::exception &e) {
            result = {{QStringLiteral("failed"), true},
                      {QStringLiteral("message"), QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)},
                      {QStringLiteral("run_dir"), m_runDir}};
        }
        flushSteps(true);
        Q_EMIT finished(result);
    }

    void requestStop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopEarly = true;
        if (m_trainer)
            m_trainer->requestStop();
    }

    void setPaused(bool paused)
    {
        QMutexLocker lock(&m_mutex);
        if (m_trainer)
            m_trainer->setPaused(paused);
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
    void onFilters(const train::FilterSnapshot &f) override { Q_EMIT filters(f); }
    void onMessage(const QString &text) override { Q_EMIT message(text); }

Q_SIGNALS:
    void started(const QJsonObject &info);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void filters(const oneshot::train::FilterSnapshot &snapshot);
    void message(const QString &text);
    void finished(const QJsonObject &result);

private:
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
    QMutex m_mutex;
    std::unique_ptr<train::Trainer> m_trainer;
    bool m_stopEarly = false;
    QVector<train::StepMetrics> m_pending;
    qint64 m_lastFlush = 0;
};

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<train::StepMetrics>();
    qRegisterMetaType<train::EpochMetrics>();
    qRegisterMetaType<train::FilterSnapshot>();
    qRegisterMetaType<QVector<train::StepMetrics>>();
}

TrainingController::~TrainingController()
{
    stopAndWait(60000);
}

bool TrainingController::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool TrainingController::isPaused() const
{
    return m_paused;
}

void TrainingController::start(const train::TrainConfig &config, const QString &runDir,
                               std::shared_ptr<const data::Omniglot> data, bool resume)
{
    if (isRunning())
        return;
    m_runDir = runDir;
    m_paused = false;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("training"));
    m_worker = new TrainingWorker(config, runDir, std::move(data), resume); // owned here, not by the thread
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &TrainingWorker::run);
    connect(m_worker, &TrainingWorker::started, this, &TrainingController::started);
    connect(m_worker, &TrainingWorker::steps, this, &TrainingController::steps);
    connect(m_worker, &TrainingWorker::epoch, this, &TrainingController::epoch);
    connect(m_worker, &TrainingWorker::filters, this, &TrainingController::filters);
    connect(m_worker, &TrainingWorker::message, this, &TrainingController::message);
    connect(m_worker, &TrainingWorker::finished, this, [this](const QJsonObject &result) {
        // After stopAndWait() the thread and worker are gone already: only report.
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
            cleanup();
        }
        Q_EMIT finished(result);
    });
    m_thread->start();
}

void TrainingController::setPaused(bool paused)
{
    if (!m_worker || paused == m_paused)
        return;
    m_paused = paused;
    m_worker->setPaused(paused);
    Q_EMIT pausedChanged(paused);
}

void TrainingController::stop()
{
    if (m_worker) {
        m_worker->setPaused(false);
        m_worker->requestStop();
    }
}

bool TrainingController::stopAndWait(int ms)
{
    if (!m_thread)
        return true;
    stop();
    m_thread->quit(); // the loop exits once the worker's run() returns
    if (!m_thread->wait(ms))
        return false;
    cleanup();
    return true;
}

void TrainingController::cleanup()
{
    // The thread has finished: the worker can be deleted from here.
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

} // namespace oneshot::ui

#include "TrainingController.moc"
