// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "simulator.h"
#include "summary.h"
#include "sweep.h"
#include "tracereader.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

/// Studies cut into independent jobs (`--plan`, `--run-job`, `--merge`): a sweep's (point,
/// replication) runs, or a trace's functions K at a time. The plan is one JSON manifest with a
/// content hash; each job's result is a small JSON file carrying exactly what the merge needs at
/// full precision, so that merging feeds reduceSweep and sweepCsv the very numbers a direct sweep
/// would and writes the same bytes. Who runs the jobs (GNU parallel, Slurm, a loop) is not ours.
namespace lle {

inline constexpr std::string_view kStudySchema = "lambda-explorer/study@1";
inline constexpr std::string_view kStudyResultSchema = "lambda-explorer/study-result@1";

/// What went wrong with a plan or a result file: BadInput (exit 2) for a file that is not what it
/// should be, another plan's result or another version's plan.
class StudyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class StudyKind : std::uint8_t {
    Sweep,       ///< one job per (point, replication), job = point · replications + replication
    Functions,   ///< one job per K functions of an Azure trace, each function run alone
};

/// One function of an Azure trace: azure2019 (HashApp, HashFunction), azure2021 (app, func).
struct StudyFunction {
    std::string app;
    std::string function;
    bool operator==(const StudyFunction &) const = default;
};

struct StudyManifest {
    std::string version;        ///< the program that wrote the plan (LLE_VERSION)
    StudyKind kind = StudyKind::Sweep;
    std::string scenarioText;   ///< the base scenario as writeScenario spells it
    std::string baseDir;        ///< the scenario file's folder, where trace paths are resolved
    SweepSpec spec;             ///< Sweep: the grid and the replications
    std::vector<StudyFunction> functions;   ///< Functions: in trace order
    int functionsPerJob = 1;    ///< Functions: K
    /// The seeds of a point's replications (the base's seed, + 1, …; a swept `seed` shifts them).
    std::vector<std::uint64_t> seeds;
    std::string hash;           ///< 16 hex digits over everything above (set by studyManifestJson)

    std::size_t jobCount() const;
    /// Functions: the functions of job `index`, [first, last).
    std::pair<std::size_t, std::size_t> functionRange(std::size_t index) const;
};

/// A sweep study of `base` (which planSweep must accept with `spec`).
StudyManifest planSweepStudy(const Scenario &base, const SweepSpec &spec, std::string version);
/// A per-function study of an Azure trace scenario; `functionsPerJob` ≥ 1.
StudyManifest planFunctionStudy(const Scenario &base, std::vector<StudyFunction> functions, int functionsPerJob,
                                std::string version);

/// The manifest as plan.json (sorted keys, two-space indent, final newline); fills `m.hash`.
std::string studyManifestJson(StudyManifest &m);
/// Reads plan.json. Throws StudyError naming the key ("not a study plan", "plan written by
/// lambda-explorer X; this is Y", "the content hash does not match"). `expectedVersion` empty:
/// any version.
StudyManifest parseStudyManifest(std::string_view text, std::string_view expectedVersion);

/// The base scenario of a plan (parseScenario of its text with its baseDir); throws StudyError.
Scenario studyBaseScenario(const StudyManifest &m);

/// The functions of an Azure 2019 invocation file or an Azure 2021 trace, in the order they first
/// appear (azure2021: each (app, func) pair once). Throws TraceError for a bad header or line.
std::vector<StudyFunction> listTraceFunctions(std::istream &in, const std::string &file, TraceFormat format);

/// The scenario of one function of a per-function study: the base trace narrowed to it.
Scenario functionScenario(const Scenario &base, const StudyFunction &f);

/// An opener for the jobs of a per-function study: the scenario's trace files (the invocation
/// file and, azure2019, the percentile file) are served narrowed to the header and the rows of
/// `functions`, read once in one pass each and kept in memory; other paths go to `open`. Each
/// function then finds its row among K instead of scanning the whole day's file once per function,
/// and replays the same arrivals (the rows keep their order). Thread-safe.
StreamOpener narrowedTraceOpener(StreamOpener open, const Scenario &base, std::vector<StudyFunction> functions);

/// One function's figures in functions.csv.
struct FunctionFigures {
    double requests = 0, completed = 0, coldStarts = 0, coldStartRatio = 0;
    double latencyP50Ms = 0, latencyP99Ms = 0, costTotalUsd = 0, costPerMillionUsd = 0, idleGbS = 0;
};
FunctionFigures functionFiguresOf(const Summary &s);

/// The simulation options of a scenario (trace arrivals); the core opens no file itself.
using StudyOptionsFactory = std::function<SimulationOptions(const Scenario &)>;

/// Runs job `index` of the plan (index < jobCount()) and returns its result file's text.
std::string runStudyJob(const StudyManifest &m, const Scenario &base, std::size_t index,
                        const StudyOptionsFactory &options = {});

/// A result file read back: the job's metrics (Sweep) or its functions' figures (Functions).
struct StudyJobResult {
    SweepMetrics metrics{};
    std::vector<FunctionFigures> functions;
};
/// Reads a result file of job `index` of `m`. Throws StudyError: not JSON, another plan
/// ("written for plan H, this plan is H'"), another job, a missing or non-numeric figure.
StudyJobResult parseStudyResult(std::string_view text, const StudyManifest &m, std::size_t index);
/// The plan hash a result file names, if it is one at all (used to refuse foreign results).
std::optional<std::string> studyResultPlanHash(std::string_view text);

/// A sweep study merged: the plan (as planSweep makes it) and its rows, for sweep.csv and plots.
struct MergedSweep {
    SweepPlan plan;
    std::vector<SweepRow> rows;
};
MergedSweep mergeSweepStudy(const StudyManifest &m, const Scenario &base, const std::vector<StudyJobResult> &perJob);

/// functions.csv: app, function, requests, cold_starts, cold_start_ratio, latency_p50_ms,
/// latency_p99_ms, cost_total_usd, cost_per_million_requests_usd, idle_gb_s; one row per function.
std::string functionsCsv(const StudyManifest &m, const std::vector<StudyJobResult> &perJob);
/// account.json: the whole account, the functions' figures summed (percentiles do not add up:
/// the slowest function's p99 and the median of the functions' p99 instead).
std::string accountSummaryJson(const StudyManifest &m, const std::vector<StudyJobResult> &perJob);

}  // namespace lle
