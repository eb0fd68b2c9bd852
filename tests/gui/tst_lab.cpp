// SPDX-License-Identifier: GPL-3.0-or-later
// The trade-off lab in the window: sweep view, run history, compare A/B, calibration, trace progress.
#include "calibrationdialog.h"
#include "calibrationplot.h"
#include "comparisonview.h"
#include "explorerwindow.h"
#include "lab.h"
#include "palette.h"
#include "rng.h"
#include "runhistorydialog.h"
#include "runhistory.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "atomicfile.h"
#include "studyrunner.h"
#include "traceprogress.h"
#include "sweepplot.h"
#include "sweepview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QTranslator>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTest>

#include <fstream>
#include <QHelpEvent>
#include <QToolTip>
#include <QThreadPool>

#include <cmath>
#include <map>

using namespace lle;

namespace {

/// A minute at 5 requests/s: a few hundred requests, quick to sweep.
Scenario smallScenario()
{
    Scenario s = defaultScenario();
    s.name = "small";
    s.durationS = 60;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 5;
    s.function.memoryMb = 1024;
    return s;
}

bool upToDate(const SimulationController &c)
{
    return c.run() && c.run()->finished && c.run()->generation == c.generation();
}

/// The window with the lab, its first run complete, playback paused.
struct Fixture {
    ExplorerWindow window{smallScenario()};
    Lab *lab;
    Fixture()
    {
        window.setAutoPlay(false);
        window.controller()->clock()->setAutoTick(false);
        lab = new Lab(&window);
    }
    SimulationController *controller() { return window.controller(); }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void menusAreThere()
    {
        Fixture f;
        auto *lab = f.window.findChild<QMenu *>(QStringLiteral("menuLab"));
        QVERIFY(lab);
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionSweep")));
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionRunHistory")) || lab->actions().size() >= 2);
        // Calibrate sits in the File menu before Quit.
        auto *file = f.window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        const auto actions = file->actions();
        int calibrate = -1, quit = -1;
        for (int i = 0; i < actions.size(); ++i) {
            if (actions[i]->objectName() == QLatin1String("actionCalibrate"))
                calibrate = i;
            if (actions[i]->objectName() == QLatin1String("actionQuit"))
                quit = i;
        }
        QVERIFY(calibrate >= 0);
        QVERIFY(quit < 0 || calibrate < quit);
        QVERIFY(f.window.findChild<QAction *>(QStringLiteral("actionOpenStudy")));
        QVERIFY(actions.contains(f.window.findChild<QAction *>(QStringLiteral("actionOpenStudy"))));
    }

    void planForAClusterThenOpenTheMergedStudy()
    {
        Fixture f;
        QTRY_VERIFY(upToDate(*f.controller()));
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 2048"));
        view->setReplications(2);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("study"));
        QVERIFY(view->planForCluster(dir));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("sweepStatus"))->text().contains(QStringLiteral("Planned 4 jobs")));

        // Half the jobs run: the study cannot be shown yet, and says why.
        StudyManifest m;
        QVERIFY(!readStudyPlan(dir, &m));
        QCOMPARE(m.jobCount(), std::size_t(4));
        const Scenario base = studyBaseScenario(m);
        auto runJob = [&](std::size_t i) {
            return writeFileAtomically(QStringLiteral("%1/results/%2.json").arg(dir).arg(i), runStudyJob(m, base, i));
        };
        QVERIFY(runJob(0) && runJob(1));
        QSignalSpy opened(f.lab, &Lab::studyOpened);
        f.lab->openStudy(dir);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY2(opened.at(0).at(1).toString().contains(QStringLiteral("2 of 4 jobs have no result yet")),
                 qPrintable(opened.at(0).at(1).toString()));
        auto *box = f.window.findChild<QMessageBox *>(QStringLiteral("openStudyProblem"));
        QVERIFY(box);
        box->close();

        // Every job run: the sweep view shows the study with the figures of a sweep run here.
        QVERIFY(runJob(2) && runJob(3));
        f.lab->openStudy(dir);
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toBool(), true);
        QCOMPARE(view->studyDir(), dir);
        const SweepResult expected =
            runSweep(planSweep(f.controller()->configAt(0), SweepSpec{{SweepAxis{"function.memory_mb", {512.0, 2048.0}}}, 2}));
        QCOMPARE(view->rows().size(), std::size_t(2));
        for (std::size_t p = 0; p < 2; ++p)
            QCOMPARE(view->rows()[p].mean, expected.rows[p].mean);
        QCOMPARE(view->paretoPlot()->pointsGraph()->data()->size(), 2);
        QCOMPARE(view->paretoPlot()->nowGraph()->data()->size(), 0);   // a study has no "now"
        // Its points belong to its own scenario: a click does not change the window's.
        const auto generation = f.controller()->generation();
        QSignalSpy message(view, &SweepView::message);
        view->applyPoint(1);
        QCOMPARE(message.count(), 1);
        QCOMPARE(f.controller()->generation(), generation);
    }

    void sweepComputesThePointsAndMarksTheCurrentConfiguration()
    {
        Fixture f;
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
        Fixture f;
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
        Fixture f;
        SweepView *view = f.lab->openSweep();
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 99999"));
        QVERIFY(!view->start());
        QVERIFY(!view->isRunning());
        auto *status = view->findChild<QLabel *>(QStringLiteral("sweepStatus"));
        QVERIFY(status->text().contains(QStringLiteral("function.memory_mb")));
    }

    void cancelStopsTheSweep()
    {
        Fixture f;
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
        Fixture f;
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

    void historyRecordsAppliedConfigurationsAndRestores()
    {
        Fixture f;
        RunHistory *history = f.lab->history();
        QCOMPARE(history->entries().size(), std::size_t(1));
        QTRY_VERIFY(history->entries()[0].kpis.has_value());
        const Scenario first = f.controller()->scenario();

        QVERIFY(f.controller()->setValues({{"function.memory_mb", 2048.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(2));
        QVERIFY(history->entries()[1].changed.contains(QStringLiteral("2,048 MB")));
        QCOMPARE(history->entries()[1].scenario.function.memoryMb, 2048);
        QTRY_VERIFY(history->entries()[1].kpis.has_value());
        QVERIFY(history->entries()[1].kpis->p50Ms < history->entries()[0].kpis->p50Ms);

        f.controller()->clock()->seek(20'000);
        QVERIFY(f.controller()->setValues({{"function.provisioned_concurrency", 2.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(3));
        QVERIFY(history->entries()[2].changed.contains(QStringLiteral("0:20.000")));
        // A value equal to the one in effect changes nothing and adds nothing.
        QVERIFY(f.controller()->setValues({{"function.provisioned_concurrency", 2.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(3));

        history->restore(0);
        QCOMPARE(f.controller()->scenario(), first);
        QCOMPARE(history->entries().size(), std::size_t(4));
        QVERIFY(history->entries()[3].changed.contains(QStringLiteral("1")));
        history->restore(2);
        QCOMPARE(f.controller()->scenario().changes.size(), std::size_t(1));
        QCOMPARE(f.controller()->scenario().function.memoryMb, 2048);
    }

    void compareRunsBothOnTheSameArrivals()
    {
        Scenario a = smallScenario();
        Scenario b = a;
        b.function.memoryMb = 2048;
        b.seed = 99;   // the comparison runs B on A's seed
        ComparisonView view(a, b, QStringLiteral("A"), QStringLiteral("B"));
        QSignalSpy ready(&view, &ComparisonView::ready);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60'000);
        QCOMPARE(ready.at(0).at(0).toBool(), true);
        // B's header states how B differs from A (the seed is A's, so only the memory).
        auto *titleB = view.findChild<QLabel *>(QStringLiteral("comparisonTitleB"));
        QVERIFY(titleB);
        QVERIFY2(titleB->text().endsWith(QStringLiteral("B against A: memory 1,024 MB → 2,048 MB")), qPrintable(titleB->text()));
        const RunPtr ra = view.runA(), rb = view.runB();
        QVERIFY(ra && rb);
        QCOMPARE(ra->summary.requests.total, rb->summary.requests.total);
        QVERIFY(ra->summary.requests.total > 100);
        // Every request arrives at the same time in both runs.
        std::map<std::uint64_t, double> arrivalsA, arrivalsB;
        for (const InvocationRecord &r : ra->invocations)
            arrivalsA[r.id] = r.arrivalMs;
        for (const InvocationRecord &r : rb->invocations)
            arrivalsB[r.id] = r.arrivalMs;
        QCOMPARE(arrivalsA.size(), std::size_t(ra->summary.requests.total));
        QVERIFY(arrivalsA == arrivalsB);
        // …and B is B: more memory, shorter handlers.
        QVERIFY(rb->summary.latency.p50 < ra->summary.latency.p50);
        QCOMPARE(view.scenarioB().function.memoryMb, 2048);

        // The KPI table: p50 row, B − A negative.
        QTableWidget *table = view.kpiTable();
        QVERIFY(table->item(1, 2)->text().startsWith(QStringLiteral("\u2212")));
        QVERIFY(table->item(1, 3)->text().endsWith(QStringLiteral("%")));
        // Both CDFs drawn, each ending at 100 %.
        QVERIFY(view.cdfPlot()->graph(0)->data()->size() > 10);
        QVERIFY(view.cdfPlot()->graph(1)->data()->size() > 10);
        QCOMPARE((view.cdfPlot()->graph(1)->data()->constEnd() - 1)->value, 100.0);
        // One clock drives both lanes.
        view.clock()->seek(12'000);
        QCOMPARE(view.clock()->simTimeMs(), 12'000.0);
    }

    void calibrationDialogShowsBothHistograms()
    {
        QTemporaryDir dir;
        QByteArray log;
        // 400 reports at 512 MB: durations 80–120 ms, every tenth a cold start with 300 ms of init.
        for (int i = 0; i < 400; ++i) {
            const double d = 80 + (i * 37 % 41);
            log += "2026-01-01T10:00:00.000Z START RequestId: r" + QByteArray::number(i) + "\n";
            log += "REPORT RequestId: r" + QByteArray::number(i) + "\tDuration: " + QByteArray::number(d, 'f', 2)
                 + " ms\tBilled Duration: " + QByteArray::number(int(std::ceil(d))) + " ms\tMemory Size: 512 MB\t"
                 + "Max Memory Used: 70 MB";
            if (i % 10 == 0)
                log += "\tInit Duration: 300.00 ms";
            log += "\t\n";
        }
        const QString path = dir.filePath(QStringLiteral("cloudwatch.log"));
        QVERIFY(writeFile(path, log));

        CalibrationDialog dialog(path, defaultScenario());
        QSignalSpy done(&dialog, &CalibrationDialog::calibrated);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->memoryMb, 512);
        QCOMPARE(dialog.result()->reports, std::size_t(400));
        QCOMPARE(dialog.result()->scenario.function.memoryMb, 512);
        // Both histograms drawn over the same bins, each summing to 100 %.
        const auto *measured = dialog.plot()->measuredBars()->data().data();
        const auto *model = dialog.plot()->modelGraph()->data().data();
        QVERIFY(measured->size() > 5);
        QCOMPARE(measured->size(), model->size());
        double sumMeasured = 0, sumModel = 0;
        for (auto it = measured->constBegin(); it != measured->constEnd(); ++it)
            sumMeasured += it->value;
        for (auto it = model->constBegin(); it != model->constEnd(); ++it)
            sumModel += it->value;
        QVERIFY(std::abs(sumMeasured - 100) < 1e-6);
        QVERIFY(std::abs(sumModel - 100) < 0.5);   // a few model draws may fall outside the log's range
        // The fitted scenario can be saved and read back.
        const QString out = dir.filePath(QStringLiteral("fitted.json"));
        QString error;
        QVERIFY2(dialog.saveScenario(out, &error), qPrintable(error));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        auto parsed = parseScenario(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(parsed.scenario);
        QCOMPARE(parsed.scenario->function.memoryMb, 512);

        // The runtime whose init is subtracted is shown and can be picked; for one runtime the
        // dialog fits what the command line fits (calibrate() on the scenario with that runtime).
        QComboBox *runtime = dialog.runtimeCombo();
        QVERIFY(runtime && runtime->isEnabled());
        QCOMPARE(runtime->currentText(), QString::fromStdString(defaultScenario().function.runtime));
        auto commandLine = [&](const std::string &id) {
            std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
            Scenario base = defaultScenario();
            setScenarioValue(base, "function.runtime", id);
            return calibrate(readReportSamples(in, path.toStdString()), base);
        };
        QCOMPARE(dialog.result()->scenario.function.initMs.function,
                 commandLine(defaultScenario().function.runtime).scenario.function.initMs.function);
        const double before = dialog.result()->scenario.function.initMs.function;
        runtime->setCurrentText(QStringLiteral("java21"));
        QCOMPARE(done.count(), 2);
        QCOMPARE(dialog.result()->scenario.function.runtime, std::string("java21"));
        QCOMPARE(dialog.result()->scenario.function.initMs.function, commandLine("java21").scenario.function.initMs.function);
        QVERIFY(dialog.result()->scenario.function.initMs.function != before);
        auto *fitted = dialog.findChild<QLabel *>(QStringLiteral("calibrationFitted"));
        QVERIFY(fitted);
        QVERIFY2(fitted->text().contains(QLatin1String("java21's runtime init")), qPrintable(fitted->text()));
        QVERIFY2(fitted->text().contains(QLatin1String("at 1 vCPU")), qPrintable(fitted->text()));
    }

    void calibrationReportsABadLineByNumber()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.log"));
        QVERIFY(writeFile(path, "START RequestId: a\nREPORT RequestId: a\tDuration: 10.00 ms\tBilled Duration: 10 ms\t"
                                "Memory Size: 256 MB\tMax Memory Used: 50 MB\t\nREPORT RequestId: b\tDuration: soon\n"));
        CalibrationDialog dialog(path, defaultScenario());
        QSignalSpy done(&dialog, &CalibrationDialog::calibrated);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.problem().contains(QStringLiteral("bad.log:3:")), qPrintable(dialog.problem()));
    }

    void traceRunReportsProgressAndItsArrivals()
    {
        QTemporaryDir dir;
        QByteArray csv = "timestamp_s\n";
        for (int i = 0; i < 250; ++i)
            csv += QByteArray::number(i * 0.2, 'f', 1) + "\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("day.csv")), csv));
        Scenario s = smallScenario();
        s.workload.pattern = WorkloadPattern::Trace;
        s.workload.trace.format = TraceFormat::Timestamps;
        s.workload.trace.path = "day.csv";
        s.baseDir = dir.path().toStdString();

        Fixture f;
        QSignalSpy progress(f.controller(), &SimulationController::traceProgress);
        f.controller()->setScenario(s);
        QTRY_VERIFY(upToDate(*f.controller()));
        QCOMPARE(f.controller()->run()->summary.requests.total, std::uint64_t(250));
        QVERIFY(progress.count() >= 1);
        const auto last = progress.last();
        QCOMPARE(last.at(0).toULongLong(), quint64(csv.size()));
        QCOMPARE(last.at(1).toULongLong(), quint64(csv.size()));
        // The status bar's progress saw the whole file and hid when the run was done.
        QCOMPARE(f.lab->traceProgress()->bar()->value(), 1000);
        QVERIFY(f.lab->traceProgress()->isHidden());

        // A bad line: the window hears of it with the line number.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.csv")), "timestamp_s\n1\n2\nthree\n"));
        s.workload.trace.path = "bad.csv";
        QSignalSpy failed(f.controller(), &SimulationController::runFailed);
        f.controller()->setScenario(s);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("bad.csv:4:")), qPrintable(failed.at(0).at(0).toString()));
        QTRY_VERIFY(!f.controller()->isComputing());
    }

    void aLongComputationCanBeCancelled()
    {
        Fixture f;
        QTRY_VERIFY(upToDate(*f.controller()));
        const std::uint64_t before = f.controller()->run()->generation;
        Scenario s = smallScenario();
        s.durationS = 30 * 86400;   // a month at 50 requests/s: far longer than the test
        s.workload.ratePerS = 50;
        f.controller()->setScenario(s);
        QVERIFY(f.controller()->isComputing());
        // The status bar's Cancel (shown while a trace is read) stops any computation.
        QTest::mouseClick(f.lab->traceProgress()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!f.controller()->isComputing());
        // No run of the cancelled request was published as complete; the one shown stays.
        QVERIFY(f.controller()->run());
        QVERIFY(f.controller()->run()->generation == before || !f.controller()->run()->finished);
    }

    void gridSweepShowsEveryPointAndASeriesPerSecondValue()
    {
        Fixture f;
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
        Fixture f;
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

    /// The figure through the window's path (QtConcurrent over the global pool), printed,
    /// not asserted: LLE_LAB_BENCH=1 tst_lab memorySweepFigure.
    void memorySweepFigure()
    {
        if (!qEnvironmentVariableIsSet("LLE_LAB_BENCH"))
            QSKIP("a measurement: set LLE_LAB_BENCH=1");
        Scenario s;
        s.name = "one hour at 50 requests/s";
        s.durationS = 3600;
        s.workload.pattern = WorkloadPattern::Poisson;
        s.workload.ratePerS = 50;
        ExplorerWindow window(s);
        window.setAutoPlay(false);
        window.controller()->clock()->setAutoTick(false);
        auto *lab = new Lab(&window);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*window.controller()), 60'000);   // the window's own run first
        SweepView *view = lab->openSweep();
        view->choosePreset(SweepView::Preset::Memory);
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120'000);
        QCOMPARE(view->rows().size(), std::size_t(13));
        qInfo("memory sweep through the sweep view, 13 points x 1 h at 50/s: %.3f s on %d threads",
              view->elapsedMs() / 1000.0, QThreadPool::globalInstance()->maxThreadCount());
    }

    /// Pictures of the lab's windows to look at: LLE_LAB_SCREENSHOTS=DIR [LLE_LAB_LANG=ko
    /// LLE_LAB_QM=a.qm,b.qm] tst_lab screenshots.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LLE_LAB_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("pictures for people: set LLE_LAB_SCREENSHOTS=DIR");
        const QString lang = qEnvironmentVariable("LLE_LAB_LANG", QStringLiteral("en"));
        QList<QTranslator *> translators;
        for (const QString &qm : qEnvironmentVariable("LLE_LAB_QM").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto *t = new QTranslator(qApp);
            QVERIFY2(t->load(qm), qPrintable(qm));
            QCoreApplication::installTranslator(t);
            translators << t;
        }
        if (lang == QLatin1String("ko"))
            QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const bool dark = qEnvironmentVariableIntValue("LLE_LAB_DARK") == 1;
        if (dark)
            QApplication::setPalette(Palette::darkPalette());
        const auto save = [&](QWidget *w, const QString &name) {
            QVERIFY(w->grab().save(QDir(dir).filePath(name + QLatin1Char('-') + lang
                                                       + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png"))));
        };

        Scenario s = defaultScenario();
        ExplorerWindow window(s);
        window.setAutoPlay(false);
        window.controller()->clock()->setAutoTick(false);
        window.resize(1280, 720);
        window.show();
        auto *lab = new Lab(&window);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*window.controller()), 60'000);
        SweepView *view = lab->openSweep();
        view->window()->resize(1180, 640);
        view->setReplications(3);
        QSignalSpy done(view, &SweepView::finished);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120'000);
        QTest::qWait(50);   // let the queued replots draw (a picture, not an assertion)
        save(view->window(), QStringLiteral("lab-sweep"));
        qInfo("%s", qPrintable(view->deltaText(6)));
        view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 1024, 2048, 4096"));
        view->setSecondKey(QStringLiteral("platform.idle_timeout_s"), QStringLiteral("60, 600"));
        view->setReplications(1);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 120'000);
        QTest::qWait(50);
        save(view->window(), QStringLiteral("lab-sweep-grid"));
        view->setSecondKey(QString(), QString());
        view->choosePreset(SweepView::Preset::IdleTimeout);
        QVERIFY(view->start());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 120'000);
        QTest::qWait(50);
        save(view->window(), QStringLiteral("lab-sweep-idle"));
        view->window()->close();

        QVERIFY(window.controller()->setValues({{"function.memory_mb", 2048.0}}).empty());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*window.controller()), 60'000);
        window.controller()->clock()->seek(300'000);
        QVERIFY(window.controller()->setValues({{"function.provisioned_concurrency", 2.0}}).empty());
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*window.controller()), 60'000);
        RunHistoryDialog *history = lab->openHistory();
        QTRY_VERIFY(lab->history()->entries().back().kpis.has_value());
        history->table()->selectRow(0);
        history->table()->selectRow(1);
        save(history, QStringLiteral("lab-history"));

        ComparisonView *compare = lab->compare(0, 1);
        QSignalSpy ready(compare, &ComparisonView::ready);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60'000);
        compare->clock()->seek(95'000);
        QTest::qWait(50);
        save(compare, QStringLiteral("lab-compare"));
        compare->close();

        QTemporaryDir logs;
        QByteArray log;
        Rng rng(7, 1);
        for (int i = 0; i < 3000; ++i) {
            const int memory = i % 3 == 0 ? 1024 : 512;
            const double d = (memory == 512 ? 160.0 : 90.0) * std::exp(0.35 * rng.normal() - 0.06);
            log += "REPORT RequestId: r" + QByteArray::number(i) + "\tDuration: " + QByteArray::number(d, 'f', 2)
                 + " ms\tBilled Duration: " + QByteArray::number(int(std::ceil(d))) + " ms\tMemory Size: "
                 + QByteArray::number(memory) + " MB\tMax Memory Used: 70 MB";
            if (i % 25 == 0)
                log += "\tInit Duration: " + QByteArray::number(250 + 40 * rng.normal(), 'f', 2) + " ms";
            log += "\t\n";
        }
        const QString path = logs.filePath(QStringLiteral("cloudwatch.log"));
        QVERIFY(writeFile(path, log));
        CalibrationDialog *calibration = lab->calibrate(path);
        QSignalSpy calibrated(calibration, &CalibrationDialog::calibrated);
        QTRY_COMPARE_WITH_TIMEOUT(calibrated.count(), 1, 30'000);
        QTest::qWait(50);
        save(calibration, QStringLiteral("lab-calibration"));
        calibration->close();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestLab)
#include "tst_lab.moc"
