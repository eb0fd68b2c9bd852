// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Runtime presets of the model reference §2: runtime-init distributions fitted to measured
/// hello-world cold starts, function-init and SnapStart assumptions, billing class.
namespace lle {

enum class SnapStartSupport : std::uint8_t { None, FreeJava, Charged };

struct RuntimePreset {
    std::string_view id;
    /// Hello-world Init Duration (≈ runtime init), {median, p90} ms, measured by lambda-perf.
    InitQuantiles zipX86;
    InitQuantiles zipArm64;
    InitQuantiles imageX86;
    InitQuantiles imageArm64;
    double functionInitMs;       ///< assumption: a real application's code outside the handler
    SnapStartSupport snapstart;
    double restoreMs;            ///< assumption, SnapStart runtimes only
    bool osOnly;                 ///< provided.al2023: a custom runtime for billing purposes

    const InitQuantiles &runtimeInit(PackageType p, Architecture a) const;
};

/// Every preset, in the order the UI lists them (`custom` last).
const std::vector<RuntimePreset> &runtimePresets();
/// The preset for `id`; `custom` maps to python3.12's figures without SnapStart restriction.
std::optional<RuntimePreset> findRuntimePreset(std::string_view id);

/// Why SnapStart cannot be enabled for this function, or Ok.
enum class SnapStartBlock : std::uint8_t { Ok, Runtime, Image, ProvisionedConcurrency, EphemeralStorage };
SnapStartBlock snapStartBlock(const FunctionSpec &f);

/// Python and .NET pay SnapStart cache and restore charges; Java does not (reference §7).
bool snapStartIsCharged(const FunctionSpec &f);

/// Init is billed before Aug 2025 too for OS-only runtimes, images and PC (reference §8).
bool initAlwaysBilled(const FunctionSpec &f);

/// Default environment setup time: 60 ms ZIP, 150 ms image (assumption, reference §1).
double defaultEnvSetupMs(PackageType p);

/// Fills init_ms (runtime init as the preset's fitted distribution) and snapstart defaults from
/// the preset for runtime, architecture and package.
void applyRuntimePreset(FunctionSpec &f);

}  // namespace lle
