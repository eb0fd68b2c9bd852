// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle view's per-state counts equal the core's at a given time.
#include "lifecyclediagram.h"
#include "managedinstances.h"
#include "runplots.h"
#include "runtesting.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace lle;

Q_DECLARE_METATYPE(lle::Scenario)

namespace {

using testing::recordRun;

/// Managed Instances: overlapping requests, a fleet that grows under a burst and shrinks after
/// it (2 s shutdowns).
Scenario managedFleet()
{
    Scenario s = defaultScenario();
    s.function.compute = ComputeKind::ManagedInstances;
    s.function.extensions = ExtensionKind::External;
    s.function.managedInstances.minInstances = 1;
    s.function.managedInstances.maxConcurrency = 4;
    s.function.managedInstances.launchS = 20;
    s.workload.burstRatePerS = 200;
    s.workload.lengthS = 25;
    return s;
}

}  // namespace

class TestLifecycleView : public QObject {
    Q_OBJECT
private slots:
    void countsEqualTheCore_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("t");
        Scenario def = defaultScenario();
        Scenario pc = defaultScenario();
        pc.function.provisionedConcurrency = 3;
        pc.function.extensions = ExtensionKind::External;   // 2 s shutdowns, so Shutdown shows
        pc.workload.burstRatePerS = 60;
        Scenario snap = defaultScenario();
        snap.function.snapstart.enabled = true;
        Scenario changed = defaultScenario();
        changed.changes.push_back({90, {{"function.memory_mb", 2048.0}}});
        changed.changes.push_back({200, {{"function.provisioned_concurrency", 4.0}}});
        const Scenario managed = managedFleet();
        const struct {
            const char *name;
            Scenario s;
        } cases[] = {{"default", def}, {"provisioned", pc}, {"snapstart", snap}, {"changes", changed}, {"managed", managed}};
        for (const auto &c : cases)
            for (double t : {0.0, 0.2, 150.0, 1234.5, 30'010.0, 31'000.0, 62'345.6, 90'000.0, 90'100.0, 121'000.0,
                             200'050.0, 333'333.0, 599'999.0})
                QTest::addRow("%s at %.1f ms", c.name, t) << c.s << t;
    }
    void endOfRunPlotsSayWhatTheDiagramSays_data()
    {
        QTest::addColumn<Scenario>("scenario");
        Scenario def = defaultScenario();
        def.durationS = 300;
        Scenario burst = def;
        burst.function.extensions = ExtensionKind::External;
        burst.workload.burstRatePerS = 60;
        burst.platform.idleTimeout = {false, 30, 30};   // shutting down and frozen at the end
        Scenario snap = def;
        snap.function.snapstart.enabled = true;
        QTest::newRow("default") << def;
        QTest::newRow("burst, external extension, 30 s idle") << burst;
        QTest::newRow("snapstart") << snap;
    }
    void endOfRunPlotsSayWhatTheDiagramSays()
    {
        // At the end of a run the environments plot ended on the last bucket's averages while the
        // diagram showed the environments the run ends with (issue 13, point 9).
        QFETCH(Scenario, scenario);
        const RunPtr run = recordRun(scenario);
        const double end = run->durationMs;
        LifecycleDiagram diagram;
        diagram.resize(640, 220);
        diagram.setRun(run);
        diagram.setPlayhead(end);
        EnvironmentsPlot plot;
        plot.resize(600, 300);
        plot.setRun(run);
        plot.setPlayhead(end);
        const auto c = diagram.counts();
        auto last = [&](int line) {
            QCPGraph *g = plot.line(line);
            return g->data()->isEmpty() ? -1.0 : (g->data()->constEnd() - 1)->value;
        };
        auto lastKey = [&](int line) { return (plot.line(line)->data()->constEnd() - 1)->key; };
        QCOMPARE(lastKey(0), end / 1000.0);
        QCOMPARE(last(0), double(c[std::size_t(Phase::Invoke)]));
        QCOMPARE(last(1), double(c[0] + c[1] + c[2] + c[3] + c[4]));
        QCOMPARE(last(2), double(c[std::size_t(Phase::Frozen)]));
        QCOMPARE(last(4), double(std::accumulate(c.begin(), c.end(), 0)));
    }

    void countsEqualTheCore()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, t);
        const RunPtr run = recordRun(scenario);
        Simulator sim(scenario);
        sim.runUntil(t);
        const auto core = sim.phaseCounts();
        QCOMPARE(run->phaseCountsAt(t), core);

        LifecycleDiagram diagram;
        diagram.resize(640, 220);
        diagram.setRun(run);
        diagram.setPlayhead(t);
        QCOMPARE(diagram.counts(), core);
    }

    void managedFleetShowsInstancesEnvironmentsAndRequests()
    {
        const Scenario s = managedFleet();
        const RunPtr run = recordRun(s);
        const int perInstance = managedLayout(s.function).envsPerInstance;
        QVERIFY(perInstance >= 1);
        LifecycleDiagram diagram;
        diagram.resize(640, 220);
        diagram.setRun(run);
        int mostInstances = 0, mostInOneEnv = 0;
        for (double t = 0; t < s.durationS * 1000; t += 997) {
            diagram.setPlayhead(t);
            const ManagedFleet &fleet = diagram.fleet();
            QCOMPARE(fleet.environmentsPerInstance, perInstance);
            QCOMPARE(fleet.slotsPerEnvironment, 4);
            // Every live environment is on an instance, and an instance holds at most its share.
            const auto counts = diagram.counts();
            QCOMPARE(fleet.environments, std::accumulate(counts.begin(), counts.end(), 0));
            QVERIFY(int(fleet.instances.size()) >= s.function.managedInstances.minInstances);
            int inFlight = 0;
            for (const auto &instance : fleet.instances) {
                QVERIFY(!instance.environments.empty());
                QVERIFY(int(instance.environments.size()) <= perInstance);
                for (const auto &env : instance.environments) {
                    QCOMPARE(int((env.id - 1) / perInstance), int(instance.index));
                    // The requests it serves at t, counted from the run's requests themselves.
                    const auto serving = std::count_if(run->invocations.begin(), run->invocations.end(), [&](const InvocationRecord &r) {
                        return r.envId == env.id && r.startType != StartType::Throttled && r.startMs <= t && r.endMs > t;
                    });
                    QCOMPARE(env.inFlight, int(serving));
                    QVERIFY(env.inFlight <= fleet.slotsPerEnvironment);
                    mostInOneEnv = std::max(mostInOneEnv, env.inFlight);
                    inFlight += env.inFlight;
                }
            }
            QCOMPARE(fleet.requestsInFlight, inFlight);
            mostInstances = std::max(mostInstances, int(fleet.instances.size()));
        }
        QVERIFY(mostInstances > s.function.managedInstances.minInstances);   // it scaled out
        QVERIFY(mostInOneEnv > 1);                                           // many requests at once

        // Not a Managed Instances run: no fleet.
        diagram.setRun(recordRun(defaultScenario()));
        diagram.setPlayhead(1234.5);
        QVERIFY(diagram.fleet().instances.empty());
        QCOMPARE(diagram.fleet().environmentsPerInstance, 0);
    }

    void everyStateIsSeenSomewhere()
    {
        Scenario s = defaultScenario();
        s.function.extensions = ExtensionKind::External;
        s.function.initMs.extension = 100;
        const RunPtr run = recordRun(s);
        std::array<bool, kPhaseCount> seen{};
        for (double t = 0; t < s.durationS * 1000; t += 37)
            for (int k = 0; k < kPhaseCount; ++k)
                seen[static_cast<std::size_t>(k)] = seen[static_cast<std::size_t>(k)] || run->phaseCountsAt(t)[static_cast<std::size_t>(k)] > 0;
        for (Phase p : {Phase::EnvSetup, Phase::ExtensionInit, Phase::RuntimeInit, Phase::FunctionInit, Phase::Invoke,
                        Phase::Frozen, Phase::Shutdown})
            QVERIFY2(seen[static_cast<std::size_t>(p)], id(p).data());
    }
};

QTEST_MAIN(TestLifecycleView)
#include "tst_lifecycleview.moc"
