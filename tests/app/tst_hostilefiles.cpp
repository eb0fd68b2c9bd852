// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files and runs (issue 7) through the real executable, as a user's shell would give them:
// a device or a folder where a file belongs, paths that cannot be read or written, a scenario file
// of 50 MB or in UTF-16, a run of millions of requests, and Ctrl+C in the middle of one. Each must
// end quickly with a clear message and the contract's exit status, in bounded memory, leaving no
// file behind when it fails.
#include "sanitizer.h"
#include "explorerprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using lle::test::entries;
using lle::test::readAll;
using lle::test::runExplorer;
using lle::test::writeFile;

namespace {

constexpr int kSlowdown = lle::testing::kSanitizerSlowdown;

/// How long a hostile file may take to be refused; generous, since the machine is shared.
constexpr int kQuickMs = 120000 * kSlowdown;   // a hang guard, not a speed test

QByteArray scenario(const QByteArray &fragment = {})
{
    QByteArray s = R"({"schema": "lambda-explorer/scenario@1", "duration_s": 60)";
    if (!fragment.isEmpty())
        s += ", " + fragment;
    return s + "}\n";
}

QByteArray utf16(const QByteArray &ascii, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (char c : ascii) {
        if (littleEndian)
            out.append(c).append('\0');
        else
            out.append('\0').append(c);
    }
    return out;
}

/// A run of the executable watched from outside: its peak resident memory (VmHWM, polled from
/// /proc while it runs) and the chance to signal it once its output folder exists, which the
/// runner makes only after it has installed its signal handlers.
struct WatchedRun {
    lle::test::ExplorerRun run;
    qint64 peakKb = -1;
    qint64 elapsedMs = 0;
};

qint64 peakKbOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

WatchedRun runWatched(const QStringList &arguments, int timeoutMs, int signalOnceOutExists = 0,
                      const QString &outDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    WatchedRun w;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(LLE_EXPLORER_PATH), arguments);
    if (!p.waitForStarted(timeoutMs))
        return w;
    const qint64 pid = p.processId();
    bool signalled = false;
    while (!p.waitForFinished(20)) {
        w.peakKb = std::max(w.peakKb, peakKbOf(pid));
        if (signalOnceOutExists && !signalled && QFileInfo::exists(outDir)) {
            // Let it get into the run proper before interrupting it.
            QThread::msleep(300);
            ::kill(static_cast<pid_t>(pid), signalOnceOutExists);
            signalled = true;
        }
        if (timer.elapsed() > timeoutMs) {
            p.kill();
            p.waitForFinished(5000);
            w.elapsedMs = timer.elapsed();
            return w;
        }
    }
    w.elapsedMs = timer.elapsed();
    w.run.finished = true;
    w.run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    w.run.out = p.readAllStandardOutput();
    w.run.err = p.readAllStandardError();
    return w;
}

}  // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void hostileScenarioFiles_data();
    void hostileScenarioFiles();
    void unreadableScenario_data();
    void unreadableScenario();
    void acceptedOddScenarioFiles_data();
    void acceptedOddScenarioFiles();
    void hostileTraceFiles_data();
    void hostileTraceFiles();
    void unwritableOutput_data();
    void unwritableOutput();

    void bigSummaryRunKeepsMemoryFlat();
    void tooManyMetricsRowsIsRefused();
    void twentyThousandChanges();
    void signalStopsARunCleanly_data();
    void signalStopsARunCleanly();

private:
    QTemporaryDir m_dir;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(LLE_EXPLORER_PATH)).isExecutable(), LLE_EXPLORER_PATH);
}

// Each row: what is given as the scenario, the exit status, and the start of the one message.
void TestHostileFiles::hostileScenarioFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto file = [&](const char *name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    QTest::newRow("/dev/zero") << "/dev/zero" << 3
                               << "/dev/zero: too large for a scenario file (more than 16777216 bytes)";
    QTest::newRow("/dev/urandom") << "/dev/urandom" << 3
                                  << "/dev/urandom: too large for a scenario file (more than 16777216 bytes)";
    QTest::newRow("/dev/null") << "/dev/null" << 2
                               << "/dev/null: line 1, column 1: syntax error while parsing value - unexpected end "
                                  "of input";
    QTest::newRow("a folder") << m_dir.path() << 3 << m_dir.path() + ": is a folder, not a scenario file";
    const QString big = file("blanks-50mb.json", QByteArray(50 * 1024 * 1024, ' '));
    QTest::newRow("50 MB of blanks") << big << 3 << big + ": too large for a scenario file (52428800 bytes, at most";
    const QString blanks = file("blanks-10mb.json", QByteArray(10 * 1024 * 1024, ' '));
    QTest::newRow("10 MB of blanks") << blanks << 2
                                     << blanks + ": line 1, column 10485761: syntax error while parsing value - "
                                                 "unexpected end of input";
    QByteArray garbage(1024 * 1024, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919LL + 13) % 251);
    garbage[0] = '\x01';   // not a blank: the error is at column 1
    const QString binary = file("garbage.json", garbage);
    QTest::newRow("binary garbage") << binary << 2 << binary + ": line 1, column 1: syntax error";
    const QString le = file("utf16le.json", utf16(scenario(), true));
    QTest::newRow("UTF-16 LE") << le << 2 << le + ": UTF-16 is not supported; save the file as UTF-8";
    const QString be = file("utf16be.json", utf16(scenario(), false));
    QTest::newRow("UTF-16 BE") << be << 2 << be + ": UTF-16 is not supported; save the file as UTF-8";
    const QString deep = file("deep.json", QByteArray(500000, '['));
    QTest::newRow("nesting 500,000 deep") << deep << 2 << deep + ": line 1, column 257: nesting deeper than 256 levels";
    const QString nan = file("nan.json", scenario(R"("seed": NaN)"));
    QTest::newRow("NaN") << nan << 2 << nan + ": line 1, column 68: syntax error while parsing value - invalid literal";
    const QString inThePath = file("plain.json", scenario()) + "/inside.json";
    QTest::newRow("a path through a file") << inThePath << 3 << inThePath + ": no such file";
}

void TestHostileFiles::hostileScenarioFiles()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_dir.filePath("out-hostile");
    const WatchedRun w = runWatched({"--headless", path, "--out", out}, kQuickMs);
    QVERIFY2(w.run.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(w.elapsedMs)));
    QCOMPARE(w.run.exitCode, exitCode);
    QCOMPARE(w.run.errLines().size(), 1);
    QVERIFY2(w.run.err.startsWith("lambda-explorer: " + message.toLocal8Bit()), w.run.err.left(300).constData());
    QVERIFY(!QFileInfo::exists(out));
    // The executable with Qt loaded takes some 30 MB; the file is never held more than once.
    if (w.peakKb >= 0)
        QVERIFY2(w.peakKb < (kSlowdown > 1 ? 600 : 200) * 1024, qPrintable(QString::number(w.peakKb)));
}

void TestHostileFiles::unreadableScenario_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    // Reading at offset 0 of one's own memory fails with EIO, even for root.
    QTest::newRow("a read error") << "/proc/self/mem" << "/proc/self/mem: cannot be read (";
    const QString locked = m_dir.filePath("locked.json");
    writeFile(locked, scenario());
    QFile::setPermissions(locked, QFileDevice::Permissions());
    QTest::newRow("no read permission") << locked << locked + ": cannot be read (";
}

void TestHostileFiles::unreadableScenario()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    if (path.endsWith("locked.json") && ::geteuid() == 0)
        QSKIP("root reads a file whatever its permissions");
    const QString out = m_dir.filePath("out-unreadable");
    const auto r = runExplorer({"--headless", path, "--out", out});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: " + message.toLocal8Bit()), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

// Odd but valid: a UTF-8 byte-order mark, CRLF line ends, a seed of 2^64 − 1.
void TestHostileFiles::acceptedOddScenarioFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + scenario();
    QByteArray crlf = scenario(R"("name": "crlf",
"seed": 18446744073709551615)");
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF, largest seed") << crlf;
}

void TestHostileFiles::acceptedOddScenarioFiles()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath("odd.json");
    QVERIFY(writeFile(path, bytes));
    const QString out = m_dir.filePath("out-odd");
    const auto r = runExplorer({"--headless", path, "--out", out, "--outputs", "summary"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(entries(out), QStringList{"summary.json"});
    QDir(out).removeRecursively();
}

// A trace that is a device, a folder or nothing at all: an error before the run, in bounded memory.
void TestHostileFiles::hostileTraceFiles_data()
{
    QTest::addColumn<QString>("tracePath");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("timestamps from /dev/zero") << "/dev/zero" << "timestamps" << 2
                                               << "/dev/zero:1: a line longer than 16 MB; is this a text file?";
    QTest::newRow("azure2021 from /dev/zero") << "/dev/zero" << "azure2021" << 2
                                              << "/dev/zero:1: a line longer than 16 MB; is this a text file?";
    QTest::newRow("azure2019 from /dev/zero") << "/dev/zero" << "azure2019" << 2
                                              << "/dev/zero:1: a line longer than 16 MB; is this a text file?";
    QTest::newRow("timestamps from /dev/null") << "/dev/null" << "timestamps" << 2 << "/dev/null:1: the file is empty";
    QTest::newRow("timestamps from a folder") << m_dir.path() << "timestamps" << 3 << m_dir.path() + ": is a folder, not a trace file";
    QTest::newRow("azure2019 from a folder") << m_dir.path() << "azure2019" << 3
                                             << m_dir.path() + ": is a folder, not a trace file";
    QTest::newRow("a missing trace") << m_dir.filePath("none.csv") << "timestamps" << 3
                                     << m_dir.filePath("none.csv") + ": cannot be opened";
    const QString utf16Trace = m_dir.filePath("utf16.csv");
    writeFile(utf16Trace, utf16("timestamp_s\n1\n", true));
    QTest::newRow("a UTF-16 trace") << utf16Trace << "timestamps" << 2
                                    << utf16Trace + ":1: UTF-16 is not supported; save the file as UTF-8";
}

void TestHostileFiles::hostileTraceFiles()
{
    QFETCH(QString, tracePath);
    QFETCH(QString, format);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = m_dir.filePath("trace-scenario.json");
    QByteArray workload = R"("workload": {"pattern": "trace", "path": ")" + tracePath.toUtf8() + R"(", "format": ")"
                        + format.toUtf8() + "\"";
    if (format == "azure2019")
        workload += R"(, "rank": 1)";
    QVERIFY(writeFile(path, scenario(workload + "}")));
    const QString out = m_dir.filePath("out-trace");
    const WatchedRun w = runWatched({"--headless", path, "--out", out}, kQuickMs);
    QVERIFY2(w.run.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(w.elapsedMs)));
    QCOMPARE(w.run.exitCode, exitCode);
    QCOMPARE(w.run.errLines().size(), 1);
    QVERIFY2(w.run.err.startsWith("lambda-explorer: " + message.toLocal8Bit()), w.run.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    if (w.peakKb >= 0)
        QVERIFY2(w.peakKb < (kSlowdown > 1 ? 600 : 200) * 1024, qPrintable(QString::number(w.peakKb)));
}

// Output folders no one can write, root included.
void TestHostileFiles::unwritableOutput_data()
{
    QTest::addColumn<QString>("out");
    QTest::newRow("inside a device") << "/dev/null/out";
    QTest::newRow("in /proc") << "/proc/lambda-explorer-out";
    QTest::newRow("in /sys") << "/sys/lambda-explorer-out";
    QTest::newRow("read-only folder") << m_dir.filePath("read-only/out");
}

void TestHostileFiles::unwritableOutput()
{
    QFETCH(QString, out);
    if (out.contains("read-only")) {
        if (::geteuid() == 0)
            QSKIP("root writes into a folder whatever its permissions");
        QVERIFY(QDir(m_dir.path()).mkpath("read-only"));
        QFile::setPermissions(m_dir.filePath("read-only"), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    const QString path = m_dir.filePath("writable-test.json");
    QVERIFY(writeFile(path, scenario()));
    const auto r = runExplorer({"--headless", path, "--out", out});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith("lambda-explorer: " + out.toLocal8Bit() + ": "), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

// --outputs summary over 17 million requests (a day at 200 req/s) peaks no higher than over 720,000
// (an hour): nothing is kept per request. Under the sanitizers a quarter of the day.
void TestHostileFiles::bigSummaryRunKeepsMemoryFlat()
{
    const QString path = m_dir.filePath("busy.json");
    QVERIFY(writeFile(path, scenario(R"("workload": {"pattern": "constant", "rate_per_s": 200})")));
    const auto runFor = [&](double seconds) {
        const QString out = m_dir.filePath("out-busy");
        QDir(out).removeRecursively();
        const WatchedRun w = runWatched({"--headless", path, "--out", out, "--outputs", "summary", "--duration-s",
                                         QString::number(seconds)},
                                        600000);
        QDir(out).removeRecursively();
        return w;
    };
    const WatchedRun hour = runFor(3600);
    QVERIFY(hour.run.finished);
    QCOMPARE(hour.run.exitCode, 0);
    const double longS = 86400.0 / (kSlowdown > 1 ? 4 : 1);
    const WatchedRun day = runFor(longS);
    QVERIFY(day.run.finished);
    QCOMPARE(day.run.exitCode, 0);
    QVERIFY2(day.run.out.contains(QByteArray("requests     ") + QByteArray::number(qint64(longS * 200))),
             day.run.out.constData());
    qInfo("peak memory: %lld KB for an hour, %lld KB for %g s (%lld ms)", hour.peakKb, day.peakKb, longS,
          day.elapsedMs);
    if (hour.peakKb < 0 || day.peakKb < 0)
        QSKIP("no /proc/PID/status to read the peak memory from");
    QVERIFY2(day.peakKb < hour.peakKb + 16 * 1024,
             qPrintable(QStringLiteral("%1 KB against %2 KB").arg(day.peakKb).arg(hour.peakKb)));
}

// A bucket so narrow that metrics.csv would take gigabytes: refused before anything is allocated,
// with the narrowest bucket that fits.
void TestHostileFiles::tooManyMetricsRowsIsRefused()
{
    const QString path = m_dir.filePath("year.json");
    QVERIFY(writeFile(path, scenario(R"("workload": {"pattern": "constant", "rate_per_s": 1000})")));
    const QString out = m_dir.filePath("out-year");
    const WatchedRun w = runWatched({"--headless", path, "--out", out, "--duration-s", "31536000", "--bucket-s", "0.01"},
                                    kQuickMs);
    QVERIFY(w.run.finished);
    QCOMPARE(w.run.exitCode, 2);
    QCOMPARE(w.run.err, QByteArray("lambda-explorer: --bucket-s 0.01: 3153600000 metrics rows for a 31536000 s run "
                                   "(at most 1000000 rows; --bucket-s 31.536 or more)\n"));
    QVERIFY(!QFileInfo::exists(out));
    if (w.peakKb >= 0)
        QVERIFY2(w.peakKb < (kSlowdown > 1 ? 600 : 200) * 1024, qPrintable(QString::number(w.peakKb)));
}

// 20,000 timed changes, checked again after --set: once each (the check used to copy every change
// for every change, minutes for this file), and a problem in the last one named by its index.
void TestHostileFiles::twentyThousandChanges()
{
    constexpr int kChanges = 20'000;
    QByteArray changes = R"("changes": [)";
    for (int i = 0; i < kChanges; ++i) {
        if (i)
            changes += ", ";
        changes += R"({"at_s": )" + QByteArray::number(i) + R"(, "set": {"platform.idle_timeout_s": )"
                 + QByteArray(i % 2 ? "300" : "600");
        if (i == kChanges - 1)
            changes += R"(, "function.ephemeral_storage_mb": 1024)";
        changes += "}}";
    }
    changes += "]";
    const QString path = m_dir.filePath("many-changes.json");
    QByteArray text = scenario(changes);
    text.replace(R"("duration_s": 60)", R"("duration_s": 20001)");
    QVERIFY(writeFile(path, text));

    const QString out = m_dir.filePath("out-many");
    QElapsedTimer timer;
    timer.start();
    const WatchedRun ok = runWatched({"--headless", path, "--out", out, "--outputs", "summary"}, kQuickMs);
    const qint64 okMs = timer.elapsed();
    QVERIFY(ok.run.finished);
    QVERIFY2(ok.run.exitCode == 0, ok.run.err.constData());
    QVERIFY(QFileInfo::exists(out + "/summary.json"));
    QDir(out).removeRecursively();

    // SnapStart is fine with the file until its last change raises the ephemeral storage.
    timer.start();
    const WatchedRun bad = runWatched({"--headless", path, "--out", out, "--outputs", "summary", "--set",
                                       "function.snapstart.enabled=true"},
                                      kQuickMs);
    qInfo("%d changes: a run in %lld ms, refused after --set in %lld ms", kChanges, okMs, timer.elapsed());
    QVERIFY(bad.run.finished);
    QCOMPARE(bad.run.exitCode, 2);
    QCOMPARE(bad.run.errLines().size(), 1);
    QVERIFY2(bad.run.err.startsWith("lambda-explorer: " + path.toLocal8Bit() + ": changes[19999]: SnapStart cannot be "
                                    "combined with ephemeral storage above 512 MB"),
             bad.run.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

// SIGINT (Ctrl+C) or SIGTERM during a run of a year at 1,000 req/s (31.5 billion requests, far too
// many to finish): the run stops at once, says so, exits 1 and leaves neither files nor the folder.
void TestHostileFiles::signalStopsARunCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("outputs");
    QTest::newRow("SIGINT, every file") << int(SIGINT) << "summary,invocations,environments,timeline,metrics";
    QTest::newRow("SIGTERM, every file") << int(SIGTERM) << "summary,invocations,environments,timeline,metrics";
    QTest::newRow("SIGINT, summary only") << int(SIGINT) << "summary";
    QTest::newRow("SIGTERM, summary only") << int(SIGTERM) << "summary";
}

void TestHostileFiles::signalStopsARunCleanly()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, outputs);
    const QString path = m_dir.filePath("year.json");
    QVERIFY(writeFile(path, R"({"schema": "lambda-explorer/scenario@1", "duration_s": 31536000,
        "workload": {"pattern": "constant", "rate_per_s": 1000}})"));
    const QString out = m_dir.filePath("out-year");
    QDir(out).removeRecursively();
    const WatchedRun w = runWatched({"--headless", path, "--out", out, "--outputs", outputs}, 120000 * kSlowdown,
                                    signalNumber, out);
    QVERIFY2(w.run.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(w.elapsedMs)));
    QCOMPARE(w.run.exitCode, 1);
    QCOMPARE(w.run.err, QByteArray("lambda-explorer: interrupted; no output file was written\n"));
    QVERIFY(w.run.out.isEmpty());
    QVERIFY2(!QFileInfo::exists(out), qPrintable(entries(out).join(", ")));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
