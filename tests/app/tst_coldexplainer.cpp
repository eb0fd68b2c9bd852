// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldexplainer.h"
#include "teachtesting.h"

#include <QRegularExpression>
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

}  // namespace

class TestColdExplainer : public QObject {
    Q_OBJECT
private slots:
    void firstRequest();
    void scaleOut();
    void expired();
    void recycled();
    void changedConfiguration();
    void warmAndUnknown();
    void settingText();
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
    // Its phases: environment setup, runtime init, function init, invoke (no extensions by default).
    QVERIFY2(e.history.join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral("environment setup \\d+ ms → runtime init \\d+ ms → function init"))),
             qPrintable(e.history.join(QLatin1Char('\n'))));
    QVERIFY(e.history.join(QLatin1Char('\n')).contains(QStringLiteral("→ invoke")));
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
    // Count the busy environments independently.
    int busy = 0;
    for (const RecordedEnv &env : run->envs) {
        Phase p;
        if (env.record.id != inv->envId && run->phaseAt(env, inv->arrivalMs, p) && p != Phase::Frozen && p != Phase::Shutdown)
            ++busy;
    }
    QVERIFY(busy >= 1);
    if (busy > 1)
        QVERIFY2(e.reasonText.contains(QStringLiteral("all %1 environments were busy").arg(busy)), qPrintable(e.reasonText));
    else
        QVERIFY(e.reasonText.contains(QLatin1String("the only environment was busy")));
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

void TestColdExplainer::warmAndUnknown()
{
    RunPtr run = testing::recordRun(base());
    const InvocationRecord *warm = nullptr;
    for (const InvocationRecord &i : run->invocations)
        if (i.startedAs == StartType::Warm) {
            warm = &i;
            break;
        }
    QVERIFY(warm);
    auto e = explainColdStart(*run, warm->id);
    QVERIFY(e.found && !e.cold);
    QVERIFY(e.reasonText.contains(QLatin1String("warm start")));
    e = explainColdStart(*run, 999'999'999);
    QVERIFY(!e.found);
}

void TestColdExplainer::settingText()
{
    QCOMPARE(describeSetting({"function.memory_mb", 512.0, 2048.0}), QStringLiteral("memory 512 → 2,048 MB"));
    QCOMPARE(describeSetting({"function.snapstart.enabled", false, true}), QStringLiteral("SnapStart off → on"));
    QCOMPARE(formatRunTime(125'000), QStringLiteral("2:05"));
    QCOMPARE(formatRunTime(1'500), QStringLiteral("1.5 s"));
}

QTEST_GUILESS_MAIN(TestColdExplainer)
#include "tst_coldexplainer.moc"
