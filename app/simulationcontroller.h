// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbackclock.h"
#include "runrecorder.h"
#include "scenario.h"
#include "scenarioio.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lle {

/// Owns the scenario, the playback clock and the recorded run. Every edit recomputes the run on a
/// worker (QtConcurrent, on a copy of the scenario); the newest request wins, older ones are
/// cancelled and their results dropped. A value set during playback becomes a timed `changes`
/// entry at the playhead; the new run shares the history before it with the current run and
/// resumes the simulation from the current run's latest checkpoint before it (RecordedRun::
/// checkpoints), so that a slider move costs a few seconds of simulated time, not the whole past.
/// Besides the regular checkpoints, a run keeps dense ones just behind its computation's front,
/// one where a slider moved and one where the computation passed the playhead: a slider moved
/// while a long run computes resumes a fraction of a second of work before its time.
class SimulationController : public QObject {
    Q_OBJECT
public:
    /// Run to next cold start arrives within this much wall time (ms) unless playing faster.
    static constexpr double kRunToColdStartRealMs = 2000;
    using Settings = std::vector<std::pair<std::string, ScalarValue>>;

    /// How far ahead of the playhead (simulated ms) the first partial result of a recompute ends.
    static constexpr double kDefaultLookaheadMs = 20'000;

    /// `lookaheadMs`: see kDefaultLookaheadMs (a test shows the partial run right after a move).
    explicit SimulationController(QObject *parent = nullptr, double lookaheadMs = kDefaultLookaheadMs);
    ~SimulationController() override;

    PlaybackClock *clock() { return &m_clock; }
    const Scenario &scenario() const { return m_scenario; }
    /// The newest published run (may still be partial: see RecordedRun::finished); may be null.
    RunPtr run() const { return m_run; }
    bool isComputing() const { return m_watcher != nullptr; }
    /// The generation of the newest request; a run of this generation is up to date.
    std::uint64_t generation() const { return m_generation; }
    /// The configuration in effect at simulated time `tMs` (the scenario with its changes).
    Scenario configAt(double tMs) const;
    /// While a run computes, publish what is computed so far this often (wall ms), so that a long
    /// run is shown as it grows.
    void setPartialIntervalMs(int ms) { m_partialIntervalMs = ms; }
    /// Simulator events between the dense checkpoints behind the computation's front
    /// (RunRecorder::kRecentEvents; tests lower it for test-sized runs).
    void setRecentCheckpointEvents(std::uint64_t events) { m_recentEvents = events; }
    /// The checkpoint made just before the paused playhead, for the runs of its generation (null
    /// until one is made).
    std::shared_ptr<const Checkpoint> preparedCheckpoint() const
    {
        return m_run && m_preparedGeneration == m_run->generation ? m_prepared : nullptr;
    }

    /// Replaces the scenario, rewinds to 0 and recomputes.
    void setScenario(const Scenario &s);
    /// Sets values from the playhead on: a `changes` entry at the current simulated time (merged
    /// with one already there), or the scenario itself when the playhead is at 0. Values equal to
    /// those in effect are ignored. Returns the problems; nothing changes when there are any.
    std::vector<Problem> setValues(const Settings &settings);
    std::vector<Problem> setValue(const std::string &path, const ScalarValue &value)
    {
        return setValues({{path, value}});
    }
    /// Edits the scenario from the start (keys a change cannot set); the playhead stays.
    std::vector<Problem> editScenario(const std::function<void(Scenario &)> &edit);

    /// Simulated time of the next phase change or request completion after `tMs`.
    double nextEventAfter(double tMs) const;

public slots:
    void stepToNextEvent();
    /// Pauses at the last event before the playhead (eventnavigation.h).
    void stepToPreviousEvent();
    /// Plays to where the next cold start begins, arriving within kRunToColdStartRealMs of wall
    /// time (or at the current speed when faster), and pauses exactly there; pauses where it is
    /// when the run computed so far has none.
    void runToNextColdStart();
    void restart();
    /// Recomputes the current scenario.
    void recompute();
    /// Stops the run being computed (a long trace); the run shown stays.
    void cancelComputation();

signals:
    /// A run was published (partial first when it helps, then complete).
    void runReady(lle::RunPtr run);
    void scenarioChanged();
    void computingChanged(bool computing);
    /// Trace replay: `bytesRead` of the trace file's `fileBytes` read in the current pass.
    void traceProgress(quint64 bytesRead, quint64 fileBytes);
    /// How far the run being computed is (0–1 of what it has to simulate) and the seconds it
    /// still needs at its pace so far (negative: not known yet); a few times a second.
    void computeProgress(double fraction, double secondsLeft);
    /// The run could not be computed: a trace file problem ("FILE:LINE: what").
    void runFailed(const QString &message);

private:
    /// A checkpoint just before the paused playhead of a long run, made on a worker from the
    /// run's latest one before it: the next slider move there starts from it.
    void prepareCheckpoint();
    /// Recomputes the scenario, from `base`'s history before the first difference (diffScenarios)
    /// when there is one to reuse.
    void request(RunPtr base);
    /// Shows `run` of `generation` unless a newer request or the complete run came first.
    void publish(RunPtr run, std::uint64_t generation);

    PlaybackClock m_clock;
    Scenario m_scenario;
    RunPtr m_run;
    std::uint64_t m_generation = 0;
    double m_lookaheadMs;
    int m_partialIntervalMs = 1000;
    std::uint64_t m_recentEvents = RunRecorder::kRecentEvents;
    QFutureWatcher<RunPtr> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    /// The playhead for the workers (a checkpoint where the computation passes it).
    std::shared_ptr<std::atomic<double>> m_playheadMs;
    /// prepareCheckpoint() a moment after the playhead stops; the one made (for runs of
    /// generation m_preparedGeneration) and the cancel flag of the one being made.
    QTimer *m_prepareTimer = nullptr;
    std::shared_ptr<const Checkpoint> m_prepared;
    std::uint64_t m_preparedGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_prepareCancel;
    std::vector<QFuture<void>> m_preparing;
};

}  // namespace lle
