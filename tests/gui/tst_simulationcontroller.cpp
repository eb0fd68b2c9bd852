// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioio.h"
#include "simulationcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace lle;

class TestSimulationController : public QObject {
    Q_OBJECT

    static Scenario small()
    {
        Scenario s = defaultScenario();
        s.durationS = 300;
        return s;
    }
    static bool upToDate(const SimulationController &c)
    {
        return c.run() && c.run()->finished && c.run()->generation == c.generation();
    }

private slots:
    void publishesARun()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        QSignalSpy ready(&c, &SimulationController::runReady);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        QVERIFY(ready.count() >= 1);
        QVERIFY(!c.run()->envs.empty());
        QVERIFY(!c.run()->invocations.empty());
        QCOMPARE(c.clock()->durationMs(), 300'000.0);
        QCOMPARE(c.run()->summary.requests.total, c.run()->summary.requests.completed + c.run()->summary.requests.throttled);
    }

    void newestRequestWins()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        QList<quint64> generations;
        connect(&c, &SimulationController::runReady, this, [&](RunPtr r) { generations << r->generation; });
        c.setScenario(small());
        for (int mb : {256, 768, 1536, 2048})
            QVERIFY(c.setValue("function.memory_mb", double(mb)).empty());
        QTRY_VERIFY(upToDate(c));
        QCOMPARE(c.run()->scenario.function.memoryMb, 2048);
        // Results arrive in request order and none of a superseded request after a newer one.
        for (int i = 1; i < generations.size(); ++i)
            QVERIFY(generations[i] >= generations[i - 1]);
        QCOMPARE(generations.last(), quint64(c.generation()));
    }

    void valueDuringPlaybackBecomesAChangeAtThePlayhead()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        c.clock()->seek(42'500);
        QSignalSpy applied(&c, &SimulationController::changeApplied);
        QVERIFY(c.setValue("function.memory_mb", 2048.0).empty());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(c.scenario().changes.size(), std::size_t(1));
        QCOMPARE(c.scenario().changes[0].atS, 42.5);
        QCOMPARE(c.scenario().changes[0].set[0].first, std::string("function.memory_mb"));
        QCOMPARE(c.scenario().function.memoryMb, 512);   // the history before is untouched
        QCOMPARE(c.clock()->simTimeMs(), 42'500.0);       // the playhead stays
        QTRY_VERIFY(upToDate(c));
        QCOMPARE(c.run()->changes.size(), std::size_t(1));
        QCOMPARE(c.run()->changes[0].atMs, 42'500.0);
        QCOMPARE(std::get<double>(c.run()->changes[0].settings[0].before), 512.0);
        QCOMPARE(std::get<double>(c.run()->changes[0].settings[0].after), 2048.0);
        // A second edit at the same moment merges into the same change.
        QVERIFY(c.setValue("function.provisioned_concurrency", 2.0).empty());
        QCOMPARE(c.scenario().changes.size(), std::size_t(1));
        QCOMPARE(c.scenario().changes[0].set.size(), std::size_t(2));
        // A value equal to the one in effect changes nothing.
        const auto before = c.generation();
        QVERIFY(c.setValue("function.memory_mb", 2048.0).empty());
        QCOMPARE(c.generation(), before);
        // An impossible value is refused with its problem.
        QVERIFY(!c.setValue("function.memory_mb", 50.0).empty());
    }

    void reusedHistoryEqualsAFullRun()
    {
        SimulationController reuse, full;
        reuse.clock()->setAutoTick(false);
        full.clock()->setAutoTick(false);
        full.setReuseHistory(false);
        for (auto *c : {&reuse, &full}) {
            c->setScenario(small());
            QTRY_VERIFY(upToDate(*c));
            c->clock()->seek(61'234);
            QVERIFY(c->setValue("function.memory_mb", 1536.0).empty());
            QTRY_VERIFY(upToDate(*c));
        }
        const RecordedRun &a = *reuse.run(), &b = *full.run();
        QCOMPARE(a.invocations.size(), b.invocations.size());
        for (std::size_t i = 0; i < a.invocations.size(); ++i) {
            QCOMPARE(a.invocations[i].id, b.invocations[i].id);
            QCOMPARE(a.invocations[i].endMs, b.invocations[i].endMs);
        }
        QCOMPARE(a.envs.size(), b.envs.size());
        for (std::size_t i = 0; i < a.envs.size(); ++i) {
            QCOMPARE(a.envs[i].segments.size(), b.envs[i].segments.size());
            QCOMPARE(a.envs[i].record.endMs, b.envs[i].record.endMs);
        }
        for (double t : {0.0, 10'000.0, 61'000.0, 61'234.0, 61'500.0, 100'000.0, 299'999.0})
            QCOMPARE(a.phaseCountsAt(t), b.phaseCountsAt(t));
        QCOMPARE(a.summary.cost.total(), b.summary.cost.total());
        QCOMPARE(a.cost.back().duration, b.cost.back().duration);
    }

    void stepGoesToTheNextEvent()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        const double next = c.nextEventAfter(0);
        QVERIFY(next > 0 && next < 5000);
        c.stepToNextEvent();
        QCOMPARE(c.clock()->simTimeMs(), next);
        c.stepToNextEvent();
        QVERIFY(c.clock()->simTimeMs() > next);
    }
};

QTEST_GUILESS_MAIN(TestSimulationController)
#include "tst_simulationcontroller.moc"
