#pragma once

#include <QObject>
#include <QThread>

namespace oneshot::ui {

/// One long job's thread, owned by a controller: the worker object lives in the thread and is
/// deleted when the thread finishes; the thread itself is deleted in one place, release(), once it
/// has finished. Destroying it waits for the thread: it never returns while the job runs, so
/// the owner sets its stop flag first.
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
        worker->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(m_thread, &QThread::started, worker, run);
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
        delete m_thread; // finished: its worker went with it
        m_thread = nullptr;
    }

    QThread *m_thread = nullptr;
};

} // namespace oneshot::ui
