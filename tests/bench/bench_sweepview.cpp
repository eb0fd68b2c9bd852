// SPDX-License-Identifier: GPL-3.0-or-later
// The trade-off lab's memory sweep through the sweep window (QtConcurrent over the global pool),
// as a trainer starts it: 13 memory sizes × one hour at 50 requests/s. Prints the time; asserts
// nothing but that the sweep finished with every point.
#include "explorerwindow.h"
#include "lab.h"
#include "playbackclock.h"
#include "simulationcontroller.h"
#include "sweepview.h"

#include <QApplication>
#include <QTest>
#include <QThreadPool>

#include <cstdio>

using namespace lle;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    Scenario s;
    s.name = "one hour at 50 requests/s";
    s.durationS = 3600;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 50;
    ExplorerWindow window(s);
    window.setAutoPlay(false);
    window.controller()->clock()->setAutoTick(false);
    auto *lab = new Lab(&window);
    const auto upToDate = [&] {
        const SimulationController &c = *window.controller();
        return c.run() && c.run()->finished && c.run()->generation == c.generation();
    };
    if (!QTest::qWaitFor(upToDate, 60'000)) {   // the window's own run first
        std::fprintf(stderr, "bench_sweepview: the window's run did not finish\n");
        return 1;
    }
    SweepView *view = lab->openSweep();
    view->choosePreset(SweepView::Preset::Memory);
    bool finished = false, ok = false;
    QObject::connect(view, &SweepView::finished, [&](bool success) { finished = true; ok = success; });
    if (!view->start() || !QTest::qWaitFor([&] { return finished; }, 300'000) || !ok || view->rows().size() != 13) {
        std::fprintf(stderr, "bench_sweepview: the memory sweep did not complete its 13 points\n");
        return 1;
    }
    std::printf("memory sweep through the sweep view, 13 points x 1 h at 50/s: %.3f s on %d threads\n",
                view->elapsedMs() / 1000.0, QThreadPool::globalInstance()->maxThreadCount());
    return 0;
}
