// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfigures.h"
#include "runrecorder.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QTest>

#include <cmath>

using namespace lle;

/// RunFigures reads a recorded run's figures over [0, t] from the simulator's buckets, sketches and
/// bill. Checked against what can be counted from every request of a run small enough to keep
/// them all, and against the run's own summary at the end.
class TestRunFigures : public QObject {
    Q_OBJECT

    struct Recorded {
        std::shared_ptr<RecordedRun> run;
        Summary summary;
    };

    static Scenario scenario(double durationS, double ratePerS)
    {
        Scenario s = defaultScenario();
        s.durationS = durationS;
        s.workload.pattern = WorkloadPattern::Diurnal;
        s.workload.meanRatePerS = ratePerS;
        s.workload.periodS = 4 * 3600;   // a few peaks and troughs in the run
        s.platform.concurrencyLimit = 1;   // some requests throttled
        return s;
    }

    static Recorded record(const Scenario &s)
    {
        SimulationOptions options;
        options.keepBucketLatency = true;
        Simulator sim(s, options);
        RunRecorder recorder(s, sim);
        sim.setObserver(&recorder);
        sim.run();
        return {recorder.take(), sim.summary()};
    }

private slots:
    void figuresAtBucketEndsCountEveryRequest_data()
    {
        QTest::addColumn<double>("tS");
        QTest::newRow("first bucket's end") << 4.0;
        QTest::newRow("an hour") << 3600.0;
        QTest::newRow("mid-run bucket end") << 6000.0;
        QTest::newRow("last bucket's start") << 14'396.0;
    }
    void figuresAtBucketEndsCountEveryRequest()
    {
        QFETCH(double, tS);
        // Four hours at 12 requests/s: 4 s buckets, every request kept by the recorder.
        const Recorded r = record(scenario(4 * 3600, 12));
        QCOMPARE(r.run->bucketS, 4.0);
        QCOMPARE(r.run->invocationStride, 1u);
        QCOMPARE(r.run->bucketLatency.size(), r.run->metrics.size());
        const double tMs = tS * 1000.0;
        std::uint64_t completed = 0, cold = 0, throttled = 0;
        QuantileSketch latency;
        for (const InvocationRecord &inv : r.run->invocations) {
            // A request completing exactly at a bucket's end belongs to the next bucket.
            if (inv.kind != RequestKind::Request || inv.endMs >= tMs)
                continue;
            if (inv.startType == StartType::Throttled) {
                ++throttled;
                continue;
            }
            ++completed;
            cold += inv.isCold() ? 1 : 0;
            latency.add(inv.latencyMs);
        }
        QVERIFY(completed > 0);
        const RunFigures::Figures f = RunFigures::at(*r.run, tMs);
        QCOMPARE(f.untilMs, tMs);
        QCOMPARE(f.completed, completed);
        QCOMPARE(f.cold, cold);
        QCOMPARE(f.throttled, throttled);
        QCOMPARE(f.p50, latency.quantile(0.5));
        QCOMPARE(f.p99, latency.quantile(0.99));
        QCOMPARE(f.max, latency.max());
    }

    void figuresAtTheEndAreTheSummary()
    {
        const Recorded r = record(scenario(4 * 3600, 12));
        const Summary &s = r.summary;
        QVERIFY(s.requests.throttled > 0);
        const RunFigures::Figures f = RunFigures::at(*r.run, r.run->durationMs);
        QCOMPARE(f.completed, s.requests.completed);
        QCOMPARE(f.cold, s.requests.cold + s.requests.snapstart);
        QCOMPARE(f.throttled, s.requests.throttled);
        QCOMPARE(f.p50, s.latency.p50);
        QCOMPARE(f.p99, s.latency.p99);
        QCOMPARE(f.max, s.latency.max);
        QCOMPARE(f.cost.total(), s.cost.total());
        QVERIFY(std::abs(f.environmentsMean - s.environments.mean) <= 1e-9 * s.environments.mean);
    }

    void withinABucketCountsAreInterpolated()
    {
        const Recorded r = record(scenario(4 * 3600, 12));
        const auto a = RunFigures::at(*r.run, 400'000), b = RunFigures::at(*r.run, 404'000);
        const auto mid = RunFigures::at(*r.run, 402'000);
        QVERIFY(mid.completed >= a.completed && mid.completed <= b.completed);
        QVERIFY(std::llabs(std::int64_t(2 * mid.completed) - std::int64_t(a.completed + b.completed)) <= 1);
        // Percentiles of a bucket are known once it is closed, as a whole.
        QCOMPARE(mid.p99, b.p99);
        QCOMPARE(mid.untilMs, 404'000.0);
        QCOMPARE(RunFigures::at(*r.run, 0).completed, std::uint64_t(0));
    }

    void aPartialRunReadsOnlyClosedBuckets()
    {
        const Scenario s = scenario(4 * 3600, 12);
        SimulationOptions options;
        options.keepBucketLatency = true;
        Simulator sim(s, options);
        RunRecorder recorder(s, sim);
        sim.setObserver(&recorder);
        sim.runUntil(1'001'000);
        const auto partial = recorder.snapshot(false);
        const auto f = RunFigures::at(*partial, 3'000'000);   // beyond what is simulated
        QCOMPARE(RunFigures::closedBuckets(*partial), std::size_t(250));
        QCOMPARE(f.untilMs, 1'000'000.0);
        const auto g = RunFigures::at(*partial, 1'000'000);
        QCOMPARE(f.completed, g.completed);
        QCOMPARE(f.p99, g.p99);
    }
};

QTEST_APPLESS_MAIN(TestRunFigures)
#include "tst_runfigures.moc"
