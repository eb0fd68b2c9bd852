// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "runrecorder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace lle {

/// Every request of one stretch of a recorded run: the part of a long run the window keeps only as
/// a sample, simulated again from the run's latest checkpoint before it (the run is a pure function
/// of its scenario and seed, so these are the run's own requests).
struct StretchDetail {
    double fromMs = 0, toMs = 0;
    /// Requests and pings completed or throttled in [fromMs, toMs), in completion order.
    std::vector<InvocationRecord> requests;
    bool complete = true;   ///< false: cut at the cap, or the run has no checkpoint to start from
    bool cancelled = false;
    /// Requests (not pings) of the stretch, counted whole even past the cap on `requests`: what
    /// the run's metrics buckets count over the same stretch.
    std::uint64_t completed = 0, cold = 0, throttled = 0;
    /// The bill at the stretch's start and end: what the stretch cost is their difference.
    CostLines costAtFrom, costAtTo;
    double costUsd() const { return costAtTo.total() - costAtFrom.total(); }

    static constexpr std::size_t kMaxRequests = 1'000'000;
    /// Share of the simulation done (0–1); called from the simulating thread.
    using Progress = std::function<void(double)>;
    /// Simulates [fromMs, toMs) of `run` again; stops early when `cancel` is set.
    static StretchDetail simulate(const RecordedRun &run, double fromMs, double toMs,
                                  const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    /// [fromMs, toMs) widened to whole metrics buckets of `run` and cut to its length: the
    /// stretch's figures then compare with the run's own, bucket by bucket.
    static std::pair<double, double> bucketAligned(const RecordedRun &run, double fromMs, double toMs);
};

using StretchPtr = std::shared_ptr<const StretchDetail>;

/// Computes StretchDetail on a worker; a newer request supersedes the one in flight.
class StretchLoader : public QObject {
    Q_OBJECT
public:
    explicit StretchLoader(QObject *parent = nullptr) : QObject(parent) {}
    ~StretchLoader() override;
    void load(RunPtr run, double fromMs, double toMs);
    bool isLoading() const { return m_watcher != nullptr; }
    /// Stops the stretch in flight; `loaded` is not emitted for it.
    void cancel();

signals:
    void started(double fromMs, double toMs);
    void progress(double fraction);
    /// The stretch in flight stopped without a result (cancel(), or a load() with no run).
    void stopped();
    void loaded(lle::StretchPtr stretch);

private:
    void dropInFlight();

    QFutureWatcher<StretchPtr> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::uint64_t m_job = 0;   ///< the job in flight; progress of superseded ones is dropped
};

}  // namespace lle
