// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationcontroller.h"

#include "eventnavigation.h"
#include "scenariodiff.h"
#include "scenariofile.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace lle {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Milliseconds on the steady clock, to line up the profile lines of the worker and the UI thread.
inline double profileStampMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count() % 1'000'000'000) / 1000.0;
}

bool profiling()
{
    static const bool on = qEnvironmentVariableIsSet("LLE_PROFILE");
    return on;
}

/// What one worker job is asked to do.
struct Job {
    Scenario scenario;
    RunPtr base;             ///< the run whose history before `cutMs` this one shares, or null
    double cutMs = 0;
    double firstMs = 0;      ///< publish a partial run once this time is simulated
    std::shared_ptr<std::atomic<bool>> cancel;
    std::uint64_t generation = 0;
    /// The playhead, kept up to date by the UI thread: a checkpoint is taken where the
    /// computation passes it.
    std::shared_ptr<std::atomic<double>> playheadMs;
    /// A checkpoint of `base`'s generation made at the paused playhead, or null.
    std::shared_ptr<const Checkpoint> prepared;
    /// Trace replay: bytes read of the trace file and its size, and a problem with the file;
    /// both called on the worker.
    std::function<void(std::uint64_t, std::uint64_t)> traceProgress;
    std::function<void(const std::string &)> failed;
    /// Share of the run simulated and seconds left; called on the worker a few times a second.
    std::function<void(double, double)> progress;
    /// Publish the run recorded so far this often (wall ms) once the first partial is out.
    int partialIntervalMs = 1000;
    /// Simulator events between two recent checkpoints.
    std::uint64_t recentEvents = RunRecorder::kRecentEvents;
    /// Hands a partial run to the UI thread. Not through the promise: a QFuture keeps every
    /// result it was given until it goes, and a month's partial runs, each holding the chunks the
    /// recorder wrote after it, would add up to gigabytes.
    std::function<void(RunPtr)> partial;
    /// Set while a partial run is on its way to the UI thread: the next one waits for it, so that
    /// a UI thread slower than the worker (a year has 150,000 environments to lay out) does not
    /// pile up snapshots in its event queue.
    std::shared_ptr<std::atomic<bool>> partialInFlight = std::make_shared<std::atomic<bool>>(false);
};

/// The arrivals of a scenario that replays a trace (in itself or a change), reading through the
/// file system with the job's progress and cancel flag; empty otherwise. Throws TraceError.
ArrivalsFactory jobTraceArrivals(const Job &job)
{
    for (const ConfigPeriod &period : configurationPeriods(job.scenario)) {
        const WorkloadSpec &w = period.scenario.workload;
        if (w.pattern != WorkloadPattern::Trace)
            continue;
        const std::string path = resolveTracePath(job.scenario.baseDir, w.trace.path);
        const auto size = static_cast<std::uint64_t>(std::max<qint64>(0, QFileInfo(QString::fromStdString(path)).size()));
        TraceOptions options;
        options.cancel = job.cancel.get();
        if (job.traceProgress)
            options.progress = [report = job.traceProgress, size](std::uint64_t bytes) { report(bytes, size); };
        return makeTraceArrivals(w.trace, job.scenario.baseDir, fileStreamOpener(), options);
    }
    return {};
}

/// The worker: resumes from the latest checkpoint of the base run before the cut (or starts at
/// 0), runs to the cut without recording, records from there, keeps checkpoints as it goes,
/// publishes a partial run once the playhead's neighbourhood is simulated, then the complete one.
///
/// The simulator gets no cancel flag: a checkpoint is a copy of it and would keep a flag that
/// belongs to this job. The run goes in slices instead, and the flag is polled between them.
void simulate(QPromise<RunPtr> &promise, const Job &job)
{
    QElapsedTimer stage;
    stage.start();
    QElapsedTimer total;
    total.start();
    QStringList stages;
    const auto lap = [&](const char *what) {
        if (profiling())
            stages << QStringLiteral("%1 %2").arg(QLatin1String(what)).arg(double(stage.nsecsElapsed()) / 1e6, 0, 'f', 1);
        stage.start();
    };
    const auto cancelled = [&] { return job.cancel->load(std::memory_order_relaxed) || promise.isCanceled(); };
    const double durationMs = job.scenario.durationS * 1000.0;
    // Slices of about 20,000 events (a few milliseconds): short enough to stop soon after a
    // newer request, long enough to cost nothing. They start at 1/2000 of the run and adapt.
    double sliceMs = std::max(1.0, durationMs / 2000.0);
    const double everyMs = durationMs / (RunRecorder::kMaxCheckpoints + 1);

    // The latest checkpoint before the cut whose past agrees with the new scenario.
    std::unique_ptr<Simulator> sim;
    const Checkpoint *from = nullptr;
    if (job.base && job.cutMs > 0) {
        std::vector<const Checkpoint *> cps;
        for (const Checkpoint &c : job.base->checkpoints)
            cps.push_back(&c);
        if (job.prepared)
            cps.insert(std::upper_bound(cps.begin(), cps.end(), job.prepared->atMs,
                                        [](double t, const Checkpoint *c) { return t < c->atMs; }),
                       job.prepared.get());
        for (auto it = cps.rbegin(); it != cps.rend() && !sim; ++it) {
            if ((*it)->atMs >= job.cutMs)
                continue;
            auto copy = (*it)->sim->clone();
            if (copy && copy->replaceFutureChanges(job.scenario)) {
                sim = std::move(copy);
                from = *it;
            }
        }
    }
    if (!sim) {
        SimulationOptions options;
        options.arrivals = jobTraceArrivals(job);
        options.keepBucketLatency = true;
        sim = std::make_unique<Simulator>(job.scenario, std::move(options));
    }
    lap("clone");
    RunRecorder recorder(job.scenario, *sim);
    lap("recorder");
    recorder.setSimulatedFrom(from ? from->atMs : 0);
    double t = from ? from->atMs : 0;
    // Progress: the share of [start, end] simulated and, at the pace so far, the time left.
    const double startMs = t;
    QElapsedTimer sinceProgress, sincePartial;
    sinceProgress.start();
    bool growing = false;   // the first partial is out: publish the run as it grows
    // Dense checkpoints once recording: a ring of recent ones about a tenth of a second of work
    // apart (RunRecorder::kRecentEvents), one at the cut and one where the computation passes
    // the playhead, so that a slider moved while a long run computes resumes close to its time.
    bool dense = false;
    bool cloneable = true;   // false for trace replay: its arrivals cannot be copied
    std::uint64_t lastCheckpointEvents = sim->events();
    std::uint64_t lastHeldEvents = 0;
    double heldPlayheadMs = -1;
    const auto keep = [&](Checkpoint::Kind kind) {
        if (!cloneable)
            return;
        if (auto copy = sim->clone()) {
            recorder.addCheckpoint(t, std::shared_ptr<const Simulator>(std::move(copy)), kind);
            lastCheckpointEvents = sim->events();
            if (kind == Checkpoint::Kind::Held)
                lastHeldEvents = sim->events();
        } else {
            cloneable = false;
        }
    };
    const auto publish = [&] {
        if (job.partial && job.partialInFlight->exchange(true))
            return;   // the last one is not shown yet
        auto run = recorder.snapshot(false);
        run->generation = job.generation;
        if (job.partial)
            job.partial(RunPtr(std::move(run)));
        else
            promise.addResult(RunPtr(std::move(run)));
        sincePartial.start();
    };
    const auto report = [&] {
        if (!job.progress || sinceProgress.elapsed() < 250)
            return;
        sinceProgress.start();
        const double f = durationMs > startMs ? std::clamp((t - startMs) / (durationMs - startMs), 0.0, 1.0) : 1.0;
        const double wallS = double(total.elapsed()) / 1000.0;
        job.progress(f, f > 0.01 ? wallS * (1 - f) / f : -1);
    };
    // Runs to `to` (inclusive) in slices; false when cancelled.
    const auto runTo = [&](double to) {
        while (t < to && !sim->finished()) {
            double next = std::min(to, t + sliceMs);
            // The computation is about to pass the playhead: stop just before it for a checkpoint
            // (not when a held one was taken a moment ago, as at the cut of a move in playback).
            const double p = dense && job.playheadMs
                                 ? std::nextafter(job.playheadMs->load(std::memory_order_relaxed), -kInf) : -kInf;
            const bool atPlayhead = p > t && p <= next && p != heldPlayheadMs
                                    && sim->events() - lastHeldEvents >= job.recentEvents / 10;
            if (atPlayhead)
                next = p;
            t = next;
            const std::uint64_t before = sim->events();
            sim->runUntil(t);
            if (cancelled())
                return false;
            if (atPlayhead) {
                heldPlayheadMs = p;
                keep(Checkpoint::Kind::Held);
            } else if (dense && sim->events() - lastCheckpointEvents >= job.recentEvents) {
                keep(Checkpoint::Kind::Recent);
            }
            report();
            if (growing && sincePartial.elapsed() >= job.partialIntervalMs)
                publish();
            const std::uint64_t events = sim->events() - before;
            if (events > 40'000)
                sliceMs = std::max(1.0, sliceMs / 2);
            else if (events < 10'000 && sliceMs < durationMs / 100)
                sliceMs *= 2;
        }
        return true;
    };
    if (job.base && job.cutMs > 0) {
        const bool light = recorder.startFrom(job.base, job.cutMs, from);
        if (job.prepared && job.prepared->atMs < job.cutMs)
            recorder.addCheckpoint(*job.prepared);
        lap("share history");
        sim->setObserver(light ? &recorder : nullptr);   // nothing to learn before the cut: full speed
        if (!runTo(std::nextafter(job.cutMs, -kInf)))
            return;
        lap("run to cut");
        recorder.beginRecording();
        // The next slider move at this time (a slider dragged on) starts from here.
        keep(Checkpoint::Kind::Held);
    }
    sim->setObserver(&recorder);
    dense = true;

    // A partial result first unless little is left; recording goes on in between checkpoints.
    const bool partial = job.firstMs < durationMs && durationMs - job.firstMs > 0.02 * durationMs;
    bool published = !partial;
    int nextCheckpoint = static_cast<int>(std::floor(t / everyMs)) + 1;
    while (t < durationMs && !sim->finished()) {
        double to = durationMs;
        if (cloneable && nextCheckpoint <= RunRecorder::kMaxCheckpoints)
            to = std::min(to, nextCheckpoint * everyMs);
        if (!published)
            to = std::min(to, job.firstMs);
        if (!runTo(to))
            return;
        if (cloneable && nextCheckpoint <= RunRecorder::kMaxCheckpoints && t >= nextCheckpoint * everyMs) {
            keep(Checkpoint::Kind::Regular);
            ++nextCheckpoint;
        }
        if (!published && t >= job.firstMs) {
            lap("record to first");
            publish();
            published = true;
            growing = true;
            lap("snapshot");
            if (profiling())
                std::fprintf(stderr, "%10.1f worker gen %llu partial published\n", profileStampMs(),
                             static_cast<unsigned long long>(job.generation));
        }
    }
    sim->run();
    if (cancelled())
        return;
    lap("record rest");
    auto run = recorder.take();
    run->generation = job.generation;
    promise.addResult(RunPtr(std::move(run)));
    if (profiling())
        std::fprintf(stderr, "%10.1f worker gen %llu from %.0f s, cut %.0f s: %s; total %.1f ms\n", profileStampMs(),
                     static_cast<unsigned long long>(job.generation), (from ? from->atMs : 0) / 1000.0,
                     job.cutMs / 1000.0, qPrintable(stages.join(QStringLiteral(", "))),
                     double(total.nsecsElapsed()) / 1e6);
}

}  // namespace

SimulationController::SimulationController(QObject *parent, double lookaheadMs)
    : QObject(parent), m_lookaheadMs(lookaheadMs), m_playheadMs(std::make_shared<std::atomic<double>>(0.0)), m_prepareTimer(new QTimer(this))
{
    // A moment after the playhead stops (not every tick of playback, nor every step of a drag).
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(300);
    connect(m_prepareTimer, &QTimer::timeout, this, &SimulationController::prepareCheckpoint);
    connect(&m_clock, &PlaybackClock::simTimeChanged, this, [this](double ms) {
        m_playheadMs->store(ms, std::memory_order_relaxed);
        if (!m_clock.isPlaying())
            m_prepareTimer->start();
    });
    connect(&m_clock, &PlaybackClock::playingChanged, this, [this](bool playing) {
        if (!playing)
            m_prepareTimer->start();
    });
}

namespace {
/// Counts what RunRecorder counts as seen (completions and throttles, pings too): the sampling of
/// a long run stands on that count at a checkpoint.
class SeenCounter : public SimulationObserver {
public:
    explicit SeenCounter(std::uint64_t seen) : m_seen(seen) {}
    void requestCompleted(const InvocationRecord &) override { ++m_seen; }
    void requestThrottled(const InvocationRecord &) override { ++m_seen; }
    std::uint64_t seen() const { return m_seen; }

private:
    std::uint64_t m_seen;
};
}  // namespace

void SimulationController::prepareCheckpoint()
{
    if (m_prepareCancel)
        m_prepareCancel->store(true);
    const RunPtr run = m_run;
    const double t = std::nextafter(m_clock.simTimeMs(), -kInf);
    if (!run || m_clock.isPlaying() || t <= 0 || t >= std::min(run->recordedUntilMs, run->durationMs))
        return;
    if (m_prepared && m_preparedGeneration == run->generation && m_prepared->atMs == t)
        return;
    // From the latest checkpoint before the playhead; not worth it when that one is near (a tenth
    // of the regular spacing: the work of the recent ones).
    const Checkpoint *from = nullptr;
    for (const Checkpoint &c : run->checkpoints)
        if (c.atMs <= t)
            from = &c;
    if (m_prepared && m_preparedGeneration == run->generation && m_prepared->atMs <= t
        && (!from || m_prepared->atMs > from->atMs))
        from = m_prepared.get();
    const double spacing = run->durationMs / (RunRecorder::kMaxCheckpoints + 1);
    if (!from || t - from->atMs < spacing / 10)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_prepareCancel = cancel;
    const std::uint64_t generation = run->generation;
    // The checkpoint stays alive with the run it came from for the worker (a copy of its pointer).
    auto source = std::make_shared<Checkpoint>(*from);
    m_preparing.erase(std::remove_if(m_preparing.begin(), m_preparing.end(), [](const QFuture<void> &f) { return f.isFinished(); }),
                      m_preparing.end());
    m_preparing.push_back(QtConcurrent::run([this, run, source, t, cancel, generation] {
        std::unique_ptr<Simulator> sim = source->sim->clone();
        if (!sim)
            return;
        SeenCounter counter(source->invocationsSeen);
        sim->setObserver(&counter);
        const double slice = std::max(1.0, run->durationMs / 20'000.0);
        for (double at = sim->now(); at < t && !sim->finished();) {
            at = std::min(t, at + slice);
            sim->runUntil(at);
            if (cancel->load(std::memory_order_relaxed))
                return;
        }
        sim->setObserver(nullptr);
        auto made = std::make_shared<const Checkpoint>(
            Checkpoint{t, std::shared_ptr<const Simulator>(sim->clone()), counter.seen(), Checkpoint::Kind::Held});
        QMetaObject::invokeMethod(this, [this, made, cancel, generation] {
            if (cancel->load())
                return;
            m_prepared = made;
            m_preparedGeneration = generation;
        }, Qt::QueuedConnection);
    }));
}

SimulationController::~SimulationController()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_prepareCancel)
        m_prepareCancel->store(true);
    for (QFuture<void> &f : m_preparing)
        f.waitForFinished();   // each posts its checkpoint to this object
    // Every job still running, superseded ones too (cancelled, but perhaps inside a slice): each
    // may post a partial run or progress to this object until it returns.
    for (auto *watcher : findChildren<QFutureWatcher<RunPtr> *>(Qt::FindDirectChildrenOnly)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

Scenario SimulationController::configAt(double tMs) const
{
    Scenario s = m_scenario;
    s.changes.clear();
    for (const auto &c : m_scenario.changes) {
        if (c.atS * 1000.0 > tMs)
            break;
        auto r = applyChange(s, c);
        if (r.scenario) {
            s = *r.scenario;
            s.changes.clear();
        }
    }
    return s;
}

void SimulationController::setScenario(const Scenario &s)
{
    m_scenario = s;
    m_clock.setDurationMs(s.durationS * 1000.0);
    m_clock.seek(0);
    // A scenario may say the speed it is best watched at (`playback.speed`).
    if (s.playbackSpeed > 0)
        m_clock.setSpeed(s.playbackSpeed);
    emit scenarioChanged();
    request(nullptr);
}

std::vector<Problem> SimulationController::setValues(const Settings &settings)
{
    const double t = m_clock.simTimeMs();
    const Scenario now = configAt(t);
    Settings effective;
    for (const auto &[path, value] : settings) {
        Scenario probe = now;
        auto problems = setScenarioValue(probe, path, value);
        if (!problems.empty())
            return problems;
        if (!(probe == now))   // a value equal to the one in effect is no change
            effective.push_back({path, value});
    }
    if (effective.empty())
        return {};

    Scenario candidate = m_scenario;
    if (t <= 0) {
        for (const auto &[path, value] : effective)
            if (auto p = setScenarioValue(candidate, path, value); !p.empty())
                return p;
    } else {
        const double atS = t / 1000.0;
        auto &changes = candidate.changes;
        auto it = std::find_if(changes.begin(), changes.end(), [&](const Change &c) { return c.atS == atS; });
        if (it == changes.end()) {
            auto pos = std::find_if(changes.begin(), changes.end(), [&](const Change &c) { return c.atS > atS; });
            it = changes.insert(pos, Change{atS, {}});
        }
        // The idle timeout is one setting under three keys (fixed, or a range's two bounds): a
        // new one replaces whichever of them the entry had.
        const auto idleKey = [](const std::string &p) { return p.starts_with("platform.idle_timeout_s"); };
        const bool setsIdle = std::any_of(effective.begin(), effective.end(), [&](const auto &kv) { return idleKey(kv.first); });
        if (setsIdle)
            std::erase_if(it->set, [&](const auto &kv) { return idleKey(kv.first); });
        for (const auto &[path, value] : effective) {
            auto same = std::find_if(it->set.begin(), it->set.end(), [&](const auto &kv) { return kv.first == path; });
            if (same != it->set.end())
                same->second = value;
            else
                it->set.push_back({path, value});
        }
    }
    // Every change must apply to the configuration before it.
    Scenario probe = candidate;
    probe.changes.clear();
    if (auto p = validateScenario(probe); !p.empty())
        return p;
    for (const auto &c : candidate.changes) {
        auto r = applyChange(probe, c);
        if (!r.scenario)
            return r.problems;
        probe = *r.scenario;
        probe.changes.clear();
    }
    m_scenario = std::move(candidate);
    emit scenarioChanged();
    request(m_run);
    return {};
}

std::vector<Problem> SimulationController::editScenario(const std::function<void(Scenario &)> &edit)
{
    Scenario candidate = m_scenario;
    edit(candidate);
    if (auto p = validateScenario(candidate); !p.empty())
        return p;
    // The changes must still apply: a compute option forbids some of them.
    Scenario probe = candidate;
    probe.changes.clear();
    for (const auto &c : candidate.changes) {
        auto r = applyChange(probe, c);
        if (!r.scenario)
            return r.problems;
        probe = std::move(*r.scenario);
        probe.changes.clear();
    }
    m_scenario = std::move(candidate);
    m_clock.setDurationMs(m_scenario.durationS * 1000.0);
    emit scenarioChanged();
    request(nullptr);
    return {};
}

void SimulationController::cancelComputation()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher)
        m_watcher->cancel();
}

void SimulationController::recompute()
{
    request(nullptr);
}

void SimulationController::request(RunPtr base)
{
    double cutMs = 0;
    if (base) {
        cutMs = std::min(diffScenarios(base->scenario, m_scenario).divergesAtMs, base->recordedUntilMs);
        if (!std::isfinite(cutMs) || cutMs < 1.0)
            base.reset(), cutMs = 0;
    }
    // Newest wins: cancel the run in flight and forget its results.
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        auto *old = m_watcher;
        connect(old, &QFutureWatcher<RunPtr>::finished, old, &QObject::deleteLater);
        if (old->isFinished())
            old->deleteLater();
        m_watcher = nullptr;
    }
    const std::uint64_t generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const double firstMs = std::max(cutMs, m_clock.simTimeMs()) + m_lookaheadMs;

    m_watcher = new QFutureWatcher<RunPtr>(this);
    auto *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<RunPtr>::resultReadyAt, this, [this, watcher, generation](int index) {
        if (watcher != m_watcher)
            return;   // stale
        publish(watcher->resultAt(index), generation);
    });
    connect(watcher, &QFutureWatcher<RunPtr>::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        emit computingChanged(false);
    });
    if (m_prepareCancel)
        m_prepareCancel->store(true);   // a new run: the one being made is for the old one
    std::shared_ptr<const Checkpoint> prepared;
    if (base && m_prepared && m_preparedGeneration == base->generation)
        prepared = m_prepared;
    Job job{m_scenario, std::move(base), cutMs, firstMs, m_cancel, generation, m_playheadMs, prepared, {}, {}, {}, m_partialIntervalMs, m_recentEvents, {}};
    job.partial = [this, generation, inFlight = job.partialInFlight](RunPtr run) {
        QMetaObject::invokeMethod(this, [this, generation, inFlight, run = std::move(run)]() mutable {
            if (m_watcher)
                publish(std::move(run), generation);
            inFlight->store(false);
        }, Qt::QueuedConnection);
    };
    job.progress = [this, generation](double fraction, double secondsLeft) {
        QMetaObject::invokeMethod(this, [this, generation, fraction, secondsLeft] {
            if (generation == m_generation && m_watcher)
                emit computeProgress(fraction, secondsLeft);
        }, Qt::QueuedConnection);
    };
    job.traceProgress = [this, generation](std::uint64_t done, std::uint64_t total) {
        QMetaObject::invokeMethod(this, [this, generation, done, total] {
            if (generation == m_generation)
                emit traceProgress(done, total);
        }, Qt::QueuedConnection);
    };
    job.failed = [this, generation](const std::string &what) {
        QMetaObject::invokeMethod(this, [this, generation, message = QString::fromStdString(what)] {
            if (generation == m_generation)
                emit runFailed(message);
        }, Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run([job = std::move(job)](QPromise<RunPtr> &promise) {
        try {
            simulate(promise, job);
        } catch (const std::exception &e) {
            // A trace file that cannot be read or has a bad line ("FILE:LINE: what"); a
            // cancelled one is no problem.
            if (!job.cancel->load() && job.failed)
                job.failed(e.what());
        }
    }));
    emit computingChanged(true);
}

void SimulationController::publish(RunPtr run, std::uint64_t generation)
{
    if (generation != m_generation)
        return;   // stale
    // A partial result must not replace a newer complete one of the same generation.
    if (m_run && m_run->generation == generation && m_run->finished)
        return;
    m_run = std::move(run);
    emit runReady(m_run);
}

double SimulationController::nextEventAfter(double tMs) const
{
    double best = kInf;
    if (!m_run)
        return best;
    const auto &run = *m_run;
    for (const auto &env : run.envs) {
        if (env.record.id == 0 || (env.ended && env.record.endMs <= tMs))
            continue;
        const auto &segs = env.segments;
        auto it = std::upper_bound(segs.begin(), segs.end(), tMs,
                                   [](double t, const LaneSegment &s) { return t < s.startMs; });
        if (it != segs.end())
            best = std::min(best, it->startMs);
        if (it != segs.begin() && std::prev(it)->endMs > tMs)
            best = std::min(best, std::prev(it)->endMs);
        if (env.record.createdMs > tMs)
            best = std::min(best, env.record.createdMs);
    }
    const std::size_t i = run.invocationsUntil(tMs);
    if (i < run.invocations.size())
        best = std::min(best, run.invocations[i].endMs);
    return best;
}

void SimulationController::stepToNextEvent()
{
    m_clock.pause();
    const double t = nextEventAfter(m_clock.simTimeMs());
    if (std::isfinite(t))
        m_clock.seek(std::min(t, m_clock.durationMs()));
}

void SimulationController::stepToPreviousEvent()
{
    m_clock.pause();
    if (!m_run)
        return;
    const double t = previousEventBefore(*m_run, m_clock.simTimeMs());
    m_clock.seek(std::isfinite(t) ? t : 0.0);
}

void SimulationController::runToNextColdStart()
{
    const double now = m_clock.simTimeMs();
    const double t = m_run ? nextColdStartAfter(*m_run, now) : kInf;
    if (!std::isfinite(t)) {
        m_clock.pause();
        return;
    }
    // Played, not jumped to, so that a class sees the way there: briskly, arriving within about
    // two seconds of wall time (sim ms per real ms), or at the current speed when that is faster.
    const double target = std::min(t, m_clock.durationMs());
    m_clock.playTo(target, std::clamp((target - now) / kRunToColdStartRealMs, 1.0, PlaybackClock::kMaxSpeed));
}

void SimulationController::restart()
{
    m_clock.restart();
}

}  // namespace lle
