// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"

#include <QObject>
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

/// Something to play to: a simulated time or the first event of a kind after the playhead.
struct Cue {
    enum class Kind {
        None,
        Time,              ///< `time_s`
        ColdStart,         ///< a cold (or SnapStart) start begins (request arrival), on `env` if set
        Invoke,            ///< an invoke phase begins
        Frozen,            ///< an environment enters frozen
        WarmStart,         ///< a warm start (a frozen environment is reused)
        IdleShutdown,      ///< an environment shuts down after idling
        Recycled,          ///< an environment shuts down at its maximum lifetime
        ScaleOut,          ///< a cold start because every environment was busy
        Throttled,         ///< a request is throttled
        ProvisionedStart,  ///< a request runs on a provisioned environment
        Restore,           ///< a SnapStart restore begins
        Change,            ///< a configuration change takes effect
    };
    Kind kind = Kind::None;
    double timeMs = 0;      ///< Kind::Time
    std::uint32_t env = 0;  ///< 0: any environment
    bool operator==(const Cue &) const = default;
};

/// The event names of `run_until` ("cold_start", "frozen", …); empty for None/Time.
QString cueEventName(Cue::Kind kind);
std::optional<Cue::Kind> cueKindFromName(const QString &name);

/// The first time > `afterMs` at which `cue` happens in `run` (for Time: the time itself when it
/// is ≥ afterMs); nullopt when it does not happen in the part of the run recorded so far.
std::optional<double> cueReachedAt(const RecordedRun &run, const Cue &cue, double afterMs = -1);

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

/// Walks a lesson: next / previous / restart, and tells the window what to show.
class LessonPlayer : public QObject {
    Q_OBJECT
public:
    explicit LessonPlayer(QObject *parent = nullptr);

    /// Loads a lesson; false (and errors() says why) when it does not load or validate.
    bool load(const QString &path);
    void setLesson(const Lesson &lesson);
    const std::optional<Lesson> &lesson() const { return m_lesson; }
    const QStringList &errors() const { return m_errors; }
    bool isActive() const { return m_lesson.has_value(); }

    int stepIndex() const { return m_index; }
    int stepCount() const { return m_lesson ? int(m_lesson->steps.size()) : 0; }
    bool hasNext() const { return m_index + 1 < stepCount(); }
    bool hasPrevious() const { return m_index > 0; }
    const LessonStep *currentStep() const;
    /// "3 / 9" in the current locale.
    QString progressText() const;
    /// Texts translated in the "Lesson" context.
    QString title() const;
    QString narration() const;
    QString question() const;
    QString answer() const;

public slots:
    void start();        ///< step 1, scenario of step 1
    void next();
    void previous();
    void restart();
    void stop();

signals:
    /// Replace the scenario and rewind (a restarting step, or entering a step whose scenario differs).
    void scenarioRequested(const lle::Scenario &scenario);
    /// Apply these values at the playhead as a timed change.
    void changeRequested(const std::vector<std::pair<std::string, lle::ScalarValue>> &settings);
    /// The current step changed: re-read title, narration, question, progress.
    void stepChanged(int index, int count);
    /// Highlight the widget with this objectName (empty: none).
    void highlightRequested(const QString &objectName);
    /// Play to this cue and pause there (Kind::None: stay).
    void cueRequested(const lle::Cue &cue);
    void stopped();

private:
    void enter(int index, bool forward);

    std::optional<Lesson> m_lesson;
    QStringList m_errors;
    int m_index = -1;
    std::optional<Scenario> m_shown;
};

}  // namespace lle

Q_DECLARE_METATYPE(lle::Cue)
