// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "blanks.h"
#include "csvformat.h"

#include "durationmodel.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <exception>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

namespace lle {

namespace {

constexpr double kMaxDurationS = 400.0 * 86400.0;   // contract §1: at most 400 days
constexpr int kMaxReplications = 10000;

std::string_view trim(std::string_view s) { return trimBlanks(s); }

std::string shortest(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string valueText(const ScalarValue &v)
{
    if (const auto *b = std::get_if<bool>(&v))
        return *b ? "true" : "false";
    if (const auto *d = std::get_if<double>(&v))
        return shortest(*d);
    return std::get<std::string>(v);
}

// The sweep's own keys: `seed` and `duration_s` are not settable by `--set` or `changes` (they
// are fixed for a run), but a sweep may vary them. nullopt when the value is fine.
std::optional<Problem> checkOwnKey(const std::string &path, const ScalarValue &v)
{
    const auto *d = std::get_if<double>(&v);
    if (path == "seed") {
        if (!d)
            return Problem{path, valueText(v) + " is not a number", "an integer 0..18446744073709551615"};
        if (*d < 0 || *d != std::trunc(*d) || *d >= 18446744073709551616.0)
            return Problem{path, valueText(v) + " is not a seed", "an integer 0..18446744073709551615"};
        return std::nullopt;
    }
    if (!d)
        return Problem{path, valueText(v) + " is not a number", "more than 0, at most 34560000"};
    if (!(*d > 0 && *d <= kMaxDurationS))
        return Problem{path, valueText(v) + " is out of range", "more than 0, at most 34560000"};
    return std::nullopt;
}

bool isOwnKey(const std::string &path) { return path == "seed" || path == "duration_s"; }

// Sets one swept value; the problems name the path and the value.
std::vector<Problem> applyValue(Scenario &s, const std::string &path, const ScalarValue &v)
{
    if (isOwnKey(path)) {
        if (auto p = checkOwnKey(path, v))
            return {*p};
        if (path == "seed")
            s.seed = static_cast<std::uint64_t>(std::get<double>(v));
        else
            s.durationS = std::get<double>(v);
        return {};
    }
    return setScenarioValue(s, path, v);
}

void appendMetric(std::string &out, int metric, double v)
{
    switch (metric) {
    case SweepMetric::LatencyP50Ms:
    case SweepMetric::LatencyP99Ms:
    case SweepMetric::Requests: csv::appendDecimal(out, v, 3); break;
    default: csv::appendMoney(out, v); break;   // 10 significant digits, as money is written
    }
}

// A tidy upper end for a preset: 1, 2 or 5 times a power of ten.
double niceRound(double x)
{
    if (x <= 0)
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (x <= m * p * 1.0000001)
            return m * p;
    return 10 * p;
}

// The peak request rate of a workload, for sizing presets; 0 for a trace.
double peakRatePerS(const WorkloadSpec &w)
{
    switch (w.pattern) {
    case WorkloadPattern::Poisson:
    case WorkloadPattern::Constant: return w.ratePerS;
    case WorkloadPattern::Diurnal: return w.meanRatePerS * 2 * w.peakToTrough / (w.peakToTrough + 1);
    case WorkloadPattern::Burst: return std::max(w.baseRatePerS, w.burstRatePerS);
    case WorkloadPattern::Trace: return 0;
    }
    return 0;
}

}  // namespace

std::optional<SweepAxis> parseSweepAxis(std::string_view text, Problem &problem)
{
    const std::size_t eq = text.find('=');
    if (eq == std::string_view::npos) {
        problem = {std::string(trim(text)), "a sweep needs values", "PATH=V1,V2,…"};
        return std::nullopt;
    }
    SweepAxis axis;
    axis.path = std::string(trim(text.substr(0, eq)));
    if (axis.path.empty()) {
        problem = {"", "a sweep needs a path", "PATH=V1,V2,…"};
        return std::nullopt;
    }
    std::string_view rest = text.substr(eq + 1);
    for (;;) {
        const std::size_t comma = rest.find(',');
        const std::string_view v = trim(rest.substr(0, comma));
        if (v.empty()) {
            problem = {axis.path, "an empty value in the list", "PATH=V1,V2,…"};
            return std::nullopt;
        }
        axis.values.push_back(parseScalarValue(std::string(v)));
        if (comma == std::string_view::npos)
            break;
        rest = rest.substr(comma + 1);
    }
    return axis;
}

SweepMetrics sweepMetricsOf(const Summary &s)
{
    SweepMetrics m{};
    m[SweepMetric::Requests] = static_cast<double>(s.requests.total);
    m[SweepMetric::ColdStartRatio] = s.coldStartRatio;
    m[SweepMetric::LatencyP50Ms] = s.latency.p50;
    m[SweepMetric::LatencyP99Ms] = s.latency.p99;
    m[SweepMetric::CostTotalUsd] = s.cost.total();
    m[SweepMetric::CostPerMillionRequestsUsd] = s.costPerMillionRequests;
    m[SweepMetric::EnvironmentsMean] = s.environments.mean;
    m[SweepMetric::IdleGbS] = s.gbSeconds.idle;
    return m;
}

SweepPlan planSweep(const Scenario &base, const SweepSpec &spec)
{
    SweepPlan plan;
    plan.spec = spec;
    const int n = spec.replications;
    if (n < 1 || n > kMaxReplications)
        plan.problems.push_back({"replications", std::to_string(n) + " is out of range",
                                 "1.." + std::to_string(kMaxReplications)});

    // Each value on its own first: "function.memory_mb: 20000 is out of range (128..10240)".
    std::set<std::string> paths;
    for (const auto &axis : spec.axes) {
        if (!paths.insert(axis.path).second)
            plan.problems.push_back({axis.path, "is swept twice", "each path once"});
        if (axis.values.empty())
            plan.problems.push_back({axis.path, "has no values", "PATH=V1,V2,…"});
        for (const auto &v : axis.values) {
            Scenario s = base;
            for (auto &p : applyValue(s, axis.path, v))
                plan.problems.push_back(std::move(p));
        }
    }
    if (!plan.problems.empty())
        return plan;

    // The grid, last axis fastest (an odometer).
    std::size_t count = 1;
    for (const auto &axis : spec.axes)
        count *= axis.values.size();
    std::vector<std::size_t> index(spec.axes.size(), 0);
    std::set<std::string> reported;
    plan.points.reserve(count);
    plan.jobs.reserve(count * static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < count; ++k) {
        std::vector<ScalarValue> values;
        Scenario s = base;
        std::string where;
        for (std::size_t a = 0; a < spec.axes.size(); ++a) {
            const auto &v = spec.axes[a].values[index[a]];
            values.push_back(v);
            applyValue(s, spec.axes[a].path, v);   // checked above
            where += (where.empty() ? "" : ", ") + spec.axes[a].path + " = " + valueText(v);
        }
        // Keys that are fine alone can clash together or with the base (PC above the
        // concurrency limit, SnapStart with a runtime); a change may no longer apply.
        std::vector<Problem> problems = validateScenario(s);
        if (problems.empty()) {
            try {
                configurationPeriods(s);
            } catch (const std::exception &e) {
                problems.push_back({"changes", e.what(), ""});
            }
        }
        for (const auto &p : problems) {
            Problem q{p.path, "at " + where + ": " + p.what, p.allowed};
            if (reported.insert(q.path + q.what).second)
                plan.problems.push_back(std::move(q));
        }
        for (int r = 0; r < n; ++r) {
            SweepJob job;
            job.point = k;
            job.replication = r;
            job.scenario = s;
            job.scenario.seed = s.seed + static_cast<std::uint64_t>(r);
            plan.jobs.push_back(std::move(job));
        }
        plan.points.push_back(std::move(values));
        for (std::size_t a = spec.axes.size(); a-- > 0;) {
            if (++index[a] < spec.axes[a].values.size())
                break;
            index[a] = 0;
        }
    }
    if (!plan.problems.empty()) {
        plan.points.clear();
        plan.jobs.clear();
    }
    return plan;
}

SweepMetrics runSweepJob(const SweepJob &job, SimulationOptions options)
{
    Simulator sim(job.scenario, std::move(options));
    sim.run();
    return sweepMetricsOf(sim.summary());
}

double studentT975(int df)
{
    static constexpr double kTable[] = {
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252,
        2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688,
        2.131449546, 2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845,
        2.073873068, 2.068657610, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142,
        2.045229642, 2.042272456};
    if (df < 1)
        return INFINITY;
    if (df <= 30)
        return kTable[df - 1];
    // Cornish–Fisher expansion of t around the normal quantile.
    const double z = 1.959963984540054, v = df;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
         + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

std::vector<SweepRow> reduceSweep(const SweepPlan &plan, const std::vector<SweepMetrics> &perJob)
{
    if (perJob.size() != plan.jobs.size())
        throw std::invalid_argument("reduceSweep: one result per job");
    const int n = plan.spec.replications;
    std::vector<SweepRow> rows(plan.points.size());
    for (std::size_t p = 0; p < rows.size(); ++p) {
        SweepRow &row = rows[p];
        row.values = plan.points[p];
        row.replications = n;
        const std::size_t first = p * static_cast<std::size_t>(n);
        for (int m = 0; m < kSweepMetricCount; ++m) {
            double sum = 0;
            for (int r = 0; r < n; ++r)
                sum += perJob[first + static_cast<std::size_t>(r)][m];
            const double mean = sum / n;
            row.mean[m] = mean;
            if (n > 1) {
                double ss = 0;
                for (int r = 0; r < n; ++r) {
                    const double d = perJob[first + static_cast<std::size_t>(r)][m] - mean;
                    ss += d * d;
                }
                row.ci95[m] = studentT975(n - 1) * std::sqrt(ss / (n - 1)) / std::sqrt(static_cast<double>(n));
            }
        }
    }
    return rows;
}

SweepResult runSweep(const SweepPlan &plan, const SweepRunOptions &options)
{
    if (!plan.problems.empty())
        throw std::invalid_argument("runSweep: the plan has problems");
    const std::size_t total = plan.jobs.size();
    std::vector<SweepMetrics> perJob(total);
    std::vector<std::exception_ptr> errors(total);
    std::atomic<std::size_t> nextJob{0}, done{0};
    std::atomic<bool> failed{false};
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    auto worker = [&] {
        for (;;) {
            if (failed.load(std::memory_order_relaxed) || cancelled())
                return;
            const std::size_t i = nextJob.fetch_add(1);
            if (i >= total)
                return;
            try {
                SimulationOptions so = options.simulationOptions ? options.simulationOptions(plan.jobs[i])
                                                                 : SimulationOptions{};
                if (!so.cancel)
                    so.cancel = options.cancel;
                perJob[i] = runSweepJob(plan.jobs[i], std::move(so));
            } catch (...) {
                errors[i] = std::current_exception();
                failed = true;
                return;
            }
            const std::size_t d = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(d, total);
        }
    };

    const int threads = std::clamp(options.threads, 1, static_cast<int>(std::max<std::size_t>(total, 1)));
    if (threads == 1) {
        worker();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(threads));
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(worker);
        for (auto &t : pool)
            t.join();
    }
    for (const auto &e : errors)
        if (e)
            std::rethrow_exception(e);
    SweepResult result;
    if (cancelled() || done.load() != total) {
        result.cancelled = true;
        return result;
    }
    result.rows = reduceSweep(plan, perJob);
    return result;
}

std::string sweepCsv(const SweepPlan &plan, const std::vector<SweepRow> &rows)
{
    const bool ci = plan.spec.replications > 1;
    std::string out;
    bool first = true;
    auto sep = [&] {
        if (!first)
            out.push_back(',');
        first = false;
    };
    for (const auto &axis : plan.spec.axes) {
        sep();
        csv::appendField(out, axis.path);
    }
    for (const auto name : kSweepMetricNames) {
        sep();
        out.append(name);
        if (ci) {
            out.push_back(',');
            out.append(name);
            out.append("_ci95");
        }
    }
    out.push_back('\n');
    for (const auto &row : rows) {
        first = true;
        for (const auto &v : row.values) {
            sep();
            csv::appendField(out, valueText(v));
        }
        for (int m = 0; m < kSweepMetricCount; ++m) {
            sep();
            appendMetric(out, m, row.mean[m]);
            if (ci) {
                out.push_back(',');
                appendMetric(out, m, row.ci95[m]);
            }
        }
        out.push_back('\n');
    }
    return out;
}

// --- presets -----------------------------------------------------------------------------------

SweepSpec memorySweepPreset()
{
    SweepAxis axis{"function.memory_mb", {}};
    for (double mb : {128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144, 8192, 10240})
        axis.values.emplace_back(mb);
    return {{axis}, 1};
}

SweepSpec idleTimeoutSweepPreset()
{
    SweepAxis axis{"platform.idle_timeout_s", {}};
    for (double s : {30, 60, 120, 300, 600, 900, 1800, 3600})
        axis.values.emplace_back(s);
    return {{axis}, 1};
}

SweepSpec provisionedConcurrencySweepPreset(const Scenario &s)
{
    // Little's law: environments busy at the peak ≈ rate × time each request holds one.
    const double rate = peakRatePerS(s.workload);
    const double need = rate > 0 ? rate * meanHandlerMs(s.function) / 1000.0 : 10.0;
    const double top = std::min(niceRound(std::max(4.0, 2 * need)), static_cast<double>(s.platform.concurrencyLimit));
    std::set<double> values{0};
    for (double f : {0.125, 0.25, 0.5, 0.75, 1.0})
        values.insert(std::round(top * f));
    // A few small counts too: one or two warm environments is the usual first step.
    for (double k : {1.0, 2.0})
        if (k <= top)
            values.insert(k);
    SweepAxis axis{"function.provisioned_concurrency", {}};
    for (double v : values)
        axis.values.emplace_back(v);
    return {{axis}, 1};
}

std::optional<SweepSpec> requestRateSweepPreset(const Scenario &s)
{
    const WorkloadSpec &w = s.workload;
    std::string path;
    double rate = 0;
    switch (w.pattern) {
    case WorkloadPattern::Poisson:
    case WorkloadPattern::Constant: path = "workload.rate_per_s", rate = w.ratePerS; break;
    case WorkloadPattern::Diurnal: path = "workload.mean_rate_per_s", rate = w.meanRatePerS; break;
    case WorkloadPattern::Burst: path = "workload.base_rate_per_s", rate = w.baseRatePerS; break;
    case WorkloadPattern::Trace: return std::nullopt;
    }
    if (rate <= 0)
        rate = 1;
    SweepAxis axis{path, {}};
    for (double f : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0}) {
        // Four significant digits: 0.1 × 3 must read 0.3, not 0.30000000000000004.
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, rate * f, std::chars_format::general, 4);
        double v = 0;
        std::from_chars(buf, r.ptr, v);
        if (v > 0 && v <= 100000)
            axis.values.emplace_back(v);
    }
    return SweepSpec{{axis}, 1};
}

}  // namespace lle
