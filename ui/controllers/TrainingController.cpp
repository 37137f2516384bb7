#include "controllers/TrainingController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QThread>

#include "common/Error.h"
#include "controllers/Handover.h"
#include "controllers/StepBatcher.h"
#include "controllers/ThreadPriority.h"
#include "train/Checkpoint.h"
#include "train/Metrics.h"
#include "train/RunFolder.h"
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
    if (m_process) {
        m_process->disconnect(this);
        m_process->waitForFinished(60000);
    }
}

bool TrainingController::isRunning() const
{
    return m_thread.isRunning() || (m_process && m_process->state() != QProcess::NotRunning);
}

QString TrainingController::workerProgram()
{
    // Installed, the two programs are side by side; in a build tree, the tests' programs are in
    // tests/ beside app/.
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("oneshot")), here.filePath(QStringLiteral("../app/oneshot"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return here.filePath(QStringLiteral("oneshot"));
}

bool TrainingController::isPaused() const
{
    return m_control && m_control->paused;
}

void TrainingController::start(const train::TrainConfig &config, const QString &runDir,
                               std::shared_ptr<const data::Omniglot> data, bool resume, int workers)
{
    if (m_thread.isActive() || isRunning())
        return;
    m_process.reset();
    if (workers > 1) {
        m_runDir = runDir;
        m_config = config;
        if (resume) {
            try {
                m_config = train::readCheckpointState(train::RunFolder(runDir).lastCheckpoint()).config;
            } catch (const Error &) { // no checkpoint yet: the command says so
            }
        }
        startProcesses(config, runDir, resume, workers);
        return;
    }
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

void TrainingController::startProcesses(const train::TrainConfig &config, const QString &runDir, bool resume,
                                        int workers)
{
    m_control.reset();
    m_stdout.clear();
    m_stderr.clear();
    m_stderrTail.clear();
    m_result = {};
    m_rowsSeen = 0;
    m_follower = std::make_unique<train::MetricsFollower>(train::RunFolder(runDir).metricsPath());
    QStringList args{QStringLiteral("train")};
    if (resume) {
        args << QStringLiteral("--resume") << runDir;
    } else {
        m_configFile
            = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("oneshot-config-XXXXXX.json")));
        if (!m_configFile->open() || m_configFile->write(QJsonDocument(config.toJson()).toJson()) < 0
            || !m_configFile->flush()) {
            Q_EMIT finished({{QStringLiteral("failed"), true},
                             {QStringLiteral("message"),
                              tr("Cannot write the run's config to %1: %2")
                                  .arg(m_configFile->fileName(), m_configFile->errorString())},
                             {QStringLiteral("run_dir"), runDir}});
            return;
        }
        args << QStringLiteral("--config") << m_configFile->fileName() << QStringLiteral("--out") << runDir;
    }
    args << QStringLiteral("--nproc") << QString::number(workers) << QStringLiteral("--json");
    m_process = std::make_unique<QProcess>();
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, [this] {
        m_stdout += m_process->readAllStandardOutput();
        for (qsizetype nl; (nl = m_stdout.indexOf('\n')) >= 0;) {
            const QJsonObject o = QJsonDocument::fromJson(m_stdout.left(nl)).object();
            m_stdout.remove(0, nl + 1);
            const QString event = o.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("start"))
                Q_EMIT started(o);
            else if (event == QLatin1String("result"))
                m_result = o;
        }
    });
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        for (qsizetype nl; (nl = m_stderr.indexOf('\n')) >= 0;) {
            QString line = QString::fromLocal8Bit(m_stderr.left(nl));
            m_stderr.remove(0, nl + 1);
            line = line.mid(line.lastIndexOf(QLatin1Char('\r')) + 1).trimmed();
            if (line.isEmpty())
                continue;
            m_stderrTail << line;
            if (m_stderrTail.size() > 12)
                m_stderrTail.removeFirst();
            Q_EMIT message(line);
        }
    });
    connect(m_process.get(), &QProcess::finished, this, &TrainingController::processEnded);
    connect(&m_poll, &QTimer::timeout, this, &TrainingController::pollRunFolder, Qt::UniqueConnection);
    const QString program = workerProgram();
    if (!QFileInfo(program).isExecutable()) {
        m_process.reset();
        Q_EMIT finished(
            {{QStringLiteral("failed"), true},
             {QStringLiteral("message"),
              tr("A run with several workers needs the command-line program, which is not at %1").arg(program)},
             {QStringLiteral("run_dir"), runDir}});
        return;
    }
    m_process->start(program, args);
    m_poll.start(300);
}

void TrainingController::pollRunFolder()
{
    if (!m_follower || !QFileInfo::exists(m_follower->path()))
        return;
    try {
        if (m_follower->update() && m_follower->rows().size() < m_rowsSeen)
            m_rowsSeen = 0; // rewritten (resumed): shown again from its start
    } catch (const Error &) {
        return; // not a whole file yet
    }
    const auto &rows = m_follower->rows();
    QVector<train::StepMetrics> batch;
    for (; m_rowsSeen < rows.size(); ++m_rowsSeen) {
        const train::MetricsRow &r = rows[m_rowsSeen];
        if (r.kind == QLatin1String("step")) {
            // metrics.csv has no progress and ETA columns: from the config, as the trainer does.
            train::StepMetrics m = r.step;
            const double views = double(m_config.pairsPerEpoch) * (m_config.augment + 1);
            train::estimateProgress(m, (m.epoch + m.epochProgress) * views, m_config.epochs * views,
                                    m_config.minutes * 60.0);
            batch << m;
            continue;
        }
        if (!batch.isEmpty())
            Q_EMIT steps(std::exchange(batch, {}));
        Q_EMIT epoch(r.epoch);
    }
    if (!batch.isEmpty())
        Q_EMIT steps(batch);
}

void TrainingController::processEnded(int exitCode, QProcess::ExitStatus status)
{
    m_poll.stop();
    pollRunFolder();
    QJsonObject result = m_result;
    if (result.isEmpty() || exitCode != 0 || status != QProcess::NormalExit) {
        QStringList errors;
        for (const QString &line : std::as_const(m_stderrTail)) {
            if (line.startsWith(QLatin1String("error:")) || line.startsWith(QLatin1String("  [rank")))
                errors << line;
        }
        result.insert(QStringLiteral("failed"), true);
        result.insert(QStringLiteral("message"),
                      errors.isEmpty() ? tr("The workers ended with exit code %1").arg(exitCode)
                                       : errors.join(QLatin1Char('\n')));
    }
    result.insert(QStringLiteral("run_dir"), m_runDir);
    m_configFile.reset();
    if (m_process)
        m_process.release()->deleteLater(); // we are in its signal
    Q_EMIT finished(result);
}

void TrainingController::setPaused(bool paused)
{
    if (m_process) {
        Q_EMIT message(tr("A run with several worker processes cannot pause; stop it, and resume it later"));
        return;
    }
    if (!m_thread.isActive() || paused == isPaused())
        return;
    m_control->paused = paused;
    Q_EMIT pausedChanged(paused);
}

void TrainingController::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->terminate(); // the supervisor passes it on: every worker stops at the same step
    if (!m_control)
        return;
    m_control->paused = false;
    m_control->stop = true;
}

bool TrainingController::stopAndWait(int ms)
{
    stop();
    if (m_process)
        return m_process->waitForFinished(ms);
    return m_thread.wait(ms);
}

} // namespace oneshot::ui

#include "TrainingController.moc"
