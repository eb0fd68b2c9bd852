// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "scenarioio.h"
#include "simulator.h"
#include "summary.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Parameter sweeps (contract §2 `--sweep`, §3 `sweep.csv`): a grid over scenario keys, each point
/// run with N seeds, reduced to means and 95 % confidence half-widths. The engine plans jobs and
/// reduces their results; who runs the jobs is up to the caller (QtConcurrent in the window,
/// runSweep here on std::threads, serially by default).
namespace lle {

/// One swept key and its values, in the order they are tried.
struct SweepAxis {
    /// A dotted path setScenarioValue accepts (`function.memory_mb`, `platform.idle_timeout_s`…),
    /// or `seed` or `duration_s`, which the sweep sets itself.
    std::string path;
    std::vector<ScalarValue> values;
    bool operator==(const SweepAxis &) const = default;
};

struct SweepSpec {
    std::vector<SweepAxis> axes;   ///< a grid: the last axis varies fastest
    int replications = 1;          ///< seeds per point: seed, seed + 1, …, seed + N − 1
    bool operator==(const SweepSpec &) const = default;
};

/// `PATH=V1,V2,…` as `--sweep` takes it (values through parseScalarValue). nullopt and `problem`
/// set when the text has no `=`, no path or an empty value.
std::optional<SweepAxis> parseSweepAxis(std::string_view text, Problem &problem);

/// The per-point figures, in sweep.csv's column order: indices into SweepMetrics. The contract's
/// columns come first, in its order; `idle_gb_s` (GB-seconds of frozen environments, what an idle
/// timeout trades against cold starts) extends it after them.
struct SweepMetric {
    enum Index : int {
        Requests,
        ColdStartRatio,
        LatencyP50Ms,
        LatencyP99Ms,
        CostTotalUsd,
        CostPerMillionRequestsUsd,
        EnvironmentsMean,
        IdleGbS,
    };
};
inline constexpr int kSweepMetricCount = 8;
inline constexpr std::array<std::string_view, kSweepMetricCount> kSweepMetricNames = {
    "requests", "cold_start_ratio", "latency_p50_ms", "latency_p99_ms",
    "cost_total_usd", "cost_per_million_requests_usd", "environments_mean", "idle_gb_s"};
using SweepMetrics = std::array<double, kSweepMetricCount>;

/// requests.total, cold_start_ratio, latency p50 and p99, cost total, cost per million, environments.mean,
/// gb_seconds.idle.
SweepMetrics sweepMetricsOf(const Summary &s);

/// One run: a point of the grid with one seed.
struct SweepJob {
    std::size_t point = 0;
    int replication = 0;
    Scenario scenario;   ///< the base with the point's values, seed = point's seed + replication
};

struct SweepPlan {
    SweepSpec spec;
    std::vector<std::vector<ScalarValue>> points;   ///< one value per axis, grid order
    /// Point-major: job index = point · replications + replication.
    std::vector<SweepJob> jobs;
    /// Values a key does not take, and points that make an invalid scenario (each naming the swept
    /// path and value). Not empty: there is nothing to run.
    std::vector<Problem> problems;
};

/// Expands the grid on `base` and checks every value and point.
SweepPlan planSweep(const Scenario &base, const SweepSpec &spec);

/// Runs one job to the end. `options` carries e.g. trace arrivals (their TraceError propagates).
SweepMetrics runSweepJob(const SweepJob &job, SimulationOptions options = {});

struct SweepRow {
    std::vector<ScalarValue> values;   ///< one per axis
    SweepMetrics mean{};               ///< over the replications (the value itself when N = 1)
    SweepMetrics ci95{};               ///< half-width of the 95 % interval (Student t); 0 when N = 1
    int replications = 1;
};

/// Means and confidence half-widths per point; `perJob` indexed like plan.jobs.
std::vector<SweepRow> reduceSweep(const SweepPlan &plan, const std::vector<SweepMetrics> &perJob);

/// The 0.975 quantile of Student's t with `df` degrees of freedom (df ≥ 1): tabulated up to 30,
/// Cornish–Fisher above (error below 1e-4).
double studentT975(int df);

struct SweepRunOptions {
    /// Worker threads (std::thread); 1 runs the jobs on the calling thread, in order.
    int threads = 1;
    /// Polled between jobs and, through SimulationOptions::cancel, between events.
    const std::atomic<bool> *cancel = nullptr;
    /// Jobs done so far, of all; called from the worker threads.
    std::function<void(std::size_t done, std::size_t total)> progress;
    /// The simulation options of a job (trace arrivals); called from the worker threads.
    std::function<SimulationOptions(const SweepJob &)> simulationOptions;
};

struct SweepResult {
    std::vector<SweepRow> rows;   ///< empty when cancelled
    bool cancelled = false;
};

/// Runs every job of `plan` (which must have no problems) and reduces them. The rows do not
/// depend on the number of threads. An exception of a job (TraceError) stops the other workers
/// and is rethrown here, the lowest job's first.
SweepResult runSweep(const SweepPlan &plan, const SweepRunOptions &options = {});

/// sweep.csv: the swept paths, then each metric (followed by `<metric>_ci95` when N > 1); '.'
/// decimals, times with at most 3 decimals, money and ratios with 10 significant digits.
std::string sweepCsv(const SweepPlan &plan, const std::vector<SweepRow> &rows);

// --- presets -----------------------------------------------------------------------------------

/// Power Tuning's memory curve: 128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144,
/// 8192, 10240 MB (1,769: one full vCPU, where single-threaded code stops speeding up).
SweepSpec memorySweepPreset();
/// platform.idle_timeout_s from 30 s to an hour, AWS's measured 5–15 min in the middle.
SweepSpec idleTimeoutSweepPreset();
/// function.provisioned_concurrency from 0 to about twice the concurrency the workload needs at
/// its peak (Little's law: peak rate × mean handler time), at most the concurrency limit.
SweepSpec provisionedConcurrencySweepPreset(const Scenario &s);
/// The workload's rate key (rate_per_s, mean_rate_per_s or base_rate_per_s) from a tenth to ten
/// times its value; nullopt for a trace, which has no rate.
std::optional<SweepSpec> requestRateSweepPreset(const Scenario &s);

}  // namespace lle
