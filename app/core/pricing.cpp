// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include "managedinstances.h"

namespace lle {

const std::vector<std::string_view> &rateNames()
{
    static const std::vector<std::string_view> names = {
        "request_per_million", "duration_gb_s", "pc_capacity_gb_s", "pc_duration_gb_s",
        "snapstart_cache_gb_s", "snapstart_restore_gb", "ephemeral_gb_s"};
    static const std::vector<std::string_view> all = [] {
        std::vector<std::string_view> n = names;
        n.push_back("tenant_environment_gb");
        n.push_back("response_streaming_gb");
        for (const auto &t : instanceTypes())
            n.push_back(t.rateName);
        return n;
    }();
    return all;
}

Rates ratesFor(Architecture arch, const std::map<std::string, double> &overrides)
{
    Rates r;
    if (arch == Architecture::Arm64) {
        r.durationGbS = 0.0000133334;
        r.pcCapacityGbS = 0.0000033334;
        r.pcDurationGbS = 0.0000077778;
        // SnapStart arm64 prices are not published: same as x86 (assumption, reference §8).
        r.tiers = {{0, 0.0000133334}, {7.5e9, 0.0000120001}, {18.75e9, 0.0000106667}};
    } else {
        r.tiers = {{0, 0.0000166667}, {6e9, 0.000015}, {15e9, 0.0000133334}};
    }
    for (const auto &[name, value] : overrides) {
        if (name == "request_per_million") r.requestPerMillion = value;
        else if (name == "duration_gb_s") {
            const double factor = r.durationGbS > 0 ? value / r.durationGbS : 0;
            for (auto &t : r.tiers)
                t.rate *= factor;
            r.tiers.front().rate = value;
            r.durationGbS = value;
        }
        else if (name == "pc_capacity_gb_s") r.pcCapacityGbS = value;
        else if (name == "pc_duration_gb_s") r.pcDurationGbS = value;
        else if (name == "snapstart_cache_gb_s") r.snapstartCacheGbS = value;
        else if (name == "snapstart_restore_gb") r.snapstartRestoreGb = value;
        else if (name == "ephemeral_gb_s") r.ephemeralGbS = value;
        else if (name == "tenant_environment_gb") r.tenantEnvironmentGb = value;
        else if (name == "response_streaming_gb") r.responseStreamingGb = value;
        else if (name.starts_with("ec2_")) r.instanceHourUsd[name] = value;
    }
    return r;
}

}  // namespace lle
