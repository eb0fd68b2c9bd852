// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerwindow.h"
#include "kpistrip.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"
#include "stretchdetail.h"
#include "timelineoverview.h"

#include <QAction>
#include <algorithm>
#include <QLabel>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace lle;

/// Long runs in the window: a month of diurnal traffic, more requests than the recorder keeps one
/// by one (so they are sampled, 1 in 8 here), read at its end against the headless run of the same
/// scenario and seed. The rate is low so that the suite stays fast (also under ASan); the month at
/// 100 requests/s is measured by bench_longrun.
class TestLongRun : public QObject {
    Q_OBJECT

    static Scenario month()
    {
        Scenario s = defaultScenario();
        s.name = "A month of diurnal traffic";
        s.durationS = 30 * 86400.0;
        s.workload.pattern = WorkloadPattern::Diurnal;
        s.workload.meanRatePerS = 0.6;
        s.platform.idleTimeout = IdleTimeout{};   // the model's 600 s
        return s;
    }

    static bool upToDate(const SimulationController &c)
    {
        return c.run() && c.run()->finished && c.run()->generation == c.generation();
    }

    /// The window at 1280×720 with its clock still: the tests move the playhead themselves.
    static void showStill(ExplorerWindow &w)
    {
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        w.controller()->clock()->setAutoTick(false);
    }

    static bool near(double a, double b, double rel) { return std::abs(a - b) <= rel * std::max(std::abs(b), 1e-12); }

    /// The stretch's figures are the run's own over the same whole intervals: requests, cold
    /// starts, throttled, and the bill between its ends.
    static void compareWithBuckets(const StretchDetail &s, const RecordedRun &run)
    {
        const double bucketMs = run.bucketS * 1000.0;
        const auto first = static_cast<std::size_t>(std::llround(s.fromMs / bucketMs));
        const auto end = std::min(run.metrics.size(), static_cast<std::size_t>(std::ceil(s.toMs / bucketMs)));
        QVERIFY(end > first + 1);
        std::uint64_t completed = 0, cold = 0, throttled = 0;
        for (std::size_t k = first; k < end; ++k) {
            completed += run.metrics[k].completed;
            cold += run.metrics[k].cold;
            throttled += run.metrics[k].throttled;
        }
        const double costBefore = first == 0 ? 0.0 : run.metrics[first - 1].costLinesCum.total();
        const double cost = run.metrics[end - 1].costLinesCum.total() - costBefore;
        QVERIFY(completed > 1000 && cold > 0);
        QCOMPARE(s.completed, completed);
        QCOMPARE(s.cold, cold);
        QCOMPARE(s.throttled, throttled);
        QVERIFY2(near(s.costUsd(), cost, 1e-9), qPrintable(QStringLiteral("%1 against %2").arg(s.costUsd(), 0, 'g', 12).arg(cost, 0, 'g', 12)));
    }

private slots:
    void initTestCase()
    {
        // What `--headless --outputs summary` writes to summary.json for this scenario.
        Simulator sim(month());
        sim.run();
        m_summary = sim.summary();
        QVERIFY(m_summary.requests.completed > 2 * RunRecorder::kMaxDrawnInvocations);
    }

    void atTheEndEveryKpiIsTheHeadlessSummary()
    {
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        QVERIFY(c->run()->invocationStride > 1);   // the requests are sampled

        auto *end = w.findChild<QAction *>(QStringLiteral("actionGoToEnd"));
        QVERIFY(end);
        QCOMPARE(end->shortcut(), QKeySequence(Qt::Key_End));
        end->trigger();
        QCOMPARE(c->clock()->simTimeMs(), month().durationS * 1000.0);
        const Summary &s = m_summary;
        const KpiStrip *kpi = w.kpiStrip();
        QTRY_COMPARE(kpi->figures().requests, s.requests.completed);
        const KpiStrip::Figures &f = kpi->figures();
        QCOMPARE(f.throttled, s.requests.throttled);
        QVERIFY(near(f.coldPercent, 100 * s.coldStartRatio, 1e-12));
        // The buckets' sketches merged are the run's sketch: the same bins, so the same figure
        // (the sketch's own error, 0.4 %, is against the exact value, not between the two).
        QCOMPARE(f.p50, s.latency.p50);
        QCOMPARE(f.p99, s.latency.p99);
        QVERIFY(near(f.costSoFar, s.cost.total(), 1e-12));
        QVERIFY(near(f.perMillion, s.costPerMillionRequests, 1e-12));

        // The cost plot's last point is cost_usd.total, at the end of the run.
        const CostPlot *cost = w.costPlot();
        double total = 0;
        for (int i = 0; i < CostSeries::kCount; ++i) {
            const auto data = cost->line(i)->data();
            QVERIFY(!data->isEmpty());
            QCOMPARE((data->constEnd() - 1)->key, 30.0);   // days
            total += (data->constEnd() - 1)->value;
        }
        QVERIFY(near(total, s.cost.total(), 1e-9));
        QCOMPARE(cost->xAxis->label(), QStringLiteral("simulated time (days)"));

        // The environments plot's "all" line, averaged over time, is environments.mean.
        const EnvironmentsPlot *envs = w.environmentsPlot();
        const auto all = envs->line(4)->data();
        const double bucketDays = c->run()->bucketS / 86400.0;
        QCOMPARE(all->size(), int(c->run()->metrics.size()) + 1);   // the last step's end
        double integral = 0;
        for (auto it = all->constBegin(); it != all->constEnd(); ++it)
            integral += it->value * std::min(bucketDays, 30.0 - it->key);
        QVERIFY2(near(integral / 30.0, s.environments.mean, 1e-9),
                 qPrintable(QStringLiteral("%1 vs %2").arg(integral / 30.0).arg(s.environments.mean)));

        // Latency: the bands of every bucket, the dots labelled with what they stand for.
        const LatencyPlot *latency = w.latencyPlot();
        QVERIFY(latency->band(1)->visible());
        QVERIFY(latency->shownOneIn() >= c->run()->invocationStride);
        double worst = 0;
        for (auto it = latency->band(2)->data()->constBegin(); it != latency->band(2)->data()->constEnd(); ++it)
            worst = std::max(worst, it->value);
        QCOMPARE(worst, s.latency.max);
        // The CDF is the run's, from the sketches: its p99 marker where summary.json puts it.
        const CdfPlot *cdf = w.cdfPlot();
        QVERIFY(cdf->allSeries()->visible());
        QVERIFY(!cdf->allSeries()->data()->isEmpty());
        QVERIFY(!cdf->coldSeries()->visible());

        // The one-row overview of the whole run: a click jumps there.
        auto *overview = w.findChild<TimelineOverview *>(QStringLiteral("timeline"));
        QVERIFY(overview && overview->isVisible());
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 4, overview->height() / 2));
        QVERIFY(std::abs(c->clock()->simTimeMs() - month().durationS * 1000.0 / 4) <= month().durationS * 1000.0 / overview->width());

        // Home goes back to the start.
        auto *start = w.findChild<QAction *>(QStringLiteral("actionRestart"));
        QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_Home));
        start->trigger();
        QCOMPARE(c->clock()->simTimeMs(), 0.0);
        QTRY_COMPARE(kpi->figures().requests, std::uint64_t(0));
    }

    void plotsHaveDataEarlyAndAtOneDay_data()
    {
        QTest::addColumn<double>("tS");
        QTest::newRow("one minute: inside the first 12-minute bucket") << 60.0;
        QTest::newRow("one day") << 86400.0;
    }
    void plotsHaveDataEarlyAndAtOneDay()
    {
        QFETCH(double, tS);
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        c->clock()->seek(tS * 1000.0);
        QCoreApplication::processEvents();
        const double x = tS / 86400.0;
        const auto lastKey = [](const QCPGraph *g) { return g->data()->isEmpty() ? -1.0 : (g->data()->constEnd() - 1)->key; };
        // Cost so far, up to the playhead.
        QCOMPARE(lastKey(w.costPlot()->line(0)), x);
        QVERIFY((w.costPlot()->line(0)->data()->constEnd() - 1)->value > 0);
        // Environments: the bucket holding the playhead at least.
        QVERIFY(!w.environmentsPlot()->line(4)->data()->isEmpty());
        QVERIFY(lastKey(w.environmentsPlot()->line(4)) <= x);
        // Latency: the bands up to the playhead, or dots.
        const LatencyPlot *latency = w.latencyPlot();
        QVERIFY(!latency->band(0)->data()->isEmpty());
        QVERIFY(lastKey(latency->band(0)) <= x);
        QVERIFY(!w.cdfPlot()->allSeries()->data()->isEmpty());
        // The KPIs are the run's, not the sample's: never a multiple of the sampling stride.
        const auto &f = w.kpiStrip()->figures();
        QTRY_VERIFY(w.kpiStrip()->figures().requests > 0);
        QVERIFY(f.costSoFar > 0);
    }

    void everyRequestOfAnIntervalIsSimulatedAgain()
    {
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        const RunPtr run = c->run();
        // The interval holding day 10, from the latest checkpoint before it.
        const double bucketMs = run->bucketS * 1000.0;
        c->clock()->seek(10 * 86'400'000.0 + 100'000);
        const auto k = static_cast<std::size_t>(std::floor(c->clock()->simTimeMs() / bucketMs));
        auto *every = w.findChild<QAction *>(QStringLiteral("actionEveryRequest"));
        QVERIFY(every);
        every->trigger();
        const LatencyPlot *latency = w.latencyPlot();
        QTRY_VERIFY_WITH_TIMEOUT(latency->stretch() != nullptr, 60'000);
        const StretchDetail &s = *latency->stretch();
        QVERIFY(s.complete);
        QCOMPARE(s.fromMs, double(k) * bucketMs);
        QCOMPARE(s.toMs, double(k + 1) * bucketMs);
        // Every request of the interval: as many as the simulator counted in that bucket, against a
        // sample of 1 in 8 before.
        std::uint64_t completed = 0, cold = 0, throttled = 0;
        for (const InvocationRecord &r : s.requests) {
            if (r.kind != RequestKind::Request)
                continue;
            if (r.startType == StartType::Throttled)
                ++throttled;
            else
                ++completed, cold += r.isCold() ? 1 : 0;
        }
        const MetricsRow &row = run->metrics[k];
        QVERIFY(row.completed > 0);
        QCOMPARE(completed, row.completed);
        QCOMPARE(cold, row.cold);
        QCOMPARE(throttled, row.throttled);
        QCOMPARE(latency->stretchSeries(false)->dataCount() + latency->stretchSeries(true)->dataCount(), int(completed));
        QCOMPARE(latency->shownOneIn(), std::uint64_t(1));
        QCOMPARE(latency->xAxis->range().lower, s.fromMs / 86'400'000.0);
        // The sampled requests of the same interval are among them, the same.
        for (const InvocationRecord &r : run->invocations)
            if (r.endMs >= s.fromMs && r.endMs < s.toMs)
                QVERIFY(std::any_of(s.requests.begin(), s.requests.end(), [&](const InvocationRecord &x) {
                    return x.id == r.id && x.endMs == r.endMs && x.latencyMs == r.latencyMs;
                }));
        // Again: back to the whole run.
        every->trigger();
        QVERIFY(!latency->stretch());
        QVERIFY(latency->band(0)->visible());
    }

    void aChosenStretchHasTheRunsFigures_data()
    {
        QTest::addColumn<double>("fromShare");
        QTest::addColumn<double>("toShare");
        QTest::newRow("half a day in the middle") << 0.30 << 0.317;
        QTest::newRow("dragged backwards") << 0.52 << 0.50;
        QTest::newRow("up to the end") << 0.96 << 1.0;   // what completes after the last second too
    }
    void aChosenStretchHasTheRunsFigures()
    {
        QFETCH(double, fromShare);
        QFETCH(double, toShare);
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        const RunPtr run = c->run();
        auto *overview = w.findChild<TimelineOverview *>(QStringLiteral("timeline"));
        QVERIFY(overview && overview->isVisible());
        // Shift+drag on the overview chooses the stretch; a plain click would jump.
        const int y = overview->height() / 2;
        const int x0 = int(fromShare * overview->width()), x1 = int(toShare * overview->width());
        QSignalSpy chosen(overview, &TimelineOverview::stretchSelected);
        auto *loader = w.findChild<StretchLoader *>();
        QVERIFY(loader);
        QSignalSpy progress(loader, &StretchLoader::progress);
        QTest::mousePress(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0, y));
        QTest::mouseRelease(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(x1, y));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(c->clock()->simTimeMs(), 0.0);   // no jump
        const LatencyPlot *latency = w.latencyPlot();
        QTRY_VERIFY_WITH_TIMEOUT(latency->stretch() != nullptr, 120'000);
        const StretchDetail &s = *latency->stretch();
        QVERIFY(s.complete);
        QVERIFY(!progress.isEmpty());   // reported on the way (the dialog shows it past 0.4 s)
        QVERIFY(w.findChild<QProgressDialog *>(QStringLiteral("stretchProgress"))->isHidden());
        // Widened to whole intervals around what was chosen.
        const double bucketMs = run->bucketS * 1000.0;
        const double lo = std::min(overview->timeAt(x0), overview->timeAt(x1));
        const double hi = std::max(overview->timeAt(x0), overview->timeAt(x1));
        QVERIFY(s.fromMs <= lo && s.fromMs > lo - bucketMs);
        QVERIFY(s.toMs >= std::min(hi, run->durationMs) && s.toMs < hi + bucketMs);
        const auto first = static_cast<std::size_t>(std::llround(s.fromMs / bucketMs));
        const auto end = std::min(run->metrics.size(), static_cast<std::size_t>(std::ceil(s.toMs / bucketMs)));
        QVERIFY(end > first + 1);
        // The run's own figures for those buckets: requests, cold starts, throttled, and the bill
        // between the stretch's ends.
        std::uint64_t completed = 0, cold = 0, throttled = 0;
        for (std::size_t k = first; k < end; ++k) {
            completed += run->metrics[k].completed;
            cold += run->metrics[k].cold;
            throttled += run->metrics[k].throttled;
        }
        const double costBefore = first == 0 ? 0.0 : run->metrics[first - 1].costLinesCum.total();
        const double cost = run->metrics[end - 1].costLinesCum.total() - costBefore;
        QVERIFY(completed > 1000 && cold > 0);
        QCOMPARE(s.completed, completed);
        QCOMPARE(s.cold, cold);
        QCOMPARE(s.throttled, throttled);
        QVERIFY2(near(s.costUsd(), cost, 1e-9), qPrintable(QStringLiteral("%1 against %2").arg(s.costUsd(), 0, 'g', 12).arg(cost, 0, 'g', 12)));
        // Every one of them is drawn, and the plot is zoomed to the stretch.
        QCOMPARE(latency->stretchSeries(false)->dataCount() + latency->stretchSeries(true)->dataCount(), int(completed));
        QCOMPARE(latency->xAxis->range().lower, s.fromMs / 86'400'000.0);
    }

    void aStretchCancelledNeverArrives()
    {
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        auto *overview = w.findChild<TimelineOverview *>(QStringLiteral("timeline"));
        auto *dialog = w.findChild<QProgressDialog *>(QStringLiteral("stretchProgress"));
        QVERIFY(overview && dialog);
        const int y = overview->height() / 2;
        // The whole month, then Cancel in its progress dialog; then a short stretch.
        QTest::mousePress(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(0, y));
        QTest::mouseRelease(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(overview->width(), y));
        emit dialog->canceled();   // its Cancel button
        const LatencyPlot *latency = w.latencyPlot();
        QVERIFY(!latency->stretch());
        QVERIFY(dialog->isHidden());
        const int x = overview->width() / 2;
        QTest::mousePress(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(x, y));
        QTest::mouseRelease(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(x + 2, y));
        QTRY_VERIFY_WITH_TIMEOUT(latency->stretch() != nullptr, 120'000);
        QVERIFY(latency->stretch()->fromMs > 0);   // the short one, not the month
        QVERIFY(dialog->isHidden());
    }

    /// Shift+drag on the time axis of the latency, cost or environments plot chooses a stretch as
    /// the overview does.
    void aStretchChosenOnAPlotsTimeAxis_data()
    {
        QTest::addColumn<QString>("plot");
        QTest::newRow("latency") << "latency";
        QTest::newRow("cost") << "cost";
        QTest::newRow("environments") << "environments";
    }
    void aStretchChosenOnAPlotsTimeAxis()
    {
        QFETCH(QString, plot);
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        // At the end the plots' time axes span the month.
        w.findChild<QAction *>(QStringLiteral("actionGoToEnd"))->trigger();
        RunPlot *p = plot == QLatin1String("latency") ? static_cast<RunPlot *>(w.latencyPlot())
                     : plot == QLatin1String("cost")  ? static_cast<RunPlot *>(w.costPlot())
                                                      : static_cast<RunPlot *>(w.environmentsPlot());
        QTRY_VERIFY(p->timeAtPixel(p->axisRect()->rect().right()) > 0.9 * c->run()->durationMs);
        const QRect r = p->axisRect()->rect();
        const int y = r.bottom() + 6;   // on the axis, under the data
        const int x0 = r.left() + r.width() * 4 / 10, x1 = r.left() + r.width() * 43 / 100;
        const double lo = p->timeAtPixel(x0), hi = p->timeAtPixel(x1);
        QVERIFY(lo > 0 && hi < c->run()->durationMs);
        QSignalSpy chosen(p, &RunPlot::stretchSelected);
        QTest::mousePress(p, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0, y));
        QTest::mouseRelease(p, Qt::LeftButton, Qt::ShiftModifier, QPoint(x1, y));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(c->clock()->simTimeMs(), c->run()->durationMs);   // no jump
        const LatencyPlot *latency = w.latencyPlot();
        QTRY_VERIFY_WITH_TIMEOUT(latency->stretch() != nullptr, 120'000);
        const StretchDetail &s = *latency->stretch();
        QVERIFY(s.complete);
        const double bucketMs = c->run()->bucketS * 1000.0;
        QVERIFY(s.fromMs <= lo && s.fromMs > lo - bucketMs);
        QVERIFY(s.toMs >= hi && s.toMs < hi + bucketMs);
        compareWithBuckets(s, *c->run());
        // Without Shift a press on the plot chooses nothing.
        QTest::mouseClick(p, Qt::LeftButton, Qt::NoModifier, QPoint(x0, r.center().y()));
        QCOMPARE(chosen.size(), 1);
    }

    /// While the run still computes, a stretch is chosen over the intervals computed so far: the
    /// part of it not computed yet is cut off, and it stays shown as the run goes on.
    void aStretchChosenWhileTheRunComputes()
    {
        ExplorerWindow w(month());
        showStill(w);
        auto *c = w.controller();
        c->setPartialIntervalMs(0);   // every slice: the run is seen as it grows
        auto *overview = w.findChild<TimelineOverview *>(QStringLiteral("timeline"));
        QVERIFY(overview);
        // Dragged from a quarter to nine tenths of the month once a partial run has passed 30 %,
        // in the slot that receives it, so that the run is surely still computing.
        RunPtr partial;
        const int y = overview->height() / 2;
        auto choose = connect(c, &SimulationController::runReady, this, [&](const RunPtr &run) {
            if (partial || run->finished || run->recordedUntilMs < 0.3 * run->durationMs)
                return;
            partial = run;
            QTest::mousePress(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(overview->width() / 4, y));
            QTest::mouseRelease(overview, Qt::LeftButton, Qt::ShiftModifier, QPoint(overview->width() * 9 / 10, y));
        });
        c->recompute();   // with partial runs every slice
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 300'000);
        disconnect(choose);
        if (!partial)
            QSKIP("the run finished before a partial run passed 30 %");
        const LatencyPlot *latency = w.latencyPlot();
        QTRY_VERIFY_WITH_TIMEOUT(latency->stretch() != nullptr, 120'000);
        const StretchPtr s = latency->stretch();
        QVERIFY(s->complete);
        const double bucketMs = partial->bucketS * 1000.0;
        QVERIFY(s->fromMs <= overview->timeAt(overview->width() / 4) && s->fromMs > overview->timeAt(overview->width() / 4) - bucketMs);
        // Cut at the end of the last interval the partial run had closed.
        QCOMPARE(s->toMs, std::floor(partial->recordedUntilMs / bucketMs) * bucketMs);
        QVERIFY(s->toMs < overview->timeAt(overview->width() * 9 / 10));
        // Its figures are those of the finished run, and it is still shown.
        compareWithBuckets(*s, *c->run());
        QCOMPARE(latency->stretch(), s);
        QCOMPARE(latency->xAxis->range().lower, s->fromMs / 86'400'000.0);
    }

    /// The checkpoint made at the paused playhead of a sampled run counts the requests seen before
    /// it: a slider moved there resumes from it with the same sample as a full run of the result.
    void aSliderMovedAtThePausedPlayheadKeepsTheSample()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(month());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(c), 300'000);
        QVERIFY(c.run()->invocationStride > 1);
        const double t = 10.3 * 86'400'000.0;
        c.clock()->seek(t);
        QTRY_VERIFY_WITH_TIMEOUT(c.preparedCheckpoint() != nullptr, 60'000);
        QVERIFY(c.setValue("function.memory_mb", 1536.0).empty());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(c), 300'000);
        const RunPtr moved = c.run();
        QCOMPARE(moved->simulatedFromMs, std::nextafter(t, 0.0));

        SimulationController full;
        full.clock()->setAutoTick(false);
        full.setScenario(c.scenario());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(full), 300'000);
        const RecordedRun &f = *full.run();
        QCOMPARE(moved->invocationStride, f.invocationStride);
        QCOMPARE(moved->invocationsSeen, f.invocationsSeen);
        QCOMPARE(moved->invocations.size(), f.invocations.size());
        for (std::size_t i = 0; i < f.invocations.size(); ++i)
            if (moved->invocations[i].id != f.invocations[i].id || moved->invocations[i].endMs != f.invocations[i].endMs)
                QFAIL(qPrintable(QStringLiteral("sampled request %1 differs").arg(i)));
        QCOMPARE(moved->summary.requests.completed, f.summary.requests.completed);
        QCOMPARE(moved->summary.events, f.summary.events);
        QCOMPARE(moved->summary.cost.total(), f.summary.cost.total());
    }

    void progressIsReportedAndTheRunGrowsWhileItComputes()
    {
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setPartialIntervalMs(0);   // every slice: many partial runs in a test-sized run
        QSignalSpy progress(&c, &SimulationController::computeProgress);
        std::vector<double> recorded;
        connect(&c, &SimulationController::runReady, this, [&](const RunPtr &run) {
            recorded.push_back(run->finished ? run->durationMs : run->recordedUntilMs);
        });
        c.setScenario(month());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(c), 300'000);
        QVERIFY(recorded.size() >= 3);
        QVERIFY(std::is_sorted(recorded.begin(), recorded.end()));
        QVERIFY(!progress.isEmpty());
        for (const auto &args : progress) {
            QVERIFY(args.at(0).toDouble() >= 0 && args.at(0).toDouble() <= 1);
        }
    }

    void cancelKeepsThePartialRun()
    {
        ExplorerWindow w(month());
        w.setAutoPlay(false);
        w.show();
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        c->setPartialIntervalMs(0);
        c->recompute();
        auto *cancel = w.findChild<QToolButton *>(QStringLiteral("cancelComputeButton"));
        QVERIFY(cancel);
        auto *label = w.findChild<QLabel *>(QStringLiteral("computingLabel"));
        // "computing… 34 %, 40 s left" once the worker reported, with Cancel beside it.
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() || !c->isComputing(), 300'000);
        if (!c->isComputing())
            QSKIP("the run finished before its first progress report");
        QVERIFY2(label->text().contains(QLatin1String("%")), qPrintable(label->text()));
        cancel->click();
        QTRY_VERIFY(!c->isComputing());
        QVERIFY(c->run());
        QVERIFY(!c->run()->finished);
        QVERIFY(label->text().isEmpty());
        QVERIFY(!cancel->isVisible());
    }

private:
    Summary m_summary;
};

QTEST_MAIN(TestLongRun)
#include "tst_longrun.moc"
