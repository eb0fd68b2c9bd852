// SPDX-License-Identifier: GPL-3.0-or-later
// Trace replay: every format replays exactly what its file says, streams, and names the line of
// anything it cannot read. The files are strings made here; the opener hands them out.
#include "coretesting.h"
#include "rng.h"
#include "tracereader.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <numeric>
#include <sstream>

using namespace lle;
using namespace lle::testing;

namespace {

/// An opener over in-memory files; counts how often each was opened.
struct Files {
    std::map<std::string, std::string> text;
    std::shared_ptr<std::map<std::string, int>> opened = std::make_shared<std::map<std::string, int>>();
    StreamOpener opener() const
    {
        return [text = text, opened = opened](const std::string &path) -> std::unique_ptr<std::istream> {
            const auto it = text.find(path);
            if (it == text.end())
                return nullptr;
            ++(*opened)[path];
            return std::make_unique<std::istringstream>(it->second);
        };
    }
};

Scenario traceScenario(TraceFormat format, double durationS = 100)
{
    Scenario s = handScenario();
    s.durationS = durationS;
    s.workload.pattern = WorkloadPattern::Trace;
    s.workload.trace.format = format;
    s.workload.trace.path = "trace.csv";
    return s;
}

std::vector<double> arrivalsOf(const Recorder &rec)
{
    std::vector<InvocationRecord> all = rec.completed;
    all.insert(all.end(), rec.throttled.begin(), rec.throttled.end());
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::vector<double> t;
    for (const auto &i : all)
        t.push_back(i.arrivalMs);
    return t;
}

/// Every arrival of a process (and its handler time) up to the end.
struct Drained {
    std::vector<double> t, handler;
};
Drained drain(ArrivalProcess &p, std::uint64_t seed = 1)
{
    Rng rng(seed, 1);
    Drained d;
    for (double t = p.next(rng); std::isfinite(t); t = p.next(rng)) {
        d.t.push_back(t);
        d.handler.push_back(p.handlerMsOfLast());
    }
    return d;
}

std::unique_ptr<std::istream> stream(const std::string &s) { return std::make_unique<std::istringstream>(s); }

/// An Azure 2019 invocation file: one row per function with the given counts in the first minutes.
std::string azure2019(const std::vector<std::pair<std::string, std::vector<int>>> &rows)
{
    std::string out = "HashOwner,HashApp,HashFunction,Trigger";
    for (int m = 1; m <= 1440; ++m) {
        out += ',';
        out += std::to_string(m);
    }
    out += "\n";
    for (const auto &[hash, counts] : rows) {
        out += "owner" + hash + ",app" + hash + "," + hash + ",http";
        for (int m = 0; m < 1440; ++m) {
            out += ',';
            out += std::to_string(m < static_cast<int>(counts.size()) ? counts[static_cast<std::size_t>(m)] : 0);
        }
        out += "\n";
    }
    return out;
}

const char *kDurationsHeader = "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,"
                               "percentile_Average_1,percentile_Average_25,percentile_Average_50,"
                               "percentile_Average_75,percentile_Average_99,percentile_Average_100\n";

std::size_t errorLine(const std::function<void()> &f, TraceErrorKind *kind = nullptr)
{
    try {
        f();
    } catch (const TraceError &e) {
        if (kind)
            *kind = e.kind();
        return e.line();
    }
    return static_cast<std::size_t>(-1);
}

}  // namespace

class TestTraceReplay : public QObject {
    Q_OBJECT

private slots:
    void resolvesPathsAgainstTheScenarioFolder();
    void timestampsReplayExactlyTheirArrivals();
    void timestampsDurationSetsHandlerTime();
    void timestampsSkipBeforeStart();
    void timestampsTenantColumn();
    void timestampsBadLines_data();
    void timestampsBadLines();
    void badLineSurfacesFromTheSimulator();
    void unreadableFileIsReported();
    void azure2019CountsSumToArrivals_data();
    void azure2019CountsSumToArrivals();
    void azure2019UniformIsEvenlySpaced();
    void azure2019RankPicksTheMostInvoked();
    void azure2019FunctionPicksByHash();
    void azure2019DurationsShapeHandlerTimes();
    void azure2019ReplaysThroughTheSimulator();
    void azure2019BadLines_data();
    void azure2019BadLines();
    void azure2021FiltersPickExactlyTheMatchingRows();
    void azure2021ReplaysThroughTheSimulator();
    void azure2021RowOutsideTheReorderWindowIsAnError();
    void azure2021BadLines_data();
    void azure2021BadLines();
    void progressReportsBytesAndCancelStops();
};

void TestTraceReplay::resolvesPathsAgainstTheScenarioFolder()
{
    QCOMPARE(resolveTracePath("/data/scenarios", "trace.csv"), std::string("/data/scenarios/trace.csv"));
    QCOMPARE(resolveTracePath("/data/scenarios/", "sub/t.csv"), std::string("/data/scenarios/sub/t.csv"));
    QCOMPARE(resolveTracePath("/data", "/abs/t.csv"), std::string("/abs/t.csv"));
    QCOMPARE(resolveTracePath("", "t.csv"), std::string("t.csv"));
}

void TestTraceReplay::timestampsReplayExactlyTheirArrivals()
{
    Files files;
    // Equal timestamps are allowed; 100 s and later fall at or after the end of a 100 s run.
    files.text["/base/trace.csv"] = "timestamp_s\r\n0.5\r\n1\r\n1\r\n2.25\r\n\r\n99.999\r\n100\r\n150\r\n";
    const Scenario s = traceScenario(TraceFormat::Timestamps);
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "/base", files.opener());
    Run run(s, o);
    const std::vector<double> expected{500, 1000, 1000, 2250, 99999};
    QCOMPARE(arrivalsOf(run.rec), expected);
    QCOMPARE(run.summary.requests.total, std::uint64_t(5));
    // Without duration_ms the model's handler time applies (hand scenario: fixed 100 ms).
    for (const auto &i : run.rec.completed)
        QCOMPARE(i.durationMs, 100.0);
}

void TestTraceReplay::timestampsDurationSetsHandlerTime()
{
    Files files;
    files.text["trace.csv"] = "duration_ms , timestamp_s\n250,1\n1000,2\n\"12.5\",\"3\"\n";
    const Scenario s = traceScenario(TraceFormat::Timestamps);
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "", files.opener());
    Run run(s, o);
    QCOMPARE(run.rec.completed.size(), std::size_t(3));
    std::map<double, double> byArrival;
    for (const auto &i : run.rec.completed)
        byArrival[i.arrivalMs] = i.durationMs;
    QCOMPARE(byArrival[1000], 250.0);
    QCOMPARE(byArrival[2000], 1000.0);
    QCOMPARE(byArrival[3000], 12.5);
}

void TestTraceReplay::timestampsTenantColumn()
{
    // Tenants by ID, numbered as they appear; under tenant isolation each is cold once (requests
    // 1 s apart, 100 ms each, idle timeout 600 s), and without it the same trace is cold once.
    Files files;
    files.text["trace.csv"] = "timestamp_s,tenant\n1,acme\n2,globex\n3,acme\n4, initech \n5,globex\n6,acme\n";
    Scenario s = traceScenario(TraceFormat::Timestamps);
    s.function.tenantIsolation = true;
    s.workload.tenants.count = 1;   // the trace's tenants win over the Zipf draw
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "", files.opener());
    Run run(s, o);
    QCOMPARE(run.summary.requests.completed, std::uint64_t(6));
    QCOMPARE(run.summary.requests.cold, std::uint64_t(3));
    std::map<double, int> tenantAt;
    for (const auto &i : run.rec.completed)
        tenantAt[i.arrivalMs] = i.tenant;
    QCOMPARE(tenantAt[1000], 0);
    QCOMPARE(tenantAt[2000], 1);
    QCOMPARE(tenantAt[3000], 0);
    QCOMPARE(tenantAt[4000], 2);
    QCOMPARE(tenantAt[6000], 0);
    s.function.tenantIsolation = false;
    Run shared(s, o);
    QCOMPARE(shared.summary.requests.cold, std::uint64_t(1));
}

void TestTraceReplay::timestampsSkipBeforeStart()
{
    auto p = makeTimestampsProcess(stream("timestamp_s\n1\n2\n3\n4\n"), "t.csv", 2000, 4000);
    const auto d = drain(*p);
    QCOMPARE(d.t, (std::vector<double>{2000, 3000}));
    QVERIFY(std::isnan(d.handler[0]));
}

void TestTraceReplay::timestampsBadLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("empty file") << "" << 1;
    QTest::newRow("no timestamp column") << "duration_ms\n1\n" << 1;
    QTest::newRow("extra column") << "timestamp_s,region\n1,eu\n" << 1;
    QTest::newRow("empty tenant") << "timestamp_s,tenant\n1,a\n2,\n" << 3;
    QTest::newRow("column twice") << "timestamp_s,timestamp_s\n1,1\n" << 1;
    QTest::newRow("not a number") << "timestamp_s\n1\nsoon\n" << 3;
    QTest::newRow("decreasing") << "timestamp_s\n1\n2\n1.5\n" << 4;
    QTest::newRow("negative") << "timestamp_s\n-1\n" << 2;
    QTest::newRow("too many fields") << "timestamp_s\n1\n2,3\n" << 3;
    QTest::newRow("bad duration") << "timestamp_s,duration_ms\n1,5\n2,-5\n" << 3;
    QTest::newRow("after a blank line") << "timestamp_s\n1\n\n2x\n" << 4;
}

void TestTraceReplay::timestampsBadLines()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    TraceErrorKind kind{};
    const std::size_t got = errorLine([&] {
        auto p = makeTimestampsProcess(stream(text.toStdString()), "t.csv", 0, 1e9);
        drain(*p);
    }, &kind);
    QCOMPARE(got, static_cast<std::size_t>(line));
    QCOMPARE(kind, TraceErrorKind::BadLine);
}

void TestTraceReplay::badLineSurfacesFromTheSimulator()
{
    Files files;
    files.text["trace.csv"] = "timestamp_s\n1\n2\n3\nfour\n";
    const Scenario s = traceScenario(TraceFormat::Timestamps);
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "", files.opener());
    try {
        Run run(s, o);
        QFAIL("no error");
    } catch (const TraceError &e) {
        QCOMPARE(e.line(), std::size_t(5));
        QCOMPARE(e.file(), std::string("trace.csv"));
        QVERIFY(std::string(e.what()).starts_with("trace.csv:5: "));
        QVERIFY(e.detail().find("four") != std::string::npos);
    }
}

void TestTraceReplay::unreadableFileIsReported()
{
    Files files;
    TraceSpec t;
    t.path = "missing.csv";
    TraceErrorKind kind{};
    errorLine([&] { makeTraceArrivals(t, "/x", files.opener()); }, &kind);
    QCOMPARE(kind, TraceErrorKind::Unreadable);
    // Also for the percentile file of azure2019.
    files.text["/x/inv.csv"] = azure2019({{"f", {1}}});
    t.path = "inv.csv";
    t.format = TraceFormat::Azure2019;
    t.rank = 1;
    t.durationsPath = "nope.csv";
    kind = {};
    errorLine([&] { makeTraceArrivals(t, "/x", files.opener()); }, &kind);
    QCOMPARE(kind, TraceErrorKind::Unreadable);
}

void TestTraceReplay::azure2019CountsSumToArrivals_data()
{
    QTest::addColumn<int>("spread");
    QTest::newRow("uniform") << static_cast<int>(TraceSpread::Uniform);
    QTest::newRow("poisson") << static_cast<int>(TraceSpread::Poisson);
}

void TestTraceReplay::azure2019CountsSumToArrivals()
{
    QFETCH(int, spread);
    Azure2019Function f;
    f.perMinute.assign(1440, 0);
    Rng gen(7);
    for (int m = 0; m < 1440; m += 1 + static_cast<int>(gen.below(5)))
        f.perMinute[static_cast<std::size_t>(m)] = static_cast<std::uint32_t>(gen.below(50));
    f.perMinute[1439] = 17;   // the last minute counts too
    const auto shared = std::make_shared<const Azure2019Function>(f);
    auto p = makeAzure2019Process(shared, static_cast<TraceSpread>(spread), 0, 86400e3);
    const auto d = drain(*p);
    const auto total = std::accumulate(f.perMinute.begin(), f.perMinute.end(), std::uint64_t(0));
    QCOMPARE(d.t.size(), total);
    QVERIFY(std::is_sorted(d.t.begin(), d.t.end()));
    std::vector<std::uint32_t> perMinute(1440, 0);
    for (double t : d.t)
        ++perMinute[static_cast<std::size_t>(t / 60000)];
    QCOMPARE(perMinute, f.perMinute);
    // Arrivals at or after the end are dropped; before the start, skipped.
    auto cut = makeAzure2019Process(shared, static_cast<TraceSpread>(spread), 3 * 60000.0, 10 * 60000.0);
    const auto dc = drain(*cut);
    const auto inWindow = std::accumulate(f.perMinute.begin() + 3, f.perMinute.begin() + 10, std::uint64_t(0));
    QCOMPARE(dc.t.size(), inWindow);
}

void TestTraceReplay::azure2019UniformIsEvenlySpaced()
{
    Azure2019Function f;
    f.perMinute.assign(1440, 0);
    f.perMinute[2] = 4;
    auto p = makeAzure2019Process(std::make_shared<const Azure2019Function>(f), TraceSpread::Uniform, 0, 1e12);
    QCOMPARE(drain(*p).t, (std::vector<double>{127500, 142500, 157500, 172500}));
}

void TestTraceReplay::azure2019RankPicksTheMostInvoked()
{
    Files files;
    // Totals: a 6, b 30, c 12, d 12 (a tie: the earlier row ranks higher), e 0.
    files.text["inv.csv"] = azure2019({{"a", {1, 2, 3}}, {"b", {10, 0, 20}}, {"c", {12}}, {"d", {0, 0, 0, 12}}, {"e", {}}});
    const auto open = files.opener();
    QCOMPARE(findAzure2019ByRank(open, "inv.csv", 1).function, std::string("b"));
    QCOMPARE(findAzure2019ByRank(open, "inv.csv", 2).function, std::string("c"));
    QCOMPARE(findAzure2019ByRank(open, "inv.csv", 3).function, std::string("d"));
    QCOMPARE(findAzure2019ByRank(open, "inv.csv", 4).function, std::string("a"));
    const auto fifth = findAzure2019ByRank(open, "inv.csv", 5);
    QCOMPARE(fifth.function, std::string("e"));
    QCOMPARE(fifth.line, std::size_t(6));
    const auto first = findAzure2019ByRank(open, "inv.csv", 1);
    QCOMPARE(first.total, std::uint64_t(30));
    QCOMPARE(first.owner, std::string("ownerb"));
    QCOMPARE(first.perMinute[2], std::uint32_t(20));
    TraceErrorKind kind{};
    errorLine([&] { findAzure2019ByRank(open, "inv.csv", 6); }, &kind);
    QCOMPARE(kind, TraceErrorKind::NoMatch);
}

void TestTraceReplay::azure2019FunctionPicksByHash()
{
    Files files;
    files.text["inv.csv"] = azure2019({{"a", {1, 2, 3}}, {"b", {10, 0, 20}}});
    const auto f = findAzure2019ByHash(files.opener(), "inv.csv", "a");
    QCOMPARE(f.total, std::uint64_t(6));
    QCOMPARE(f.line, std::size_t(2));
    TraceErrorKind kind{};
    errorLine([&] { findAzure2019ByHash(files.opener(), "inv.csv", "zz"); }, &kind);
    QCOMPARE(kind, TraceErrorKind::NoMatch);

    // Through the scenario: `function` wins when rank is 0.
    TraceSpec t;
    t.path = "inv.csv";
    t.format = TraceFormat::Azure2019;
    t.function = "a";
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Trace;
    w.trace = t;
    auto p = makeTraceArrivals(t, "", files.opener())(w, 0, 1e9);
    QCOMPARE(drain(*p).t.size(), std::size_t(6));
}

void TestTraceReplay::azure2019DurationsShapeHandlerTimes()
{
    QCOMPARE(azure2019DurationMs({10, 20, 30, 40, 50, 90, 100}, 0.0), 10.0);
    QCOMPARE(azure2019DurationMs({10, 20, 30, 40, 50, 90, 100}, 0.5), 40.0);
    QCOMPARE(azure2019DurationMs({10, 20, 30, 40, 50, 90, 100}, 0.625), 45.0);
    QCOMPARE(azure2019DurationMs({10, 20, 30, 40, 50, 90, 100}, 1.0), 100.0);

    Files files;
    files.text["d/inv.csv"] = azure2019({{"a", {5}}, {"b", std::vector<int>(20, 2000)}});
    files.text["d/dur.csv"] = std::string(kDurationsHeader)
                            + "ownera,appa,a,1,1,1,1,1,1,1,1,1,1,1\n"
                              "ownerb,appb,b,45,40000,10,100,10,20,30,40,50,90,100\n";
    TraceSpec t;
    t.path = "inv.csv";
    t.format = TraceFormat::Azure2019;
    t.rank = 1;
    t.spread = TraceSpread::Poisson;
    t.durationsPath = "dur.csv";
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Trace;
    w.trace = t;
    auto p = makeTraceArrivals(t, "d", files.opener())(w, 0, 1e12);
    auto d = drain(*p);
    QCOMPARE(d.t.size(), std::size_t(40000));
    std::sort(d.handler.begin(), d.handler.end());
    QVERIFY(d.handler.front() >= 10 && d.handler.back() <= 100);
    const auto at = [&](double q) { return d.handler[static_cast<std::size_t>(q * (d.handler.size() - 1))]; };
    QVERIFY2(std::abs(at(0.5) - 40) < 0.5, std::to_string(at(0.5)).c_str());
    QVERIFY(std::abs(at(0.25) - 30) < 0.5);
    QVERIFY(std::abs(at(0.90) - 75) < 1.0);   // between p75 = 50 and p99 = 90: 50 + 40 · 15/24
    // Percentiles that decrease are a bad line.
    files.text["d/bad.csv"] = std::string(kDurationsHeader) + "ownerb,appb,b,45,40000,10,100,10,20,30,25,50,90,100\n";
    t.durationsPath = "bad.csv";
    QCOMPARE(errorLine([&] { makeTraceArrivals(t, "d", files.opener()); }), std::size_t(2));
}

void TestTraceReplay::azure2019ReplaysThroughTheSimulator()
{
    Files files;
    files.text["inv.csv"] = azure2019({{"a", {1, 2, 3}}, {"b", {10, 0, 20, 5, 5, 7}}});
    Scenario s = traceScenario(TraceFormat::Azure2019, 240);   // four minutes: 10 + 0 + 20 + 5
    s.workload.trace.path = "inv.csv";
    s.workload.trace.rank = 1;
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "", files.opener());
    // One rank pass and one fetch, then nothing more: the factory does not reread for the run.
    QCOMPARE((*files.opened)["inv.csv"], 2);
    Run run(s, o);
    QCOMPARE(run.summary.requests.total, std::uint64_t(35));
    QCOMPARE((*files.opened)["inv.csv"], 2);
    const auto t = arrivalsOf(run.rec);
    QCOMPARE(t.front(), 3000.0);   // minute 1, 10 arrivals: the first at 0.5 · 6 s
}

void TestTraceReplay::azure2019BadLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const std::string good = azure2019({{"a", {1}}, {"b", {2}}, {"c", {3}}});
    const auto lines = [&] {
        std::vector<std::string> v;
        std::istringstream in(good);
        for (std::string l; std::getline(in, l);)
            v.push_back(l);
        return v;
    }();
    auto join = [](const std::vector<std::string> &v) {
        std::string s;
        for (const auto &l : v)
            s += l + "\n";
        return QString::fromStdString(s);
    };
    auto edited = lines;
    edited[2] = edited[2].substr(0, edited[2].rfind(','));   // 1,443 fields
    QTest::newRow("short row") << join(edited) << 3;
    edited = lines;
    edited[3] += ",5";
    QTest::newRow("long row") << join(edited) << 4;
    edited = lines;
    edited[3].replace(edited[3].find(",http,3,") + 6, 1, "x");
    QTest::newRow("not a count") << join(edited) << 4;
    edited = lines;
    edited[2].replace(edited[2].find(",http,2,") + 6, 1, "-2");
    QTest::newRow("negative count") << join(edited) << 3;
    edited = lines;
    edited[0].replace(edited[0].find(",1,2,"), 5, ",1,3,");
    QTest::newRow("header") << join(edited) << 1;
}

void TestTraceReplay::azure2019BadLines()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    Files files;
    files.text["inv.csv"] = text.toStdString();
    // The rank pass reads every row; the hash search reads up to its row.
    QCOMPARE(errorLine([&] { findAzure2019ByRank(files.opener(), "inv.csv", 1); }), static_cast<std::size_t>(line));
    QCOMPARE(errorLine([&] { findAzure2019ByHash(files.opener(), "inv.csv", "c"); }), static_cast<std::size_t>(line));
}

void TestTraceReplay::azure2021FiltersPickExactlyTheMatchingRows()
{
    // Rows in end order, so arrivals (end − duration) are out of order; other apps and functions mixed in.
    const std::string text = "app,func,end_timestamp,duration\n"
                             "a1,f1,1.0,0.5\n"
                             "a1,f2,1.2,0.1\n"
                             "a2,f1,1.5,0.2\n"
                             "a1,f1,2.0,1.8\n"
                             "a1,f1,2.5,0.1\n"
                             "a1,f1,4.0,0.25\n"
                             "a2,f2,5.0,1.0\n";
    auto p = makeAzure2021Process(stream(text), "inv21.csv", "a1", "f1", 0, 1e9);
    const auto d = drain(*p);
    QCOMPARE(d.t.size(), std::size_t(4));
    QCOMPARE(d.t[0], 200.0);
    QCOMPARE(d.t[1], 500.0);
    QCOMPARE(d.t[2], 2400.0);
    QCOMPARE(d.t[3], 3750.0);
    QCOMPARE(d.handler[0], 1800.0);
    QCOMPARE(d.handler[1], 500.0);
    QCOMPARE(d.handler[2], 100.0);
    QCOMPARE(d.handler[3], 250.0);
    // An empty filter matches every value of its column.
    auto all = makeAzure2021Process(stream(text), "inv21.csv", "", "f1", 0, 1e9);
    QCOMPARE(drain(*all).t.size(), std::size_t(5));
    // A filter that matches nothing is an error, not a silent empty run.
    TraceErrorKind kind{};
    errorLine([&] {
        auto none = makeAzure2021Process(stream(text), "inv21.csv", "a9", "f1", 0, 1e9);
        drain(*none);
    }, &kind);
    QCOMPARE(kind, TraceErrorKind::NoMatch);
}

void TestTraceReplay::azure2021ReplaysThroughTheSimulator()
{
    Files files;
    files.text["inv21.csv"] = "end_timestamp,duration,app,func\n"
                              "1.0,0.5,a1,f1\n"
                              "2.0,1.8,a1,f1\n"
                              "3.0,0.1,a1,f2\n"
                              "250,0.5,a1,f1\n";   // arrives after a 100 s run: dropped
    Scenario s = traceScenario(TraceFormat::Azure2021);
    s.workload.trace.path = "inv21.csv";
    s.workload.trace.app = "a1";
    s.workload.trace.func = "f1";
    SimulationOptions o;
    o.arrivals = makeTraceArrivals(s.workload.trace, "", files.opener());
    Run run(s, o);
    QCOMPARE(arrivalsOf(run.rec), (std::vector<double>{200, 500}));
    std::map<double, double> byArrival;
    for (const auto &i : run.rec.completed)
        byArrival[i.arrivalMs] = i.durationMs;
    QCOMPARE(byArrival[200], 1800.0);
    QCOMPARE(byArrival[500], 500.0);
}

void TestTraceReplay::azure2021RowOutsideTheReorderWindowIsAnError()
{
    const std::string text = "app,func,end_timestamp,duration\n"
                             "a,f,10,1\n"
                             "a,f,20,1\n"
                             "a,f,30,1\n"
                             "a,f,31,25\n";   // arrives at 6 s, after 9 s and 19 s were replayed
    TraceOptions o;
    o.reorderWindowS = 5;
    const std::size_t line = errorLine([&] {
        auto p = makeAzure2021Process(stream(text), "inv21.csv", "a", "f", 0, 1e9, o);
        drain(*p);
    });
    QCOMPARE(line, std::size_t(5));
    // With a window wider than the longest run it is put in its place.
    o.reorderWindowS = 60;
    auto p = makeAzure2021Process(stream(text), "inv21.csv", "a", "f", 0, 1e9, o);
    QCOMPARE(drain(*p).t, (std::vector<double>{6000, 9000, 19000, 29000}));
}

void TestTraceReplay::azure2021BadLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("missing column") << "app,func,end_timestamp\na,f,1\n" << 1;
    QTest::newRow("unknown column") << "app,func,end_timestamp,duration,x\n" << 1;
    QTest::newRow("bad duration") << "app,func,end_timestamp,duration\na,f,1,0.1\nb,g,2,abc\n" << 3;
    QTest::newRow("negative duration") << "app,func,end_timestamp,duration\na,f,1,-0.1\n" << 2;
    QTest::newRow("fields") << "app,func,end_timestamp,duration\na,f,1,0.1\na,f,1\n" << 3;
}

void TestTraceReplay::azure2021BadLines()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const std::size_t got = errorLine([&] {
        auto p = makeAzure2021Process(stream(text.toStdString()), "inv21.csv", "a", "f", 0, 1e9);
        drain(*p);
    });
    QCOMPARE(got, static_cast<std::size_t>(line));
}

void TestTraceReplay::progressReportsBytesAndCancelStops()
{
    Files files;
    std::vector<std::pair<std::string, std::vector<int>>> rows;
    for (int i = 0; i < 200; ++i)
        rows.push_back({std::to_string(i).insert(0, 1, 'f'), std::vector<int>(1440, i % 7)});
    files.text["inv.csv"] = azure2019(rows);
    std::vector<std::uint64_t> reported;
    TraceOptions o;
    o.progress = [&](std::uint64_t bytes) { reported.push_back(bytes); };
    findAzure2019ByRank(files.opener(), "inv.csv", 3, o);
    QVERIFY(reported.size() > 2);
    QVERIFY(std::is_sorted(reported.begin(), reported.begin() + static_cast<std::ptrdiff_t>(reported.size() / 2)));
    QVERIFY(std::find(reported.begin(), reported.end(), files.text["inv.csv"].size()) != reported.end());

    std::atomic<bool> cancel{true};
    o.cancel = &cancel;
    TraceErrorKind kind{};
    errorLine([&] { findAzure2019ByRank(files.opener(), "inv.csv", 3, o); }, &kind);
    QCOMPARE(kind, TraceErrorKind::Cancelled);
    // A cancelled process just ends its arrivals.
    auto p = makeTimestampsProcess(stream("timestamp_s\n1\n2\n"), "t.csv", 0, 1e9, o);
    QVERIFY(drain(*p).t.empty());
}

QTEST_GUILESS_MAIN(TestTraceReplay)
#include "tst_tracereplay.moc"
