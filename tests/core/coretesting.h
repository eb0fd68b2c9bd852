// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the core tests: a scenario whose figures can be computed by hand, arrivals
// at given instants, and an observer that keeps everything a run reports.

#include "arrivals.h"
#include "observer.h"
#include "scenario.h"
#include "simulator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace lle::testing {

/// Fixed durations everywhere (init and handler), so every time can be computed by hand.
inline Scenario handScenario()
{
    Scenario s;
    s.name = "hand";
    s.durationS = 100;
    s.function.handler = {};
    s.function.handler.cpuMs = 0;
    s.function.handler.ioMs = 100;
    s.function.handler.distribution = Distribution::Fixed;
    s.function.initMs = {60, 0, 88, 150};
    s.platform.idleTimeout = {false, 600, 600};
    s.platform.maxLifetimeS = 0;
    s.workload.pattern = WorkloadPattern::Constant;
    s.workload.ratePerS = 1;
    return s;
}

/// Arrivals at the given times (ms), whatever the workload says.
class ListArrivals final : public ArrivalProcess {
public:
    explicit ListArrivals(std::vector<double> times) : m_times(std::move(times)) {}
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<ListArrivals>(*this); }
    double next(Rng &) override { return m_i < m_times.size() ? m_times[m_i++] : INFINITY; }

private:
    std::vector<double> m_times;
    std::size_t m_i = 0;
};

inline SimulationOptions arrivalsAt(std::vector<double> timesMs)
{
    SimulationOptions o;
    o.arrivals = [timesMs](const WorkloadSpec &, double from, double end) {
        std::vector<double> t;
        for (double x : timesMs)
            if (x >= from && x < end)
                t.push_back(x);
        return std::make_unique<ListArrivals>(t);
    };
    return o;
}

struct Recorder final : SimulationObserver {
    std::vector<EnvironmentRecord> created, ended;
    std::vector<PhaseSegment> segments;
    std::vector<InvocationRecord> completed, throttled;
    std::vector<std::pair<std::uint32_t, Phase>> phaseChanges;
    std::vector<std::uint64_t> arrived;
    std::vector<int> changes;

    void environmentCreated(const EnvironmentRecord &e) override { created.push_back(e); }
    void phaseChanged(std::uint32_t env, Phase p, SimTime) override { phaseChanges.push_back({env, p}); }
    void phaseSegment(const PhaseSegment &s) override { segments.push_back(s); }
    void environmentEnded(const EnvironmentRecord &e) override { ended.push_back(e); }
    void requestArrived(std::uint64_t id, RequestKind, SimTime) override { arrived.push_back(id); }
    void requestCompleted(const InvocationRecord &i) override { completed.push_back(i); }
    void requestThrottled(const InvocationRecord &i) override { throttled.push_back(i); }
    void configurationChanged(int index, SimTime) override { changes.push_back(index); }

    /// The phases environment `env` went through, in order.
    std::vector<Phase> phasesOf(std::uint32_t env) const
    {
        std::vector<const PhaseSegment *> mine;
        for (const auto &s : segments)
            if (s.envId == env)
                mine.push_back(&s);
        std::stable_sort(mine.begin(), mine.end(),
                         [](auto *a, auto *b) { return a->startMs < b->startMs; });
        std::vector<Phase> out;
        for (auto *s : mine)
            out.push_back(s->phase);
        return out;
    }
    const EnvironmentRecord *endedEnv(std::uint32_t id) const
    {
        for (const auto &e : ended)
            if (e.id == id)
                return &e;
        return nullptr;
    }
};

/// Runs `s` to the end with a recorder attached.
struct Run {
    Recorder rec;
    Summary summary;
    std::vector<MetricsRow> metrics;
    explicit Run(const Scenario &s, SimulationOptions o = {})
    {
        Simulator sim(s, std::move(o));
        sim.setObserver(&rec);
        sim.run();
        summary = sim.summary();
        metrics = sim.metrics();
    }
};

}  // namespace lle::testing
