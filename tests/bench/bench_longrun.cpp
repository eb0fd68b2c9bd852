// SPDX-License-Identifier: GPL-3.0-or-later
// A long run in the window against the same run headless: time to the first picture, time to the
// whole run, peak memory; then the same scenario summary-only, as `--headless --outputs summary`
// runs it. `bench_longrun [month|year|days N] [rate]` (default: a month at a mean 100 requests/s,
// diurnal). `year` goes on from the end to the export (the report's plots and the data files
// that do not hold a row per request) and leaves out the headless run; `computing [days N] [rate]`
// moves a slider while the run still computes and times the new run's first picture.
// Offscreen; not a test: figures to read, never run by ctest.
#include "explorerwindow.h"
#include "kpistrip.h"
#include "reportexport.h"
#include "reportplots.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

long rssKb(const char *key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(std::string(key).size()));
    return -1;
}

/// Runs the event loop until `done`, looking every 20 ms: the UI thread idles as in the window
/// (a processEvents() loop would spin and take a core from the worker).
void waitFor(const std::function<bool()> &done)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start();
    loop.exec();
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

}  // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);   // each figure as soon as it is known (a year takes long)
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::string which = argc > 1 ? argv[1] : "month";
    int arg = 2;
    const bool computing = which == "computing";
    if (computing) {
        which = argc > arg ? argv[arg] : "month";
        arg += argc > arg ? 1 : 0;
    }
    double days = which == "year" ? 365 : 30;
    int rateArg = arg;
    if (which == "days" && argc > arg) {
        days = std::stod(argv[arg]);
        rateArg = arg + 1;
    }
    const double rate = argc > rateArg ? std::stod(argv[rateArg]) : 100;

    lle::Scenario s = lle::defaultScenario();
    s.name = "long run";
    s.durationS = days * 86400;
    s.workload.pattern = lle::WorkloadPattern::Diurnal;
    s.workload.meanRatePerS = rate;
    s.platform.idleTimeout = lle::IdleTimeout{};
    std::printf("%.0f days at a mean %.0f requests/s (diurnal), %.0f M requests expected\n", days, rate,
                days * 86400 * rate / 1e6);

    QElapsedTimer clock;
    clock.start();
    lle::ExplorerWindow w(s);
    w.setAutoPlay(false);
    w.resize(1280, 720);
    w.show();
    auto *c = w.controller();
    double firstMs = -1;
    QObject::connect(w.latencyPlot(), &lle::RunPlot::redrawn, &app, [&](quint64 generation) {
        if (firstMs < 0 && generation > 0)
            firstMs = double(clock.nsecsElapsed()) / 1e6;
    });
    if (computing) {
        // A slider moved while the run still computes, at ten points of it: the new run starts
        // from the checkpoint before the playhead, and its first part is drawn.
        quint64 drawn = 0;
        QObject::connect(w.latencyPlot(), &lle::RunPlot::redrawn, &app, [&](quint64 generation) { drawn = generation; });
        std::vector<double> arrive, draw;
        const double durationMs = s.durationS * 1000.0;
        const int moves = 10;
        for (int k = 1; k <= moves; ++k) {
            const double at = durationMs * 0.02 * k;
            waitFor([&] { return c->run() && c->run()->recordedUntilMs >= at + durationMs * 0.02; });
            c->clock()->seek(at);
            const std::uint64_t before = c->generation();
            QElapsedTimer slider;
            slider.start();
            c->setValue("function.memory_mb", k % 2 ? 1024.0 : 512.0);
            waitFor([&] { return c->run() && c->run()->generation > before; });
            arrive.push_back(double(slider.nsecsElapsed()) / 1e6);
            waitFor([&] { return drawn > before; });
            draw.push_back(double(slider.nsecsElapsed()) / 1e6);
            std::printf("slider moved at %.2f days while computing (%.0f %% done): resumed %.2f h before it, new run "
                        "in %.0f ms, drawn in %.0f ms\n",
                        at / 86'400'000.0, 100 * c->run()->recordedUntilMs / durationMs,
                        (at - c->run()->simulatedFromMs) / 3'600'000.0, arrive.back(), draw.back());
        }
        std::sort(draw.begin(), draw.end());
        const double median = (draw[(moves - 1) / 2] + draw[moves / 2]) / 2;
        std::printf("drawn after a slider move while computing (n = %d): median %.0f ms, min %.0f ms, max %.0f ms "
                    "(load %s), peak RSS %ld MB\n", moves, median, draw.front(), draw.back(), qPrintable(loadAverage()),
                    rssKb("VmHWM:") / 1024);
        // Then five where the playhead went back a day and a half and stood still for 1.5 s first
        // (a trainer looks, then moves the slider), far behind the computation's front: the
        // checkpoint made at the paused playhead meanwhile is where the new run starts.
        std::vector<double> paused;
        for (int k = 1; k <= 5; ++k) {
            const double at = durationMs * (0.2 + 0.02 * k) - 1.5 * 86'400'000.0;
            waitFor([&] { return c->run() && c->run()->recordedUntilMs >= at + 1.5 * 86'400'000.0; });
            c->clock()->seek(at);
            QElapsedTimer still;
            still.start();
            waitFor([&] { return still.elapsed() >= 1500; });
            const std::uint64_t before = c->generation();
            QElapsedTimer slider;
            slider.start();
            c->setValue("function.memory_mb", k % 2 ? 1024.0 : 512.0);
            waitFor([&] { return c->run() && c->run()->generation > before && drawn > before; });
            paused.push_back(double(slider.nsecsElapsed()) / 1e6);
            std::printf("slider moved at %.2f days after 1.5 s paused there (%.0f %% done): resumed %.2f h before it, "
                        "drawn in %.0f ms\n", at / 86'400'000.0, 100 * c->run()->recordedUntilMs / durationMs,
                        (at - c->run()->simulatedFromMs) / 3'600'000.0, paused.back());
        }
        std::sort(paused.begin(), paused.end());
        std::printf("drawn after a slider move at a paused playhead while computing (n = 5): median %.0f ms, min %.0f ms, "
                    "max %.0f ms (load %s), peak RSS %ld MB\n", paused[2], paused.front(), paused.back(),
                    qPrintable(loadAverage()), rssKb("VmHWM:") / 1024);
        c->cancelComputation();
        return 0;
    }
    waitFor([&] { return c->run() && c->run()->finished && c->run()->generation == c->generation(); });
    const double wholeMs = double(clock.nsecsElapsed()) / 1e6;
    const long afterRun = rssKb("VmRSS:");
    // Play a little at the fastest speed, then go to the end and read the KPIs.
    c->clock()->setSpeed(lle::PlaybackClock::kMaxSpeed);
    c->clock()->play();
    QElapsedTimer play;
    play.start();
    waitFor([&] { return play.elapsed() > 3000; });
    c->clock()->pause();
    w.findChild<QAction *>(QStringLiteral("actionGoToEnd"))->trigger();
    waitFor([&] { return w.kpiStrip()->figures().requests == c->run()->summary.requests.completed; });
    const auto &run = *c->run();
    std::printf("window: first picture %.0f ms, whole run %.1f s, RSS after the run %ld MB, peak %ld MB\n"
                "        1 in %u requests kept dot by dot, %zu buckets of %.0f s\n",
                firstMs, wholeMs / 1000, afterRun / 1024, rssKb("VmHWM:") / 1024, run.invocationStride,
                run.metrics.size(), run.bucketS);
    const auto &f = w.kpiStrip()->figures();
    std::printf("        at the end: cold %.4f %%, p50 %.1f ms, p99 %.1f ms, cost $%.2f, %llu requests\n",
                f.coldPercent, f.p50, f.p99, f.costSoFar, static_cast<unsigned long long>(f.requests));
    std::printf("        played 3 s and went to the end: peak RSS %ld MB (load %s)\n", rssKb("VmHWM:") / 1024,
                qPrintable(loadAverage()));

    if (which == "year") {
        // The export, as File -> Export -> Report runs it on a worker: the five plots drawn from the
        // recorded run, then the run simulated again into the data files. invocations.csv and
        // timeline.csv would hold a row per request and phase (over 200 GB each for a year): the
        // simulation behind them is the same, so the files measured are summary.json,
        // environments.csv and metrics.csv.
        QTemporaryDir dir;
        QElapsedTimer exporting;
        exporting.start();
        const lle::RunPtr shown = c->run();
        auto job = QtConcurrent::run([shown, path = dir.path()] {
            for (lle::PlotKind kind : lle::ReportPlots::kAll)
                if (!shown || lle::ReportPlots::renderAnyThread(kind, *shown).isNull())
                    return lle::ExportResult{};
            lle::OutputSelection outputs;
            outputs.invocations = outputs.timeline = false;
            return lle::ReportExport::exportCsv(*shown, path, outputs);
        });
        waitFor([&] { return job.isFinished(); });
        const lle::ExportResult exported = job.result();
        std::printf("        export: %s in %.1f s (%lld files), peak RSS %ld MB (load %s)\n",
                    exported.ok ? "written" : qPrintable(exported.error), double(exporting.nsecsElapsed()) / 1e9,
                    static_cast<long long>(exported.files.size()), rssKb("VmHWM:") / 1024, qPrintable(loadAverage()));
        return 0;
    }

    // A slider moved in the middle of the month: how soon the new run's first part is shown.
    c->clock()->seek(s.durationS * 1000.0 / 2);
    const std::uint64_t before = c->generation();
    QElapsedTimer slider;
    slider.start();
    c->setValue("function.memory_mb", 1024.0);
    waitFor([&] { return c->run() && c->run()->generation > before; });
    const double sliderMs = double(slider.nsecsElapsed()) / 1e6;
    waitFor([&] { return c->run()->finished && c->run()->generation == c->generation(); });
    std::printf("        slider moved at the middle: first result of the new run in %.0f ms, all of it in %.1f s\n",
                sliderMs, double(slider.nsecsElapsed()) / 1e9);
    // The same where the playhead stood still for 1.5 s first: a checkpoint is made at it meanwhile.
    c->clock()->seek(s.durationS * 1000.0 * 0.7);
    QElapsedTimer still;
    still.start();
    waitFor([&] { return still.elapsed() >= 1500; });
    const std::uint64_t again = c->generation();
    slider.start();
    c->setValue("function.memory_mb", 512.0);
    waitFor([&] { return c->run() && c->run()->generation > again; });
    std::printf("        slider moved at 21 days after 1.5 s paused there: first result in %.0f ms (resumed %.2f h before)\n",
                double(slider.nsecsElapsed()) / 1e6, (s.durationS * 1000.0 * 0.7 - c->run()->simulatedFromMs) / 3.6e6);
    waitFor([&] { return c->run()->finished && c->run()->generation == c->generation(); });

    QElapsedTimer headless;
    headless.start();
    lle::Simulator sim(s);
    sim.run();
    const double headlessMs = double(headless.nsecsElapsed()) / 1e6;
    const auto sum = sim.summary();
    std::printf("headless summary only: %.1f s; window / headless = %.2f\n"
                "        cold %.4f %%, p50 %.1f ms, p99 %.1f ms, cost $%.2f, %llu requests\n",
                headlessMs / 1000, wholeMs / headlessMs, 100 * sum.coldStartRatio, sum.latency.p50,
                sum.latency.p99, sum.cost.total(), static_cast<unsigned long long>(sum.requests.completed));
    return 0;
}
