// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessoncues.h"
#include "scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

/// Lessons: JSON files in resources/lessons (`:/lessons/*.json`) that walk a class through the
/// explorer step by step. The format (all texts in English, translated in the "Lesson" context
/// through scripts/lesson-strings → app/lessonstrings.cpp):
///
///     { "id": "lifecycle", "title": "…", "summary": "…",
///       "scenario": { "duration_s": 900, "seed": 3,
///                     "set": { "function.memory_mb": 1024, … },          // dotted paths
///                     "changes": [ { "at_s": 600, "set": { … } } ] },       // a timed schedule
///       "steps": [ { "set": {…}, "schedule": […], "change": {…},
///                    "narrate": "…", "highlight": "memorySlider",
///                    "run_until": { "time_s": 30 } | { "event": "frozen", "env": 1 },
///                    "question": "…", "answer": "…" } ] }
///
/// The base scenario is defaultScenario() with `set` applied key by key (lle::setScenarioValue) and
/// `changes` as its schedule. A step's `set` and `schedule` (which replaces the changes) RESTART the
/// run with a new scenario: step i runs base + every `set`/`schedule` of steps 0..i, from 0, so that
/// going back and forth always shows the same run. A step's `change` is applied instead at the
/// playhead as a timed change (as a slider moved during playback does): the environments that run
/// drain, and the next requests are cold with reason "changed configuration".
/// `run_until` plays to a cue after the playhead and pauses there; the cue is found on the recorded
/// run (cueReachedAt).
namespace lle {

struct LessonStep {
    std::vector<std::pair<std::string, ScalarValue>> set;     ///< restart with these keys
    std::optional<std::vector<Change>> schedule;              ///< restart with these changes
    std::vector<std::pair<std::string, ScalarValue>> change;  ///< applied at the playhead
    QString narrate, highlight, question, answer;             ///< texts untranslated
    Cue cue;
    bool restarts() const { return !set.empty() || schedule.has_value(); }
};

struct Lesson {
    QString file;            ///< where it came from, for messages
    QString id, title, summary;
    double durationS = 0;    ///< 0: the default scenario's
    std::uint64_t seed = 0;  ///< 0: the default scenario's
    std::vector<std::pair<std::string, ScalarValue>> set;
    std::vector<Change> changes;
    std::vector<LessonStep> steps;

    /// The scenario of step `index`: base + every set/schedule of steps 0..index. Throws nothing;
    /// call validateLesson first.
    Scenario scenarioForStep(int index) const;
};

struct LessonLoad {
    std::optional<Lesson> lesson;
    QStringList errors;      ///< "FILE: step N: WHAT"; lesson set only when empty
};

/// Parses and validates a lesson file's text.
LessonLoad parseLesson(const QByteArray &json, const QString &file);
/// Reads and validates `path` (a resource path such as ":/lessons/02-lifecycle.json" or a file).
LessonLoad loadLesson(const QString &path);
/// Every built-in lesson file, sorted (":/lessons/…").
QStringList builtInLessonFiles();
/// Problems of a parsed lesson: unknown key paths, bad values, empty highlight names, steps with
/// nothing to do, scenarios that do not validate. Each names the file and the step (1-based).
QStringList validateLesson(const Lesson &lesson);

}  // namespace lle
