// SPDX-License-Identifier: GPL-3.0-or-later
// Compare compute options: the four variants of one workload and their figures.
#include "computecomparison.h"
#include "coretesting.h"

#include <QtTest>

using namespace lle;
using namespace lle::testing;

class TestComputeComparison : public QObject {
    Q_OBJECT

private slots:
    void variants();
    void fourOptionsOnOneSeed();
    void snapStartUnavailableSaysWhy();
    void percentChange_data();
    void percentChange();
};

void TestComputeComparison::variants()
{
    Scenario base = handScenario();
    base.function.tenantIsolation = true;
    base.changes.push_back({10, {{"function.memory_mb", 2048.0}}});
    const Scenario pc = computeVariant(base, ComputeOption::Provisioned, 7);
    QCOMPARE(pc.function.provisionedConcurrency, 7);
    QVERIFY(!pc.function.tenantIsolation);
    QVERIFY(pc.changes.empty());
    QCOMPARE(computeVariant(base, ComputeOption::SnapStart, 7).function.snapstart.enabled, true);
    QCOMPARE(computeVariant(base, ComputeOption::ManagedInstances, 7).function.compute, ComputeKind::ManagedInstances);
    // Never above the concurrency limit.
    base.platform.concurrencyLimit = 5;
    QCOMPARE(computeVariant(base, ComputeOption::Provisioned, 7).function.provisionedConcurrency, 5);
}

void TestComputeComparison::fourOptionsOnOneSeed()
{
    Scenario s = handScenario();
    s.durationS = 600;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 5;
    const auto results = compareComputeOptions(s);
    QCOMPARE(results.size(), std::size_t(4));
    const auto &onDemand = results[0];
    QVERIFY(onDemand.available);
    // The same arrivals for every option (common random numbers).
    for (const auto &r : results)
        QCOMPARE(r.summary.requests.total, onDemand.summary.requests.total);
    // PC sized to the on-demand peak.
    QCOMPARE(results[1].scenario.function.provisionedConcurrency, static_cast<int>(onDemand.summary.environments.peak));
    QVERIFY(results[1].coldPercent <= onDemand.coldPercent);
    // Managed Instances: no cold starts, an instance bill, cost per month = total × 730 h / run.
    const auto &mi = results[3];
    QCOMPARE(mi.coldPercent, 0.0);
    QVERIFY(mi.summary.cost.instances > 0);
    QVERIFY(std::fabs(mi.costPerMonthUsd - mi.summary.cost.total() / 600.0 * 3600 * 730) < 1e-9);
}

void TestComputeComparison::snapStartUnavailableSaysWhy()
{
    Scenario s = handScenario();
    s.function.runtime = "nodejs22.x";
    s.durationS = 60;
    const auto results = compareComputeOptions(s);
    QCOMPARE(results.size(), std::size_t(4));
    QVERIFY(!results[2].available);
    QVERIFY2(results[2].unavailableReason.find("nodejs22.x") != std::string::npos, results[2].unavailableReason.c_str());
    QVERIFY(results[3].available);
}

void TestComputeComparison::percentChange_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("reference");
    QTest::addColumn<double>("expected");
    QTest::newRow("cheaper") << 59.0 << 100.0 << -41.0;
    QTest::newRow("dearer") << 112.0 << 100.0 << 12.0;
    QTest::newRow("no reference") << 5.0 << 0.0 << 0.0;
}

void TestComputeComparison::percentChange()
{
    QFETCH(double, value);
    QFETCH(double, reference);
    QFETCH(double, expected);
    QCOMPARE(lle::percentChange(value, reference), expected);
}

QTEST_GUILESS_MAIN(TestComputeComparison)
#include "tst_computecomparison.moc"
