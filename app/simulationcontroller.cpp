// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationcontroller.h"

#include "simulator.h"

#include <QElapsedTimer>
#include <cstdio>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

/// The worker: runs the scenario, publishing a partial run once the playhead's neighbourhood is
/// simulated, then the complete one.
void simulate(QPromise<RunPtr> &promise, Scenario scenario, RunPtr base, double cutMs, double firstMs,
              std::shared_ptr<std::atomic<bool>> cancel, std::uint64_t generation)
{
    QElapsedTimer prof; prof.start();
    auto lap = [&](const char *what) { if (qEnvironmentVariableIsSet("LLE_PROFILE")) std::fprintf(stderr, "  worker %s %.1f ms\n", what, prof.nsecsElapsed()/1e6); prof.start(); };
    SimulationOptions options;
    options.cancel = cancel.get();
    Simulator sim(scenario, options);
    RunRecorder recorder(scenario, sim);
    sim.setObserver(&recorder);
    if (base && cutMs > 0) {
        if (!recorder.startFrom(base, cutMs))
            sim.setObserver(nullptr);   // nothing to learn before the cut: full speed
        lap("startFrom");
        sim.runUntil(std::nextafter(cutMs, -kInf));
        lap("runUntil cut");
        sim.setObserver(&recorder);
        recorder.beginRecording();
    }
    const double durationMs = scenario.durationS * 1000.0;
    // A partial result first, unless what is left is short enough that copying the history for
    // it would cost more than simulating the rest.
    if (firstMs < durationMs && durationMs - firstMs > 0.25 * durationMs) {
        sim.runUntil(firstMs);
        if (sim.cancelled() || promise.isCanceled())
            return;
        lap("record lookahead");
        auto partial = recorder.snapshot(false);
        lap("snapshot");
        partial->generation = generation;
        promise.addResult(RunPtr(std::move(partial)));
    }
    sim.run();
    if (sim.cancelled() || promise.isCanceled())
        return;
    auto full = recorder.take();
    full->generation = generation;
    promise.addResult(RunPtr(std::move(full)));
}

}  // namespace

SimulationController::SimulationController(QObject *parent) : QObject(parent) {}

SimulationController::~SimulationController()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
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
    emit scenarioChanged();
    request(nullptr, 0);
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
    if (t > 0)
        emit changeApplied(t);
    request(m_reuseHistory ? m_run : nullptr, 0);
    return {};
}

std::vector<Problem> SimulationController::editScenario(const std::function<void(Scenario &)> &edit)
{
    Scenario candidate = m_scenario;
    edit(candidate);
    if (auto p = validateScenario(candidate); !p.empty())
        return p;
    m_scenario = std::move(candidate);
    m_clock.setDurationMs(m_scenario.durationS * 1000.0);
    emit scenarioChanged();
    request(nullptr, 0);
    return {};
}

double SimulationController::divergenceMs(const Scenario &a, const Scenario &b)
{
    Scenario x = a, y = b;
    x.changes.clear();
    y.changes.clear();
    if (!(x == y))
        return 0;
    const std::size_t n = std::max(a.changes.size(), b.changes.size());
    for (std::size_t k = 0; k < n; ++k) {
        const bool inA = k < a.changes.size(), inB = k < b.changes.size();
        if (inA && inB && a.changes[k] == b.changes[k])
            continue;
        double at = kInf;
        if (inA)
            at = std::min(at, a.changes[k].atS * 1000.0);
        if (inB)
            at = std::min(at, b.changes[k].atS * 1000.0);
        return at;
    }
    return kInf;
}

void SimulationController::recompute()
{
    request(nullptr, 0);
}

void SimulationController::request(RunPtr base, double)
{
    double cutMs = 0;
    if (base) {
        cutMs = std::min(divergenceMs(base->scenario, m_scenario), base->recordedUntilMs);
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
        if (watcher != m_watcher || generation != m_generation)
            return;   // stale
        RunPtr run = watcher->resultAt(index);
        // A partial result must not replace a newer complete one of the same generation.
        if (m_run && m_run->generation == generation && m_run->finished)
            return;
        m_run = std::move(run);
        emit runReady(m_run);
    });
    connect(watcher, &QFutureWatcher<RunPtr>::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        emit computingChanged(false);
    });
    watcher->setFuture(QtConcurrent::run(simulate, m_scenario, base, cutMs, firstMs, m_cancel, generation));
    emit computingChanged(true);
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

void SimulationController::restart()
{
    m_clock.restart();
}

}  // namespace lle
