#include "controllers/ReproductionController.h"

#include "common/Error.h"
#include "controllers/Handover.h"
#include "controllers/StepBatcher.h"
#include "controllers/ThreadPriority.h"
#include "reproduce/Reproduction.h"

namespace oneshot::ui {

/// Lives on the experiment's thread; runs the reproduction and hands its progress on.
class ReproductionWorker : public QObject, public reproduce::ReproductionObserver
{
    Q_OBJECT

public:
    ReproductionWorker(reproduce::Experiment experiment, QString outDir, QString dataFolder, QString mnistFolder,
                       std::shared_ptr<train::TrainControl> control, std::shared_ptr<Handover> handover)
        : m_experiment(std::move(experiment))
        , m_outDir(std::move(outDir))
        , m_dataFolder(std::move(dataFolder))
        , m_mnistFolder(std::move(mnistFolder))
        , m_control(std::move(control))
        , m_handover(std::move(handover))
        , m_batcher(
              [this](const QVector<train::StepMetrics> &batch) { m_handover->send([&] { Q_EMIT steps(batch); }); })
    {
    }

    void run()
    {
        yieldToTheGui();
        QJsonObject table;
        try {
            reproduce::Reproduction r(m_experiment, m_outDir, m_dataFolder, m_mnistFolder);
            r.setControl(m_control);
            table = r.run(this);
        } catch (const Error &e) {
            table = {{QStringLiteral("failed"), true}, {QStringLiteral("message"), e.message()}};
        } catch (const std::exception &e) {
            table = {{QStringLiteral("failed"), true},
                     {QStringLiteral("message"), QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)}};
        }
        m_batcher.flush(true);
        m_handover->send([&] { Q_EMIT finished(table); });
    }

    void onCell(int index, int count, const reproduce::Cell &cell, const QString &what) override
    {
        m_handover->send([&] { Q_EMIT cellStarted(index, count, cell.id, what); });
    }
    void onRow(int index, const QJsonObject &row) override
    {
        m_handover->send([&] { Q_EMIT rowReady(index, row); });
    }
    void onStep(const train::StepMetrics &m) override { m_batcher.add(m); }
    void onEpoch(const train::EpochMetrics &m) override
    {
        m_batcher.flush(true);
        m_handover->send([&] { Q_EMIT epoch(m); });
    }
    void onMessage(const QString &text) override
    {
        m_handover->send([&] { Q_EMIT message(text); });
    }

Q_SIGNALS:
    void cellStarted(int index, int count, const QString &id, const QString &what);
    void rowReady(int index, const QJsonObject &row);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void message(const QString &text);
    void finished(const QJsonObject &table);

private:
    reproduce::Experiment m_experiment;
    QString m_outDir;
    QString m_dataFolder;
    QString m_mnistFolder;
    std::shared_ptr<train::TrainControl> m_control;
    std::shared_ptr<Handover> m_handover;
    StepBatcher m_batcher;
};

ReproductionController::ReproductionController(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

ReproductionController::~ReproductionController()
{
    stop(); // then m_thread's destructor waits for the experiment to stop
}

bool ReproductionController::isRunning() const
{
    return m_thread.isRunning();
}

void ReproductionController::start(const QString &name, const QString &scale, double minutesPerRun,
                                   const QString &outDir, const QString &dataFolder, const QString &mnistFolder)
{
    if (m_thread.isActive())
        return;
    m_control = std::make_shared<train::TrainControl>();
    auto handover = std::make_shared<Handover>();
    auto *worker = new ReproductionWorker(reproduce::experiment(name, scale, minutesPerRun), outDir, dataFolder,
                                          mnistFolder, m_control, handover);
    Handover::relay(handover, worker, &ReproductionWorker::cellStarted, this, &ReproductionController::cellStarted);
    Handover::relay(handover, worker, &ReproductionWorker::rowReady, this, &ReproductionController::rowReady);
    Handover::relay(handover, worker, &ReproductionWorker::steps, this, &ReproductionController::steps);
    Handover::relay(handover, worker, &ReproductionWorker::epoch, this, &ReproductionController::epoch);
    Handover::relay(handover, worker, &ReproductionWorker::message, this, &ReproductionController::message);
    connect(worker, &ReproductionWorker::finished, this, [this, handover](const QJsonObject &table) {
        handover->receive();
        m_thread.finish();
        Q_EMIT finished(table);
    });
    m_thread.start(worker, &ReproductionWorker::run, QStringLiteral("reproduction"));
}

void ReproductionController::stop()
{
    if (m_control)
        m_control->stop = true;
}

bool ReproductionController::stopAndWait(int ms)
{
    stop();
    return m_thread.wait(ms);
}

} // namespace oneshot::ui

#include "ReproductionController.moc"
