// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep engine: the grid in the contract's order, seeds per replication, confidence
// intervals, sweep.csv, and the memory curve the model reference promises.
#include "coretesting.h"
#include "durationmodel.h"
#include "scenarioio.h"
#include "sweep.h"

#include <QtTest>

#include <sstream>

using namespace lle;
using namespace lle::testing;

namespace {

SweepAxis axis(std::string path, std::vector<double> values)
{
    SweepAxis a{std::move(path), {}};
    for (double v : values)
        a.values.emplace_back(v);
    return a;
}

std::vector<std::string> csvLines(const std::string &csv)
{
    std::vector<std::string> lines;
    std::istringstream in(csv);
    for (std::string l; std::getline(in, l);)
        lines.push_back(l);
    return lines;
}

/// A poisson workload: replications differ.
Scenario noisyScenario()
{
    Scenario s;
    s.durationS = 600;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 5;
    s.platform.idleTimeout = {false, 60, 60};
    return s;
}

bool mentions(const std::vector<Problem> &problems, const std::string &path, const std::string &text)
{
    for (const auto &p : problems)
        if (p.path == path && p.format().find(text) != std::string::npos)
            return true;
    return false;
}

}  // namespace

class TestSweep : public QObject {
    Q_OBJECT

private slots:
    void parsesSweepArguments();
    void gridVariesTheLastAxisFastest();
    void replicationsGetConsecutiveSeeds();
    void seedAndDurationCanBeSwept();
    void badValuesAreNamedByPathAndValue();
    void memorySweepSpeedsUpToOneVcpuAndNotBeyond();
    void ciColumnsOnlyWithReplications();
    void ciShrinksWithMoreReplications();
    void studentTQuantiles();
    void threadsDoNotChangeTheRows();
    void cancelStopsTheSweep();
    void presets();
    void idleGbSecondsComeFromTheSummary();
};

void TestSweep::parsesSweepArguments()
{
    Problem p;
    auto a = parseSweepAxis("function.memory_mb=128, 256,512", p);
    QVERIFY(a);
    QCOMPARE(a->path, std::string("function.memory_mb"));
    QCOMPARE(a->values, (std::vector<ScalarValue>{128.0, 256.0, 512.0}));
    a = parseSweepAxis("platform.routing=newest,mru", p);
    QVERIFY(a);
    QCOMPARE(a->values, (std::vector<ScalarValue>{std::string("newest"), std::string("mru")}));
    QVERIFY(!parseSweepAxis("function.memory_mb", p));
    QCOMPARE(p.path, std::string("function.memory_mb"));
    QVERIFY(!parseSweepAxis("function.memory_mb=128,,256", p));
    QVERIFY(!parseSweepAxis("=1,2", p));
}

void TestSweep::gridVariesTheLastAxisFastest()
{
    SweepSpec spec{{axis("function.memory_mb", {128, 256}), axis("platform.idle_timeout_s", {60, 120, 300})}, 1};
    const SweepPlan plan = planSweep(handScenario(), spec);
    QVERIFY(plan.problems.empty());
    const std::vector<std::vector<ScalarValue>> expected{
        {128.0, 60.0}, {128.0, 120.0}, {128.0, 300.0}, {256.0, 60.0}, {256.0, 120.0}, {256.0, 300.0}};
    QCOMPARE(plan.points, expected);
    QCOMPARE(plan.jobs.size(), std::size_t(6));
    QCOMPARE(plan.jobs[4].scenario.function.memoryMb, 256);
    QCOMPARE(plan.jobs[4].scenario.platform.idleTimeout.minS, 120.0);

    const auto result = runSweep(plan);
    QCOMPARE(result.rows.size(), std::size_t(6));
    const auto lines = csvLines(sweepCsv(plan, result.rows));
    QCOMPARE(lines.size(), std::size_t(7));
    QCOMPARE(lines[0], std::string("function.memory_mb,platform.idle_timeout_s,requests,cold_start_ratio,latency_p50_ms,"
                                   "latency_p99_ms,cost_total_usd,cost_per_million_requests_usd,environments_mean,idle_gb_s"));
    QVERIFY(lines[1].starts_with("128,60,100,0.01,"));   // 100 arrivals at 1/s, one cold start
    QVERIFY(lines[5].starts_with("256,120,100,0.01,"));
    // No axes: one point, the base scenario.
    const SweepPlan single = planSweep(handScenario(), {});
    QCOMPARE(single.points.size(), std::size_t(1));
    QVERIFY(csvLines(sweepCsv(single, runSweep(single).rows))[0].starts_with("requests,"));
}

void TestSweep::replicationsGetConsecutiveSeeds()
{
    Scenario base = noisyScenario();
    base.seed = 40;
    const SweepPlan plan = planSweep(base, {{axis("function.memory_mb", {512, 1024})}, 3});
    QCOMPARE(plan.jobs.size(), std::size_t(6));
    const std::uint64_t seeds[] = {40, 41, 42, 40, 41, 42};
    for (std::size_t i = 0; i < 6; ++i) {
        QCOMPARE(plan.jobs[i].scenario.seed, seeds[i]);
        QCOMPARE(plan.jobs[i].point, i / 3);
        QCOMPARE(plan.jobs[i].replication, static_cast<int>(i % 3));
    }
    // Replication 0 is the scenario itself.
    Scenario at512 = base;
    at512.function.memoryMb = 512;
    Simulator sim(at512);
    sim.run();
    QCOMPARE(runSweepJob(plan.jobs[0]), sweepMetricsOf(sim.summary()));
}

void TestSweep::seedAndDurationCanBeSwept()
{
    const SweepPlan plan = planSweep(noisyScenario(), {{axis("seed", {5, 9}), axis("duration_s", {60, 120})}, 2});
    QVERIFY(plan.problems.empty());
    std::vector<std::uint64_t> seeds;
    for (const auto &j : plan.jobs)
        seeds.push_back(j.scenario.seed);
    QCOMPARE(seeds, (std::vector<std::uint64_t>{5, 6, 5, 6, 9, 10, 9, 10}));
    QCOMPARE(plan.jobs[2].scenario.durationS, 120.0);
    QVERIFY(mentions(planSweep(noisyScenario(), {{axis("seed", {-1})}, 1}).problems, "seed", "-1"));
    QVERIFY(mentions(planSweep(noisyScenario(), {{axis("duration_s", {0})}, 1}).problems, "duration_s", "0"));
}

void TestSweep::badValuesAreNamedByPathAndValue()
{
    const Scenario base = noisyScenario();
    auto problems = planSweep(base, {{axis("function.memory_mb", {512, 20000})}, 1}).problems;
    QVERIFY(mentions(problems, "function.memory_mb", "20000 is out of range"));
    problems = planSweep(base, {{axis("function.memroy_mb", {512})}, 1}).problems;
    QVERIFY(!problems.empty());
    QCOMPARE(problems[0].path, std::string("function.memroy_mb"));
    problems = planSweep(base, {{SweepAxis{"function.memory_mb", {std::string("big")}}}, 1}).problems;
    QVERIFY(!problems.empty());
    // Fine alone, not together with the base: PC above the concurrency limit.
    Scenario limited = base;
    limited.platform.concurrencyLimit = 10;
    const SweepPlan plan = planSweep(limited, {{axis("function.provisioned_concurrency", {5, 20})}, 1});
    QVERIFY(plan.jobs.empty());
    QVERIFY(mentions(plan.problems, "function.provisioned_concurrency", "function.provisioned_concurrency = 20"));
    QVERIFY(!mentions(plan.problems, "function.provisioned_concurrency", "= 5"));
    QVERIFY(mentions(planSweep(base, {{}, 0}).problems, "replications", "0"));
    QVERIFY(mentions(planSweep(base, {{axis("seed", {1}), axis("seed", {2})}, 1}).problems, "seed", "twice"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runSweep(plan));
}

void TestSweep::memorySweepSpeedsUpToOneVcpuAndNotBeyond()
{
    // CPU-bound single-threaded work: 1 s at one vCPU, no waiting, fixed times.
    Scenario s = handScenario();
    s.durationS = 600;
    s.function.handler.cpuMs = 1000;
    s.function.handler.ioMs = 0;
    s.function.handler.parallelFraction = 0;
    s.workload.pattern = WorkloadPattern::Constant;
    s.workload.ratePerS = 0.05;   // one request every 20 s: one warm environment
    const SweepPlan plan = planSweep(s, memorySweepPreset());
    QVERIFY(plan.problems.empty());
    QCOMPARE(plan.points.size(), std::size_t(13));
    const auto rows = runSweep(plan, {2, nullptr, {}, {}}).rows;
    QCOMPARE(rows.size(), std::size_t(13));
    double previous = INFINITY;
    const double costBelow = rows[0].mean[SweepMetric::CostPerMillionRequestsUsd];
    for (const auto &row : rows) {
        const int mb = static_cast<int>(std::get<double>(row.values[0]));
        const double p50 = row.mean[SweepMetric::LatencyP50Ms];
        if (mb <= 1769) {
            QVERIFY2(p50 < previous, std::to_string(mb).c_str());
            // 1 s of CPU at mb/1769 of a vCPU, within the sketch's 0.5 %.
            QVERIFY(std::abs(p50 - 1000 * 1769.0 / mb) / p50 < 0.005);
            // Twice the memory, half the time: the cost per request is flat below one vCPU.
            QVERIFY(std::abs(row.mean[SweepMetric::CostPerMillionRequestsUsd] - costBelow) / costBelow < 0.01);
        } else {
            QCOMPARE(p50, previous);   // not a millisecond faster past 1,769 MB
            QVERIFY(row.mean[SweepMetric::CostPerMillionRequestsUsd] > costBelow * 1.1);
        }
        previous = p50;
    }
}

void TestSweep::ciColumnsOnlyWithReplications()
{
    const SweepSpec one{{axis("function.memory_mb", {512, 1024})}, 1};
    const SweepPlan p1 = planSweep(noisyScenario(), one);
    const std::string csv1 = sweepCsv(p1, runSweep(p1).rows);
    QVERIFY(csv1.find("_ci95") == std::string::npos);

    SweepSpec three = one;
    three.replications = 3;
    const SweepPlan p3 = planSweep(noisyScenario(), three);
    const auto rows = runSweep(p3).rows;
    const auto lines = csvLines(sweepCsv(p3, rows));
    QCOMPARE(lines[0], std::string("function.memory_mb,requests,requests_ci95,cold_start_ratio,cold_start_ratio_ci95,"
                                   "latency_p50_ms,latency_p50_ms_ci95,latency_p99_ms,latency_p99_ms_ci95,"
                                   "cost_total_usd,cost_total_usd_ci95,cost_per_million_requests_usd,"
                                   "cost_per_million_requests_usd_ci95,environments_mean,environments_mean_ci95,idle_gb_s,"
                                   "idle_gb_s_ci95"));
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(std::count(lines[1].begin(), lines[1].end(), ','), std::ptrdiff_t(16));
    // The mean is the mean of the three runs.
    double sum = 0;
    for (const auto &j : p3.jobs)
        if (j.point == 0)
            sum += runSweepJob(j)[SweepMetric::Requests];
    QCOMPARE(rows[0].mean[SweepMetric::Requests], sum / 3);
    QVERIFY(rows[0].ci95[SweepMetric::Requests] > 0);
}

void TestSweep::ciShrinksWithMoreReplications()
{
    const Scenario base = noisyScenario();
    const SweepPlan p3 = planSweep(base, {{}, 3});
    const SweepPlan p12 = planSweep(base, {{}, 12});
    const auto r3 = runSweep(p3, {2, nullptr, {}, {}}).rows.at(0);
    const auto r12 = runSweep(p12, {2, nullptr, {}, {}}).rows.at(0);
    for (int m : {int(SweepMetric::Requests), int(SweepMetric::CostTotalUsd), int(SweepMetric::LatencyP99Ms)}) {
        QVERIFY2(r12.ci95[m] < r3.ci95[m], std::string(kSweepMetricNames[static_cast<std::size_t>(m)]).c_str());
        QVERIFY(r12.ci95[m] > 0);
    }
    // The poisson count over 600 s at 5/s: the mean is within its interval of 3,000.
    QVERIFY(std::abs(r12.mean[SweepMetric::Requests] - 3000) < 2 * r12.ci95[SweepMetric::Requests]);
}

void TestSweep::studentTQuantiles()
{
    QCOMPARE(studentT975(1), 12.706204736);
    QVERIFY(std::abs(studentT975(2) - 4.302653) < 1e-6);
    QVERIFY(std::abs(studentT975(9) - 2.262157) < 1e-6);
    QVERIFY(std::abs(studentT975(30) - 2.042272) < 1e-6);
    QVERIFY(std::abs(studentT975(40) - 2.021075) < 1e-4);
    QVERIFY(std::abs(studentT975(120) - 1.979930) < 1e-4);
    QVERIFY(std::abs(studentT975(100000) - 1.959964) < 1e-4);
    for (int df = 1; df < 200; ++df)
        QVERIFY(studentT975(df + 1) < studentT975(df));
}

void TestSweep::threadsDoNotChangeTheRows()
{
    const SweepPlan plan = planSweep(noisyScenario(), {{axis("platform.idle_timeout_s", {10, 30, 90})}, 2});
    std::atomic<int> calls{0};
    SweepRunOptions two{2, nullptr, [&](std::size_t, std::size_t total) { QCOMPARE(total, std::size_t(6)); ++calls; }, {}};
    const auto a = runSweep(plan).rows;
    const auto b = runSweep(plan, two).rows;
    QCOMPARE(calls.load(), 6);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].mean, b[i].mean);
        QCOMPARE(a[i].ci95, b[i].ci95);
    }
    QCOMPARE(sweepCsv(plan, a), sweepCsv(plan, b));
}

void TestSweep::cancelStopsTheSweep()
{
    const SweepPlan plan = planSweep(noisyScenario(), memorySweepPreset());
    std::atomic<bool> cancel{false};
    SweepRunOptions o;
    o.cancel = &cancel;
    o.progress = [&](std::size_t done, std::size_t) {
        if (done == 2)
            cancel = true;
    };
    const auto result = runSweep(plan, o);
    QVERIFY(result.cancelled);
    QVERIFY(result.rows.empty());
}

void TestSweep::presets()
{
    const SweepSpec memory = memorySweepPreset();
    QCOMPARE(memory.axes.size(), std::size_t(1));
    QCOMPARE(memory.axes[0].path, std::string("function.memory_mb"));
    QCOMPARE(memory.axes[0].values.size(), std::size_t(13));
    QCOMPARE(memory.axes[0].values[5], ScalarValue{1769.0});

    const Scenario base = noisyScenario();   // 5/s × 63 ms: about 0.3 environments busy
    for (const SweepSpec &spec : {idleTimeoutSweepPreset(), provisionedConcurrencySweepPreset(base),
                                  *requestRateSweepPreset(base)})
        QVERIFY(planSweep(base, spec).problems.empty());
    const SweepSpec pc = provisionedConcurrencySweepPreset(base);
    QCOMPARE(pc.axes[0].values.front(), ScalarValue{0.0});
    QVERIFY(pc.axes[0].values.size() >= 4);

    Scenario busy = base;
    busy.workload.ratePerS = 1000;   // ~63 busy: up to about twice that
    const auto busyValues = provisionedConcurrencySweepPreset(busy).axes[0].values;
    QCOMPARE(busyValues.back(), ScalarValue{200.0});
    busy.platform.concurrencyLimit = 50;
    QCOMPARE(provisionedConcurrencySweepPreset(busy).axes[0].values.back(), ScalarValue{50.0});

    const auto rate = requestRateSweepPreset(base);
    QCOMPARE(rate->axes[0].path, std::string("workload.rate_per_s"));
    QCOMPARE(rate->axes[0].values.front(), ScalarValue{0.5});
    QCOMPARE(rate->axes[0].values.back(), ScalarValue{50.0});
    Scenario traced = base;
    traced.workload.pattern = WorkloadPattern::Trace;
    QVERIFY(!requestRateSweepPreset(traced));
    QCOMPARE(requestRateSweepPreset(defaultScenario())->axes[0].path, std::string("workload.base_rate_per_s"));
}

void TestSweep::idleGbSecondsComeFromTheSummary()
{
    // Sparse poisson arrivals: environments sit frozen between requests, longer the longer the
    // idle timeout keeps them.
    Scenario base = noisyScenario();
    base.workload.ratePerS = 1.0 / 600;   // a request every ten minutes on average
    base.durationS = 6 * 3600;
    const SweepPlan plan = planSweep(base, {{axis("platform.idle_timeout_s", {30, 300, 1800})}, 1});
    QVERIFY(plan.problems.empty());
    const auto rows = runSweep(plan).rows;
    QCOMPARE(rows.size(), std::size_t(3));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // The same figure summary.json carries as gb_seconds.idle, for the same scenario and seed.
        Simulator sim(plan.jobs[i].scenario);
        sim.run();
        const double idle = sim.summary().gbSeconds.idle;
        QVERIFY(idle > 0);
        QCOMPARE(rows[i].mean[SweepMetric::IdleGbS], idle);
    }
    QVERIFY(rows[0].mean[SweepMetric::IdleGbS] < rows[1].mean[SweepMetric::IdleGbS]);
    QVERIFY(rows[1].mean[SweepMetric::IdleGbS] < rows[2].mean[SweepMetric::IdleGbS]);
    // Fewer cold starts is what the frozen GB-s buy.
    QVERIFY(rows[2].mean[SweepMetric::ColdStartRatio] < rows[0].mean[SweepMetric::ColdStartRatio]);
    // Its column follows the contract's: the last one of sweep.csv.
    const auto lines = csvLines(sweepCsv(plan, rows));
    QVERIFY(lines[0].ends_with(",environments_mean,idle_gb_s"));
}

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
