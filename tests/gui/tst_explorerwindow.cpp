// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentlanes.h"
#include "explorerwindow.h"
#include "imagetesting.h"
#include "kpistrip.h"
#include "palette.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "runtimepresets.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "valueslider.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lle;
using lle::testing::colourNear;

class TestExplorerWindow : public QObject {
    Q_OBJECT

    static bool upToDate(const SimulationController &c)
    {
        return c.run() && c.run()->finished && c.run()->generation == c.generation();
    }

    /// The same graphs with the same points.
    static void compareGraphs(const QCustomPlot &a, const QCustomPlot &b)
    {
        QCOMPARE(a.graphCount(), b.graphCount());
        for (int g = 0; g < a.graphCount(); ++g) {
            const auto x = a.graph(g)->data(), y = b.graph(g)->data();
            QCOMPARE(x->size(), y->size());
            for (auto i = x->constBegin(), k = y->constBegin(); i != x->constEnd(); ++i, ++k) {
                QCOMPARE(i->key, k->key);
                QCOMPARE(i->value, k->value);
            }
        }
    }

private slots:
    void diurnalWorkloadShowsTheTimeOfDay_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<double>("atS");
        QTest::addColumn<QString>("shown");
        QTest::newRow("diurnal, afternoon") << QStringLiteral("diurnal") << 14 * 3600.0 + 5 * 60 + 30 << QStringLiteral("day 1, 14:05");
        QTest::newRow("diurnal, second day") << QStringLiteral("diurnal") << 86400.0 + 3600 << QStringLiteral("day 2, 01:00");
        QTest::newRow("poisson") << QStringLiteral("poisson") << 3600.0 << QString();
    }

    void diurnalWorkloadShowsTheTimeOfDay()
    {
        QFETCH(QString, pattern);
        QFETCH(double, atS);
        QFETCH(QString, shown);
        Scenario s = defaultScenario();
        s.durationS = 2 * 86400;
        setScenarioValue(s, "workload.pattern", pattern.toStdString());
        setScenarioValue(s, pattern == QLatin1String("diurnal") ? "workload.mean_rate_per_s" : "workload.rate_per_s", 0.01);
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        w.controller()->clock()->setAutoTick(false);
        w.controller()->clock()->seek(atS * 1000);
        QCoreApplication::processEvents();
        auto *clock = w.findChild<QLabel *>(QStringLiteral("clockLabel"));
        QVERIFY(clock);
        if (shown.isEmpty())
            QVERIFY2(!clock->text().contains(QLatin1String("day")), qPrintable(clock->text()));
        else
            QVERIFY2(clock->text().endsWith(shown), qPrintable(clock->text()));
    }

    void lanesTimeAxisFitsTheRun_data()
    {
        QTest::addColumn<double>("durationS");
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("windowS");
        QTest::newRow("8 s run") << 8.0 << 1.0 << 8.0;
        QTest::newRow("an hour at 1×") << 3600.0 << 1.0 << 30.0;
        QTest::newRow("an hour at 1000×") << 3600.0 << 1000.0 << 3600.0;
    }

    void lanesTimeAxisFitsTheRun()
    {
        QFETCH(double, durationS);
        QFETCH(double, speed);
        QFETCH(double, windowS);
        Scenario s = defaultScenario();
        s.durationS = durationS;
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        w.controller()->clock()->setSpeed(speed);
        QCOMPARE(w.lanes()->windowMs(), windowS * 1000);
    }

    void changeLabelsCloseInTimeDoNotOverlap()
    {
        // Two changes two seconds apart in a ten-minute run: both lines, one readable label.
        Scenario sc = defaultScenario();
        sc.changes = {Change{100, {{"function.memory_mb", 1024.0}}}, Change{102, {{"function.memory_mb", 2048.0}}},
                      Change{400, {{"function.memory_mb", 512.0}}}};
        ExplorerWindow w(sc);
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(500'000);
        QCoreApplication::processEvents();
        int lines = 0, shown = 0;
        QStringList texts;
        for (int i = 0; i < w.costPlot()->itemCount(); ++i) {
            QCPAbstractItem *item = w.costPlot()->item(i);
            if (auto *line = qobject_cast<QCPItemStraightLine *>(item); line && line->pen().style() == Qt::DashLine
                && line->pen().color() == Palette::changeMarker())
                ++lines;
            if (auto *t = qobject_cast<QCPItemText *>(item); t && t->visible() && t->text().startsWith(QLatin1String("memory"))) {
                ++shown;
                texts << t->text();
            }
        }
        QCOMPARE(lines, 3);
        QCOMPARE(shown, 2);   // one of the pair at 100 s and 102 s hides behind the other
        // The newest label always shows.
        QVERIFY2(texts.contains(QStringLiteral("memory 2,048 → 512 MB")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void sliderMoveDuringPlaybackMakesAChangeAtThePlayhead()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->play();
        c->clock()->seek(42'000);
        ValueSlider *memory = w.panel()->memorySlider();
        // A keyboard step on the slider (not dragging) commits at once.
        memory->setFocus();
        QTest::keyClick(memory, Qt::Key_PageUp);
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        const Change &change = c->scenario().changes[0];
        QCOMPARE(change.atS, 42.0);
        QCOMPARE(change.set[0].first, std::string("function.memory_mb"));
        QVERIFY(std::get<double>(change.set[0].second) > 512);
        QCOMPARE(c->clock()->simTimeMs(), 42'000.0);
        // Playback goes on before the new run is there: the plots draw the old run past the
        // change until it comes.
        c->clock()->seek(50'000);
        QVERIFY(w.latencyPlot()->run()->generation < c->generation());
        QTRY_VERIFY(upToDate(*c));
        QTRY_COMPARE(w.latencyPlot()->shownGeneration(), c->generation());
        // The plots mark the moment: a line and a label per change.
        QCOMPARE(w.latencyPlot()->itemCount(), 4 + 2);   // playhead, Shift+drag stretch, sampling label, explained-request ring + marker line + label
        bool labelled = false;
        for (int i = 0; i < w.costPlot()->itemCount(); ++i)
            if (auto *t = qobject_cast<QCPItemText *>(w.costPlot()->item(i)))
                labelled = labelled || t->property("fullText").toString().startsWith(QStringLiteral("memory 512 → "));   // the window is not shown: no room
        QVERIFY(labelled);

        // The plots kept their points before the change and drew the rest again: they hold what
        // plots drawing the new run from scratch hold, also after playing on.
        for (double t : {50'000.0, 75'000.0}) {
            c->clock()->seek(t);
            LatencyPlot latency;
            CdfPlot cdf;
            CostPlot cost;
            EnvironmentsPlot environments;
            for (RunPlot *fresh : std::initializer_list<RunPlot *>{&latency, &cdf, &cost, &environments}) {
                fresh->setPlayhead(t);
                fresh->setRun(c->run());
            }
            compareGraphs(*w.latencyPlot(), latency);
            compareGraphs(*w.cdfPlot(), cdf);
            compareGraphs(*w.costPlot(), cost);
            compareGraphs(*w.environmentsPlot(), environments);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void panelShownOncePerMove_data()
    {
        QTest::addColumn<double>("atMs");
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("changes");
        QTest::newRow("at the start") << 0.0 << "function.memory_mb" << 2048.0 << 0;
        QTest::newRow("during the run") << 42'000.0 << "function.memory_mb" << 2048.0 << 1;
        QTest::newRow("the value in effect") << 42'000.0 << "function.memory_mb" << 512.0 << 0;
        QTest::newRow("a rate") << 42'000.0 << "workload.rate_per_s" << 7.0 << 1;
    }

    void panelShownOncePerMove()
    {
        // One move, one refresh of the panel: the change shows itself (scenarioChanged), nothing
        // shows it a second time; a value equal to the one in effect puts the control back once.
        QFETCH(double, atMs);
        QFETCH(QString, path);
        QFETCH(double, value);
        QFETCH(int, changes);
        Scenario s = defaultScenario();
        s.workload.pattern = WorkloadPattern::Poisson;
        s.function.memoryMb = 512;
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(atMs);
        QCoreApplication::processEvents();
        int shown = 0;
        connect(w.panel(), &ParameterPanel::configShown, this, [&] { ++shown; });
        emit w.panel()->valueRequested(path.toStdString(), value);
        QCOMPARE(shown, 1);
        QCOMPARE(int(c->scenario().changes.size()), changes);
        QCOMPARE(*jsonValueAt(scenarioToJson(c->configAt(atMs + 1)), path.toStdString()), ScalarValue(value));
    }

    void runtimeComboListsEveryPreset()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(upToDate(*c));
        auto *combo = w.panel()->findChild<QComboBox *>(QStringLiteral("runtimeCombo"));
        QVERIFY(combo);
        QStringList listed, presets;
        for (int i = 0; i < combo->count(); ++i)
            listed << combo->itemData(i).toString();
        for (const auto &p : runtimePresets())
            presets << QString::fromLatin1(p.id.data(), static_cast<int>(p.id.size()));
        QCOMPARE(listed, presets);
        for (const char *id : {"python3.14", "nodejs24.x", "java25", "dotnet10", "ruby3.4"})
            QVERIFY2(listed.contains(QLatin1String(id)), id);

        // Choosing one brings its measured runtime init; the label shows that distribution's mean.
        const int ruby = combo->findData(QStringLiteral("ruby3.4"));
        combo->setCurrentIndex(ruby);
        emit combo->activated(ruby);   // what a choice in the popup sends
        QTRY_COMPARE(c->scenario().function.runtime, std::string("ruby3.4"));
        const double mean = c->scenario().function.initMs.runtime;
        QVERIFY(c->scenario().function.runtimeInitQuantiles);
        QVERIFY(mean > c->scenario().function.runtimeInitQuantiles->medianMs);
        auto *runtimeInit = w.panel()->findChild<QLabel *>(QStringLiteral("runtimeInitValue"));
        QTRY_COMPARE(runtimeInit->text(), QStringLiteral("%1 ms").arg(QLocale().toString(mean, 'f', 0)));
    }

    void showingAScenarioChangesNothing()
    {
        // Controls show values without rounding them to their steps, and showing is not editing:
        // a scenario opened and not touched stays the scenario.
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(30'000);
        QTest::qWait(20);
        QVERIFY(c->scenario() == defaultScenario());
        // python3.12's preset: the mean of the lognormal fitted to the measured median 92.3, p90 113.3.
        QVERIFY(std::abs(defaultScenario().function.initMs.runtime - 93.49) < 0.01);
        auto *runtimeInit = w.panel()->findChild<QLabel *>(QStringLiteral("runtimeInitValue"));
        QVERIFY(runtimeInit);
        QCOMPARE(runtimeInit->text(), QStringLiteral("93 ms"));
        auto *runtimeSlider = w.panel()->findChild<ValueSlider *>(QStringLiteral("runtimeInitSlider"));
        QCOMPARE(runtimeSlider->realValue(), defaultScenario().function.initMs.runtime);
        // Grabbing the handle and letting go without moving it changes nothing: neither the 95 of
        // the slider's nearest step nor a plain mean in place of the preset's fitted distribution.
        runtimeSlider->setSliderDown(true);
        runtimeSlider->setSliderDown(false);
        QVERIFY(c->scenario() == defaultScenario());

        // Moving one control changes that one value only, as a change at the playhead; the panel
        // showing the new configuration adds nothing.
        ValueSlider *memory = w.panel()->memorySlider();
        memory->setFocus();
        QTest::keyClick(memory, Qt::Key_PageUp);
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        QCOMPARE(c->scenario().changes[0].set.size(), std::size_t(1));
        QCOMPARE(c->scenario().changes[0].set[0].first, std::string("function.memory_mb"));
        Scenario withoutChanges = c->scenario();
        withoutChanges.changes.clear();
        QVERIFY(withoutChanges == defaultScenario());
        c->clock()->seek(35'000);
        QTRY_VERIFY(upToDate(*c));
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        QCOMPARE(runtimeInit->text(), QStringLiteral("93 ms"));
    }

    void rangedIdleTimeoutIsAChangeAtThePlayhead()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(42'000);
        auto *mode = w.panel()->findChild<QComboBox *>(QStringLiteral("idleModeCombo"));
        QVERIFY(mode);
        mode->setCurrentIndex(mode->findData(true));
        emit mode->activated(mode->currentIndex());
        QCOMPARE(c->scenario().platform.idleTimeout, defaultScenario().platform.idleTimeout);   // the past stays
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        const Change &change = c->scenario().changes[0];
        QCOMPARE(change.atS, 42.0);
        QCOMPARE(change.set.size(), std::size_t(2));
        QCOMPARE(c->configAt(50'000).platform.idleTimeout, (IdleTimeout{true, 300, 900}));
        QTRY_VERIFY(upToDate(*c));
        QTRY_COMPARE(w.costPlot()->shownGeneration(), c->generation());
        bool labelled = false;
        for (int i = 0; i < w.costPlot()->itemCount(); ++i)
            if (auto *t = qobject_cast<QCPItemText *>(w.costPlot()->item(i)))
                labelled = labelled || t->property("fullText").toString() == QStringLiteral("idle timeout 20.0 s → 5–15 min");   // shortened only where the plot has no room
        QVERIFY(labelled);
        // And back to the fixed value shown before, at the same moment.
        mode->setCurrentIndex(mode->findData(false));
        emit mode->activated(mode->currentIndex());
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        QCOMPARE(c->configAt(50'000).platform.idleTimeout, defaultScenario().platform.idleTimeout);
    }

    void plotsHoldTheExpectedGraphsAndPoints()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(60'000);
        QCOMPARE(w.latencyPlot()->graphCount(), 4 + 3 + 2);   // start types; bands and a stretch hidden
        QCOMPARE(w.cdfPlot()->graphCount(), 3);           // cold, warm; all requests hidden
        QCOMPARE(w.costPlot()->graphCount(), CostSeries::kCount);   // ephemeral storage, free tier hidden
        QCOMPARE(w.environmentsPlot()->graphCount(), 5);
        // Every request is kept in a ten-minute run: no bands, no "1 in N".
        QVERIFY(!w.latencyPlot()->band(0)->visible());
        QCOMPARE(w.latencyPlot()->shownOneIn(), std::uint64_t(1));
        QVERIFY(!w.cdfPlot()->allSeries()->visible());
        // One point per request completed by the playhead, in its start type's series.
        const RunPtr run = c->run();
        std::map<StartType, int> expected;
        for (std::size_t i = 0; i < run->invocationsUntil(60'000); ++i) {
            const auto &r = run->invocations[i];
            if (r.kind == RequestKind::Request && r.startType != StartType::Throttled)
                ++expected[r.startedAs];
        }
        QVERIFY(expected[StartType::Cold] > 0);
        QVERIFY(expected[StartType::Warm] > 0);
        QCOMPARE(w.latencyPlot()->series(StartType::Cold)->dataCount(), expected[StartType::Cold]);
        QCOMPARE(w.latencyPlot()->series(StartType::Warm)->dataCount(), expected[StartType::Warm]);
        // Cost and environment lines have one point per elapsed one-second bucket (cost starts at 0,
        // the last bucket's step ends at the playhead).
        QCOMPARE(w.environmentsPlot()->line(0)->dataCount(), 61);
        QCOMPARE(w.costPlot()->line(0)->dataCount(), 61);
        QVERIFY(w.cdfPlot()->warmSeries()->dataCount() > 2);
        // Moving back rebuilds to the earlier moment.
        c->clock()->seek(10'000);
        QVERIFY(w.latencyPlot()->series(StartType::Warm)->dataCount() < expected[StartType::Warm]);
        QCOMPARE(w.environmentsPlot()->line(0)->dataCount(), 11);
    }

    void plotsFollowThePlayheadDuringPlayback()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        qint64 now = 0;
        c->clock()->setAutoTick(false);
        c->clock()->setTimeSource([&now] { return now; });
        QTRY_VERIFY(upToDate(*c));
        c->clock()->setSpeed(10);
        c->clock()->play();
        for (int frame = 0; frame < 300; ++frame) {
            now += 16'666'667;
            c->clock()->tick();
        }
        const double t = c->clock()->simTimeMs() / 1000.0;
        QVERIFY(t > 45);
        for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{w.costPlot(), w.environmentsPlot()})
            for (int g = 0; g < p->graphCount(); ++g) {
                const auto d = p->graph(g)->data();
                QVERIFY(!d->isEmpty());
                QVERIFY2((d->constEnd() - 1)->key >= t - 2,
                         qPrintable(QStringLiteral("%1 graph %2 ends at %3, playhead %4")
                                        .arg(QString::fromLatin1(p->metaObject()->className())).arg(g)
                                        .arg((d->constEnd() - 1)->key).arg(t)));
            }
        QVERIFY(w.latencyPlot()->series(StartType::Warm)->dataCount() > 50);
    }

    void rendersTheWholeWindowToPng()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(upToDate(*c));
        QTRY_COMPARE(w.latencyPlot()->shownGeneration(), c->generation());
        // The plots draw the seek on their next replot (queued): the picture waits for it.
        const int replots = w.latencyPlot()->replotCount();
        c->clock()->seek(45'000);
        QTRY_VERIFY(w.latencyPlot()->replotCount() > replots);
        // …and the KPI strip its figures at 45 s (recomputed a few times a second).
        const KpiStrip::Figures at45 = KpiStrip::compute(*c->run(), 45'000);
        QVERIFY(at45.requests > 0);
        QTRY_COMPARE(w.kpiStrip()->figures().requests, at45.requests);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("explorer.png"));
        QVERIFY(w.grab().save(file, "PNG"));
        QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 720));
        // The picture shows the latency plot's requests up to the playhead where the plot has them:
        // each start type's dots, sampled along the series, in its colour at their place in the window.
        LatencyPlot *plot = w.latencyPlot();
        for (StartType type : {StartType::Cold, StartType::Warm}) {
            QCPGraph *g = plot->series(type);
            const int n = g->dataCount();
            QVERIFY2(n > 0, qPrintable(g->name()));
            int shown = 0, sampled = 0;
            for (int k = 0; k < 8; ++k) {
                const auto point = g->data()->at(k * (n - 1) / 7);
                const QPoint at = plot->mapTo(&w, QPointF(plot->xAxis->coordToPixel(point->key),
                                                          plot->yAxis->coordToPixel(point->value)).toPoint());
                ++sampled;
                shown += colourNear(image, at, Palette::startType(type), 3, 24);
            }
            QVERIFY2(shown * 4 >= sampled * 3,
                     qPrintable(QStringLiteral("%1: %2 of %3 dots").arg(g->name()).arg(shown).arg(sampled)));
        }
        // …and no dot after the playhead: the plot's series end there.
        QVERIFY((plot->series(StartType::Warm)->data()->constEnd() - 1)->key <= 45.0);
        QVERIFY(w.lanes()->visibleEnvironments() > 0);
    }
};

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorerwindow.moc"
