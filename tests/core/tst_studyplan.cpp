// SPDX-License-Identifier: GPL-3.0-or-later
// Studies cut into jobs: the plan manifest and its hash, one job's result file, and the merge,
// which must give the bytes of the direct sweep and, per function, the figures of each function
// run alone.
#include "scenarioio.h"
#include "simulator.h"
#include "studyplan.h"
#include "sweep.h"
#include "tracereader.h"

#include <QtTest>

#include <algorithm>
#include <iterator>
#include <map>
#include <sstream>

using namespace lle;

namespace {

SweepAxis axis(std::string path, std::vector<double> values)
{
    SweepAxis a{std::move(path), {}};
    for (double v : values)
        a.values.emplace_back(v);
    return a;
}

Scenario noisyScenario()
{
    Scenario s;
    s.durationS = 300;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 4;
    s.platform.idleTimeout = {false, 30, 30};
    return s;
}

SweepSpec gridSpec()
{
    SweepSpec spec;
    spec.axes = {axis("function.memory_mb", {512, 2048}), axis("platform.idle_timeout_s", {10, 60, 600})};
    spec.replications = 3;
    return spec;
}

std::string azure2019(const std::vector<std::pair<std::string, std::vector<int>>> &rows)
{
    std::string out = "HashOwner,HashApp,HashFunction,Trigger";
    for (int m = 1; m <= 1440; ++m)
        out += ',' + std::to_string(m);
    out += "\n";
    for (const auto &[hash, counts] : rows) {
        out += "owner,app" + hash.substr(0, 1) + "," + hash + ",http";
        for (int m = 0; m < 1440; ++m)
            out += ',' + std::to_string(counts[static_cast<std::size_t>(m) % counts.size()]);
        out += "\n";
    }
    return out;
}

/// Trace files held in memory, opened by path as the application opens files.
StreamOpener memoryFiles(std::map<std::string, std::string> files)
{
    return [files = std::move(files)](const std::string &path) -> std::unique_ptr<std::istream> {
        const auto it = files.find(path);
        if (it == files.end())
            return nullptr;
        return std::make_unique<std::istringstream>(it->second);
    };
}

std::string messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const StudyError &e) {
        return e.what();
    }
    return {};
}

}  // namespace

class TestStudyPlan : public QObject {
    Q_OBJECT

private slots:
    void manifestRoundTrips();
    void hashTellsPlansApart();
    void badManifests_data();
    void badManifests();
    void mergeIsByteIdenticalToTheDirectSweep_data();
    void mergeIsByteIdenticalToTheDirectSweep();
    void resultOfAnotherPlanOrJobIsRefused();
    void corruptResults_data();
    void corruptResults();
    void damagedFilesAreRefusedWithAStudyError();
    void functionsAreListedInTraceOrder();
    void functionStudyEqualsEachFunctionAlone();
};

void TestStudyPlan::manifestRoundTrips()
{
    Scenario base = noisyScenario();
    base.baseDir = "/data/traces";
    StudyManifest m = planSweepStudy(base, gridSpec(), "9.9.9");
    QCOMPARE(m.jobCount(), std::size_t(2 * 3 * 3));
    const std::string text = studyManifestJson(m);
    QCOMPARE(m.hash.size(), std::size_t(16));
    const StudyManifest back = parseStudyManifest(text, "9.9.9");
    QCOMPARE(back.hash, m.hash);
    QCOMPARE(back.scenarioText, m.scenarioText);
    QCOMPARE(back.baseDir, std::string("/data/traces"));
    QVERIFY(back.spec == m.spec);
    QCOMPARE(back.seeds, (std::vector<std::uint64_t>{1, 2, 3}));
    QVERIFY(studyBaseScenario(back) == base);
}

void TestStudyPlan::hashTellsPlansApart()
{
    StudyManifest a = planSweepStudy(noisyScenario(), gridSpec(), "1");
    SweepSpec other = gridSpec();
    other.replications = 4;
    StudyManifest b = planSweepStudy(noisyScenario(), other, "1");
    Scenario seeded = noisyScenario();
    seeded.seed = 2;
    StudyManifest c = planSweepStudy(seeded, gridSpec(), "1");
    StudyManifest again = planSweepStudy(noisyScenario(), gridSpec(), "1");
    studyManifestJson(a);
    studyManifestJson(b);
    studyManifestJson(c);
    studyManifestJson(again);
    QCOMPARE(again.hash, a.hash);
    QVERIFY(a.hash != b.hash);
    QVERIFY(a.hash != c.hash);
}

void TestStudyPlan::badManifests_data()
{
    QTest::addColumn<QString>("edit");   // old=>new on the plan text
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << "{=>[" << "not a study plan";
    QTest::newRow("another schema") << "lambda-explorer/study@1=>lambda-explorer/scenario@1" << "schema";
    QTest::newRow("another version") << "\"version\": \"1.0.0\"=>\"version\": \"0.9.0\""
                                     << "written by lambda-explorer 0.9.0; this is 1.0.0";
    QTest::newRow("edited grid") << "2048.0=>4096.0" << "hash: the content hash does not match";
    QTest::newRow("edited job count") << "\"jobs\": 18=>\"jobs\": 19" << "jobs: does not match";
    QTest::newRow("no grid") << "\"grid\"=>\"grind\"" << "grid: missing";
}

void TestStudyPlan::badManifests()
{
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    StudyManifest m = planSweepStudy(noisyScenario(), gridSpec(), "1.0.0");
    std::string text = studyManifestJson(m);
    const QStringList parts = edit.split(QStringLiteral("=>"));
    const std::string from = parts[0].toStdString(), to = parts[1].toStdString();
    const auto at = text.find(from);
    QVERIFY2(at != std::string::npos, from.c_str());
    text.replace(at, from.size(), to);
    const std::string what = messageOf([&] { parseStudyManifest(text, "1.0.0"); });
    QVERIFY2(what.find(expected.toStdString()) != std::string::npos, what.c_str());
}

void TestStudyPlan::mergeIsByteIdenticalToTheDirectSweep_data()
{
    QTest::addColumn<int>("replications");
    QTest::addColumn<bool>("sweepSeed");
    QTest::newRow("one seed") << 1 << false;
    QTest::newRow("three seeds, intervals") << 3 << false;
    QTest::newRow("seed swept too") << 2 << true;
}

void TestStudyPlan::mergeIsByteIdenticalToTheDirectSweep()
{
    QFETCH(int, replications);
    QFETCH(bool, sweepSeed);
    const Scenario base = noisyScenario();
    SweepSpec spec = gridSpec();
    spec.replications = replications;
    if (sweepSeed)
        spec.axes.push_back(axis("seed", {5, 9}));
    const SweepPlan direct = planSweep(base, spec);
    QVERIFY(direct.problems.empty());
    SweepRunOptions options;
    options.threads = 2;
    const std::string expected = sweepCsv(direct, runSweep(direct, options).rows);

    StudyManifest m = planSweepStudy(base, spec, "1");
    // The jobs see the scenario as plan.json carries it, not the caller's copy.
    const StudyManifest read = parseStudyManifest(studyManifestJson(m), "1");
    const Scenario planned = studyBaseScenario(read);
    std::vector<StudyJobResult> results;
    for (std::size_t i = read.jobCount(); i-- > 0;)   // any order: each job stands alone
        results.insert(results.begin(), parseStudyResult(runStudyJob(read, planned, i), read, i));
    const MergedSweep merged = mergeSweepStudy(read, planned, results);
    QCOMPARE(sweepCsv(merged.plan, merged.rows), expected);
}

void TestStudyPlan::resultOfAnotherPlanOrJobIsRefused()
{
    StudyManifest a = planSweepStudy(noisyScenario(), gridSpec(), "1");
    SweepSpec other = gridSpec();
    other.replications = 2;
    StudyManifest b = planSweepStudy(noisyScenario(), other, "1");
    studyManifestJson(a);
    studyManifestJson(b);
    const std::string ofB = runStudyJob(b, studyBaseScenario(b), 0);
    QCOMPARE(studyResultPlanHash(ofB), std::optional<std::string>(b.hash));
    const std::string what = messageOf([&] { parseStudyResult(ofB, a, 0); });
    QVERIFY2(what.find("written for another plan (hash " + b.hash) != std::string::npos, what.c_str());

    const std::string ofA0 = runStudyJob(a, studyBaseScenario(a), 0);
    const std::string wrongJob = messageOf([&] { parseStudyResult(ofA0, a, 1); });
    QVERIFY2(wrongJob.find("the result of job 0, not of job 1") != std::string::npos, wrongJob.c_str());
    const std::string range = messageOf([&] { runStudyJob(a, studyBaseScenario(a), a.jobCount()); });
    QVERIFY2(range.find("out of range (0..17)") != std::string::npos, range.c_str());
}

void TestStudyPlan::corruptResults_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "}\n=>" << "not JSON";
    QTest::newRow("another schema") << "study-result@1=>study-result@2" << "schema: not a result file";
    // Any change of the content breaks the checksum before anything else is read.
    QTest::newRow("metric renamed") << "\"latency_p99_ms\"=>\"latency_p98_ms\"" << "check: the checksum does not match";
    QTest::newRow("a figure edited") << "\"requests\": =>\"requests\": 1" << "check: the checksum does not match";
    QTest::newRow("no checksum") << "\"check\"=>\"cheque\"" << "check: missing";
}

void TestStudyPlan::corruptResults()
{
    QFETCH(QString, edit);
    QFETCH(QString, expected);
    StudyManifest m = planSweepStudy(noisyScenario(), gridSpec(), "1");
    studyManifestJson(m);
    std::string text = runStudyJob(m, studyBaseScenario(m), 4);
    const QStringList parts = edit.split(QStringLiteral("=>"));
    const std::string from = parts[0].toStdString(), to = parts[1].toStdString();
    const auto at = text.rfind(from);
    QVERIFY2(at != std::string::npos, text.c_str());
    text.replace(at, from.size(), to);
    const std::string what = messageOf([&] { parseStudyResult(text, m, 4); });
    QVERIFY2(what.find(expected.toStdString()) != std::string::npos, what.c_str());
}

void TestStudyPlan::damagedFilesAreRefusedWithAStudyError()
{
    // Every truncation and every byte replaced: parsed or refused with a StudyError, nothing else
    // escapes (a type error inside nlohmann, say), and a damaged file never passes for the original.
    StudyManifest m = planSweepStudy(noisyScenario(), gridSpec(), "1");
    const std::string plan = studyManifestJson(m);
    const std::string result = runStudyJob(m, studyBaseScenario(m), 3);
    const StudyJobResult original = parseStudyResult(result, m, 3);
    int refused = 0, accepted = 0, changed = 0;
    auto check = [&](const std::string &text, bool isPlan) {
        try {
            if (isPlan) {
                const StudyManifest back = parseStudyManifest(text, "1");
                if (back.hash != m.hash || !(back.spec == m.spec) || back.scenarioText != m.scenarioText)
                    ++changed;
            } else {
                const StudyJobResult r = parseStudyResult(text, m, 3);
                if (r.metrics != original.metrics)   // only harmless bytes (blanks) may change
                    ++changed;
            }
            ++accepted;
        } catch (const StudyError &) {
            ++refused;
        }
    };
    for (std::size_t n = 0; n < result.size(); ++n) {
        check(result.substr(0, n), false);
        for (const char c : {'#', '9', '"', ' '}) {
            std::string damaged = result;
            damaged[n] = c;
            if (damaged != result)
                check(damaged, false);
        }
    }
    for (std::size_t n = 0; n < plan.size(); n += 7) {
        check(plan.substr(0, n), true);
        std::string damaged = plan;
        damaged[n] = damaged[n] == '1' ? '2' : '1';
        check(damaged, true);
    }
    QCOMPARE(changed, 0);
    QVERIFY(refused > 1000);
    QVERIFY(accepted > 0);   // a blank for a blank, the final newline dropped
}

void TestStudyPlan::functionsAreListedInTraceOrder()
{
    std::istringstream in2021("func,app,end_timestamp,duration\n"
                              "f1,a2,1,0.1\n"
                              "f1,a1,2,0.1\n"
                              "f1,a2,3,0.1\n"
                              "f2,a1,4,0.1\n");
    const auto f2021 = listTraceFunctions(in2021, "t.csv", TraceFormat::Azure2021);
    QCOMPARE(f2021, (std::vector<StudyFunction>{{"a2", "f1"}, {"a1", "f1"}, {"a1", "f2"}}));

    std::istringstream in2019(azure2019({{"h1", {1}}, {"h2", {0, 2}}}));
    const auto f2019 = listTraceFunctions(in2019, "inv.csv", TraceFormat::Azure2019);
    QCOMPARE(f2019, (std::vector<StudyFunction>{{"apph", "h1"}, {"apph", "h2"}}));

    std::istringstream bad("app,end_timestamp\nx,1\n");
    QVERIFY_THROWS_EXCEPTION(TraceError, listTraceFunctions(bad, "bad.csv", TraceFormat::Azure2021));
}

void TestStudyPlan::functionStudyEqualsEachFunctionAlone()
{
    const std::string inv = azure2019({{"steady", {3, 0}}, {"sparse", {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
                                       {"bursty", {0, 0, 0, 9, 0}}, {"quiet", {0, 0, 0, 0, 0, 0, 0, 1}},
                                       {"busy", {6}}});
    const StreamOpener open = memoryFiles({{"/t/inv.csv", inv}});
    Scenario base;
    base.durationS = 3 * 3600;
    base.workload.pattern = WorkloadPattern::Trace;
    base.workload.trace.path = "inv.csv";
    base.workload.trace.format = TraceFormat::Azure2019;
    base.workload.trace.rank = 1;
    base.workload.trace.spread = TraceSpread::Poisson;
    base.baseDir = "/t";

    std::istringstream listing(inv);
    StudyManifest m = planFunctionStudy(base, listTraceFunctions(listing, "/t/inv.csv", TraceFormat::Azure2019), 2, "1");
    QCOMPARE(m.jobCount(), std::size_t(3));   // 2 + 2 + 1
    const StudyManifest read = parseStudyManifest(studyManifestJson(m), "1");
    // Each job reads the trace narrowed to its functions, as --run-job does.
    const Scenario planned = studyBaseScenario(read);
    std::vector<StudyJobResult> results;
    for (std::size_t i = 0; i < read.jobCount(); ++i) {
        const auto [first, last] = read.functionRange(i);
        const StreamOpener narrowed = narrowedTraceOpener(
            open, planned, {read.functions.begin() + std::ptrdiff_t(first), read.functions.begin() + std::ptrdiff_t(last)});
        std::unique_ptr<std::istream> job = narrowed("/t/inv.csv");
        std::string text(std::istreambuf_iterator<char>(*job), {});
        QCOMPARE(std::count(text.begin(), text.end(), '\n'), std::ptrdiff_t(1 + last - first));   // header + its rows
        const StudyOptionsFactory options = [&](const Scenario &s) {
            SimulationOptions o;
            o.arrivals = makeTraceArrivals(s.workload.trace, s.baseDir, narrowed);
            return o;
        };
        results.push_back(parseStudyResult(runStudyJob(read, planned, i, options), read, i));
    }
    const std::string csv = functionsCsv(read, results);

    // Each function run alone: the scenario picks it by hash, as a user would.
    std::string expected = "app,function,requests,cold_starts,cold_start_ratio,latency_p50_ms,latency_p99_ms,"
                           "cost_total_usd,cost_per_million_requests_usd,idle_gb_s\n";
    double totalCost = 0;
    for (const std::string hash : {"steady", "sparse", "bursty", "quiet", "busy"}) {
        Scenario alone = base;
        alone.workload.trace.rank = 0;
        alone.workload.trace.function = hash;
        SimulationOptions o;
        o.arrivals = makeTraceArrivals(alone.workload.trace, alone.baseDir, open);
        Simulator sim(alone, o);
        sim.run();
        const Summary s = sim.summary();
        QVERIFY(s.requests.total > 0);
        totalCost += s.cost.total();
        StudyJobResult one;
        one.functions.push_back(functionFiguresOf(s));
        StudyManifest single = read;
        single.functions = {{"app" + hash.substr(0, 1), hash}};
        const std::string row = functionsCsv(single, {one});
        expected += row.substr(row.find('\n') + 1);
    }
    QCOMPARE(csv, expected);
    const std::string account = accountSummaryJson(read, results);
    QVERIFY2(account.find("\"functions\": 5") != std::string::npos, account.c_str());
    QVERIFY(totalCost > 0);
}

QTEST_GUILESS_MAIN(TestStudyPlan)
#include "tst_studyplan.moc"
