// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration from CloudWatch logs: synthetic logs with known parameters go in, the parameters
// must come back out; every malformed report is named by its line.
#include "calibration.h"
#include "durationmodel.h"
#include "rng.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <QtTest>

#include <cstdio>
#include <sstream>

using namespace lle;

namespace {

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string reportLine(int id, double duration, int memory, double init = -1)
{
    std::string l = "REPORT RequestId: 8f5e-" + std::to_string(id) + "\tDuration: " + fmt(duration)
                  + " ms\tBilled Duration: " + std::to_string(static_cast<int>(std::ceil(duration + std::max(init, 0.0))))
                  + " ms\tMemory Size: " + std::to_string(memory) + " MB\tMax Memory Used: 56 MB";
    if (init >= 0)
        l += "\tInit Duration: " + fmt(init) + " ms";
    return l + "\t";
}

std::string jsonReport(double duration, int memory, double init = -1)
{
    std::string m = "{\"durationMs\":" + fmt(duration) + ",\"billedDurationMs\":" + std::to_string(static_cast<int>(std::ceil(duration)))
                  + ",\"memorySizeMB\":" + std::to_string(memory) + ",\"maxMemoryUsedMB\":70";
    if (init >= 0)
        m += ",\"initDurationMs\":" + fmt(init);
    m += "}";
    return "{\"time\":\"2026-01-01T00:00:00.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"abc\","
           "\"metrics\":" + m + ",\"status\":\"success\"}}";
}

/// A CloudWatch log of `n` invocations: START / app output / END / REPORT around each, a cold
/// start (with INIT_START noise) every `coldEvery`. Init Duration is drawn as the model draws it:
/// python3.12's runtime init (88 ms) and the function's init, each lognormal with cv 0.15.
std::string syntheticLog(int n, double meanMs, double cv, int memory, double initMean, int coldEvery, std::uint64_t seed)
{
    Rng rng(seed);
    std::string log;
    for (int i = 0; i < n; ++i) {
        const bool cold = i % coldEvery == 0;
        if (cold)
            log += "INIT_START Runtime Version: python:3.12.v40\tRuntime Version ARN: arn:aws:lambda:x\n";
        log += "START RequestId: 8f5e-" + std::to_string(i) + " Version: $LATEST\n";
        log += "2026-01-01T00:00:00.000Z\t8f5e-" + std::to_string(i) + "\tINFO\thandled order " + std::to_string(i) + "\n";
        log += "END RequestId: 8f5e-" + std::to_string(i) + "\n";
        const double d = cv > 0 ? rng.lognormalMeanCv(meanMs, cv) : meanMs;
        const double init = cold ? rng.lognormalMeanCv(88, 0.15) + rng.lognormalMeanCv(initMean - 88, 0.15) : -1;
        log += reportLine(i, d, memory, init) + "\n";
        if (i % 97 == 0)
            log += "XRAY TraceId: 1-5e1b-abc\tSegmentId: 0a\tSampled: true\n";
    }
    return log;
}

/// python3.12's runtime init on x86_64 ZIP: the mean of the preset's fitted distribution.
double python312RuntimeMs()
{
    return meanOf(findRuntimePreset("python3.12")->runtimeInit(PackageType::Zip, Architecture::X86_64));
}

Calibration calibrateText(const std::string &text)
{
    std::istringstream in(text);
    return calibrate(readReportSamples(in, "log.txt"));
}

double rel(double got, double want) { return std::abs(got - want) / want; }

}  // namespace

class TestCalibration : public QObject {
    Q_OBJECT

private slots:
    void parsesTextReportLines();
    void parsesJsonReportRecords();
    void otherLinesAreSkipped_data();
    void otherLinesAreSkipped();
    void recoversKnownParametersOfASyntheticLog();
    void choosesTheDistributionByTheData_data();
    void choosesTheDistributionByTheData();
    void mixedTextAndJsonLogs();
    void severalMemorySizesSeparateCpuFromIo();
    void snapStartRestoresAreFitted();
    void malformedReportIsNamedByLine_data();
    void malformedReportIsNamedByLine();
    void logWithoutReportsIsAnError();
    void calibrationCsvHasMeasuredAndModelQuantiles();
};

void TestCalibration::parsesTextReportLines()
{
    const auto l = parseLogLine("REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 15.74 ms\t"
                                "Billed Duration: 147 ms\tMemory Size: 128 MB\tMax Memory Used: 56 MB\t"
                                "Init Duration: 130.49 ms\t");
    QCOMPARE(l.kind, LogLine::Kind::Report);
    QCOMPARE(l.record.durationMs, 15.74);
    QCOMPARE(l.record.billedDurationMs, 147.0);
    QCOMPARE(l.record.memorySizeMb, 128);
    QCOMPARE(l.record.maxMemoryUsedMb, 56);
    QCOMPARE(l.record.initDurationMs, 130.49);
    QVERIFY(std::isnan(l.record.restoreDurationMs));

    // A timestamp before it, spaces instead of tabs (a console copy), SnapStart fields, a status.
    const auto s = parseLogLine("2026-01-01T10:00:00.000Z REPORT RequestId: abc  Duration: 100.5 ms  Billed Duration: "
                                "231 ms  Memory Size: 1024 MB  Max Memory Used: 90 MB  Restore Duration: 300.2 ms  "
                                "Billed Restore Duration: 130 ms  Status: timeout");
    QCOMPARE(s.kind, LogLine::Kind::Report);
    QCOMPARE(s.record.durationMs, 100.5);
    QCOMPARE(s.record.memorySizeMb, 1024);
    QCOMPARE(s.record.restoreDurationMs, 300.2);
    QCOMPARE(s.record.billedRestoreDurationMs, 130.0);
    QCOMPARE(s.record.status, ReportStatus::Timeout);
    QVERIFY(std::isnan(s.record.initDurationMs));

    // A field AWS may add one day, after a tab, is ignored.
    const auto f = parseLogLine("REPORT RequestId: x\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 256 MB\t"
                                "Max Memory Used: 50 MB\tFuture Field: 3 units");
    QCOMPARE(f.kind, LogLine::Kind::Report);
}

void TestCalibration::parsesJsonReportRecords()
{
    const auto l = parseLogLine(jsonReport(42.5, 512, 210.25));
    QCOMPARE(l.kind, LogLine::Kind::Report);
    QVERIFY(l.record.json);
    QCOMPARE(l.record.durationMs, 42.5);
    QCOMPARE(l.record.billedDurationMs, 43.0);
    QCOMPARE(l.record.memorySizeMb, 512);
    QCOMPARE(l.record.maxMemoryUsedMb, 70);
    QCOMPARE(l.record.initDurationMs, 210.25);
    // With a prefix (an export's timestamp) too.
    QCOMPARE(parseLogLine("2026-01-01T00:00:00Z\t" + jsonReport(1, 128)).kind, LogLine::Kind::Report);
}

void TestCalibration::otherLinesAreSkipped_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("START") << "START RequestId: abc Version: $LATEST";
    QTest::newRow("END") << "END RequestId: abc";
    QTest::newRow("INIT_REPORT") << "INIT_REPORT Init Duration: 10008.57 ms\tPhase: init\tStatus: timeout";
    QTest::newRow("XRAY") << "XRAY TraceId: 1-5e1b4151-43a0913a12345678\tSegmentId: 6f\tSampled: true";
    QTest::newRow("app output") << "2026-01-01T00:00:00Z abc INFO the REPORT is ready";
    QTest::newRow("JSON function log") << R"({"time":"x","type":"function","record":"hello"})";
    QTest::newRow("JSON platform.start") << R"({"time":"x","type":"platform.start","record":{"requestId":"a"}})";
    QTest::newRow("JSON mentioning platform.report") << R"({"type":"function","record":"saw \"platform.report\""})";
    QTest::newRow("empty") << "";
}

void TestCalibration::otherLinesAreSkipped()
{
    QFETCH(QString, line);
    QCOMPARE(parseLogLine(line.toStdString()).kind, LogLine::Kind::Other);
}

void TestCalibration::recoversKnownParametersOfASyntheticLog()
{
    // 20,000 invocations at 1,024 MB, lognormal mean 120 ms cv 0.4; a cold start in 20 with Init
    // Duration mean 400 ms (python3.12's runtime 88 ms + 312 ms of the function's own).
    const Calibration c = calibrateText(syntheticLog(20000, 120, 0.4, 1024, 400, 20, 11));
    QCOMPARE(c.reports, std::size_t(20000));
    QCOMPARE(c.memoryMb, 1024);
    const FunctionSpec &f = c.scenario.function;
    QCOMPARE(f.memoryMb, 1024);
    QCOMPARE(f.handler.distribution, Distribution::Lognormal);
    QVERIFY2(rel(meanHandlerMs(f), 120) < 0.02, std::to_string(meanHandlerMs(f)).c_str());
    QVERIFY2(rel(f.handler.cv, 0.4) < 0.05, std::to_string(f.handler.cv).c_str());
    // One memory size: all of it is CPU work, io 0, so that the mean at 1,024 MB is the measured one.
    QVERIFY(!c.ioIdentified);
    QCOMPARE(f.handler.ioMs, 0.0);
    QVERIFY(rel(f.handler.cpuMs, meanHandlerMs(f) * cpuSpeed(1024, 0)) < 1e-12);
    QCOMPARE(c.initMs.size(), std::size_t(1000));
    // The preset keeps its runtime init; the rest of the measured mean (400) is function init.
    QCOMPARE(f.initMs.runtime, python312RuntimeMs());
    QVERIFY(f.runtimeInitQuantiles);
    QVERIFY2(rel(f.initMs.function, 400 - python312RuntimeMs()) < 0.03, std::to_string(f.initMs.function).c_str());
    QVERIFY(validateScenario(c.scenario).empty());
    // What the window saves must read back the same.
    const auto back = parseScenario(writeScenario(c.scenario));
    QVERIFY(back.problems.empty());
    QCOMPARE(back.scenario->function, c.scenario.function);
}

void TestCalibration::choosesTheDistributionByTheData_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("fixed") << 0 << static_cast<int>(Distribution::Fixed);
    QTest::newRow("exponential") << 1 << static_cast<int>(Distribution::Exponential);
    QTest::newRow("lognormal cv 1") << 2 << static_cast<int>(Distribution::Lognormal);
    QTest::newRow("lognormal cv 0.2") << 3 << static_cast<int>(Distribution::Lognormal);
}

void TestCalibration::choosesTheDistributionByTheData()
{
    QFETCH(int, kind);
    QFETCH(int, expected);
    Rng rng(5);
    std::string log;
    for (int i = 0; i < 5000; ++i) {
        const double d = kind == 0 ? 250.0 : kind == 1 ? rng.exponential(250) : rng.lognormalMeanCv(250, kind == 2 ? 1.0 : 0.2);
        log += reportLine(i, d, 512) + "\n";
    }
    const Calibration c = calibrateText(log);
    QCOMPARE(static_cast<int>(c.scenario.function.handler.distribution), expected);
    QVERIFY(rel(meanHandlerMs(c.scenario.function), 250) < 0.05);
}

void TestCalibration::mixedTextAndJsonLogs()
{
    std::string log;
    log += R"({"time":"t","type":"platform.initStart","record":{"initializationType":"on-demand"}})" "\n";
    log += jsonReport(100, 2048, 500) + "\n";
    log += "START RequestId: a Version: $LATEST\n";
    log += reportLine(1, 200, 2048) + "\n";
    log += R"({"time":"t","type":"function","record":"a log line of the function"})" "\n";
    log += "2026-01-01T00:00:01Z " + jsonReport(300, 2048) + "\n";
    log += reportLine(2, 400, 2048, 700) + "\n";
    std::istringstream in(log);
    const auto reports = readReports(in, "mixed.log");
    QCOMPARE(reports.size(), std::size_t(4));
    QVERIFY(reports[0].json);
    QVERIFY(!reports[1].json);
    QVERIFY(reports[2].json);
    QCOMPARE(reports[0].line, std::size_t(2));
    QCOMPARE(reports[3].line, std::size_t(7));
    const Calibration c = calibrate(reports);
    QCOMPARE(c.memoryMb, 2048);
    QCOMPARE(meanHandlerMs(c.scenario.function), 250.0);
    QCOMPARE(c.initMs, (std::vector<double>{500, 700}));
    QCOMPARE(c.scenario.function.initMs.function, 600.0 - python312RuntimeMs());
}

void TestCalibration::severalMemorySizesSeparateCpuFromIo()
{
    // cpu 200 ms at 1 vCPU, io 50 ms; the most reports at 1,024 MB.
    Rng rng(3);
    std::string log;
    int id = 0;
    for (auto [memory, n] : {std::pair{512, 2000}, {1024, 5000}, {2048, 1500}}) {
        const double mean = 200 / cpuSpeed(memory, 0) + 50;
        for (int i = 0; i < n; ++i)
            log += reportLine(id++, rng.lognormalMeanCv(mean, 0.2), memory) + "\n";
    }
    const Calibration c = calibrateText(log);
    QCOMPARE(c.memoryMb, 1024);
    QVERIFY(c.ioIdentified);
    QCOMPARE(c.memorySizes.size(), std::size_t(3));
    const auto &h = c.scenario.function.handler;
    QVERIFY2(rel(h.cpuMs, 200) < 0.03, std::to_string(h.cpuMs).c_str());
    QVERIFY2(std::abs(h.ioMs - 50) < 5, std::to_string(h.ioMs).c_str());
    QVERIFY(rel(h.cv, 0.2) < 0.05);
}

void TestCalibration::snapStartRestoresAreFitted()
{
    std::string log;
    for (int i = 0; i < 10; ++i)
        log += "REPORT RequestId: r" + std::to_string(i) + "\tDuration: 20.00 ms\tBilled Duration: 150 ms\tMemory Size: "
               "1024 MB\tMax Memory Used: 90 MB\tRestore Duration: " + fmt(300 + 10 * i) + " ms\tBilled Restore Duration: 130 ms\n";
    log += reportLine(99, 20, 1024) + "\n";
    const Calibration c = calibrateText(log);
    const auto &snap = c.scenario.function.snapstart;
    QCOMPARE(snap.restoreMs, 345.0);
    QCOMPARE(snap.billedRestoreMs, 130.0);
    QVERIFY(snap.enabled);   // python3.12 has SnapStart; restores outnumber inits
    QVERIFY(validateScenario(c.scenario).empty());
}

void TestCalibration::malformedReportIsNamedByLine_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("duration not a number") << "REPORT RequestId: x\tDuration: abc ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 5 MB";
    QTest::newRow("no memory size") << "REPORT RequestId: x\tDuration: 1.5 ms\tBilled Duration: 2 ms\tMax Memory Used: 5 MB";
    QTest::newRow("wrong unit") << "REPORT RequestId: x\tDuration: 1.5 s\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 5 MB";
    QTest::newRow("memory out of range") << "REPORT RequestId: x\tDuration: 1.5 ms\tBilled Duration: 2 ms\tMemory Size: 64 MB\tMax Memory Used: 5 MB";
    QTest::newRow("field twice") << "REPORT RequestId: x\tDuration: 1.5 ms\tDuration: 1.5 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 5 MB";
    QTest::newRow("no request id") << "REPORT RequestId: \tDuration: 1.5 ms";
    QTest::newRow("truncated JSON") << R"({"type":"platform.report","record":{"metrics":{"durationMs":1.5,)";
    QTest::newRow("JSON without metrics") << R"({"type":"platform.report","record":{"requestId":"a"}})";
    QTest::newRow("JSON metric not a number") << R"({"type":"platform.report","record":{"metrics":{"durationMs":"x","billedDurationMs":2,"memorySizeMB":128,"maxMemoryUsedMB":5}}})";
}

void TestCalibration::malformedReportIsNamedByLine()
{
    QFETCH(QString, bad);
    const std::string log = "START RequestId: a Version: $LATEST\n" + reportLine(1, 10, 128) + "\nEND RequestId: a\n"
                          + jsonReport(5, 128) + "\n" + bad.toStdString() + "\n" + reportLine(2, 10, 128) + "\n";
    std::istringstream in(log);
    try {
        readReports(in, "bad.log");
        QFAIL("no error");
    } catch (const TraceError &e) {
        QCOMPARE(e.kind(), TraceErrorKind::BadLine);
        QCOMPARE(e.line(), std::size_t(5));
        QVERIFY(std::string(e.what()).starts_with("bad.log:5: "));
    }
}

void TestCalibration::logWithoutReportsIsAnError()
{
    std::istringstream in("START RequestId: a\nEND RequestId: a\n");
    try {
        readReports(in, "empty.log");
        QFAIL("no error");
    } catch (const TraceError &e) {
        QCOMPARE(e.kind(), TraceErrorKind::NoMatch);
    }
}

void TestCalibration::calibrationCsvHasMeasuredAndModelQuantiles()
{
    const Calibration c = calibrateText(syntheticLog(20000, 80, 0.3, 512, 300, 10, 2));
    const std::string csv = calibrationCsv(c);
    QVERIFY(csv.starts_with("quantity,statistic,samples,measured_ms,model_ms\n"));
    QCOMPARE(c.table.size(), std::size_t(8));   // duration and init: mean, p50, p90, p99
    QCOMPARE(c.table[0].quantity, std::string("duration"));
    QCOMPARE(c.table[1].statistic, std::string("p50"));
    QCOMPARE(c.table[4].quantity, std::string("init"));
    for (const auto &row : c.table) {
        // The handler model is fitted by its moments; the init model's sub-phases have the
        // contract's fixed cv 0.15, as the synthetic log's: both within a few percent up to p99.
        QVERIFY2(rel(row.modelMs, row.measuredMs) < 0.05,
                 (row.quantity + " " + row.statistic + " " + std::to_string(row.measuredMs) + " vs "
                  + std::to_string(row.modelMs)).c_str());
    }
    QVERIFY(csv.find("\nduration,p99,20000,") != std::string::npos);
    QVERIFY(csv.find("\ninit,mean,2000,") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
