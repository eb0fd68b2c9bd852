// SPDX-License-Identifier: GPL-3.0-or-later
#include "stretchdetail.h"

#include "simulator.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace lle {

namespace {
class Collector : public SimulationObserver {
public:
    Collector(StretchDetail &d) : m_d(d) {}
    void requestCompleted(const InvocationRecord &inv) override { keep(inv); }
    void requestThrottled(const InvocationRecord &inv) override { keep(inv); }

private:
    void keep(const InvocationRecord &inv)
    {
        if (inv.endMs < m_d.fromMs || inv.endMs >= m_d.toMs)
            return;
        if (m_d.requests.size() >= StretchDetail::kMaxRequests) {
            m_d.complete = false;
            return;
        }
        m_d.requests.push_back(inv);
    }
    StretchDetail &m_d;
};
}  // namespace

StretchDetail StretchDetail::simulate(const RecordedRun &run, double fromMs, double toMs,
                                      const std::atomic<bool> *cancel)
{
    StretchDetail d;
    d.fromMs = fromMs;
    d.toMs = toMs;
    // The latest checkpoint at or before the stretch; without one, from the start (a trace run
    // keeps none and reads a file: it cannot be simulated again here).
    const Checkpoint *from = nullptr;
    for (const Checkpoint &c : run.checkpoints)
        if (c.atMs <= fromMs)
            from = &c;
    std::unique_ptr<Simulator> sim = from ? from->sim->clone() : nullptr;
    if (!sim) {
        for (const ConfigPeriod &p : run.periods)
            if (p.scenario.workload.pattern == WorkloadPattern::Trace) {
                d.complete = false;
                return d;
            }
        sim = std::make_unique<Simulator>(run.scenario);
    }
    // Slices, so that a newer request stops this one soon.
    const auto runTo = [&](double to) {
        const double slice = std::max(1.0, run.durationMs / 20'000.0);
        for (double t = sim->now(); t < to && !sim->finished();) {
            t = std::min(to, t + slice);
            sim->runUntil(t);
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
        }
        return true;
    };
    if (!runTo(std::nextafter(fromMs, -std::numeric_limits<double>::infinity())))
        return d;
    Collector collect(d);
    sim->setObserver(&collect);
    runTo(toMs);
    sim->setObserver(nullptr);
    return d;
}

StretchLoader::~StretchLoader()
{
    if (m_cancel)
        m_cancel->store(true);
    for (auto *watcher : findChildren<QFutureWatcher<StretchPtr> *>(Qt::FindDirectChildrenOnly)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void StretchLoader::load(RunPtr run, double fromMs, double toMs)
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcher<StretchPtr>::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (!run)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<StretchPtr>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<StretchPtr>::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        emit loaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([run, fromMs, toMs, cancel = m_cancel] {
        return StretchPtr(std::make_shared<StretchDetail>(StretchDetail::simulate(*run, fromMs, toMs, cancel.get())));
    }));
}

}  // namespace lle
