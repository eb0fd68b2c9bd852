// SPDX-License-Identifier: GPL-3.0-or-later
// Results of whole runs that can be computed by hand or by queueing theory.
#include "coretesting.h"
#include "durationmodel.h"

#include <QtTest>

#include <map>
#include <set>

using namespace lle;
using namespace lle::testing;

class TestSimulator : public QObject {
    Q_OBJECT

private slots:
    void constantStreamHasOneColdStart_data();
    void constantStreamHasOneColdStart();
    void sparseStreamIsAllCold();
    void poissonColdFractionFollowsExp_data();
    void poissonColdFractionFollowsExp();
    void provisionedAboveLoadNeverColdStarts();
    void snapStartColdLatencyIsRestorePlusHandler_data();
    void snapStartColdLatencyIsRestorePlusHandler();
    void concurrencyLimitThrottlesLikeErlangB();
    void scaleRateBoundsEnvironmentCreation();
    void memoryModelSetsHandlerDuration_data();
    void memoryModelSetsHandlerDuration();
    void cpuBoundCostIsFlatBelowOneVcpu();
    void setupInInitOrInHandler_data();
    void setupInInitOrInHandler();
    void shutdownTimeFollowsExtensions_data();
    void shutdownTimeFollowsExtensions();
    void maxLifetimeRecyclesEnvironments();
    void memoryChangeRetiresOldEnvironments();
    void handlerChangeAppliesFromTheNextRequest();
    void workloadChangeGoesOnFromTheArrivalStream();
    void provisionedChangeAddsEnvironmentsInBackground();
    void functionTimeoutCutsAndBills();
    void overlongInitIsRetriedInTheInvocation();
    void keepWarmPingsAreCountedApart();
    void metricsAddUpToTheSummary();
    void phaseCountsFollowTheClock();
    void routingPoliciesChooseDifferently();
    void newestRoutingTakesTheNewestFrozen_data();
    void newestRoutingTakesTheNewestFrozen();
};

void TestSimulator::constantStreamHasOneColdStart_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("idleS");
    QTest::newRow("1/s, idle 10 min") << 1.0 << 600.0;
    QTest::newRow("2/s, idle 1 s") << 2.0 << 1.0;
    QTest::newRow("0.5/s, idle 2.1 s") << 0.5 << 2.1;
}

void TestSimulator::constantStreamHasOneColdStart()
{
    QFETCH(double, rate);
    QFETCH(double, idleS);
    Scenario s = handScenario();
    s.durationS = 200;
    s.workload.ratePerS = rate;
    s.platform.idleTimeout = {false, idleS, idleS};
    Run r(s);
    const auto expected = static_cast<std::uint64_t>(std::ceil(200 * rate));
    QCOMPARE(r.summary.requests.total, expected);
    QCOMPARE(r.summary.requests.cold, std::uint64_t(1));
    QCOMPARE(r.summary.requests.warm, expected - 1);
    QCOMPARE(r.summary.environments.created, std::uint64_t(1));
    QCOMPARE(r.rec.completed.size(), std::size_t(expected));
    // env_setup + runtime + function init + handler, all fixed.
    QCOMPARE(r.rec.completed.front().latencyMs, 60.0 + 88.0 + 150.0 + 100.0);
    QCOMPARE(r.rec.completed.front().coldReason, ColdReason::First);
    QCOMPARE(r.rec.completed.back().latencyMs, 100.0);
}

void TestSimulator::sparseStreamIsAllCold()
{
    Scenario s = handScenario();
    s.durationS = 1000;
    s.workload.ratePerS = 0.01;   // one request every 100 s
    s.platform.idleTimeout = {false, 30, 30};
    Run r(s);
    QCOMPARE(r.summary.requests.total, std::uint64_t(10));
    QCOMPARE(r.summary.requests.cold, std::uint64_t(10));
    QCOMPARE(r.summary.coldStartRatio, 1.0);
    QCOMPARE(r.rec.completed[0].coldReason, ColdReason::First);
    for (std::size_t i = 1; i < r.rec.completed.size(); ++i)
        QCOMPARE(r.rec.completed[i].coldReason, ColdReason::Expired);
    QCOMPARE(r.summary.environments.shutdowns, std::uint64_t(10));
    for (const auto &e : r.rec.ended) {
        QCOMPARE(e.endReason, EndReason::IdleTimeout);
        QCOMPARE(e.endMs - e.createdMs, 398.0 + 30'000.0);
    }
}

void TestSimulator::poissonColdFractionFollowsExp_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("idleMinS");
    QTest::addColumn<double>("idleMaxS");
    QTest::addColumn<double>("expected");
    // A request is cold when the gap since the previous completion exceeds the idle timeout T:
    // P = exp(-λ T) for a fixed T, E[exp(-λ U)] for U uniform in [a, b].
    QTest::newRow("λ=0.01, T=60 s") << 0.01 << 60.0 << 60.0 << std::exp(-0.01 * 60.1);
    QTest::newRow("λ=0.002, T=600 s") << 0.002 << 600.0 << 600.0 << std::exp(-0.002 * 600.1);
    QTest::newRow("λ=0.05, T=10 s") << 0.05 << 10.0 << 10.0 << std::exp(-0.05 * 10.1);
    QTest::newRow("λ=0.002, T~U[300,900]") << 0.002 << 300.0 << 900.0
                                           << (std::exp(-0.6) - std::exp(-1.8)) / (0.002 * 600);
}

void TestSimulator::poissonColdFractionFollowsExp()
{
    QFETCH(double, rate);
    QFETCH(double, idleMinS);
    QFETCH(double, idleMaxS);
    QFETCH(double, expected);
    Scenario s = handScenario();
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = rate;
    s.durationS = 40'000 / rate;   // about 40,000 requests
    s.platform.idleTimeout = {idleMinS != idleMaxS, idleMinS, idleMaxS};
    s.seed = 7;
    Simulator sim(s);
    sim.run();
    const Summary sum = sim.summary();
    const double n = static_cast<double>(sum.requests.completed);
    const double sigma = std::sqrt(expected * (1 - expected) / n);
    QVERIFY2(std::abs(sum.coldStartRatio - expected) < 4 * sigma,
             qPrintable(QString("cold ratio %1, expected %2 ± %3").arg(sum.coldStartRatio).arg(expected).arg(4 * sigma)));
}

void TestSimulator::provisionedAboveLoadNeverColdStarts()
{
    Scenario s = handScenario();
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 5;   // 0.5 busy on average; 8 at once is practically impossible
    s.durationS = 600;
    s.function.provisionedConcurrency = 8;
    Run r(s);
    QVERIFY(r.summary.requests.total > 2500);
    QCOMPARE(r.summary.requests.cold, std::uint64_t(0));
    QCOMPARE(r.summary.requests.provisioned, r.summary.requests.completed);
    QCOMPARE(r.summary.environments.created, std::uint64_t(8));
    // Ready before the first request: created before 0, ready at 0.
    for (const auto &e : r.rec.created) {
        QCOMPARE(e.kind, EnvKind::Provisioned);
        QVERIFY(e.createdMs < 0);
    }
    QCOMPARE(r.summary.latency.max, 100.0);
}

void TestSimulator::snapStartColdLatencyIsRestorePlusHandler_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<double>("envSetup");
    QTest::addColumn<double>("billed");
    // Python pays the billed part of the restore (130 ms); Java does not (reference §7).
    QTest::newRow("python, no env setup") << "python3.12" << 0.0 << 230.0;
    QTest::newRow("python, 60 ms env setup") << "python3.12" << 60.0 << 230.0;
    QTest::newRow("java") << "java21" << 0.0 << 100.0;
}

void TestSimulator::snapStartColdLatencyIsRestorePlusHandler()
{
    QFETCH(QString, runtime);
    QFETCH(double, envSetup);
    QFETCH(double, billed);
    Scenario s = handScenario();
    s.function.runtime = runtime.toStdString();
    s.function.snapstart = {true, 300, 130};
    s.function.initMs.envSetup = envSetup;
    Run r(s);
    const auto &first = r.rec.completed.front();
    QCOMPARE(first.startType, StartType::SnapStart);
    QCOMPARE(first.latencyMs, envSetup + 300.0 + 100.0);
    QCOMPARE(first.restoreMs, 300.0);
    QCOMPARE(first.initMs, 0.0);
    QCOMPARE(first.billedMs, billed);
    QCOMPARE(r.summary.requests.snapstart, std::uint64_t(1));
    QCOMPARE(r.rec.created.front().kind, EnvKind::SnapStart);
    const auto phases = r.rec.phasesOf(first.envId);
    QVERIFY(std::find(phases.begin(), phases.end(), Phase::Restore) != phases.end());
    QVERIFY(std::find(phases.begin(), phases.end(), Phase::RuntimeInit) == phases.end());
}

void TestSimulator::concurrencyLimitThrottlesLikeErlangB()
{
    // Two servers, offered load A = λ · mean holding time = 2 erlangs, nothing queues:
    // Erlang B(2, 2) = (A²/2) / (1 + A + A²/2) = 0.4, whatever the holding time distribution.
    Scenario s = handScenario();
    s.function.initMs = {0, 0, 0, 0};
    s.function.handler.ioMs = 1000;
    s.function.handler.distribution = Distribution::Exponential;
    s.function.timeoutS = 900;
    s.platform.concurrencyLimit = 2;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 2;
    s.durationS = 100'000;
    s.seed = 3;
    Simulator sim(s);
    sim.run();
    const Summary sum = sim.summary();
    const double blocked = static_cast<double>(sum.requests.throttled) / sum.requests.total;
    QVERIFY2(std::abs(blocked - 0.4) < 0.01, qPrintable(QString::number(blocked)));
    QCOMPARE(sum.environments.created, std::uint64_t(2));
}

void TestSimulator::scaleRateBoundsEnvironmentCreation()
{
    Scenario s = handScenario();
    s.function.initMs = {0, 0, 0, 0};
    s.function.handler.ioMs = 100'000;
    s.function.timeoutS = 900;
    s.platform.scaleRate = {10, 1};
    s.workload.ratePerS = 1000;
    s.durationS = 5;
    Run r(s);
    // 10 tokens at once, then one a second: at t = 1.009, 2.009, 3.009 and 4.009 s.
    QCOMPARE(r.summary.environments.created, std::uint64_t(14));
    QCOMPARE(r.summary.requests.throttled, r.summary.requests.total - 14);
    for (const auto &t : r.rec.throttled)
        QCOMPARE(t.throttleCause, ThrottleCause::ScaleRate);
    QCOMPARE(r.rec.throttled.front().startType, StartType::Throttled);
}

void TestSimulator::memoryModelSetsHandlerDuration_data()
{
    QTest::addColumn<int>("memory");
    QTest::addColumn<double>("cpu");
    QTest::addColumn<double>("io");
    QTest::addColumn<double>("parallel");
    QTest::addColumn<double>("expected");
    QTest::newRow("128 MB: 0.072 vCPU") << 128 << 1000.0 << 0.0 << 0.0 << 1000.0 * 1769 / 128;
    QTest::newRow("1769 MB: 1 vCPU") << 1769 << 1000.0 << 0.0 << 0.0 << 1000.0;
    QTest::newRow("3538 MB, single thread") << 3538 << 1000.0 << 0.0 << 0.0 << 1000.0;
    QTest::newRow("3538 MB, fully parallel") << 3538 << 1000.0 << 0.0 << 1.0 << 500.0;
    QTest::newRow("3538 MB, half parallel") << 3538 << 1000.0 << 0.0 << 0.5 << 750.0;
    QTest::newRow("10240 MB, fully parallel") << 10240 << 1000.0 << 0.0 << 1.0 << 1000.0 * 1769 / 10240;
    QTest::newRow("512 MB, io does not scale") << 512 << 100.0 << 50.0 << 0.0 << 100.0 * 1769 / 512 + 50;
}

void TestSimulator::memoryModelSetsHandlerDuration()
{
    QFETCH(int, memory);
    QFETCH(double, cpu);
    QFETCH(double, io);
    QFETCH(double, parallel);
    QFETCH(double, expected);
    Scenario s = handScenario();
    s.function.memoryMb = memory;
    s.function.handler.cpuMs = cpu;
    s.function.handler.ioMs = io;
    s.function.handler.parallelFraction = parallel;
    s.workload.ratePerS = 0.05;   // a request every 20 s: longer than any handler here
    s.durationS = 60;
    QVERIFY(std::abs(meanHandlerMs(s.function) - expected) < 1e-9);
    Run r(s);
    QCOMPARE(r.rec.completed.size(), std::size_t(3));
    QVERIFY(std::abs(r.rec.completed[1].durationMs - expected) < 1e-9);
    QCOMPARE(r.rec.completed[1].billedMs, std::ceil(expected - 1e-7));
}

void TestSimulator::cpuBoundCostIsFlatBelowOneVcpu()
{
    // Twice the memory, half the time: the same GB-s below 1,769 MB; above it, a single thread
    // gets no faster and the cost grows with memory.
    auto durationCost = [](int memory) {
        Scenario s = handScenario();
        s.function.memoryMb = memory;
        s.function.handler.cpuMs = 2000;
        s.function.handler.ioMs = 0;
        s.function.initMs = {0, 0, 0, 0};
        s.workload.ratePerS = 0.01;
        s.durationS = 10'000;
        s.platform.idleTimeout = {false, 900, 900};
        Simulator sim(s);
        sim.run();
        return sim.summary().cost.duration;
    };
    const double c512 = durationCost(512), c1024 = durationCost(1024), c1769 = durationCost(1769);
    QVERIFY2(std::abs(c512 / c1024 - 1) < 1e-3, qPrintable(QString("%1 vs %2").arg(c512).arg(c1024)));
    QVERIFY(std::abs(c1024 / c1769 - 1) < 1e-3);
    QVERIFY(durationCost(3538) > 1.99 * c1769);
}

void TestSimulator::setupInInitOrInHandler_data()
{
    QTest::addColumn<bool>("inInit");
    QTest::addColumn<double>("coldLatency");
    QTest::addColumn<double>("warmLatency");
    QTest::addColumn<double>("initMs");
    QTest::newRow("global scope") << true << 398.0 + 200 << 100.0 << 88.0 + 150 + 200;
    QTest::newRow("inside the handler") << false << 398.0 + 200 << 300.0 << 88.0 + 150;
}

void TestSimulator::setupInInitOrInHandler()
{
    QFETCH(bool, inInit);
    QFETCH(double, coldLatency);
    QFETCH(double, warmLatency);
    QFETCH(double, initMs);
    Scenario s = handScenario();
    s.function.handler.setupMs = 200;
    s.function.handler.setupInInit = inInit;
    s.function.memoryMb = 128;   // waiting is not sped up or slowed down by memory
    Run r(s);
    QCOMPARE(r.rec.completed[0].latencyMs, coldLatency);
    QCOMPARE(r.rec.completed[0].initMs, initMs);
    QCOMPARE(r.rec.completed[1].latencyMs, warmLatency);
}

void TestSimulator::shutdownTimeFollowsExtensions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("shutdownMs");
    QTest::newRow("none") << int(ExtensionKind::None) << 0.0;
    QTest::newRow("internal") << int(ExtensionKind::Internal) << 500.0;
    QTest::newRow("external") << int(ExtensionKind::External) << 2000.0;
}

void TestSimulator::shutdownTimeFollowsExtensions()
{
    QFETCH(int, kind);
    QFETCH(double, shutdownMs);
    Scenario s = handScenario();
    s.function.extensions = static_cast<ExtensionKind>(kind);
    s.platform.idleTimeout = {false, 10, 10};
    Run r(s, arrivalsAt({0}));
    QCOMPARE(r.rec.ended.size(), std::size_t(1));
    QCOMPARE(r.rec.ended[0].endMs, 398.0 + 10'000 + shutdownMs);
    const auto phases = r.rec.phasesOf(r.rec.ended[0].id);
    const bool hasShutdown = std::find(phases.begin(), phases.end(), Phase::Shutdown) != phases.end();
    QCOMPARE(hasShutdown, shutdownMs > 0);
}

void TestSimulator::maxLifetimeRecyclesEnvironments()
{
    Scenario s = handScenario();
    s.platform.maxLifetimeS = 30;
    Run r(s);
    // Recycled at 30, 60 and 90 s: the arrival at the same instant comes after the recycling.
    QCOMPARE(r.summary.requests.cold, std::uint64_t(4));
    std::vector<ColdReason> reasons;
    for (const auto &i : r.rec.completed)
        if (i.isCold())
            reasons.push_back(i.coldReason);
    QCOMPARE(reasons, (std::vector<ColdReason>{ColdReason::First, ColdReason::Recycled,
                                               ColdReason::Recycled, ColdReason::Recycled}));
    int recycled = 0;
    for (const auto &e : r.rec.ended)
        recycled += e.endReason == EndReason::MaxLifetime;
    QCOMPARE(recycled, 3);
}

void TestSimulator::memoryChangeRetiresOldEnvironments()
{
    Scenario s = handScenario();
    s.function.handler.cpuMs = 100;
    s.function.handler.ioMs = 0;
    s.changes.push_back({50.5, {{"function.memory_mb", 2048.0}}});
    Run r(s);
    QCOMPARE(r.rec.changes, (std::vector<int>{0}));
    QCOMPARE(r.summary.requests.cold, std::uint64_t(2));
    const auto &before = r.rec.completed[10];
    const auto &after = r.rec.completed[60];
    QCOMPARE(before.durationMs, 100.0 * 1769 / 1024);
    QCOMPARE(after.durationMs, 100.0);
    QCOMPARE(r.rec.completed[51].coldReason, ColdReason::Changed);
    QCOMPARE(r.rec.ended.front().endReason, EndReason::Changed);
    QCOMPARE(r.rec.created[1].memoryMb, 2048);
}

void TestSimulator::handlerChangeAppliesFromTheNextRequest()
{
    // Handler factors are drawn a batch ahead of the requests. A change of the distribution must
    // still apply from the first request after it, and leave the stream where drawing one factor
    // per request would have: a change that does not touch an exponential's draws (its cv) gives
    // every request the handler time of a run without it.
    Scenario s = handScenario();
    s.workload.ratePerS = 7;
    s.function.handler.distribution = Distribution::Exponential;
    Scenario toFixed = s;
    toFixed.changes.push_back({30.05, {{"function.handler.distribution", std::string("fixed")}}});
    Scenario cvOnly = s;
    cvOnly.changes.push_back({30.05, {{"function.handler.cv", 0.7}}});
    const Run plain(s), fixed(toFixed), cv(cvOnly);

    int before = 0, after = 0, varied = 0;
    for (const auto &inv : fixed.rec.completed) {
        if (inv.arrivalMs < 30'050) {
            ++before;
            varied += inv.durationMs != 100.0;
        } else {
            ++after;
            QCOMPARE(inv.durationMs, 100.0);
        }
    }
    QVERIFY(before > 150);
    QVERIFY(varied > before / 2);
    QVERIFY(after > 400);   // many batches after the change

    std::map<std::uint64_t, double> plainMs;
    for (const auto &inv : plain.rec.completed)
        plainMs[inv.id] = inv.durationMs;
    int compared = 0;
    for (const auto &inv : cv.rec.completed) {
        const auto it = plainMs.find(inv.id);
        QVERIFY(it != plainMs.end());
        QCOMPARE(inv.durationMs, it->second);
        compared += inv.arrivalMs >= 30'050;
    }
    QVERIFY(compared > 400);
}

void TestSimulator::workloadChangeGoesOnFromTheArrivalStream()
{
    // Poisson gaps are drawn a batch ahead. When a change replaces the arrival process, the new
    // one must go on from where one draw per arrival leaves the stream: the draw after the
    // pending arrival that the change discards. A gap is −mean·ln u, so at twice the rate each
    // later gap is exactly half the gap the same draw gives in a run without the change.
    Scenario s = handScenario();
    s.durationS = 20;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 20;
    Scenario doubled = s;
    doubled.changes.push_back({10, {{"workload.rate_per_s", 40.0}}});
    auto arrivalTimes = [](const Run &r) {
        std::map<std::uint64_t, double> byId;
        for (const auto &inv : r.rec.completed)
            byId[inv.id] = inv.arrivalMs;
        for (const auto &inv : r.rec.throttled)
            byId[inv.id] = inv.arrivalMs;
        std::vector<double> t;
        for (const auto &[id, ms] : byId)
            t.push_back(ms);
        return t;
    };
    const std::vector<double> plain = arrivalTimes(Run(s));
    const std::vector<double> changed = arrivalTimes(Run(doubled));
    const auto k = static_cast<std::size_t>(
        std::lower_bound(plain.begin(), plain.end(), 10'000.0) - plain.begin());   // arrivals before the change
    QVERIFY(k > 150);
    QVERIFY(changed.size() > k + 300);
    for (std::size_t i = 0; i < k; ++i)
        QCOMPARE(changed[i], plain[i]);
    // plain[k] came from the draw the change discards; the changed run's first gap from 10 s is
    // half of the plain run's gap from plain[k] to plain[k + 1], and so on.
    double expected = 10'000.0;
    for (std::size_t i = k; i < changed.size() && i + 1 < plain.size(); ++i) {
        expected += (plain[i + 1] - plain[i]) / 2;
        QVERIFY2(std::abs(changed[i] - expected) < 1e-6,
                 qPrintable(QStringLiteral("arrival %1: %2 ms, expected %3 ms").arg(i).arg(changed[i]).arg(expected)));
    }
}

void TestSimulator::provisionedChangeAddsEnvironmentsInBackground()
{
    Scenario s = handScenario();
    s.changes.push_back({20, {{"function.provisioned_concurrency", 2.0}}});
    s.changes.push_back({60, {{"function.provisioned_concurrency", 0.0}}});
    Run r(s);
    int pc = 0;
    for (const auto &e : r.rec.created)
        pc += e.kind == EnvKind::Provisioned;
    QCOMPARE(pc, 2);
    // The on-demand environment keeps serving while the PC ones initialise, then PC takes over.
    QCOMPARE(r.summary.requests.cold, std::uint64_t(1));
    QVERIFY(r.summary.requests.provisioned >= 38);
    QVERIFY(r.summary.cost.provisionedCapacity > 0);
    // 2 × 1 GB for 40 s, rounded up to 5 minutes.
    QVERIFY(std::abs(r.summary.gbSeconds.provisionedCapacity - 2 * 300.0) < 1e-9);
}

void TestSimulator::functionTimeoutCutsAndBills()
{
    Scenario s = handScenario();
    s.function.handler.ioMs = 5000;
    s.function.timeoutS = 1;
    s.workload.ratePerS = 0.1;
    Run r(s);
    QCOMPARE(r.summary.requests.timedOut, r.summary.requests.completed);
    const auto &cold = r.rec.completed[0];
    QCOMPARE(cold.startType, StartType::TimedOut);
    QCOMPARE(cold.startedAs, StartType::Cold);
    QCOMPARE(cold.durationMs, 1000.0);
    QCOMPARE(cold.billedMs, 88.0 + 150 + 1000);
    QCOMPARE(r.rec.completed[1].billedMs, 1000.0);
}

void TestSimulator::overlongInitIsRetriedInTheInvocation()
{
    Scenario s = handScenario();
    s.function.initMs.function = 12'000;   // over the 10 s on-demand init limit
    s.function.timeoutS = 60;
    Run r(s, arrivalsAt({0}));
    const auto &inv = r.rec.completed[0];
    QCOMPARE(inv.initMs, 10'000.0);
    QCOMPARE(inv.durationMs, 88.0 + 12'000 + 100);
    QCOMPARE(inv.latencyMs, 60.0 + 10'000 + 88 + 12'000 + 100);
}

void TestSimulator::keepWarmPingsAreCountedApart()
{
    Scenario s = handScenario();
    s.durationS = 600;
    s.workload.keepWarm = {60, 2, 1};
    Run r(s, arrivalsAt({30'000, 130'000, 430'000}));
    QCOMPARE(r.summary.requests.keepWarmPings, std::uint64_t(20));
    QCOMPARE(r.summary.requests.total, std::uint64_t(3));
    QCOMPARE(r.summary.requests.cold, std::uint64_t(0));
    QCOMPARE(r.summary.environments.created, std::uint64_t(2));
    // Pings are billed: 23 requests at $0.20 per million.
    QVERIFY(std::abs(r.summary.cost.requests - 23 * 0.2e-6) < 1e-15);
}

void TestSimulator::metricsAddUpToTheSummary()
{
    Scenario s = handScenario();
    s.workload.pattern = WorkloadPattern::Burst;
    s.workload.baseRatePerS = 2;
    s.workload.burstRatePerS = 40;
    s.workload.everyS = 30;
    s.workload.lengthS = 5;
    s.platform.idleTimeout = {false, 10, 10};
    s.function.handler.distribution = Distribution::Lognormal;
    s.durationS = 300;
    Run r(s);
    QCOMPARE(r.metrics.size(), std::size_t(300));
    std::uint64_t arrivals = 0, completed = 0, cold = 0;
    double envSeconds = 0;
    for (const auto &m : r.metrics) {
        arrivals += m.arrivals;
        completed += m.completed;
        cold += m.cold;
        envSeconds += m.environments;
    }
    QCOMPARE(arrivals, r.summary.requests.total);
    QCOMPARE(completed, r.summary.requests.completed);
    QCOMPARE(cold, r.summary.requests.cold + r.summary.requests.snapstart);
    QVERIFY(std::abs(envSeconds / 300 - r.summary.environments.mean) < 1e-9);
    QVERIFY(std::abs(r.metrics.back().costUsdCum - r.summary.cost.total()) < 1e-12);
    QVERIFY(r.summary.requests.cold > 5);   // every burst scales out
}

void TestSimulator::phaseCountsFollowTheClock()
{
    Scenario s = handScenario();
    s.platform.idleTimeout = {false, 2, 2};
    s.function.extensions = ExtensionKind::External;
    s.function.initMs.extension = 40;
    Simulator sim(s, arrivalsAt({0, 10, 5000}));
    auto at = [&](double t) {
        sim.runUntil(t);
        return sim.phaseCounts();
    };
    auto n = [](const std::array<int, kPhaseCount> &c, Phase p) { return c[static_cast<int>(p)]; };
    QCOMPARE(n(at(30), Phase::EnvSetup), 2);
    QCOMPARE(n(at(70), Phase::ExtensionInit), 2);
    QCOMPARE(n(at(105), Phase::RuntimeInit), 1);
    QCOMPARE(n(at(200), Phase::FunctionInit), 2);
    QCOMPARE(n(at(400), Phase::Invoke), 2);
    QCOMPARE(n(at(1000), Phase::Frozen), 2);
    QCOMPARE(n(at(3500), Phase::Shutdown), 2);
    QCOMPARE(n(at(4600), Phase::Shutdown), 0);
}

void TestSimulator::routingPoliciesChooseDifferently()
{
    // Two environments freeze; the next request goes to the newest one or to the one used last.
    auto envOfThirdWarm = [](Routing routing) {
        Scenario s = handScenario();
        s.platform.routing = routing;
        // 0 and 100 ms start environments 1 and 2; 1,000 ms reuses 2 (newest and last used),
        // 1,050 ms reuses 1, which then freezes last: at 5 s `newest` picks 2, `mru` picks 1.
        Run r(s, arrivalsAt({0, 100, 1000, 1050, 5000}));
        return r.rec.completed.back().envId;
    };
    QCOMPARE(envOfThirdWarm(Routing::Newest), std::uint32_t(2));
    QCOMPARE(envOfThirdWarm(Routing::Mru), std::uint32_t(1));
}

void TestSimulator::newestRoutingTakesTheNewestFrozen_data()
{
    // The pool keeps the newest ids as bits and older ones in a heap: a steady stream stays in
    // the bits; bursts leave thousands of environments that freeze in any order and idle out at
    // random times, across the bits' window and into the heap.
    QTest::addColumn<double>("burstRatePerS");
    QTest::addColumn<double>("handlerCv");
    QTest::newRow("steady stream") << 0.0 << 0.3;
    QTest::newRow("bursts, any order") << 3000.0 << 3.0;
}

void TestSimulator::newestRoutingTakesTheNewestFrozen()
{
    QFETCH(double, burstRatePerS);
    QFETCH(double, handlerCv);
    // Follows the frozen environments through the observer: every one that is thawed must be the
    // one with the highest id among those frozen at that moment.
    struct Follower final : SimulationObserver {
        std::set<std::uint32_t> frozen;
        int thawed = 0, notNewest = 0;
        void phaseChanged(std::uint32_t env, Phase p, SimTime) override
        {
            if (p == Phase::Frozen) {
                frozen.insert(env);
                return;
            }
            const auto it = frozen.find(env);
            if (it == frozen.end())
                return;
            if (p == Phase::Invoke) {
                ++thawed;
                notNewest += env != *frozen.rbegin();
            }
            frozen.erase(it);
        }
    } follower;
    Scenario s;
    s.durationS = 60;
    s.platform.routing = Routing::Newest;
    s.platform.idleTimeout = {true, 5, 20};
    s.platform.concurrencyLimit = 100'000;
    s.platform.scaleRate = {100'000, 100'000};
    s.function.handler.ioMs = 500;
    s.function.handler.cv = handlerCv;
    if (burstRatePerS > 0) {
        s.workload.pattern = WorkloadPattern::Burst;
        s.workload.baseRatePerS = 20;
        s.workload.burstRatePerS = burstRatePerS;
        s.workload.everyS = 15;
        s.workload.lengthS = 1;
    } else {
        s.workload.ratePerS = 200;
    }
    Simulator sim(s);
    sim.setObserver(&follower);
    sim.run();
    QCOMPARE(follower.notNewest, 0);
    QVERIFY(follower.thawed > 5000);
    if (burstRatePerS > 0)
        QVERIFY(sim.summary().environments.created > 3000);   // beyond the bits' window of 1,024 ids
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
