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

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
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
