// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimepresets.h"

#include "durationmodel.h"

namespace lle {

namespace {

/// One row of the measured table: {median, p90} ms for x86_64 zip, arm64 zip, x86_64 image,
/// arm64 image.
struct InitFitRow {
    std::string_view id;
    InitQuantiles fits[4];
};

// Hello-world Init Durations from lambda-perf (github.com/maxday/lambda-perf, data/*.json at commit
// 6070b7947b5ddf788cb69f2ffe6bbde3e22033fb), window 2026-05-01..2026-06-30: of its daily files only
// 2026-05-28 and 2026-06-06..2026-06-30 hold data (04-29..05-27 were never written, 05-29..06-05
// are empty). Each cell pools 10 forced cold starts × 4 memory sizes (128–1,024 MB) × 26 days,
// about 1,040 values; go and rust are lambda-perf's "go/rust (prov.al2023)". Lognormal because
// Init Durations are positive and right-skewed, and a lognormal through (median, p90) matches both
// exactly; a shifted lognormal (a floor) or a mixture for the long image tails could follow.
// Regenerate with scripts/fit-runtime-presets DIR (DIR: those JSON files); do not edit by hand.
constexpr InitFitRow kInitFits[] = {
    // Fitted by scripts/fit-runtime-presets from 26 daily files
    // with data: 2026-05-28, 2026-06-06..2026-06-30.
    // id, then {median, p90} ms for x86_64 zip, arm64 zip, x86_64 image, arm64 image
    {"python3.12", {{92.3, 113.3}, {81.4, 89.1}, {175.8, 245.9}, {137.0, 163.8}}},
    {"python3.13", {{106.3, 135.3}, {92.6, 101.4}, {175.6, 273.8}, {142.7, 204.5}}},
    {"python3.14", {{127.5, 165.0}, {111.6, 122.7}, {204.8, 409.0}, {165.6, 339.2}}},
    {"nodejs24.x", {{153.3, 187.6}, {129.0, 141.2}, {302.0, 729.9}, {223.7, 428.7}}},
    {"nodejs22.x", {{152.9, 185.6}, {130.4, 142.8}, {314.1, 634.0}, {231.4, 535.3}}},
    {"nodejs20.x", {{154.0, 183.8}, {132.5, 142.9}, {290.8, 582.6}, {225.2, 273.2}}},
    {"java25", {{199.9, 261.8}, {190.7, 215.5}, {265.2, 563.4}, {231.4, 383.2}}},
    {"java21", {{252.3, 291.2}, {244.9, 264.7}, {346.1, 541.1}, {294.5, 349.5}}},
    {"java17", {{216.5, 251.0}, {213.2, 230.3}, {315.2, 420.2}, {281.2, 456.2}}},
    {"dotnet10", {{269.2, 395.6}, {250.7, 570.8}, {416.9, 721.7}, {351.8, 516.7}}},
    {"dotnet8", {{267.2, 318.9}, {287.1, 334.6}, {415.6, 693.9}, {395.6, 531.8}}},
    {"ruby3.4", {{238.3, 405.2}, {228.9, 336.9}, {285.2, 413.9}, {265.2, 328.6}}},
    {"ruby3.3", {{255.4, 412.3}, {236.4, 275.2}, {292.4, 431.2}, {276.2, 325.6}}},
    {"go", {{51.8, 58.8}, {42.5, 44.7}, {51.3, 81.9}, {38.1, 53.5}}},
    {"rust", {{16.9, 21.1}, {13.8, 15.4}, {38.1, 58.4}, {28.9, 36.3}}},
};

/// The model's assumptions per runtime (reference §2): function init, SnapStart, billing class.
struct Assumptions {
    std::string_view id;
    double functionInitMs;
    SnapStartSupport snapstart;
    double restoreMs;
    bool osOnly;
};

// In the order the UI lists them. SnapStart: Java 11+, Python 3.12+, .NET 8+ (reference §7).
constexpr Assumptions kAssumptions[] = {
    {"python3.12", 150, SnapStartSupport::Charged, 300, false},
    {"python3.13", 150, SnapStartSupport::Charged, 300, false},
    {"python3.14", 150, SnapStartSupport::Charged, 300, false},
    {"nodejs24.x", 150, SnapStartSupport::None, 300, false},
    {"nodejs22.x", 150, SnapStartSupport::None, 300, false},
    {"nodejs20.x", 150, SnapStartSupport::None, 300, false},
    {"java25", 1500, SnapStartSupport::FreeJava, 600, false},
    {"java21", 1500, SnapStartSupport::FreeJava, 600, false},
    {"java17", 1500, SnapStartSupport::FreeJava, 600, false},
    {"dotnet10", 1500, SnapStartSupport::Charged, 300, false},
    {"dotnet8", 1500, SnapStartSupport::Charged, 300, false},
    {"ruby3.4", 150, SnapStartSupport::None, 300, false},
    {"ruby3.3", 150, SnapStartSupport::None, 300, false},
    {"go", 30, SnapStartSupport::None, 300, true},
    {"rust", 30, SnapStartSupport::None, 300, true},
    {"custom", 150, SnapStartSupport::Charged, 300, false},
};

/// `custom` has no measurement of its own: python3.12's, as before.
constexpr std::string_view measuredId(std::string_view id) { return id == "custom" ? "python3.12" : id; }

constexpr const InitFitRow *findFit(std::string_view id)
{
    for (const auto &row : kInitFits)
        if (row.id == measuredId(id))
            return &row;
    return nullptr;
}

constexpr bool everyPresetMeasured()
{
    for (const auto &a : kAssumptions)
        if (!findFit(a.id))
            return false;
    return true;
}
static_assert(everyPresetMeasured(), "a runtime preset has no row in kInitFits: refit with scripts/fit-runtime-presets");

const InitFitRow &fitFor(std::string_view id) { return *findFit(id); }

std::vector<RuntimePreset> makePresets()
{
    std::vector<RuntimePreset> presets;
    for (const auto &a : kAssumptions) {
        const auto &fit = fitFor(a.id);
        presets.push_back({a.id, fit.fits[0], fit.fits[1], fit.fits[2], fit.fits[3], a.functionInitMs, a.snapstart,
                           a.restoreMs, a.osOnly});
    }
    return presets;
}
}  // namespace

const InitQuantiles &RuntimePreset::runtimeInit(PackageType p, Architecture a) const
{
    if (p == PackageType::Image)
        return a == Architecture::Arm64 ? imageArm64 : imageX86;
    return a == Architecture::Arm64 ? zipArm64 : zipX86;
}

const std::vector<RuntimePreset> &runtimePresets()
{
    static const std::vector<RuntimePreset> presets = makePresets();
    return presets;
}

std::optional<RuntimePreset> findRuntimePreset(std::string_view id)
{
    for (const auto &p : runtimePresets())
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
    // lambda-perf's Init Duration excludes environment setup (not in the REPORT line) and its
    // hello-world has no function init to speak of: the measured draw is runtime init alone.
    const InitQuantiles &q = preset->runtimeInit(f.package, f.architecture);
    f.runtimeInitQuantiles = q;
    f.initMs.runtime = meanOf(q);
    f.initMs.function = preset->functionInitMs;
    f.snapstart.restoreMs = preset->restoreMs;
    f.snapstart.billedRestoreMs = 130;
}

}  // namespace lle
