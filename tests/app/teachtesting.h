// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenarioio.h"
#include "simulator.h"

namespace lle::testing {

/// The complete recorded run of `s`, as the window's worker records it.
inline RunPtr recordRun(const Scenario &s)
{
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    return recorder.take();
}

}  // namespace lle::testing
