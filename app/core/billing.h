// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <vector>

/// The bill (model reference §8), accumulated as the run goes so that "cost so far" is known at
/// every moment and a summary-only run needs no per-request memory.
namespace lle {

struct CostLines {
    double requests = 0;
    double duration = 0;
    double init = 0;
    double provisionedCapacity = 0;
    double provisionedDuration = 0;
    double snapstartCache = 0;
    double snapstartRestore = 0;
    double ephemeralStorage = 0;
    double instances = 0;            ///< Managed Instances: EC2 instance-hours (discounted)
    double managementFee = 0;        ///< Managed Instances: 15 % of the on-demand instance price
    double tenantEnvironments = 0;   ///< tenant isolation: per environment created, per GB
    double responseStreaming = 0;    ///< per GB streamed beyond 6 MB of a response
    double freeTierCredit = 0;   ///< ≤ 0
    double total() const
    {
        return requests + duration + init + provisionedCapacity + provisionedDuration
            + snapstartCache + snapstartRestore + ephemeralStorage + instances + managementFee
            + tenantEnvironments + responseStreaming + freeTierCredit;
    }
};

struct GbSeconds {
    double onDemandBilled = 0;
    double provisionedBilled = 0;
    double provisionedCapacity = 0;
    double idle = 0;
};

/// One stretch of simulated time with one configuration (the scenario and its `changes`).
struct ConfigPeriod {
    double startS = 0;
    double endS = 0;
    Scenario scenario;
};

/// Cost of `gbS` GB-s of on-demand duration starting at `fromGbS` already used this month.
double tieredDurationCost(double fromGbS, double gbS, const std::vector<VolumeTier> &tiers);

class Billing {
public:
    /// `periods` cover [0, duration_s) in order.
    Billing(const std::vector<ConfigPeriod> &periods, double durationS, bool freeTier);
    /// The configuration's future was replaced: recompute the continuous charges (PC capacity,
    /// SnapStart cache), which depend on the periods only; what was charged so far stays.
    void setPeriods(const std::vector<ConfigPeriod> &periods);

    // The charges of every request are defined here, inline, and the volume tiers' loop is
    // skipped while the month's GB-s stay in the first tier (the same operations as the loop
    // makes there): out of line they were a twentieth of bench_core (a) in perf.
    void addRequest(double tMs, const Rates &r)
    {
        enterBlockAt(tMs);
        const double price = r.requestPerMillion / 1e6;
        m_lines.requests += price;
        m_eventTotal += price;
        if (m_freeTier && m_blockRequests < kFreeTierRequests) {
            m_lines.freeTierCredit -= price;
            m_eventTotal -= price;
        }
        m_blockRequests += 1;
    }
    /// An on-demand invocation: `billedMs` = ceil(init + handler); `initMs` its billed init part.
    void addOnDemand(double tMs, double gb, double initMs, double billedMs, const Rates &r)
    {
        enterBlockAt(tMs);
        const double gbS = gb * billedMs / 1000.0;
        const double firstTierEnd = r.tiers.size() > 1 ? r.tiers[1].fromGbS : INFINITY;
        const bool firstTier = !r.tiers.empty() && m_blockGbS < firstTierEnd && gbS <= firstTierEnd - m_blockGbS;
        const double cost = firstTier ? gbS * r.tiers.front().rate : tieredDurationCost(m_blockGbS, gbS, r.tiers);
        const double initShare = billedMs > 0 ? std::min(initMs, billedMs) / billedMs : 0;
        m_lines.init += cost * initShare;
        m_lines.duration += cost * (1 - initShare);
        m_eventTotal += cost;
        if (m_freeTier && m_blockGbS < kFreeTierGbS) {
            // The allowance covers the first GB-s of the month, all of which are in the first tier.
            const double credit = std::min(gbS, kFreeTierGbS - m_blockGbS) * r.tiers.front().rate;
            m_lines.freeTierCredit -= credit;
            m_eventTotal -= credit;
        }
        m_blockGbS += gbS;
        m_gbs.onDemandBilled += gbS;
    }
    /// PC work: an invocation on a PC environment, or a PC environment's (re-)init.
    void addProvisioned(double gb, double billedMs, const Rates &r);
    void addSnapStartRestore(double gb, const Rates &r);
    void addEphemeral(double extraGb, double billedMs, const Rates &r)
    {
        if (extraGb <= 0)
            return;
        const double cost = extraGb * billedMs / 1000.0 * r.ephemeralGbS;
        m_lines.ephemeralStorage += cost;
        m_eventTotal += cost;
    }
    void addIdle(double gb, double ms) { m_gbs.idle += gb * ms / 1000.0; }
    /// An environment created for a tenant (tenant isolation).
    void addTenantEnvironment(double gb, const Rates &r);
    /// A response of `responseMb`; only the part beyond 6 MB is charged.
    void addResponseStreaming(double responseMb, const Rates &r);
    /// From `tMs` on, `count` Managed Instances run at these hourly prices (each stretch accrues
    /// until the next call or the end of the run).
    void setInstances(double tMs, int count, double instanceHourUsd, double feeHourUsd);
    /// `pricing.free_tier` may be switched by a timed change: it applies to usage from then on.
    void setFreeTier(bool on) { m_freeTier = on; }

    /// Everything charged so far, continuous charges (PC capacity, SnapStart cache) accrued up to
    /// `tMs`; their rounding (5 min, 3 h minimum) is added when their stretch ends.
    double totalAt(double tMs) const;
    /// The finished bill: every line, continuous charges over the whole run.
    CostLines lines() const { return linesAt(INFINITY); }
    /// Every line as charged by `tMs` (continuous charges accrued up to then).
    CostLines linesAt(double tMs) const;
    GbSeconds gbSeconds() const;

private:
    struct Continuous {
        double startS, endS, billedS;   ///< billedS ≥ endS − startS (rounding, minimum)
        double usdPerS;                 ///< price of one second of this stretch
        double gbPerS;                  ///< GB-s per second (PC capacity only)
        bool provisioned;
    };
    int blockOf(double tMs) const;
    void enterBlock(int block);
    /// The block of `tMs` entered; most calls fall in the current one.
    void enterBlockAt(double tMs)
    {
        if (!(tMs >= m_blockStartMs && tMs < m_blockEndMs))
            enterBlock(blockOf(tMs));
    }
    double continuousAt(double tS) const;

    /// The instances' accrual up to `tS` in `l` (the running stretch included).
    void addInstancesAt(double tS, CostLines &l) const;

    std::vector<Continuous> m_continuous;
    double m_durationS;
    double m_instancesAtS = 0;       ///< start of the running stretch of instances
    int m_instanceCount = 0;
    double m_instanceHourUsd = 0, m_feeHourUsd = 0;
    double m_instancesDone = 0, m_feeDone = 0;   ///< charged for stretches before m_instancesAtS
    CostLines m_lines;      ///< event-driven lines (continuous ones added in lines())
    GbSeconds m_gbs;
    double m_eventTotal = 0;
    bool m_freeTier;
    int m_lastBlock;
    int m_block = -1;
    double m_blockStartMs = 0, m_blockEndMs = -1;   ///< the current block, so most look-ups are one compare
    double m_blockRequests = 0;
    double m_blockGbS = 0;
};

}  // namespace lle
