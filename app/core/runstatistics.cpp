// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatistics.h"

#include <algorithm>
#include <cmath>

namespace lle {

RunStatistics::RunStatistics(const std::vector<ConfigPeriod> &periods, const Scenario &scenario, double bucketMs,
                             bool keepBucketLatency)
    : m_durationMs(scenario.durationS * 1000.0)
    , m_billing(std::make_unique<Billing>(periods, scenario.durationS, scenario.pricing.freeTier))
    , m_bucketMs(bucketMs)
    , m_keepBucketLatency(keepBucketLatency)
{
    const auto buckets = static_cast<std::size_t>(std::max(1.0, std::ceil(m_durationMs / m_bucketMs - 1e-9)));
    m_metrics.resize(buckets);
    if (m_keepBucketLatency)
        m_bucketSketches.reserve(buckets);
    m_nextBucketEnd = buckets > 1 ? m_bucketMs : INFINITY;
    for (std::size_t k = 0; k < buckets; ++k)
        m_metrics[k].tS = static_cast<double>(k) * m_bucketMs / 1000.0;
}

void RunStatistics::integrateTo(double endMs)
{
    integrateLevels(m_levelsAt, endMs);
    m_levelsAt = endMs;
}

void RunStatistics::integrateLevels(double from, double to)
{
    from = std::max(from, 0.0);
    to = std::min(to, m_durationMs);
    if (to <= from)
        return;
    const double dt = to - from;
    m_liveIntegral += m_live * dt;
    m_busyIntegral += m_busy * dt;
    m_frozenIntegral += m_frozen * dt;
    if (to <= m_nextBucketEnd && m_closedBuckets < m_metrics.size()) {
        auto &row = m_metrics[m_closedBuckets];   // the common case: within the open bucket
        row.environments += m_live * dt;
        row.busy += m_busy * dt;
        row.idle += m_frozen * dt;
        row.initializing += m_initializing * dt;
        return;
    }
    auto k = static_cast<std::size_t>(from / m_bucketMs);
    double a = from;
    while (a < to && k < m_metrics.size()) {
        const double end = std::min(to, static_cast<double>(k + 1) * m_bucketMs);
        const double w = end - a;
        auto &row = m_metrics[k];
        row.environments += m_live * w;
        row.busy += m_busy * w;
        row.idle += m_frozen * w;
        row.initializing += m_initializing * w;
        a = end;
        ++k;
    }
}

void RunStatistics::closeBucketsBefore(double t, bool finished)
{
    while (m_closedBuckets < m_metrics.size()) {
        const double end = std::min(static_cast<double>(m_closedBuckets + 1) * m_bucketMs, m_durationMs);
        // The last bucket also takes the requests that complete after duration_s.
        if (end > t || (m_closedBuckets + 1 == m_metrics.size() && !finished)) {
            m_nextBucketEnd = m_closedBuckets + 1 == m_metrics.size() ? INFINITY : end;
            return;
        }
        auto &row = m_metrics[m_closedBuckets];
        const double width = end - static_cast<double>(m_closedBuckets) * m_bucketMs;
        if (width > 0) {
            row.environments /= width;
            row.busy /= width;
            row.idle /= width;
            row.initializing /= width;
        }
        row.p50Ms = m_bucketLatency.quantile(0.50);
        row.p99Ms = m_bucketLatency.quantile(0.99);
        row.costLinesCum = m_billing->linesAt(finished ? INFINITY : end);
        row.costUsdCum = row.costLinesCum.total();
        if (m_keepBucketLatency)
            m_bucketSketches.push_back(std::make_shared<const QuantileSketch>(m_bucketLatency.trimmed()));
        m_bucketLatency.clear();
        ++m_closedBuckets;
    }
}

void RunStatistics::addTenants(std::size_t count)
{
    if (count <= m_tenantSeen.size())
        return;
    m_tenantSeen.resize(count, false);
    m_tenantLive.resize(count, 0);
    m_tenantLastEnd.resize(count, EndReason::None);
}

void RunStatistics::tenantEnvironmentCreated(int tenant)
{
    const auto t = static_cast<std::size_t>(tenant);
    m_tenantSeen[t] = true;
    ++m_tenantLive[t];
    ++m_tenantEnvs;
}

void RunStatistics::tenantEnvironmentEnded(int tenant, EndReason reason)
{
    const auto t = static_cast<std::size_t>(tenant);
    --m_tenantEnvs;
    --m_tenantLive[t];
    m_tenantLastEnd[t] = reason;
}

void RunStatistics::requestCompleted(const InvocationRecord &inv)
{
    if (inv.kind != RequestKind::Request)
        return;
    ++m_counts.completed;
    if (inv.startType == StartType::TimedOut)
        ++m_counts.timedOut;
    switch (inv.startedAs) {
    case StartType::Cold: ++m_counts.cold; break;
    case StartType::Warm: ++m_counts.warm; break;
    case StartType::Provisioned: ++m_counts.provisioned; break;
    case StartType::SnapStart: ++m_counts.snapstart; break;
    default: break;
    }
    const int bin = m_latency.binOf(inv.latencyMs);   // one logarithm for three sketches
    m_latency.add(inv.latencyMs, bin);
    (inv.isCold() ? m_coldLatency : m_warmLatency).add(inv.latencyMs, bin);
    m_bucketLatency.add(inv.latencyMs, bin);
    auto &row = openBucket();
    ++row.completed;
    ++(inv.isCold() ? row.cold : row.warm);
}

void RunStatistics::fillSummary(Summary &s, double nowMs, bool finished) const
{
    s.requests = m_counts;
    const auto coldish = m_counts.cold + m_counts.snapstart;
    s.coldStartRatio = m_counts.completed ? static_cast<double>(coldish) / m_counts.completed : 0;
    auto lat = [](const QuantileSketch &q) {
        return LatencySummary{q.mean(), q.quantile(0.5), q.quantile(0.9), q.quantile(0.99),
                              q.quantile(0.999), q.max()};
    };
    s.latency = lat(m_latency);
    s.coldLatency = lat(m_coldLatency);
    s.warmLatency = lat(m_warmLatency);
    s.environments = m_envCounts;
    const double span = std::min(std::max(nowMs, 0.0), m_durationMs);
    if (span > 0) {
        // Between the last event and now() the levels stood still.
        const double pending = std::max(0.0, span - std::max(m_levelsAt, 0.0));
        s.environments.mean = (m_liveIntegral + m_live * pending) / span;
        s.environments.meanBusy = (m_busyIntegral + m_busy * pending) / span;
        s.environments.meanIdle = (m_frozenIntegral + m_frozen * pending) / span;
    }
    s.gbSeconds = m_billing->gbSeconds();
    // While the run goes on, continuous charges only as accrued by now.
    s.cost = m_billing->linesAt(finished ? INFINITY : nowMs);
    s.costPerMillionRequests = m_counts.completed ? s.cost.total() * 1e6 / m_counts.completed : 0;
}

}  // namespace lle
