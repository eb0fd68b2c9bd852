// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

/// The scenario: every key of contract §1 as a plain value type. Values here are already resolved
/// (runtime preset defaults filled in); reading, validating and writing live in scenarioio.h.
namespace lle {

enum class Architecture : std::uint8_t { X86_64, Arm64 };
enum class PackageType : std::uint8_t { Zip, Image };
enum class ExtensionKind : std::uint8_t { None, Internal, External };
enum class Distribution : std::uint8_t { Fixed, Exponential, Lognormal };
enum class Routing : std::uint8_t { Newest, Mru, Random };
enum class WorkloadPattern : std::uint8_t { Poisson, Constant, Diurnal, Burst, Trace };
enum class InitBilling : std::uint8_t { Billed, FreeBefore2025_08 };
enum class TraceFormat : std::uint8_t { Timestamps, Azure2019, Azure2021 };
enum class TraceSpread : std::uint8_t { Uniform, Poisson };
/// How the function's environments run (compute options reference §1–2).
enum class ComputeKind : std::uint8_t { OnDemand, ManagedInstances };

/// A lognormal through its median and 90th percentile: a runtime preset's fit to measured
/// hello-world Init Durations (runtimepresets.cpp).
struct InitQuantiles {
    double medianMs = 0;
    double p90Ms = 0;
    bool operator==(const InitQuantiles &) const = default;
};

struct InitMs {
    double envSetup = 60;
    double extension = 0;
    double runtime = 88;           ///< mean (with FunctionSpec::runtimeInitQuantiles, theirs)
    double function = 150;
    bool operator==(const InitMs &) const = default;
};

struct HandlerSpec {
    double cpuMs = 40;             ///< CPU work measured at 1 vCPU
    double ioMs = 20;              ///< waiting; memory does not change it
    double parallelFraction = 0;   ///< Amdahl's p for the CPU work above 1 vCPU
    Distribution distribution = Distribution::Lognormal;
    double cv = 0.3;               ///< lognormal only
    double setupMs = 0;            ///< e.g. opening a DB connection (waiting)
    bool setupInInit = true;       ///< true: once in function_init; false: in every invocation
    double responseMb = 0;         ///< streamed response size; beyond 6 MB it costs time and money
    bool operator==(const HandlerSpec &) const = default;
};

struct SnapStartSpec {
    bool enabled = false;
    double restoreMs = 300;
    double billedRestoreMs = 130;
    bool operator==(const SnapStartSpec &) const = default;
};

/// Lambda Managed Instances: environments on EC2 instances of a capacity provider, each serving
/// many requests at once (compute options reference §1).
struct ManagedInstancesSpec {
    std::string instanceType = "m7g.large";
    int memoryGibPerVcpu = 2;      ///< 2, 4 or 8
    int maxConcurrency = 0;        ///< per environment; 0: the runtime's default per vCPU × vCPUs
    int minInstances = 3;
    int maxInstances = 100;
    double targetCpuUtilization = 0.5;   ///< the fleet scales to hold this fraction of its vCPUs busy
    double launchS = 60;           ///< from the scaling decision until the new environments start init
    double savingsPlanDiscount = 0;      ///< fraction off the EC2 price (not off the management fee)
    bool operator==(const ManagedInstancesSpec &) const = default;
};

struct FunctionSpec {
    std::string runtime = "python3.12";
    PackageType package = PackageType::Zip;
    Architecture architecture = Architecture::X86_64;
    int memoryMb = 1024;
    double timeoutS = 30;
    int ephemeralStorageMb = 512;
    ExtensionKind extensions = ExtensionKind::None;
    InitMs initMs;
    /// Set (by a preset, or `init_ms.runtime` {median, p90} in a file): runtime init is drawn from
    /// it and initMs.runtime holds its mean. Unset (`init_ms.runtime` a number): lognormal around
    /// initMs.runtime with cv 0.15.
    std::optional<InitQuantiles> runtimeInitQuantiles;
    bool initScalesWithMemory = false;
    HandlerSpec handler;
    SnapStartSpec snapstart;
    int provisionedConcurrency = 0;
    ComputeKind compute = ComputeKind::OnDemand;
    ManagedInstancesSpec managedInstances;
    bool tenantIsolation = false;  ///< environments keyed by tenant, never shared across tenants
    bool operator==(const FunctionSpec &) const = default;
};

/// Fixed (`ranged` false, min == max) or uniform in [min, max], drawn for every idle period.
struct IdleTimeout {
    bool ranged = false;
    double minS = 600;
    double maxS = 600;
    bool operator==(const IdleTimeout &) const = default;
};

struct ScaleRate {
    double burst = 1000;
    double perS = 100;
    bool operator==(const ScaleRate &) const = default;
};

struct PlatformSpec {
    IdleTimeout idleTimeout;
    double maxLifetimeS = 7200;    ///< 0 = never
    Routing routing = Routing::Newest;
    int concurrencyLimit = 1000;
    ScaleRate scaleRate;
    bool operator==(const PlatformSpec &) const = default;
};

struct KeepWarm {
    double intervalS = 0;          ///< 0 = off
    int concurrency = 1;
    double pingMs = 1;
    bool operator==(const KeepWarm &) const = default;
};

struct TraceSpec {
    std::string path;
    TraceFormat format = TraceFormat::Timestamps;
    std::string function;          ///< azure2019: HashFunction
    int rank = 0;                  ///< azure2019: 1 = most invoked (0 = use `function`)
    TraceSpread spread = TraceSpread::Uniform;
    std::string durationsPath;     ///< azure2019: percentile file
    std::string app;               ///< azure2021
    std::string func;              ///< azure2021
    bool operator==(const TraceSpec &) const = default;
};

/// Who sends the requests under tenant isolation: tenant k (1…count) with probability ∝ 1 / k^zipf_s.
struct TenantSpec {
    int count = 100;
    double zipfS = 1;
    bool operator==(const TenantSpec &) const = default;
};

struct WorkloadSpec {
    WorkloadPattern pattern = WorkloadPattern::Poisson;
    double ratePerS = 5;           ///< poisson, constant
    double meanRatePerS = 5;       ///< diurnal
    double peakToTrough = 4;
    double periodS = 86400;
    double peakAtS = 50400;
    double baseRatePerS = 1;       ///< burst
    double burstRatePerS = 20;
    double everyS = 60;
    double lengthS = 5;
    TraceSpec trace;
    KeepWarm keepWarm;
    TenantSpec tenants;
    bool operator==(const WorkloadSpec &) const = default;
};

struct PricingSpec {
    InitBilling initBilling = InitBilling::Billed;
    bool freeTier = false;
    std::map<std::string, double> rates;   ///< overrides by name (pricing.h)
    bool operator==(const PricingSpec &) const = default;
};

/// A value a `changes` entry or `--set` may assign.
using ScalarValue = std::variant<bool, double, std::string>;

struct Change {
    double atS = 0;
    std::vector<std::pair<std::string, ScalarValue>> set;   ///< dotted path → value, in file order
    bool operator==(const Change &) const = default;
};

struct Scenario {
    std::string name = "Untitled scenario";
    std::uint64_t seed = 1;
    double durationS = 3600;
    FunctionSpec function;
    PlatformSpec platform;
    WorkloadSpec workload;
    PricingSpec pricing;
    std::vector<Change> changes;
    /// `playback.speed` (an extension of the contract): simulated seconds per real second the
    /// window opens the scenario at; 0 when the file has none. Not part of the simulation, so
    /// not compared by ==.
    double playbackSpeed = 0;
    /// Folder of the scenario file, for trace paths; not written to files.
    std::string baseDir;
    bool operator==(const Scenario &o) const
    {
        return name == o.name && seed == o.seed && durationS == o.durationS
            && function == o.function && platform == o.platform && workload == o.workload
            && pricing == o.pricing && changes == o.changes;
    }
};

}  // namespace lle
