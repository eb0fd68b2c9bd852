// SPDX-License-Identifier: GPL-3.0-or-later
// The window's two performance figures, offscreen:
//  1. slider to redraw: a one-hour scenario at 50 requests/s plays; a slider moves 50 times; the
//     time from each move until all four plots have replotted the new run;
//  2. frames per second while playing with about 100 environments on screen.
// Not a test: figures to read, run by hand. The last line is JSON.
#include "environmentlanes.h"
#include "explorerwindow.h"
#include "language.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "runrecorder.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "valueslider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QEvent>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace lle;

namespace {

class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

bool upToDate(const SimulationController &c)
{
    return c.run() && c.run()->finished && c.run()->generation == c.generation();
}

template <typename Pred>
bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto k = static_cast<std::size_t>(std::clamp(p * double(v.size()) - 0.5, 0.0, double(v.size() - 1)));
    return v[k];
}

/// The UI thread's longest stall: a 2 ms timer notes the largest gap between two of its
/// timeouts (the gap includes the 2 ms interval itself).
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (double(now - m_last) / 1e6 > m_maxGapMs) {
                m_maxGapMs = double(now - m_last) / 1e6;
                // On the clock LLE_PROFILE=1 stamps its lines with, to see what ran in the stall.
                m_maxGapEndStamp = double(std::chrono::duration_cast<std::chrono::microseconds>(
                                              std::chrono::steady_clock::now().time_since_epoch()).count() % 1'000'000'000) / 1000.0;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return m_maxGapMs; }
    double maxGapEndStamp() const { return m_maxGapEndStamp; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_maxGapMs = 0;
    double m_maxGapEndStamp = 0;
};

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslator(QStringLiteral("en"));

    Scenario hour = defaultScenario();
    hour.name = "one hour at 50 requests/s";
    hour.durationS = 3600;
    hour.workload.pattern = WorkloadPattern::Poisson;
    hour.workload.ratePerS = 50;
    hour.platform.idleTimeout = {false, 600, 600};

    // --- 0. what a checkpoint costs (the controller keeps up to 48 per run) ------------------------
    {
        Simulator sim(hour);
        RunRecorder recorder(hour, sim);
        sim.setObserver(&recorder);   // as on the worker: phase ticks in the queue
        for (double t : {600'000.0, 1'800'000.0, 3'000'000.0}) {
            sim.runUntil(t);
            std::vector<std::unique_ptr<Simulator>> clones;
            // Heap in use, small blocks and mmapped ones (glibc serves large blocks with mmap).
            const auto inUse = [] { const auto m = mallinfo2(); return m.uordblks + m.hblkhd; };
            const auto before = inUse();
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 10; ++i)
                clones.push_back(sim.clone());
            const double cloneMs = double(timer.nsecsElapsed()) / 1e6 / 10;
            const double mb = double(inUse() - before) / 10 / (1024.0 * 1024.0);
            std::printf("checkpoint at t=%.0f s: %.2f MB and %.2f ms per clone (%d kept per run: %.0f MB)\n",
                        t / 1000.0, mb, cloneMs, RunRecorder::kMaxCheckpoints, mb * RunRecorder::kMaxCheckpoints);
        }
    }

    // --- 1. slider to redraw ---------------------------------------------------------------------
    std::vector<double> ms;
    Heartbeat heartbeat;   // runs while the slider moves and while playing, not while profiling
    {
        const Scenario &s = hour;
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        auto *c = w.controller();
        if (!waitFor([&] { return upToDate(*c); }, 30'000)) {
            std::fprintf(stderr, "bench_ui: the first run did not finish\n");
            return 1;
        }
        c->clock()->setSpeed(60);
        c->clock()->play();
        heartbeat.start();
        ValueSlider *memory = w.panel()->memorySlider();
        const RunPlot *plots[] = {w.latencyPlot(), w.cdfPlot(), w.costPlot(), w.environmentsPlot()};
        const int positions[] = {420, 520, 600, 480};
        for (int i = 0; i < 50; ++i) {
            // Let playback run a little, then jump ahead so the moves spread over the hour.
            waitFor([] { return false; }, 40);
            c->clock()->seek(30'000.0 + i * 70'000.0);
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            memory->setValue(positions[i % 4] + i);   // as a keyboard step: commits at once
            const auto generation = c->generation();
            const bool ok = waitFor([&] {
                return std::all_of(std::begin(plots), std::end(plots),
                                   [&](const RunPlot *p) { return p->shownGeneration() >= generation; });
            }, 10'000);
            if (!ok) {
                std::fprintf(stderr, "bench_ui: move %d was never redrawn\n", i);
                return 1;
            }
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            std::printf("move %2d at t=%6.0f s: %.1f ms (run %s)\n", i, c->clock()->simTimeMs() / 1000.0, ms.back(),
                        c->run()->finished ? "complete" : "partial");
        }
        heartbeat.stop();
        c->clock()->pause();
        waitFor([&] { return upToDate(*c); }, 30'000);
        // What one frame costs at the end of the hour, view by view.
        QCustomPlot *all[] = {w.latencyPlot(), w.cdfPlot(), w.costPlot(), w.environmentsPlot()};
        std::printf("replot at t=%.0f s:", c->clock()->simTimeMs() / 1000.0);
        for (QCustomPlot *p : all) {
            QElapsedTimer t;
            t.start();
            p->replot(QCustomPlot::rpImmediateRefresh);
            std::printf(" %s %.1f ms", p->metaObject()->className(), double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        c->clock()->seek(c->clock()->simTimeMs() + 1000);
        std::printf(", setPlayhead on every view %.1f ms", double(t.nsecsElapsed()) / 1e6);
        t.start();
        w.repaint();
        std::printf(", window repaint %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    }

    // --- 2. frames per second with 100 environments on screen -----------------------------------------
    double fps = 0;
    int envsOnScreen = 0;
    {
        Scenario s = defaultScenario();
        s.name = "about 100 busy environments";
        s.durationS = 600;
        s.workload.pattern = WorkloadPattern::Poisson;
        s.workload.ratePerS = 500;
        s.function.handler.cpuMs = 0;
        s.function.handler.ioMs = 200;
        s.platform.idleTimeout = {false, 60, 60};
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        auto *c = w.controller();
        waitFor([&] { return upToDate(*c); }, 30'000);
        c->clock()->seek(120'000);
        PaintCounter counter;
        w.lanes()->installEventFilter(&counter);
        c->clock()->setSpeed(1);
        c->clock()->play();
        heartbeat.start();
        QElapsedTimer t;
        t.start();
        waitFor([] { return false; }, 5000);
        heartbeat.stop();
        fps = counter.paints / (double(t.nsecsElapsed()) / 1e9);
        envsOnScreen = w.lanes()->visibleEnvironments();
        c->clock()->pause();
        std::printf("playing at 1x: %d lane frames in %.2f s, %d environments on screen, %lld frames dropped\n",
                    counter.paints, double(t.nsecsElapsed()) / 1e9, envsOnScreen,
                    static_cast<long long>(c->clock()->framesDropped()));
    }

    std::printf("longest UI-thread stall while moving sliders and playing: %.1f ms (ended at %.1f on the LLE_PROFILE clock)\n",
                heartbeat.maxGapMs(), heartbeat.maxGapEndStamp());
    std::printf("{\"slider_to_redraw_ms_p50\": %.1f, \"slider_to_redraw_ms_p95\": %.1f, \"fps_100_envs\": %.1f}\n",
                percentile(ms, 0.5), percentile(ms, 0.95), fps);
    return 0;
}
