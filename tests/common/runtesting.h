// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs as the window records them, and lessons played step by step the way the window plays them.

#include "lessoncues.h"
#include "lessonfile.h"
#include "runrecorder.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QTest>

namespace lle::testing {

/// Five minutes of the built-in scenario at 512 MB: the timed changes' tests change its memory.
inline Scenario fiveMinutesAt512Mb()
{
    Scenario s = defaultScenario();
    s.durationS = 300;
    setScenarioValue(s, "function.memory_mb", 512.0);
    return s;
}

/// The complete recorded run of `s`, as the window's worker records it.
inline RunPtr recordRun(const Scenario &s)
{
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    return recorder.take();
}

/// Plays `lesson` as the window does and calls `visit(index, step, run, playheadMs)` at each
/// step's cue: a step that restarts runs its own scenario from 0, a step's change is applied at the
/// playhead, and the playhead moves to where the step's cue is reached. Stops at the first step
/// whose visit failed the test (QVERIFY in `visit` returns from it only).
template <typename Visit>
void playLessonSteps(const Lesson &lesson, Visit visit)
{
    Scenario scenario;
    RunPtr run;
    double playhead = 0;
    for (int i = 0; i < int(lesson.steps.size()); ++i) {
        const LessonStep &step = lesson.steps[std::size_t(i)];
        if (i == 0 || step.restarts()) {
            scenario = lesson.scenarioForStep(i);
            run = recordRun(scenario);
            playhead = 0;
        }
        if (!step.change.empty()) {
            scenario.changes.push_back(Change{playhead / 1000.0, step.change});
            run = recordRun(scenario);
        }
        if (step.cue.kind != Cue::Kind::None)
            playhead = cueReachedAt(*run, step.cue, playhead).value_or(playhead);
        visit(i, step, run, playhead);
        if (QTest::currentTestFailed())
            return;
    }
}

}  // namespace lle::testing
