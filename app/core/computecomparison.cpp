// SPDX-License-Identifier: GPL-3.0-or-later
#include "computecomparison.h"

#include "pricing.h"
#include "runtimepresets.h"
#include "scenarioio.h"
#include "simulator.h"

#include <algorithm>
#include <cmath>

namespace lle {

Scenario computeVariant(const Scenario &base, ComputeOption option, int peakEnvironments)
{
    Scenario s = base;
    s.changes.clear();
    FunctionSpec &f = s.function;
    f.compute = ComputeKind::OnDemand;
    f.tenantIsolation = false;
    f.provisionedConcurrency = 0;
    f.snapstart.enabled = false;
    switch (option) {
    case ComputeOption::OnDemand: break;
    case ComputeOption::Provisioned:
        f.provisionedConcurrency = std::clamp(peakEnvironments, 1, s.platform.concurrencyLimit);
        break;
    case ComputeOption::SnapStart: f.snapstart.enabled = true; break;
    case ComputeOption::ManagedInstances: f.compute = ComputeKind::ManagedInstances; break;
    }
    return s;
}

double percentChange(double value, double reference)
{
    return reference != 0 ? 100.0 * (value - reference) / reference : 0.0;
}

std::vector<ComputeOptionResult> compareComputeOptions(const Scenario &base, const std::atomic<bool> *cancel)
{
    std::vector<ComputeOptionResult> results;
    int peak = 1;
    for (const ComputeOption option : {ComputeOption::OnDemand, ComputeOption::Provisioned, ComputeOption::SnapStart,
                                       ComputeOption::ManagedInstances}) {
        if (cancel && cancel->load())
            break;
        ComputeOptionResult r;
        r.option = option;
        r.scenario = computeVariant(base, option, peak);
        if (const auto problems = validateScenario(r.scenario); !problems.empty()) {
            r.available = false;
            r.unavailableReason = problems.front().what;
            results.push_back(std::move(r));
            continue;
        }
        SimulationOptions o;
        o.cancel = cancel;
        Simulator sim(r.scenario, o);
        sim.run();
        if (sim.cancelled())
            break;
        r.summary = sim.summary();
        const Summary &s = r.summary;
        if (option == ComputeOption::OnDemand)
            peak = static_cast<int>(s.environments.peak);
        r.costPerMonthUsd = monthlyCostUsd(s.cost.total(), s.durationS);
        r.coldPercent = 100.0 * s.coldStartRatio;
        r.throttledPercent = s.requests.total ? 100.0 * double(s.requests.throttled) / double(s.requests.total) : 0;
        r.idlePercent = s.environments.mean > 0 ? 100.0 * s.environments.meanIdle / s.environments.mean : 0;
        results.push_back(std::move(r));
    }
    return results;
}

}  // namespace lle
