// SPDX-License-Identifier: GPL-3.0-or-later
// The headless runner end to end, through the real executable as scripts use it.
#include "csvtesting.h"
#include "explorerprocess.h"

#include "scenarioio.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

using namespace lle;
using lle::test::entries;
using lle::test::readAll;
using lle::test::runExplorer;
using lle::test::writeFile;

namespace {

// Throttling (a low concurrency limit), timeouts (a long-tailed handler against a 1 s timeout),
// keep-warm pings, extra ephemeral storage and a memory change half way: every column gets used.
const QByteArray kMixedScenario = R"({
  "schema": "lambda-explorer/scenario@1",
  "name": "Mixed, for checks",
  "seed": 42,
  "duration_s": 120,
  "function": {
    "memory_mb": 512,
    "timeout_s": 1,
    "ephemeral_storage_mb": 1024,
    "handler": { "cpu_ms": 60, "io_ms": 20, "distribution": "lognormal", "cv": 0.8 }
  },
  "platform": { "idle_timeout_s": 5, "max_lifetime_s": 60, "concurrency_limit": 6 },
  "workload": { "pattern": "poisson", "rate_per_s": 20,
                "keep_warm": { "interval_s": 30, "concurrency": 2, "ping_ms": 1 } },
  "changes": [ { "at_s": 90, "set": { "function.memory_mb": 1024 } } ]
}
)";

const QStringList kAllFiles = {"environments.csv", "invocations.csv", "metrics.csv", "summary.json", "timeline.csv"};

// The contract's headers, spelled out here rather than taken from the code under test.
const std::map<QString, QByteArray> kHeaders = {
    {"invocations.csv", "id,kind,arrival_ms,start_ms,end_ms,env_id,start_type,cold_reason,init_ms,restore_ms,"
                        "duration_ms,billed_ms,latency_ms,cost_usd"},
    {"environments.csv", "env_id,kind,created_ms,ready_ms,end_ms,invocations,end_reason"},
    {"timeline.csv", "env_id,phase,start_ms,end_ms,invocation_id"},
    {"metrics.csv",
     "t_s,arrivals,completed,throttled,cold,warm,environments,busy,idle,initializing,p50_ms,p99_ms,cost_usd_cum"},
};

using testing::Csv;

Csv readCsv(const QString &path) { return testing::parseCsv(readAll(path)); }

nlohmann::json readJson(const QString &path)
{
    const QByteArray bytes = readAll(path);
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

}  // namespace

class TestHeadlessRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void writesEveryFileWithContractHeaders();
    void sameSeedGivesIdenticalFiles();
    void otherSeedGivesOtherFiles();
    void invocationsAgreeWithSummary();
    void metricsAgreeWithSummary();
    void environmentsAndTimelineAgree();
    void summaryOnlyWritesOnlySummary();
    void outputsSubset();
    void setAppliesLikeAnEditedFile();
    void seedAndDurationOverrides();
    void bucketWidth();
    void wallTime();
    void printedDefaultScenarioRoundTrips();
    void traceReplay();
    void traceProblems_data();
    void traceProblems();

    void badScenarioWritesNothing();
    void badSetWritesNothing_data();
    void badSetWritesNothing();
    void ruleBrokenBySet();
    void computeOptionRulesBrokenBySet_data();
    void computeOptionRulesBrokenBySet();
    void computeSweep();
    void durationBeforeAChange();
    void unreadableScenario_data();
    void unreadableScenario();
    void unwritableOutputFolder();
    void unwritableOutputFileLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_scenario;
    QString m_fullRun;   // out dir of the mixed scenario with every file
    nlohmann::json m_summary;

    QString scenarioFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, text) ? path : QString();
    }
    lle::test::ExplorerRun run(const QString &scenario, const QString &out, const QStringList &extra = {})
    {
        return runExplorer(QStringList{"--headless", scenario, "--out", out} + extra);
    }
};

void TestHeadlessRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = scenarioFile("mixed.json", kMixedScenario);
    m_fullRun = m_dir.filePath("full");
    const auto r = run(m_scenario, m_fullRun);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.err, QByteArray());
    QVERIFY(r.out.contains("requests simulated per second"));
    m_summary = readJson(m_fullRun + "/summary.json");
    QVERIFY(m_summary.is_object());
    // The scenario is meant to exercise throttling, timeouts and pings; if it stops doing so the
    // checks below prove less than they claim.
    QVERIFY(m_summary["requests"]["throttled"].get<int>() > 0);
    QVERIFY(m_summary["requests"]["timed_out"].get<int>() > 0);
    QVERIFY(m_summary["requests"]["keep_warm_pings"].get<int>() > 0);
    QVERIFY(m_summary["requests"]["cold"].get<int>() > 1);
}

void TestHeadlessRunner::writesEveryFileWithContractHeaders()
{
    QCOMPARE(entries(m_fullRun), kAllFiles);
    for (const auto &[file, header] : kHeaders) {
        const QByteArray bytes = readAll(m_fullRun + "/" + file);
        QVERIFY2(bytes.startsWith(header + '\n'), qPrintable(file));
        QVERIFY2(bytes.endsWith('\n'), qPrintable(file));
        QVERIFY2(!bytes.contains('\r'), qPrintable(file));
    }
    const QByteArray summary = readAll(m_fullRun + "/summary.json");
    QVERIFY(summary.startsWith("{\n  \"schema\": \"lambda-explorer/summary@1\",\n"));
    QVERIFY(summary.endsWith("}\n"));
    QCOMPARE(m_summary["scenario"].get<std::string>(), std::string("Mixed, for checks"));
    QCOMPARE(m_summary["seed"].get<int>(), 42);
    QCOMPARE(m_summary["simulation"]["wall_ms"].get<double>(), 0.0);
}

void TestHeadlessRunner::sameSeedGivesIdenticalFiles()
{
    const QString again = m_dir.filePath("again");
    const auto r = run(m_scenario, again);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(entries(again), kAllFiles);
    for (const QString &file : kAllFiles) {
        const QByteArray a = readAll(m_fullRun + "/" + file);
        QVERIFY2(!a.isEmpty(), qPrintable(file));
        QVERIFY2(a == readAll(again + "/" + file), qPrintable(file + " differs between two runs of one seed"));
    }
}

void TestHeadlessRunner::otherSeedGivesOtherFiles()
{
    const QString other = m_dir.filePath("seed43");
    const auto r = run(m_scenario, other, {"--seed", "43"});
    QCOMPARE(r.exitCode, 0);
    for (const QString &file : kAllFiles)
        QVERIFY2(readAll(m_fullRun + "/" + file) != readAll(other + "/" + file), qPrintable(file));
    QCOMPARE(readJson(other + "/summary.json")["seed"].get<int>(), 43);
}

void TestHeadlessRunner::invocationsAgreeWithSummary()
{
    const Csv csv = readCsv(m_fullRun + "/invocations.csv");
    const auto &req = m_summary["requests"];
    const int cId = csv.column("id"), cKind = csv.column("kind"), cType = csv.column("start_type"),
              cReason = csv.column("cold_reason"), cCost = csv.column("cost_usd"), cLat = csv.column("latency_ms"),
              cEnv = csv.column("env_id"), cArr = csv.column("arrival_ms"), cEnd = csv.column("end_ms"),
              cBilled = csv.column("billed_ms"), cInit = csv.column("init_ms"), cDur = csv.column("duration_ms");

    std::uint64_t requests = 0, pingsDone = 0, throttled = 0, timedOut = 0, cold = 0, warm = 0;
    double cost = 0, latencySum = 0, latencyMax = 0;
    std::uint64_t expectedId = 1;
    for (const auto &row : csv.rows) {
        QCOMPARE(row.size(), csv.header.size());
        QCOMPARE(row[cId].toULongLong(), expectedId++);   // ids ascending, none missing
        const bool ping = row[cKind] == "ping";
        QVERIFY(ping || row[cKind] == "request");
        const QByteArray type = row[cType];
        cost += row[cCost].toDouble();
        if (type == "throttled") {
            QVERIFY(row[cEnv].isEmpty());
            QVERIFY(row[cReason].isEmpty());
            QCOMPARE(row[cCost].toDouble(), 0.0);
            if (!ping)
                ++throttled;
        } else {
            QVERIFY(row[cEnv].toUInt() > 0);
            QVERIFY(row[cBilled].toDouble() >= std::ceil(row[cDur].toDouble() - 1e-9));
            QCOMPARE(row[cBilled].toDouble(), std::ceil(row[cBilled].toDouble()));
            // latency = end - arrival, to the written precision
            QVERIFY(std::abs(row[cLat].toDouble() - (row[cEnd].toDouble() - row[cArr].toDouble())) < 0.0015);
            const bool startedCold = type == "cold" || (type == "timed_out" && !row[cReason].isEmpty());
            QCOMPARE(startedCold, !row[cReason].isEmpty());
            QCOMPARE(startedCold, row[cInit].toDouble() > 0);
            if (ping) {
                ++pingsDone;
                continue;
            }
            if (type == "timed_out")
                ++timedOut;
            (startedCold ? cold : warm) += 1;
            latencySum += row[cLat].toDouble();
            latencyMax = std::max(latencyMax, row[cLat].toDouble());
        }
        if (!ping)
            ++requests;
    }
    QCOMPARE(requests, req["total"].get<std::uint64_t>());
    QCOMPARE(pingsDone, req["keep_warm_pings"].get<std::uint64_t>());
    QCOMPARE(throttled, req["throttled"].get<std::uint64_t>());
    QCOMPARE(timedOut, req["timed_out"].get<std::uint64_t>());
    QCOMPARE(cold, req["cold"].get<std::uint64_t>() + req["snapstart"].get<std::uint64_t>());
    QCOMPARE(warm, req["warm"].get<std::uint64_t>() + req["provisioned"].get<std::uint64_t>());
    QCOMPARE(cold + warm, req["completed"].get<std::uint64_t>());

    // Free tier off and nothing continuous (no PC, no SnapStart): the rows carry the whole bill.
    const double total = m_summary["cost_usd"]["total"].get<double>();
    QVERIFY2(std::abs(cost - total) <= 1e-6 * total, qPrintable(QStringLiteral("%1 vs %2").arg(cost).arg(total)));
    const double completed = req["completed"].get<double>();
    QVERIFY(std::abs(latencySum / completed - m_summary["latency_ms"]["mean"].get<double>()) < 0.01);
    QVERIFY(std::abs(latencyMax - m_summary["latency_ms"]["max"].get<double>()) < 0.0015);
}

void TestHeadlessRunner::metricsAgreeWithSummary()
{
    const Csv csv = readCsv(m_fullRun + "/metrics.csv");
    QCOMPARE(csv.rows.size(), 120);   // 1 s buckets up to an hour
    std::map<std::string, double> sums;
    for (int i = 0; i < csv.rows.size(); ++i) {
        const auto &row = csv.rows[i];
        QCOMPARE(row.size(), csv.header.size());
        QCOMPARE(row[0].toDouble(), double(i));
        for (int c = 1; c <= 5; ++c)
            sums[csv.header[c].toStdString()] += row[c].toDouble();
        if (i > 0)
            QVERIFY(row[csv.column("cost_usd_cum")].toDouble() >= csv.rows[i - 1][csv.column("cost_usd_cum")].toDouble());
    }
    const auto &req = m_summary["requests"];
    QCOMPARE(sums["arrivals"], req["total"].get<double>());
    QCOMPARE(sums["completed"], req["completed"].get<double>());
    QCOMPARE(sums["throttled"], req["throttled"].get<double>());
    QCOMPARE(sums["cold"], req["cold"].get<double>() + req["snapstart"].get<double>());
    QCOMPARE(sums["warm"], req["warm"].get<double>() + req["provisioned"].get<double>());
    const double lastCost = csv.rows.last()[csv.column("cost_usd_cum")].toDouble();
    const double total = m_summary["cost_usd"]["total"].get<double>();
    QVERIFY(std::abs(lastCost - total) <= 1e-9 * total + 1e-12);
}

void TestHeadlessRunner::environmentsAndTimelineAgree()
{
    const Csv envs = readCsv(m_fullRun + "/environments.csv");
    QCOMPARE(static_cast<std::uint64_t>(envs.rows.size()), m_summary["environments"]["created"].get<std::uint64_t>());
    std::uint64_t invocations = 0;
    QSet<QByteArray> reasons;
    for (const auto &row : envs.rows) {
        QCOMPARE(row.size(), envs.header.size());
        invocations += row[envs.column("invocations")].toULongLong();
        reasons.insert(row[envs.column("end_reason")]);
        QVERIFY(row[envs.column("created_ms")].toDouble() <= row[envs.column("ready_ms")].toDouble());
        QVERIFY(row[envs.column("ready_ms")].toDouble() <= row[envs.column("end_ms")].toDouble());
    }
    const auto &req = m_summary["requests"];
    QCOMPARE(invocations, req["completed"].get<std::uint64_t>() + req["keep_warm_pings"].get<std::uint64_t>());
    QVERIFY(reasons.contains("changed"));   // the memory change at 90 s retired the first version
    QVERIFY(reasons.contains("end_of_run"));
    for (const QByteArray &r : reasons)
        QVERIFY(QByteArrayList({"idle_timeout", "max_lifetime", "changed", "end_of_run"}).contains(r));

    const Csv timeline = readCsv(m_fullRun + "/timeline.csv");
    std::uint64_t invokes = 0;
    const QByteArrayList phases = {"env_setup", "extension_init", "runtime_init", "function_init",
                                   "restore",   "invoke",         "frozen",       "shutdown"};
    for (const auto &row : timeline.rows) {
        QCOMPARE(row.size(), timeline.header.size());
        QVERIFY2(phases.contains(row[1]), row[1].constData());
        QVERIFY(row[2].toDouble() < row[3].toDouble());
        if (row[1] == "invoke") {
            ++invokes;
            QVERIFY(row[4].toULongLong() > 0);
        } else {
            QVERIFY(row[4].isEmpty());
        }
    }
    QCOMPARE(invokes, invocations);
}

void TestHeadlessRunner::summaryOnlyWritesOnlySummary()
{
    const QString out = m_dir.filePath("summary-only");
    const auto r = run(m_scenario, out, {"--outputs", "summary"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(entries(out), QStringList{"summary.json"});
    const nlohmann::json s = readJson(out + "/summary.json");
    // The same run, without anything following it.
    QCOMPARE(s["requests"], m_summary["requests"]);
    QCOMPARE(s["latency_ms"], m_summary["latency_ms"]);
    QCOMPARE(s["cost_usd"], m_summary["cost_usd"]);
}

void TestHeadlessRunner::outputsSubset()
{
    const QString out = m_dir.filePath("subset");
    const auto r = run(m_scenario, out, {"--outputs", "metrics,invocations"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(entries(out), (QStringList{"invocations.csv", "metrics.csv"}));
    QCOMPARE(readAll(out + "/invocations.csv"), readAll(m_fullRun + "/invocations.csv"));
    QCOMPARE(readAll(out + "/metrics.csv"), readAll(m_fullRun + "/metrics.csv"));
}

void TestHeadlessRunner::setAppliesLikeAnEditedFile()
{
    QByteArray edited = kMixedScenario;
    edited.replace("\"memory_mb\": 512", "\"memory_mb\": 2048");
    QVERIFY(edited != kMixedScenario);
    const QString editedFile = scenarioFile("mixed-2048.json", edited);

    const QString viaSet = m_dir.filePath("set-2048");
    const QString viaFile = m_dir.filePath("file-2048");
    QCOMPARE(run(m_scenario, viaSet, {"--set", "function.memory_mb=2048", "--outputs", "summary"}).exitCode, 0);
    QCOMPARE(run(editedFile, viaFile, {"--outputs", "summary"}).exitCode, 0);
    const QByteArray a = readAll(viaSet + "/summary.json");
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, readAll(viaFile + "/summary.json"));
    const nlohmann::json s = nlohmann::json::parse(a.toStdString());
    QVERIFY(s["latency_ms"]["p50"].get<double>() < m_summary["latency_ms"]["p50"].get<double>());
    QVERIFY(s["gb_seconds"]["on_demand_billed"] != m_summary["gb_seconds"]["on_demand_billed"]);

    // Several --set apply in order; a string value needs no JSON quotes.
    const QString two = m_dir.filePath("set-two");
    QCOMPARE(run(m_scenario, two,
                 {"--set", "platform.routing=random", "--set", "function.memory_mb=1024", "--set",
                  "function.memory_mb=2048", "--outputs", "summary"})
                 .exitCode,
             0);
    QVERIFY(readAll(two + "/summary.json") != a);   // routing differs
}

void TestHeadlessRunner::seedAndDurationOverrides()
{
    QByteArray noChanges = kMixedScenario;
    noChanges.replace("\"changes\": [ { \"at_s\": 90, \"set\": { \"function.memory_mb\": 1024 } } ]", "\"changes\": []");
    const QString file = scenarioFile("no-changes.json", noChanges);
    const QString out = m_dir.filePath("short");
    const auto r = run(file, out, {"--duration-s", "30.5", "--seed", "18446744073709551615"});
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json s = readJson(out + "/summary.json");
    QCOMPARE(s["duration_s"].get<double>(), 30.5);
    QCOMPARE(s["seed"].get<std::uint64_t>(), 18446744073709551615ULL);
    QCOMPARE(readCsv(out + "/metrics.csv").rows.size(), 31);
    for (const auto &row : readCsv(out + "/invocations.csv").rows)
        QVERIFY(row[2].toDouble() < 30500);
}

void TestHeadlessRunner::bucketWidth()
{
    const QString out = m_dir.filePath("buckets");
    QCOMPARE(run(m_scenario, out, {"--bucket-s", "7.5", "--outputs", "metrics"}).exitCode, 0);
    const Csv csv = readCsv(out + "/metrics.csv");
    QCOMPARE(csv.rows.size(), 16);
    QCOMPARE(csv.rows[1][0], QByteArray("7.5"));
    double arrivals = 0;
    for (const auto &row : csv.rows)
        arrivals += row[1].toDouble();
    QCOMPARE(arrivals, m_summary["requests"]["total"].get<double>());

    // More rows than memory can hold is refused before anything is written.
    const QString tooMany = m_dir.filePath("too-many");
    const auto r = run(m_scenario, tooMany, {"--bucket-s", "0.000001"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith("lambda-explorer: --bucket-s "));
    QVERIFY(!QFileInfo::exists(tooMany));
}

void TestHeadlessRunner::wallTime()
{
    const QString out = m_dir.filePath("wall");
    QCOMPARE(run(m_scenario, out, {"--wall-time", "--outputs", "summary"}).exitCode, 0);
    const nlohmann::json s = readJson(out + "/summary.json");
    QVERIFY(s["simulation"]["wall_ms"].is_number());
    QVERIFY(s["simulation"]["wall_ms"].get<double>() >= 0);
    nlohmann::json a = s, b = m_summary;
    a["simulation"].erase("wall_ms");
    b["simulation"].erase("wall_ms");
    QCOMPARE(a["requests"], b["requests"]);
    QCOMPARE(a["cost_usd"], b["cost_usd"]);
}

void TestHeadlessRunner::printedDefaultScenarioRoundTrips()
{
    const auto printed = runExplorer({"--print-default-scenario"});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.err, QByteArray());
    const ScenarioResult parsed = parseScenario(printed.out.toStdString());
    QVERIFY(parsed.problems.empty());
    QVERIFY(*parsed.scenario == defaultScenario());
    const QString file = scenarioFile("default.json", printed.out);
    const QString out = m_dir.filePath("default-run");
    const auto r = run(file, out, {"--outputs", "summary"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromStdString(readJson(out + "/summary.json")["scenario"].get<std::string>()),
             QString::fromStdString(defaultScenario().name));
}

namespace {
QByteArray traceScenario(const QByteArray &path)
{
    return R"({
  "schema": "lambda-explorer/scenario@1",
  "name": "Trace",
  "duration_s": 10,
  "workload": { "pattern": "trace", "format": "timestamps", "path": ")" + path + R"(" }
}
)";
}
}  // namespace

void TestHeadlessRunner::traceReplay()
{
    // The trace path is relative to the scenario's folder, not to the working directory.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("scenarios/traces"));
    QVERIFY(writeFile(dir.filePath("scenarios/traces/t.csv"),
                      "timestamp_s,duration_ms\n0.5,100\n1.0,200\n1.0,50\n2.5,80\n9.9,10\n10.0,10\n"));
    QVERIFY(writeFile(dir.filePath("scenarios/trace.json"), traceScenario("traces/t.csv")));
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const QString out = dir.filePath("out");
    const auto r = run(dir.filePath("scenarios/trace.json"), out);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readJson(out + "/summary.json")["requests"]["total"].get<int>(), 5);   // 10.0 is not before the end
    const Csv csv = readCsv(out + "/invocations.csv");
    QList<QByteArray> arrivals, durations;
    for (const auto &row : csv.rows) {
        arrivals.append(row[csv.column("arrival_ms")]);
        durations.append(row[csv.column("duration_ms")]);
    }
    QCOMPARE(arrivals, (QList<QByteArray>{"500", "1000", "1000", "2500", "9900"}));
    QCOMPARE(durations, (QList<QByteArray>{"100", "200", "50", "80", "10"}));
}

void TestHeadlessRunner::traceProblems_data()
{
    QTest::addColumn<QByteArray>("trace");   // empty: no file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("where");
    QTest::newRow("missing file") << QByteArray() << 3 << QByteArray("t.csv");
    QTest::newRow("bad header") << QByteArray("time,duration\n1,2\n") << 2 << QByteArray("t.csv:1");
    QTest::newRow("bad line during the run") << QByteArray("timestamp_s\n1\n2\nlater\n") << 2
                                             << QByteArray("t.csv:4");
}

void TestHeadlessRunner::traceProblems()
{
    QFETCH(QByteArray, trace);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, where);
    QTemporaryDir dir;
    if (!trace.isEmpty())
        QVERIFY(writeFile(dir.filePath("t.csv"), trace));
    QVERIFY(writeFile(dir.filePath("trace.json"), traceScenario("t.csv")));
    const QString out = dir.filePath("out");
    const auto r = run(dir.filePath("trace.json"), out);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: ") && r.err.contains(where), r.err.constData());
    // Not even the folder: it is made after the trace's header was read, and removed again when
    // a bad line shows up during the run.
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::badScenarioWritesNothing()
{
    const QString file = scenarioFile("bad.json", R"({
  "schema": "lambda-explorer/scenario@1",
  "function": { "memory_mb": 20000, "colour": "red" },
  "platform": { "routing": "fastest" }
})");
    const QString out = m_dir.filePath("bad-out");
    const auto r = run(file, out);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    const auto lines = r.errLines();
    QCOMPARE(lines.size(), 3);   // one line per problem
    const QByteArray prefix = "lambda-explorer: " + file.toLocal8Bit() + ": ";
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith(prefix), line.constData());
    QVERIFY(lines.contains(prefix + "function.memory_mb: 20000 is out of range (128..10240)"));
    QVERIFY(lines[1].startsWith(prefix + "function.colour: "));
    QVERIFY(lines[2].startsWith(prefix + "platform.routing: "));
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::badSetWritesNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("out of range") << QStringList{"--set", "function.memory_mb=20000"}
                                  << QByteArray("lambda-explorer: --set function.memory_mb=20000: 20000 is out of "
                                                "range (128..10240)");
    QTest::newRow("unknown path") << QStringList{"--set", "function.colour=red"}
                                  << QByteArray("lambda-explorer: --set function.colour=red: not a settable key");
    QTest::newRow("wrong type") << QStringList{"--set", "function.memory_mb=big"}
                                << QByteArray("lambda-explorer: --set function.memory_mb=big: expected");
    QTest::newRow("not settable") << QStringList{"--set", "duration_s=10"}
                                  << QByteArray("lambda-explorer: --set duration_s=10: not a settable key");
    QTest::newRow("unknown instance type")
        << QStringList{"--set", "function.managed_instances.instance_type=t3.micro"}
        << QByteArray("lambda-explorer: --set function.managed_instances.instance_type=t3.micro: \"t3.micro\" is "
                      "not an instance type (m7g.large, ");
    QTest::newRow("concurrency 0") << QStringList{"--set", "function.managed_instances.max_concurrency=0"}
                                   << QByteArray("lambda-explorer: --set function.managed_instances.max_concurrency=0: "
                                                 "0 is out of range (1..1600)");
    QTest::newRow("concurrency 1601")
        << QStringList{"--set", "function.managed_instances.max_concurrency=1601"}
        << QByteArray("lambda-explorer: --set function.managed_instances.max_concurrency=1601: 1601 is out of range "
                      "(1..1600)");
}

void TestHeadlessRunner::badSetWritesNothing()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, line);
    const QString out = m_dir.filePath("bad-set");
    const auto r = run(m_scenario, out, extra);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(line), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::ruleBrokenBySet()
{
    // Each --set value is fine alone; together with the file they break a cross-key rule.
    QByteArray pc = kMixedScenario;
    pc.replace("\"memory_mb\": 512,", "\"memory_mb\": 512, \"provisioned_concurrency\": 2,");
    const QString file = scenarioFile("pc.json", pc);
    const QString out = m_dir.filePath("rule");
    const auto r = run(file, out, {"--set", "function.snapstart.enabled=true"});
    QCOMPARE(r.exitCode, 2);
    const auto lines = r.errLines();
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith("lambda-explorer: " + file.toLocal8Bit() + ": function.snapstart.enabled: "),
                 line.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::computeOptionRulesBrokenBySet_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("minimum above maximum")
        << QStringList{"function.compute=managed_instances", "function.managed_instances.min_instances=5",
                       "function.managed_instances.max_instances=4"}
        << QByteArray("function.managed_instances.min_instances: min_instances 5 is more than max_instances 4 (1..4)");
    QTest::newRow("tenant isolation with SnapStart")
        << QStringList{"function.tenant_isolation=true", "function.snapstart.enabled=true",
                       "function.ephemeral_storage_mb=512"}
        << QByteArray("function.tenant_isolation: tenant isolation cannot be combined with SnapStart "
                      "(snapstart.enabled false)");
    QTest::newRow("tenant isolation with provisioned concurrency")
        << QStringList{"function.tenant_isolation=true", "function.provisioned_concurrency=2"}
        << QByteArray("function.tenant_isolation: tenant isolation cannot be combined with provisioned concurrency "
                      "(provisioned_concurrency 0)");
}

void TestHeadlessRunner::computeOptionRulesBrokenBySet()
{
    // The options' cross-key rules, broken by values each fine alone: exit 2 with the path and what
    // is allowed, nothing written.
    QFETCH(QStringList, sets);
    QFETCH(QByteArray, problem);
    QByteArray plain = kMixedScenario;
    plain.replace(R"(,
  "changes": [ { "at_s": 90, "set": { "function.memory_mb": 1024 } } ])", "");
    const QString file = scenarioFile("plain.json", plain);
    QStringList extra;
    for (const QString &set : sets)
        extra << "--set" << set;
    const QString out = m_dir.filePath("compute-rule");
    const auto r = run(file, out, extra);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines(), QList<QByteArray>{"lambda-explorer: " + file.toLocal8Bit() + ": " + problem});
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::computeSweep()
{
    QByteArray plain = kMixedScenario;
    plain.replace(R"(,
  "changes": [ { "at_s": 90, "set": { "function.memory_mb": 1024 } } ])", "");
    const QString file = scenarioFile("plain-sweep.json", plain);
    const QString out = m_dir.filePath("compute-sweep");
    const auto r = run(file, out, {"--sweep", "function.compute=on_demand,managed_instances"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = readAll(out + "/sweep.csv").trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].startsWith("on_demand,"), lines[1].constData());
    QVERIFY2(lines[2].startsWith("managed_instances,"), lines[2].constData());

    // And a single run under Managed Instances bills instances and no duration.
    const QString single = m_dir.filePath("compute-single");
    QCOMPARE(run(file, single, {"--set", "function.compute=managed_instances", "--outputs", "summary"}).exitCode, 0);
    const auto summary = nlohmann::json::parse(readAll(single + "/summary.json").toStdString());
    QVERIFY(summary["cost_usd"]["instances"].get<double>() > 0);
    QVERIFY(summary["cost_usd"]["management_fee"].get<double>() > 0);
    QCOMPARE(summary["cost_usd"]["duration"].get<double>(), 0.0);
}

void TestHeadlessRunner::durationBeforeAChange()
{
    const QString out = m_dir.filePath("short-change");
    const auto r = run(m_scenario, out, {"--duration-s", "60"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: --duration-s 60: changes[0].at_s: 90 is out of range"),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::unreadableScenario_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("missing") << "missing";
    QTest::newRow("a folder") << "folder";
}

void TestHeadlessRunner::unreadableScenario()
{
    QFETCH(QString, which);
    const QString path = which == "missing" ? m_dir.filePath("nope.json") : m_dir.path();
    const QString out = m_dir.filePath("unreadable-out");
    const auto r = run(path, out);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: " + path.toLocal8Bit() + ": "), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessRunner::unwritableOutputFolder()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("plain-file"), "x"));
    const QString out = dir.filePath("plain-file/out");
    const auto r = run(m_scenario, out);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: " + out.toLocal8Bit() + ": "), r.err.constData());
    QCOMPARE(entries(dir.path()), QStringList{"plain-file"});
    QCOMPARE(readAll(dir.filePath("plain-file")), QByteArray("x"));

    // The output folder itself is a file.
    const auto r2 = run(m_scenario, dir.filePath("plain-file"));
    QCOMPARE(r2.exitCode, 3);
    QCOMPARE(r2.errLines().size(), 1);
    QCOMPARE(entries(dir.path()), QStringList{"plain-file"});
}

void TestHeadlessRunner::unwritableOutputFileLeavesNothing()
{
    // A folder where metrics.csv should go: the files renamed before it must not stay behind.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("metrics.csv"));
    const auto r = run(m_scenario, dir.path());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains("metrics.csv"), r.err.constData());
    QCOMPARE(entries(dir.path()), QStringList{"metrics.csv"});
}

QTEST_GUILESS_MAIN(TestHeadlessRunner)
#include "tst_headlessrunner.moc"
