// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime presets against the measured table they were fitted to: simulated hello-world cold
// starts reproduce every preset's measured median and p90, init stays flat in memory, a scenario
// that states its runtime init keeps the mean + cv 0.15 draw, and unknown runtimes are refused.
#include "coretesting.h"
#include "durationmodel.h"
#include "rng.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <QtTest>

#include <algorithm>

using namespace lle;
using namespace lle::testing;

namespace {

/// Hello-world cold starts only: no extension, no function init, a 1 ms handler, and an idle
/// timeout far shorter than the gap between requests, so every request starts a new environment.
QByteArray helloWorld(const QString &runtime, const QString &architecture, const QString &package, int memoryMb,
                      int requests, bool scalesWithMemory = false, const QString &runtimeInit = {})
{
    const QString init = runtimeInit.isEmpty()
        ? QStringLiteral(R"({"extension": 0, "function": 0})")
        : QStringLiteral(R"({"extension": 0, "function": 0, "runtime": %1})").arg(runtimeInit);
    return QStringLiteral(R"({
        "schema": "lambda-explorer/scenario@1", "seed": 7, "duration_s": %1,
        "function": {"runtime": "%2", "architecture": "%3", "package": "%4", "memory_mb": %5,
                     "init_ms": %6, "init_scales_with_memory": %7,
                     "handler": {"cpu_ms": 1, "io_ms": 0}},
        "platform": {"idle_timeout_s": 0.001},
        "workload": {"pattern": "constant", "rate_per_s": 0.1}
    })")
        .arg(requests * 10)
        .arg(runtime, architecture, package)
        .arg(memoryMb)
        .arg(init, scalesWithMemory ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

Scenario parsed(const QByteArray &json)
{
    const auto r = parseScenario(json.toStdString());
    for (const auto &p : r.problems)
        qWarning("%s: %s (%s)", p.path.c_str(), p.what.c_str(), p.allowed.c_str());
    Q_ASSERT(r.scenario);
    return *r.scenario;
}

/// The Init Duration of every cold start, in request order.
std::vector<double> coldInits(const Scenario &s)
{
    Run run(s);
    std::vector<InvocationRecord> done = run.rec.completed;
    std::sort(done.begin(), done.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::vector<double> inits;
    for (const auto &i : done)
        if (i.isCold())
            inits.push_back(i.initMs);
    return inits;
}

/// Linear interpolation between order statistics, as scripts/fit-runtime-presets measures.
double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (v.size() - 1) * q;
    const auto lo = static_cast<std::size_t>(h);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
}

QString archName(Architecture a) { return a == Architecture::Arm64 ? QStringLiteral("arm64") : QStringLiteral("x86_64"); }
QString packageName(PackageType p) { return p == PackageType::Image ? QStringLiteral("image") : QStringLiteral("zip"); }

}  // namespace

class TestRuntimePresets : public QObject {
    Q_OBJECT

private slots:
    void everyLambdaRuntimeOf2026HasAPreset_data();
    void everyLambdaRuntimeOf2026HasAPreset();
    void tableColumns_data();
    void tableColumns();
    void helloWorldMatchesMeasured_data();
    void helloWorldMatchesMeasured();
    void initFlatInMemory_data();
    void initFlatInMemory();
    void statedRuntimeInitKeepsMeanAndCv();
    void quantilesRoundTrip();
    void quantilesRefused_data();
    void quantilesRefused();
    void unknownRuntimeNamesTheAllowedOnes();
};

void TestRuntimePresets::everyLambdaRuntimeOf2026HasAPreset_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<bool>("snapstart");
    for (const char *id : {"nodejs20.x", "nodejs22.x", "nodejs24.x", "go", "rust", "ruby3.3", "ruby3.4"})
        QTest::newRow(id) << id << false;
    for (const char *id : {"python3.12", "python3.13", "python3.14", "java17", "java21", "java25", "dotnet8",
                           "dotnet10"})
        QTest::newRow(id) << id << true;
}

void TestRuntimePresets::everyLambdaRuntimeOf2026HasAPreset()
{
    QFETCH(QString, runtime);
    QFETCH(bool, snapstart);
    const auto preset = findRuntimePreset(runtime.toStdString());
    QVERIFY(preset);
    QCOMPARE(preset->snapstart != SnapStartSupport::None, snapstart);
    for (auto p : {PackageType::Zip, PackageType::Image})
        for (auto a : {Architecture::X86_64, Architecture::Arm64}) {
            const InitQuantiles &q = preset->runtimeInit(p, a);
            QVERIFY2(q.medianMs > 0 && q.p90Ms >= q.medianMs, qPrintable(archName(a) + " " + packageName(p)));
        }
}

void TestRuntimePresets::tableColumns_data()
{
    // Spot checks of the fitted table against the script's output for the same files, so that a
    // column landing under the wrong architecture or package shows.
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("package");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    QTest::newRow("python3.12 x86_64 zip") << "python3.12" << "x86_64" << "zip" << 92.3 << 113.3;
    QTest::newRow("python3.12 arm64 zip") << "python3.12" << "arm64" << "zip" << 81.4 << 89.1;
    QTest::newRow("python3.12 x86_64 image") << "python3.12" << "x86_64" << "image" << 175.8 << 245.9;
    QTest::newRow("python3.12 arm64 image") << "python3.12" << "arm64" << "image" << 137.0 << 163.8;
    QTest::newRow("ruby3.4 x86_64 zip: a long tail") << "ruby3.4" << "x86_64" << "zip" << 238.3 << 405.2;
    QTest::newRow("go arm64 zip: narrow") << "go" << "arm64" << "zip" << 42.5 << 44.7;
    QTest::newRow("custom is python3.12") << "custom" << "arm64" << "image" << 137.0 << 163.8;
}

void TestRuntimePresets::tableColumns()
{
    QFETCH(QString, runtime);
    QFETCH(QString, architecture);
    QFETCH(QString, package);
    QFETCH(double, median);
    QFETCH(double, p90);
    const Scenario s = parsed(helloWorld(runtime, architecture, package, 128, 1));
    QVERIFY(s.function.runtimeInitQuantiles);
    QCOMPARE(s.function.runtimeInitQuantiles->medianMs, median);
    QCOMPARE(s.function.runtimeInitQuantiles->p90Ms, p90);
    // The mean the panel shows and `fixed` draws is the fitted lognormal's, above its median.
    QVERIFY(s.function.initMs.runtime > median && s.function.initMs.runtime < p90);
}

void TestRuntimePresets::helloWorldMatchesMeasured_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("package");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    for (const auto &preset : runtimePresets()) {
        if (preset.id == "custom")
            continue;
        const QString id = QString::fromLatin1(preset.id.data(), static_cast<int>(preset.id.size()));
        for (auto p : {PackageType::Zip, PackageType::Image})
            for (auto a : {Architecture::X86_64, Architecture::Arm64}) {
                const InitQuantiles &q = preset.runtimeInit(p, a);
                QTest::addRow("%s %s %s", qPrintable(id), qPrintable(archName(a)), qPrintable(packageName(p)))
                    << id << archName(a) << packageName(p) << q.medianMs << q.p90Ms;
            }
    }
}

void TestRuntimePresets::helloWorldMatchesMeasured()
{
    QFETCH(QString, runtime);
    QFETCH(QString, architecture);
    QFETCH(QString, package);
    QFETCH(double, median);
    QFETCH(double, p90);
    // Through the whole path: scenario file → preset → simulator → reported Init Duration, at
    // the smallest and the largest memory: by default the very same draws.
    const std::vector<double> inits = coldInits(parsed(helloWorld(runtime, architecture, package, 128, 10000)));
    QCOMPARE(inits.size(), std::size_t(10000));
    QVERIFY(coldInits(parsed(helloWorld(runtime, architecture, package, 10240, 10000))) == inits);
    const double gotMedian = quantile(inits, 0.5), gotP90 = quantile(inits, 0.9);
    QVERIFY2(std::abs(gotMedian / median - 1) <= 0.03,
             qPrintable(QStringLiteral("median %1, measured %2").arg(gotMedian).arg(median)));
    QVERIFY2(std::abs(gotP90 / p90 - 1) <= 0.03, qPrintable(QStringLiteral("p90 %1, measured %2").arg(gotP90).arg(p90)));
}

void TestRuntimePresets::initFlatInMemory_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<bool>("scalesWithMemory");
    QTest::addColumn<bool>("flat");
    QTest::newRow("python3.14 by default") << "python3.14" << false << true;
    QTest::newRow("java25 by default") << "java25" << false << true;
    QTest::newRow("ruby3.4 by default") << "ruby3.4" << false << true;
    QTest::newRow("java25, init_scales_with_memory") << "java25" << true << false;
}

void TestRuntimePresets::initFlatInMemory()
{
    QFETCH(QString, runtime);
    QFETCH(bool, scalesWithMemory);
    QFETCH(bool, flat);
    const auto small = coldInits(parsed(helloWorld(runtime, "x86_64", "zip", 128, 2000, scalesWithMemory)));
    const auto large = coldInits(parsed(helloWorld(runtime, "x86_64", "zip", 10240, 2000, scalesWithMemory)));
    QCOMPARE(small.size(), std::size_t(2000));
    QCOMPARE(large.size(), small.size());
    if (flat) {
        QVERIFY(small == large);   // the same draws, cold start for cold start
    } else {
        // 128 MB is 0.072 vCPU: init CPU work takes about 14 times as long.
        QVERIFY(quantile(small, 0.5) > 10 * quantile(large, 0.5));
    }
}

void TestRuntimePresets::statedRuntimeInitKeepsMeanAndCv()
{
    // A scenario that states its runtime init as a number keeps the mean + cv 0.15 draw it had
    // before the presets were fitted; without the key the preset's fitted lognormal applies.
    const Scenario stated = parsed(helloWorld("python3.12", "x86_64", "zip", 1024, 10000, false, "88"));
    QVERIFY(!stated.function.runtimeInitQuantiles);
    QCOMPARE(stated.function.initMs.runtime, 88.0);
    const auto inits = coldInits(stated);
    double sum = 0;
    for (double x : inits)
        sum += x;
    QVERIFY2(std::abs(sum / inits.size() / 88 - 1) < 0.01, qPrintable(QString::number(sum / inits.size())));
    // cv 0.15: p90 / median = exp(1.2816 · sqrt(ln 1.0225)) = 1.211 (python3.12's fit: 1.228).
    const double ratio = quantile(inits, 0.9) / quantile(inits, 0.5);
    QVERIFY2(std::abs(ratio - 1.211) < 0.015, qPrintable(QString::number(ratio)));

    // The same via a setting (the panel's slider, --set, changes): the fitted draw is replaced.
    Scenario preset = parsed(helloWorld("python3.12", "x86_64", "zip", 1024, 1));
    QVERIFY(preset.function.runtimeInitQuantiles);
    QVERIFY(setScenarioValue(preset, "function.init_ms.runtime", 88.0).empty());
    QCOMPARE(preset.function.initMs, stated.function.initMs);
    QVERIFY(!preset.function.runtimeInitQuantiles);
    // And a new runtime brings its preset's fit back.
    QVERIFY(setScenarioValue(preset, "function.runtime", std::string("java25")).empty());
    QVERIFY(preset.function.runtimeInitQuantiles);
    QCOMPARE(preset.function.runtimeInitQuantiles->medianMs,
             findRuntimePreset("java25")->runtimeInit(PackageType::Zip, Architecture::X86_64).medianMs);
}

void TestRuntimePresets::quantilesRoundTrip()
{
    // Written files hold every key: the fitted draw as {median, p90}, read back to the same scenario.
    Scenario s = defaultScenario();
    s.function.runtime = "ruby3.4";
    s.function.architecture = Architecture::Arm64;
    applyRuntimePreset(s.function);
    const std::string text = writeScenario(s);
    QVERIFY2(text.find(R"("runtime": {)") != std::string::npos, text.c_str());
    const auto back = parseScenario(text);
    QVERIFY(back.problems.empty());
    QVERIFY(back.scenario);
    QVERIFY(*back.scenario == s);

    // A file's own {median, p90} wins over the preset's, like any init key.
    const Scenario own = parsed(helloWorld("java21", "x86_64", "zip", 1024, 1, false, R"({"median": 400, "p90": 800})"));
    QCOMPARE(own.function.runtimeInitQuantiles, std::optional<InitQuantiles>(InitQuantiles{400, 800}));
    QCOMPARE(own.function.initMs.runtime, meanOf({400, 800}));
}

void TestRuntimePresets::quantilesRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("p90 below median") << R"({"median": 100, "p90": 90})"
                                      << "function.init_ms.runtime.p90: p90 90 is less than median 100 (at least 100)";
    QTest::newRow("p90 missing") << R"({"median": 100})" << "function.init_ms.runtime.p90: missing (at least 0)";
    QTest::newRow("unknown key") << R"({"median": 100, "p90": 120, "mean": 1})"
                                 << "function.init_ms.runtime.mean: unknown key (allowed: median, p90)";
    QTest::newRow("negative") << R"({"median": -1, "p90": 120})"
                              << "function.init_ms.runtime.median: -1 is out of range (at least 0)";
    QTest::newRow("a string") << R"("fast")"
                              << "function.init_ms.runtime: expected a number or an object with median and p90, "
                                 "got a string (at least 0)";
}

void TestRuntimePresets::quantilesRefused()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const auto r = parseScenario(helloWorld("python3.12", "x86_64", "zip", 1024, 1, false, value).toStdString());
    QVERIFY(!r.scenario);
    QStringList got;
    for (const auto &p : r.problems)
        got << QString::fromStdString(p.path + ": " + p.what + " (" + p.allowed + ")");
    QCOMPARE(got, QStringList{problem});
}

void TestRuntimePresets::unknownRuntimeNamesTheAllowedOnes()
{
    const auto r = parseScenario(helloWorld("ruby3.2", "x86_64", "zip", 1024, 1).toStdString());
    QVERIFY(!r.scenario);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].path, std::string("function.runtime"));
    QCOMPARE(r.problems[0].what, std::string("\"ruby3.2\" is not a runtime"));
    std::string allowed;
    for (const auto &p : runtimePresets())
        allowed += (allowed.empty() ? "" : ", ") + std::string(p.id);
    QCOMPARE(r.problems[0].allowed, allowed);
    for (const char *id : {"python3.14", "nodejs24.x", "java25", "dotnet10", "ruby3.4"})
        QVERIFY2(r.problems[0].allowed.find(id) != std::string::npos, id);
}

QTEST_GUILESS_MAIN(TestRuntimePresets)
#include "tst_runtimepresets.moc"
