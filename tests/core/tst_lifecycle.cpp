// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle as a table: for each situation, the phases the first environment goes through,
// how each request starts and why the environment ends.
#include "coretesting.h"

#include <QtTest>

using namespace lle;
using namespace lle::testing;

class TestLifecycle : public QObject {
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void observerSeesPhasesInTimeOrder();
};

void TestLifecycle::transitions_data()
{
    QTest::addColumn<QList<double>>("arrivals");
    QTest::addColumn<int>("extensions");
    QTest::addColumn<double>("extensionInitMs");
    QTest::addColumn<bool>("snapstart");
    QTest::addColumn<int>("provisioned");
    QTest::addColumn<double>("idleS");
    QTest::addColumn<double>("maxLifetimeS");
    QTest::addColumn<QStringList>("phases");
    QTest::addColumn<QStringList>("startTypes");
    QTest::addColumn<QString>("endReason");

    const auto none = int(ExtensionKind::None), internal = int(ExtensionKind::Internal),
               external = int(ExtensionKind::External);
    QTest::newRow("cold start, freeze, idle timeout")
        << QList<double>{0} << internal << 0.0 << false << 0 << 10.0 << 0.0
        << QStringList{"env_setup", "runtime_init", "function_init", "invoke", "frozen", "shutdown"}
        << QStringList{"cold"} << "idle_timeout";
    QTest::newRow("warm reuse")
        << QList<double>{0, 2000} << none << 0.0 << false << 0 << 600.0 << 0.0
        << QStringList{"env_setup", "runtime_init", "function_init", "invoke", "frozen", "invoke", "frozen"}
        << QStringList{"cold", "warm"} << "end_of_run";
    QTest::newRow("external extension: extension init and a 2 s shutdown")
        << QList<double>{0} << external << 40.0 << false << 0 << 10.0 << 0.0
        << QStringList{"env_setup", "extension_init", "runtime_init", "function_init", "invoke", "frozen", "shutdown"}
        << QStringList{"cold"} << "idle_timeout";
    QTest::newRow("SnapStart restores instead of init")
        << QList<double>{0} << none << 0.0 << true << 0 << 600.0 << 0.0
        << QStringList{"env_setup", "restore", "invoke", "frozen"} << QStringList{"snapstart"} << "end_of_run";
    QTest::newRow("provisioned: initialised before the first request")
        << QList<double>{1000} << none << 0.0 << false << 1 << 600.0 << 0.0
        << QStringList{"env_setup", "runtime_init", "function_init", "frozen", "invoke", "frozen"}
        << QStringList{"provisioned"} << "end_of_run";
    QTest::newRow("max lifetime reached while busy: finish, then shut down")
        << QList<double>{0, 900} << internal << 0.0 << false << 0 << 600.0 << 1.0
        << QStringList{"env_setup", "runtime_init", "function_init", "invoke", "frozen", "invoke", "shutdown"}
        << QStringList{"cold", "warm"} << "max_lifetime";
    QTest::newRow("expired, then a new cold start elsewhere")
        << QList<double>{0, 20000} << none << 0.0 << false << 0 << 10.0 << 0.0
        << QStringList{"env_setup", "runtime_init", "function_init", "invoke", "frozen"}
        << QStringList{"cold", "cold"} << "idle_timeout";
}

void TestLifecycle::transitions()
{
    QFETCH(QList<double>, arrivals);
    QFETCH(int, extensions);
    QFETCH(double, extensionInitMs);
    QFETCH(bool, snapstart);
    QFETCH(int, provisioned);
    QFETCH(double, idleS);
    QFETCH(double, maxLifetimeS);
    QFETCH(QStringList, phases);
    QFETCH(QStringList, startTypes);
    QFETCH(QString, endReason);

    Scenario s = handScenario();
    s.function.extensions = static_cast<ExtensionKind>(extensions);
    s.function.initMs.extension = extensionInitMs;
    s.function.snapstart.enabled = snapstart;
    s.function.provisionedConcurrency = provisioned;
    s.platform.idleTimeout = {false, idleS, idleS};
    s.platform.maxLifetimeS = maxLifetimeS;
    Run r(s, arrivalsAt(std::vector<double>(arrivals.begin(), arrivals.end())));

    QStringList seen;
    for (Phase p : r.rec.phasesOf(1))
        seen << QString::fromUtf8(id(p).data(), int(id(p).size()));
    QCOMPARE(seen, phases);
    QStringList types;
    for (const auto &inv : r.rec.completed)
        types << QString::fromUtf8(id(inv.startType).data(), int(id(inv.startType).size()));
    QCOMPARE(types, startTypes);
    const auto *env = r.rec.endedEnv(1);
    QVERIFY(env);
    QCOMPARE(QString::fromUtf8(id(env->endReason).data()), endReason);
}

void TestLifecycle::observerSeesPhasesInTimeOrder()
{
    Scenario s = handScenario();
    s.function.initMs.extension = 40;
    s.function.extensions = ExtensionKind::External;
    s.platform.idleTimeout = {false, 5, 5};
    struct Ordered final : SimulationObserver {
        std::vector<std::pair<Phase, SimTime>> changes;
        void phaseChanged(std::uint32_t env, Phase p, SimTime t) override
        {
            if (env == 1)
                changes.push_back({p, t});
        }
    } obs;
    Simulator sim(s, arrivalsAt({0}));
    sim.setObserver(&obs);
    sim.run();
    const std::vector<std::pair<Phase, SimTime>> expected = {
        {Phase::EnvSetup, 0},        {Phase::ExtensionInit, 60}, {Phase::RuntimeInit, 100},
        {Phase::FunctionInit, 188},  {Phase::Invoke, 338},       {Phase::Frozen, 438},
        {Phase::Shutdown, 5438}};
    QCOMPARE(obs.changes, expected);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
