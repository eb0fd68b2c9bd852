// SPDX-License-Identifier: GPL-3.0-or-later
// Tenant isolation (compute options reference §2): Zipf tenants, environments never shared across
// tenants, the first request of each tenant cold, the per-environment charge and the limit.
#include "coretesting.h"
#include "rng.h"
#include "tenants.h"

#include <QtTest>

#include <map>
#include <set>

using namespace lle;
using namespace lle::testing;

namespace {
Scenario tenantScenario(int tenants, double zipfS)
{
    Scenario s = handScenario();
    s.function.tenantIsolation = true;
    s.workload.tenants = {tenants, zipfS};
    return s;
}
}  // namespace

class TestTenants : public QObject {
    Q_OBJECT

private slots:
    void zipfProbabilities_data();
    void zipfProbabilities();
    void drawsFollowProbabilities();
    void oneColdStartPerTenant_data();
    void oneColdStartPerTenant();
    void environmentsNeverShared();
    void chargePerTenantEnvironment();
    void tenantEnvironmentLimit();
    void ownIdleTimeouts();
};

void TestTenants::zipfProbabilities_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("s");
    QTest::addColumn<QList<double>>("expected");
    const double h3 = 1 + 1 / 2.0 + 1 / 3.0;
    QTest::newRow("uniform") << 4 << 0.0 << QList<double>{0.25, 0.25, 0.25, 0.25};
    QTest::newRow("zipf 1 over 3") << 3 << 1.0 << QList<double>{1 / h3, 0.5 / h3, 1 / 3.0 / h3};
    const double z2 = 1 + 1 / 4.0;
    QTest::newRow("zipf 2 over 2") << 2 << 2.0 << QList<double>{1 / z2, 0.25 / z2};
}

void TestTenants::zipfProbabilities()
{
    QFETCH(int, count);
    QFETCH(double, s);
    QFETCH(QList<double>, expected);
    const TenantPicker picker(TenantSpec{count, s});
    QCOMPARE(picker.count(), count);
    for (int k = 0; k < count; ++k)
        QVERIFY(std::fabs(picker.probability(k) - expected[k]) < 1e-12);
}

void TestTenants::drawsFollowProbabilities()
{
    const TenantPicker picker(TenantSpec{10, 1.0});
    Rng rng(7, 1);
    std::vector<int> hits(10);
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        ++hits[static_cast<std::size_t>(picker.draw(rng))];
    for (int k = 0; k < 10; ++k)
        QVERIFY(std::fabs(hits[static_cast<std::size_t>(k)] / double(n) - picker.probability(k)) < 0.005);
}

void TestTenants::oneColdStartPerTenant_data()
{
    QTest::addColumn<int>("tenants");
    QTest::addColumn<double>("zipfS");
    QTest::newRow("10 tenants, uniform") << 10 << 0.0;
    QTest::newRow("10 tenants, zipf 1") << 10 << 1.0;
    QTest::newRow("3 tenants, zipf 0.5") << 3 << 0.5;
}

void TestTenants::oneColdStartPerTenant()
{
    // One request a second for an hour, 100 ms each: no two overlap, and every tenant sends again
    // long before its 600 s idle timeout (the chance of a 600 s gap is below 1e-27 here), so each
    // tenant is cold exactly once, on its first request.
    QFETCH(int, tenants);
    QFETCH(double, zipfS);
    Scenario s = tenantScenario(tenants, zipfS);
    s.durationS = 3600;
    Run run(s);
    QCOMPARE(run.summary.requests.cold, static_cast<std::uint64_t>(tenants));
    QCOMPARE(run.summary.environments.created, static_cast<std::uint64_t>(tenants));
    int first = 0;
    for (const auto &inv : run.rec.completed)
        first += inv.coldReason == ColdReason::First;
    QCOMPARE(first, tenants);

    // Without isolation the same workload has one cold start.
    s.function.tenantIsolation = false;
    QCOMPARE(Run(s).summary.requests.cold, 1u);
}

void TestTenants::environmentsNeverShared()
{
    // Requests every 50 ms, 100 ms each, from three tenants: every request runs in an
    // environment of its own tenant, and every tenant gets environments of its own.
    Scenario s = tenantScenario(3, 0.0);
    s.workload.ratePerS = 20;
    s.durationS = 60;
    Run run(s);
    std::map<std::uint32_t, int> tenantOf;
    for (const auto &e : run.rec.created) {
        QVERIFY(e.tenant >= 0 && e.tenant < 3);
        tenantOf[e.id] = e.tenant;
    }
    std::set<int> tenants;
    for (const auto &inv : run.rec.completed) {
        QCOMPARE(inv.tenant, tenantOf.at(inv.envId));
        tenants.insert(inv.tenant);
    }
    QCOMPARE(tenants.size(), std::size_t(3));
    QCOMPARE(run.summary.requests.completed, static_cast<std::uint64_t>(run.rec.completed.size()));
}

void TestTenants::chargePerTenantEnvironment()
{
    Scenario s = tenantScenario(5, 0.0);
    s.function.memoryMb = 2048;
    s.durationS = 600;
    Run run(s);
    const double envs = static_cast<double>(run.summary.environments.created);
    QVERIFY(std::fabs(run.summary.cost.tenantEnvironments - envs * 2.0 * 0.000167) < 1e-12);
    s.function.tenantIsolation = false;
    QCOMPARE(Run(s).summary.cost.tenantEnvironments, 0.0);
}

void TestTenants::tenantEnvironmentLimit()
{
    // Concurrency limit 2: at most 5 tenant environments. Ten tenants, each sending once at a
    // different instant: the first five get one, the others are refused.
    Scenario s = tenantScenario(10, 0.0);
    s.platform.concurrencyLimit = 2;
    s.durationS = 100;
    std::vector<double> times;
    for (int i = 0; i < 60; ++i)
        times.push_back(1000.0 * i);
    Run run(s, arrivalsAt(times));
    QCOMPARE(run.summary.environments.created, 5u);
    QVERIFY(run.summary.requests.throttled > 0);
    for (const auto &inv : run.rec.throttled)
        QCOMPARE(inv.throttleCause, ThrottleCause::ConcurrencyLimit);
}

void TestTenants::ownIdleTimeouts()
{
    // Tenant environments expire on their own: with a 5 s idle timeout and one request every
    // second among 20 tenants, most tenants' environments expire between their requests.
    Scenario s = tenantScenario(20, 0.0);
    s.platform.idleTimeout = {false, 5, 5};
    s.durationS = 600;
    Run run(s);
    QVERIFY(run.summary.requests.cold > 20);
    std::uint64_t expired = 0;
    for (const auto &inv : run.rec.completed)
        expired += inv.coldReason == ColdReason::Expired;
    QVERIFY(expired > 0);
}

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
