// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioio.h"

#include "jsonnesting.h"

#include "durationmodel.h"
#include "managedinstances.h"
#include "pricing.h"
#include "runtimepresets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <set>
#include <type_traits>
#include <utility>

namespace lle {

namespace {

using OrderedJson = nlohmann::ordered_json;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMaxDurationS = 400.0 * 86400.0;   // contract: at most 400 days
constexpr double kMaxRatePerS = 100000;
// Every whole double below 2^53 is an exact integer, so it can be written without a fraction and
// read back unchanged; larger ones go through the double formatter.
constexpr double kExactIntegerLimit = 9007199254740992.0;
constexpr double kTwoTo64 = 18446744073709551616.0;
constexpr std::string_view kSeedRange = "0..18446744073709551615";
// A scenario is four levels deep. nlohmann's parser keeps its own stack, but a file nested a
// million levels would still cost a frame per level here and a path as long as the nesting in
// every message; nothing real comes near this.
constexpr std::size_t kMaxNesting = 256;
// A file of a million unknown or duplicate keys must not become a million messages: nobody reads
// past the first screen, and each message may carry a long path.
constexpr std::size_t kMaxProblems = 100;
// The largest object of a scenario (a change's `set`) has some sixty keys.
constexpr std::size_t kMaxKeysPerObject = 1000;
// Keys longer than this are cut in the paths of messages (a path repeats every key above it).
constexpr std::size_t kMaxKeyInPath = 64;

std::string formatNumber(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < kExactIntegerLimit)
        return std::to_string(static_cast<long long>(v));
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);   // shortest round-trip form
    return std::string(buf, res.ptr);
}

// Quoted and escaped like JSON, so a value with quotes or control characters stays readable.
std::string quote(const std::string &s)
{
    return OrderedJson(s).dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string join(const std::vector<std::string> &items, std::string_view sep = ", ")
{
    std::string out;
    for (const auto &item : items) {
        if (!out.empty())
            out += sep;
        out += item;
    }
    return out;
}

std::string joinPath(const std::string &prefix, const std::string &key)
{
    return prefix.empty() ? key : prefix + "." + key;
}

/// A closed, half-open or open interval; the text is what error messages show as "allowed".
struct Range {
    double min = -kInf;
    bool minOpen = false;
    double max = kInf;
    bool maxOpen = false;

    bool contains(double v) const
    {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    std::string text() const
    {
        const bool hasMin = min > -kInf;
        const bool hasMax = max < kInf;
        if (hasMin && hasMax && !minOpen && !maxOpen)
            return formatNumber(min) + ".." + formatNumber(max);
        std::string lower;
        if (hasMin)
            lower = (minOpen ? "more than " : "at least ") + formatNumber(min);
        std::string upper;
        if (hasMax)
            upper = (maxOpen ? "less than " : "at most ") + formatNumber(max);
        if (lower.empty())
            return upper;
        return upper.empty() ? lower : lower + ", " + upper;
    }
};

constexpr Range atLeast(double a) { return {a, false, kInf, false}; }
constexpr Range moreThan(double a) { return {a, true, kInf, false}; }
constexpr Range between(double a, double b) { return {a, false, b, false}; }
constexpr Range moreThanAtMost(double a, double b) { return {a, true, b, false}; }

enum class KeyKind : std::uint8_t {
    Schema,        ///< the version tag; checked, never stored
    Text,          ///< any string
    Seed,          ///< unsigned 64-bit: too wide for ScalarValue's double
    Number,
    Integer,
    Flag,          ///< bool
    Choice,        ///< one of `choices`
    IdleTimeout,   ///< a number, or {min, max} in a file
    RuntimeInit,   ///< a number (a mean), or {median, p90} in a file
    Changes,       ///< the `changes` array
};

/// One key of contract §1. The table of these drives the reader (allowed keys, types, ranges),
/// the writer (key order), setScenarioValue and every message, so a range is written once.
struct KeyDescriptor {
    std::string_view path;
    KeyKind kind = KeyKind::Number;
    Range range;
    std::string_view noun;              ///< Choice: "a runtime", for "\"x\" is not a runtime"
    std::vector<std::string> choices;   ///< Choice: the spellings, in enum order
    bool settable = true;               ///< by `changes`, `--set` and setScenarioValue
    bool refillsPreset = false;         ///< runtime, package, architecture
    bool traceKey = false;              ///< written only when the workload uses a trace
    bool timed = true;                  ///< may a `changes` entry set it (false: fixed for the run)
    /// Written to files only when this says so (keys of an option the scenario does not use);
    /// empty: always.
    std::function<bool(const Scenario &)> writtenWhen;
    /// nullopt: not present (a price without an override).
    std::function<std::optional<ScalarValue>(const Scenario &)> get;
    /// Stores an already checked value.
    std::function<void(Scenario &, const ScalarValue &)> set;
};

KeyDescriptor plainKey(std::string_view path, KeyKind kind)
{
    KeyDescriptor d;
    d.path = path;
    d.kind = kind;
    return d;
}

template <typename Ref>
KeyDescriptor numberKey(std::string_view path, Range range, Ref ref)
{
    KeyDescriptor d = plainKey(path, KeyKind::Number);
    d.range = range;
    d.get = [ref](const Scenario &s) -> std::optional<ScalarValue> { return static_cast<double>(ref(s)); };
    d.set = [ref](Scenario &s, const ScalarValue &v) { ref(s) = std::get<double>(v); };
    return d;
}

template <typename Ref>
KeyDescriptor integerKey(std::string_view path, Range range, Ref ref)
{
    KeyDescriptor d = plainKey(path, KeyKind::Integer);
    d.range = range;
    d.get = [ref](const Scenario &s) -> std::optional<ScalarValue> { return static_cast<double>(ref(s)); };
    // The range check has made sure the value is whole and fits.
    d.set = [ref](Scenario &s, const ScalarValue &v) { ref(s) = static_cast<int>(std::get<double>(v)); };
    return d;
}

template <typename Ref>
KeyDescriptor flagKey(std::string_view path, Ref ref)
{
    KeyDescriptor d = plainKey(path, KeyKind::Flag);
    d.get = [ref](const Scenario &s) -> std::optional<ScalarValue> { return ScalarValue{ref(s)}; };
    d.set = [ref](Scenario &s, const ScalarValue &v) { ref(s) = std::get<bool>(v); };
    return d;
}

template <typename Ref>
KeyDescriptor textKey(std::string_view path, Ref ref)
{
    KeyDescriptor d = plainKey(path, KeyKind::Text);
    d.get = [ref](const Scenario &s) -> std::optional<ScalarValue> { return ScalarValue{ref(s)}; };
    d.set = [ref](Scenario &s, const ScalarValue &v) { ref(s) = std::get<std::string>(v); };
    return d;
}

/// An enum field (choices in enum order) or a string field limited to `choices` (the runtime).
template <typename Ref>
KeyDescriptor choiceKey(std::string_view path, std::string_view noun, std::vector<std::string> choices, Ref ref)
{
    KeyDescriptor d = plainKey(path, KeyKind::Choice);
    d.noun = noun;
    d.choices = choices;
    d.get = [ref, choices](const Scenario &s) -> std::optional<ScalarValue> {
        using T = std::remove_cvref_t<decltype(ref(s))>;
        if constexpr (std::is_same_v<T, std::string>)
            return ScalarValue{ref(s)};
        else
            return ScalarValue{choices.at(static_cast<std::size_t>(ref(s)))};
    };
    d.set = [ref, choices](Scenario &s, const ScalarValue &v) {
        using T = std::remove_cvref_t<decltype(ref(s))>;
        const auto &text = std::get<std::string>(v);
        if constexpr (std::is_same_v<T, std::string>)
            ref(s) = text;
        else
            ref(s) = static_cast<T>(std::find(choices.begin(), choices.end(), text) - choices.begin());
    };
    return d;
}

constexpr std::string_view kRatesPrefix = "pricing.rates.";

/// A price override: present only when the scenario overrides that price.
KeyDescriptor rateKey(const std::string &path)
{
    // The table keeps views of its paths: the built paths of the rates live as long as it does.
    static std::vector<std::unique_ptr<std::string>> paths;
    paths.push_back(std::make_unique<std::string>(path));
    KeyDescriptor d = plainKey(*paths.back(), KeyKind::Number);
    d.range = atLeast(0);
    const std::string name(path.substr(kRatesPrefix.size()));
    d.get = [name](const Scenario &s) -> std::optional<ScalarValue> {
        const auto it = s.pricing.rates.find(name);
        if (it == s.pricing.rates.end())
            return std::nullopt;
        return it->second;
    };
    d.set = [name](Scenario &s, const ScalarValue &v) { s.pricing.rates[name] = std::get<double>(v); };
    return d;
}

KeyDescriptor traceKey(KeyDescriptor d)
{
    d.traceKey = true;
    return d;
}

KeyDescriptor presetKey(KeyDescriptor d)
{
    d.refillsPreset = true;
    return d;
}

KeyDescriptor fixedKey(KeyDescriptor d)
{
    d.settable = false;
    return d;
}

/// A key of a compute option: settable by `--set` and sweeps, not by a timed change (a run does
/// not switch compute options halfway), and written only when `when` holds.
KeyDescriptor optionKey(KeyDescriptor d, std::function<bool(const Scenario &)> when)
{
    d.timed = false;
    d.writtenWhen = std::move(when);
    return d;
}

// Like the trace keys: written when the option is used or its keys hold something, so that a
// file read back is the scenario written.
bool usesManagedInstances(const Scenario &s)
{
    return s.function.compute == ComputeKind::ManagedInstances || !(s.function.managedInstances == ManagedInstancesSpec{});
}
bool usesTenants(const Scenario &s) { return s.function.tenantIsolation || !(s.workload.tenants == TenantSpec{}); }

std::vector<std::string> instanceTypeIds()
{
    std::vector<std::string> ids;
    for (const auto &t : instanceTypes())
        ids.emplace_back(t.id);
    return ids;
}

std::vector<std::string> runtimeIds()
{
    std::vector<std::string> ids;
    for (const auto &p : runtimePresets())
        ids.emplace_back(p.id);
    return ids;
}

// A field of the scenario, for const and non-const access alike.
#define LLE_FIELD(member) [](auto &s) -> auto & { return s.member; }

std::vector<KeyDescriptor> makeKeyTable()
{
    KeyDescriptor idleTimeout = plainKey("platform.idle_timeout_s", KeyKind::IdleTimeout);
    idleTimeout.range = moreThan(0);
    idleTimeout.get = [](const Scenario &s) -> std::optional<ScalarValue> {
        if (s.platform.idleTimeout.ranged)
            return std::nullopt;
        return s.platform.idleTimeout.minS;
    };
    // A setting by path can only be a number: the fixed form.
    idleTimeout.set = [](Scenario &s, const ScalarValue &v) {
        const double t = std::get<double>(v);
        s.platform.idleTimeout = IdleTimeout{false, t, t};
    };

    KeyDescriptor runtimeInit = plainKey("function.init_ms.runtime", KeyKind::RuntimeInit);
    runtimeInit.range = atLeast(0);
    runtimeInit.get = [](const Scenario &s) -> std::optional<ScalarValue> {
        if (s.function.runtimeInitQuantiles)
            return std::nullopt;
        return s.function.initMs.runtime;
    };
    // A setting by path can only be a number: a mean, drawn with cv 0.15 like the other phases.
    runtimeInit.set = [](Scenario &s, const ScalarValue &v) {
        s.function.initMs.runtime = std::get<double>(v);
        s.function.runtimeInitQuantiles.reset();
    };

    // Absent (0) means the runtime's default per vCPU; a file gives 1…1,600.
    KeyDescriptor maxConcurrency = plainKey("function.managed_instances.max_concurrency", KeyKind::Integer);
    maxConcurrency.range = between(1, kMaxManagedConcurrency);
    maxConcurrency.get = [](const Scenario &s) -> std::optional<ScalarValue> {
        if (s.function.managedInstances.maxConcurrency == 0)
            return std::nullopt;
        return static_cast<double>(s.function.managedInstances.maxConcurrency);
    };
    maxConcurrency.set = [](Scenario &s, const ScalarValue &v) {
        s.function.managedInstances.maxConcurrency = static_cast<int>(std::get<double>(v));
    };

    KeyDescriptor responseMb = numberKey("function.handler.response_mb", between(0, 200),
                                         [](auto &s) -> auto & { return s.function.handler.responseMb; });
    responseMb.writtenWhen = [](const Scenario &s) { return s.function.handler.responseMb > 0; };

    std::vector<KeyDescriptor> rates;
    for (const auto name : rateNames())
        rates.push_back(rateKey(std::string(kRatesPrefix) + std::string(name)));

    // In contract order: the writer writes, and "unknown key" messages list, in this order.
    std::vector<KeyDescriptor> table = {
        fixedKey(plainKey("schema", KeyKind::Schema)),
        fixedKey(textKey("name", LLE_FIELD(name))),
        fixedKey(plainKey("seed", KeyKind::Seed)),
        fixedKey(numberKey("duration_s", moreThanAtMost(0, kMaxDurationS), LLE_FIELD(durationS))),

        presetKey(choiceKey("function.runtime", "a runtime", runtimeIds(), LLE_FIELD(function.runtime))),
        presetKey(choiceKey("function.package", "a package type", {"zip", "image"}, LLE_FIELD(function.package))),
        presetKey(choiceKey("function.architecture", "an architecture", {"x86_64", "arm64"},
                            LLE_FIELD(function.architecture))),
        integerKey("function.memory_mb", between(128, 10240), LLE_FIELD(function.memoryMb)),
        numberKey("function.timeout_s", between(1, 900), LLE_FIELD(function.timeoutS)),
        integerKey("function.ephemeral_storage_mb", between(512, 10240), LLE_FIELD(function.ephemeralStorageMb)),
        choiceKey("function.extensions", "an extensions setting", {"none", "internal", "external"},
                  LLE_FIELD(function.extensions)),
        numberKey("function.init_ms.env_setup", atLeast(0), LLE_FIELD(function.initMs.envSetup)),
        numberKey("function.init_ms.extension", atLeast(0), LLE_FIELD(function.initMs.extension)),
        runtimeInit,
        numberKey("function.init_ms.function", atLeast(0), LLE_FIELD(function.initMs.function)),
        flagKey("function.init_scales_with_memory", LLE_FIELD(function.initScalesWithMemory)),
        numberKey("function.handler.cpu_ms", atLeast(0), LLE_FIELD(function.handler.cpuMs)),
        numberKey("function.handler.io_ms", atLeast(0), LLE_FIELD(function.handler.ioMs)),
        numberKey("function.handler.parallel_fraction", between(0, 1), LLE_FIELD(function.handler.parallelFraction)),
        choiceKey("function.handler.distribution", "a distribution", {"fixed", "exponential", "lognormal"},
                  LLE_FIELD(function.handler.distribution)),
        numberKey("function.handler.cv", moreThan(0), LLE_FIELD(function.handler.cv)),
        numberKey("function.handler.setup_ms", atLeast(0), LLE_FIELD(function.handler.setupMs)),
        flagKey("function.handler.setup_in_init", LLE_FIELD(function.handler.setupInInit)),
        responseMb,
        flagKey("function.snapstart.enabled", LLE_FIELD(function.snapstart.enabled)),
        numberKey("function.snapstart.restore_ms", atLeast(0), LLE_FIELD(function.snapstart.restoreMs)),
        numberKey("function.snapstart.billed_restore_ms", atLeast(0), LLE_FIELD(function.snapstart.billedRestoreMs)),
        // The upper bound is the largest concurrency limit; the scenario's own limit is a cross-key rule.
        integerKey("function.provisioned_concurrency", between(0, 100000), LLE_FIELD(function.provisionedConcurrency)),
        optionKey(choiceKey("function.compute", "a compute option", {"on_demand", "managed_instances"},
                            LLE_FIELD(function.compute)),
                  usesManagedInstances),
        optionKey(choiceKey("function.managed_instances.instance_type", "an instance type", instanceTypeIds(),
                            LLE_FIELD(function.managedInstances.instanceType)),
                  usesManagedInstances),
        optionKey(integerKey("function.managed_instances.memory_gib_per_vcpu", between(2, 8),
                             LLE_FIELD(function.managedInstances.memoryGibPerVcpu)),
                  usesManagedInstances),
        optionKey(maxConcurrency, usesManagedInstances),
        optionKey(integerKey("function.managed_instances.min_instances", between(1, 1000),
                             LLE_FIELD(function.managedInstances.minInstances)),
                  usesManagedInstances),
        optionKey(integerKey("function.managed_instances.max_instances", between(1, 1000),
                             LLE_FIELD(function.managedInstances.maxInstances)),
                  usesManagedInstances),
        optionKey(numberKey("function.managed_instances.target_cpu_utilization", moreThanAtMost(0, 1),
                            LLE_FIELD(function.managedInstances.targetCpuUtilization)),
                  usesManagedInstances),
        optionKey(numberKey("function.managed_instances.launch_s", between(0, 3600),
                            LLE_FIELD(function.managedInstances.launchS)),
                  usesManagedInstances),
        optionKey(numberKey("function.managed_instances.savings_plan_discount", Range{0, false, 1, true},
                            LLE_FIELD(function.managedInstances.savingsPlanDiscount)),
                  usesManagedInstances),
        optionKey(flagKey("function.tenant_isolation", LLE_FIELD(function.tenantIsolation)), usesTenants),

        idleTimeout,
        numberKey("platform.max_lifetime_s", atLeast(0), LLE_FIELD(platform.maxLifetimeS)),
        choiceKey("platform.routing", "a routing policy", {"newest", "mru", "random"}, LLE_FIELD(platform.routing)),
        integerKey("platform.concurrency_limit", between(1, 100000), LLE_FIELD(platform.concurrencyLimit)),
        numberKey("platform.scale_rate.burst", atLeast(1), LLE_FIELD(platform.scaleRate.burst)),
        numberKey("platform.scale_rate.per_s", moreThan(0), LLE_FIELD(platform.scaleRate.perS)),

        choiceKey("workload.pattern", "a workload pattern", {"poisson", "constant", "diurnal", "burst", "trace"},
                  LLE_FIELD(workload.pattern)),
        numberKey("workload.rate_per_s", moreThanAtMost(0, kMaxRatePerS), LLE_FIELD(workload.ratePerS)),
        numberKey("workload.mean_rate_per_s", moreThanAtMost(0, kMaxRatePerS), LLE_FIELD(workload.meanRatePerS)),
        numberKey("workload.peak_to_trough", atLeast(1), LLE_FIELD(workload.peakToTrough)),
        numberKey("workload.period_s", moreThan(0), LLE_FIELD(workload.periodS)),
        numberKey("workload.peak_at_s", atLeast(0), LLE_FIELD(workload.peakAtS)),
        numberKey("workload.base_rate_per_s", between(0, kMaxRatePerS), LLE_FIELD(workload.baseRatePerS)),
        numberKey("workload.burst_rate_per_s", moreThanAtMost(0, kMaxRatePerS), LLE_FIELD(workload.burstRatePerS)),
        numberKey("workload.every_s", moreThan(0), LLE_FIELD(workload.everyS)),
        numberKey("workload.length_s", moreThan(0), LLE_FIELD(workload.lengthS)),
        traceKey(textKey("workload.path", LLE_FIELD(workload.trace.path))),
        traceKey(choiceKey("workload.format", "a trace format", {"timestamps", "azure2019", "azure2021"},
                           LLE_FIELD(workload.trace.format))),
        traceKey(textKey("workload.function", LLE_FIELD(workload.trace.function))),
        traceKey(integerKey("workload.rank", between(0, 1000000), LLE_FIELD(workload.trace.rank))),
        traceKey(choiceKey("workload.spread", "a spread", {"uniform", "poisson"}, LLE_FIELD(workload.trace.spread))),
        traceKey(textKey("workload.durations_path", LLE_FIELD(workload.trace.durationsPath))),
        traceKey(textKey("workload.app", LLE_FIELD(workload.trace.app))),
        traceKey(textKey("workload.func", LLE_FIELD(workload.trace.func))),
        numberKey("workload.keep_warm.interval_s", atLeast(0), LLE_FIELD(workload.keepWarm.intervalS)),
        integerKey("workload.keep_warm.concurrency", between(1, 1000), LLE_FIELD(workload.keepWarm.concurrency)),
        numberKey("workload.keep_warm.ping_ms", atLeast(0), LLE_FIELD(workload.keepWarm.pingMs)),
        optionKey(integerKey("workload.tenants.count", between(1, 100000), LLE_FIELD(workload.tenants.count)),
                  usesTenants),
        optionKey(numberKey("workload.tenants.zipf_s", between(0, 10), LLE_FIELD(workload.tenants.zipfS)),
                  usesTenants),

        choiceKey("pricing.init_billing", "an init billing regime", {"billed", "free_before_2025_08"},
                  LLE_FIELD(pricing.initBilling)),
        flagKey("pricing.free_tier", LLE_FIELD(pricing.freeTier)),
    };
    table.insert(table.end(), rates.begin(), rates.end());
    // The window's playback speed for this scenario (an extension; written only when set). Not
    // a setting of the function: neither `--set` nor a timed change takes it.
    table.push_back(fixedKey(optionKey(numberKey("playback.speed", between(0.1, 100000), LLE_FIELD(playbackSpeed)),
                                       [](const Scenario &s) { return s.playbackSpeed > 0; })));
    table.push_back(fixedKey(plainKey("changes", KeyKind::Changes)));
    return table;
}

#undef LLE_FIELD

const std::vector<KeyDescriptor> &keyTable()
{
    static const std::vector<KeyDescriptor> table = makeKeyTable();
    return table;
}

/// Paths that `changes` and `--set` accept but files spell otherwise: the bounds of a ranged idle
/// timeout (a file writes `"idle_timeout_s": {"min": a, "max": b}`). Kept out of keyTable() so
/// that the file's shape is not affected.
const std::vector<KeyDescriptor> &settingOnlyKeys()
{
    static const std::vector<KeyDescriptor> keys = [] {
        auto bound = [](std::string_view path, bool isMin) {
            KeyDescriptor d = plainKey(path, KeyKind::Number);
            d.range = moreThan(0);
            d.get = [isMin](const Scenario &s) -> std::optional<ScalarValue> {
                const auto &t = s.platform.idleTimeout;
                return isMin ? t.minS : t.maxS;
            };
            d.set = [isMin](Scenario &s, const ScalarValue &v) {
                auto &t = s.platform.idleTimeout;
                t.ranged = true;
                (isMin ? t.minS : t.maxS) = std::get<double>(v);
            };
            return d;
        };
        return std::vector<KeyDescriptor>{bound("platform.idle_timeout_s.min", true),
                                          bound("platform.idle_timeout_s.max", false)};
    }();
    return keys;
}

const KeyDescriptor *findKey(std::string_view path)
{
    for (const auto &key : keyTable())
        if (key.path == path)
            return &key;
    for (const auto &key : settingOnlyKeys())
        if (key.path == path)
            return &key;
    return nullptr;
}

/// True for the objects of the file: "function", "function.handler", "pricing.rates"…
bool isObjectPath(std::string_view path)
{
    for (const auto &key : keyTable())
        if (key.path.size() > path.size() && key.path.starts_with(path) && key.path[path.size()] == '.')
            return true;
    return path.empty();
}

/// The names directly inside the object at `prefix` ("" for the top level), in table order.
std::vector<std::string> childNames(std::string_view prefix)
{
    std::vector<std::string> names;
    for (const auto &key : keyTable()) {
        std::string_view rest = key.path;
        if (!prefix.empty()) {
            if (!(rest.size() > prefix.size() && rest.starts_with(prefix) && rest[prefix.size()] == '.'))
                continue;
            rest.remove_prefix(prefix.size() + 1);
        }
        std::string name(rest.substr(0, rest.find('.')));
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    }
    return names;
}

struct Issue {
    std::string what;
    std::string allowed;
};

std::string allowedText(const KeyDescriptor &key)
{
    switch (key.kind) {
    case KeyKind::Number:
    case KeyKind::Integer:
    case KeyKind::IdleTimeout:
    case KeyKind::RuntimeInit:
        return key.range.text();
    case KeyKind::Choice:
        return join(key.choices);
    case KeyKind::Seed:
        return std::string(kSeedRange);
    case KeyKind::Schema:
        return std::string(kScenarioSchema);
    case KeyKind::Text:
    case KeyKind::Flag:
    case KeyKind::Changes:
        break;
    }
    return {};
}

std::string expectedText(const KeyDescriptor &key)
{
    switch (key.kind) {
    case KeyKind::Number:
    case KeyKind::IdleTimeout:
    case KeyKind::RuntimeInit:
        return "a number";
    case KeyKind::Integer:
    case KeyKind::Seed:
        return "an integer";
    case KeyKind::Flag:
        return "true or false";
    case KeyKind::Text:
    case KeyKind::Choice:
    case KeyKind::Schema:
        return "a string";
    case KeyKind::Changes:
        return "an array";
    }
    return {};
}

std::string typeText(const OrderedJson &j)
{
    switch (j.type()) {
    case OrderedJson::value_t::null: return "null";
    case OrderedJson::value_t::boolean: return "a boolean";
    case OrderedJson::value_t::number_integer:
    case OrderedJson::value_t::number_unsigned:
    case OrderedJson::value_t::number_float: return "a number";
    case OrderedJson::value_t::string: return "a string";
    case OrderedJson::value_t::array: return "an array";
    case OrderedJson::value_t::object: return "an object";
    case OrderedJson::value_t::binary:
    case OrderedJson::value_t::discarded: break;
    }
    return "an unsupported value";
}

std::string typeText(const ScalarValue &v)
{
    if (std::holds_alternative<bool>(v))
        return "a boolean";
    if (std::holds_alternative<double>(v))
        return "a number";
    return "a string";
}

Issue typeIssue(const KeyDescriptor &key, const std::string &got)
{
    return {"expected " + expectedText(key) + ", got " + got, allowedText(key)};
}

/// The value check shared by the reader, `changes` and setScenarioValue.
std::optional<Issue> checkValue(const KeyDescriptor &key, const ScalarValue &v)
{
    switch (key.kind) {
    case KeyKind::Number:
    case KeyKind::Integer:
    case KeyKind::IdleTimeout:
    case KeyKind::RuntimeInit: {
        if (!std::holds_alternative<double>(v))
            return typeIssue(key, typeText(v));
        const double x = std::get<double>(v);
        // JSON text cannot hold inf or NaN, but a programmatic nlohmann::json or --set can.
        if (!std::isfinite(x))
            return Issue{formatNumber(x) + " is not a finite number", allowedText(key)};
        if (key.kind == KeyKind::Integer && x != std::trunc(x))
            return Issue{formatNumber(x) + " is not an integer", allowedText(key)};
        if (!key.range.contains(x))
            return Issue{formatNumber(x) + " is out of range", allowedText(key)};
        return std::nullopt;
    }
    case KeyKind::Flag:
        if (!std::holds_alternative<bool>(v))
            return typeIssue(key, typeText(v));
        return std::nullopt;
    case KeyKind::Text:
        if (!std::holds_alternative<std::string>(v))
            return typeIssue(key, typeText(v));
        return std::nullopt;
    case KeyKind::Choice: {
        if (!std::holds_alternative<std::string>(v))
            return typeIssue(key, typeText(v));
        const auto &s = std::get<std::string>(v);
        if (std::find(key.choices.begin(), key.choices.end(), s) == key.choices.end())
            return Issue{quote(s) + " is not " + std::string(key.noun), allowedText(key)};
        return std::nullopt;
    }
    case KeyKind::Schema:
    case KeyKind::Seed:
    case KeyKind::Changes:
        break;
    }
    return Issue{"not a settable key", {}};
}

/// "not a settable key", listing what may be set in the object the path points into.
Issue notSettableIssue(const std::string &path)
{
    std::string object = path;
    while (!isObjectPath(object)) {
        const auto dot = object.rfind('.');
        object = dot == std::string::npos ? std::string() : object.substr(0, dot);
    }
    std::vector<std::string> allowed;
    for (const auto &name : childNames(object)) {
        const std::string child = joinPath(object, name);
        if (const auto *key = findKey(child)) {
            if (key->settable)
                allowed.push_back(child);
        } else {
            // An object holding no settable key (playback) is not offered.
            const std::string prefix = child + ".";
            const auto &table = keyTable();
            if (std::any_of(table.begin(), table.end(),
                            [&](const KeyDescriptor &k) { return k.settable && k.path.starts_with(prefix); }))
                allowed.push_back(child + ".*");
        }
    }
    return {"not a settable key", "allowed: " + join(allowed)};
}

std::optional<Issue> checkSetting(const std::string &path, const ScalarValue &v)
{
    const auto *key = findKey(path);
    if (!key || !key->settable)
        return notSettableIssue(path);
    return checkValue(*key, v);
}

using Setting = std::pair<const KeyDescriptor *, ScalarValue>;

/// Applies checked settings. Runtime, package and architecture go first and refill the preset's
/// init and restore defaults when they change anything, so that init or restore keys set alongside
/// them win over the preset.
void applySettings(Scenario &s, const std::vector<Setting> &settings)
{
    const FunctionSpec before = s.function;
    for (const auto &[key, value] : settings)
        if (key->refillsPreset)
            key->set(s, value);
    if (s.function.runtime != before.runtime || s.function.package != before.package
        || s.function.architecture != before.architecture)
        applyRuntimePreset(s.function);
    for (const auto &[key, value] : settings)
        if (!key->refillsPreset)
            key->set(s, value);
}

struct ChangeOutcome {
    Scenario scenario;
    std::vector<Problem> settingProblems;   ///< paths are the dotted setting paths
};

/// Keys a run cannot change halfway: a compute option's own keys, and under Managed Instances
/// every function key (a new version would need a new fleet, which the model does not follow).
std::optional<Issue> timedChangeIssue(const Scenario &before, const std::string &path)
{
    const auto *key = findKey(path);
    if (key && !key->timed)
        return Issue{"cannot change during a run", "set it for the whole run (the scenario or --set)"};
    if (before.function.compute == ComputeKind::ManagedInstances && path.starts_with("function."))
        return Issue{"function keys cannot change during a run with compute managed_instances",
                     "platform.*, workload.*, pricing.*"};
    return std::nullopt;
}

ChangeOutcome applyChangeSettings(const Scenario &s, const Change &c)
{
    ChangeOutcome out{s, {}};
    std::vector<Setting> settings;
    for (const auto &[path, value] : c.set) {
        if (auto issue = timedChangeIssue(s, path))
            out.settingProblems.push_back({path, std::move(issue->what), std::move(issue->allowed)});
        else if (auto issue = checkSetting(path, value))
            out.settingProblems.push_back({path, std::move(issue->what), std::move(issue->allowed)});
        else
            settings.emplace_back(findKey(path), value);
    }
    applySettings(out.scenario, settings);
    return out;
}

OrderedJson numberJson(double v)
{
    if (v == std::trunc(v) && std::fabs(v) < kExactIntegerLimit)
        return static_cast<std::int64_t>(v);
    return v;
}

OrderedJson scalarJson(const ScalarValue &v)
{
    if (const auto *b = std::get_if<bool>(&v))
        return *b;
    if (const auto *d = std::get_if<double>(&v))
        return numberJson(*d);
    return std::get<std::string>(v);
}

OrderedJson toOrderedJson(const Scenario &s)
{
    // Trace keys clutter every other scenario; written when they are used or hold something.
    const bool writeTrace = s.workload.pattern == WorkloadPattern::Trace || !(s.workload.trace == TraceSpec{});
    OrderedJson root = OrderedJson::object();
    for (const auto &key : keyTable()) {
        if (key.writtenWhen && !key.writtenWhen(s))
            continue;   // an option not in use leaves no trace, not even its object
        // Parents first, so that an object stands where the contract puts it even when none of
        // its keys is written ("rates": {}).
        OrderedJson *parent = &root;
        std::string_view rest = key.path;
        for (auto dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.')) {
            OrderedJson &child = (*parent)[std::string(rest.substr(0, dot))];
            if (child.is_null())
                child = OrderedJson::object();
            parent = &child;
            rest.remove_prefix(dot + 1);
        }
        const std::string leaf(rest);
        switch (key.kind) {
        case KeyKind::Schema:
            (*parent)[leaf] = std::string(kScenarioSchema);
            break;
        case KeyKind::Seed:
            (*parent)[leaf] = s.seed;
            break;
        case KeyKind::IdleTimeout: {
            const auto &t = s.platform.idleTimeout;
            if (t.ranged)
                (*parent)[leaf] = OrderedJson{{"min", numberJson(t.minS)}, {"max", numberJson(t.maxS)}};
            else
                (*parent)[leaf] = numberJson(t.minS);
            break;
        }
        case KeyKind::RuntimeInit: {
            if (const auto &q = s.function.runtimeInitQuantiles)
                (*parent)[leaf] = OrderedJson{{"median", numberJson(q->medianMs)}, {"p90", numberJson(q->p90Ms)}};
            else
                (*parent)[leaf] = numberJson(s.function.initMs.runtime);
            break;
        }
        case KeyKind::Changes: {
            OrderedJson changes = OrderedJson::array();
            for (const auto &c : s.changes) {
                OrderedJson set = OrderedJson::object();
                for (const auto &[path, value] : c.set)
                    set[path] = scalarJson(value);
                changes.push_back(OrderedJson{{"at_s", numberJson(c.atS)}, {"set", std::move(set)}});
            }
            (*parent)[leaf] = std::move(changes);
            break;
        }
        default:
            if (key.traceKey && !writeTrace)
                break;
            if (const auto value = key.get(s))
                (*parent)[leaf] = scalarJson(*value);
            break;
        }
    }
    return root;
}

/// Reads a parsed file: every problem in file order, then the cross-key rules, then `changes`.
class ScenarioReader
{
public:
    ScenarioReader(std::vector<Problem> problems, std::size_t unlisted)
        : m_problems(std::move(problems)), m_unlisted(unlisted)
    {
    }

    ScenarioResult read(const OrderedJson &root, const std::string &baseDir)
    {
        ScenarioResult result;
        if (!root.is_object()) {
            addProblem({}, "expected an object, got " + typeText(root));
            result.problems = std::move(m_problems);
            return result;
        }
        // Without a schema the file may be no scenario at all: say that before anything else.
        if (!root.contains("schema"))
            addProblem("schema", "missing", std::string(kScenarioSchema));
        readObject(root, {});

        Scenario s;
        s.baseDir = baseDir;
        applyRuntimePreset(s.function);
        applySettings(s, m_settings);
        if (m_idleRange)
            s.platform.idleTimeout = *m_idleRange;
        if (m_runtimeQuantiles) {
            s.function.runtimeInitQuantiles = *m_runtimeQuantiles;
            s.function.initMs.runtime = meanOf(*m_runtimeQuantiles);
        }
        if (m_seed)
            s.seed = *m_seed;
        for (auto &p : validateScenario(s))
            m_problems.push_back(std::move(p));
        if (m_changes)
            readChanges(*m_changes, s);
        if (m_unlisted > 0)
            m_problems.push_back({{}, std::to_string(m_unlisted) + " more problems not listed", {}});

        result.problems = std::move(m_problems);
        if (result.problems.empty())
            result.scenario = std::move(s);
        return result;
    }

private:
    void addProblem(std::string path, std::string what, std::string allowed = {})
    {
        if (m_problems.size() >= kMaxProblems) {
            ++m_unlisted;
            return;
        }
        m_problems.push_back({std::move(path), std::move(what), std::move(allowed)});
    }

    void addProblem(std::string path, Issue issue)
    {
        addProblem(std::move(path), std::move(issue.what), std::move(issue.allowed));
    }

    bool hasProblemAt(std::string_view path) const
    {
        return std::any_of(m_problems.begin(), m_problems.end(), [&](const Problem &p) { return p.path == path; });
    }

    void readObject(const OrderedJson &object, const std::string &prefix)
    {
        for (const auto &[name, value] : object.items()) {
            const std::string path = joinPath(prefix, name);
            if (const auto *key = findKey(path)) {
                readKey(*key, value, path);
            } else if (isObjectPath(path)) {
                if (value.is_object())
                    readObject(value, path);
                else
                    addProblem(path, "expected an object, got " + typeText(value));
            } else {
                addProblem(path, "unknown key", "allowed: " + join(childNames(prefix)));
            }
        }
    }

    void readKey(const KeyDescriptor &key, const OrderedJson &value, const std::string &path)
    {
        switch (key.kind) {
        case KeyKind::Schema:
            if (!value.is_string())
                addProblem(path, typeIssue(key, typeText(value)));
            else if (value.get<std::string>() != kScenarioSchema)
                addProblem(path, quote(value.get<std::string>()) + " is not a supported schema", allowedText(key));
            return;
        case KeyKind::Seed:
            readSeed(key, value, path);
            return;
        case KeyKind::Changes:
            m_changes = &value;   // read last: each change applies to the scenario before it
            return;
        case KeyKind::IdleTimeout:
            if (value.is_object()) {
                readIdleTimeoutRange(key, value, path);
                return;
            }
            if (!value.is_number()) {
                addProblem(path, "expected a number or an object with min and max, got " + typeText(value),
                           allowedText(key));
                return;
            }
            break;
        case KeyKind::RuntimeInit:
            if (value.is_object()) {
                readRuntimeInitQuantiles(key, value, path);
                return;
            }
            if (!value.is_number()) {
                addProblem(path, "expected a number or an object with median and p90, got " + typeText(value),
                           allowedText(key));
                return;
            }
            break;
        default:
            break;
        }
        const auto scalar = scalarFromJson(value);
        if (!scalar)
            addProblem(path, typeIssue(key, typeText(value)));
        else if (auto issue = checkValue(key, *scalar))
            addProblem(path, std::move(*issue));
        else
            m_settings.emplace_back(&key, *scalar);
    }

    void readSeed(const KeyDescriptor &key, const OrderedJson &value, const std::string &path)
    {
        if (value.is_number_unsigned()) {
            m_seed = value.get<std::uint64_t>();
        } else if (value.is_number_integer()) {   // signed: only negative numbers land here
            addProblem(path, value.dump() + " is out of range", allowedText(key));
        } else if (value.is_number_float()) {
            const double x = value.get<double>();
            if (x != std::trunc(x))
                addProblem(path, formatNumber(x) + " is not an integer", allowedText(key));
            else if (x < 0 || x >= kTwoTo64)
                addProblem(path, formatNumber(x) + " is out of range", allowedText(key));
            else
                m_seed = static_cast<std::uint64_t>(x);
        } else {
            addProblem(path, typeIssue(key, typeText(value)));
        }
    }

    void readIdleTimeoutRange(const KeyDescriptor &key, const OrderedJson &value, const std::string &path)
    {
        IdleTimeout t{true, 0, 0};
        bool hasMin = false;
        bool hasMax = false;
        int validBounds = 0;
        for (const auto &[name, bound] : value.items()) {
            const std::string boundPath = path + "." + name;
            if (name != "min" && name != "max") {
                addProblem(boundPath, "unknown key", "allowed: min, max");
                continue;
            }
            (name == "min" ? hasMin : hasMax) = true;
            const auto scalar = scalarFromJson(bound);
            std::optional<Issue> issue = scalar ? checkValue(key, *scalar) : typeIssue(key, typeText(bound));
            if (issue) {
                addProblem(boundPath, std::move(*issue));
                continue;
            }
            (name == "min" ? t.minS : t.maxS) = std::get<double>(*scalar);
            ++validBounds;
        }
        if (!hasMin)
            addProblem(path + ".min", "missing", allowedText(key));
        if (!hasMax)
            addProblem(path + ".max", "missing", allowedText(key));
        // Both bounds usable: keep the range, so that the cross-key rule can still compare them.
        if (validBounds == 2)
            m_idleRange = t;
    }

    void readRuntimeInitQuantiles(const KeyDescriptor &key, const OrderedJson &value, const std::string &path)
    {
        InitQuantiles q;
        bool hasMedian = false;
        bool hasP90 = false;
        int validValues = 0;
        for (const auto &[name, item] : value.items()) {
            const std::string itemPath = path + "." + name;
            if (name != "median" && name != "p90") {
                addProblem(itemPath, "unknown key", "allowed: median, p90");
                continue;
            }
            (name == "median" ? hasMedian : hasP90) = true;
            const auto scalar = scalarFromJson(item);
            std::optional<Issue> issue = scalar ? checkValue(key, *scalar) : typeIssue(key, typeText(item));
            if (issue) {
                addProblem(itemPath, std::move(*issue));
                continue;
            }
            (name == "median" ? q.medianMs : q.p90Ms) = std::get<double>(*scalar);
            ++validValues;
        }
        if (!hasMedian)
            addProblem(path + ".median", "missing", allowedText(key));
        if (!hasP90)
            addProblem(path + ".p90", "missing", allowedText(key));
        if (validValues != 2)
            return;
        if (q.p90Ms < q.medianMs) {
            addProblem(path + ".p90", "p90 " + formatNumber(q.p90Ms) + " is less than median " + formatNumber(q.medianMs),
                       atLeast(q.medianMs).text());
            return;
        }
        m_runtimeQuantiles = q;
    }

    void readChanges(const OrderedJson &changes, Scenario &s)
    {
        if (!changes.is_array()) {
            addProblem("changes", "expected an array, got " + typeText(changes));
            return;
        }
        // A broken duration_s is reported already; checking at_s against the default would only
        // add noise.
        const Range atRange = hasProblemAt("duration_s") ? atLeast(0) : Range{0, false, s.durationS, true};
        double previousAt = 0;
        Scenario state = s;
        std::vector<Problem> stateRules = validateScenario(state);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const OrderedJson &entry = changes[i];
            const std::string entryPath = "changes[" + std::to_string(i) + "]";
            if (!entry.is_object()) {
                addProblem(entryPath, "expected an object, got " + typeText(entry));
                continue;
            }
            Change change;
            bool hasAt = false;
            bool hasSet = false;
            for (const auto &[name, value] : entry.items()) {
                const std::string path = entryPath + "." + name;
                if (name == "at_s") {
                    hasAt = true;
                    if (readChangeTime(value, path, atRange, previousAt, change.atS))
                        previousAt = change.atS;
                } else if (name == "set") {
                    hasSet = true;
                    readChangeSet(value, path, change);
                } else {
                    addProblem(path, "unknown key", "allowed: at_s, set");
                }
            }
            if (!hasAt)
                addProblem(entryPath + ".at_s", "missing", atRange.text());
            if (!hasSet)
                addProblem(entryPath + ".set", "missing", "an object of dotted.path: value");

            for (const auto &[settingPath, value] : change.set)
                if (auto issue = timedChangeIssue(state, settingPath))
                    addProblem(entryPath + ".set." + settingPath, std::move(*issue));
            // Each change is checked against the scenario as it stands after the ones before it;
            // a rule already broken before this change was reported there.
            state = applyChangeSettings(state, change).scenario;
            std::vector<Problem> rules = validateScenario(state);
            for (const auto &rule : rules)
                if (std::find(stateRules.begin(), stateRules.end(), rule) == stateRules.end())
                    addProblem(entryPath, rule.what, rule.allowed);
            stateRules = std::move(rules);
            s.changes.push_back(std::move(change));
        }
    }

    bool readChangeTime(const OrderedJson &value, const std::string &path, const Range &range, double previousAt,
                        double &atS)
    {
        if (!value.is_number()) {
            addProblem(path, "expected a number, got " + typeText(value), range.text());
            return false;
        }
        const double x = value.get<double>();
        if (!std::isfinite(x)) {
            addProblem(path, formatNumber(x) + " is not a finite number", range.text());
            return false;
        }
        if (!range.contains(x)) {
            addProblem(path, formatNumber(x) + " is out of range", range.text());
            return false;
        }
        if (x < previousAt) {
            addProblem(path, formatNumber(x) + " is before the change above it", "at least " + formatNumber(previousAt));
            return false;
        }
        atS = x;
        return true;
    }

    void readChangeSet(const OrderedJson &set, const std::string &path, Change &change)
    {
        if (!set.is_object()) {
            addProblem(path, "expected an object, got " + typeText(set), "an object of dotted.path: value");
            return;
        }
        for (const auto &[settingPath, value] : set.items()) {
            const std::string problemPath = path + "." + settingPath;
            const auto *key = findKey(settingPath);
            if (!key || !key->settable) {
                addProblem(problemPath, notSettableIssue(settingPath));
                continue;
            }
            const auto scalar = scalarFromJson(value);
            if (!scalar) {
                addProblem(problemPath, typeIssue(*key, typeText(value)));
                continue;
            }
            if (auto issue = checkValue(*key, *scalar)) {
                addProblem(problemPath, std::move(*issue));
                continue;
            }
            change.set.emplace_back(settingPath, *scalar);
        }
    }

    std::vector<Problem> m_problems;
    std::size_t m_unlisted = 0;   ///< problems beyond kMaxProblems, only counted
    std::vector<Setting> m_settings;
    std::optional<std::uint64_t> m_seed;
    std::optional<IdleTimeout> m_idleRange;
    std::optional<InitQuantiles> m_runtimeQuantiles;   ///< init_ms.runtime {median, p90}
    const OrderedJson *m_changes = nullptr;
};

/// Line and column (both from 1) of a 0-based byte offset.
std::string lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto lastNewline = before.rfind('\n');
    const auto column = lastNewline == std::string_view::npos ? offset + 1 : offset - lastNewline;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/// `key` cut to kMaxKeyInPath bytes (at a UTF-8 character boundary) with an ellipsis.
std::string shortKey(const std::string &key)
{
    if (key.size() <= kMaxKeyInPath)
        return key;
    std::size_t cut = kMaxKeyInPath;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80)
        --cut;
    return key.substr(0, cut) + "…";
}

/// nlohmann's message without its "[json.exception…] parse error at line…: " prefix; we give our
/// own position.
std::string parseErrorDetail(const std::string &message)
{
    std::string detail = message;
    if (const auto bracket = detail.find("] "); bracket != std::string::npos)
        detail.erase(0, bracket + 2);
    if (detail.starts_with("parse error")) {
        if (const auto colon = detail.find(": "); colon != std::string::npos)
            detail.erase(0, colon + 2);
    }
    // nlohmann quotes the token it stopped at, whole: a number or string of a megabyte would make
    // a message of a megabyte.
    constexpr std::size_t kMaxDetail = 200;
    if (detail.size() > kMaxDetail) {
        std::size_t cut = kMaxDetail;
        while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80)
            --cut;
        detail = detail.substr(0, cut) + "…";
    }
    return detail;
}

}  // namespace

std::string Problem::format() const
{
    std::string out = path.empty() ? what : path + ": " + what;
    if (!allowed.empty())
        out += " (" + allowed + ")";
    return out;
}

ScenarioResult parseScenario(std::string_view text, const std::string &baseDir)
{
    // Notepad's "Unicode" is UTF-16: without this it would be a syntax error at column 1.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return {std::nullopt, {{{}, "UTF-16 is not supported; save the file as UTF-8", {}}}};

    // nlohmann keeps the last of two equal keys without a word; in a hand-written file that is
    // as much a mistake as an unknown key, so a parser callback tracks the keys of every object.
    struct Frame {
        bool array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string> keys;
    };
    std::vector<Frame> frames;
    // Duplicate keys, found while parsing.
    std::vector<Problem> parseProblems;
    std::size_t unlistedParseProblems = 0;
    // The path of the value the first `levels` frames lead to.
    const auto pathOf = [&frames](std::size_t levels) {
        std::string path;
        for (std::size_t i = 0; i < levels; ++i) {
            const Frame &f = frames[i];
            if (f.array) {
                path += '[';
                path += std::to_string(f.index);
                path += ']';
            } else {
                if (!path.empty())
                    path += '.';
                path += shortKey(f.key);
            }
        }
        return path;
    };
    struct TooDeep {};
    struct TooManyKeys {
        std::string objectPath;
    };
    const auto childDone = [&frames] {
        if (!frames.empty() && frames.back().array)
            ++frames.back().index;
    };
    const OrderedJson::parser_callback_t callback = [&](int, OrderedJson::parse_event_t event, OrderedJson &parsed) {
        switch (event) {
        case OrderedJson::parse_event_t::object_start:
        case OrderedJson::parse_event_t::array_start:
            if (frames.size() >= kMaxNesting)
                throw TooDeep{};
            frames.push_back({event == OrderedJson::parse_event_t::array_start, 0, {}, {}});
            break;
        case OrderedJson::parse_event_t::key: {
            auto &f = frames.back();
            f.key = parsed.get<std::string>();
            // ordered_json looks each new key up among the ones before it: a million keys in one
            // object would take hours.
            if (f.keys.size() >= kMaxKeysPerObject && !f.keys.contains(f.key))
                throw TooManyKeys{pathOf(frames.size() - 1)};
            if (!f.keys.insert(f.key).second) {
                // Past the limit only counted: a path is as long as the nesting, a million of them
                // would take long to build.
                if (parseProblems.size() < kMaxProblems)
                    parseProblems.push_back({pathOf(frames.size()), "duplicate key", "each key once"});
                else
                    ++unlistedParseProblems;
            }
            break;
        }
        case OrderedJson::parse_event_t::value:
            childDone();
            break;
        case OrderedJson::parse_event_t::object_end:
        case OrderedJson::parse_event_t::array_end:
            frames.pop_back();
            childDone();
            break;
        }
        return true;
    };

    OrderedJson root;
    try {
        root = OrderedJson::parse(text.begin(), text.end(), callback);
    } catch (const TooDeep &) {
        // The parser got this far, so the text before the bracket is well formed.
        return {std::nullopt,
                {{{}, lineColumn(text, jsonNestingOverflow(text, kMaxNesting)) + ": nesting deeper than "
                          + std::to_string(kMaxNesting) + " levels", {}}}};
    } catch (const TooManyKeys &e) {
        return {std::nullopt,
                {{e.objectPath, "more than " + std::to_string(kMaxKeysPerObject) + " keys in one object", {}}}};
    } catch (const nlohmann::json::parse_error &e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;   // e.byte counts from 1
        return {std::nullopt, {{{}, lineColumn(text, offset) + ": " + parseErrorDetail(e.what()), {}}}};
    } catch (const nlohmann::json::exception &e) {
        // Number overflow ("1e400") carries no position: find the number in the text.
        const std::string message = e.what();
        std::string where;
        if (const auto open = message.find('\''); open != std::string::npos) {
            const auto close = message.find('\'', open + 1);
            const auto length = close == std::string::npos ? std::string::npos : close - open - 1;
            const auto token = message.substr(open + 1, length);
            if (const auto at = text.find(token); !token.empty() && at != std::string_view::npos)
                where = lineColumn(text, at) + ": ";
        }
        return {std::nullopt, {{{}, where + parseErrorDetail(message), {}}}};
    }
    return ScenarioReader(std::move(parseProblems), unlistedParseProblems).read(root, baseDir);
}

ScenarioResult scenarioFromJson(const nlohmann::json &j, const std::string &baseDir)
{
    // nlohmann::json has lost the file's key order already; reading the same tree keeps one reader.
    return ScenarioReader({}, 0).read(OrderedJson(j), baseDir);
}

nlohmann::json scenarioToJson(const Scenario &s)
{
    return nlohmann::json(toOrderedJson(s));
}

std::optional<ScalarValue> jsonValueAt(const nlohmann::json &j, const std::string &path)
{
    const nlohmann::json *node = &j;
    std::size_t from = 0;
    while (from <= path.size()) {
        const auto dot = path.find('.', from);
        const std::string key = path.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
        if (!node->is_object() || !node->contains(key))
            return std::nullopt;
        node = &(*node)[key];
        if (dot == std::string::npos)
            break;
        from = dot + 1;
    }
    if (node->is_boolean())
        return node->get<bool>();
    if (node->is_number())
        return node->get<double>();
    if (node->is_string())
        return node->get<std::string>();
    return std::nullopt;
}

std::string writeScenario(const Scenario &s)
{
    return toOrderedJson(s).dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::vector<Problem> validateScenario(const Scenario &s)
{
    std::vector<Problem> problems;
    const FunctionSpec &f = s.function;
    if (f.snapstart.enabled) {
        const std::string path = "function.snapstart.enabled";
        const auto preset = findRuntimePreset(f.runtime);
        if (!preset || preset->snapstart == SnapStartSupport::None) {
            std::vector<std::string> withSnapStart;
            for (const auto &p : runtimePresets())
                if (p.snapstart != SnapStartSupport::None)
                    withSnapStart.emplace_back(p.id);
            problems.push_back({path, "SnapStart is not available for " + f.runtime, join(withSnapStart)});
        }
        if (f.package == PackageType::Image)
            problems.push_back({path, "SnapStart is not available for container images", "package zip"});
        if (f.provisionedConcurrency > 0)
            problems.push_back(
                {path, "SnapStart cannot be combined with provisioned concurrency", "provisioned_concurrency 0"});
        if (f.ephemeralStorageMb > 512)
            problems.push_back({path, "SnapStart cannot be combined with ephemeral storage above 512 MB",
                                "ephemeral_storage_mb 512"});
    }
    if (f.snapstart.billedRestoreMs > f.snapstart.restoreMs)
        problems.push_back({"function.snapstart.billed_restore_ms",
                            "billed_restore_ms " + formatNumber(f.snapstart.billedRestoreMs)
                                + " is more than restore_ms",
                            between(0, f.snapstart.restoreMs).text()});
    if (f.provisionedConcurrency > s.platform.concurrencyLimit)
        problems.push_back({"function.provisioned_concurrency",
                            "provisioned_concurrency " + std::to_string(f.provisionedConcurrency)
                                + " is more than concurrency_limit",
                            between(0, s.platform.concurrencyLimit).text()});
    if (f.compute == ComputeKind::ManagedInstances) {
        const ManagedInstancesSpec &mi = f.managedInstances;
        const std::string prefix = "function.managed_instances.";
        if (mi.memoryGibPerVcpu != 2 && mi.memoryGibPerVcpu != 4 && mi.memoryGibPerVcpu != 8)
            problems.push_back({prefix + "memory_gib_per_vcpu",
                                std::to_string(mi.memoryGibPerVcpu) + " is not a memory-to-vCPU ratio", "2, 4, 8"});
        else if (const ManagedLayout l = managedLayout(f); l.envsPerInstance == 0)
            problems.push_back({prefix + "instance_type",
                                "an environment of " + formatNumber(l.envVcpus) + " vCPUs and "
                                    + formatNumber(l.envMemoryGib) + " GiB does not fit on " + mi.instanceType,
                                "a larger instance type, or less function.memory_mb"});
        if (mi.minInstances > mi.maxInstances)
            problems.push_back({prefix + "min_instances",
                                "min_instances " + std::to_string(mi.minInstances) + " is more than max_instances "
                                    + std::to_string(mi.maxInstances),
                                between(1, mi.maxInstances).text()});
        if (f.snapstart.enabled)
            problems.push_back({"function.snapstart.enabled",
                                "SnapStart is not available with compute managed_instances", "compute on_demand"});
        if (f.provisionedConcurrency > 0)
            problems.push_back({"function.provisioned_concurrency",
                                "provisioned concurrency is not available with compute managed_instances",
                                "0, or compute on_demand"});
        if (f.tenantIsolation)
            problems.push_back({"function.tenant_isolation",
                                "tenant isolation is not available with compute managed_instances",
                                "false, or compute on_demand"});
    } else if (f.tenantIsolation) {
        if (f.snapstart.enabled)
            problems.push_back({"function.tenant_isolation", "tenant isolation cannot be combined with SnapStart",
                                "snapstart.enabled false"});
        if (f.provisionedConcurrency > 0)
            problems.push_back({"function.tenant_isolation",
                                "tenant isolation cannot be combined with provisioned concurrency",
                                "provisioned_concurrency 0"});
    }
    const IdleTimeout &idle = s.platform.idleTimeout;
    if (idle.ranged && idle.minS > idle.maxS)
        problems.push_back({"platform.idle_timeout_s",
                            "min " + formatNumber(idle.minS) + " is more than max " + formatNumber(idle.maxS),
                            "min at most max"});
    const WorkloadSpec &w = s.workload;
    if (w.lengthS > w.everyS)
        problems.push_back({"workload.length_s", "length_s " + formatNumber(w.lengthS) + " is more than every_s",
                            moreThanAtMost(0, w.everyS).text()});
    if (w.pattern == WorkloadPattern::Trace) {
        if (w.trace.path.empty())
            problems.push_back({"workload.path", "pattern trace needs a trace file",
                                "a path relative to the scenario file's folder"});
        if (w.trace.format == TraceFormat::Azure2019 && w.trace.function.empty() && w.trace.rank == 0)
            problems.push_back({"workload.function", "format azure2019 needs function or rank",
                                "a HashFunction, or rank 1 or more"});
    }
    return problems;
}

std::vector<Problem> setScenarioValue(Scenario &s, const std::string &path, const ScalarValue &v)
{
    if (auto issue = checkSetting(path, v))
        return {{path, std::move(issue->what), std::move(issue->allowed)}};
    applySettings(s, {{findKey(path), v}});
    return {};
}

ScalarValue parseScalarValue(const std::string &text)
{
    // Without exceptions: anything that is not a JSON scalar is taken as the raw text.
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_boolean())
        return j.get<bool>();
    if (j.is_number())
        return j.get<double>();
    if (j.is_string())
        return j.get<std::string>();
    return text;
}

ScenarioResult applyChange(const Scenario &s, const Change &c)
{
    ChangeOutcome outcome = applyChangeSettings(s, c);
    ScenarioResult result;
    result.problems = std::move(outcome.settingProblems);
    for (auto &p : validateScenario(outcome.scenario))
        result.problems.push_back(std::move(p));
    if (result.problems.empty())
        result.scenario = std::move(outcome.scenario);
    return result;
}

bool changeMakesNewVersion(const Change &c)
{
    return std::any_of(c.set.begin(), c.set.end(), [](const auto &setting) {
        return setting.first.starts_with("function.") && setting.first != "function.provisioned_concurrency";
    });
}

Scenario defaultScenario()
{
    Scenario s;
    s.name = "Python API with bursts";
    s.seed = 1;
    s.durationS = 600;
    s.function.runtime = "python3.12";
    s.function.package = PackageType::Zip;
    s.function.architecture = Architecture::X86_64;
    applyRuntimePreset(s.function);
    s.function.memoryMb = 512;
    s.function.handler.cpuMs = 40;
    s.function.handler.ioMs = 20;
    s.function.handler.distribution = Distribution::Lognormal;
    s.function.handler.cv = 0.3;
    // 20 s instead of AWS's minutes, so that a 10-minute run shows environments expiring.
    s.platform.idleTimeout = IdleTimeout{false, 20, 20};
    s.workload.pattern = WorkloadPattern::Burst;
    s.workload.baseRatePerS = 2;
    s.workload.burstRatePerS = 20;
    s.workload.everyS = 30;
    s.workload.lengthS = 5;
    return s;
}

}  // namespace lle
