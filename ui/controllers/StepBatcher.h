#pragma once

#include <functional>
#include <utility>

#include <QDateTime>
#include <QVector>

#include "train/Metrics.h"

namespace oneshot::ui {

/// Collects a run's logged steps on the training thread and hands them on at most every 100 ms,
/// so the GUI thread gets a bounded rate of small signals, whatever the step rate.
class StepBatcher
{
public:
    explicit StepBatcher(std::function<void(const QVector<train::StepMetrics> &)> emitBatch)
        : m_emit(std::move(emitBatch))
    {
    }

    void add(const train::StepMetrics &m)
    {
        m_pending.push_back(m);
        flush(false);
    }

    /// Hands on what is pending: now (`force`), or if 100 ms have passed since the last batch.
    void flush(bool force)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_pending.isEmpty() || (!force && now - m_last < 100))
            return;
        // The batch is handed over whole and a fresh list started: clearing a list that the
        // receiving thread may still share would reuse its storage after only a relaxed check of
        // the reference count, which orders nothing with that thread's reads.
        m_emit(std::exchange(m_pending, {}));
        m_last = now;
    }

private:
    std::function<void(const QVector<train::StepMetrics> &)> m_emit;
    QVector<train::StepMetrics> m_pending;
    qint64 m_last = 0;
};

} // namespace oneshot::ui
