// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lle {

double roundMoney(double usd)
{
    if (usd == 0 || !std::isfinite(usd))
        return 0;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", usd);
    return std::strtod(buf, nullptr);
}

namespace {
double roundMs(double ms) { return std::round(ms * 1000.0) / 1000.0; }

nlohmann::ordered_json latencyJson(const LatencySummary &l)
{
    return {{"mean", roundMs(l.mean)}, {"p50", roundMs(l.p50)},   {"p90", roundMs(l.p90)},
            {"p99", roundMs(l.p99)},   {"p999", roundMs(l.p999)}, {"max", roundMs(l.max)}};
}
}  // namespace

nlohmann::ordered_json summaryToJson(const Summary &s, bool includeWallTime)
{
    nlohmann::ordered_json j;
    j["schema"] = "lambda-explorer/summary@1";
    j["scenario"] = s.scenario;
    j["seed"] = s.seed;
    j["duration_s"] = s.durationS;
    const auto &r = s.requests;
    j["requests"] = {{"total", r.total},         {"completed", r.completed}, {"throttled", r.throttled},
                     {"timed_out", r.timedOut},  {"cold", r.cold},           {"warm", r.warm},
                     {"provisioned", r.provisioned}, {"snapstart", r.snapstart},
                     {"keep_warm_pings", r.keepWarmPings}};
    j["cold_start_ratio"] = s.coldStartRatio;
    j["latency_ms"] = latencyJson(s.latency);
    j["cold_latency_ms"] = latencyJson(s.coldLatency);
    j["warm_latency_ms"] = latencyJson(s.warmLatency);
    const auto &e = s.environments;
    j["environments"] = {{"created", e.created}, {"peak", e.peak},           {"mean", e.mean},
                         {"mean_busy", e.meanBusy}, {"mean_idle", e.meanIdle}, {"shutdowns", e.shutdowns}};
    const auto &g = s.gbSeconds;
    j["gb_seconds"] = {{"on_demand_billed", g.onDemandBilled}, {"provisioned_billed", g.provisionedBilled},
                       {"provisioned_capacity", g.provisionedCapacity}, {"idle", g.idle}};
    const auto &c = s.cost;
    j["cost_usd"] = {{"requests", roundMoney(c.requests)},
                     {"duration", roundMoney(c.duration)},
                     {"init", roundMoney(c.init)},
                     {"provisioned_capacity", roundMoney(c.provisionedCapacity)},
                     {"provisioned_duration", roundMoney(c.provisionedDuration)},
                     {"snapstart_cache", roundMoney(c.snapstartCache)},
                     {"snapstart_restore", roundMoney(c.snapstartRestore)},
                     {"ephemeral_storage", roundMoney(c.ephemeralStorage)},
                     {"instances", roundMoney(c.instances)},
                     {"management_fee", roundMoney(c.managementFee)},
                     {"tenant_environments", roundMoney(c.tenantEnvironments)},
                     {"response_streaming", roundMoney(c.responseStreaming)},
                     {"free_tier_credit", roundMoney(c.freeTierCredit)},
                     {"total", roundMoney(c.total())}};
    j["cost_per_million_requests_usd"] = roundMoney(s.costPerMillionRequests);
    j["simulation"] = {{"events", s.events}, {"wall_ms", includeWallTime ? std::round(s.wallMs) : 0.0}};
    return j;
}

}  // namespace lle
