// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Set-ups the window tests share: a still window (no autoplay, no ticking clock) and "its run is
// complete and current".

#include "explorerwindow.h"
#include "playbackclock.h"
#include "simulationcontroller.h"
#include "teaching.h"

namespace lle::testing {

/// The controller shows a finished run of the scenario it holds now.
inline bool upToDate(const SimulationController &c)
{
    return c.run() && c.run()->finished && c.run()->generation == c.generation();
}

/// The window on `scenario` with playback paused and the clock moved only by the test.
struct StillWindow {
    ExplorerWindow window;
    explicit StillWindow(const Scenario &scenario) : window(scenario)
    {
        window.setAutoPlay(false);
        window.controller()->clock()->setAutoTick(false);
    }
    SimulationController *controller() { return window.controller(); }
};

/// The window with its lessons (Teaching), playback off, at a projector's 1280×720 and shown.
struct ProjectorWindow {
    ExplorerWindow window;
    Teaching *teaching;
    explicit ProjectorWindow(const Scenario &scenario) : window(scenario)
    {
        window.setAutoPlay(false);
        teaching = new Teaching(&window);
        window.resize(1280, 720);
        window.show();
    }
};

}  // namespace lle::testing
