// SPDX-License-Identifier: GPL-3.0-or-later
// Lambda Managed Instances (compute options reference §1): processor sharing, the capacity of a
// fleet (Erlang-B), the bill of idle instances, scaling on CPU utilisation.
#include "coretesting.h"
#include "managedinstances.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace lle;
using namespace lle::testing;

namespace {

/// A fleet of exactly `instances` instances (no scaling) with fixed, hand-computable handlers.
Scenario fleet(const char *type, int memoryMb, int ratio, int concurrency, int instances)
{
    Scenario s = handScenario();
    s.function.compute = ComputeKind::ManagedInstances;
    s.function.memoryMb = memoryMb;
    auto &mi = s.function.managedInstances;
    mi.instanceType = type;
    mi.memoryGibPerVcpu = ratio;
    mi.maxConcurrency = concurrency;
    mi.minInstances = mi.maxInstances = instances;
    return s;
}

/// Erlang's loss formula by its recursion: B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
double erlangB(int servers, double erlangs)
{
    double b = 1;
    for (int n = 1; n <= servers; ++n)
        b = erlangs * b / (n + erlangs * b);
    return b;
}

}  // namespace

class TestManagedInstances : public QObject {
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void processorSharing_data();
    void processorSharing();
    void cpuBoundSlowsWithConcurrency_data();
    void cpuBoundSlowsWithConcurrency();
    void capacityIsConcurrencyTimesEnvironments();
    void throttlingIsErlangB_data();
    void throttlingIsErlangB();
    void idleFleetCost_data();
    void idleFleetCost();
    void neverFreezesNoColdStarts();
    void scalesOutOnCpuAndNotBelowMinimum();
    void deterministic();
    void timeoutEndsTheRequest_data();
    void timeoutEndsTheRequest();
};

void TestManagedInstances::layout_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("memoryMb");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<double>("envVcpus");
    QTest::addColumn<int>("envsPerInstance");
    QTest::addColumn<int>("concurrency");
    // An environment has at least one vCPU; its memory is vCPUs × ratio.
    QTest::newRow("1 GB python on m7g.large") << "m7g.large" << 1024 << 2 << "python3.12" << 1.0 << 2 << 16;
    QTest::newRow("4 GB node on m7g.large") << "m7g.large" << 4096 << 2 << "nodejs22.x" << 2.0 << 1 << 128;
    QTest::newRow("memory-bound on c7g.large") << "c7g.large" << 1024 << 4 << "java21" << 1.0 << 1 << 32;
    QTest::newRow("does not fit") << "c7g.large" << 8192 << 2 << "python3.12" << 4.0 << 0 << 64;
    QTest::newRow("2xlarge") << "m7i.2xlarge" << 2048 << 2 << "dotnet8" << 1.0 << 8 << 32;
}

void TestManagedInstances::layout()
{
    QFETCH(QString, type);
    QFETCH(int, memoryMb);
    QFETCH(int, ratio);
    QFETCH(QString, runtime);
    FunctionSpec f;
    f.runtime = runtime.toStdString();
    f.memoryMb = memoryMb;
    f.managedInstances.instanceType = type.toStdString();
    f.managedInstances.memoryGibPerVcpu = ratio;
    const ManagedLayout l = managedLayout(f);
    QTEST(l.envVcpus, "envVcpus");
    QTEST(l.envsPerInstance, "envsPerInstance");
    QTEST(l.maxConcurrency, "concurrency");
}

void TestManagedInstances::processorSharing_data()
{
    QTest::addColumn<double>("vcpus");
    QTest::addColumn<double>("secondStartsAt");
    QTest::addColumn<double>("firstEnds");
    QTest::addColumn<double>("secondEnds");
    // 100 ms each at one vCPU. On one vCPU: alone until 50 (50 done), shared at ½ until the first
    // has its other 50: 150; the second then has 50 done and runs alone: 200.
    QTest::newRow("one vCPU") << 1.0 << 50.0 << 150.0 << 200.0;
    // On two vCPUs nobody waits.
    QTest::newRow("two vCPUs") << 2.0 << 50.0 << 100.0 << 150.0;
    // 1.5 vCPUs for two: ¾ each from 50; the first needs 50 more: 50 / ¾ = 66.67.
    // 1.5 vCPUs for two: ¾ each from 50; the first needs 50 more: 50 / ¾; the second then has 50
    // done and its other 50 alone.
    QTest::newRow("one and a half") << 1.5 << 50.0 << 50 + 50 / 0.75 << 50 + 50 / 0.75 + 50;
}

void TestManagedInstances::processorSharing()
{
    QFETCH(double, vcpus);
    QFETCH(double, secondStartsAt);
    QFETCH(double, firstEnds);
    QFETCH(double, secondEnds);
    ProcessorSharing ps(vcpus);
    ps.add(0, 100, 1);
    ps.add(secondStartsAt, 100, 2);
    std::vector<std::uint32_t> done;
    const double t1 = ps.nextEnd();
    QVERIFY(std::fabs(t1 - firstEnds) < 1e-9);
    ps.advance(t1);
    ps.popDone(done);
    QCOMPARE(done, std::vector<std::uint32_t>{1});
    const double t2 = ps.nextEnd();
    QVERIFY(std::fabs(t2 - secondEnds) < 1e-9);
    ps.advance(t2);
    ps.popDone(done);
    QCOMPARE(done, (std::vector<std::uint32_t>{1, 2}));
    QCOMPARE(ps.jobs(), 0);
}

void TestManagedInstances::cpuBoundSlowsWithConcurrency_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("vcpus");
    // One environment of v vCPUs (ratio 2 GiB, so memory 2v GiB) on an instance it fills.
    QTest::newRow("1 on 1") << 1 << 1;
    QTest::newRow("3 on 1") << 3 << 1;
    QTest::newRow("1 on 2") << 1 << 2;
    QTest::newRow("2 on 2") << 2 << 2;
    QTest::newRow("5 on 2") << 5 << 2;
    QTest::newRow("3 on 4") << 3 << 4;
    QTest::newRow("16 on 4") << 16 << 4;
}

void TestManagedInstances::cpuBoundSlowsWithConcurrency()
{
    QFETCH(int, k);
    QFETCH(int, vcpus);
    // 1 vCPU: ratio 8, 8 GiB on m7g.large (8 GiB) leaves room for one. 2 and 4: ratio 2 on
    // m7g.large and m7g.xlarge.
    Scenario s = vcpus == 1 ? fleet("m7g.large", 8192, 8, 64, 1)
                            : fleet(vcpus == 2 ? "m7g.large" : "m7g.xlarge", 2048 * vcpus, 2, 64, 1);
    s.function.handler.cpuMs = 100;
    s.function.handler.ioMs = 0;
    QCOMPARE(managedLayout(s.function).envsPerInstance, 1);
    Run run(s, arrivalsAt(std::vector<double>(static_cast<std::size_t>(k), 1000.0)));
    QCOMPARE(run.rec.completed.size(), static_cast<std::size_t>(k));
    const double expected = 100 * std::max(1.0, static_cast<double>(k) / vcpus);
    for (const auto &inv : run.rec.completed)
        QVERIFY2(std::fabs(inv.latencyMs - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 ms, expected %2").arg(inv.latencyMs).arg(expected)));
}

void TestManagedInstances::capacityIsConcurrencyTimesEnvironments()
{
    // 2 instances × 2 environments × concurrency 3 = 12 at once; 5 more arriving together are throttled.
    Scenario s = fleet("m7g.large", 2048, 2, 3, 2);
    Run run(s, arrivalsAt(std::vector<double>(17, 500.0)));
    QCOMPARE(run.summary.requests.completed, 12u);
    QCOMPARE(run.summary.requests.throttled, 5u);
    // Spread over the four environments, three each.
    std::map<std::uint32_t, int> perEnv;
    for (const auto &inv : run.rec.completed)
        ++perEnv[inv.envId];
    QCOMPARE(perEnv.size(), std::size_t(4));
    for (const auto &[env, n] : perEnv)
        QCOMPARE(n, 3);
}

void TestManagedInstances::throttlingIsErlangB_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("instances");
    QTest::addColumn<double>("ratePerS");
    QTest::addColumn<double>("holdMs");
    // Environments of 1 vCPU, two per m7g.large: servers = concurrency × 2 × instances.
    QTest::newRow("4 servers, 3 erlangs") << 2 << 1 << 3.0 << 1000.0;
    QTest::newRow("8 servers, 6 erlangs") << 2 << 2 << 12.0 << 500.0;
    QTest::newRow("16 servers, 12 erlangs, exponential") << 4 << 2 << 6.0 << 2000.0;
}

void TestManagedInstances::throttlingIsErlangB()
{
    QFETCH(int, concurrency);
    QFETCH(int, instances);
    QFETCH(double, ratePerS);
    QFETCH(double, holdMs);
    Scenario s = fleet("m7g.large", 2048, 2, concurrency, instances);
    s.durationS = 20000;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = ratePerS;
    s.function.handler.cpuMs = 0;
    s.function.handler.ioMs = holdMs;
    if (QByteArray(QTest::currentDataTag()).contains("exponential"))
        s.function.handler.distribution = Distribution::Exponential;   // Erlang-B holds for any holding time
    Simulator sim(s);
    sim.run();
    const Summary sum = sim.summary();
    const int servers = concurrency * 2 * instances;
    const double expected = erlangB(servers, ratePerS * holdMs / 1000.0);
    const double got = static_cast<double>(sum.requests.throttled) / static_cast<double>(sum.requests.total);
    QVERIFY2(std::fabs(got - expected) < 0.01,
             qPrintable(QStringLiteral("throttled %1, Erlang-B %2").arg(got).arg(expected)));
}

void TestManagedInstances::idleFleetCost_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("hourly");
    QTest::addColumn<int>("instances");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("discount");
    QTest::newRow("3 × m7g.large, 1 h") << "m7g.large" << 0.0816 << 3 << 1.0 << 0.0;
    QTest::newRow("5 × c7i.xlarge, 2 h") << "c7i.xlarge" << 0.1785 << 5 << 2.0 << 0.0;
    // The discount applies to the instances, not to the fee (15 % of the on-demand price).
    QTest::newRow("3 × r7g.large, 1 h, 30 % off") << "r7g.large" << 0.1071 << 3 << 1.0 << 0.3;
}

void TestManagedInstances::idleFleetCost()
{
    QFETCH(QString, type);
    QFETCH(double, hourly);
    QFETCH(int, instances);
    QFETCH(double, hours);
    QFETCH(double, discount);
    Scenario s = fleet(type.toLatin1().constData(), 2048, 2, 16, instances);
    s.function.managedInstances.maxInstances = 100;   // free to scale, and an idle fleet stays at its minimum
    s.function.managedInstances.savingsPlanDiscount = discount;
    s.durationS = hours * 3600;
    Run run(s, arrivalsAt({}));
    const CostLines &c = run.summary.cost;
    QCOMPARE(c.duration, 0.0);
    QCOMPARE(c.requests, 0.0);
    QVERIFY(std::fabs(c.instances - instances * hourly * (1 - discount) * hours) < 1e-9);
    QVERIFY(std::fabs(c.managementFee - instances * hourly * 0.15 * hours) < 1e-9);
    if (discount == 0)
        QVERIFY(std::fabs(c.total() - instances * hourly * 1.15 * hours) < 1e-9);
}

void TestManagedInstances::neverFreezesNoColdStarts()
{
    Scenario s = fleet("m7g.large", 2048, 2, 8, 3);
    s.workload.ratePerS = 5;
    s.durationS = 300;
    Simulator sim(s);
    Recorder rec;
    sim.setObserver(&rec);
    while (sim.step())
        QCOMPARE(sim.phaseCounts()[static_cast<int>(Phase::Frozen)], 0);
    const Summary sum = sim.summary();
    QCOMPARE(sum.requests.cold, 0u);
    QCOMPARE(sum.requests.warm, sum.requests.completed);
    QCOMPARE(sum.cost.duration + sum.cost.init, 0.0);
    QCOMPARE(sum.environments.created, 6u);
    QCOMPARE(sum.environments.shutdowns, 0u);
    for (const auto &seg : rec.segments)
        QVERIFY(seg.phase != Phase::Frozen);
    for (const auto &e : rec.ended)
        QCOMPARE(e.kind, EnvKind::ManagedInstance);
    // Every request waited exactly its 100 ms I/O: no CPU, nothing shared.
    QCOMPARE(sum.latency.max, 100.0);
}

void TestManagedInstances::scalesOutOnCpuAndNotBelowMinimum()
{
    // 100 requests/s × 40 ms CPU = 4 vCPUs of work; 3 instances of 2 one-vCPU environments hold 6
    // vCPUs: 67 %, above the 50 % target, so the fleet grows to ceil(3 × 0.67 / 0.5) = 4 or more,
    // then the load stops and it shrinks back to 3, never below.
    Scenario s = fleet("m7g.large", 2048, 2, 16, 3);
    auto &mi = s.function.managedInstances;
    mi.maxInstances = 20;
    mi.launchS = 30;
    s.durationS = 1200;
    s.function.handler.cpuMs = 40;
    s.function.handler.ioMs = 10;
    s.workload.pattern = WorkloadPattern::Burst;
    s.workload.baseRatePerS = 0;
    s.workload.burstRatePerS = 100;
    s.workload.everyS = 1200;
    s.workload.lengthS = 600;
    Run run(s);
    QVERIFY2(run.summary.environments.peak >= 8, qPrintable(QString::number(run.summary.environments.peak)));
    QVERIFY(run.summary.environments.shutdowns > 0);
    const auto live = run.summary.environments.created - run.summary.environments.shutdowns;
    QCOMPARE(live, 6u);   // back at three instances of two environments
    // Three instances for the whole run, more for a while: the bill says more than the minimum.
    QVERIFY(run.summary.cost.instances > 3 * 0.0816 * 1200 / 3600.0 + 1e-6);
}

void TestManagedInstances::deterministic()
{
    Scenario s = fleet("m7g.large", 2048, 2, 4, 1);
    s.function.managedInstances.maxInstances = 10;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 50;
    s.function.handler.distribution = Distribution::Lognormal;
    s.function.handler.cpuMs = 30;
    s.durationS = 600;
    Simulator a(s), b(s);
    a.run();
    b.run();
    QCOMPARE(summaryToJson(a.summary()).dump(), summaryToJson(b.summary()).dump());
    QVERIFY(a.summary().requests.throttled > 0);
}

void TestManagedInstances::timeoutEndsTheRequest_data()
{
    QTest::addColumn<double>("cpuMs");
    QTest::addColumn<double>("ioMs");
    QTest::addColumn<double>("timeoutS");
    QTest::addColumn<QList<double>>("arrivalsMs");
    QTest::addColumn<QList<double>>("latenciesMs");   // by arrival
    QTest::addColumn<QList<bool>>("timedOut");
    // One environment of one vCPU. A request past the function timeout ends at it, as an
    // on-demand one does (model reference §8): start type timed_out, its latency the timeout.
    QTest::newRow("I/O past the timeout") << 0.0 << 5000.0 << 1.0 << QList<double>{1000} << QList<double>{1000}
                                          << QList<bool>{true};
    QTest::newRow("CPU and I/O within") << 300.0 << 600.0 << 1.0 << QList<double>{1000} << QList<double>{900}
                                        << QList<bool>{false};
    QTest::newRow("I/O crosses the timeout") << 400.0 << 800.0 << 1.0 << QList<double>{1000}
                                             << QList<double>{1000} << QList<bool>{true};
    QTest::newRow("CPU ends exactly at the timeout") << 1000.0 << 0.0 << 1.0 << QList<double>{1000}
                                                     << QList<double>{1000} << QList<bool>{false};
    // Two 600 ms CPU parts share one vCPU: each would take 1,200 ms.
    QTest::newRow("shared CPU past the timeout") << 600.0 << 0.0 << 1.0 << QList<double>{1000, 1000}
                                                 << QList<double>{1000, 1000} << QList<bool>{true, true};
    // A and B share from 1 s (500 ms of work each by 2 s), C joins at 2 s; A and B time out at
    // 2.5 s having had 666.7 ms, C (166.7 ms by then) has the vCPU alone for its last 833.3 ms.
    QTest::newRow("a timed-out request frees its share")
        << 1000.0 << 0.0 << 1.5 << QList<double>{1000, 1000, 2000} << QList<double>{1500, 1500, 1000.0 + 1000.0 / 3}
        << QList<bool>{true, true, false};
}

void TestManagedInstances::timeoutEndsTheRequest()
{
    QFETCH(double, cpuMs);
    QFETCH(double, ioMs);
    QFETCH(double, timeoutS);
    QFETCH(QList<double>, arrivalsMs);
    QFETCH(QList<double>, latenciesMs);
    QFETCH(QList<bool>, timedOut);
    Scenario s = fleet("m7g.large", 8192, 8, 64, 1);
    s.function.handler.cpuMs = cpuMs;
    s.function.handler.ioMs = ioMs;
    s.function.timeoutS = timeoutS;
    Run run(s, arrivalsAt(std::vector<double>(arrivalsMs.begin(), arrivalsMs.end())));
    QCOMPARE(run.rec.completed.size(), static_cast<std::size_t>(arrivalsMs.size()));
    std::vector<InvocationRecord> byArrival = run.rec.completed;
    std::sort(byArrival.begin(), byArrival.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::uint64_t expectedTimeouts = 0;
    for (qsizetype i = 0; i < arrivalsMs.size(); ++i) {
        const InvocationRecord &inv = byArrival[static_cast<std::size_t>(i)];
        QVERIFY2(std::fabs(inv.latencyMs - latenciesMs[i]) < 1e-6,
                 qPrintable(QStringLiteral("request %1: %2 ms, expected %3").arg(i).arg(inv.latencyMs).arg(latenciesMs[i])));
        QCOMPARE(inv.startType, timedOut[i] ? StartType::TimedOut : StartType::Warm);
        QCOMPARE(inv.startedAs, StartType::Warm);
        QCOMPARE(inv.durationMs, inv.latencyMs);
        if (timedOut[i])
            ++expectedTimeouts;
    }
    // Counted like on-demand timeouts: completed and timed out; billed the request charge only
    // (the instances carry the compute).
    QCOMPARE(run.summary.requests.completed, static_cast<std::uint64_t>(arrivalsMs.size()));
    QCOMPARE(run.summary.requests.timedOut, expectedTimeouts);
    QCOMPARE(run.summary.cost.duration, 0.0);
    for (const InvocationRecord &inv : byArrival)
        QCOMPARE(inv.costUsd, byArrival.front().costUsd);
}

QTEST_GUILESS_MAIN(TestManagedInstances)
#include "tst_managedinstances.moc"
