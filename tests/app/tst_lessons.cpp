// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessoncues.h"
#include "lessonfigures.h"
#include "lessonfile.h"
#include "lessonplayer.h"
#include "scenarioio.h"
#include "lessonstrings.h"
#include "language.h"
#include "runtesting.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>

using namespace lle;

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void builtInLessons();
    void everyLessonLoads_data();
    void everyLessonLoads();
    void cuesFoundOnRecordedRuns_data();
    void cuesFoundOnRecordedRuns();
    void lessonTextsAreInLessonStrings();
    void errorsNameFileAndStep_data();
    void errorsNameFileAndStep();
    void cueReachedAtOnARun();
    void changeCueSkipsAChangeOfNothing();
    void playerWalksSteps();
    void lessonValuesWinOverPresets_data() { everyLessonLoads_data(); }
    void lessonValuesWinOverPresets();
    void figuresComeFromTheRun_data() { everyLessonLoads_data(); }
    void figuresComeFromTheRun();
    void figureValues();
    void statedNumbersAreTheRuns_data();
    void statedNumbersAreTheRuns();
};

void TestLessons::builtInLessons()
{
    const QStringList files = builtInLessonFiles();
    QVERIFY2(files.size() >= 6, qPrintable(files.join(QLatin1Char(' '))));
    QSet<QString> ids;
    for (const QString &f : files) {
        auto r = loadLesson(f);
        QVERIFY2(r.lesson, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QVERIFY2(!ids.contains(r.lesson->id), qPrintable(r.lesson->id));
        ids.insert(r.lesson->id);
    }
    for (const char *id : {"memory-cpu-cost", "lifecycle", "global-scope", "keep-warm", "provisioned-concurrency", "snapstart"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestLessons::everyLessonLoads_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : builtInLessonFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestLessons::everyLessonLoads()
{
    QFETCH(QString, file);
    auto r = loadLesson(file);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(r.lesson);
    const Lesson &l = *r.lesson;
    QVERIFY(!l.title.isEmpty());
    QVERIFY(l.steps.size() >= 4);
    int questions = 0, highlights = 0;
    for (const auto &s : l.steps) {
        questions += !s.question.isEmpty();
        highlights += !s.highlight.isEmpty();
        QVERIFY(!s.narrate.isEmpty() || !s.question.isEmpty());
    }
    QVERIFY2(questions >= 1, "every lesson asks at least one question");
    QVERIFY(highlights >= 1);
}

void TestLessons::cuesFoundOnRecordedRuns_data() { everyLessonLoads_data(); }

/// Walks the lesson as the window does (a restarting step replays its scenario from 0, a change
/// step adds a change at the playhead) and checks that every cue happens after the playhead.
void TestLessons::cuesFoundOnRecordedRuns()
{
    QFETCH(QString, file);
    auto r = loadLesson(file);
    QVERIFY(r.lesson);
    const Lesson &l = *r.lesson;
    Scenario scenario;
    RunPtr run;
    double playhead = 0;
    for (int i = 0; i < int(l.steps.size()); ++i) {
        const LessonStep &step = l.steps[std::size_t(i)];
        if (i == 0 || step.restarts()) {
            scenario = l.scenarioForStep(i);
            QVERIFY2(validateScenario(scenario).empty(), qPrintable(QStringLiteral("step %1").arg(i + 1)));
            run = testing::recordRun(scenario);
            playhead = 0;
        }
        if (!step.change.empty()) {
            scenario.changes.push_back(Change{playhead / 1000.0, step.change});
            run = testing::recordRun(scenario);
        }
        if (step.cue.kind == Cue::Kind::None)
            continue;
        const auto t = cueReachedAt(*run, step.cue, playhead);
        QVERIFY2(t, qPrintable(QStringLiteral("%1: step %2: cue %3 (env %4) not reached after %5 ms")
                                   .arg(file).arg(i + 1).arg(cueEventName(step.cue.kind)).arg(step.cue.env).arg(playhead)));
        QVERIFY(*t >= playhead);
        playhead = *t;
    }
}

void TestLessons::lessonTextsAreInLessonStrings()
{
    QSet<QString> listed;
    for (int i = 0; i < lessonStringCount(); ++i)
        listed.insert(QString::fromUtf8(lessonString(i)));
    for (const QString &f : builtInLessonFiles()) {
        auto r = loadLesson(f);
        QVERIFY(r.lesson);
        QStringList texts{r.lesson->title, r.lesson->summary};
        for (const auto &s : r.lesson->steps)
            texts << s.narrate << s.question << s.answer;
        for (const QString &t : texts)
            if (!t.isEmpty())
                QVERIFY2(listed.contains(t), qPrintable(QStringLiteral("%1: run scripts/lesson-strings: %2").arg(f, t)));
    }
}

void TestLessons::errorsNameFileAndStep_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key path")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"a"},{"set":{"function.memori_mb":512}}]})")
        << QStringLiteral("bad.json: step 2: set: function.memori_mb");
    QTest::newRow("out of range")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"set":{"function.memory_mb":20000}}]})")
        << QStringLiteral("bad.json: step 1: set: function.memory_mb");
    QTest::newRow("empty highlight")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"a"},{"narrate":"b"},{"highlight":" "}]})")
        << QStringLiteral("bad.json: step 3: highlight");
    QTest::newRow("nothing to do")
        << QByteArray(R"({"id":"x","title":"T","steps":[{}]})") << QStringLiteral("bad.json: step 1: the step has nothing to do");
    QTest::newRow("unknown event")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"run_until":{"event":"sleep"}}]})")
        << QStringLiteral("bad.json: step 1: run_until");
    QTest::newRow("base scenario")
        << QByteArray(R"({"id":"x","title":"T","scenario":{"set":{"nope":1}},"steps":[{"narrate":"a"}]})")
        << QStringLiteral("bad.json: scenario.set: nope");
    QTest::newRow("SnapStart with PC")
        << QByteArray(R"({"id":"x","title":"T","scenario":{"set":{"function.runtime":"java21","function.snapstart.enabled":true}},)"
                      R"("steps":[{"narrate":"a"},{"set":{"function.provisioned_concurrency":2}}]})")
        << QStringLiteral("bad.json: step 2: scenario:");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("bad.json: not a JSON object");
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"id":"x","title":"T","stpes":[],"steps":[{"narrate":"a"}]})")
        << QStringLiteral("bad.json: unknown key \"stpes\"");
    QTest::newRow("unknown scenario key")
        << QByteArray(R"({"id":"x","title":"T","scenario":{"duration":60},"steps":[{"narrate":"a"}]})")
        << QStringLiteral("bad.json: scenario: unknown key \"duration\"");
    QTest::newRow("unknown run_until key")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"a"},{"run_until":{"time_s":5,"enc":1}}]})")
        << QStringLiteral("bad.json: step 2: run_until: unknown key \"enc\"");
    QTest::newRow("unknown figure")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"a"},{"narrate":"cold starts take {cold_ms}"}]})")
        << QStringLiteral("bad.json: step 2: unknown figure {cold_ms}");
    QTest::newRow("figure the run cannot fill")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"a restore takes {restore_ms}"}]})")
        << QStringLiteral("bad.json: step 1: {restore_ms} cannot be filled: the step's scenario has no SnapStart");
    QTest::newRow("scenario key that is no number")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"the {function.runtime} runtime"}]})")
        << QStringLiteral("bad.json: step 1: {function.runtime} cannot be filled: function.runtime is not a number of the step's scenario");
    QTest::newRow("unknown scenario key")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"{function.memori_mb} MB"}]})")
        << QStringLiteral("bad.json: step 1: {function.memori_mb} cannot be filled: function.memori_mb is not a number");
    QTest::newRow("Managed Instances figure on demand")
        << QByteArray(R"({"id":"x","title":"T","steps":[{"narrate":"{mi_slots} slots"}]})")
        << QStringLiteral("bad.json: step 1: {mi_slots} cannot be filled: the step's scenario does not run on Managed Instances");
}

void TestLessons::errorsNameFileAndStep()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto r = parseLesson(json, QStringLiteral("bad.json"));
    QVERIFY(!r.lesson);
    QVERIFY(!r.errors.isEmpty());
    QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(expected), qPrintable(r.errors.join(QLatin1Char('\n'))));
}

void TestLessons::cueReachedAtOnARun()
{
    Scenario s = defaultScenario();
    s.durationS = 600;
    setScenarioValue(s, "workload.pattern", std::string("constant"));
    setScenarioValue(s, "workload.rate_per_s", 0.05);   // every 20 s
    setScenarioValue(s, "platform.idle_timeout_s", 30.0);
    setScenarioValue(s, "platform.max_lifetime_s", 200.0);
    RunPtr run = testing::recordRun(s);

    Cue cold{Cue::Kind::ColdStart};
    auto t = cueReachedAt(*run, cold);
    QVERIFY(t);
    QCOMPARE(*t, run->envs.front().record.createdMs);
    QVERIFY(!cueReachedAt(*run, Cue{Cue::Kind::ColdStart, 0, 99}));   // no environment 99

    Cue frozen{Cue::Kind::Frozen, 0, 1};
    auto f = cueReachedAt(*run, frozen);
    QVERIFY(f && *f > *t);
    Cue warm{Cue::Kind::WarmStart, 0, 1};
    auto w = cueReachedAt(*run, warm, *f);
    QVERIFY(w && *w > *f);
    // Every 20 s with a 30 s idle lifetime: reused, never expired; recycled at 200 s.
    QVERIFY(!cueReachedAt(*run, Cue{Cue::Kind::IdleShutdown}));
    auto rec = cueReachedAt(*run, Cue{Cue::Kind::Recycled});
    QVERIFY(rec);
    QVERIFY(*rec >= 200'000 && *rec < 240'000);
    // The next cold start after the recycling is at or after it.
    auto again = cueReachedAt(*run, cold, *t);
    QVERIFY(again && *again >= 200'000);

    QCOMPARE(cueReachedAt(*run, Cue{Cue::Kind::Time, 42'000}), std::optional<double>(42'000));
    QVERIFY(!cueReachedAt(*run, Cue{Cue::Kind::Time, 42'000}, 50'000));
    QVERIFY(!cueReachedAt(*run, Cue{Cue::Kind::Throttled}));
    QVERIFY(!cueReachedAt(*run, Cue{}));

    // Idle shutdown: every 60 s with a 30 s idle lifetime.
    setScenarioValue(s, "workload.rate_per_s", 1.0 / 60);
    run = testing::recordRun(s);
    auto idle = cueReachedAt(*run, Cue{Cue::Kind::IdleShutdown});
    QVERIFY(idle);
    QVERIFY(*idle > 30'000 && *idle < 40'000);

    // A partial run: nothing after what is recorded.
    auto partial = std::make_shared<RecordedRun>(*run);
    partial->recordedUntilMs = 10'000;
    QVERIFY(!cueReachedAt(*partial, Cue{Cue::Kind::IdleShutdown}));
}

void TestLessons::changeCueSkipsAChangeOfNothing()
{
    // At 100 s the memory is set to the value it has: a mark with no settings, no change to cue.
    Scenario s = defaultScenario();
    s.durationS = 300;
    setScenarioValue(s, "function.memory_mb", 512.0);
    s.changes.push_back(Change{100, {{"function.memory_mb", 512.0}}});
    s.changes.push_back(Change{200, {{"function.memory_mb", 1024.0}}});
    RunPtr run = testing::recordRun(s);
    QCOMPARE(run->changes.size(), size_t(2));
    QVERIFY(run->changes[0].settings.empty());
    QVERIFY(!run->changes[1].settings.empty());
    QCOMPARE(cueReachedAt(*run, Cue{Cue::Kind::Change}), std::optional<double>(200'000));
    QVERIFY(!cueReachedAt(*run, Cue{Cue::Kind::Change}, 200'000));
}

void TestLessons::playerWalksSteps()
{
    LessonPlayer player;
    QVERIFY(player.load(QStringLiteral(":/lessons/02-lifecycle.json")));
    QSignalSpy scenarios(&player, &LessonPlayer::scenarioRequested);
    QSignalSpy steps(&player, &LessonPlayer::stepChanged);
    QSignalSpy highlights(&player, &LessonPlayer::highlightRequested);
    QSignalSpy cues(&player, &LessonPlayer::cueRequested);
    player.start();
    QCOMPARE(scenarios.size(), 1);
    QCOMPARE(player.stepIndex(), 0);
    QCOMPARE(player.progressText(), QStringLiteral("1 / %1").arg(player.stepCount()));
    QCOMPARE(highlights.last().at(0).toString(), QStringLiteral("diagram"));
    QCOMPARE(cues.last().at(0).value<Cue>().kind, Cue::Kind::ColdStart);
    QVERIFY(!player.narration().isEmpty());
    player.next();
    QCOMPARE(scenarios.size(), 1);   // a step without `set` keeps watching the same run
    QCOMPARE(player.stepIndex(), 1);
    QVERIFY(player.hasPrevious());
    player.previous();
    QCOMPARE(player.stepIndex(), 0);
    QCOMPARE(scenarios.size(), 2);   // back: the step's scenario from 0
    while (player.hasNext())
        player.next();
    QCOMPARE(player.stepIndex(), player.stepCount() - 1);
    player.next();
    QCOMPARE(player.stepIndex(), player.stepCount() - 1);
    QCOMPARE(steps.size(), player.stepCount() + 2);   // start, next, previous, then to the end
    player.restart();
    QCOMPARE(player.stepIndex(), 0);

    // The memory lesson restarts with a new scenario at each `set`.
    QVERIFY(player.load(QStringLiteral(":/lessons/01-memory-cpu-cost.json")));
    scenarios.clear();
    player.start();
    for (int i = 0; i < 3; ++i)
        player.next();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.last().at(0).value<Scenario>().function.memoryMb, 1769);
}

/// Every value a lesson sets is the value in effect at each step, whatever order the keys come
/// in: a runtime set after the function init used to refill the preset's init (issue 13: the
/// SnapStart lesson said 3,000 ms, the run used 1,500 ms).
void TestLessons::lessonValuesWinOverPresets()
{
    QFETCH(QString, file);
    auto r = loadLesson(file);
    QVERIFY(r.lesson);
    const Lesson &l = *r.lesson;
    for (int i = 0; i < int(l.steps.size()); ++i) {
        std::map<std::string, ScalarValue> expected(l.set.begin(), l.set.end());
        for (int k = 0; k <= i; ++k)
            for (const auto &[path, value] : l.steps[std::size_t(k)].set)
                expected[path] = value;
        const nlohmann::json j = scenarioToJson(l.scenarioForStep(i));
        for (const auto &[path, value] : expected) {
            const auto actual = jsonValueAt(j, path);
            QVERIFY2(actual, qPrintable(QStringLiteral("%1: step %2: %3").arg(file).arg(i + 1).arg(QString::fromStdString(path))));
            QVERIFY2(*actual == value || (std::holds_alternative<double>(*actual) && std::holds_alternative<double>(value)
                                          && std::get<double>(*actual) == std::get<double>(value)),
                     qPrintable(QStringLiteral("%1: step %2: %3 is not the lesson's value").arg(file).arg(i + 1).arg(QString::fromStdString(path))));
        }
    }
}

/// Plays every lesson as the window does and fills each step's texts at its cue: every figure
/// placeholder gets a value from the run.
void TestLessons::figuresComeFromTheRun()
{
    QFETCH(QString, file);
    auto r = loadLesson(file);
    QVERIFY(r.lesson);
    const Lesson &l = *r.lesson;
    testing::playLessonSteps(l, [&](int i, const LessonStep &step, const RunPtr &run, double playhead) {
        for (const QString &text : {step.narrate, step.question, step.answer}) {
            const QString filled = LessonFigures::fill(text, run.get(), playhead);
            QVERIFY2(!filled.contains(QLatin1Char('{')) && !filled.contains(QStringLiteral("…")),
                     qPrintable(QStringLiteral("%1: step %2: %3").arg(file).arg(i + 1).arg(filled)));
        }
    });
}

/// The figures are those of the run: the cold latency of a run with one cold start is its
/// latency, the counts count.
void TestLessons::figureValues()
{
    Scenario s = defaultScenario();
    s.durationS = 60;
    s.workload.pattern = WorkloadPattern::Constant;
    s.workload.ratePerS = 0.5;
    s.function.handler.cpuMs = 40;
    s.function.handler.ioMs = 20;
    const RunPtr run = testing::recordRun(s);
    double cold = -1;
    int requests = 0, colds = 0;
    std::vector<double> warm;
    for (const InvocationRecord &inv : run->invocations) {
        if (inv.kind != RequestKind::Request || inv.arrivalMs > 30'000)
            continue;
        ++requests;
        if (inv.isCold()) {
            ++colds;
            cold = inv.latencyMs;
        }
    }
    QCOMPARE(colds, 1);
    QCOMPARE(LessonFigures::value(QStringLiteral("cold_latency_ms"), *run, 30'000), LessonFigures::formatMs(cold));
    QCOMPARE(LessonFigures::value(QStringLiteral("requests"), *run, 30'000), QLocale().toString(requests));
    QCOMPARE(LessonFigures::value(QStringLiteral("cold_starts"), *run, 30'000), QStringLiteral("1"));
    QVERIFY(!LessonFigures::value(QStringLiteral("restore_ms"), *run, 30'000));
    QCOMPARE(LessonFigures::fill(QStringLiteral("{requests} requests"), run.get(), 30'000),
             QLocale().toString(requests) + QStringLiteral(" requests"));
    QCOMPARE(LessonFigures::fill(QStringLiteral("{requests}"), nullptr, 0), QStringLiteral("…"));
    // A scenario key reads from the scenario in effect, before any run of it is there.
    Scenario bigger = s;
    bigger.function.memoryMb = 1769;
    QCOMPARE(LessonFigures::fill(QStringLiteral("{function.memory_mb} MB, {requests}"), nullptr, 0, &bigger), QStringLiteral("1,769 MB, …"));
    QCOMPARE(LessonFigures::fill(QStringLiteral("{function.memory_mb} MB"), run.get(), 0), QLocale().toString(s.function.memoryMb) + QStringLiteral(" MB"));
    QCOMPARE(LessonFigures::fill(QStringLiteral("{function.handler.cpu_ms} ms every {workload.rate_per_s}/s"), run.get(), 0),
             QStringLiteral("40 ms every 0.5/s"));
    // One environment serves every request (one every 2 s, each well under that): its init
    // phases are the figures, one request is in flight at a time, and it lives at 30 s.
    QCOMPARE(run->envs.size(), std::size_t(1));
    const RecordedEnv &env = run->envs.front();
    for (const LaneSegment &seg : env.segments) {
        const QString name = seg.phase == Phase::EnvSetup        ? QStringLiteral("env_setup_ms")
                             : seg.phase == Phase::RuntimeInit  ? QStringLiteral("runtime_init_ms")
                             : seg.phase == Phase::FunctionInit ? QStringLiteral("function_init_ms")
                                                                : QString();
        if (!name.isEmpty())
            QCOMPARE(LessonFigures::value(name, *run, 30'000), LessonFigures::formatMs(seg.endMs - seg.startMs));
        if (seg.phase == Phase::Invoke)
            break;
    }
    QCOMPARE(LessonFigures::value(QStringLiteral("concurrency_peak"), *run, 30'000), QStringLiteral("1"));
    QCOMPARE(LessonFigures::value(QStringLiteral("environments_live"), *run, 30'000), QStringLiteral("1"));
    double busy = 0;
    for (const InvocationRecord &inv : run->invocations)
        if (inv.kind == RequestKind::Request && inv.arrivalMs <= 30'000)
            busy += std::min(inv.endMs, 30'000.0) - inv.arrivalMs;
    QCOMPARE(LessonFigures::value(QStringLiteral("concurrency_mean"), *run, 30'000), QLocale().toString(std::round(busy / 30'000 * 100) / 100));
    // A cost under a cent keeps its significant digits ("$0.0016", not "$0.00").
    QCOMPARE(*LessonFigures::number(QStringLiteral("cost_per_hour"), *run, 30'000), run->costAt(30'000).total() * 120);
    QVERIFY(run->costAt(30'000).total() * 120 < 0.01);
    const QString cost = *LessonFigures::value(QStringLiteral("cost_per_hour"), *run, 30'000);
    QVERIFY2(cost.startsWith(QStringLiteral("$0.00")), qPrintable(cost));
    QVERIFY2(std::fabs(cost.mid(1).toDouble() / (run->costAt(30'000).total() * 120) - 1) < 0.05, qPrintable(cost));
}

void TestLessons::statedNumbersAreTheRuns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lang");
    for (const QString &f : builtInLessonFiles())
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")})
            QTest::newRow(qPrintable(QFileInfo(f).fileName() + QLatin1Char(' ') + lang)) << f << lang;
}

/// Plays every lesson headless as the window does, in English and in Korean, and reads every
/// number each step states. A number of the run is a figure placeholder, which the run at the step
/// fills (so it is the run's, to the digit); every other number is a fact that is not the run's —
/// a price, an AWS limit, a setting of the lesson's scenario, the arithmetic of an answer — and is
/// listed below with why. A lesson that states a figure of the run in plain digits fails here.
void TestLessons::statedNumbersAreTheRuns()
{
    QFETCH(QString, file);
    QFETCH(QString, lang);
    auto r = loadLesson(file);
    QVERIFY(r.lesson);
    const Lesson &l = *r.lesson;
    // Numbers the lessons state that are not figures of the run nor of its scenario, by lesson:
    // AWS's constants and limits, measurements by others, dates, units ("1M", 100만), counts in
    // words of the text ("environment 1", "1 vCPU"). Every setting, price and figure of the run is
    // a placeholder.
    static const std::map<QString, std::vector<double>> facts = {
        // 1 vCPU at 1,769 MB and at most 6 vCPUs at 10,240 MB (AWS); 1M (100만) requests.
        {QStringLiteral("memory-cpu-cost"), {1769, 1, 6, 10240, 100}},
        // Environment 1; 5 to 15 minutes of idle lifetime measured by others; 0 and 500 ms of
        // shutdown without extensions or with internal ones only (AWS; this run has an external one).
        {QStringLiteral("lifecycle"), {1, 5, 15, 0, 500}},
        // August 2025, when init became billed; 1M (100만) requests.
        {QStringLiteral("global-scope"), {2025, 8, 1, 100}},
        // 1M (100만) requests; 1 ms, the least duration billed (AWS).
        {QStringLiteral("keep-warm"), {1, 100}},
        // One minute before and after the peak, one hour a day, 1/24 of a month's capacity.
        {QStringLiteral("provisioned-concurrency"), {1, 24}},
        // Restores of 630 to 1,100 ms and init of 250 ms measured by others; Java 11+, Python
        // 3.12+, .NET 8+ and 512 MB of ephemeral storage, SnapStart's limits (AWS).
        {QStringLiteral("snapstart"), {630, 1100, 250, 11, 3.12, 8, 512}},
        // max(1, k/v), the formula; HTTP 429.
        {QStringLiteral("managed-instances"), {1, 429}},
    };
    const std::vector<double> &allowed = facts.at(l.id);
    setApplicationLanguage(lang);
    // Digits with thousands separators and decimals ("1,769", "0.0000166667").
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"));
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z0-9_.]+\\}"));
    QStringList unexplained;
    testing::playLessonSteps(l, [&](int i, const LessonStep &step, const RunPtr &run, double playhead) {
        for (const QString &source : {step.narrate, step.question, step.answer}) {
            if (source.isEmpty())
                continue;
            const QString text = QCoreApplication::translate("Lesson", source.toUtf8().constData());
            QVERIFY2(text != source || lang == QLatin1String("en"), qPrintable(QStringLiteral("not translated: ") + source));
            // The translation keeps the source's placeholders.
            const QStringList inText = LessonFigures::placeholdersIn(text), inSource = LessonFigures::placeholdersIn(source);
            QCOMPARE(QSet<QString>(inText.begin(), inText.end()), QSet<QString>(inSource.begin(), inSource.end()));
            // Each placeholder is the run's figure, or the setting or price in effect: its text,
            // parsed back, within 5 % of the figure.
            for (const QString &name : LessonFigures::placeholdersIn(text)) {
                const auto shown = LessonFigures::value(name, *run, playhead);
                const auto figure = LessonFigures::number(name, *run, playhead);
                QVERIFY2(shown && figure, qPrintable(QStringLiteral("%1: step %2: {%3} has no value").arg(file).arg(i + 1).arg(name)));
                const auto m = number.match(*shown);
                QVERIFY2(m.hasMatch(), qPrintable(*shown));
                double stated = (m.captured(1).remove(QLatin1Char(',')) + m.captured(2)).toDouble();
                if (name.endsWith(QLatin1String("_ms")) && !name.contains(QLatin1Char('.'))
                    && *shown != LessonFigures::tr("%1 ms").arg(m.captured(0)))
                    stated *= 1000;   // "3.41 s"
                QVERIFY2(std::fabs(stated - *figure) <= 0.05 * std::fabs(*figure) + 0.005,
                         qPrintable(QStringLiteral("%1: step %2: {%3} reads %4, the run's is %5").arg(file).arg(i + 1).arg(name, *shown).arg(*figure)));
            }
            QString plain = text;
            plain.remove(placeholder);
            for (auto it = number.globalMatch(plain); it.hasNext();) {
                const auto m = it.next();
                const double v = (m.captured(1).remove(QLatin1Char(',')) + m.captured(2)).toDouble();
                const bool known = std::any_of(allowed.begin(), allowed.end(), [&](double a) {
                    return std::fabs(a - v) <= 1e-9 * std::max(1.0, std::fabs(a));
                });
                if (!known)
                    unexplained << QStringLiteral("step %1: %2 in \"%3\"").arg(i + 1).arg(m.captured(0), text.left(90));
            }
        }
    });
    setApplicationLanguage(QStringLiteral("en"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("%1 (%2): numbers neither a figure of the run nor a stated fact:\n")
                                                   .arg(file, lang) + unexplained.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
