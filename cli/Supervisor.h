#pragma once

#include <QString>
#include <QStringList>

namespace oneshot::cli {

/// How `oneshot train --nproc N` starts its workers on this machine.
struct SupervisorOptions
{
    int workers = 2;
    QString masterAddr = QStringLiteral("127.0.0.1");
    int masterPort = 0;     ///< 0: a free port
    int timeoutSeconds = 0; ///< the workers' collective timeout, to bound the wait after a failure
};

/// Starts N copies of this program as the ranks of one data-parallel run (torchrun's variables:
/// RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT; OMP_NUM_THREADS each worker's share of
/// the cores unless it is set) with `workerArgs` (the train command's arguments without --nproc)
/// and waits for them. Rank 0 writes to this terminal; the others' output is kept and shown when
/// one fails. A worker that dies ends the run: the message names its rank, how it ended and its
/// last lines, and a worker still running 10 s after the workers' timeout has passed is killed. SIGINT
/// and SIGTERM are passed on as SIGTERM, so the workers stop together and keep the last
/// checkpoint. Returns the exit code: 0 when every worker succeeded.
int superviseWorkers(const QStringList &workerArgs, const SupervisorOptions &options);

} // namespace oneshot::cli
