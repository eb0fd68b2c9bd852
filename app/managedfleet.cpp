// SPDX-License-Identifier: GPL-3.0-or-later
#include "managedfleet.h"

#include "managedinstances.h"

#include <algorithm>

namespace lle {

ManagedFleet ManagedFleet::at(const RecordedRun &run, double tMs)
{
    ManagedFleet fleet;
    if (run.periods.empty())
        return fleet;
    const FunctionSpec &f = run.periods.front().scenario.function;
    if (f.compute != ComputeKind::ManagedInstances)
        return fleet;
    const ManagedLayout layout = managedLayout(f);
    fleet.environmentsPerInstance = std::max(1, layout.envsPerInstance);
    fleet.slotsPerEnvironment = std::max(1, layout.maxConcurrency);
    for (const RecordedEnv &env : run.envs) {
        if (env.record.id == 0 || env.record.createdMs > tMs)
            continue;
        Phase phase;
        if (!run.phaseAt(env, tMs, phase))
            continue;
        Environment e{env.record.id, phase, 0};
        // Invoke segments overlap (one per request) and are recorded as they are emitted, between
        // a request's start and its end: with requests shorter than a minute (as the lanes
        // assume), ends are in order within a minute, and so are starts. So: from the first that
        // ends after t − 1 min, up to the first that starts after t + 1 min.
        const auto &segs = env.segments;
        auto it = std::upper_bound(segs.begin(), segs.end(), tMs - 60'000,
                                   [](double t, const LaneSegment &s) { return t < s.endMs; });
        for (; it != segs.end() && it->startMs <= tMs + 60'000; ++it)
            if (it->phase == Phase::Invoke && it->startMs <= tMs && it->endMs > tMs)
                ++e.inFlight;
        const auto instance = (env.record.id - 1) / static_cast<std::uint32_t>(fleet.environmentsPerInstance);
        if (fleet.instances.empty() || fleet.instances.back().index != instance)
            fleet.instances.push_back({instance, {}});
        fleet.instances.back().environments.push_back(e);
        ++fleet.environments;
        fleet.requestsInFlight += e.inFlight;
    }
    return fleet;
}

}  // namespace lle
