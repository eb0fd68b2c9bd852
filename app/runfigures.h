// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quantilesketch.h"
#include "runrecorder.h"

#include <cstdint>

namespace lle {

/// The figures of a recorded run over [0, t] from the simulator's exact accumulators — the metrics
/// buckets, their latency sketches and the running bill — never from the sampled requests, so that
/// a run of any length reads the same as its headless summary.json. The views only paint these.
///
/// Resolution is the metrics bucket: at a bucket's end and at the end of the run every figure is
/// exact; within a bucket counts and cost are interpolated linearly and percentiles are those of
/// the buckets up to and including the one holding t (once the simulator closed it).
class RunFigures {
public:
    struct Figures {
        std::uint64_t completed = 0, cold = 0, throttled = 0;   ///< requests, not pings
        double p50 = 0, p99 = 0, max = 0;
        CostLines cost;
        double environmentsMean = 0;   ///< live environments, time average over [0, t]
        double untilMs = 0;            ///< the time these figures are exact for (a bucket end)
    };

    /// The figures of `run` at `tMs`.
    static Figures at(const RecordedRun &run, double tMs);
    /// Every latency of buckets [first, last), merged.
    static QuantileSketch latency(const RecordedRun &run, std::size_t first, std::size_t last);
    /// Buckets closed by the simulator so far (all of them once the run is finished).
    static std::size_t closedBuckets(const RecordedRun &run);
    /// Start and end of bucket `k` in ms.
    static double bucketStartMs(const RecordedRun &run, std::size_t k);
    static double bucketEndMs(const RecordedRun &run, std::size_t k);
};

}  // namespace lle
