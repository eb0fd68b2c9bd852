// SPDX-License-Identifier: GPL-3.0-or-later
// Prints requests simulated per second (of wall and of CPU time) and peak memory for the core's
// reference workloads.
// Not a test: figures to read and compare, run by hand or by scripts, never by ctest.
#include "scenarioio.h"
#include "simulator.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

namespace {

/// This process's CPU time: on a machine shared with other builds it moves less than the wall clock.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

void measure(const char *name, const lle::Scenario &s)
{
    const auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    lle::Simulator sim(s);
    sim.run();
    const double cpuS = cpuSeconds() - cpu0;
    const double wallS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const auto sum = sim.summary();
    const double requests = static_cast<double>(sum.requests.total);
    std::printf("%s\n  requests %.0f, events %llu, wall %.3f s, %.2f M requests/s, %.2f M events/s, "
                "peak RSS %ld MB\n  CPU %.3f s, %.2f M requests per CPU-second, %.2f M events per CPU-second\n"
                "  cold %.4f %%, p50 %.1f ms, p99 %.1f ms, envs peak %llu, cost $%.4f\n",
                name, requests, static_cast<unsigned long long>(sum.events), wallS,
                requests / wallS / 1e6, static_cast<double>(sum.events) / wallS / 1e6,
                peakRssKb() / 1024, cpuS, requests / cpuS / 1e6, static_cast<double>(sum.events) / cpuS / 1e6,
                100 * sum.coldStartRatio, sum.latency.p50, sum.latency.p99,
                static_cast<unsigned long long>(sum.environments.peak), sum.cost.total());
}

}  // namespace

int main(int argc, char **argv)
{
    const std::string which = argc > 1 ? argv[1] : "all";
    if (which == "all" || which == "hour") {
        lle::Scenario s;
        s.name = "(a) one hour at 1,000 requests/s, summary only";
        s.durationS = 3600;
        s.workload.ratePerS = 1000;
        measure(s.name.c_str(), s);
    }
    if (which == "all" || which == "sparse") {
        lle::Scenario s;
        s.name = "(b) 1,000,000 s at 1 request/s, exponential 2 s handler, 600 s idle timeout";
        s.durationS = 1'000'000;
        s.workload.ratePerS = 1;
        s.function.handler.cpuMs = 0;
        s.function.handler.ioMs = 2000;
        s.function.handler.distribution = lle::Distribution::Exponential;
        s.platform.idleTimeout = {false, 600, 600};
        measure(s.name.c_str(), s);
    }
    if (which == "all" || which == "managed") {
        // The workload of (a) on Managed Instances: 40 vCPUs of CPU work a second on a fleet that
        // starts at 40 m7g.large (80 one-vCPU environments of 16 slots) and may grow to 100.
        lle::Scenario s;
        s.name = "(d) one hour at 1,000 requests/s on Managed Instances, summary only";
        s.durationS = 3600;
        s.workload.ratePerS = 1000;
        s.function.compute = lle::ComputeKind::ManagedInstances;
        s.function.managedInstances.minInstances = 40;
        s.function.managedInstances.maxInstances = 100;
        measure(s.name.c_str(), s);
    }
    if (which == "all" || which == "burst") {
        // Thousands of environments made in two seconds that freeze in any order (a handler time
        // with a cv of 3): the frozen pool's worst case, where (a) keeps it near its newest end.
        lle::Scenario s;
        s.name = "(e) 600 s of 10 requests/s with 2 s bursts of 20,000 requests/s every 120 s, 2 s handler of cv 3";
        s.durationS = 600;
        s.workload.pattern = lle::WorkloadPattern::Burst;
        s.workload.baseRatePerS = 10;
        s.workload.burstRatePerS = 20'000;
        s.workload.everyS = 120;
        s.workload.lengthS = 2;
        s.platform.concurrencyLimit = 100'000;
        s.platform.scaleRate = {100'000, 100'000};
        s.function.handler.ioMs = 2000;
        s.function.handler.cv = 3;
        measure(s.name.c_str(), s);
    }
    if (which == "day") {
        lle::Scenario s;
        s.name = "(c) one day at 1,000 requests/s, summary only";
        s.durationS = 86400;
        s.workload.ratePerS = 1000;
        measure(s.name.c_str(), s);
    }
    return 0;
}
