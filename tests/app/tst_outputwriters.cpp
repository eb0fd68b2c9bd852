// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputwriters.h"

#include "scenarioio.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace lle;

class TestOutputWriters : public QObject {
    Q_OBJECT

private slots:
    void invocationsComeOutInIdOrder();
    void rowFormats();
    void selectionWritesOnlyThoseFiles();
    void discardLeavesNothing();
    void unopenableFileLeavesNothing();
    void failedRenameLeavesNothing();
    void targetFolderIsRefusedAtOpen();
    void summaryKeepsContractOrder();
    void reorderBufferStaysSmall();

private:
    static QList<QByteArray> lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> l = f.readAll().split('\n');
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    }
    static QStringList entries(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    static InvocationRecord invocation(std::uint64_t id)
    {
        InvocationRecord r;
        r.id = id;
        r.arrivalMs = static_cast<double>(id) * 10;
        r.startMs = r.arrivalMs;
        r.endMs = r.arrivalMs + 5;
        r.envId = 1;
        r.durationMs = 5;
        r.billedMs = 5;
        r.latencyMs = 5;
        return r;
    }
};

void TestOutputWriters::invocationsComeOutInIdOrder()
{
    QTemporaryDir dir;
    OutputWriters w(dir.path(), OutputSelection{false, true, false, false, false});
    QVERIFY(w.open());
    for (const std::uint64_t id : {3u, 1u, 2u, 6u, 5u, 4u, 7u}) {
        InvocationRecord r = invocation(id);
        if (id == 5) {
            r.startType = r.startedAs = StartType::Throttled;
            r.envId = 0;
            w.requestThrottled(r);
        } else {
            w.requestCompleted(r);
        }
    }
    QCOMPARE(w.reorderPeak(), std::size_t(3));
    QVERIFY(w.finish(Summary{}, {}, false));
    const auto rows = lines(dir.filePath("invocations.csv"));
    QCOMPARE(rows.size(), 8);
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows[i].split(',').first().toInt(), i);
    QCOMPARE(entries(dir.path()), QStringList{"invocations.csv"});
}

void TestOutputWriters::rowFormats()
{
    InvocationRecord inv;
    inv.id = 12;
    inv.kind = RequestKind::Request;
    inv.arrivalMs = 1000;
    inv.startMs = 1298.0004;
    inv.endMs = 1548.25;
    inv.envId = 3;
    inv.startType = inv.startedAs = StartType::Cold;
    inv.coldReason = ColdReason::ScaleOut;
    inv.initMs = 238;
    inv.durationMs = 250.25;
    inv.billedMs = 489;
    inv.latencyMs = 548.25;
    inv.costUsd = 0.0000002 + 0.489 * 1769.0 / 1024.0 * 0.0000166667;
    std::string s;
    appendInvocationRow(s, inv);
    QCOMPARE(QByteArray::fromStdString(s),
             QByteArray("12,request,1000,1298,1548.25,3,cold,scale_out,238,0,250.25,489,548.25,0.00001427947152\n"));

    InvocationRecord throttled;
    throttled.id = 13;
    throttled.kind = RequestKind::Ping;
    throttled.arrivalMs = throttled.startMs = throttled.endMs = 1200;
    throttled.startType = throttled.startedAs = StartType::Throttled;
    s.clear();
    appendInvocationRow(s, throttled);
    // No environment: the env_id field is empty, as cold_reason is.
    QCOMPARE(QByteArray::fromStdString(s), QByteArray("13,ping,1200,1200,1200,,throttled,,0,0,0,0,0,0\n"));

    s.clear();
    appendEnvironmentRow(s, EnvironmentRecord{4, EnvKind::Provisioned, 2048, -350.5, 0, 60000, 17, EndReason::EndOfRun});
    QCOMPARE(QByteArray::fromStdString(s), QByteArray("4,provisioned,-350.5,0,60000,17,end_of_run\n"));

    s.clear();
    appendTimelineRow(s, PhaseSegment{4, Phase::Invoke, 10, 70.125, 99});
    appendTimelineRow(s, PhaseSegment{4, Phase::Frozen, 70.125, 90, 0});
    QCOMPARE(QByteArray::fromStdString(s), QByteArray("4,invoke,10,70.125,99\n4,frozen,70.125,90,\n"));

    MetricsRow m;
    m.tS = 3;
    m.arrivals = 5;
    m.completed = 4;
    m.throttled = 1;
    m.cold = 1;
    m.warm = 3;
    m.environments = 2.5;
    m.busy = 1.25;
    m.idle = 1.25;
    m.initializing = 0.1234567;
    m.p50Ms = 62.0001;
    m.p99Ms = 300.5;
    m.costUsdCum = 0.00012345678912;
    s.clear();
    appendMetricsRow(s, m);
    QCOMPARE(QByteArray::fromStdString(s), QByteArray("3,5,4,1,1,3,2.5,1.25,1.25,0.123457,62,300.5,0.0001234567891\n"));
}

void TestOutputWriters::selectionWritesOnlyThoseFiles()
{
    QTemporaryDir dir;
    OutputWriters w(dir.path(), OutputSelection{});
    QVERIFY(w.open());
    QVERIFY(w.finish(Summary{}, {MetricsRow{}}, false));
    QCOMPARE(entries(dir.path()),
             (QStringList{"environments.csv", "invocations.csv", "metrics.csv", "summary.json", "timeline.csv"}));
    QCOMPARE(lines(dir.filePath("invocations.csv")), QList<QByteArray>{QByteArray(kInvocationsHeader.data())});
    QCOMPARE(lines(dir.filePath("metrics.csv")).size(), 2);
    QCOMPARE(w.filePaths().size(), 5);

    QTemporaryDir other;
    OutputWriters m(other.path(), OutputSelection{false, false, false, false, true});
    QVERIFY(m.open());
    QVERIFY(m.finish(Summary{}, {}, false));
    QCOMPARE(entries(other.path()), QStringList{"metrics.csv"});
}

void TestOutputWriters::discardLeavesNothing()
{
    QTemporaryDir dir;
    {
        OutputWriters w(dir.path(), OutputSelection{});
        QVERIFY(w.open());
        w.requestCompleted(invocation(1));
        w.phaseSegment(PhaseSegment{1, Phase::Invoke, 0, 5, 1});
        w.discard();
        QCOMPARE(entries(dir.path()), QStringList());
    }
    {
        // Destroyed without finish(): a run that threw.
        OutputWriters w(dir.path(), OutputSelection{});
        QVERIFY(w.open());
        w.requestCompleted(invocation(1));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestOutputWriters::unopenableFileLeavesNothing()
{
    QTemporaryDir dir;
    const QString under = dir.filePath("file/out");
    QFile f(dir.filePath("file"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    OutputWriters w(under, OutputSelection{});
    QVERIFY(!w.open());
    QVERIFY(w.failed());
    QVERIFY2(w.errorString().startsWith(under), qPrintable(w.errorString()));
    QCOMPARE(entries(dir.path()), QStringList{"file"});
}

void TestOutputWriters::failedRenameLeavesNothing()
{
    // metrics.csv is renamed last. A folder that appears in its place after the files were opened
    // makes that rename fail once the other files were renamed already, and they must go again.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("summary.json"), "from an earlier run"));
    OutputWriters w(dir.path(), OutputSelection{});
    QVERIFY(w.open());
    w.requestCompleted(invocation(1));
    QVERIFY(QDir(dir.path()).mkdir("metrics.csv"));
    QVERIFY(!w.finish(Summary{}, {MetricsRow{}}, false));
    QVERIFY(w.failed());
    QVERIFY2(w.errorString().startsWith(QDir::toNativeSeparators(dir.filePath("metrics.csv")) + ": "),
             qPrintable(w.errorString()));
    QCOMPARE(entries(dir.path()), QStringList{"metrics.csv"});
    QVERIFY(QFileInfo(dir.filePath("metrics.csv")).isDir());
}

void TestOutputWriters::targetFolderIsRefusedAtOpen()
{
    // Found before the run starts, not after an hour of simulation.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("timeline.csv"));
    OutputWriters w(dir.path(), OutputSelection{});
    QVERIFY(!w.open());
    QVERIFY2(w.errorString().contains(QLatin1String("timeline.csv")), qPrintable(w.errorString()));
    QCOMPARE(entries(dir.path()), QStringList{"timeline.csv"});
}

void TestOutputWriters::summaryKeepsContractOrder()
{
    Summary s;
    s.scenario = "x";
    s.seed = 7;
    s.durationS = 60;
    s.wallMs = 123.4;
    const std::string text = summaryJsonText(s, false);
    QVERIFY(text.ends_with("}\n"));
    QVERIFY(text.starts_with("{\n  \"schema\": \"lambda-explorer/summary@1\",\n  \"scenario\": \"x\",\n  \"seed\": 7,\n"));
    const auto j = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto &[key, value] : j.items())
        keys.push_back(key);
    const std::vector<std::string> expected = {
        "schema", "scenario", "seed", "duration_s", "requests", "cold_start_ratio", "latency_ms", "cold_latency_ms",
        "warm_latency_ms", "environments", "gb_seconds", "cost_usd", "cost_per_million_requests_usd", "simulation"};
    QCOMPARE(keys, expected);
    std::vector<std::string> cost;
    for (const auto &[key, value] : j["cost_usd"].items())
        cost.push_back(key);
    QCOMPARE(cost.front(), std::string("requests"));
    QCOMPARE(cost.back(), std::string("total"));
    QCOMPARE(j["simulation"]["wall_ms"].get<double>(), 0.0);
    QCOMPARE(nlohmann::json::parse(summaryJsonText(s, true))["simulation"]["wall_ms"].get<double>(), 123.0);
}

void TestOutputWriters::reorderBufferStaysSmall()
{
    // 20,000 requests whose completions overtake each other (lognormal handlers, cold starts):
    // only the requests in flight wait, not the run.
    Scenario s = defaultScenario();
    s.durationS = 200;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 100;
    s.function.handler.cv = 1.0;
    QTemporaryDir dir;
    OutputWriters w(dir.path(), OutputSelection{false, true, false, false, false});
    QVERIFY(w.open());
    Simulator sim(s);
    sim.setObserver(&w);
    sim.run();
    const Summary summary = sim.summary();
    QVERIFY(summary.requests.total > 15000);
    QVERIFY2(w.reorderPeak() > 0, "completions never overtook each other: the test shows nothing");
    // A record waits at most while the oldest request in flight runs: bounded by the arrivals
    // during the longest latency, not by the length of the run.
    const double window = s.workload.ratePerS * summary.latency.max / 1000.0;
    QVERIFY2(static_cast<double>(w.reorderPeak()) <= 2 * window + 20,
             qPrintable(QStringLiteral("peak %1, arrivals in the longest latency %2").arg(w.reorderPeak()).arg(window)));
    QVERIFY(w.reorderPeak() < summary.requests.total / 50);
    QVERIFY(w.finish(summary, sim.metrics(), false));
    const auto rows = lines(dir.filePath("invocations.csv"));
    QCOMPARE(static_cast<std::uint64_t>(rows.size() - 1), summary.requests.total + summary.requests.keepWarmPings);
}

QTEST_GUILESS_MAIN(TestOutputWriters)
#include "tst_outputwriters.moc"
