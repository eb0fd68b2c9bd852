// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "explorerprocess.h"

#include <QRegularExpression>
#include <QtTest>

using namespace lle;
using lle::test::runExplorer;

Q_DECLARE_METATYPE(lle::CommandLine::Mode)

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void headlessValues();
    void valueForms();
    void outputsList();
    void laterFeaturesAreStored();
    void errors_data();
    void errors();
    void errorsFromTheProgram_data();
    void errorsFromTheProgram();
    void reportRefusesIncompatibleOptions_data();
    void reportRefusesIncompatibleOptions();
    void helpAndVersion();
    void helpListsEveryOption();
    void windowWithoutDisplay();
};

void TestCommandLine::modes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<CommandLine::Mode>("mode");
    QTest::addColumn<QString>("scenario");
    using M = CommandLine::Mode;
    QTest::newRow("nothing: window") << QStringList{} << M::Window << QString();
    QTest::newRow("a file: window") << QStringList{"api.json"} << M::Window << "api.json";
    QTest::newRow("window with --lang") << QStringList{"--lang", "ko", "api.json"} << M::Window << "api.json";
    QTest::newRow("headless") << QStringList{"--headless", "api.json", "--out", "o"} << M::Headless << "api.json";
    QTest::newRow("headless, file first") << QStringList{"api.json", "--out=o", "--headless"} << M::Headless
                                          << "api.json";
    QTest::newRow("-- ends options") << QStringList{"--headless", "--out", "o", "--", "--odd.json"} << M::Headless
                                     << "--odd.json";
    QTest::newRow("print default") << QStringList{"--print-default-scenario"} << M::PrintDefaultScenario << QString();
    QTest::newRow("version") << QStringList{"--version"} << M::Version << QString();
    QTest::newRow("help") << QStringList{"--help"} << M::Help << QString();
    QTest::newRow("-h") << QStringList{"-h"} << M::Help << QString();
    QTest::newRow("help wins over what follows") << QStringList{"--headless", "--help", "--bogus"} << M::Help
                                                 << QString();
    QTest::newRow("calibrate") << QStringList{"--calibrate", "logs.txt", "--out", "o"} << M::Calibrate << QString();
    QTest::newRow("plan") << QStringList{"--headless", "api.json", "--sweep", "seed=1,2", "--plan", "p"} << M::Headless
                          << "api.json";
    QTest::newRow("run a job") << QStringList{"--run-job", "p", "12"} << M::RunJob << QString();
    QTest::newRow("merge") << QStringList{"--merge", "p", "--out", "o", "--png"} << M::Merge << QString();
}

void TestCommandLine::modes()
{
    QFETCH(QStringList, args);
    QFETCH(CommandLine::Mode, mode);
    QFETCH(QString, scenario);
    const auto r = parseCommandLine(args);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.commandLine.mode, mode);
    QCOMPARE(r.commandLine.scenarioPath, scenario);
}

void TestCommandLine::headlessValues()
{
    const auto r = parseCommandLine({"--headless", "s.json", "--out", "out dir", "--seed", "18446744073709551615",
                                     "--duration-s", "90.5", "--set", "function.memory_mb=2048", "--set",
                                     "platform.routing=\"mru\"", "--bucket-s", "0.5", "--png", "--wall-time"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    const CommandLine &c = r.commandLine;
    QCOMPARE(c.outDir, QStringLiteral("out dir"));
    QVERIFY(c.seed.has_value());
    QCOMPARE(*c.seed, 18446744073709551615ULL);
    QCOMPARE(*c.durationS, 90.5);
    QCOMPARE(c.sets, (QStringList{"function.memory_mb=2048", "platform.routing=\"mru\""}));
    QCOMPARE(c.bucketS, 0.5);
    QVERIFY(c.png);
    QVERIFY(c.wallTime);
    QVERIFY(c.outputs == OutputSelection{});
}

void TestCommandLine::valueForms()
{
    // "--opt=value" and "--opt value" mean the same; '=' inside a --set value stays.
    const auto a = parseCommandLine({"--headless", "s.json", "--out=o", "--set=name=a=b", "--seed=7"});
    const auto b = parseCommandLine({"--headless", "s.json", "--out", "o", "--set", "name=a=b", "--seed", "7"});
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.commandLine.outDir, b.commandLine.outDir);
    QCOMPARE(a.commandLine.sets, QStringList{"name=a=b"});
    QCOMPARE(a.commandLine.sets, b.commandLine.sets);
    QCOMPARE(*a.commandLine.seed, *b.commandLine.seed);
}

void TestCommandLine::outputsList()
{
    const auto r = parseCommandLine({"--headless", "s.json", "--out", "o", "--outputs", "metrics,summary"});
    QVERIFY(r.ok());
    const OutputSelection s = r.commandLine.outputs;
    QVERIFY(s.summary && s.metrics);
    QVERIFY(!s.invocations && !s.environments && !s.timeline);
    QVERIFY(!s.perRequest());
    const auto t = parseCommandLine({"--headless", "s.json", "--out", "o", "--outputs", "timeline"});
    QVERIFY(t.ok() && t.commandLine.outputs.perRequest() && !t.commandLine.outputs.summary);
}

void TestCommandLine::laterFeaturesAreStored()
{
    const auto r = parseCommandLine({"--headless", "s.json", "--out", "o", "--sweep", "function.memory_mb=512,1024",
                                     "--sweep", "platform.routing=newest,mru", "--replications", "5", "--report",
                                     "rep", "--lang", "en"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.commandLine.sweeps, (QStringList{"function.memory_mb=512,1024", "platform.routing=newest,mru"}));
    QCOMPARE(r.commandLine.replications, 5);
    QCOMPARE(r.commandLine.reportDir, QStringLiteral("rep"));
    QCOMPARE(r.commandLine.lang, QStringLiteral("en"));
    const auto c = parseCommandLine({"--calibrate", "logs.txt", "--out", "o"});
    QVERIFY(c.ok());
    QCOMPARE(c.commandLine.calibrateLog, QStringLiteral("logs.txt"));
    const auto plan = parseCommandLine({"--headless", "t.json", "--plan", "p", "--plan-by", "function",
                                        "--functions-per-job", "250"});
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.commandLine.planDir, QStringLiteral("p"));
    QCOMPARE(plan.commandLine.planBy, QStringLiteral("function"));
    QCOMPARE(plan.commandLine.functionsPerJob, 250);
    const auto job = parseCommandLine({"--run-job", "p", "4096"});
    QVERIFY(job.ok());
    QCOMPARE(job.commandLine.studyDir, QStringLiteral("p"));
    QCOMPARE(job.commandLine.jobIndex, qint64(4096));
    QVERIFY(job.commandLine.scenarioPath.isEmpty());
}

namespace {
void addErrorRows()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");   // a part of the message
    const QStringList h = {"--headless", "s.json", "--out", "o"};
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "unknown option --frobnicate";
    QTest::newRow("unknown short option") << QStringList{"-x"} << "unknown option -x";
    QTest::newRow("two scenario files") << QStringList{"a.json", "b.json"} << "one scenario file at most";
    QTest::newRow("headless without a file") << QStringList{"--headless", "--out", "o"} << "needs a scenario file";
    QTest::newRow("headless without --out") << QStringList{"--headless", "s.json"} << "needs --out";
    QTest::newRow("--out without value") << (QStringList{"--headless", "s.json", "--out"}) << "--out needs a value";
    QTest::newRow("--out empty") << (QStringList{"--headless", "s.json", "--out="}) << "--out needs a non-empty";
    QTest::newRow("--out twice") << (h + QStringList{"--out", "p"}) << "--out given twice";
    QTest::newRow("--seed not a number") << (h + QStringList{"--seed", "abc"}) << "--seed abc: not an unsigned";
    QTest::newRow("--seed negative") << (h + QStringList{"--seed", "-1"}) << "--seed -1";
    QTest::newRow("--seed too large") << (h + QStringList{"--seed", "18446744073709551616"}) << "--seed 1844";
    QTest::newRow("--seed fraction") << (h + QStringList{"--seed", "1.5"}) << "--seed 1.5";
    QTest::newRow("--duration-s zero") << (h + QStringList{"--duration-s", "0"}) << "--duration-s 0: out of range";
    QTest::newRow("--duration-s too long") << (h + QStringList{"--duration-s", "34560001"}) << "out of range";
    QTest::newRow("--duration-s text") << (h + QStringList{"--duration-s", "10s"}) << "--duration-s 10s: not a number";
    QTest::newRow("--duration-s nan") << (h + QStringList{"--duration-s", "nan"}) << "not a number";
    QTest::newRow("--bucket-s negative") << (h + QStringList{"--bucket-s", "-1"}) << "--bucket-s -1: out of range";
    QTest::newRow("--set without =") << (h + QStringList{"--set", "function.memory_mb"}) << "not PATH=VALUE";
    QTest::newRow("--set without path") << (h + QStringList{"--set", "=5"}) << "not PATH=VALUE";
    QTest::newRow("--outputs unknown") << (h + QStringList{"--outputs", "summary,plots"}) << "unknown output 'plots'";
    QTest::newRow("--outputs empty name") << (h + QStringList{"--outputs", "summary,"}) << "empty name";
    QTest::newRow("--outputs empty") << (h + QStringList{"--outputs", ""}) << "empty list";
    QTest::newRow("flag with a value") << (h + QStringList{"--png=yes"}) << "--png takes no value";
    QTest::newRow("--lang unknown") << QStringList{"--lang", "fr"} << "--lang fr: unknown language (ko, en)";
    QTest::newRow("--sweep without values") << (h + QStringList{"--sweep", "function.memory_mb="}) << "--sweep";
    QTest::newRow("--sweep empty value") << (h + QStringList{"--sweep", "function.memory_mb=1,,2"}) << "empty value";
    QTest::newRow("--replications zero") << (h + QStringList{"--sweep", "a=1", "--replications", "0"})
                                         << "--replications 0: out of range";
    QTest::newRow("--replications without --sweep") << (h + QStringList{"--replications", "3"}) << "needs --sweep";
    QTest::newRow("run option without --headless") << QStringList{"s.json", "--seed", "3"}
                                                   << "--seed is for headless runs";
    QTest::newRow("--out without --headless") << QStringList{"--out", "o"} << "--out is for headless runs";
    QTest::newRow("two modes") << QStringList{"--headless", "--print-default-scenario"} << "cannot be combined";
    QTest::newRow("print default with a file") << QStringList{"--print-default-scenario", "s.json"}
                                               << "takes no scenario file";
    QTest::newRow("print default with --seed") << QStringList{"--print-default-scenario", "--seed", "1"}
                                               << "cannot be combined";
    QTest::newRow("calibrate without --out") << QStringList{"--calibrate", "logs.txt"} << "needs --out";
    QTest::newRow("error before --help wins") << QStringList{"--bogus", "--help"} << "unknown option --bogus";
    const QStringList p = {"--headless", "s.json", "--plan", "p"};
    QTest::newRow("--plan without --sweep") << p << "--plan needs --sweep";
    QTest::newRow("--plan with --out") << (p + QStringList{"--sweep", "seed=1,2", "--out", "o"})
                                       << "--plan cannot be combined with --out";
    QTest::newRow("--plan with --png") << (p + QStringList{"--sweep", "seed=1,2", "--png"})
                                       << "--plan cannot be combined with --png";
    QTest::newRow("--plan-by unknown") << (p + QStringList{"--plan-by", "app"}) << "--plan-by app: unknown way";
    QTest::newRow("--plan-by without --plan") << (h + QStringList{"--plan-by", "function"}) << "--plan-by needs --plan";
    QTest::newRow("--plan-by function with --sweep") << (p + QStringList{"--plan-by", "function", "--sweep", "seed=1"})
                                                     << "cannot be combined with --sweep";
    QTest::newRow("--plan-by function with --replications") << (p + QStringList{"--plan-by", "function", "--replications", "3"})
                                                            << "cannot be combined with --replications";
    QTest::newRow("--functions-per-job zero") << (p + QStringList{"--plan-by", "function", "--functions-per-job", "0"})
                                              << "--functions-per-job 0: out of range";
    QTest::newRow("--functions-per-job by point") << (p + QStringList{"--sweep", "seed=1", "--functions-per-job", "5"})
                                                  << "--functions-per-job needs --plan-by function";
    QTest::newRow("--run-job without index") << QStringList{"--run-job", "p"} << "--run-job needs a job index";
    QTest::newRow("--run-job negative index") << QStringList{"--run-job", "p", "--", "-1"} << "not an integer";
    QTest::newRow("--run-job with --seed") << QStringList{"--run-job", "p", "0", "--seed", "2"}
                                           << "--seed cannot be combined with --run-job";
    QTest::newRow("--merge without --out") << QStringList{"--merge", "p"} << "--merge needs --out";
    QTest::newRow("--merge and --run-job") << QStringList{"--merge", "p", "--run-job", "p", "1"} << "cannot be combined";
}
}  // namespace

void TestCommandLine::errors_data() { addErrorRows(); }

void TestCommandLine::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto r = parseCommandLine(args);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
}

void TestCommandLine::errorsFromTheProgram_data() { addErrorRows(); }

void TestCommandLine::errorsFromTheProgram()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto run = runExplorer(args);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    const auto lines = run.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("lambda-explorer: "), lines.first().constData());
    QVERIFY2(QString::fromLocal8Bit(lines.first()).contains(expected), lines.first().constData());
}

void TestCommandLine::reportRefusesIncompatibleOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    // A report bundle holds every file of one run: options that choose other files or several
    // runs are refused.
    const QStringList r = {"--headless", "s.json", "--report", "r"};
    QTest::newRow("--report --out") << (r + QStringList{"--out", "o"})
                                    << QByteArray("lambda-explorer: --report and --out cannot be combined (--report DIR "
                                                  "writes every file into DIR)\n");
    QTest::newRow("--report --sweep") << (r + QStringList{"--sweep", "function.memory_mb=512,1024"})
                                      << QByteArray("lambda-explorer: --report cannot be combined with --sweep\n");
    QTest::newRow("--report --outputs")
        << (r + QStringList{"--outputs", "summary"})
        << QByteArray("lambda-explorer: --outputs cannot be combined with --report (a report carries every file)\n");
}

void TestCommandLine::reportRefusesIncompatibleOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    // Refused before anything is read or written: the scenario and folders need not exist.
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto run = runExplorer(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, message);
    QCOMPARE(lle::test::entries(dir.path()), QStringList());
}

void TestCommandLine::helpAndVersion()
{
    const auto version = runExplorer({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^lambda-explorer \d+\.\d+\.\d+ \(model reference \S+\)\n$)"))
                 .match(QString::fromUtf8(version.out))
                 .hasMatch(),
             version.out.constData());
    QCOMPARE(version.out, (versionText() + QLatin1Char('\n')).toUtf8());
    QCOMPARE(version.err, QByteArray());

    const auto help = runExplorer({"--help"});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.out, helpText().toUtf8());
    QCOMPARE(help.err, QByteArray());
}

void TestCommandLine::helpListsEveryOption()
{
    const QString help = helpText();
    QVERIFY(help.startsWith(QLatin1String("Usage:\n")));
    QVERIFY(help.endsWith(QLatin1Char('\n')));
    for (const char *option : {"--headless", "--out DIR", "--seed N", "--duration-s S", "--set PATH=VALUE",
                               "--outputs LIST", "--bucket-s S", "--png", "--wall-time", "--sweep", "--replications N",
                               "--report DIR", "--video OUT", "--video-view VIEW", "--video-from-s S", "--video-to-s S",
                               "--video-speed X", "--video-fps N", "--video-size WxH",
                               "--calibrate LOGFILE", "--lang ko|en", "--print-default-scenario",
                               "--version", "--help"}) {
        const QString line = QLatin1String("\n  ") + QLatin1String(option);
        QVERIFY2(help.contains(line), option);
    }
    // The contract's synopsis, line by line.
    QVERIFY(help.contains(QLatin1String("lambda-explorer --headless SCENARIO.json --out DIR [--seed N] [--duration-s S]")));
    QVERIFY(help.contains(QLatin1String("lambda-explorer --headless SCENARIO.json --report DIR")));
    QVERIFY(help.contains(QLatin1String("lambda-explorer --print-default-scenario")));
    QVERIFY(help.contains(QLatin1String("lambda-explorer --version | --help")));
}

void TestCommandLine::windowWithoutDisplay()
{
    // No arguments mean the window; without a display that is one clear line, not a Qt abort.
    const auto run = runExplorer({});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith("lambda-explorer: the window needs a display") && run.err.contains("--headless"),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
