#pragma once

#include <memory>
#include <mutex>

#include <QObject>

namespace oneshot::ui {

/// Hands a worker thread's signals to the GUI thread in a way ThreadSanitizer can follow. Qt
/// delivers a queued signal after its emission through its event queue, but the ordering lives
/// in Qt's own lock (a futex inside libQt6Core, which Debian does not build with TSan), so TSan
/// would report every argument the receiver reads as a race with the worker's writes. The
/// worker emits while it holds this lock (Qt copies the arguments and posts the event under
/// it), and the receiving side takes the lock before the arguments reach anyone: TSan sees
/// that ordering. It costs one uncontended lock per signal, at most about ten a second.
class Handover
{
public:
    /// Runs `emitSignal` (a Q_EMIT of a queued signal) under the lock.
    template<typename Emit>
    void send(Emit &&emitSignal)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        emitSignal();
    }

    /// Takes the lock once: everything sent before this call is now ordered before the caller.
    void receive() { const std::lock_guard<std::mutex> lock(m_mutex); }

    /// Connects a worker's `signal` to the receiver's signal `forward` (same arguments), taking the
    /// lock before forwarding.
    template<typename Worker, typename Receiver, typename... Args>
    static void relay(const std::shared_ptr<Handover> &handover, Worker *worker, void (Worker::*signal)(Args...),
                      Receiver *receiver, void (Receiver::*forward)(Args...))
    {
        QObject::connect(worker, signal, receiver, [handover, receiver, forward](Args... args) {
            handover->receive();
            (receiver->*forward)(args...);
        });
    }

private:
    std::mutex m_mutex;
};

} // namespace oneshot::ui
