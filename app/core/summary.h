// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

/// The figures of one run: summary.json and the rows of metrics.csv (contract §3).
namespace lle {

struct LatencySummary {
    double mean = 0, p50 = 0, p90 = 0, p99 = 0, p999 = 0, max = 0;
};

struct RequestCounts {
    std::uint64_t total = 0, completed = 0, throttled = 0, timedOut = 0;
    std::uint64_t cold = 0, warm = 0, provisioned = 0, snapstart = 0, keepWarmPings = 0;
};

struct EnvironmentCounts {
    std::uint64_t created = 0, peak = 0, shutdowns = 0;
    double mean = 0, meanBusy = 0, meanIdle = 0;   ///< time averages over [0, duration_s)
};

struct Summary {
    std::string scenario;
    std::uint64_t seed = 0;
    double durationS = 0;
    RequestCounts requests;
    double coldStartRatio = 0;
    LatencySummary latency, coldLatency, warmLatency;
    EnvironmentCounts environments;
    GbSeconds gbSeconds;
    CostLines cost;
    double costPerMillionRequests = 0;
    std::uint64_t events = 0;
    double wallMs = 0;
};

/// One bucket of metrics.csv.
struct MetricsRow {
    double tS = 0;   ///< bucket start
    std::uint64_t arrivals = 0, completed = 0, throttled = 0, cold = 0, warm = 0;
    double environments = 0, busy = 0, idle = 0, initializing = 0;   ///< time averages in the bucket
    double p50Ms = 0, p99Ms = 0;   ///< of the requests completed in the bucket
    double costUsdCum = 0;         ///< cost at the bucket's end
    CostLines costLinesCum;        ///< the same, line by line (not a metrics.csv column)
};

/// summary.json; `includeWallTime` false leaves simulation.wall_ms at 0 so that files of the
/// same scenario and seed are byte-identical.
nlohmann::ordered_json summaryToJson(const Summary &s, bool includeWallTime = false);

/// Rounds money to 10 significant digits, as files carry it.
double roundMoney(double usd);

}  // namespace lle
