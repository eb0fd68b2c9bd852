// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace lle {

/// While one lives, Ctrl+C and SIGTERM do not kill the process but raise stopFlag(), which long
/// headless work polls, so that it stops cleanly and leaves no temporary file behind.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    /// Raised by a signal, or by the work itself (a failed write stops the simulation too).
    static std::atomic<bool> &stopFlag();
    /// True when a signal (not the work) raised the flag.
    static bool interrupted();

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

}  // namespace lle
