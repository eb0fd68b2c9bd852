// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopsignals.h"

#include <csignal>

namespace lle {

namespace {
// Lock-free atomics are safe to store from a signal handler.
std::atomic<bool> g_stop{false};
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onStopSignal(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
    g_stop.store(true, std::memory_order_relaxed);
}
}  // namespace

StopSignals::StopSignals()
{
    g_stop = false;
    g_interrupted = false;
    m_int = std::signal(SIGINT, onStopSignal);
    m_term = std::signal(SIGTERM, onStopSignal);
}

StopSignals::~StopSignals()
{
    std::signal(SIGINT, m_int == SIG_ERR ? SIG_DFL : m_int);
    std::signal(SIGTERM, m_term == SIG_ERR ? SIG_DFL : m_term);
}

std::atomic<bool> &StopSignals::stopFlag() { return g_stop; }

bool StopSignals::interrupted() { return g_interrupted.load(std::memory_order_relaxed); }

}  // namespace lle
