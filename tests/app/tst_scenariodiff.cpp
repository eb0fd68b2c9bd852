// SPDX-License-Identifier: GPL-3.0-or-later
// What changed between two scenarios: the keys with their old and new values, the timed changes
// that are new, edited or gone, and the first simulated time at which their runs can differ.
#include "scenariodiff.h"
#include "scenarioio.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace lle;

Q_DECLARE_METATYPE(lle::Scenario)

class TestScenarioDiff : public QObject {
    Q_OBJECT

private slots:
    void keysTimesAndDivergence_data();
    void keysTimesAndDivergence();
    void oldAndNewValues();
    void aRemovedKeyHasNoNewValue();
    void touchesAKeyOrAPartOfIt_data();
    void touchesAKeyOrAPartOfIt();
};

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

Scenario base()
{
    Scenario s = defaultScenario();
    s.function.memoryMb = 512;
    s.changes = {Change{60, {{"function.memory_mb", 1024.0}}}, Change{120, {{"workload.rate_per_s", 3.0}}}};
    return s;
}

template <typename Edit>
Scenario edited(Edit edit)
{
    Scenario s = base();
    edit(s);
    return s;
}

}  // namespace

void TestScenarioDiff::keysTimesAndDivergence_data()
{
    QTest::addColumn<Scenario>("before");
    QTest::addColumn<Scenario>("after");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("timedChanges");
    QTest::addColumn<int>("removed");
    QTest::addColumn<double>("divergesAtMs");

    QTest::newRow("the same") << base() << base() << QStringList{} << QList<int>{} << 0 << kNever;
    QTest::newRow("playback speed only") << base() << edited([](Scenario &s) { s.playbackSpeed = 600; })
                                         << QStringList{} << QList<int>{} << 0 << kNever;
    QTest::newRow("memory") << base() << edited([](Scenario &s) { s.function.memoryMb = 2048; })
                            << QStringList{"function.memory_mb"} << QList<int>{} << 0 << 0.0;
    QTest::newRow("name") << base() << edited([](Scenario &s) { s.name = "other"; }) << QStringList{"name"}
                          << QList<int>{} << 0 << 0.0;
    QTest::newRow("seed and memory")
        << base() << edited([](Scenario &s) { s.seed += 1; s.function.memoryMb = 1024; })
        << QStringList{"function.memory_mb", "seed"} << QList<int>{} << 0 << 0.0;
    QTest::newRow("a change added at the end")
        << base() << edited([](Scenario &s) { s.changes.push_back(Change{200, {{"function.memory_mb", 256.0}}}); })
        << QStringList{} << QList<int>{2} << 0 << 200'000.0;
    QTest::newRow("a change added in between")
        << base() << edited([](Scenario &s) { s.changes.insert(s.changes.begin() + 1, Change{90, {{"function.memory_mb", 256.0}}}); })
        << QStringList{} << QList<int>{1, 2} << 0 << 90'000.0;
    QTest::newRow("the later change edited")
        << base() << edited([](Scenario &s) { s.changes[1].set[0].second = 4.0; }) << QStringList{} << QList<int>{1}
        << 0 << 120'000.0;
    QTest::newRow("the later change moved earlier")
        << base() << edited([](Scenario &s) { s.changes[1].atS = 100; }) << QStringList{} << QList<int>{1} << 0
        << 100'000.0;
    QTest::newRow("the later change removed")
        << base() << edited([](Scenario &s) { s.changes.pop_back(); }) << QStringList{} << QList<int>{} << 1
        << 120'000.0;
    QTest::newRow("every change removed")
        << base() << edited([](Scenario &s) { s.changes.clear(); }) << QStringList{} << QList<int>{} << 2 << 60'000.0;
    QTest::newRow("a key and a change")
        << base() << edited([](Scenario &s) { s.function.provisionedConcurrency = 2; s.changes[1].atS = 150; })
        << QStringList{"function.provisioned_concurrency"} << QList<int>{1} << 0 << 0.0;
}

void TestScenarioDiff::keysTimesAndDivergence()
{
    QFETCH(Scenario, before);
    QFETCH(Scenario, after);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, timedChanges);
    QFETCH(int, removed);
    QFETCH(double, divergesAtMs);
    const ScenarioDiff diff = diffScenarios(before, after);
    QStringList gotKeys;
    for (const ChangedSetting &c : diff.settings)
        gotKeys << QString::fromStdString(c.key);
    QCOMPARE(gotKeys, keys);
    QList<int> gotChanges;
    for (std::size_t k : diff.timedChanges)
        gotChanges << int(k);
    QCOMPARE(gotChanges, timedChanges);
    QCOMPARE(int(diff.timedChangesRemoved), removed);
    QCOMPARE(diff.divergesAtMs, divergesAtMs);
    QCOMPARE(diff.empty(), divergesAtMs == kNever);
}

void TestScenarioDiff::oldAndNewValues()
{
    Scenario after = base();
    after.function.memoryMb = 2048;
    after.function.runtime = "java21";
    const ScenarioDiff diff = diffScenarios(base(), after);
    const ChangedSetting *memory = diff.setting("function.memory_mb");
    QVERIFY(memory);
    QCOMPARE(*memory->before, ScalarValue(512.0));
    QCOMPARE(*memory->after, ScalarValue(2048.0));
    const ChangedSetting *runtime = diff.setting("function.runtime");
    QVERIFY(runtime);
    QCOMPARE(*runtime->before, ScalarValue(base().function.runtime));
    QCOMPARE(*runtime->after, ScalarValue(std::string("java21")));
    QVERIFY(!diff.setting("workload.rate_per_s"));
    // Back the other way: the same keys, the values swapped.
    const ScenarioDiff back = diffScenarios(after, base());
    QCOMPARE(*back.setting("function.memory_mb")->after, ScalarValue(512.0));
    QCOMPARE(back.settings.size(), diff.settings.size());
}

void TestScenarioDiff::aRemovedKeyHasNoNewValue()
{
    // A fixed idle timeout becomes a range: its one key goes, the range's two come.
    Scenario after = base();
    after.platform.idleTimeout = IdleTimeout{true, 300, 900};
    const ScenarioDiff diff = diffScenarios(base(), after);
    QVERIFY(!diff.settings.empty());
    bool gone = false, came = false;
    for (const ChangedSetting &c : diff.settings) {
        QVERIFY2(c.before || c.after, c.key.c_str());
        gone = gone || (c.before && !c.after);
        came = came || (!c.before && c.after);
    }
    QVERIFY(gone);
    QVERIFY(came);
    QCOMPARE(diff.divergesAtMs, 0.0);
}

void TestScenarioDiff::touchesAKeyOrAPartOfIt_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("touched");
    QTest::newRow("a changed key") << "function.memory_mb" << true;
    QTest::newRow("a key of the same value") << "function.handler.cpu_ms" << false;
    QTest::newRow("a range's part changed") << "platform.idle_timeout_s" << true;
    QTest::newRow("a name that only begins the same") << "function.memory" << false;
    QTest::newRow("a key no scenario has") << "function.nothing" << false;
}

/// A timed change's setting counts as a change only when its key, or a part of it, differs.
void TestScenarioDiff::touchesAKeyOrAPartOfIt()
{
    QFETCH(QString, key);
    QFETCH(bool, touched);
    Scenario before = base();
    before.platform.idleTimeout = IdleTimeout{true, 300, 900};
    Scenario after = before;
    after.function.memoryMb = 2048;
    after.platform.idleTimeout = IdleTimeout{true, 300, 600};
    QCOMPARE(diffScenarios(before, after).touches(key.toStdString()), touched);
    QVERIFY(!diffScenarios(before, before).touches(key.toStdString()));
}

QTEST_APPLESS_MAIN(TestScenarioDiff)
#include "tst_scenariodiff.moc"
