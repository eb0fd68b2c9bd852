// SPDX-License-Identifier: GPL-3.0-or-later
// The trade-off lab from the command line: --sweep, --calibrate and trace workloads, run through
// the real executable as a script would.
#include "explorerprocess.h"

#include "rng.h"
#include "scenarioio.h"

#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

using namespace lle;
using namespace lle::test;

namespace {

QString writeScenarioFile(const QString &dir, Scenario s, const QString &name = QStringLiteral("s.json"))
{
    const QString path = QDir(dir).filePath(name);
    const std::string text = writeScenario(s);
    writeFile(path, QByteArray(text.data(), qsizetype(text.size())));
    return path;
}

Scenario shortScenario()
{
    Scenario s = defaultScenario();
    s.durationS = 120;
    return s;
}

/// Pixels within a small distance of `colour`: markers of that colour were drawn.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue()) < 30)
                ++n;
        }
    return n;
}

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> l = text.split('\n');
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

}  // namespace

class TestLabCommands : public QObject {
    Q_OBJECT

private slots:
    void sweepWritesOneRowPerPoint();
    void sweepWithReplicationsAddsIntervals();
    void sweepPngWritesBothPlots();
    void sweepPngToAnUnwritableFolderIsExitThree();
    void badSweepIsExitTwo_data();
    void badSweepIsExitTwo();
    void calibrationRecoversTheLog();
    void calibrationErrors();
    void traceWorkloadReplaysItsArrivals();
    void badTraceLineIsNamed();
};

void TestLabCommands::sweepWritesOneRowPerPoint()
{
    QTemporaryDir dir;
    const QString scenario = writeScenarioFile(dir.path(), shortScenario());
    const QString out = dir.filePath("out");
    const auto run = runExplorer({"--headless", scenario, "--out", out, "--sweep", "function.memory_mb=256,1024",
                                  "--sweep", "platform.idle_timeout_s=10,600"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto csv = lines(readAll(QDir(out).filePath("sweep.csv")));
    QCOMPARE(csv.size(), 5);
    QCOMPARE(csv[0], QByteArray("function.memory_mb,platform.idle_timeout_s,requests,cold_start_ratio,latency_p50_ms,"
                                "latency_p99_ms,cost_total_usd,cost_per_million_requests_usd,environments_mean,idle_gb_s"));
    // The last axis varies fastest.
    QVERIFY(csv[1].startsWith("256,10,"));
    QVERIFY(csv[2].startsWith("256,600,"));
    QVERIFY(csv[3].startsWith("1024,10,"));
    // A longer idle timeout gives fewer cold starts; more memory gives a shorter p50.
    auto field = [&](int row, int col) { return csv[row].split(',')[col].toDouble(); };
    QVERIFY(field(2, 3) < field(1, 3));
    QVERIFY(field(3, 4) < field(1, 4));
    QCOMPARE(entries(out), QStringList{"sweep.csv"});
}

void TestLabCommands::sweepWithReplicationsAddsIntervals()
{
    QTemporaryDir dir;
    const QString scenario = writeScenarioFile(dir.path(), shortScenario());
    const QString out = dir.filePath("out");
    const auto run = runExplorer({"--headless", scenario, "--out", out, "--sweep", "workload.base_rate_per_s=1,4",
                                  "--replications", "4"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto csv = lines(readAll(QDir(out).filePath("sweep.csv")));
    QCOMPARE(csv.size(), 3);
    QVERIFY(csv[0].startsWith("workload.base_rate_per_s,requests,requests_ci95,cold_start_ratio,cold_start_ratio_ci95"));
    QVERIFY(csv[1].split(',')[2].toDouble() > 0);   // different seeds, different request counts
}

void TestLabCommands::sweepPngWritesBothPlots()
{
    QTemporaryDir dir;
    Scenario s = shortScenario();
    s.name = "sweep png check";
    s.seed = 17;
    const QString scenario = writeScenarioFile(dir.path(), s);
    const QString out = dir.filePath("out");
    const auto run = runExplorer({"--headless", scenario, "--sweep", "function.memory_mb=128,1024", "--png", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(entries(out), (QStringList{"sweep.csv", "sweep_curve.png", "sweep_pareto.png"}));
    // The contract's columns in its order, then idle_gb_s.
    const auto csv = lines(readAll(QDir(out).filePath("sweep.csv")));
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv[0], QByteArray("function.memory_mb,requests,cold_start_ratio,latency_p50_ms,latency_p99_ms,"
                                "cost_total_usd,cost_per_million_requests_usd,environments_mean,idle_gb_s"));
    QVERIFY(csv[1].split(',').last().toDouble() > 0);

    const QColor blue(0x00, 0x72, 0xB2), orange(0xD5, 0x5E, 0x00);   // cost markers, p99 markers
    for (const char *name : {"sweep_curve.png", "sweep_pareto.png"}) {
        QImageReader reader(QDir(out).filePath(QLatin1String(name)));
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.text("Scenario"), QString("sweep png check"));
        QCOMPARE(reader.text("Seed"), QString("17"));
        QVERIFY2(reader.text("Software").startsWith("lambda-explorer "), name);
        QVERIFY(!reader.text("Model").isEmpty());
        QVERIFY(!reader.text("Title").isEmpty());
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), name);
        QVERIFY(image.width() >= 1600 && image.height() >= 900);
        // A light background, and the markers in the palette's colours.
        QCOMPARE(image.pixelColor(4, 4), QColor(Qt::white));
        QVERIFY2(pixelsNear(image, blue) > 100, name);
        if (QByteArray(name) == "sweep_curve.png")
            QVERIFY(pixelsNear(image, orange) > 50);
    }
}

void TestLabCommands::sweepPngToAnUnwritableFolderIsExitThree()
{
    QTemporaryDir dir;
    const QString scenario = writeScenarioFile(dir.path(), shortScenario());
    // A file where the folder should be: nothing can be made there.
    const QString out = dir.filePath("taken");
    writeFile(out, "x");
    const auto run = runExplorer({"--headless", scenario, "--sweep", "function.memory_mb=128,1024", "--png", "--out",
                                  QDir(out).filePath("sub")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("cannot create the output folder"), run.err.constData());
}

void TestLabCommands::badSweepIsExitTwo_data()
{
    QTest::addColumn<QStringList>("sweep");
    QTest::addColumn<QString>("message");
    QTest::newRow("no values") << QStringList{"--sweep", "function.memory_mb="} << "--sweep function.memory_mb=";
    QTest::newRow("unknown path") << QStringList{"--sweep", "function.memroy_mb=1,2"} << "function.memroy_mb";
    QTest::newRow("out of range") << QStringList{"--sweep", "function.memory_mb=64,128"} << "64";
}

void TestLabCommands::badSweepIsExitTwo()
{
    QFETCH(QStringList, sweep);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString scenario = writeScenarioFile(dir.path(), shortScenario());
    const QString out = dir.filePath("out");
    const auto run = runExplorer(QStringList{"--headless", scenario, "--out", out} + sweep);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromLocal8Bit(run.err).contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestLabCommands::calibrationRecoversTheLog()
{
    // 2,000 REPORT lines at 1,024 MB, lognormal durations with mean 80 ms and cv 0.4, one in ten
    // cold with Init Duration around 400 ms, mixed with other log lines and JSON records.
    QTemporaryDir dir;
    QByteArray log;
    Rng rng(4);
    for (int i = 0; i < 2000; ++i) {
        const double d = rng.lognormalMeanCv(80, 0.4);
        log += "START RequestId: x Version: $LATEST\n";
        if (i % 2 == 0) {
            log += QByteArray("2026-11-01T10:00:00Z REPORT RequestId: r") + QByteArray::number(i)
                 + "\tDuration: " + QByteArray::number(d, 'f', 2) + " ms\tBilled Duration: "
                 + QByteArray::number(std::ceil(d)) + " ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB";
            if (i % 10 == 0)
                log += "\tInit Duration: " + QByteArray::number(rng.lognormalMeanCv(400, 0.1), 'f', 2) + " ms";
            log += "\n";
        } else {
            log += R"({"time":"2026-11-01T10:00:01Z","type":"platform.report","record":{"requestId":"q","metrics":{"durationMs":)"
                 + QByteArray::number(d, 'f', 2) + R"(,"billedDurationMs":)" + QByteArray::number(std::ceil(d))
                 + R"(,"memorySizeMB":1024,"maxMemoryUsedMB":90}}})" + "\n";
        }
    }
    writeFile(dir.filePath("logs.txt"), log);
    const QString out = dir.filePath("cal");
    const auto run = runExplorer({"--calibrate", dir.filePath("logs.txt"), "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto parsed = parseScenario(readAll(QDir(out).filePath("scenario.json")).toStdString());
    QVERIFY(parsed.scenario);
    const FunctionSpec &f = parsed.scenario->function;
    QCOMPARE(f.memoryMb, 1024);
    QCOMPARE(f.handler.distribution, Distribution::Lognormal);
    const double mean = f.handler.cpuMs / (1024.0 / 1769) + f.handler.ioMs;
    QVERIFY2(std::abs(mean / 80 - 1) < 0.05, qPrintable(QString::number(mean)));
    QVERIFY(std::abs(f.handler.cv / 0.4 - 1) < 0.1);
    // Init Duration 400 = runtime 88 (python3.12 preset) + function init.
    QVERIFY(std::abs(f.initMs.function - (400 - 88)) < 25);
    QVERIFY(readAll(QDir(out).filePath("calibration.csv")).startsWith("quantity,"));
}

void TestLabCommands::calibrationErrors()
{
    QTemporaryDir dir;
    const auto missing = runExplorer({"--calibrate", dir.filePath("none.txt"), "--out", dir.filePath("o")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("none.txt"));
    writeFile(dir.filePath("bad.txt"), "START x\nREPORT RequestId: a\tDuration: abc ms\tMemory Size: 128 MB\n");
    const auto bad = runExplorer({"--calibrate", dir.filePath("bad.txt"), "--out", dir.filePath("o")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("bad.txt:2"), bad.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath("o")));
}

void TestLabCommands::traceWorkloadReplaysItsArrivals()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir("traces");
    writeFile(dir.filePath("traces/t.csv"), "timestamp_s,duration_ms\n0,100\n0.5,100\n1.25,250\n30,100\n");
    Scenario s = shortScenario();
    s.workload.pattern = WorkloadPattern::Trace;
    s.workload.trace.path = "traces/t.csv";   // relative to the scenario's folder
    const QString scenario = writeScenarioFile(dir.path(), s);
    const QString out = dir.filePath("out");
    const auto run = runExplorer({"--headless", scenario, "--out", out, "--outputs", "summary,invocations"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto csv = lines(readAll(QDir(out).filePath("invocations.csv")));
    QCOMPARE(csv.size(), 5);
    QVERIFY(csv[3].contains(",1250,"));           // arrival_ms of the third request
    QVERIFY(csv[3].contains(",250,"));            // its handler time from the trace
}

void TestLabCommands::badTraceLineIsNamed()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("t.csv"), "timestamp_s\n0\n1\nabc\n");
    Scenario s = shortScenario();
    s.workload.pattern = WorkloadPattern::Trace;
    s.workload.trace.path = "t.csv";
    const QString scenario = writeScenarioFile(dir.path(), s);
    const auto run = runExplorer({"--headless", scenario, "--out", dir.filePath("out")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("t.csv:4"), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath("out")));
}

QTEST_GUILESS_MAIN(TestLabCommands)
#include "tst_labcommands.moc"
