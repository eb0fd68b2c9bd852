// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing.h"
#include "cloningptr.h"
#include "quantilesketch.h"
#include "records.h"
#include "scenario.h"
#include "summary.h"

#include <cstdint>
#include <memory>
#include <vector>

/// What a run measures, kept out of the lifecycle engine the way OMNeT++ keeps its result
/// recorders out of the model: the Simulator says what happened (a level changed, a request
/// arrived, completed or was throttled, time moved on) and this class integrates the levels, fills
/// the metrics buckets and the latency sketches, counts, and carries the bill.
namespace lle {

class RunStatistics {
public:
    /// `periods`: the scenario and its changes (the bill follows them); `bucketMs`: the width of a
    /// metrics.csv bucket; `keepBucketLatency`: keep each closed bucket's latency sketch.
    RunStatistics(const std::vector<ConfigPeriod> &periods, const Scenario &scenario, double bucketMs,
                  bool keepBucketLatency = false);

    /// Levels: environments live, busy (initialising counts as busy), initialising, frozen.
    void addLevels(int live, int busy, int initializing, int frozen)
    {
        m_live += live;
        m_busy += busy;
        m_initializing += initializing;
        m_frozen += frozen;
    }
    void environmentCreated()
    {
        ++m_envCounts.created;
        m_envCounts.peak = std::max<std::uint64_t>(m_envCounts.peak, static_cast<std::uint64_t>(m_live));
    }
    void environmentShutDown() { ++m_envCounts.shutdowns; }

    /// Time moved on to `t`: the levels as they stood are integrated up to it, buckets before it
    /// closed. Called before each event that can change a level, never for clock-only moves, so a
    /// run followed step by step adds up exactly like one run at once.
    void advanceTo(double t)
    {
        if (t > m_levelsAt) {
            integrateLevels(m_levelsAt, t);
            m_levelsAt = t;
            if (t >= m_nextBucketEnd)
                closeBucketsBefore(t, false);
        }
    }
    /// The end of the run at `endMs`: the levels integrated to it, every bucket closed.
    void integrateTo(double endMs);
    void finish() { closeBucketsBefore(INFINITY, true); }

    void requestArrived(RequestKind kind)
    {
        if (kind == RequestKind::Request) {
            ++m_counts.total;
            ++openBucket().arrivals;
        } else {
            ++m_counts.keepWarmPings;   // sent, served or throttled: one invocations.csv row each
        }
    }
    void requestThrottled(RequestKind kind)
    {
        if (kind == RequestKind::Request) {
            ++m_counts.throttled;
            ++openBucket().throttled;
        }
    }
    void requestCompleted(const InvocationRecord &inv);

    Billing &billing() { return *m_billing; }
    const Billing &billing() const { return *m_billing; }

    /// The figures at `nowMs` (a run still going on counts continuous charges only as accrued).
    void fillSummary(Summary &s, double nowMs, bool finished) const;
    const std::vector<MetricsRow> &metrics() const { return m_metrics; }
    double bucketMs() const { return m_bucketMs; }
    /// The latency sketch of each closed metrics bucket, trimmed; empty unless kept.
    const std::vector<std::shared_ptr<const QuantileSketch>> &bucketLatency() const { return m_bucketSketches; }

    /// Managed Instances: the vCPUs busy and ready changed by these amounts at the time of the
    /// last integrateCpuTo().
    void addCpu(double busy, double capacity)
    {
        m_cpuBusy += busy;
        m_cpuCapacity += capacity;
    }
    /// Managed Instances: the vCPU levels integrated up to `t` (ms, within the run).
    void integrateCpuTo(double t)
    {
        if (t > m_cpuAt) {
            m_cpuBusyIntegral += m_cpuBusy * (t - m_cpuAt);
            m_cpuCapacityIntegral += m_cpuCapacity * (t - m_cpuAt);
            m_cpuAt = t;
        }
    }
    /// Managed Instances: the fleet's CPU utilisation since the last sample (0 without capacity),
    /// which the next sample starts from; the fleet scales on it.
    double takeCpuUtilisation()
    {
        const double u = m_cpuCapacityIntegral > 0 ? m_cpuBusyIntegral / m_cpuCapacityIntegral : 0;
        m_cpuBusyIntegral = m_cpuCapacityIntegral = 0;
        return u;
    }

    /// Tenant isolation: the tenants numbered below `count` are counted.
    void addTenants(std::size_t count);
    /// Tenant isolation: an environment of `tenant` was created.
    void tenantEnvironmentCreated(int tenant);
    void tenantEnvironmentEnded(int tenant, EndReason reason);
    /// Live environments of every tenant, of one tenant, and why a tenant's last environment ended.
    int tenantEnvironments() const { return m_tenantEnvs; }
    int tenantLive(int tenant) const { return m_tenantLive[static_cast<std::size_t>(tenant)]; }
    EndReason tenantLastEnd(int tenant) const { return m_tenantLastEnd[static_cast<std::size_t>(tenant)]; }
    bool tenantSeen(int tenant) const { return m_tenantSeen[static_cast<std::size_t>(tenant)]; }

private:
    MetricsRow &openBucket() { return m_metrics[std::min(m_closedBuckets, m_metrics.size() - 1)]; }
    void integrateLevels(double from, double to);
    void closeBucketsBefore(double t, bool finished);

    double m_durationMs;
    int m_live = 0, m_busy = 0, m_initializing = 0, m_frozen = 0;
    double m_levelsAt = 0;
    double m_liveIntegral = 0, m_busyIntegral = 0, m_frozenIntegral = 0;

    CloningPtr<Billing> m_billing;
    QuantileSketch m_latency, m_coldLatency, m_warmLatency, m_bucketLatency;
    RequestCounts m_counts;
    EnvironmentCounts m_envCounts;
    double m_bucketMs;
    std::vector<MetricsRow> m_metrics;     ///< every bucket, allocated up front
    std::size_t m_closedBuckets = 0;       ///< buckets whose percentiles and cost are final
    double m_nextBucketEnd = 0;            ///< end of the open bucket (INFINITY for the last)
    bool m_keepBucketLatency = false;
    std::vector<std::shared_ptr<const QuantileSketch>> m_bucketSketches;

    // Managed Instances: vCPUs busy and ready now, and their integrals since the last sample.
    double m_cpuBusy = 0, m_cpuCapacity = 0;
    double m_cpuAt = 0, m_cpuBusyIntegral = 0, m_cpuCapacityIntegral = 0;

    // Tenant isolation
    std::vector<bool> m_tenantSeen;
    std::vector<int> m_tenantLive;                  ///< per tenant its live environments
    std::vector<EndReason> m_tenantLastEnd;         ///< per tenant why its last environment ended
    int m_tenantEnvs = 0;                           ///< live environments of tenants
};

}  // namespace lle
