// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

/// Prices of the model reference §8 (us-east-1, USD; "GB" = MB / 1024).
namespace lle {

struct VolumeTier {
    double fromGbS;   ///< monthly on-demand GB-s from which this rate applies
    double rate;      ///< USD per GB-s
};

struct Rates {
    double requestPerMillion = 0.20;
    double durationGbS = 0.0000166667;
    double pcCapacityGbS = 0.0000041667;
    double pcDurationGbS = 0.0000097222;
    double snapstartCacheGbS = 0.0000015046;
    double snapstartRestoreGb = 0.0001397998;
    double ephemeralGbS = 0.0000000309;
    double tenantEnvironmentGb = 0.000167;   ///< per environment created for a tenant, per GB
    double responseStreamingGb = 0.008;      ///< per GB streamed beyond 6 MB of a response
    /// EC2 prices per hour that the scenario overrides, by rate name (managedinstances.h).
    std::map<std::string, double> instanceHourUsd;
    /// On-demand duration tiers, first tier = durationGbS from 0.
    std::vector<VolumeTier> tiers;
};

/// The names `pricing.rates` accepts, in the order files list them.
const std::vector<std::string_view> &rateNames();

/// The rates for an architecture with the scenario's overrides applied. Overriding
/// `duration_gb_s` scales the higher volume tiers by the same factor.
Rates ratesFor(Architecture arch, const std::map<std::string, double> &overrides = {});

inline constexpr double kFreeTierRequests = 1'000'000;
inline constexpr double kFreeTierGbS = 400'000;
/// Free tier and volume tiers count per started block of 31 days of simulated time.
inline constexpr double kBillingMonthS = 31.0 * 86400.0;
/// The month a monthly projection uses: AWS's pricing examples count 730 hours.
inline constexpr double kHoursPerMonth = 730;
/// A month at the rate of `costUsd` over `elapsedS` simulated seconds (0 for no time): the report's,
/// the KPI strip's and the compute comparison's projection.
inline double monthlyCostUsd(double costUsd, double elapsedS)
{
    return elapsedS > 0 ? costUsd / (elapsedS / 3600.0) * kHoursPerMonth : 0;
}
inline constexpr double kPcRoundingS = 300;            ///< PC capacity time rounded up to 5 min
inline constexpr double kSnapStartMinimumS = 3 * 3600;  ///< SnapStart cache minimum

/// The first 6 MB of a streamed response go at full speed and free; beyond them 2 MB/s (reference §3).
inline constexpr double kStreamingFreeMb = 6;
inline constexpr double kStreamingMbPerS = 2;

inline double gigabytes(int memoryMb) { return memoryMb / 1024.0; }

}  // namespace lle
