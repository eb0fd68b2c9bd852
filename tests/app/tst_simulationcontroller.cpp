// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lle;

Q_DECLARE_METATYPE(lle::Scenario)

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

    /// Every figure a view reads from a finished run, compared field by field.
    static void compareRuns(const RecordedRun &a, const RecordedRun &b)
    {
        QVERIFY(a.finished && b.finished);
        QCOMPARE(a.invocations.size(), b.invocations.size());
        QCOMPARE(a.invocationStride, b.invocationStride);
        QCOMPARE(a.invocationsSeen, b.invocationsSeen);
        for (std::size_t i = 0; i < a.invocations.size(); ++i) {
            const auto &x = a.invocations[i], &y = b.invocations[i];
            QCOMPARE(x.id, y.id);
            QCOMPARE(x.endMs, y.endMs);
            QCOMPARE(x.envId, y.envId);
            QCOMPARE(int(x.startType), int(y.startType));
            QCOMPARE(x.latencyMs, y.latencyMs);
            QCOMPARE(x.billedMs, y.billedMs);
        }
        QCOMPARE(a.envs.size(), b.envs.size());
        for (std::size_t i = 0; i < a.envs.size(); ++i) {
            const auto &x = a.envs[i], &y = b.envs[i];
            QCOMPARE(x.record.id, y.record.id);
            QCOMPARE(x.record.createdMs, y.record.createdMs);
            QCOMPARE(x.record.readyMs, y.record.readyMs);
            QCOMPARE(x.record.endMs, y.record.endMs);
            QCOMPARE(x.record.invocations, y.record.invocations);
            QCOMPARE(int(x.record.endReason), int(y.record.endReason));
            QCOMPARE(x.segments.size(), y.segments.size());
            for (std::size_t k = 0; k < x.segments.size(); ++k) {
                QCOMPARE(x.segments[k].startMs, y.segments[k].startMs);
                QCOMPARE(x.segments[k].endMs, y.segments[k].endMs);
                QCOMPARE(int(x.segments[k].phase), int(y.segments[k].phase));
                QCOMPARE(x.segments[k].invocationId, y.segments[k].invocationId);
            }
        }
        QCOMPARE(a.startTypeById.size(), b.startTypeById.size());
        for (std::size_t i = 0; i < a.startTypeById.size(); ++i)
            QCOMPARE(a.startTypeById[i], b.startTypeById[i]);
        QCOMPARE(a.metrics.size(), b.metrics.size());
        for (std::size_t k = 0; k < a.metrics.size(); ++k) {
            const auto &x = a.metrics[k], &y = b.metrics[k];
            QCOMPARE(x.completed, y.completed);
            QCOMPARE(x.cold, y.cold);
            QCOMPARE(x.busy, y.busy);
            QCOMPARE(x.idle, y.idle);
            QCOMPARE(x.p99Ms, y.p99Ms);
            QCOMPARE(x.costLinesCum.total(), y.costLinesCum.total());
            QCOMPARE(x.costLinesCum.provisionedCapacity, y.costLinesCum.provisionedCapacity);
        }
        QCOMPARE(a.summary.requests.total, b.summary.requests.total);
        QCOMPARE(a.summary.requests.cold, b.summary.requests.cold);
        QCOMPARE(a.summary.latency.p99, b.summary.latency.p99);
        QCOMPARE(a.summary.environments.mean, b.summary.environments.mean);
        QCOMPARE(a.summary.cost.total(), b.summary.cost.total());
        QCOMPARE(a.summary.events, b.summary.events);
        QCOMPARE(a.changes.size(), b.changes.size());
        for (double t = 0; t < a.durationMs; t += 997.3)
            QCOMPARE(a.phaseCountsAt(t), b.phaseCountsAt(t));
        for (double t = 0; t <= a.durationMs; t += 4321.0)
            QCOMPARE(a.costAt(t).total(), b.costAt(t).total());
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
        QSignalSpy changed(&c, &SimulationController::scenarioChanged);
        QVERIFY(c.setValue("function.memory_mb", 2048.0).empty());
        QCOMPARE(changed.count(), 1);
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
        // A move reuses the history before it; a scenario set anew is simulated from the start.
        SimulationController reuse, full;
        reuse.clock()->setAutoTick(false);
        full.clock()->setAutoTick(false);
        reuse.setScenario(small());
        QTRY_VERIFY(upToDate(reuse));
        reuse.clock()->seek(61'234);
        QVERIFY(reuse.setValue("function.memory_mb", 1536.0).empty());
        QTRY_VERIFY(upToDate(reuse));
        QVERIFY(reuse.run()->simulatedFromMs > 0);
        full.setScenario(reuse.scenario());
        QTRY_VERIFY(upToDate(full));
        QCOMPARE(full.run()->simulatedFromMs, 0.0);
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
        QCOMPARE(a.metrics.back().costLinesCum.duration, b.metrics.back().costLinesCum.duration);
    }

    void sliderMoveResumesFromACheckpoint_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("value");
        Scenario pc = small();
        pc.function.provisionedConcurrency = 2;
        Scenario ranged = small();
        ranged.platform.idleTimeout = {true, 5, 15};
        QTest::newRow("memory") << small() << "function.memory_mb" << 1536.0;
        QTest::newRow("provisioned concurrency") << pc << "function.provisioned_concurrency" << 6.0;
        QTest::newRow("runtime init") << small() << "function.init_ms.runtime" << 700.0;
        QTest::newRow("rate") << small() << "workload.base_rate_per_s" << 9.0;
        QTest::newRow("idle timeout") << ranged << "platform.idle_timeout_s" << 4.0;
    }
    void sliderMoveResumesFromACheckpoint()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, path);
        QFETCH(double, value);
        // The partial run ends just after each move (before an initialising environment is
        // ready): it must already show that environment's init phases.
        SimulationController c(nullptr, 1);
        c.clock()->setAutoTick(false);
        c.setScenario(scenario);
        QTRY_VERIFY(upToDate(c));
        const RunPtr first = c.run();
        QCOMPARE(first->simulatedFromMs, 0.0);
        // Checkpoints at regular simulated times, a bounded number of them (a test-sized run has
        // too few events for the dense ones).
        QCOMPARE(first->checkpoints.size(), std::size_t(RunRecorder::kMaxCheckpoints));
        const double every = first->durationMs / (RunRecorder::kMaxCheckpoints + 1);
        for (std::size_t i = 0; i < first->checkpoints.size(); ++i) {
            QCOMPARE(first->checkpoints[i].atMs, double(i + 1) * every);
            QCOMPARE(int(first->checkpoints[i].kind), int(Checkpoint::Kind::Regular));
        }

        // Four moves: each one resumes from the checkpoint just before it (the third lies before
        // the others, so the checkpoints it uses come from the first run; the fourth falls while
        // an environment initialises) and equals a full run.
        for (double t : {123'456.0, 201'000.0, 61'234.0, -1.0}) {
            if (t < 0) {
                for (const auto &e : c.run()->envs)
                    if (e.record.createdMs > 10'000 && e.record.readyMs - e.record.createdMs > 100) {
                        t = std::floor((e.record.createdMs + e.record.readyMs) / 2);
                        break;
                    }
                QVERIFY(t > 0);
            }
            c.clock()->seek(t);
            const double v = t == 201'000.0 ? value * 2 : value;
            RunPtr partial;
            auto keepPartial = connect(&c, &SimulationController::runReady, this, [&](RunPtr r) {
                if (!r->finished)
                    partial = r;
            });
            QVERIFY(c.setValue(path.toStdString(), v).empty());
            QTRY_VERIFY(upToDate(c));
            disconnect(keepPartial);
            const RunPtr moved = c.run();
            QVERIFY2(moved->simulatedFromMs > 0 && moved->simulatedFromMs < t && t - moved->simulatedFromMs <= every,
                     qPrintable(QStringLiteral("move at %1 ms resumed at %2 ms").arg(t).arg(moved->simulatedFromMs)));
            QCOMPARE(moved->basedOn, c.generation() - 1);
            QCOMPARE(moved->sameBeforeMs, t);
            QVERIFY(moved->checkpoints.size() <= std::size_t(RunRecorder::kMaxCheckpoints + RunRecorder::kHeldCheckpoints));
            // The history before the move is the earlier run's storage, not a copy.
            QVERIFY(moved->invocations.chunkCount() > 0);

            SimulationController full;
            full.clock()->setAutoTick(false);
            full.setScenario(c.scenario());   // from the start
            QTRY_VERIFY(upToDate(full));
            QCOMPARE(full.run()->simulatedFromMs, 0.0);
            compareRuns(*moved, *full.run());
            if (partial && partial->generation == moved->generation)
                for (double at : {t, t + 0.5, partial->recordedUntilMs - 0.01})
                    QCOMPARE(partial->phaseCountsAt(at), full.run()->phaseCountsAt(at));
            if (QTest::currentTestFailed())
                return;
        }
    }

    /// A long run keeps dense checkpoints behind its computation's front, one at a slider move's
    /// time and one where the computation passed the playhead; each kind bounded, all in time
    /// order, and a move resumed from them equals a full run.
    void denseCheckpointsAreKeptAndResumedFrom()
    {
        // Recent checkpoints all along the run, as over a month (a million events apart).
        Simulator sim(small());
        sim.run();
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setRecentCheckpointEvents(sim.events() / 300);
        const auto count = [](const RecordedRun &run, Checkpoint::Kind kind) {
            return std::count_if(run.checkpoints.begin(), run.checkpoints.end(),
                                 [&](const Checkpoint &k) { return k.kind == kind; });
        };
        const auto ordered = [](const RecordedRun &run) {
            return std::is_sorted(run.checkpoints.begin(), run.checkpoints.end(),
                                  [](const Checkpoint &a, const Checkpoint &b) { return a.atMs < b.atMs; });
        };
        // The playhead stands at 200 s while the run is computed: a held checkpoint just before it.
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        c.clock()->seek(200'000);
        c.recompute();
        QTRY_VERIFY(upToDate(c));
        const RunPtr first = c.run();
        QVERIFY(ordered(*first));
        QCOMPARE(count(*first, Checkpoint::Kind::Regular), std::ptrdiff_t(RunRecorder::kMaxCheckpoints));
        // The ring is full but for recent ones that fell on a regular one's time (kept as regular).
        const auto recent = count(*first, Checkpoint::Kind::Recent);
        QVERIFY2(recent > RunRecorder::kRecentCheckpoints / 2 && recent <= RunRecorder::kRecentCheckpoints,
                 qPrintable(QString::number(recent)));
        QCOMPARE(count(*first, Checkpoint::Kind::Held), std::ptrdiff_t(1));
        const auto held = std::find_if(first->checkpoints.begin(), first->checkpoints.end(),
                                       [](const Checkpoint &k) { return k.kind == Checkpoint::Kind::Held; });
        QCOMPARE(held->atMs, std::nextafter(200'000.0, 0.0));
        // The ring keeps the newest: the recent ones close the run (one every regular interval or
        // so here, as slices are a hundredth of a test-sized run).
        double firstRecent = first->durationMs;
        for (const Checkpoint &k : first->checkpoints)
            if (k.kind == Checkpoint::Kind::Recent)
                firstRecent = std::min(firstRecent, k.atMs);
        QString kept;
        for (const Checkpoint &k : first->checkpoints)
            kept += QStringLiteral(" %1%2").arg(k.atMs / 1000.0, 0, 'f', 1).arg(QLatin1Char("gRH"[int(k.kind)]));
        QVERIFY2(firstRecent > first->durationMs * 0.4, qPrintable(kept));

        // A move among the recent ones resumes from the one just before it; a second move at the
        // same time from the held checkpoint the first one took there.
        const double t = std::floor((firstRecent + first->durationMs) / 2);
        double before = 0;
        for (const Checkpoint &k : first->checkpoints)
            if (k.atMs < t)
                before = k.atMs;
        c.clock()->seek(t);
        for (double memory : {1536.0, 2048.0}) {
            QVERIFY(c.setValue("function.memory_mb", memory).empty());
            QTRY_VERIFY(upToDate(c));
            const RunPtr moved = c.run();
            QCOMPARE(moved->simulatedFromMs, memory == 1536.0 ? before : std::nextafter(t, 0.0));
            QVERIFY(ordered(*moved));
            QVERIFY(count(*moved, Checkpoint::Kind::Recent) <= RunRecorder::kRecentCheckpoints);
            QVERIFY(count(*moved, Checkpoint::Kind::Held) <= RunRecorder::kHeldCheckpoints);
            QVERIFY(count(*moved, Checkpoint::Kind::Regular) <= RunRecorder::kMaxCheckpoints);
            SimulationController full;
            full.clock()->setAutoTick(false);
            full.setScenario(c.scenario());
            QTRY_VERIFY(upToDate(full));
            compareRuns(*moved, *full.run());
            if (QTest::currentTestFailed())
                return;
        }
    }

    /// A moment after the playhead stops between two checkpoints, one is made just before it
    /// (on a worker); a slider moved there resumes from it and equals a full run.
    void aCheckpointIsMadeAtThePausedPlayhead()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        const double every = c.run()->durationMs / (RunRecorder::kMaxCheckpoints + 1);
        const double t = std::floor(20 * every + every / 2);
        c.clock()->seek(t);
        QTRY_VERIFY(c.preparedCheckpoint() != nullptr);
        QCOMPARE(c.preparedCheckpoint()->atMs, std::nextafter(t, 0.0));
        QVERIFY(c.setValue("function.memory_mb", 1536.0).empty());
        QTRY_VERIFY(upToDate(c));
        const RunPtr moved = c.run();
        QCOMPARE(moved->simulatedFromMs, std::nextafter(t, 0.0));
        QVERIFY(std::any_of(moved->checkpoints.begin(), moved->checkpoints.end(),
                            [&](const Checkpoint &k) { return k.atMs == std::nextafter(t, 0.0); }));
        SimulationController full;
        full.clock()->setAutoTick(false);
        full.setScenario(c.scenario());
        QTRY_VERIFY(upToDate(full));
        compareRuns(*moved, *full.run());
    }

    void rangedIdleTimeoutIsATimedChange()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        c.clock()->seek(50'000);
        QVERIFY(c.setValues({{"platform.idle_timeout_s.min", 300.0}, {"platform.idle_timeout_s.max", 900.0}}).empty());
        QCOMPARE(c.scenario().platform.idleTimeout, (IdleTimeout{false, 20, 20}));   // from the start: as it was
        QCOMPARE(c.scenario().changes.size(), std::size_t(1));
        QCOMPARE(c.scenario().changes[0].atS, 50.0);
        QCOMPARE(c.scenario().changes[0].set.size(), std::size_t(2));
        QCOMPARE(c.configAt(60'000).platform.idleTimeout, (IdleTimeout{true, 300, 900}));
        // Back to fixed at the same moment: one idle setting in the entry, not three.
        QVERIFY(c.setValue("platform.idle_timeout_s", 20.0).empty());
        QCOMPARE(c.scenario().changes.size(), std::size_t(1));
        QCOMPARE(c.scenario().changes[0].set.size(), std::size_t(1));
        QCOMPARE(c.configAt(60'000).platform.idleTimeout, (IdleTimeout{false, 20, 20}));
        QVERIFY(c.setValues({{"platform.idle_timeout_s.min", 300.0}, {"platform.idle_timeout_s.max", 900.0}}).empty());
        QCOMPARE(c.configAt(60'000).platform.idleTimeout, (IdleTimeout{true, 300, 900}));
        QTRY_VERIFY(upToDate(c));
        QCOMPARE(c.run()->changes.size(), std::size_t(1));
        QVERIFY(c.run()->changes[0].idleBefore && c.run()->changes[0].idleAfter);
        QCOMPARE(*c.run()->changes[0].idleAfter, (IdleTimeout{true, 300, 900}));
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

    void stepBackRetracesTheSteps()
    {
        // Ten steps forward, then ten back: the same events in reverse, down to the start.
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(small());
        QTRY_VERIFY(upToDate(c));
        QList<double> visited{0};
        for (int i = 0; i < 10; ++i) {
            c.stepToNextEvent();
            visited << c.clock()->simTimeMs();
        }
        c.clock()->play();
        for (int i = 9; i >= 0; --i) {
            c.stepToPreviousEvent();
            QVERIFY(!c.clock()->isPlaying());
            QCOMPARE(c.clock()->simTimeMs(), visited[i]);
        }
        c.stepToPreviousEvent();   // nothing before the start
        QCOMPARE(c.clock()->simTimeMs(), 0.0);
    }

    void runToNextColdStart()
    {
        Scenario s = small();
        setScenarioValue(s, "workload.pattern", std::string("constant"));
        setScenarioValue(s, "workload.rate_per_s", 0.05);   // every 20 s
        setScenarioValue(s, "platform.idle_timeout_s", 15.0);   // each one cold
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(s);
        QTRY_VERIFY(upToDate(c));
        QList<double> coldArrivals;
        for (const InvocationRecord &r : c.run()->invocations)
            if (r.isCold())
                coldArrivals << r.arrivalMs;
        std::sort(coldArrivals.begin(), coldArrivals.end());
        QVERIFY(coldArrivals.size() >= 6);
        // The playback clock driven by hand: 60 frames of real time a second.
        qint64 realNs = 0;
        c.clock()->setTimeSource([&realNs] { return realNs; });
        const auto frame = [&] {
            realNs += 16'666'667;
            c.clock()->tick();
        };
        c.clock()->seek(1);
        for (int i = 1; i < 5; ++i) {
            const double from = c.clock()->simTimeMs();
            c.runToNextColdStart();
            // It plays there (a class sees the way), not jumps.
            QVERIFY(c.clock()->isPlaying());
            QCOMPARE(c.clock()->simTimeMs(), from);
            QList<double> passed;
            int frames = 0;
            for (; c.clock()->isPlaying() && frames < 1000; ++frames) {
                frame();
                passed << c.clock()->simTimeMs();
            }
            // Through times in between, within about two seconds of wall time, and paused exactly
            // where the environment is created: the moment the request that needs it arrives.
            QVERIFY2(passed.size() >= 10 && passed[passed.size() / 2] > from && passed[passed.size() / 2] < coldArrivals[i],
                     qPrintable(QStringLiteral("%1 frames").arg(passed.size())));
            QVERIFY2(frames <= 2 * 61, qPrintable(QString::number(frames)));
            QCOMPARE(c.clock()->simTimeMs(), coldArrivals[i]);
            QVERIFY(!c.clock()->isPlaying());
            QCOMPARE(c.clock()->speed(), 1.0);   // the speed from before
        }
        // Pause (Space, Esc) stops it on the way, at the speed from before.
        const double from = c.clock()->simTimeMs();
        c.runToNextColdStart();
        QVERIFY(c.clock()->speed() > 1);
        for (int k = 0; k < 5; ++k)
            frame();
        c.clock()->pause();
        QVERIFY(!c.clock()->isPlayingTo());
        QCOMPARE(c.clock()->speed(), 1.0);
        QVERIFY(c.clock()->simTimeMs() > from && c.clock()->simTimeMs() < coldArrivals[5]);
        const double stoppedAt = c.clock()->simTimeMs();
        frame();
        QCOMPARE(c.clock()->simTimeMs(), stoppedAt);
        // Playing faster already: it keeps that speed.
        c.clock()->setSpeed(PlaybackClock::kMaxSpeed);
        c.runToNextColdStart();
        QCOMPARE(c.clock()->speed(), PlaybackClock::kMaxSpeed);
        while (c.clock()->isPlaying())
            frame();
        QCOMPARE(c.clock()->simTimeMs(), coldArrivals[5]);
        c.clock()->setSpeed(1);
        c.clock()->seek(c.clock()->durationMs() - 1);
        c.runToNextColdStart();   // none left: stays
        QCOMPARE(c.clock()->simTimeMs(), c.clock()->durationMs() - 1);
        QVERIFY(!c.clock()->isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestSimulationController)
#include "tst_simulationcontroller.moc"
