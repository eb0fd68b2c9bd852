// SPDX-License-Identifier: GPL-3.0-or-later
#include "stretchdetail.h"

#include "simulator.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {
constexpr double kEnd = std::numeric_limits<double>::infinity();

class Collector : public SimulationObserver {
public:
    Collector(StretchDetail &d, double untilMs) : m_d(d), m_untilMs(untilMs) {}
    void requestCompleted(const InvocationRecord &inv) override { keep(inv); }
    void requestThrottled(const InvocationRecord &inv) override { keep(inv); }

private:
    void keep(const InvocationRecord &inv)
    {
        if (inv.endMs < m_d.fromMs || inv.endMs >= m_untilMs)
            return;
        if (inv.kind == RequestKind::Request) {
            if (inv.startType == StartType::Throttled)
                ++m_d.throttled;
            else
                ++m_d.completed, m_d.cold += inv.isCold() ? 1 : 0;
        }
        if (m_d.requests.size() >= StretchDetail::kMaxRequests) {
            m_d.complete = false;
            return;
        }
        m_d.requests.push_back(inv);
    }
    StretchDetail &m_d;
    double m_untilMs;
};
}  // namespace

std::pair<double, double> StretchDetail::bucketAligned(const RecordedRun &run, double fromMs, double toMs)
{
    if (fromMs > toMs)
        std::swap(fromMs, toMs);
    const double bucketMs = run.bucketS * 1000.0;
    if (bucketMs <= 0)
        return {std::clamp(fromMs, 0.0, run.durationMs), std::clamp(toMs, 0.0, run.durationMs)};
    const double last = std::max(0.0, std::ceil(run.durationMs / bucketMs) - 1);
    const double first = std::clamp(std::floor(fromMs / bucketMs), 0.0, last);
    const double end = std::clamp(std::ceil(toMs / bucketMs), first + 1, last + 1);
    return {first * bucketMs, std::min(end * bucketMs, run.durationMs)};
}

StretchDetail StretchDetail::simulate(const RecordedRun &run, double fromMs, double toMs,
                                      const std::atomic<bool> *cancel, const Progress &progress)
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
    const double startMs = sim->now();
    const auto runTo = [&](double to) {
        const double slice = std::max(1.0, run.durationMs / 20'000.0);
        for (double t = sim->now(); t < to && !sim->finished();) {
            t = std::min(to, t + slice);
            // Past the run's length, the requests still in flight complete (in its last bucket).
            sim->runUntil(t >= run.durationMs && to == kEnd ? kEnd : t);
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                d.cancelled = true;
                return false;
            }
            if (progress && toMs > startMs)
                progress(std::clamp((std::min(t, toMs) - startMs) / (toMs - startMs), 0.0, 1.0));
        }
        return true;
    };
    if (!runTo(std::nextafter(fromMs, -std::numeric_limits<double>::infinity())))
        return d;
    // summary() gives the bill at now(): here the stretch's start, at its end its end (or the
    // whole bill once the run finished, as the last bucket's).
    d.costAtFrom = sim->summary().cost;
    // The stretch that ends with the run takes what completes after its length, as its last
    // bucket does.
    const bool toEnd = toMs >= run.durationMs;
    Collector collect(d, toEnd ? kEnd : toMs);
    sim->setObserver(&collect);
    const bool done = runTo(toEnd ? kEnd : toMs);
    sim->setObserver(nullptr);
    if (done)
        d.costAtTo = sim->summary().cost;
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

void StretchLoader::dropInFlight()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_job;
    if (m_watcher) {
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcher<StretchPtr>::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void StretchLoader::cancel()
{
    const bool wasLoading = isLoading();
    dropInFlight();
    if (wasLoading)
        emit stopped();
}

void StretchLoader::load(RunPtr run, double fromMs, double toMs)
{
    const bool wasLoading = isLoading();
    dropInFlight();
    if (!run) {
        if (wasLoading)
            emit stopped();
        return;
    }
    emit started(fromMs, toMs);
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
    // Progress at most every 1 %, queued to this object (which waits for its workers when it goes).
    const std::uint64_t job = m_job;
    const StretchDetail::Progress report = [this, job, shown = std::make_shared<int>(-1)](double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        if (percent == *shown)
            return;
        *shown = percent;
        QMetaObject::invokeMethod(this, [this, job, fraction] {
            if (job == m_job)
                emit progress(fraction);
        }, Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run([run, fromMs, toMs, cancel = m_cancel, report] {
        return StretchPtr(std::make_shared<StretchDetail>(StretchDetail::simulate(*run, fromMs, toMs, cancel.get(), report)));
    }));
}

}  // namespace lle
