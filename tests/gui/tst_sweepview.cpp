// SPDX-License-Identifier: GPL-3.0-or-later
// The sweep window: the points of a sweep or grid, "now", presets, a click applying a point.
#include "labtesting.h"
#include "sweepplot.h"
#include "sweepview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace lle;
using namespace lle::testing;

class TestSweepView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void sweepComputesThePointsAndMarksTheCurrentConfiguration()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        // Before the first run: no legend box, empty or naming series that have no point.
        QVERIFY(!view->curvePlot()->legend->visible());
        QVERIFY(!view->paretoPlot()->legend->visible());
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 1024, 2048"));
        view->setReplications(2);
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(view->curvePlot()->legend->visible());
        QVERIFY(view->paretoPlot()->legend->visible());

        // The same figures as the core's own sweep of the same base, run serially.
        const Scenario base = f.controller()->configAt(0);
        SweepSpec spec{{SweepAxis{"function.memory_mb", {512.0, 1024.0, 2048.0}}}, 2};
        const SweepPlan plan = planSweep(base, spec);
        const SweepResult expected = runSweep(plan);
        QCOMPARE(view->rows().size(), std::size_t(3));
        for (std::size_t p = 0; p < 3; ++p)
            for (int m = 0; m < kSweepMetricCount; ++m)
                QCOMPARE(view->rows()[p].mean[m], expected.rows[p].mean[m]);
        QVERIFY(view->rows()[0].mean[SweepMetric::LatencyP50Ms] > view->rows()[2].mean[SweepMetric::LatencyP50Ms]);

        // 1,024 MB is what the window runs: that point is "now".
        QCOMPARE(view->currentPoint(), 1);
        QVERIFY(view->reference());
        QCOMPARE(view->reference()->mean, view->rows()[1].mean);
        QCPGraph *now = view->paretoPlot()->nowGraph();
        QCOMPARE(now->data()->size(), 1);
        QCOMPARE(now->data()->begin()->key, view->rows()[1].mean[SweepMetric::LatencyP99Ms]);
        QCOMPARE(now->data()->begin()->value, view->rows()[1].mean[SweepMetric::CostPerMillionRequestsUsd]);
        QCOMPARE(view->paretoPlot()->pointsGraph()->data()->size(), 3);
        QCOMPARE(view->curvePlot()->costGraph()->data()->size(), 3);
        QCOMPARE(view->curvePlot()->p99Graph()->data()->size(), 3);
        // The point that is now has no change against now.
        QCOMPARE(view->deltaText(1), QStringLiteral("1,024 MB: \u00b10 % cost, \u00b10 % p99 against now"));
    }

    void sweepRunsTheCurrentConfigurationWhenItIsNotAPoint()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512,2048"));
        view->setReplications(1);
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);
        QCOMPARE(view->currentPoint(), -1);
        QVERIFY(view->reference());
        const SweepMetrics now = runSweepJob(SweepJob{0, 0, f.controller()->configAt(0)});
        QCOMPARE(view->reference()->mean, now);
    }

    void badSweepInputIsRefusedWithTheKey()
    {
        LabWindow f;
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 99999"));
        QVERIFY(!view->start());
        QVERIFY(!view->isRunning());
        auto *status = view->findChild<QLabel *>(QStringLiteral("sweepStatus"));
        QVERIFY(status->text().contains(QStringLiteral("function.memory_mb")));
    }

    void cancelStopsTheSweep()
    {
        LabWindow f;
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("duration_s"), QStringLiteral("86400, 86401, 86402, 86403"));
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        view->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(view->rows().empty());
    }

    void deltaTextOfAKnownPair()
    {
        QCOMPARE(SweepView::deltaText(QStringLiteral("2,048 MB"), 1.00, 0.82, 400, 232),
                 QStringLiteral("2,048 MB: \u221218 % cost, \u221242 % p99 against now"));
        QCOMPARE(SweepView::deltaText(QStringLiteral("128 MB"), 2.0, 2.5, 100, 1150),
                 QStringLiteral("128 MB: +25 % cost, +1,050 % p99 against now"));
        QCOMPARE(SweepView::percentChange(0, 5), QStringLiteral("–"));
    }

    void clickingAPointAppliesItAtThePlayhead()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512,1024,2048"));
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);

        f.controller()->clock()->seek(30'000);
        view->applyPoint(2);
        const Scenario &s = f.controller()->scenario();
        QCOMPARE(s.changes.size(), std::size_t(1));
        QCOMPARE(s.changes[0].atS, 30.0);
        QCOMPARE(s.changes[0].set.size(), std::size_t(1));
        QCOMPARE(s.changes[0].set[0].first, std::string("function.memory_mb"));
        QCOMPARE(std::get<double>(s.changes[0].set[0].second), 2048.0);
        QCOMPARE(f.controller()->configAt(30'000).function.memoryMb, 2048);
        QCOMPARE(f.controller()->configAt(29'999).function.memoryMb, 1024);

        // A real click on the 512 MB marker does the same through the plot's signal.
        ParetoPlot *plot = view->paretoPlot();
        QTRY_VERIFY(plot->isVisible() && plot->width() > 100);
        plot->replot();
        const QPointF at(plot->xAxis->coordToPixel(view->rows()[0].mean[SweepMetric::LatencyP99Ms]),
                         plot->yAxis->coordToPixel(view->rows()[0].mean[SweepMetric::CostPerMillionRequestsUsd]));
        QCOMPARE(plot->pointAt(at), 0);
        // Hovering shows the point's change against now in words.
        QHelpEvent help(QEvent::ToolTip, at.toPoint(), plot->mapToGlobal(at.toPoint()));
        QApplication::sendEvent(plot, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(view->deltaText(0)), qPrintable(QToolTip::text()));
        QVERIFY(view->deltaText(0).startsWith(QStringLiteral("512 MB: ")));
        QSignalSpy clicked(plot, &ParetoPlot::pointClicked);
        f.controller()->clock()->seek(45'000);
        QTest::mouseClick(plot, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(f.controller()->configAt(45'000).function.memoryMb, 512);
        QCOMPARE(f.controller()->scenario().changes.size(), std::size_t(2));
    }

    void gridSweepShowsEveryPointAndASeriesPerSecondValue()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 2048"));
        view->setSecondKey(QStringLiteral("platform.idle_timeout_s"), QStringLiteral("60, 900"));
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(view->plan().spec.axes.size(), std::size_t(2));
        QCOMPARE(view->rows().size(), std::size_t(4));

        // Every grid point in the Pareto view, labelled by both values.
        QCOMPARE(view->paretoPlot()->pointsGraph()->data()->size(), 4);
        QVERIFY2(view->pointLabel(1).startsWith(QStringLiteral("512 MB \u00b7 ")), qPrintable(view->pointLabel(1)));
        QVERIFY(view->pointLabel(1) != view->pointLabel(0));
        QVERIFY(view->deltaText(3).startsWith(view->pointLabel(3) + QStringLiteral(": ")));
        // The curve: one series per idle timeout, each with both memory sizes, in its own colour.
        SweepCurvePlot *curve = view->curvePlot();
        QCOMPARE(curve->seriesCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(curve->costGraph(i)->data()->size(), 2);
            QCOMPARE(curve->p99Graph(i)->data()->size(), 2);
        }
        QVERIFY(curve->costGraph(0)->pen().color() != curve->costGraph(1)->pen().color());
        QVERIFY(curve->costGraph(0)->scatterStyle().shape() != curve->costGraph(1)->scatterStyle().shape());
        // Point 3 (2,048 MB, 900 s) is the second series' second point: the same figures.
        const double p99 = view->rows()[3].mean[SweepMetric::LatencyP99Ms];
        QCOMPARE((curve->p99Graph(1)->data()->constEnd() - 1)->value, p99);
        QVERIFY(curve->legend->itemCount() >= 4);

        // Hovering finds a point; clicking it applies both keys at the playhead.
        ParetoPlot *pareto = view->paretoPlot();
        pareto->resize(600, 400);
        pareto->replot(QCustomPlot::rpImmediateRefresh);
        const auto &row = view->rows()[3];
        const QPointF at(pareto->xAxis->coordToPixel(row.mean[SweepMetric::LatencyP99Ms]),
                         pareto->yAxis->coordToPixel(row.mean[SweepMetric::CostPerMillionRequestsUsd]));
        const int hit = pareto->pointAt(at);
        QVERIFY(hit >= 0);
        QCOMPARE(view->rows()[std::size_t(hit)].mean, row.mean);   // or a point on top of it
        view->applyPoint(3);
        QTRY_VERIFY(upToDate(*f.controller()));
        const Scenario now = f.controller()->configAt(f.controller()->clock()->simTimeMs());
        QCOMPARE(now.function.memoryMb, 2048);
        QCOMPARE(now.platform.idleTimeout.minS, 900.0);
    }

    void idleTimeoutPresetShowsColdStartsAndIdleGbSeconds()
    {
        LabWindow f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->choosePreset(SweepView::Preset::IdleTimeout);
        view->setSecondKey(QString(), QString());
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60'000);
        SweepCurvePlot *curve = view->curvePlot();
        QCOMPARE(curve->seriesCount(), 1);
        QVERIFY(curve->coldGraph() && curve->idleGraph());
        QVERIFY(!curve->costGraph());
        QCOMPARE(curve->coldGraph()->valueAxis(), curve->yAxis);
        QCOMPARE(curve->idleGraph()->valueAxis(), curve->yAxis2);
        QCOMPARE(curve->yAxis->label(), QStringLiteral("cold starts (%)"));
        QCOMPARE(curve->yAxis2->label(), QStringLiteral("idle environments (GB-s)"));
        const std::size_t n = view->rows().size();
        QCOMPARE(curve->idleGraph()->data()->size(), int(n));
        // Drawn as the rows have it (sorted by idle timeout, as the preset lists them).
        QCOMPARE(curve->idleGraph()->data()->at(int(n) - 1)->value, view->rows()[n - 1].mean[SweepMetric::IdleGbS]);
        QVERIFY(view->rows()[n - 1].mean[SweepMetric::IdleGbS] > 0);
    }
};

QTEST_MAIN(TestSweepView)
#include "tst_sweepview.moc"
