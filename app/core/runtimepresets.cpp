// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimepresets.h"

namespace lle {

namespace {
// Reference §2: mean Init Duration (x86 ZIP, arm64 ZIP, container image), function_init assumption,
// SnapStart support and restore assumption (300 ms Python/.NET, 600 ms Java).
const std::vector<RuntimePreset> kPresets = {
    {"python3.12", 88, 78, 173, 150, SnapStartSupport::Charged, 300, false},
    {"python3.13", 90, 79, 182, 150, SnapStartSupport::Charged, 300, false},
    {"nodejs22.x", 144, 123, 358, 150, SnapStartSupport::None, 300, false},
    {"nodejs20.x", 145, 125, 320, 150, SnapStartSupport::None, 300, false},
    {"java21", 253, 240, 378, 1500, SnapStartSupport::FreeJava, 600, false},
    {"java17", 211, 205, 337, 1500, SnapStartSupport::FreeJava, 600, false},
    {"dotnet8", 280, 320, 442, 1500, SnapStartSupport::Charged, 300, false},
    {"ruby3.3", 262, 241, 297, 150, SnapStartSupport::None, 300, false},
    {"go", 51, 41, 54, 30, SnapStartSupport::None, 300, true},
    {"rust", 18, 15, 40, 30, SnapStartSupport::None, 300, true},
    {"custom", 88, 78, 173, 150, SnapStartSupport::Charged, 300, false},
};
}  // namespace

const std::vector<RuntimePreset> &runtimePresets() { return kPresets; }

std::optional<RuntimePreset> findRuntimePreset(std::string_view id)
{
    for (const auto &p : kPresets)
        if (p.id == id)
            return p;
    return std::nullopt;
}

SnapStartBlock snapStartBlock(const FunctionSpec &f)
{
    const auto preset = findRuntimePreset(f.runtime);
    if (!preset || preset->snapstart == SnapStartSupport::None)
        return SnapStartBlock::Runtime;
    if (f.package == PackageType::Image)
        return SnapStartBlock::Image;
    if (f.provisionedConcurrency > 0)
        return SnapStartBlock::ProvisionedConcurrency;
    if (f.ephemeralStorageMb > 512)
        return SnapStartBlock::EphemeralStorage;
    return SnapStartBlock::Ok;
}

bool snapStartIsCharged(const FunctionSpec &f)
{
    const auto preset = findRuntimePreset(f.runtime);
    return preset && preset->snapstart == SnapStartSupport::Charged;
}

bool initAlwaysBilled(const FunctionSpec &f)
{
    const auto preset = findRuntimePreset(f.runtime);
    return f.package == PackageType::Image || (preset && preset->osOnly);
}

double defaultEnvSetupMs(PackageType p) { return p == PackageType::Image ? 150 : 60; }

void applyRuntimePreset(FunctionSpec &f)
{
    const auto preset = findRuntimePreset(f.runtime);
    if (!preset)
        return;
    f.initMs.envSetup = defaultEnvSetupMs(f.package);
    f.initMs.extension = 0;
    if (f.package == PackageType::Image)
        f.initMs.runtime = preset->runtimeInitImageMs;
    else if (f.architecture == Architecture::Arm64)
        f.initMs.runtime = preset->runtimeInitArmMs;
    else
        f.initMs.runtime = preset->runtimeInitMs;
    f.initMs.function = preset->functionInitMs;
    f.snapstart.restoreMs = preset->restoreMs;
    f.snapstart.billedRestoreMs = 130;
}

}  // namespace lle
