#include "Supervisor.h"

#include <atomic>
#include <csignal>
#include <deque>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include "common/Error.h"

namespace oneshot::cli {

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

/// Lines a worker wrote, the last few kept.
constexpr int kKeptLines = 15;

struct Worker
{
    int rank = 0;
    std::unique_ptr<QProcess> process;
    QByteArray partial;
    std::deque<QString> lines;
    bool done = false;
    bool crashed = false;
    int exitCode = 0;
    qint64 endedAtMs = -1;

    void keep(const QByteArray &bytes)
    {
        partial += bytes;
        for (qsizetype nl; (nl = partial.indexOf('\n')) >= 0;) {
            // A progress line rewritten with \r: keep what it says last.
            QString line = QString::fromLocal8Bit(partial.left(nl));
            line = line.mid(line.lastIndexOf(QLatin1Char('\r')) + 1).trimmed();
            partial.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            lines.push_back(line);
            if (lines.size() > kKeptLines)
                lines.pop_front();
        }
    }
};

int freePort(const QString &address)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(address), 0))
        throw Error(
            QObject::tr("No free port on %1 for the workers' rendezvous: %2").arg(address, probe.errorString()));
    return probe.serverPort();
}

} // namespace

int superviseWorkers(const QStringList &workerArgs, const SupervisorOptions &options)
{
    QTextStream err(stderr);
    const int port = options.masterPort > 0 ? options.masterPort : freePort(options.masterAddr);
    const QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    const int threads = std::max(1, QThread::idealThreadCount() / options.workers);

    std::vector<Worker> workers(static_cast<std::size_t>(options.workers));
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int running = 0;
    for (int r = 0; r < options.workers; ++r) {
        Worker &w = workers[static_cast<std::size_t>(r)];
        w.rank = r;
        w.process = std::make_unique<QProcess>();
        QProcessEnvironment env = base;
        env.insert(QStringLiteral("MASTER_ADDR"), options.masterAddr);
        env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        env.insert(QStringLiteral("WORLD_SIZE"), QString::number(options.workers));
        env.insert(QStringLiteral("RANK"), QString::number(r));
        env.insert(QStringLiteral("LOCAL_RANK"), QString::number(r));
        if (!base.contains(QStringLiteral("OMP_NUM_THREADS")))
            env.insert(QStringLiteral("OMP_NUM_THREADS"), QString::number(threads));
        w.process->setProcessEnvironment(env);
        if (r == 0) {
            w.process->setProcessChannelMode(QProcess::ForwardedChannels);
        } else {
            w.process->setProcessChannelMode(QProcess::MergedChannels);
            QObject::connect(w.process.get(), &QProcess::readyReadStandardOutput, &loop,
                             [&w] { w.keep(w.process->readAllStandardOutput()); });
        }
        QObject::connect(w.process.get(), &QProcess::finished, &loop,
                         [&w, &running, &loop, &clock](int code, QProcess::ExitStatus status) {
                             w.keep(w.process->readAllStandardOutput() + '\n');
                             w.done = true;
                             w.crashed = status == QProcess::CrashExit;
                             w.exitCode = code;
                             w.endedAtMs = clock.elapsed();
                             if (--running == 0)
                                 loop.quit();
                         });
        w.process->start(QCoreApplication::applicationFilePath(), workerArgs);
        if (!w.process->waitForStarted(10000))
            throw Error(QObject::tr("Could not start worker rank %1 (%2): %3")
                            .arg(r)
                            .arg(QCoreApplication::applicationFilePath(), w.process->errorString()));
        ++running;
    }
    QStringList pids;
    for (const Worker &w : workers)
        pids << QString::number(w.process->processId());
    err << QObject::tr("Started %1 workers on %2:%3 (pids %4), %5 threads each\n")
               .arg(options.workers)
               .arg(options.masterAddr)
               .arg(port)
               .arg(pids.join(QStringLiteral(", ")))
               .arg(base.value(QStringLiteral("OMP_NUM_THREADS"), QString::number(threads)))
        << Qt::flush;

    // Watch for a failed worker and for Ctrl-C; after a failure, give the others their timeout
    // to notice and stop, then kill what is left.
    g_interrupted = false;
    const auto previousInt = std::signal(SIGINT, onSignal);
    const auto previousTerm = std::signal(SIGTERM, onSignal);
    bool forwarded = false;
    qint64 failedAtMs = -1;
    const qint64 graceMs = (std::max(options.timeoutSeconds, 5) + 10) * 1000LL;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (g_interrupted && !forwarded) {
            forwarded = true;
            for (Worker &w : workers) {
                if (!w.done)
                    w.process->terminate();
            }
        }
        for (const Worker &w : workers) {
            if (w.done && (w.crashed || w.exitCode != 0) && failedAtMs < 0)
                failedAtMs = clock.elapsed();
        }
        if (failedAtMs >= 0 && clock.elapsed() - failedAtMs > graceMs) {
            for (Worker &w : workers) {
                if (!w.done)
                    w.process->kill();
            }
        }
    });
    watch.start(100);
    if (running > 0)
        loop.exec();
    watch.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    // The first worker that crashed, else the first that failed, is the one to name.
    const Worker *culprit = nullptr;
    for (const Worker &w : workers) {
        const bool failed = w.crashed || w.exitCode != 0;
        if (!failed)
            continue;
        if (!culprit || (w.crashed && !culprit->crashed)
            || (w.crashed == culprit->crashed && w.endedAtMs < culprit->endedAtMs))
            culprit = &w;
    }
    if (!culprit)
        return 0;
    const QString how = culprit->crashed ? QObject::tr("was killed or crashed (signal %1)").arg(culprit->exitCode)
                                         : QObject::tr("exited with code %1").arg(culprit->exitCode);
    err << QObject::tr("error: worker rank %1 %2.").arg(culprit->rank).arg(how);
    if (culprit->rank != 0 && !culprit->lines.empty()) {
        err << QObject::tr(" Its last lines:\n");
        for (const QString &line : culprit->lines)
            err << QStringLiteral("  [rank %1] %2\n").arg(culprit->rank).arg(line);
    } else {
        err << '\n';
    }
    QStringList others;
    for (const Worker &w : workers) {
        if (&w != culprit && (w.crashed || w.exitCode != 0))
            others << QString::number(w.rank);
    }
    if (!others.isEmpty())
        err << QObject::tr("The other workers stopped too (ranks %1). ").arg(others.join(QStringLiteral(", ")));
    err << QObject::tr("The run folder keeps the last checkpoint that every worker reached: continue with "
                       "'oneshot train --resume RUNDIR --nproc %1'.\n")
               .arg(options.workers)
        << Qt::flush;
    return 1;
}

} // namespace oneshot::cli
