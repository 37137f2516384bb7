#include "Interrupt.h"

#include <atomic>
#include <csignal>

#include "train/Trainer.h"

namespace oneshot::cli {

namespace {

std::atomic<train::TrainControl *> g_control{nullptr};

void onSignal(int)
{
    // Only an atomic load and an atomic store: safe in a signal handler.
    if (train::TrainControl *c = g_control.load())
        c->stop = true;
}

} // namespace

InterruptStops::InterruptStops(train::TrainControl &control)
{
    g_control = &control;
    m_previousInt = std::signal(SIGINT, onSignal);
    m_previousTerm = std::signal(SIGTERM, onSignal);
}

InterruptStops::~InterruptStops()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
    g_control = nullptr;
}

} // namespace oneshot::cli
