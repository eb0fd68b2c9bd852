// SPDX-License-Identifier: GPL-3.0-or-later
// A long run in the window against the same run headless: time to the first picture, time to the
// whole run, peak memory; then the same scenario summary-only, as `--headless --outputs summary`
// runs it. `bench_longrun [month|year|days N] [rate]` (default: a month at a mean 100 requests/s,
// diurnal). Offscreen; not a test: figures to read, never run by ctest.
#include "explorerwindow.h"
#include "kpistrip.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

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

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::string which = argc > 1 ? argv[1] : "month";
    double days = which == "year" ? 365 : 30;
    int rateArg = 2;
    if (which == "days" && argc > 2) {
        days = std::stod(argv[2]);
        rateArg = 3;
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
