// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldexplainer.h"
#include "runtesting.h"
#include "vocabulary.h"

#include <QRegularExpression>

#include <cmath>
#include <QTest>

using namespace lle;

namespace {

Scenario base()
{
    Scenario s = defaultScenario();
    s.durationS = 600;
    setScenarioValue(s, "workload.pattern", std::string("constant"));
    return s;
}

/// The first cold request with `reason` after `afterMs`.
const InvocationRecord *firstCold(const RecordedRun &run, ColdReason reason, double afterMs = -1)
{
    const InvocationRecord *best = nullptr;
    for (const InvocationRecord &i : run.invocations)
        if (i.isCold() && i.coldReason == reason && i.arrivalMs > afterMs && (!best || i.arrivalMs < best->arrivalMs))
            best = &i;
    return best;
}

/// The run's first warm request.
const InvocationRecord *firstWarm(const RecordedRun &run)
{
    for (const InvocationRecord &i : run.invocations)
        if (i.startedAs == StartType::Warm)
            return &i;
    return nullptr;
}

}  // namespace

class TestColdExplainer : public QObject {
    Q_OBJECT
private slots:
    void firstRequest();
    void scaleOut();
    void busyIsNotInitialising();
    void reasonInSentences_data();
    void reasonInSentences();
    void latencyParts();
    void expired();
    void recycled();
    void changedConfiguration();
    void newVersionThatChangesNothing();
    void warmAndUnknown();
    void changeInTheVocabulary_data();
    void changeInTheVocabulary();
};

void TestColdExplainer::firstRequest()
{
    RunPtr run = testing::recordRun(base());
    const auto *inv = firstCold(*run, ColdReason::First);
    QVERIFY(inv);
    const auto e = explainColdStart(*run, inv->id);
    QVERIFY(e.found && e.cold);
    QCOMPARE(e.reason, ColdReason::First);
    QCOMPARE(e.envId, 1u);
    QVERIFY2(e.reasonText.startsWith(QLatin1String("First request")), qPrintable(e.reasonText));
    // Its phases, by the names the diagram and the lanes give them: environment setup, runtime
    // init, function init, invoke (no extensions by default).
    QVERIFY2(e.history.join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral("Environment setup \\d+ ms → Runtime init \\d+ ms → Function init"))),
             qPrintable(e.history.join(QLatin1Char('\n'))));
    QVERIFY(e.history.join(QLatin1Char('\n')).contains(QStringLiteral("→ ") + Vocabulary::phaseName(Phase::Invoke)));
    QVERIFY(e.text().contains(e.title));
}

void TestColdExplainer::scaleOut()
{
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 50.0);   // ~60 ms each: several at once
    RunPtr run = testing::recordRun(s);
    const auto *inv = firstCold(*run, ColdReason::ScaleOut);
    QVERIFY(inv);
    const auto e = explainColdStart(*run, inv->id);
    QCOMPARE(e.reason, ColdReason::ScaleOut);
    QVERIFY2(e.reasonText.startsWith(QLatin1String("Scale-out:")), qPrintable(e.reasonText));
    // Count the environments serving a request and those still initialising, independently.
    int busy = 0, initialising = 0;
    for (const RecordedEnv &env : run->envs) {
        Phase p;
        if (env.record.id == inv->envId || !run->phaseAt(env, inv->arrivalMs, p))
            continue;
        if (p == Phase::Invoke)
            ++busy;
        else if (p != Phase::Frozen && p != Phase::Shutdown)
            ++initialising;
    }
    QVERIFY(busy + initialising >= 1);
    const QString all = e.reasonSentences.join(QLatin1Char('\n'));
    if (busy > 1)
        QVERIFY2(all.contains(QStringLiteral("%1 environments were busy").arg(busy)), qPrintable(all));
    else if (busy == 1)
        QVERIFY2(all.contains(QLatin1String("1 environment was busy")), qPrintable(all));
    else
        QVERIFY2(!all.contains(QLatin1String("busy")), qPrintable(all));
    if (initialising > 1)
        QVERIFY2(all.contains(QStringLiteral("%1 environments were still initialising").arg(initialising)), qPrintable(all));
    else if (initialising == 1)
        QVERIFY2(all.contains(QLatin1String("1 environment was still initialising")), qPrintable(all));
    else
        QVERIFY2(!all.contains(QLatin1String("initialising")), qPrintable(all));
}

void TestColdExplainer::busyIsNotInitialising()
{
    // A burst at once: the first environments are all still initialising when the next requests
    // arrive, so none of them is "busy" with a request.
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 2000.0);
    setScenarioValue(s, "function.init_ms.function", 1500.0);
    s.durationS = 0.2;
    RunPtr run = testing::recordRun(s);
    const InvocationRecord *inv = nullptr;
    for (const InvocationRecord &i : run->invocations)
        if (i.isCold() && i.coldReason == ColdReason::ScaleOut && (!inv || i.arrivalMs < inv->arrivalMs))
            inv = &i;
    QVERIFY(inv);
    int busy = 0, initialising = 0;
    for (const RecordedEnv &env : run->envs) {
        Phase p;
        if (env.record.id == inv->envId || !run->phaseAt(env, inv->arrivalMs, p))
            continue;
        p == Phase::Invoke ? ++busy : ++initialising;
    }
    QCOMPARE(busy, 0);
    QVERIFY(initialising >= 1);
    const auto e = explainColdStart(*run, inv->id);
    const QString all = e.reasonSentences.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1String("busy")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("still initialising")), qPrintable(all));
}

void TestColdExplainer::reasonInSentences_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("idle");
    QTest::newRow("expired") << QStringLiteral("0.0166667") << QStringLiteral("20");
    QTest::newRow("scale-out") << QStringLiteral("50") << QStringLiteral("600");
}

void TestColdExplainer::reasonInSentences()
{
    QFETCH(QString, rate);
    QFETCH(QString, idle);
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", rate.toDouble());
    setScenarioValue(s, "platform.idle_timeout_s", idle.toDouble());
    RunPtr run = testing::recordRun(s);
    int checked = 0;
    for (const InvocationRecord &i : run->invocations) {
        if (!i.isCold() || i.coldReason == ColdReason::First || checked > 20)
            continue;
        ++checked;
        const auto e = explainColdStart(*run, i.id);
        QVERIFY(e.reasonSentences.size() >= 2);
        for (const QString &sentence : e.reasonSentences) {
            // Each a sentence of its own: one full stop, at its end, no clauses glued with ";".
            QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
            QVERIFY2(!sentence.contains(QLatin1Char(';')), qPrintable(sentence));
            QVERIFY2(!sentence.chopped(1).contains(QLatin1String(". ")), qPrintable(sentence));
        }
        QCOMPARE(e.reasonText, e.reasonSentences.join(QLatin1Char(' ')));
    }
    QVERIFY(checked > 0);
}

void TestColdExplainer::latencyParts()
{
    Scenario s = base();
    setScenarioValue(s, "function.extensions", std::string("external"));
    setScenarioValue(s, "function.init_ms.extension", 120.0);
    RunPtr run = testing::recordRun(s);
    const auto *cold = firstCold(*run, ColdReason::First);
    QVERIFY(cold);
    auto e = explainColdStart(*run, cold->id);
    QList<Phase> phases;
    double sum = 0;
    for (const auto &part : e.latencyParts) {
        phases << part.phase;
        sum += part.ms;
        QVERIFY(part.ms >= 0);
    }
    const QList<Phase> expected{Phase::EnvSetup, Phase::ExtensionInit, Phase::RuntimeInit, Phase::FunctionInit, Phase::Invoke};
    QCOMPARE(phases, expected);
    // The stacked bar adds up to the request's latency.
    QVERIFY2(std::abs(sum - cold->latencyMs) <= 0.01 * cold->latencyMs + 1, qPrintable(QString::number(sum) + " vs " + QString::number(cold->latencyMs)));

    const InvocationRecord *warm = firstWarm(*run);
    QVERIFY(warm);
    e = explainColdStart(*run, warm->id);
    QCOMPARE(e.latencyParts.size(), std::size_t(1));
    QCOMPARE(e.latencyParts.front().phase, Phase::Invoke);
    QVERIFY(std::abs(e.latencyParts.front().ms - warm->latencyMs) <= 0.01 * warm->latencyMs + 1);
}

void TestColdExplainer::expired()
{
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 1.0 / 60);   // every 60 s
    setScenarioValue(s, "platform.idle_timeout_s", 20.0);
    RunPtr run = testing::recordRun(s);
    const auto *inv = firstCold(*run, ColdReason::Expired);
    QVERIFY(inv);
    const auto e = explainColdStart(*run, inv->id);
    QCOMPARE(e.reason, ColdReason::Expired);
    QVERIFY(e.previousEnvId != 0 && e.previousEnvId != e.envId);
    QVERIFY2(e.reasonText.contains(QStringLiteral("environment %1 had been idle for 20.0 s").arg(e.previousEnvId)),
             qPrintable(e.reasonText));
    QVERIFY(e.history.size() >= 3);   // the previous environment's life, then the new one
    QVERIFY2(e.history.first().contains(QLatin1String("expired after idling")), qPrintable(e.history.first()));
}

void TestColdExplainer::recycled()
{
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 0.5);
    setScenarioValue(s, "platform.max_lifetime_s", 120.0);
    RunPtr run = testing::recordRun(s);
    const auto *inv = firstCold(*run, ColdReason::Recycled);
    QVERIFY(inv);
    const auto e = explainColdStart(*run, inv->id);
    QCOMPARE(e.reason, ColdReason::Recycled);
    QVERIFY(e.previousEnvId != 0);
    QVERIFY2(e.reasonText.startsWith(QLatin1String("Recycled:")), qPrintable(e.reasonText));
    QVERIFY2(e.reasonText.contains(QLatin1String("after 2.0 min")), qPrintable(e.reasonText));
    QVERIFY(e.history.first().contains(QLatin1String("recycled at its maximum lifetime")));
}

void TestColdExplainer::changedConfiguration()
{
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 1.0);
    setScenarioValue(s, "function.memory_mb", 512.0);
    s.changes.push_back(Change{100, {{"function.memory_mb", 2048.0}}});
    RunPtr run = testing::recordRun(s);
    const auto *inv = firstCold(*run, ColdReason::Changed);
    QVERIFY(inv);
    QVERIFY(inv->arrivalMs >= 100'000);
    const auto e = explainColdStart(*run, inv->id);
    QCOMPARE(e.reason, ColdReason::Changed);
    QVERIFY2(e.reasonText.contains(QStringLiteral("memory 512 → 2,048 MB")), qPrintable(e.reasonText));
    QVERIFY2(e.reasonText.contains(QLatin1String("1:40")), qPrintable(e.reasonText));
}

void TestColdExplainer::newVersionThatChangesNothing()
{
    // The memory set to the value it has: the core still publishes a new version (the old
    // environments retire), but the mark lists no setting and nothing is called changed.
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 1.0);
    setScenarioValue(s, "function.memory_mb", 512.0);
    s.changes.push_back(Change{100, {{"function.memory_mb", 512.0}}});
    RunPtr run = testing::recordRun(s);
    QCOMPARE(run->changes.size(), size_t(1));
    QVERIFY(run->changes.front().settings.empty());
    const auto *inv = firstCold(*run, ColdReason::Changed);
    QVERIFY(inv);
    QVERIFY(inv->arrivalMs >= 100'000);
    const auto e = explainColdStart(*run, inv->id);
    QCOMPARE(e.reason, ColdReason::Changed);
    QVERIFY2(!e.reasonText.contains(QLatin1String("hange"), Qt::CaseInsensitive), qPrintable(e.reasonText));
    QVERIFY2(e.reasonText.contains(QLatin1String("new function version at 1:40")), qPrintable(e.reasonText));
    // The environment it replaced was retired for the new version, not "after a change".
    QVERIFY(e.previousEnvId != 0);
    for (const QString &line : e.history)
        QVERIFY2(!line.contains(QLatin1String("hange"), Qt::CaseInsensitive), qPrintable(line));
    QVERIFY2(e.history.first().contains(QLatin1String("new function version with the same settings")), qPrintable(e.history.first()));
}

void TestColdExplainer::warmAndUnknown()
{
    RunPtr run = testing::recordRun(base());
    const InvocationRecord *warm = firstWarm(*run);
    QVERIFY(warm);
    auto e = explainColdStart(*run, warm->id);
    QVERIFY(e.found && !e.cold);
    QVERIFY(e.reasonText.contains(QLatin1String("warm start")));
    e = explainColdStart(*run, 999'999'999);
    QVERIFY(!e.found);
}

void TestColdExplainer::changeInTheVocabulary_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<QString>("words");
    // The why-cold text once called these "CPU work", "waiting time" and "connection setup" while
    // the panel and the changes list said "handler CPU", "handler I/O" and "DB connection setup".
    QTest::newRow("memory") << "function.memory_mb" << 512.0 << 2048.0 << "memory 512 → 2,048 MB";
    QTest::newRow("handler CPU") << "function.handler.cpu_ms" << 40.0 << 80.0 << "handler CPU 40 → 80 ms";
    QTest::newRow("handler I/O") << "function.handler.io_ms" << 20.0 << 30.0 << "handler I/O 20 → 30 ms";
    QTest::newRow("DB connection") << "function.handler.setup_ms" << 0.0 << 50.0 << "DB connection setup 0 → 50 ms";
    QTest::newRow("function init") << "function.init_ms.function" << 100.0 << 250.0 << "function init 100 → 250 ms";
}

void TestColdExplainer::changeInTheVocabulary()
{
    QFETCH(QString, key);
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(QString, words);
    Scenario s = base();
    setScenarioValue(s, "workload.rate_per_s", 1.0);
    setScenarioValue(s, key.toStdString(), before);
    s.changes.push_back(Change{100, {{key.toStdString(), after}}});
    RunPtr run = testing::recordRun(s);
    QCOMPARE(run->changes.size(), size_t(1));
    // The changes list's words for the change are the why-cold text's.
    const QString label = Vocabulary::changeLabel(run->changes.front());
    QCOMPARE(label, words);
    QVERIFY(label.startsWith(Vocabulary::settingName(key.toStdString())));
    const auto *inv = firstCold(*run, ColdReason::Changed);
    QVERIFY(inv);
    const auto e = explainColdStart(*run, inv->id);
    QVERIFY2(e.reasonText.contains(label), qPrintable(e.reasonText));
}

QTEST_GUILESS_MAIN(TestColdExplainer)
#include "tst_coldexplainer.moc"
