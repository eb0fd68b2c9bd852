// SPDX-License-Identifier: GPL-3.0-or-later
// --plan, --run-job and --merge end to end, through the real executable: GNU parallel runs the
// jobs, a killed job leaves nothing, two plans' results are not merged, a per-function trace study
// gives each function's figures alone, and bad plan folders get a clear line and their exit status.
#include "explorerprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lle::test;

namespace {

const QStringList kGrid = {QStringLiteral("--sweep"), QStringLiteral("function.memory_mb=512,2048"),
                           QStringLiteral("--sweep"), QStringLiteral("platform.idle_timeout_s=10,600"),
                           QStringLiteral("--replications"), QStringLiteral("2")};

/// A short Poisson scenario: each job takes a few milliseconds.
QByteArray scenarioText(double durationS = 300, double rate = 4)
{
    return QStringLiteral(R"({"schema": "lambda-explorer/scenario@1", "name": "study", "duration_s": %1,
 "workload": {"pattern": "poisson", "rate_per_s": %2}})")
        .arg(durationS)
        .arg(rate)
        .toUtf8();
}

/// A trace scenario of the Azure sample in tests/data: the whole trace (`app` and `function`
/// empty: rank 1 for azure2019, every row for azure2021) or one function of it alone.
QString azureScenario(const QTemporaryDir &dir, const QString &format = QStringLiteral("azure2019"),
                      const QString &app = {}, const QString &function = {})
{
    const QString data = QStringLiteral(LLE_STUDY_DATA_DIR);
    QString workload;
    if (format == QLatin1String("azure2019")) {
        const QString pick = function.isEmpty() ? QStringLiteral("\"rank\": 1") : QStringLiteral("\"function\": \"%1\"").arg(function);
        workload = QStringLiteral(R"("pattern": "trace", "format": "azure2019", "path": "%1/invocations_per_function_md.anon.d01.csv",
  "durations_path": "%1/function_durations_percentiles.anon.d01.csv", "spread": "poisson", %2)").arg(data, pick);
    } else {
        workload = QStringLiteral(R"("pattern": "trace", "format": "azure2021", "path": "%1/azure2021-sample.csv",
  "app": "%2", "func": "%3")").arg(data, app, function);
    }
    const QString text = QStringLiteral(R"({"schema": "lambda-explorer/scenario@1", "name": "azure", "duration_s": %1,
 "workload": {%2}})").arg(format == QLatin1String("azure2019") ? 86400 : 3600).arg(workload);
    const QString path = dir.filePath(QStringLiteral("%1-%2-%3.json").arg(format, app, function));
    writeFile(path, text.toUtf8());
    return path;
}

QStringList lines(const QByteArray &bytes)
{
    QStringList l = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

}  // namespace

class TestStudy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planRunWithParallelAndMergeEqualsTheDirectSweep();
    void killedJobLeavesNoResultAndARerunCompletesTheStudy();
    void mergingTwoPlansIsRefused();
    void missingJobsAreListedWithTheirCommands();
    void aJobDoneIsSkipped();
    void functionStudyEqualsEachFunctionAlone_data();
    void functionStudyEqualsEachFunctionAlone();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_scenario;
    QString m_parallel;
};

void TestStudy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = m_dir.filePath(QStringLiteral("scenario.json"));
    QVERIFY(writeFile(m_scenario, scenarioText()));
    m_parallel = QStandardPaths::findExecutable(QStringLiteral("parallel"));
}

void TestStudy::planRunWithParallelAndMergeEqualsTheDirectSweep()
{
    if (m_parallel.isEmpty())
        QSKIP("GNU parallel is not installed (scripts/install-deps installs it)");
    const QString direct = m_dir.filePath(QStringLiteral("direct"));
    const ExplorerRun d = runExplorer(QStringList{"--headless", m_scenario, "--out", direct, "--png"} + kGrid);
    QCOMPARE(d.exitCode, 0);

    const QString plan = m_dir.filePath(QStringLiteral("plan"));
    const ExplorerRun p = runExplorer(QStringList{"--headless", m_scenario, "--plan", plan} + kGrid);
    QCOMPARE(p.exitCode, 0);
    const QStringList jobs = lines(readAll(plan + QStringLiteral("/jobs.txt")));
    QCOMPARE(jobs.size(), 8);
    QVERIFY(jobs.first().endsWith(QStringLiteral("--run-job '%1' 0").arg(plan)));

    // GNU parallel as a user runs it: each line of jobs.txt is a command.
    QProcess parallel;
    parallel.setStandardInputFile(plan + QStringLiteral("/jobs.txt"));
    parallel.start(m_parallel, {QStringLiteral("-j2"), QStringLiteral("--halt"), QStringLiteral("now,fail=1")});
    QVERIFY(parallel.waitForFinished(120000));
    QCOMPARE(parallel.exitCode(), 0);
    QCOMPARE(entries(plan + QStringLiteral("/results")).size(), 8);

    const QString merged = m_dir.filePath(QStringLiteral("merged"));
    const ExplorerRun m = runExplorer({"--merge", plan, "--out", merged, "--png"});
    QCOMPARE(m.exitCode, 0);
    QCOMPARE(entries(merged), entries(direct));
    for (const QString &name : entries(direct))
        QVERIFY2(readAll(merged + QLatin1Char('/') + name) == readAll(direct + QLatin1Char('/') + name), qPrintable(name));
}

void TestStudy::killedJobLeavesNoResultAndARerunCompletesTheStudy()
{
    // Job 1 simulates four hours at 200 requests/s, about a second of work: still running when
    // killed the moment it says it started.
    const QString scenario = m_dir.filePath(QStringLiteral("long.json"));
    QVERIFY(writeFile(scenario, scenarioText(60, 200)));
    const QString plan = m_dir.filePath(QStringLiteral("killed"));
    QCOMPARE(runExplorer({"--headless", scenario, "--plan", plan, "--sweep", "duration_s=1,14400"}).exitCode, 0);

    QProcess job;
    job.start(QStringLiteral(LLE_EXPLORER_PATH), {QStringLiteral("--run-job"), plan, QStringLiteral("1")});
    QVERIFY(job.waitForStarted());
    // The job says it is running just before the simulation starts.
    QByteArray out;
    while (!out.contains("running") && job.waitForReadyRead(30000))
        out += job.readAllStandardOutput();
    QVERIFY2(out.contains("job 1 of 2: running"), out.constData());
    job.kill();
    QVERIFY(job.waitForFinished());
    QCOMPARE(job.exitStatus(), QProcess::CrashExit);   // killed, not finished
    QCOMPARE(entries(plan + QStringLiteral("/results")), QStringList());

    const ExplorerRun merge = runExplorer({"--merge", plan, "--out", m_dir.filePath(QStringLiteral("killed-out"))});
    QCOMPARE(merge.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("killed-out"))));

    // Rerun the study: shorten nothing, run both jobs; then the merge completes.
    for (const QString &index : {QStringLiteral("0"), QStringLiteral("1")})
        QCOMPARE(runExplorer({"--run-job", plan, index}).exitCode, 0);
    QCOMPARE(entries(plan + QStringLiteral("/results")), (QStringList{"0.json", "1.json"}));
    QCOMPARE(runExplorer({"--merge", plan, "--out", m_dir.filePath(QStringLiteral("killed-out"))}).exitCode, 0);
}

void TestStudy::mergingTwoPlansIsRefused()
{
    const QString a = m_dir.filePath(QStringLiteral("two-a")), b = m_dir.filePath(QStringLiteral("two-b"));
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", a, "--sweep", "function.memory_mb=512,1024"}).exitCode, 0);
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", b, "--sweep", "function.memory_mb=512,2048"}).exitCode, 0);
    for (const QString &dir : {a, b})
        for (const QString &index : {QStringLiteral("0"), QStringLiteral("1")})
            QCOMPARE(runExplorer({"--run-job", dir, index}).exitCode, 0);
    // B's job 1 copied over A's: the files look alike, the plan hash tells them apart.
    QFile::remove(a + QStringLiteral("/results/1.json"));
    QVERIFY(QFile::copy(b + QStringLiteral("/results/1.json"), a + QStringLiteral("/results/1.json")));
    const QString out = m_dir.filePath(QStringLiteral("two-out"));
    const ExplorerRun m = runExplorer({"--merge", a, "--out", out});
    QCOMPARE(m.exitCode, 2);
    QVERIFY2(m.err.contains(QStringLiteral("%1/results/1.json: written for another plan").arg(a).toUtf8()), m.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    // --run-job does not overwrite it either.
    const ExplorerRun r = runExplorer({"--run-job", a, "1"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("written for another plan"), r.err.constData());
    // Nor does a new plan into a folder with another plan's results.
    const ExplorerRun p = runExplorer({"--headless", m_scenario, "--plan", a, "--sweep", "function.memory_mb=128,256"});
    QCOMPARE(p.exitCode, 2);
    QVERIFY2(p.err.contains("holds another study with results"), p.err.constData());
}

void TestStudy::missingJobsAreListedWithTheirCommands()
{
    const QString plan = m_dir.filePath(QStringLiteral("missing"));
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", plan, "--sweep", "function.memory_mb=512,1024,2048"}).exitCode, 0);
    QCOMPARE(runExplorer({"--run-job", plan, "1"}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("missing-out"));
    const ExplorerRun m = runExplorer({"--merge", plan, "--out", out});
    QCOMPARE(m.exitCode, 1);
    const QStringList jobs = lines(readAll(plan + QStringLiteral("/jobs.txt")));
    QVERIFY2(m.err.contains("2 of 3 jobs have no usable result (2 missing, 0 bad)"), m.err.constData());
    QVERIFY2(m.err.contains(("  " + jobs[0] + "\n").toUtf8()), m.err.constData());
    QVERIFY2(m.err.contains(("  " + jobs[2] + "\n").toUtf8()), m.err.constData());
    QVERIFY(!m.err.contains(("  " + jobs[1] + "\n").toUtf8()));
    QVERIFY(!QFileInfo::exists(out));
}

void TestStudy::aJobDoneIsSkipped()
{
    const QString plan = m_dir.filePath(QStringLiteral("skip"));
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", plan, "--sweep", "function.memory_mb=512"}).exitCode, 0);
    QCOMPARE(runExplorer({"--run-job", plan, "0"}).exitCode, 0);
    const QString result = plan + QStringLiteral("/results/0.json");
    const QDateTime written = QFileInfo(result).lastModified();
    const QByteArray bytes = readAll(result);
    const ExplorerRun again = runExplorer({"--run-job", plan, "0"});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("already done"), again.out.constData());
    QCOMPARE(QFileInfo(result).lastModified(), written);
    QCOMPARE(readAll(result), bytes);
    // Planning the same study again keeps its results.
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", plan, "--sweep", "function.memory_mb=512"}).exitCode, 0);
    QCOMPARE(readAll(result), bytes);
}

void TestStudy::functionStudyEqualsEachFunctionAlone_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("functions");
    QTest::addColumn<int>("jobs");   // at 4 functions a job
    QTest::newRow("azure2019 with durations") << "azure2019" << 6 << 2;
    QTest::newRow("azure2021") << "azure2021" << 3 << 1;
}

void TestStudy::functionStudyEqualsEachFunctionAlone()
{
    QFETCH(QString, format);
    QFETCH(int, functions);
    QFETCH(int, jobs);
    const QString plan = m_dir.filePath(QStringLiteral("functions-") + format);
    const ExplorerRun p = runExplorer({"--headless", azureScenario(m_dir, format), "--plan", plan, "--plan-by", "function",
                                       "--functions-per-job", "4"});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(lines(readAll(plan + QStringLiteral("/jobs.txt"))).size(), jobs);
    for (int index = 0; index < jobs; ++index)
        QCOMPARE(runExplorer({"--run-job", plan, QString::number(index)}).exitCode, 0);
    const QString out = plan + QStringLiteral("-out");
    QCOMPARE(runExplorer({"--merge", plan, "--out", out}).exitCode, 0);
    QCOMPARE(entries(out), (QStringList{"account.json", "functions.csv"}));
    const QStringList rows = lines(readAll(out + QStringLiteral("/functions.csv")));
    QCOMPARE(rows.size(), functions + 1);
    QCOMPARE(rows[0], QStringLiteral("app,function,requests,cold_starts,cold_start_ratio,latency_p50_ms,latency_p99_ms,"
                                     "cost_total_usd,cost_per_million_requests_usd,idle_gb_s"));

    // Each function run alone by the headless runner on the whole trace, chosen as a user would.
    qint64 requests = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList f = rows[i].split(QLatin1Char(','));
        const QString alone = m_dir.filePath(QStringLiteral("alone-%1-%2-%3").arg(format, f[0], f[1]));
        QCOMPARE(runExplorer({"--headless", azureScenario(m_dir, format, f[0], f[1]), "--out", alone, "--outputs", "summary"})
                     .exitCode,
                 0);
        const QJsonObject s = QJsonDocument::fromJson(readAll(alone + QStringLiteral("/summary.json"))).object();
        const QJsonObject r = s[QStringLiteral("requests")].toObject();
        QVERIFY(r[QStringLiteral("total")].toInteger() > 0);
        QCOMPARE(f[2].toLongLong(), r[QStringLiteral("total")].toInteger());
        QCOMPARE(f[3].toLongLong(), r[QStringLiteral("cold")].toInteger() + r[QStringLiteral("snapstart")].toInteger());
        const QJsonObject latency = s[QStringLiteral("latency_ms")].toObject();
        // Both files round to the microsecond, each in its own way (x.0625 ms may go either way).
        QVERIFY2(qAbs(f[5].toDouble() - latency[QStringLiteral("p50")].toDouble()) <= 0.0010001, qPrintable(rows[i]));
        QVERIFY2(qAbs(f[6].toDouble() - latency[QStringLiteral("p99")].toDouble()) <= 0.0010001, qPrintable(rows[i]));
        const double cost = s[QStringLiteral("cost_usd")].toObject()[QStringLiteral("total")].toDouble();
        QVERIFY2(qAbs(f[7].toDouble() - cost) <= 1e-9 * qMax(1.0, cost), qPrintable(rows[i]));
        requests += f[2].toLongLong();
    }
    const QJsonObject account = QJsonDocument::fromJson(readAll(out + QStringLiteral("/account.json"))).object();
    QCOMPARE(account[QStringLiteral("functions")].toInt(), functions);
    QCOMPARE(account[QStringLiteral("requests")].toInteger(), requests);
}

void TestStudy::badInput_data()
{
    QTest::addColumn<QString>("setup");   // what to do to a fresh two-job plan
    QTest::addColumn<QStringList>("arguments");   // PLAN stands for the plan folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a plan folder") << "" << QStringList{"--run-job", "NOWHERE", "0"} << 2
                                       << "NOWHERE: not a study plan folder (no such folder)";
    QTest::newRow("folder without plan.json") << "remove-plan" << QStringList{"--merge", "PLAN", "--out", "OUT"} << 2
                                              << "PLAN: not a study plan folder (no plan.json";
    QTest::newRow("index out of range") << "" << QStringList{"--run-job", "PLAN", "2"} << 2
                                        << "--run-job PLAN 2: the job index is out of range (0..1)";
    QTest::newRow("index not a number") << "" << QStringList{"--run-job", "PLAN", "first"} << 2
                                        << "the job index is not an integer";
    QTest::newRow("corrupt result") << "corrupt" << QStringList{"--merge", "PLAN", "--out", "OUT"} << 2
                                    << "PLAN/results/0.json: corrupt result, not merged (not a result file (not JSON";
    QTest::newRow("another version") << "version" << QStringList{"--run-job", "PLAN", "0"} << 2
                                     << "PLAN/plan.json: version: the plan was written by lambda-explorer 0.0.1";
    QTest::newRow("edited plan") << "edit" << QStringList{"--merge", "PLAN", "--out", "OUT"} << 2
                                 << "PLAN/plan.json: hash: the content hash does not match";
    QTest::newRow("png of a function study") << "" << QStringList{"--merge", "FPLAN", "--out", "OUT", "--png"} << 2
                                             << "--png: a per-function study has no plots";
    QTest::newRow("plan-by function of a poisson workload")
        << "" << QStringList{"--headless", "SCENARIO", "--plan", "NEW", "--plan-by", "function"} << 2
        << "workload is not an azure2019 or azure2021 trace";
    QTest::newRow("plan with --out") << "" << QStringList{"--headless", "SCENARIO", "--plan", "NEW", "--out", "OUT",
                                                          "--sweep", "seed=1,2"}
                                     << 2 << "--plan cannot be combined with --out";
}

void TestStudy::badInput()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan"));
    QCOMPARE(runExplorer({"--headless", m_scenario, "--plan", plan, "--sweep", "function.memory_mb=512,1024"}).exitCode, 0);
    QCOMPARE(runExplorer({"--run-job", plan, "1"}).exitCode, 0);
    QString fplan;
    if (arguments.contains(QStringLiteral("FPLAN"))) {
        fplan = dir.filePath(QStringLiteral("fplan"));
        QCOMPARE(runExplorer({"--headless", azureScenario(m_dir), "--plan", fplan, "--plan-by", "function"}).exitCode, 0);
    }
    const QString planJson = plan + QStringLiteral("/plan.json");
    QByteArray text = readAll(planJson);
    if (setup == QLatin1String("remove-plan"))
        QVERIFY(QFile::remove(planJson));
    if (setup == QLatin1String("corrupt"))
        QVERIFY(writeFile(plan + QStringLiteral("/results/0.json"), "{\"schema\": \"lambda-explorer/stu"));
    if (setup == QLatin1String("version")) {
        const int at = text.indexOf("\"version\": \"");
        QVERIFY(at >= 0);
        text.replace(at, text.indexOf('\n', at) - at, "\"version\": \"0.0.1\"");
        QVERIFY(writeFile(planJson, text));
    }
    if (setup == QLatin1String("edit"))
        QVERIFY(writeFile(planJson, text.replace("1024.0", "1536.0")));

    QStringList args;
    for (QString a : arguments) {
        a.replace(QLatin1String("FPLAN"), fplan);
        a.replace(QLatin1String("PLAN"), plan);
        a.replace(QLatin1String("NOWHERE"), dir.filePath(QStringLiteral("nowhere")));
        a.replace(QLatin1String("NEW"), dir.filePath(QStringLiteral("new")));
        a.replace(QLatin1String("OUT"), dir.filePath(QStringLiteral("out")));
        a.replace(QLatin1String("SCENARIO"), m_scenario);
        args.append(a);
    }
    message.replace(QLatin1String("PLAN"), plan).replace(QLatin1String("NOWHERE"), dir.filePath(QStringLiteral("nowhere")));
    const ExplorerRun r = runExplorer(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith("lambda-explorer: "), r.err.constData());
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
}

QTEST_GUILESS_MAIN(TestStudy)
#include "tst_study.moc"
