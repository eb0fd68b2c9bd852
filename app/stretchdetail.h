// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"
#include "runrecorder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
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

    static constexpr std::size_t kMaxRequests = 1'000'000;
    /// Simulates [fromMs, toMs) of `run` again; stops early when `cancel` is set.
    static StretchDetail simulate(const RecordedRun &run, double fromMs, double toMs,
                                  const std::atomic<bool> *cancel = nullptr);
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

signals:
    void loaded(lle::StretchPtr stretch);

private:
    QFutureWatcher<StretchPtr> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

}  // namespace lle
