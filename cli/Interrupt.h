#pragma once

namespace oneshot::train {
struct TrainControl;
}

namespace oneshot::cli {

/// While it lives, SIGINT and SIGTERM ask a run to stop (it finishes the step, keeps the last
/// checkpoint and returns) instead of killing the process; the previous handlers come back when
/// it goes.
class InterruptStops
{
public:
    explicit InterruptStops(train::TrainControl &control);
    ~InterruptStops();
    InterruptStops(const InterruptStops &) = delete;
    InterruptStops &operator=(const InterruptStops &) = delete;

private:
    void (*m_previousInt)(int);
    void (*m_previousTerm)(int);
};

} // namespace oneshot::cli
