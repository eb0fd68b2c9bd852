// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files (contract §1): reading with every problem reported, preset defaults, SnapStart
// rules, `changes`, setting keys by path, and writing every key in contract order.
#include "runtimepresets.h"
#include "scenarioio.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <limits>

Q_DECLARE_METATYPE(lle::Scenario)

namespace {

const QString kRuntimes = QStringLiteral(
    "python3.12, python3.13, python3.14, nodejs24.x, nodejs22.x, nodejs20.x, java25, java21, java17, dotnet10, "
    "dotnet8, ruby3.4, ruby3.3, go, rust, custom");
const QString kSnapStartRuntimes =
    QStringLiteral("python3.12, python3.13, python3.14, java25, java21, java17, dotnet10, dotnet8, custom");
const QString kTopKeys = QStringLiteral("schema, name, seed, duration_s, function, platform, workload, pricing, playback, changes");
const QString kFunctionKeys = QStringLiteral(
    "runtime, package, architecture, memory_mb, timeout_s, ephemeral_storage_mb, extensions, init_ms, "
    "init_scales_with_memory, handler, snapstart, provisioned_concurrency, compute, managed_instances, "
    "tenant_isolation");
const QString kFunctionSettable = QStringLiteral(
    "function.runtime, function.package, function.architecture, function.memory_mb, function.timeout_s, "
    "function.ephemeral_storage_mb, function.extensions, function.init_ms.*, function.init_scales_with_memory, "
    "function.handler.*, function.snapstart.*, function.provisioned_concurrency, function.compute, "
    "function.managed_instances.*, function.tenant_isolation");
const QString kTopSettable = QStringLiteral("function.*, platform.*, workload.*, pricing.*");
const QString kRateNames = QStringLiteral(
    "request_per_million, duration_gb_s, pc_capacity_gb_s, pc_duration_gb_s, snapstart_cache_gb_s, "
    "snapstart_restore_gb, ephemeral_gb_s, tenant_environment_gb, response_streaming_gb, ec2_m7g_large_hour, "
    "ec2_m7g_xlarge_hour, ec2_m7g_2xlarge_hour, ec2_c7g_large_hour, ec2_c7g_xlarge_hour, ec2_c7g_2xlarge_hour, "
    "ec2_r7g_large_hour, ec2_r7g_xlarge_hour, ec2_r7g_2xlarge_hour, ec2_m7i_large_hour, ec2_m7i_xlarge_hour, "
    "ec2_m7i_2xlarge_hour, ec2_c7i_large_hour, ec2_c7i_xlarge_hour, ec2_c7i_2xlarge_hour");
/// kRateNames, each as a settable path.
QString rateSettables()
{
    QStringList paths;
    for (const QString &name : kRateNames.split(QStringLiteral(", ")))
        paths << QStringLiteral("pricing.rates.") + name;
    return paths.join(QStringLiteral(", "));
}

/// A scenario file holding the schema and `fragment` (more top-level keys, or nothing).
QString withSchema(const QString &fragment)
{
    QString text = QStringLiteral(R"({"schema": "lambda-explorer/scenario@1")");
    if (!fragment.isEmpty())
        text += QStringLiteral(", ") + fragment;
    return text + QLatin1Char('}');
}

lle::ScenarioResult parse(const QString &text)
{
    return lle::parseScenario(text.toStdString());
}

QStringList formatted(const std::vector<lle::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out << QString::fromStdString(p.format());
    return out;
}

/// The written form of the value at `pointer`, e.g. "/function/memory_mb" → "2048".
QString writtenValue(const lle::Scenario &s, const QString &pointer)
{
    const nlohmann::json j = lle::scenarioToJson(s);
    const nlohmann::json::json_pointer ptr(pointer.toStdString());
    if (!j.contains(ptr))
        return QStringLiteral("<absent>");
    return QString::fromStdString(j.at(ptr).dump());
}

QStringList orderedKeys(const nlohmann::ordered_json &object)
{
    QStringList keys;
    for (const auto &item : object.items())
        keys << QString::fromStdString(item.key());
    return keys;
}

lle::Scenario withSortedSets(lle::Scenario s)
{
    for (auto &c : s.changes)
        std::sort(c.set.begin(), c.set.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return s;
}

lle::Scenario rangedIdleWithChanges()
{
    lle::Scenario s;
    s.name = "Schedule";
    s.durationS = 7200;
    s.platform.idleTimeout = {true, 300, 900};
    s.changes.push_back({0, {{"function.memory_mb", 2048.0}, {"function.provisioned_concurrency", 3.0}}});
    s.changes.push_back({120,
                         {{"function.runtime", std::string("java21")},
                          {"function.init_ms.function", 900.0},
                          {"pricing.free_tier", true},
                          {"platform.routing", std::string("mru")}}});
    s.changes.push_back({120, {{"platform.idle_timeout_s", 60.0}}});
    return s;
}

lle::Scenario rateOverrides()
{
    lle::Scenario s;
    s.pricing.rates = {{"duration_gb_s", 0.0000166667}, {"request_per_million", 0.2}, {"ephemeral_gb_s", 3.09e-8}};
    s.function.handler.cv = 0.1 + 0.2;   // not the shortest decimal: must still come back exactly
    s.function.timeoutS = 2.5;
    s.function.initMs.envSetup = 123456789012.345;
    s.function.initMs.function = 1e20;
    s.pricing.initBilling = lle::InitBilling::FreeBefore2025_08;
    return s;
}

lle::Scenario azureTrace()
{
    lle::Scenario s;
    s.workload.pattern = lle::WorkloadPattern::Trace;
    s.workload.trace.path = "traces/invocations_per_function_md.anon.d01.csv";
    s.workload.trace.format = lle::TraceFormat::Azure2019;
    s.workload.trace.rank = 1;
    s.workload.trace.spread = lle::TraceSpread::Poisson;
    s.workload.trace.durationsPath = "traces/function_durations_percentiles.anon.d01.csv";
    return s;
}

lle::Scenario javaSnapStartArm()
{
    lle::Scenario s;
    s.function.runtime = "java21";
    s.function.architecture = lle::Architecture::Arm64;
    lle::applyRuntimePreset(s.function);
    s.function.snapstart.enabled = true;
    s.function.snapstart.restoreMs = 650.5;
    s.function.extensions = lle::ExtensionKind::External;
    s.function.handler.distribution = lle::Distribution::Exponential;
    s.workload.pattern = lle::WorkloadPattern::Diurnal;
    s.workload.keepWarm = {300, 2, 5};
    return s;
}

}  // namespace

class TestScenarioIo : public QObject
{
    Q_OBJECT

private slots:
    void idleTimeoutRangeCanBeSetByPath();
    void problemFormat_data();
    void problemFormat();
    void validationMessages_data();
    void validationMessages();
    void playbackSpeedIsReadAndWrittenOnlyWhenSet();
    void validBoundaries_data();
    void validBoundaries();
    void severalProblemsInFileOrder();
    void syntaxErrors_data();
    void syntaxErrors();
    void emptyScenarioTakesDefaults();
    void presetDefaults_data();
    void presetDefaults();
    void snapStartRules_data();
    void snapStartRules();
    void validateScenarioOnBuiltScenarios();
    void changesValidation_data();
    void changesValidation();
    void changesAreRead();
    void applyChangeRefillsPreset();
    void applyChangeReportsProblems();
    void setScenarioValue_data();
    void setScenarioValue();
    void setScenarioValueErrors_data();
    void setScenarioValueErrors();
    void parseScalarValue_data();
    void parseScalarValue();
    void changeMakesNewVersion_data();
    void changeMakesNewVersion();
    void roundTrip_data();
    void roundTrip();
    void writerKeyOrderAndNumbers();
    void defaultScenarioIsValid();
    void goldenDefaultScenario();
    void scenarioFromJsonMatchesText();
};

void TestScenarioIo::problemFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all three") << "function.memory_mb" << "20000 is out of range" << "128..10240"
                               << "function.memory_mb: 20000 is out of range (128..10240)";
    QTest::newRow("no allowed") << "pricing.free_tier" << "expected true or false, got a string" << ""
                                << "pricing.free_tier: expected true or false, got a string";
    QTest::newRow("no path") << "" << "line 1, column 1: unexpected end of input" << ""
                             << "line 1, column 1: unexpected end of input";
}

void TestScenarioIo::problemFormat()
{
    QFETCH(QString, path);
    QFETCH(QString, what);
    QFETCH(QString, allowed);
    QFETCH(QString, expected);
    const lle::Problem p{path.toStdString(), what.toStdString(), allowed.toStdString()};
    QCOMPARE(QString::fromStdString(p.format()), expected);
}

void TestScenarioIo::playbackSpeedIsReadAndWrittenOnlyWhenSet()
{
    // An extension of the contract: the window's speed for a scenario; absent, nothing is written.
    QVERIFY(lle::writeScenario(lle::defaultScenario()).find("playback") == std::string::npos);
    const auto r = parse(withSchema(R"("playback": {"speed": 600})"));
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->playbackSpeed, 600.0);
    const std::string text = lle::writeScenario(*r.scenario);
    QVERIFY(text.find("\"speed\": 600") != std::string::npos);
    const auto back = parse(QString::fromStdString(text));
    QVERIFY(back.scenario);
    QCOMPARE(back.scenario->playbackSpeed, 600.0);
}

void TestScenarioIo::validationMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Numbers, integers and their ranges.
    QTest::newRow("integer out of range") << withSchema(R"("function": {"memory_mb": 20000})")
                                          << "function.memory_mb: 20000 is out of range (128..10240)";
    QTest::newRow("integer with a fraction") << withSchema(R"("function": {"memory_mb": 1024.5})")
                                             << "function.memory_mb: 1024.5 is not an integer (128..10240)";
    QTest::newRow("ephemeral below 512") << withSchema(R"("function": {"ephemeral_storage_mb": 256})")
                                         << "function.ephemeral_storage_mb: 256 is out of range (512..10240)";
    QTest::newRow("timeout above 900") << withSchema(R"("function": {"timeout_s": 901})")
                                       << "function.timeout_s: 901 is out of range (1..900)";
    QTest::newRow("playback speed zero") << withSchema(R"("playback": {"speed": 0})")
                                         << "playback.speed: 0 is out of range (0.1..100000)";
    QTest::newRow("duration zero") << withSchema(R"("duration_s": 0)")
                                   << "duration_s: 0 is out of range (more than 0, at most 34560000)";
    QTest::newRow("duration above 400 days") << withSchema(R"("duration_s": 34560001)")
                                             << "duration_s: 34560001 is out of range (more than 0, at most 34560000)";
    QTest::newRow("negative init") << withSchema(R"("function": {"init_ms": {"runtime": -1}})")
                                   << "function.init_ms.runtime: -1 is out of range (at least 0)";
    QTest::newRow("cv zero") << withSchema(R"("function": {"handler": {"cv": 0}})")
                             << "function.handler.cv: 0 is out of range (more than 0)";
    QTest::newRow("parallel fraction above 1") << withSchema(R"("function": {"handler": {"parallel_fraction": 1.5}})")
                                               << "function.handler.parallel_fraction: 1.5 is out of range (0..1)";
    QTest::newRow("negative restore") << withSchema(R"("function": {"snapstart": {"restore_ms": -0.5}})")
                                      << "function.snapstart.restore_ms: -0.5 is out of range (at least 0)";
    QTest::newRow("provisioned concurrency negative")
        << withSchema(R"("function": {"provisioned_concurrency": -1})")
        << "function.provisioned_concurrency: -1 is out of range (0..100000)";
    QTest::newRow("concurrency limit zero") << withSchema(R"("platform": {"concurrency_limit": 0})")
                                            << "platform.concurrency_limit: 0 is out of range (1..100000)";
    QTest::newRow("scale burst below 1") << withSchema(R"("platform": {"scale_rate": {"burst": 0.5}})")
                                         << "platform.scale_rate.burst: 0.5 is out of range (at least 1)";
    QTest::newRow("scale per_s zero") << withSchema(R"("platform": {"scale_rate": {"per_s": 0}})")
                                      << "platform.scale_rate.per_s: 0 is out of range (more than 0)";
    QTest::newRow("max lifetime negative") << withSchema(R"("platform": {"max_lifetime_s": -1})")
                                           << "platform.max_lifetime_s: -1 is out of range (at least 0)";
    QTest::newRow("rate above 100000") << withSchema(R"("workload": {"rate_per_s": 100001})")
                                       << "workload.rate_per_s: 100001 is out of range (more than 0, at most 100000)";
    QTest::newRow("rate zero") << withSchema(R"("workload": {"rate_per_s": 0})")
                               << "workload.rate_per_s: 0 is out of range (more than 0, at most 100000)";
    QTest::newRow("base rate negative") << withSchema(R"("workload": {"base_rate_per_s": -1})")
                                        << "workload.base_rate_per_s: -1 is out of range (0..100000)";
    QTest::newRow("peak to trough below 1") << withSchema(R"("workload": {"peak_to_trough": 0.9})")
                                            << "workload.peak_to_trough: 0.9 is out of range (at least 1)";
    QTest::newRow("length zero") << withSchema(R"("workload": {"length_s": 0})")
                                 << "workload.length_s: 0 is out of range (more than 0)";
    QTest::newRow("rank negative") << withSchema(R"("workload": {"rank": -2})")
                                   << "workload.rank: -2 is out of range (0..1000000)";
    QTest::newRow("keep-warm concurrency 0") << withSchema(R"("workload": {"keep_warm": {"concurrency": 0}})")
                                             << "workload.keep_warm.concurrency: 0 is out of range (1..1000)";
    QTest::newRow("price negative") << withSchema(R"("pricing": {"rates": {"duration_gb_s": -1}})")
                                    << "pricing.rates.duration_gb_s: -1 is out of range (at least 0)";

    // Wrong types.
    QTest::newRow("string for a number") << withSchema(R"("function": {"timeout_s": "30"})")
                                         << "function.timeout_s: expected a number, got a string (1..900)";
    QTest::newRow("string for an integer") << withSchema(R"("function": {"memory_mb": "big"})")
                                           << "function.memory_mb: expected an integer, got a string (128..10240)";
    QTest::newRow("null for a number") << withSchema(R"("platform": {"max_lifetime_s": null})")
                                       << "platform.max_lifetime_s: expected a number, got null (at least 0)";
    QTest::newRow("array for a number") << withSchema(R"("function": {"handler": {"io_ms": [1]}})")
                                        << "function.handler.io_ms: expected a number, got an array (at least 0)";
    QTest::newRow("string for a bool") << withSchema(R"("pricing": {"free_tier": "yes"})")
                                       << "pricing.free_tier: expected true or false, got a string";
    QTest::newRow("number for a string") << withSchema(R"("name": 5)") << "name: expected a string, got a number";
    QTest::newRow("number for a choice") << withSchema(R"("function": {"runtime": 3})")
                                         << "function.runtime: expected a string, got a number (" + kRuntimes + ")";
    QTest::newRow("number for an object") << withSchema(R"("function": 5)")
                                          << "function: expected an object, got a number";
    QTest::newRow("array for a nested object") << withSchema(R"("platform": {"scale_rate": [1000, 100]})")
                                               << "platform.scale_rate: expected an object, got an array";
    QTest::newRow("top level not an object") << "[]"
                                             << "expected an object, got an array";

    // Choices.
    QTest::newRow("runtime") << withSchema(R"("function": {"runtime": "pyton3.12"})")
                             << "function.runtime: \"pyton3.12\" is not a runtime (" + kRuntimes + ")";
    QTest::newRow("package") << withSchema(R"("function": {"package": "jar"})")
                             << "function.package: \"jar\" is not a package type (zip, image)";
    QTest::newRow("architecture") << withSchema(R"("function": {"architecture": "x86"})")
                                  << "function.architecture: \"x86\" is not an architecture (x86_64, arm64)";
    QTest::newRow("extensions") << withSchema(R"("function": {"extensions": "some"})")
                                << "function.extensions: \"some\" is not an extensions setting (none, internal, external)";
    QTest::newRow("distribution") << withSchema(R"("function": {"handler": {"distribution": "normal"}})")
                                  << "function.handler.distribution: \"normal\" is not a distribution "
                                     "(fixed, exponential, lognormal)";
    QTest::newRow("routing") << withSchema(R"("platform": {"routing": "fifo"})")
                             << "platform.routing: \"fifo\" is not a routing policy (newest, mru, random)";
    QTest::newRow("pattern") << withSchema(R"("workload": {"pattern": "bursty"})")
                             << "workload.pattern: \"bursty\" is not a workload pattern "
                                "(poisson, constant, diurnal, burst, trace)";
    QTest::newRow("trace format") << withSchema(R"("workload": {"format": "csv"})")
                                  << "workload.format: \"csv\" is not a trace format (timestamps, azure2019, azure2021)";
    QTest::newRow("spread") << withSchema(R"("workload": {"spread": "even"})")
                            << "workload.spread: \"even\" is not a spread (uniform, poisson)";
    QTest::newRow("init billing") << withSchema(R"("pricing": {"init_billing": "free"})")
                                  << "pricing.init_billing: \"free\" is not an init billing regime "
                                     "(billed, free_before_2025_08)";
    QTest::newRow("choice with a quote") << withSchema(R"("platform": {"routing": "a\"b"})")
                                         << R"(platform.routing: "a\"b" is not a routing policy (newest, mru, random))";

    // Unknown and duplicate keys.
    QTest::newRow("unknown top-level key") << withSchema(R"("nmae": "x")")
                                           << "nmae: unknown key (allowed: " + kTopKeys + ")";
    QTest::newRow("unknown function key") << withSchema(R"("function": {"memroy_mb": 512})")
                                          << "function.memroy_mb: unknown key (allowed: " + kFunctionKeys + ")";
    QTest::newRow("unknown handler key")
        << withSchema(R"("function": {"handler": {"cpu": 1}})")
        << "function.handler.cpu: unknown key (allowed: cpu_ms, io_ms, parallel_fraction, distribution, cv, "
           "setup_ms, setup_in_init, response_mb)";
    QTest::newRow("unknown keep-warm key") << withSchema(R"("workload": {"keep_warm": {"every_s": 60}})")
                                           << "workload.keep_warm.every_s: unknown key (allowed: interval_s, "
                                              "concurrency, ping_ms)";
    QTest::newRow("unknown price") << withSchema(R"("pricing": {"rates": {"gb_s": 1}})")
                                   << "pricing.rates.gb_s: unknown key (allowed: " + kRateNames + ")";
    QTest::newRow("duplicate key") << withSchema(R"("seed": 1, "seed": 2)") << "seed: duplicate key (each key once)";
    QTest::newRow("duplicate nested key") << withSchema(R"("function": {"memory_mb": 256, "memory_mb": 512})")
                                          << "function.memory_mb: duplicate key (each key once)";

    // Schema.
    QTest::newRow("schema missing") << "{}" << "schema: missing (lambda-explorer/scenario@1)";
    QTest::newRow("schema of another version")
        << R"({"schema": "lambda-explorer/scenario@2"})"
        << R"(schema: "lambda-explorer/scenario@2" is not a supported schema (lambda-explorer/scenario@1))";
    QTest::newRow("schema not a string") << R"({"schema": 1})"
                                         << "schema: expected a string, got a number (lambda-explorer/scenario@1)";

    // Seed: unsigned 64-bit.
    QTest::newRow("seed negative") << withSchema(R"("seed": -1)")
                                   << "seed: -1 is out of range (0..18446744073709551615)";
    QTest::newRow("seed with a fraction") << withSchema(R"("seed": 1.5)")
                                          << "seed: 1.5 is not an integer (0..18446744073709551615)";
    QTest::newRow("seed above 64 bits") << withSchema(R"("seed": 1e20)")
                                        << "seed: 1e+20 is out of range (0..18446744073709551615)";
    QTest::newRow("seed a string") << withSchema(R"("seed": "1")")
                                   << "seed: expected an integer, got a string (0..18446744073709551615)";

    // Idle timeout: a number or {min, max}.
    QTest::newRow("idle timeout zero") << withSchema(R"("platform": {"idle_timeout_s": 0})")
                                       << "platform.idle_timeout_s: 0 is out of range (more than 0)";
    QTest::newRow("idle timeout a string")
        << withSchema(R"("platform": {"idle_timeout_s": "10m"})")
        << "platform.idle_timeout_s: expected a number or an object with min and max, got a string (more than 0)";
    QTest::newRow("idle range unknown key")
        << withSchema(R"("platform": {"idle_timeout_s": {"min": 300, "max": 900, "mean": 600}})")
        << "platform.idle_timeout_s.mean: unknown key (allowed: min, max)";
    QTest::newRow("idle range missing max") << withSchema(R"("platform": {"idle_timeout_s": {"min": 300}})")
                                            << "platform.idle_timeout_s.max: missing (more than 0)";
    QTest::newRow("idle range bound zero") << withSchema(R"("platform": {"idle_timeout_s": {"min": 0, "max": 9}})")
                                           << "platform.idle_timeout_s.min: 0 is out of range (more than 0)";
    QTest::newRow("idle range bound a string")
        << withSchema(R"("platform": {"idle_timeout_s": {"min": 1, "max": "9"}})")
        << "platform.idle_timeout_s.max: expected a number, got a string (more than 0)";
    QTest::newRow("idle range min above max")
        << withSchema(R"("platform": {"idle_timeout_s": {"min": 900, "max": 300}})")
        << "platform.idle_timeout_s: min 900 is more than max 300 (min at most max)";

    // Cross-key rules other than SnapStart's (snapStartRules has those).
    QTest::newRow("billed restore above restore")
        << withSchema(R"("function": {"snapstart": {"restore_ms": 100, "billed_restore_ms": 150}})")
        << "function.snapstart.billed_restore_ms: billed_restore_ms 150 is more than restore_ms (0..100)";
    QTest::newRow("provisioned above the limit")
        << withSchema(R"("function": {"provisioned_concurrency": 20}, "platform": {"concurrency_limit": 10})")
        << "function.provisioned_concurrency: provisioned_concurrency 20 is more than concurrency_limit (0..10)";
    QTest::newRow("burst longer than its period")
        << withSchema(R"("workload": {"pattern": "burst", "every_s": 30, "length_s": 40})")
        << "workload.length_s: length_s 40 is more than every_s (more than 0, at most 30)";
    QTest::newRow("trace without a path")
        << withSchema(R"("workload": {"pattern": "trace"})")
        << "workload.path: pattern trace needs a trace file (a path relative to the scenario file's folder)";
    QTest::newRow("azure2019 without function or rank")
        << withSchema(R"("workload": {"pattern": "trace", "path": "d01.csv", "format": "azure2019"})")
        << "workload.function: format azure2019 needs function or rank (a HashFunction, or rank 1 or more)";

    // Compute options (compute options reference): Managed Instances and tenant isolation.
    QTest::newRow("unknown compute") << withSchema(R"("function": {"compute": "fargate"})")
                                     << "function.compute: \"fargate\" is not a compute option (on_demand, managed_instances)";
    QTest::newRow("unknown instance type")
        << withSchema(R"("function": {"compute": "managed_instances", "managed_instances": {"instance_type": "t3.micro"}})")
        << "function.managed_instances.instance_type: \"t3.micro\" is not an instance type (m7g.large, m7g.xlarge, "
           "m7g.2xlarge, c7g.large, c7g.xlarge, c7g.2xlarge, r7g.large, r7g.xlarge, r7g.2xlarge, m7i.large, m7i.xlarge, "
           "m7i.2xlarge, c7i.large, c7i.xlarge, c7i.2xlarge)";
    QTest::newRow("concurrency 0")
        << withSchema(R"("function": {"compute": "managed_instances", "managed_instances": {"max_concurrency": 0}})")
        << "function.managed_instances.max_concurrency: 0 is out of range (1..1600)";
    QTest::newRow("concurrency above 1600")
        << withSchema(R"("function": {"compute": "managed_instances", "managed_instances": {"max_concurrency": 1601}})")
        << "function.managed_instances.max_concurrency: 1601 is out of range (1..1600)";
    QTest::newRow("minimum above maximum")
        << withSchema(R"("function": {"compute": "managed_instances",
                         "managed_instances": {"min_instances": 5, "max_instances": 4}})")
        << "function.managed_instances.min_instances: min_instances 5 is more than max_instances 4 (1..4)";
    QTest::newRow("memory ratio 3")
        << withSchema(R"("function": {"compute": "managed_instances", "managed_instances": {"memory_gib_per_vcpu": 3}})")
        << "function.managed_instances.memory_gib_per_vcpu: 3 is not a memory-to-vCPU ratio (2, 4, 8)";
    QTest::newRow("environment larger than the instance")
        << withSchema(R"("function": {"compute": "managed_instances", "memory_mb": 10240,
                         "managed_instances": {"instance_type": "c7g.large"}})")
        << "function.managed_instances.instance_type: an environment of 5 vCPUs and 10 GiB does not fit on c7g.large "
           "(a larger instance type, or less function.memory_mb)";
    QTest::newRow("managed instances with provisioned concurrency")
        << withSchema(R"("function": {"compute": "managed_instances", "provisioned_concurrency": 2})")
        << "function.provisioned_concurrency: provisioned concurrency is not available with compute "
           "managed_instances (0, or compute on_demand)";
    QTest::newRow("tenant isolation with SnapStart")
        << withSchema(R"("function": {"tenant_isolation": true, "snapstart": {"enabled": true}})")
        << "function.tenant_isolation: tenant isolation cannot be combined with SnapStart (snapstart.enabled false)";
    QTest::newRow("tenant isolation with provisioned concurrency")
        << withSchema(R"("function": {"tenant_isolation": true, "provisioned_concurrency": 1})")
        << "function.tenant_isolation: tenant isolation cannot be combined with provisioned concurrency "
           "(provisioned_concurrency 0)";
    QTest::newRow("tenants 0") << withSchema(R"("workload": {"tenants": {"count": 0}})")
                               << "workload.tenants.count: 0 is out of range (1..100000)";
    QTest::newRow("response above 200 MB") << withSchema(R"("function": {"handler": {"response_mb": 201}})")
                                           << "function.handler.response_mb: 201 is out of range (0..200)";
    QTest::newRow("compute changed during the run")
        << withSchema(R"("changes": [{"at_s": 10, "set": {"function.compute": "managed_instances"}}])")
        << "changes[0].set.function.compute: cannot change during a run (set it for the whole run (the scenario or --set))";
    QTest::newRow("function changed under managed instances")
        << withSchema(R"("function": {"compute": "managed_instances"},
                         "changes": [{"at_s": 10, "set": {"function.memory_mb": 2048}}])")
        << "changes[0].set.function.memory_mb: function keys cannot change during a run with compute "
           "managed_instances (platform.*, workload.*, pricing.*)";
}

void TestScenarioIo::validationMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto result = parse(text);
    QCOMPARE(formatted(result.problems), QStringList{expected});
    QVERIFY(!result.scenario);
}

void TestScenarioIo::validBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("memory 128") << withSchema(R"("function": {"memory_mb": 128})");
    QTest::newRow("memory 10240") << withSchema(R"("function": {"memory_mb": 10240})");
    QTest::newRow("whole number written as a float") << withSchema(R"("function": {"memory_mb": 1024.0})");
    QTest::newRow("duration 400 days") << withSchema(R"("duration_s": 34560000)");
    QTest::newRow("fractions 0 and 1")
        << withSchema(R"("function": {"handler": {"parallel_fraction": 1, "setup_ms": 0, "cpu_ms": 0}})");
    QTest::newRow("base rate 0, rates at the cap")
        << withSchema(R"("workload": {"base_rate_per_s": 0, "burst_rate_per_s": 100000, "rate_per_s": 100000})");
    QTest::newRow("burst as long as its period") << withSchema(R"("workload": {"every_s": 10, "length_s": 10})");
    QTest::newRow("idle range min equals max")
        << withSchema(R"("platform": {"idle_timeout_s": {"max": 600, "min": 600}})");
    QTest::newRow("seed 0") << withSchema(R"("seed": 0)");
    QTest::newRow("seed 2^64 - 1") << withSchema(R"("seed": 18446744073709551615)");
    QTest::newRow("provisioned equals the limit")
        << withSchema(R"("function": {"provisioned_concurrency": 10}, "platform": {"concurrency_limit": 10})");
    QTest::newRow("billed restore equals restore")
        << withSchema(R"("function": {"snapstart": {"restore_ms": 130, "billed_restore_ms": 130}})");
    QTest::newRow("azure2019 by rank")
        << withSchema(R"("workload": {"pattern": "trace", "path": "d.csv", "format": "azure2019", "rank": 1})");
    QTest::newRow("azure2019 by function")
        << withSchema(R"("workload": {"pattern": "trace", "path": "d.csv", "format": "azure2019", "function": "ab"})");
    QTest::newRow("empty changes") << withSchema(R"("changes": [])");
    QTest::newRow("change at 0 with an empty set")
        << withSchema(R"("duration_s": 60, "changes": [{"at_s": 0, "set": {}}])");
    QTest::newRow("two changes at the same time")
        << withSchema(R"("duration_s": 60, "changes": [{"at_s": 5, "set": {}}, {"set": {}, "at_s": 5}])");
    QTest::newRow("free tier and empty rates") << withSchema(R"("pricing": {"free_tier": true, "rates": {}})");
}

void TestScenarioIo::validBoundaries()
{
    QFETCH(QString, text);
    const auto result = parse(text);
    QCOMPARE(formatted(result.problems), QStringList{});
    QVERIFY(result.scenario);
}

void TestScenarioIo::severalProblemsInFileOrder()
{
    const QString text = QStringLiteral(R"({
  "schema": "lambda-explorer/scenario@1",
  "duration_s": -5,
  "function": {"memory_mb": 64, "runtime": "node", "handler": {"cv": 0, "speed": 2}},
  "platform": {"routing": "fifo"},
  "workload": {"pattern": "poisson", "rate_per_s": "fast"},
  "pricing": {"free_tier": 1},
  "extra": true
})");
    const auto result = parse(text);
    const QStringList expected{
        "duration_s: -5 is out of range (more than 0, at most 34560000)",
        "function.memory_mb: 64 is out of range (128..10240)",
        "function.runtime: \"node\" is not a runtime (" + kRuntimes + ")",
        "function.handler.cv: 0 is out of range (more than 0)",
        "function.handler.speed: unknown key (allowed: cpu_ms, io_ms, parallel_fraction, distribution, cv, "
        "setup_ms, setup_in_init, response_mb)",
        "platform.routing: \"fifo\" is not a routing policy (newest, mru, random)",
        "workload.rate_per_s: expected a number, got a string (more than 0, at most 100000)",
        "pricing.free_tier: expected true or false, got a number",
        "extra: unknown key (allowed: " + kTopKeys + ")",
    };
    QCOMPARE(formatted(result.problems), expected);
    QVERIFY(!result.scenario);
}

void TestScenarioIo::syntaxErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing value on line 2")
        << "{\n  \"schema\": \n}"
        << "line 3, column 1: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal";
    QTest::newRow("trailing comma")
        << R"({"schema": "x",})"
        << "line 1, column 16: syntax error while parsing object key - unexpected '}'; expected string literal";
    QTest::newRow("empty file")
        << ""
        << "line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a "
           "literal";
    QTest::newRow("unterminated object")
        << R"({"a": 1)"
        << "line 1, column 8: syntax error while parsing object - unexpected end of input; expected '}'";
    QTest::newRow("text after the object")
        << R"({"a": 1} x)"
        << "line 1, column 10: syntax error while parsing value - invalid literal; last read: '1} x'; expected end "
           "of input";
    QTest::newRow("number too large") << "{\n  \"seed\": 1e400}" << "line 2, column 11: number overflow parsing '1e400'";
}

void TestScenarioIo::syntaxErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto result = parse(text);
    QCOMPARE(formatted(result.problems), QStringList{expected});
    QCOMPARE(QString::fromStdString(result.problems.front().path), QString());
    QVERIFY(!result.scenario);
}

void TestScenarioIo::emptyScenarioTakesDefaults()
{
    const auto result = lle::parseScenario(withSchema({}).toStdString(), "/data/scenarios");
    QCOMPARE(formatted(result.problems), QStringList{});
    QVERIFY(result.scenario);
    lle::Scenario defaults;
    lle::applyRuntimePreset(defaults.function);   // python3.12's measured runtime init
    QVERIFY(*result.scenario == defaults);
    QCOMPARE(result.scenario->baseDir, std::string("/data/scenarios"));
    QCOMPARE(result.scenario->platform.idleTimeout.ranged, false);
    QCOMPARE(result.scenario->workload.ratePerS, 5.0);
}

void TestScenarioIo::presetDefaults_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("envSetup");
    QTest::addColumn<double>("extension");
    QTest::addColumn<double>("runtime");   // the preset's median, or the number in the file
    QTest::addColumn<double>("functionInit");
    QTest::addColumn<double>("restore");
    QTest::addColumn<double>("billedRestore");
    QTest::newRow("nothing given") << "{}" << 60.0 << 0.0 << 92.3 << 150.0 << 300.0 << 130.0;
    QTest::newRow("python3.12 zip x86_64")
        << R"({"runtime": "python3.12", "package": "zip", "architecture": "x86_64"})"
        << 60.0 << 0.0 << 92.3 << 150.0 << 300.0 << 130.0;
    QTest::newRow("python3.12 arm64") << R"({"architecture": "arm64"})" << 60.0 << 0.0 << 81.4 << 150.0 << 300.0
                                      << 130.0;
    QTest::newRow("python3.12 image") << R"({"package": "image"})" << 150.0 << 0.0 << 175.8 << 150.0 << 300.0
                                      << 130.0;
    QTest::newRow("java21") << R"({"runtime": "java21"})" << 60.0 << 0.0 << 252.3 << 1500.0 << 600.0 << 130.0;
    QTest::newRow("java21 arm64") << R"({"architecture": "arm64", "runtime": "java21"})" << 60.0 << 0.0 << 244.9
                                  << 1500.0 << 600.0 << 130.0;
    QTest::newRow("dotnet8 image") << R"({"runtime": "dotnet8", "package": "image"})" << 150.0 << 0.0 << 415.6
                                   << 1500.0 << 300.0 << 130.0;
    QTest::newRow("go") << R"({"runtime": "go"})" << 60.0 << 0.0 << 51.8 << 30.0 << 300.0 << 130.0;
    QTest::newRow("custom is python3.12") << R"({"runtime": "custom"})" << 60.0 << 0.0 << 92.3 << 150.0 << 300.0
                                          << 130.0;
    QTest::newRow("ruby3.4 arm64 image")
        << R"({"runtime": "ruby3.4", "architecture": "arm64", "package": "image"})" << 150.0 << 0.0 << 265.2
        << 150.0 << 300.0 << 130.0;
    QTest::newRow("java25") << R"({"runtime": "java25"})" << 60.0 << 0.0 << 199.9 << 1500.0 << 600.0 << 130.0;
    QTest::newRow("init key in the file wins")
        << R"({"architecture": "arm64", "init_ms": {"runtime": 99, "extension": 5}})"
        << 60.0 << 5.0 << 99.0 << 150.0 << 300.0 << 130.0;
    QTest::newRow("init key before the runtime still wins")
        << R"({"init_ms": {"function": 42, "env_setup": 10}, "runtime": "java21"})"
        << 10.0 << 0.0 << 252.3 << 42.0 << 600.0 << 130.0;
    QTest::newRow("restore keys in the file win")
        << R"({"snapstart": {"restore_ms": 700, "billed_restore_ms": 200}, "runtime": "java17"})"
        << 60.0 << 0.0 << 216.5 << 1500.0 << 700.0 << 200.0;
}

void TestScenarioIo::presetDefaults()
{
    QFETCH(QString, function);
    QFETCH(double, envSetup);
    QFETCH(double, extension);
    QFETCH(double, runtime);
    QFETCH(double, functionInit);
    QFETCH(double, restore);
    QFETCH(double, billedRestore);
    const auto result = parse(withSchema("\"function\": " + function));
    QCOMPARE(formatted(result.problems), QStringList{});
    QVERIFY(result.scenario);
    const lle::FunctionSpec &f = result.scenario->function;
    QCOMPARE(f.initMs.envSetup, envSetup);
    QCOMPARE(f.initMs.extension, extension);
    QCOMPARE(f.runtimeInitQuantiles ? f.runtimeInitQuantiles->medianMs : f.initMs.runtime, runtime);
    QCOMPARE(f.initMs.function, functionInit);
    QCOMPARE(f.snapstart.restoreMs, restore);
    QCOMPARE(f.snapstart.billedRestoreMs, billedRestore);
}

void TestScenarioIo::snapStartRules_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QStringList>("expected");
    const QString at = QStringLiteral("function.snapstart.enabled: ");
    const QString pc = at + "SnapStart cannot be combined with provisioned concurrency (provisioned_concurrency 0)";
    const QString image = at + "SnapStart is not available for container images (package zip)";
    const QString ephemeral =
        at + "SnapStart cannot be combined with ephemeral storage above 512 MB (ephemeral_storage_mb 512)";
    QTest::newRow("python3.12 alone is fine") << R"({"snapstart": {"enabled": true}})" << QStringList{};
    QTest::newRow("java21 is fine") << R"({"runtime": "java21", "snapstart": {"enabled": true}})" << QStringList{};
    QTest::newRow("custom is fine") << R"({"runtime": "custom", "snapstart": {"enabled": true}})" << QStringList{};
    QTest::newRow("disabled with everything is fine")
        << R"({"runtime": "nodejs22.x", "package": "image", "provisioned_concurrency": 5,
              "ephemeral_storage_mb": 1024, "snapstart": {"enabled": false}})"
        << QStringList{};
    QTest::newRow("with provisioned concurrency")
        << R"({"snapstart": {"enabled": true}, "provisioned_concurrency": 1})" << QStringList{pc};
    QTest::newRow("with an image") << R"({"package": "image", "snapstart": {"enabled": true}})"
                                   << QStringList{image};
    QTest::newRow("with nodejs22.x")
        << R"({"runtime": "nodejs22.x", "snapstart": {"enabled": true}})"
        << QStringList{at + "SnapStart is not available for nodejs22.x (" + kSnapStartRuntimes + ")"};
    QTest::newRow("with rust") << R"({"runtime": "rust", "snapstart": {"enabled": true}})"
                               << QStringList{at + "SnapStart is not available for rust (" + kSnapStartRuntimes + ")"};
    QTest::newRow("with ephemeral storage above 512 MB")
        << R"({"ephemeral_storage_mb": 513, "snapstart": {"enabled": true}})" << QStringList{ephemeral};
    QTest::newRow("every rule at once")
        << R"({"runtime": "ruby3.3", "package": "image", "provisioned_concurrency": 2, "ephemeral_storage_mb": 2048,
              "snapstart": {"enabled": true}})"
        << QStringList{at + "SnapStart is not available for ruby3.3 (" + kSnapStartRuntimes + ")", image, pc,
                       ephemeral};
}

void TestScenarioIo::snapStartRules()
{
    QFETCH(QString, function);
    QFETCH(QStringList, expected);
    const auto result = parse(withSchema("\"function\": " + function));
    QCOMPARE(formatted(result.problems), expected);
    QCOMPARE(bool(result.scenario), expected.isEmpty());
}

void TestScenarioIo::validateScenarioOnBuiltScenarios()
{
    lle::Scenario s;
    QCOMPARE(formatted(lle::validateScenario(s)), QStringList{});

    s.function.runtime = "nodejs";   // not a preset: only a program can build this
    s.function.snapstart.enabled = true;
    s.platform.idleTimeout = {true, 60, 30};
    QCOMPARE(formatted(lle::validateScenario(s)),
             (QStringList{"function.snapstart.enabled: SnapStart is not available for nodejs (" + kSnapStartRuntimes
                              + ")",
                          "platform.idle_timeout_s: min 60 is more than max 30 (min at most max)"}));
}

void TestScenarioIo::changesValidation_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &changes, const QStringList &expected) {
        QTest::newRow(name) << R"("duration_s": 600, "changes": )" + changes << expected;
    };
    row("not an array", "{}", {"changes: expected an array, got an object"});
    row("entry not an object", "[5]", {"changes[0]: expected an object, got a number"});
    row("unknown entry key", R"([{"at_s": 1, "set": {}, "when": 2}])",
        {"changes[0].when: unknown key (allowed: at_s, set)"});
    row("at_s missing", R"([{"set": {}}])", {"changes[0].at_s: missing (at least 0, less than 600)"});
    row("set missing", R"([{"at_s": 1}])", {"changes[0].set: missing (an object of dotted.path: value)"});
    row("at_s a string", R"([{"at_s": "10", "set": {}}])",
        {"changes[0].at_s: expected a number, got a string (at least 0, less than 600)"});
    row("at_s negative", R"([{"at_s": -1, "set": {}}])",
        {"changes[0].at_s: -1 is out of range (at least 0, less than 600)"});
    row("at_s at the end of the run", R"([{"at_s": 600, "set": {}}])",
        {"changes[0].at_s: 600 is out of range (at least 0, less than 600)"});
    row("at_s out of order", R"([{"at_s": 100, "set": {}}, {"at_s": 50, "set": {}}])",
        {"changes[1].at_s: 50 is before the change above it (at least 100)"});
    row("set not an object", R"([{"at_s": 1, "set": ["function.memory_mb", 2048]}])",
        {"changes[0].set: expected an object, got an array (an object of dotted.path: value)"});
    row("unknown path", R"([{"at_s": 1, "set": {"function.memroy_mb": 2048}}])",
        {"changes[0].set.function.memroy_mb: not a settable key (allowed: " + kFunctionSettable + ")"});
    row("path not settable", R"([{"at_s": 1, "set": {"seed": 2}}])",
        {"changes[0].set.seed: not a settable key (allowed: " + kTopSettable + ")"});
    row("value of the wrong type", R"([{"at_s": 1, "set": {"function.memory_mb": "big"}}])",
        {"changes[0].set.function.memory_mb: expected an integer, got a string (128..10240)"});
    row("value not a scalar", R"([{"at_s": 1, "set": {"platform.idle_timeout_s": {"min": 1, "max": 2}}}])",
        {"changes[0].set.platform.idle_timeout_s: expected a number, got an object (more than 0)"});
    row("value out of range", R"([{"at_s": 1, "set": {"function.memory_mb": 20000}}])",
        {"changes[0].set.function.memory_mb: 20000 is out of range (128..10240)"});
    row("duplicate path", R"([{"at_s": 1, "set": {"function.memory_mb": 256, "function.memory_mb": 512}}])",
        {"changes[0].set.function.memory_mb: duplicate key (each key once)"});
    row("cross-key rule broken by a change",
        R"([{"at_s": 60, "set": {"function.snapstart.enabled": true, "function.provisioned_concurrency": 5}}])",
        {"changes[0]: SnapStart cannot be combined with provisioned concurrency (provisioned_concurrency 0)"});
    row("changes add up",
        R"([{"at_s": 10, "set": {"platform.concurrency_limit": 5}},
            {"at_s": 20, "set": {"function.provisioned_concurrency": 10}}])",
        {"changes[1]: provisioned_concurrency 10 is more than concurrency_limit (0..5)"});
    row("runtime change under SnapStart",
        R"([{"at_s": 10, "set": {"function.snapstart.enabled": true}},
            {"at_s": 20, "set": {"function.runtime": "nodejs22.x"}}])",
        {"changes[1]: SnapStart is not available for nodejs22.x (" + kSnapStartRuntimes + ")"});
    row("several problems in one change, in order",
        R"([{"at_s": 700, "set": {"function.memory_mb": 1, "pricing.rates.gb_s": 1, "pricing.free_tier": true}}])",
        {"changes[0].at_s: 700 is out of range (at least 0, less than 600)",
         "changes[0].set.function.memory_mb: 1 is out of range (128..10240)",
         "changes[0].set.pricing.rates.gb_s: not a settable key (allowed: " + rateSettables() + ")"});

    // A rule the base scenario breaks already is reported once, at its key, not again per change.
    QTest::newRow("base problem not repeated")
        << R"("duration_s": 600, "function": {"snapstart": {"enabled": true}, "provisioned_concurrency": 1},
              "changes": [{"at_s": 10, "set": {"function.memory_mb": 2048}}])"
        << QStringList{"function.snapstart.enabled: SnapStart cannot be combined with provisioned concurrency "
                       "(provisioned_concurrency 0)"};
}

void TestScenarioIo::changesValidation()
{
    QFETCH(QString, fragment);
    QFETCH(QStringList, expected);
    const auto result = parse(withSchema(fragment));
    QCOMPARE(formatted(result.problems), expected);
    QVERIFY(!result.scenario);
}

void TestScenarioIo::changesAreRead()
{
    const auto result = parse(withSchema(R"("duration_s": 3600, "changes": [
        {"at_s": 1800, "set": {"function.memory_mb": 2048, "function.provisioned_concurrency": 10}},
        {"set": {"function.runtime": "java21", "pricing.free_tier": true, "function.init_ms.function": 900},
         "at_s": 2400.5}])"));
    QCOMPARE(formatted(result.problems), QStringList{});
    QVERIFY(result.scenario);
    const std::vector<lle::Change> expected{
        {1800, {{"function.memory_mb", 2048.0}, {"function.provisioned_concurrency", 10.0}}},
        {2400.5,
         {{"function.runtime", std::string("java21")},
          {"pricing.free_tier", true},
          {"function.init_ms.function", 900.0}}},
    };
    QVERIFY(result.scenario->changes == expected);
    // The base scenario is the one before any change.
    QCOMPARE(result.scenario->function.memoryMb, 1024);
    QCOMPARE(result.scenario->function.runtime, std::string("python3.12"));
}

void TestScenarioIo::applyChangeRefillsPreset()
{
    const lle::Scenario base;

    // The runtime's preset comes first, then the init key set alongside it.
    auto r = lle::applyChange(base, {10, {{"function.init_ms.function", 42.0}, {"function.runtime", std::string("java21")}}});
    QCOMPARE(formatted(r.problems), QStringList{});
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->function.runtime, std::string("java21"));
    QCOMPARE(r.scenario->function.runtimeInitQuantiles->medianMs, 252.3);
    QCOMPARE(r.scenario->function.initMs.function, 42.0);
    QCOMPARE(r.scenario->function.snapstart.restoreMs, 600.0);

    // Cumulative: the next change starts from the java21 scenario; arm64 refills from the preset.
    r = lle::applyChange(*r.scenario, {20, {{"function.architecture", std::string("arm64")}}});
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->function.runtimeInitQuantiles->medianMs, 244.9);
    QCOMPARE(r.scenario->function.initMs.function, 1500.0);

    // An image refills env_setup too.
    r = lle::applyChange(base, {0, {{"function.package", std::string("image")}}});
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->function.initMs.envSetup, 150.0);
    QCOMPARE(r.scenario->function.runtimeInitQuantiles->medianMs, 175.8);

    // Setting the runtime it already has changes nothing: the custom init time stays.
    lle::Scenario custom;
    custom.function.initMs.function = 999;
    r = lle::applyChange(custom, {0, {{"function.runtime", std::string("python3.12")}, {"function.memory_mb", 256.0}}});
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->function.initMs.function, 999.0);
    QCOMPARE(r.scenario->function.memoryMb, 256);
}

void TestScenarioIo::applyChangeReportsProblems()
{
    lle::Scenario snap;
    snap.function.snapstart.enabled = true;
    auto r = lle::applyChange(snap, {0, {{"function.provisioned_concurrency", 2.0}}});
    QCOMPARE(formatted(r.problems),
             QStringList{"function.snapstart.enabled: SnapStart cannot be combined with provisioned concurrency "
                         "(provisioned_concurrency 0)"});
    QVERIFY(!r.scenario);

    r = lle::applyChange(lle::Scenario{}, {0, {{"function.memory_mb", 1.0}, {"name", std::string("x")}}});
    QCOMPARE(formatted(r.problems),
             (QStringList{"function.memory_mb: 1 is out of range (128..10240)",
                          "name: not a settable key (allowed: " + kTopSettable + ")"}));
    QVERIFY(!r.scenario);
}

void TestScenarioIo::setScenarioValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");     // command-line text, through parseScalarValue
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("written");   // the value as writeScenario writes it
    const auto row = [](const char *path, const char *value, const char *written) {
        QString pointer = QLatin1Char('/') + QString::fromLatin1(path);
        pointer.replace(QLatin1Char('.'), QLatin1Char('/'));
        QTest::newRow(path) << path << value << pointer << written;
    };
    row("function.runtime", "java21", R"("java21")");
    row("function.package", "image", R"("image")");
    row("function.architecture", "\"arm64\"", R"("arm64")");
    row("function.memory_mb", "2048", "2048");
    row("function.timeout_s", "2.5", "2.5");
    row("function.ephemeral_storage_mb", "1024", "1024");
    row("function.extensions", "external", R"("external")");
    row("function.init_ms.env_setup", "75", "75");
    row("function.init_ms.extension", "12.5", "12.5");
    row("function.init_ms.runtime", "99", "99");
    row("function.init_ms.function", "0", "0");
    row("function.init_scales_with_memory", "true", "true");
    row("function.handler.cpu_ms", "400", "400");
    row("function.handler.io_ms", "0.5", "0.5");
    row("function.handler.parallel_fraction", "0.8", "0.8");
    row("function.handler.distribution", "fixed", R"("fixed")");
    row("function.handler.cv", "1.2", "1.2");
    row("function.handler.setup_ms", "30", "30");
    row("function.handler.setup_in_init", "false", "false");
    row("function.snapstart.enabled", "true", "true");
    row("function.snapstart.restore_ms", "450", "450");
    row("function.snapstart.billed_restore_ms", "100", "100");
    row("function.provisioned_concurrency", "10", "10");
    row("platform.idle_timeout_s", "300", "300");
    row("platform.max_lifetime_s", "0", "0");
    row("platform.routing", "mru", R"("mru")");
    row("platform.concurrency_limit", "50", "50");
    row("platform.scale_rate.burst", "500", "500");
    row("platform.scale_rate.per_s", "10", "10");
    row("workload.pattern", "diurnal", R"("diurnal")");
    row("workload.rate_per_s", "50", "50");
    row("workload.mean_rate_per_s", "7", "7");
    row("workload.peak_to_trough", "2", "2");
    row("workload.period_s", "3600", "3600");
    row("workload.peak_at_s", "0", "0");
    row("workload.base_rate_per_s", "0", "0");
    row("workload.burst_rate_per_s", "100", "100");
    row("workload.every_s", "120", "120");
    row("workload.length_s", "10", "10");
    row("workload.path", "traces/a.csv", R"("traces/a.csv")");
    row("workload.format", "azure2021", R"("azure2021")");
    row("workload.function", "\"abc123\"", R"("abc123")");
    row("workload.rank", "3", "3");
    row("workload.spread", "poisson", R"("poisson")");
    row("workload.durations_path", "d.csv", R"("d.csv")");
    row("workload.app", "app1", R"("app1")");
    row("workload.func", "f1", R"("f1")");
    row("workload.keep_warm.interval_s", "300", "300");
    row("workload.keep_warm.concurrency", "5", "5");
    row("workload.keep_warm.ping_ms", "2", "2");
    row("pricing.init_billing", "free_before_2025_08", R"("free_before_2025_08")");
    row("pricing.free_tier", "true", "true");
    row("pricing.rates.duration_gb_s", "0.0000166667", "1.66667e-05");
    row("pricing.rates.request_per_million", "0.25", "0.25");
    row("pricing.rates.snapstart_restore_gb", "0", "0");
}

void TestScenarioIo::setScenarioValue()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, pointer);
    QFETCH(QString, written);
    lle::Scenario s;
    QVERIFY(writtenValue(s, pointer) != written);   // the row must change something
    const auto problems = lle::setScenarioValue(s, path.toStdString(), lle::parseScalarValue(value.toStdString()));
    QCOMPARE(formatted(problems), QStringList{});
    QCOMPARE(writtenValue(s, pointer), written);
}

void TestScenarioIo::setScenarioValueErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown function key") << "function.memroy_mb" << "2048"
                                          << "function.memroy_mb: not a settable key (allowed: " + kFunctionSettable
                                                 + ")";
    QTest::newRow("unknown group") << "lambda.memory_mb" << "1"
                                   << "lambda.memory_mb: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("seed") << "seed" << "5" << "seed: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("duration") << "duration_s" << "60"
                              << "duration_s: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("name") << "name" << "x" << "name: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("schema") << "schema" << "x" << "schema: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("changes") << "changes" << "x" << "changes: not a settable key (allowed: " + kTopSettable + ")";
    QTest::newRow("an object") << "platform.scale_rate" << "5"
                               << "platform.scale_rate: not a settable key (allowed: platform.scale_rate.burst, "
                                  "platform.scale_rate.per_s)";
    QTest::newRow("unknown price") << "pricing.rates.gb_s" << "1"
                                   << "pricing.rates.gb_s: not a settable key (allowed: " + rateSettables() + ")";
    QTest::newRow("string for an integer") << "function.memory_mb" << "big"
                                           << "function.memory_mb: expected an integer, got a string (128..10240)";
    QTest::newRow("number for a bool") << "pricing.free_tier" << "1"
                                       << "pricing.free_tier: expected true or false, got a number";
    QTest::newRow("bool for a number") << "workload.rate_per_s" << "true"
                                       << "workload.rate_per_s: expected a number, got a boolean "
                                          "(more than 0, at most 100000)";
    QTest::newRow("number for a string") << "workload.path" << "5"
                                         << "workload.path: expected a string, got a number";
    QTest::newRow("out of range") << "function.memory_mb" << "20000"
                                  << "function.memory_mb: 20000 is out of range (128..10240)";
    QTest::newRow("not an integer") << "workload.keep_warm.concurrency" << "1.5"
                                    << "workload.keep_warm.concurrency: 1.5 is not an integer (1..1000)";
    QTest::newRow("not a choice") << "function.architecture" << "arm"
                                  << R"(function.architecture: "arm" is not an architecture (x86_64, arm64))";
    QTest::newRow("idle timeout zero") << "platform.idle_timeout_s" << "0"
                                       << "platform.idle_timeout_s: 0 is out of range (more than 0)";
    QTest::newRow("negative price") << "pricing.rates.duration_gb_s" << "-1"
                                    << "pricing.rates.duration_gb_s: -1 is out of range (at least 0)";
}

void TestScenarioIo::setScenarioValueErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    lle::Scenario s = lle::defaultScenario();
    const auto problems = lle::setScenarioValue(s, path.toStdString(), lle::parseScalarValue(value.toStdString()));
    QCOMPARE(formatted(problems), QStringList{expected});
    QVERIFY(s == lle::defaultScenario());   // a refused value changes nothing
}

void TestScenarioIo::parseScalarValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");   // the number, bool or string, as text
    QTest::newRow("integer") << "2048" << "number" << "2048";
    QTest::newRow("fraction") << "0.25" << "number" << "0.25";
    QTest::newRow("negative") << "-3" << "number" << "-3";
    QTest::newRow("exponent") << "1e3" << "number" << "1000";
    QTest::newRow("spaces around a number") << " 42 " << "number" << "42";
    QTest::newRow("true") << "true" << "bool" << "true";
    QTest::newRow("false") << "false" << "bool" << "false";
    QTest::newRow("quoted string") << "\"x\"" << "string" << "x";
    QTest::newRow("quoted number stays a string") << "\"2048\"" << "string" << "2048";
    QTest::newRow("bare word") << "abc" << "string" << "abc";
    QTest::newRow("bare runtime id") << "nodejs22.x" << "string" << "nodejs22.x";
    QTest::newRow("number then text") << "2048abc" << "string" << "2048abc";
    QTest::newRow("null") << "null" << "string" << "null";
    QTest::newRow("array") << "[1]" << "string" << "[1]";
    QTest::newRow("empty") << "" << "string" << "";
    QTest::newRow("number overflow") << "1e400" << "string" << "1e400";
}

void TestScenarioIo::parseScalarValue()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    const lle::ScalarValue v = lle::parseScalarValue(text.toStdString());
    if (kind == QLatin1String("number")) {
        QVERIFY(std::holds_alternative<double>(v));
        QCOMPARE(std::get<double>(v), value.toDouble());
    } else if (kind == QLatin1String("bool")) {
        QVERIFY(std::holds_alternative<bool>(v));
        QCOMPARE(std::get<bool>(v), value == QLatin1String("true"));
    } else {
        QVERIFY(std::holds_alternative<std::string>(v));
        QCOMPARE(QString::fromStdString(std::get<std::string>(v)), value);
    }
}

void TestScenarioIo::changeMakesNewVersion_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<bool>("newVersion");
    QTest::newRow("memory") << QStringList{"function.memory_mb"} << true;
    QTest::newRow("runtime") << QStringList{"function.runtime"} << true;
    QTest::newRow("handler") << QStringList{"function.handler.cpu_ms"} << true;
    QTest::newRow("snapstart") << QStringList{"function.snapstart.enabled"} << true;
    QTest::newRow("provisioned concurrency only") << QStringList{"function.provisioned_concurrency"} << false;
    QTest::newRow("provisioned concurrency and memory")
        << QStringList{"function.provisioned_concurrency", "function.memory_mb"} << true;
    QTest::newRow("platform") << QStringList{"platform.idle_timeout_s"} << false;
    QTest::newRow("workload and pricing") << QStringList{"workload.rate_per_s", "pricing.free_tier"} << false;
    QTest::newRow("workload function is not the function") << QStringList{"workload.function"} << false;
    QTest::newRow("nothing") << QStringList{} << false;
}

void TestScenarioIo::changeMakesNewVersion()
{
    QFETCH(QStringList, paths);
    QFETCH(bool, newVersion);
    lle::Change c;
    for (const auto &p : paths)
        c.set.emplace_back(p.toStdString(), 1.0);
    QCOMPARE(lle::changeMakesNewVersion(c), newVersion);
}

void TestScenarioIo::roundTrip_data()
{
    QTest::addColumn<lle::Scenario>("scenario");
    QTest::newRow("default") << lle::defaultScenario();
    QTest::newRow("all defaults") << lle::Scenario{};
    QTest::newRow("ranged idle timeout and changes") << rangedIdleWithChanges();
    QTest::newRow("price overrides and awkward numbers") << rateOverrides();
    QTest::newRow("azure trace") << azureTrace();
    lle::Scenario traceKeysUnused;
    traceKeysUnused.workload.trace.app = "kept while trying other patterns";
    QTest::newRow("trace keys without the trace pattern") << traceKeysUnused;
    QTest::newRow("java SnapStart on arm64") << javaSnapStartArm();
    lle::Scenario text;
    text.name = "Zürich API — \"quoted\"\nsecond line";
    text.seed = std::numeric_limits<std::uint64_t>::max();
    QTest::newRow("unicode name and the largest seed") << text;
    lle::Scenario managed;
    managed.function.compute = lle::ComputeKind::ManagedInstances;
    managed.function.managedInstances.instanceType = "c7i.xlarge";
    managed.function.managedInstances.maxConcurrency = 40;
    managed.function.managedInstances.savingsPlanDiscount = 0.28;
    managed.pricing.rates["ec2_c7i_xlarge_hour"] = 0.17;
    QTest::newRow("managed instances") << managed;
    lle::Scenario tenants;
    tenants.function.tenantIsolation = true;
    tenants.workload.tenants = {2500, 1.2};
    tenants.function.handler.responseMb = 12.5;
    tenants.pricing.rates["tenant_environment_gb"] = 0.0002;
    QTest::newRow("tenant isolation and streaming") << tenants;
    lle::Scenario switchedBack = managed;
    switchedBack.function.compute = lle::ComputeKind::OnDemand;
    QTest::newRow("managed instance keys kept on demand") << switchedBack;
}

void TestScenarioIo::roundTrip()
{
    QFETCH(lle::Scenario, scenario);
    QCOMPARE(formatted(lle::validateScenario(scenario)), QStringList{});

    const std::string written = lle::writeScenario(scenario);
    const auto read = lle::parseScenario(written);
    QCOMPARE(formatted(read.problems), QStringList{});
    QVERIFY(read.scenario);
    QVERIFY(*read.scenario == scenario);
    QCOMPARE(QString::fromStdString(lle::writeScenario(*read.scenario)), QString::fromStdString(written));

    // nlohmann::json keeps object keys sorted, so the keys of a change's `set` come back sorted;
    // everything else is the same.
    const auto fromJson = lle::scenarioFromJson(lle::scenarioToJson(scenario));
    QCOMPARE(formatted(fromJson.problems), QStringList{});
    QVERIFY(fromJson.scenario);
    QVERIFY(withSortedSets(*fromJson.scenario) == withSortedSets(scenario));
}

void TestScenarioIo::writerKeyOrderAndNumbers()
{
    const std::string written = lle::writeScenario(rangedIdleWithChanges());
    const auto j = nlohmann::ordered_json::parse(written);
    QStringList topKeys = kTopKeys.split(QStringLiteral(", "));
    topKeys.removeOne(QStringLiteral("playback"));   // written only when the scenario has a speed
    QCOMPARE(orderedKeys(j), topKeys);
    // The keys of compute options not in use are left out.
    QCOMPARE(orderedKeys(j["function"]), kFunctionKeys.split(QStringLiteral(", ")).mid(0, 12));
    QCOMPARE(orderedKeys(j["function"]["init_ms"]), (QStringList{"env_setup", "extension", "runtime", "function"}));
    QCOMPARE(orderedKeys(j["function"]["handler"]),
             (QStringList{"cpu_ms", "io_ms", "parallel_fraction", "distribution", "cv", "setup_ms", "setup_in_init"}));
    QCOMPARE(orderedKeys(j["function"]["snapstart"]), (QStringList{"enabled", "restore_ms", "billed_restore_ms"}));
    QCOMPARE(orderedKeys(j["platform"]),
             (QStringList{"idle_timeout_s", "max_lifetime_s", "routing", "concurrency_limit", "scale_rate"}));
    QCOMPARE(orderedKeys(j["platform"]["idle_timeout_s"]), (QStringList{"min", "max"}));
    QCOMPARE(orderedKeys(j["platform"]["scale_rate"]), (QStringList{"burst", "per_s"}));
    const QStringList patternKeys{"pattern",        "rate_per_s",      "mean_rate_per_s", "peak_to_trough",
                                  "period_s",       "peak_at_s",       "base_rate_per_s", "burst_rate_per_s",
                                  "every_s",        "length_s"};
    QCOMPARE(orderedKeys(j["workload"]), patternKeys + QStringList{"keep_warm"});
    QCOMPARE(orderedKeys(j["workload"]["keep_warm"]), (QStringList{"interval_s", "concurrency", "ping_ms"}));
    QCOMPARE(orderedKeys(j["pricing"]), (QStringList{"init_billing", "free_tier", "rates"}));
    QCOMPARE(orderedKeys(j["changes"][1]), (QStringList{"at_s", "set"}));
    QCOMPARE(orderedKeys(j["changes"][1]["set"]),
             (QStringList{"function.runtime", "function.init_ms.function", "pricing.free_tier", "platform.routing"}));

    // Trace keys between the pattern keys and keep_warm, only when used.
    const auto trace = nlohmann::ordered_json::parse(lle::writeScenario(azureTrace()));
    QCOMPARE(orderedKeys(trace["workload"]),
             (patternKeys
              + QStringList{"path", "format", "function", "rank", "spread", "durations_path", "app", "func",
                            "keep_warm"}));

    // Price overrides by name, in the contract's order, whatever the map's order.
    const auto rates = nlohmann::ordered_json::parse(lle::writeScenario(rateOverrides()));
    QCOMPARE(orderedKeys(rates["pricing"]["rates"]),
             (QStringList{"request_per_million", "duration_gb_s", "ephemeral_gb_s"}));

    // Whole numbers without a fraction (integers and whole doubles alike), others as the shortest
    // decimal that reads back the same.
    const QString text = QString::fromStdString(written);
    QVERIFY(text.contains(QLatin1String("\"memory_mb\": 1024,")));
    QVERIFY(text.contains(QLatin1String("\"timeout_s\": 30,")));
    QVERIFY(text.contains(QLatin1String("\"cv\": 0.3,")));
    QVERIFY(text.contains(QLatin1String("\"min\": 300,")));
    QVERIFY(text.contains(QLatin1String("\"function.memory_mb\": 2048,")));
    QVERIFY(text.contains(QLatin1String("\"rates\": {}")));
    QVERIFY(!text.contains(QLatin1String(".0,")));
    QVERIFY(!text.contains(QLatin1String(".0\n")));
    QVERIFY(text.endsWith(QLatin1String("}\n")));
    QVERIFY(QString::fromStdString(lle::writeScenario(lle::defaultScenario()))
                .contains(QLatin1String("\"idle_timeout_s\": 20,")));
}

void TestScenarioIo::defaultScenarioIsValid()
{
    const lle::Scenario s = lle::defaultScenario();
    QCOMPARE(formatted(lle::validateScenario(s)), QStringList{});
    QCOMPARE(s.name, std::string("Python API with bursts"));
    QCOMPARE(s.seed, std::uint64_t(1));
    QCOMPARE(s.durationS, 600.0);
    QCOMPARE(s.function.runtime, std::string("python3.12"));
    QCOMPARE(s.function.memoryMb, 512);
    QCOMPARE(s.function.handler.cpuMs, 40.0);
    QCOMPARE(s.function.handler.ioMs, 20.0);
    QVERIFY(s.function.handler.distribution == lle::Distribution::Lognormal);
    QCOMPARE(s.function.handler.cv, 0.3);
    QVERIFY(s.platform.idleTimeout == (lle::IdleTimeout{false, 20, 20}));
    QVERIFY(s.workload.pattern == lle::WorkloadPattern::Burst);
    QCOMPARE(s.workload.baseRatePerS, 2.0);
    QCOMPARE(s.workload.burstRatePerS, 20.0);
    QCOMPARE(s.workload.everyS, 30.0);
    QCOMPARE(s.workload.lengthS, 5.0);
    QVERIFY(s.changes.empty());
}

void TestScenarioIo::goldenDefaultScenario()
{
    QFile golden(QStringLiteral(LLE_TEST_DATA_DIR "/default-scenario.json"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();
    QCOMPARE(QByteArray::fromStdString(lle::writeScenario(lle::defaultScenario())), expected);
    const auto read = lle::parseScenario(expected.toStdString());
    QCOMPARE(formatted(read.problems), QStringList{});
    QVERIFY(read.scenario && *read.scenario == lle::defaultScenario());
}

void TestScenarioIo::scenarioFromJsonMatchesText()
{
    const nlohmann::json j = {
        {"schema", "lambda-explorer/scenario@1"},
        {"function", {{"runtime", "java21"}, {"memory_mb", 2048}}},
        {"platform", {{"idle_timeout_s", {{"min", 300}, {"max", 900}}}}},
    };
    const auto fromJson = lle::scenarioFromJson(j, "/base");
    const auto fromText = lle::parseScenario(j.dump(), "/base");
    QCOMPARE(formatted(fromJson.problems), QStringList{});
    QVERIFY(fromJson.scenario && fromText.scenario);
    QVERIFY(*fromJson.scenario == *fromText.scenario);
    QCOMPARE(fromJson.scenario->function.runtimeInitQuantiles->medianMs, 252.3);
    QCOMPARE(fromJson.scenario->baseDir, std::string("/base"));

    // A program can put values in a tree that no JSON text can hold.
    const nlohmann::json infinite = {{"schema", "lambda-explorer/scenario@1"},
                                     {"duration_s", std::numeric_limits<double>::infinity()}};
    QCOMPARE(formatted(lle::scenarioFromJson(infinite).problems),
             QStringList{"duration_s: inf is not a finite number (more than 0, at most 34560000)"});
}

void TestScenarioIo::idleTimeoutRangeCanBeSetByPath()
{
    // A timed change to "AWS-like 5–15 min" sets both bounds; files still write the object form.
    lle::Scenario s = lle::defaultScenario();
    lle::Change c{60, {{"platform.idle_timeout_s.min", 300.0}, {"platform.idle_timeout_s.max", 900.0}}};
    const lle::ScenarioResult r = lle::applyChange(s, c);
    QVERIFY(r.scenario);
    QCOMPARE(r.scenario->platform.idleTimeout, (lle::IdleTimeout{true, 300, 900}));
    // Only one bound, past the fixed value: min above max is refused.
    const lle::ScenarioResult bad = lle::applyChange(s, {60, {{"platform.idle_timeout_s.min", 300.0}}});
    QVERIFY(!bad.scenario);
    QCOMPARE(bad.problems.front().path, std::string("platform.idle_timeout_s"));
    // In a file, the change round-trips; the object form of the key is unchanged.
    s.changes.push_back(c);
    const auto again = lle::parseScenario(lle::writeScenario(s));
    QVERIFY(again.scenario);
    QCOMPARE(*again.scenario, s);
    QVERIFY(lle::writeScenario(s).find("\"idle_timeout_s\": 20") != std::string::npos);
    QVERIFY(!lle::setScenarioValue(s, "platform.idle_timeout_s.max", lle::ScalarValue{-1.0}).empty());
}

QTEST_GUILESS_MAIN(TestScenarioIo)
#include "tst_scenarioio.moc"
