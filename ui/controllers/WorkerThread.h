#pragma once

#include <atomic>

#include <QObject>
#include <QThread>

namespace oneshot::ui {

/// One long job's thread, owned by a controller: the worker object lives in the thread while it
/// runs; worker and thread are deleted in one place, release(), on the owner's thread once the
/// thread has finished (waiting for it orders the worker's last writes before the deletion, also
/// for ThreadSanitizer, which does not see Qt's own hand-overs). Destroying it waits for the thread: it never returns
/// while the job runs, so the owner sets its stop flag first.
class WorkerThread
{
public:
    WorkerThread() = default;
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;
    ~WorkerThread()
    {
        if (!m_thread)
            return;
        m_thread->requestInterruption();
        m_thread->quit();
        m_thread->wait();
        release();
    }

    bool isActive() const { return m_thread != nullptr; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    /// Moves `worker` into a new thread named `name` and calls `run` there when it starts.
    template<class Worker>
    void start(Worker *worker, void (Worker::*run)(), const QString &name)
    {
        m_thread = new QThread;
        m_thread->setObjectName(name);
        m_worker = worker;
        worker->moveToThread(m_thread);
        m_ran = false;
        QObject::connect(m_thread, &QThread::started, worker, [this, worker, run] {
            (worker->*run)();
            m_ran.store(true, std::memory_order_release); // see release()
        });
        m_thread->start();
    }

    /// After the worker's last signal: the thread ends at once; wait for it and release it.
    void finish()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        release();
    }

    /// Asks the thread's loop to end after the job and waits up to `ms`; true (and released) if
    /// it ended.
    bool wait(int ms)
    {
        if (!m_thread)
            return true;
        m_thread->quit();
        if (!m_thread->wait(ms))
            return false;
        release();
        return true;
    }

private:
    void release()
    {
        // Finished: no event of the worker's is delivered any more, so it may go on this thread.
        // Qt's wait orders the thread's end before this point in a way ThreadSanitizer cannot
        // see (Debian's Qt is not instrumented); this acquire pairs with the release at the end
        // of run() and makes that ordering visible.
        (void)m_ran.load(std::memory_order_acquire);
        delete m_worker;
        m_worker = nullptr;
        delete m_thread;
        m_thread = nullptr;
    }

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::atomic<bool> m_ran{false};
};

} // namespace oneshot::ui
