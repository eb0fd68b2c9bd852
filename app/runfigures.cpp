// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfigures.h"

#include <algorithm>
#include <cmath>

namespace lle {

std::size_t RunFigures::closedBuckets(const RecordedRun &run)
{
    return run.bucketsUntil(run.durationMs);
}

double RunFigures::bucketStartMs(const RecordedRun &run, std::size_t k)
{
    return std::min(double(k) * run.bucketS * 1000.0, run.durationMs);
}

double RunFigures::bucketEndMs(const RecordedRun &run, std::size_t k)
{
    return bucketStartMs(run, k + 1);
}

QuantileSketch RunFigures::latency(const RecordedRun &run, std::size_t first, std::size_t last)
{
    QuantileSketch s;
    last = std::min(last, run.bucketLatency.size());
    for (std::size_t k = first; k < last; ++k)
        s.merge(*run.bucketLatency[k]);
    return s;
}

RunFigures::Figures RunFigures::at(const RecordedRun &run, double tMs)
{
    Figures f;
    const std::size_t closed = closedBuckets(run);
    if (closed == 0 || tMs <= 0)
        return f;
    const double t = std::min(tMs, run.durationMs);
    // Buckets wholly before t, and the share of the one holding t (when it is closed).
    std::size_t whole = std::min(run.bucketsUntil(t), closed);
    double share = 0;
    if (whole < closed && t < run.durationMs) {
        const double a = bucketStartMs(run, whole), b = bucketEndMs(run, whole);
        share = b > a ? std::clamp((t - a) / (b - a), 0.0, 1.0) : 0;
    }
    double envMs = 0, envIntegral = 0;
    for (std::size_t k = 0; k < whole; ++k) {
        const MetricsRow &row = run.metrics[k];
        f.completed += row.completed;
        f.cold += row.cold;
        f.throttled += row.throttled;
        const double w = bucketEndMs(run, k) - bucketStartMs(run, k);
        envMs += w;
        envIntegral += row.environments * w;
    }
    if (share > 0) {
        const MetricsRow &row = run.metrics[whole];
        f.completed += static_cast<std::uint64_t>(std::llround(share * double(row.completed)));
        f.cold += static_cast<std::uint64_t>(std::llround(share * double(row.cold)));
        f.throttled += static_cast<std::uint64_t>(std::llround(share * double(row.throttled)));
        const double w = t - bucketStartMs(run, whole);
        envMs += w;
        envIntegral += row.environments * w;
    }
    f.environmentsMean = envMs > 0 ? envIntegral / envMs : 0;
    // Percentiles at bucket resolution: a bucket's latencies are known only all together.
    const std::size_t upTo = share > 0 ? whole + 1 : whole;
    const QuantileSketch s = latency(run, 0, std::max<std::size_t>(upTo, 1));
    f.p50 = s.quantile(0.50);
    f.p99 = s.quantile(0.99);
    f.max = s.max();
    f.cost = run.costAt(t);
    f.untilMs = bucketStartMs(run, upTo);
    return f;
}

}  // namespace lle
