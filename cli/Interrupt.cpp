#include "Interrupt.h"

#include <atomic>
#include <csignal>

#include "train/Trainer.h"

namespace oneshot::cli {

namespace {

std::atomic<train::Trainer *> g_trainer{nullptr};

void onSignal(int)
{
    // Only an atomic load and an atomic store: safe in a signal handler.
    if (train::Trainer *t = g_trainer.load())
        t->requestStop();
}

} // namespace

InterruptStops::InterruptStops(train::Trainer &trainer)
{
    g_trainer = &trainer;
    m_previousInt = std::signal(SIGINT, onSignal);
    m_previousTerm = std::signal(SIGTERM, onSignal);
}

InterruptStops::~InterruptStops()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
    g_trainer = nullptr;
}

} // namespace oneshot::cli
