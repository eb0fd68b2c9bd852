// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing.h"

#include "runtimepresets.h"

#include <algorithm>
#include <cmath>

namespace lle {

double tieredDurationCost(double fromGbS, double gbS, const std::vector<VolumeTier> &tiers)
{
    double cost = 0;
    double at = fromGbS;
    double left = gbS;
    for (std::size_t i = 0; i < tiers.size() && left > 0; ++i) {
        const double tierEnd = i + 1 < tiers.size() ? tiers[i + 1].fromGbS : INFINITY;
        if (at >= tierEnd)
            continue;
        const double take = std::min(left, tierEnd - at);
        cost += take * tiers[i].rate;
        at += take;
        left -= take;
    }
    return cost;
}

Billing::Billing(const std::vector<ConfigPeriod> &periods, double durationS, bool freeTier)
    : m_durationS(durationS)
    , m_freeTier(freeTier)
    , m_lastBlock(std::max(0, static_cast<int>(std::ceil(durationS / kBillingMonthS)) - 1))
{
    setPeriods(periods);
}

void Billing::setPeriods(const std::vector<ConfigPeriod> &periods)
{
    m_continuous.clear();
    // Merge consecutive periods with the same PC (or SnapStart) configuration: the rounding and
    // the minimum apply to a configuration that stays in force, not to each edit of other keys.
    auto add = [&](double start, double end, double usdPerS, double gbPerS, bool pc) {
        if (!m_continuous.empty()) {
            auto &last = m_continuous.back();
            if (last.provisioned == pc && last.endS == start && last.usdPerS == usdPerS
                && last.gbPerS == gbPerS) {
                last.endS = end;
                return;
            }
        }
        m_continuous.push_back({start, end, 0, usdPerS, gbPerS, pc});
    };
    for (const auto &p : periods) {
        const auto &f = p.scenario.function;
        const Rates r = ratesFor(f.architecture, p.scenario.pricing.rates);
        const double gb = gigabytes(f.memoryMb);
        if (f.provisionedConcurrency > 0)
            add(p.startS, p.endS, f.provisionedConcurrency * gb * r.pcCapacityGbS,
                f.provisionedConcurrency * gb, true);
    }
    for (const auto &p : periods) {
        const auto &f = p.scenario.function;
        if (f.snapstart.enabled && snapStartIsCharged(f)) {
            const Rates r = ratesFor(f.architecture, p.scenario.pricing.rates);
            add(p.startS, p.endS, gigabytes(f.memoryMb) * r.snapstartCacheGbS, 0, false);
        }
    }
    for (auto &c : m_continuous) {
        const double len = c.endS - c.startS;
        c.billedS = c.provisioned ? std::ceil(len / kPcRoundingS - 1e-9) * kPcRoundingS
                                  : std::max(len, kSnapStartMinimumS);
    }
}

int Billing::blockOf(double tMs) const
{
    if (tMs >= m_blockStartMs && tMs < m_blockEndMs)
        return m_block;
    const int b = static_cast<int>(std::floor(tMs / 1000.0 / kBillingMonthS));
    return std::clamp(b, 0, m_lastBlock);
}

void Billing::enterBlock(int block)
{
    if (block == m_block)
        return;
    m_block = block;
    m_blockStartMs = block * kBillingMonthS * 1000.0;
    m_blockEndMs = block == m_lastBlock ? INFINITY : (block + 1) * kBillingMonthS * 1000.0;
    m_blockRequests = 0;
    m_blockGbS = 0;
}

void Billing::addProvisioned(double gb, double billedMs, const Rates &r)
{
    const double gbS = gb * billedMs / 1000.0;
    const double cost = gbS * r.pcDurationGbS;
    m_lines.provisionedDuration += cost;
    m_eventTotal += cost;
    m_gbs.provisionedBilled += gbS;
}

void Billing::addSnapStartRestore(double gb, const Rates &r)
{
    const double cost = gb * r.snapstartRestoreGb;
    m_lines.snapstartRestore += cost;
    m_eventTotal += cost;
}

void Billing::addTenantEnvironment(double gb, const Rates &r)
{
    const double cost = gb * r.tenantEnvironmentGb;
    m_lines.tenantEnvironments += cost;
    m_eventTotal += cost;
}

void Billing::addResponseStreaming(double responseMb, const Rates &r)
{
    if (responseMb <= kStreamingFreeMb)
        return;
    const double cost = (responseMb - kStreamingFreeMb) / 1024.0 * r.responseStreamingGb;
    m_lines.responseStreaming += cost;
    m_eventTotal += cost;
}

void Billing::setInstances(double tMs, int count, double instanceHourUsd, double feeHourUsd)
{
    const double tS = std::clamp(tMs / 1000.0, 0.0, m_durationS);
    CostLines upTo;
    addInstancesAt(tS, upTo);
    m_instancesDone = upTo.instances;
    m_feeDone = upTo.managementFee;
    m_instancesAtS = tS;
    m_instanceCount = count;
    m_instanceHourUsd = instanceHourUsd;
    m_feeHourUsd = feeHourUsd;
}

void Billing::addInstancesAt(double tS, CostLines &l) const
{
    const double hours = std::max(0.0, std::min(tS, m_durationS) - m_instancesAtS) / 3600.0;
    l.instances += m_instancesDone + m_instanceCount * hours * m_instanceHourUsd;
    l.managementFee += m_feeDone + m_instanceCount * hours * m_feeHourUsd;
}

double Billing::continuousAt(double tS) const
{
    double total = 0;
    for (const auto &c : m_continuous) {
        if (tS >= c.endS)
            total += c.billedS * c.usdPerS;
        else if (tS > c.startS)
            total += (tS - c.startS) * c.usdPerS;
    }
    return total;
}

double Billing::totalAt(double tMs) const
{
    CostLines instances;
    addInstancesAt(tMs / 1000.0, instances);
    return m_eventTotal + continuousAt(tMs / 1000.0) + instances.instances + instances.managementFee;
}

CostLines Billing::linesAt(double tMs) const
{
    const double tS = tMs / 1000.0;
    CostLines l = m_lines;
    for (const auto &c : m_continuous) {
        const double usd = tS >= c.endS ? c.billedS * c.usdPerS
                         : tS > c.startS ? (tS - c.startS) * c.usdPerS
                                         : 0.0;
        (c.provisioned ? l.provisionedCapacity : l.snapstartCache) += usd;
    }
    addInstancesAt(tS, l);
    return l;
}

GbSeconds Billing::gbSeconds() const
{
    GbSeconds g = m_gbs;
    for (const auto &c : m_continuous)
        if (c.provisioned)
            g.provisionedCapacity += c.billedS * c.gbPerS;
    return g;
}

}  // namespace lle
