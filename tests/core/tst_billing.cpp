// SPDX-License-Identifier: GPL-3.0-or-later
// The bill: the AWS pricing page's worked examples to the cent, and each rule of reference §8.
#include "billing.h"
#include "coretesting.h"

#include <QtTest>

using namespace lle;
using namespace lle::testing;

namespace {
double cents(double usd) { return std::round(usd * 100) / 100; }

std::vector<ConfigPeriod> periodsOf(const Scenario &s) { return configurationPeriods(s); }
}  // namespace

class TestBilling : public QObject {
    Q_OBJECT

private slots:
    void awsExampleOnDemand();
    void awsExampleOnDemandSimulated();
    void awsExampleProvisioned();
    void provisionedCapacityRoundsUpToFiveMinutes();
    void snapStartCacheHasThreeHourMinimum();
    void snapStartRestoreChargedForPythonNotJava();
    void initBillingRegimes_data();
    void initBillingRegimes();
    void volumeTiers();
    void ephemeralStorageAboveFreeAllowance();
    void freeTierNeverExceedsUse();
    void arm64Prices();
    void rateOverrides();
    void tenantEnvironmentsAwsExample();
    void responseStreamingBeyondSixMb_data();
    void responseStreamingBeyondSixMb();
    void instancesAccrueByTheStretch();
};

void TestBilling::tenantEnvironmentsAwsExample()
{
    // AWS's example: 200,000 tenant environments at 1 GB → $33.40.
    Scenario s;
    Billing b(periodsOf(s), s.durationS, false);
    const Rates r = ratesFor(Architecture::X86_64);
    for (int i = 0; i < 200'000; ++i)
        b.addTenantEnvironment(1.0, r);
    QCOMPARE(cents(b.lines().tenantEnvironments), 33.40);
    QCOMPARE(cents(b.lines().total()), 33.40);
}

void TestBilling::responseStreamingBeyondSixMb_data()
{
    QTest::addColumn<double>("responseMb");
    QTest::addColumn<double>("expected");
    QTest::newRow("below 6 MB") << 5.0 << 0.0;
    QTest::newRow("exactly 6 MB") << 6.0 << 0.0;
    QTest::newRow("10 MB") << 10.0 << 4 / 1024.0 * 0.008;
    QTest::newRow("50 MB") << 50.0 << 44 / 1024.0 * 0.008;
}

void TestBilling::responseStreamingBeyondSixMb()
{
    QFETCH(double, responseMb);
    QFETCH(double, expected);
    Scenario s;
    Billing b(periodsOf(s), s.durationS, false);
    b.addResponseStreaming(responseMb, ratesFor(Architecture::X86_64));
    QCOMPARE(b.lines().responseStreaming, expected);

    // Simulated: every completed request pays it, and streams at 2 MB/s beyond the 6 MB.
    Scenario sim = handScenario();
    sim.function.handler.responseMb = responseMb;
    Run run(sim);
    const double n = static_cast<double>(run.summary.requests.completed);
    QVERIFY(std::fabs(run.summary.cost.responseStreaming - n * expected) < 1e-12);
    QCOMPARE(run.summary.warmLatency.max, 100 + std::max(0.0, responseMb - 6) / 2 * 1000);
}

void TestBilling::instancesAccrueByTheStretch()
{
    // 2 instances for the first half hour, 4 for the second, at $0.10 and a $0.015 fee.
    Scenario s;
    Billing b(periodsOf(s), 3600, false);
    b.setInstances(0, 2, 0.10, 0.015);
    QVERIFY(std::fabs(b.linesAt(900'000).instances - 2 * 0.10 / 4) < 1e-12);
    b.setInstances(1'800'000, 4, 0.10, 0.015);
    QVERIFY(std::fabs(b.linesAt(2'700'000).instances - (0.10 + 4 * 0.10 / 4)) < 1e-12);
    // The run ends at 3,600 s: nothing accrues after it.
    QVERIFY(std::fabs(b.lines().instances - 0.30) < 1e-12);
    QVERIFY(std::fabs(b.lines().managementFee - 0.045) < 1e-12);
    QVERIFY(std::fabs(b.totalAt(INFINITY) - 0.345) < 1e-12);
}

void TestBilling::awsExampleOnDemand()
{
    // 3M requests a month, 120 ms each at 1,536 MB, x86, free tier: $2.33 compute + $0.40 requests.
    Scenario s;
    s.durationS = kBillingMonthS;
    Billing b(periodsOf(s), s.durationS, true);
    const Rates r = ratesFor(Architecture::X86_64);
    for (int i = 0; i < 3'000'000; ++i) {
        b.addRequest(i, r);
        b.addOnDemand(i, 1.5, 0, 120, r);
    }
    const CostLines l = b.lines();
    QCOMPARE(cents(l.duration + l.init + std::min(0.0, l.freeTierCredit + 0.2)), 2.33);
    QCOMPARE(cents(l.total()), 2.73);
}

void TestBilling::awsExampleOnDemandSimulated()
{
    // The same month simulated: a steady 3M requests, one cold start whose init adds a fraction
    // of a cent.
    Scenario s = handScenario();
    s.durationS = kBillingMonthS;
    s.workload.ratePerS = 3'000'000 / kBillingMonthS;
    s.function.memoryMb = 1536;
    s.function.handler.ioMs = 120;
    s.pricing.freeTier = true;
    Simulator sim(s);
    sim.run();
    const Summary sum = sim.summary();
    QCOMPARE(sum.requests.total, std::uint64_t(3'000'000));
    QCOMPARE(sum.requests.cold, std::uint64_t(1));
    QCOMPARE(cents(sum.cost.total()), 2.73);
    QCOMPARE(cents(sum.cost.requests + std::max(sum.cost.freeTierCredit, -0.2)), 0.40);
}

void TestBilling::awsExampleProvisioned()
{
    // PC 100 for 8 h at 1,536 MB; 500,000 requests on PC at 100 ms; 2.5M on-demand at 120 ms;
    // free tier: $18 + $0.73 + $0.83 + $0.40 = $19.96.
    Scenario s;
    s.durationS = kBillingMonthS;
    s.function.memoryMb = 1536;
    s.function.provisionedConcurrency = 100;
    s.changes.push_back({8 * 3600, {{"function.provisioned_concurrency", 0.0}}});
    Billing b(periodsOf(s), s.durationS, true);
    const Rates r = ratesFor(Architecture::X86_64);
    for (int i = 0; i < 500'000; ++i) {
        b.addRequest(i, r);
        b.addProvisioned(1.5, 100, r);
    }
    for (int i = 0; i < 2'500'000; ++i) {
        b.addRequest(i, r);
        b.addOnDemand(i, 1.5, 0, 120, r);
    }
    const CostLines l = b.lines();
    QCOMPARE(cents(l.provisionedCapacity), 18.00);
    QCOMPARE(cents(l.provisionedDuration), 0.73);
    QCOMPARE(cents(l.duration + (l.freeTierCredit + 0.2)), 0.83);
    QCOMPARE(cents(l.total()), 19.96);
    QCOMPARE(b.gbSeconds().provisionedCapacity, 100 * 1.5 * 8 * 3600);
}

void TestBilling::provisionedCapacityRoundsUpToFiveMinutes()
{
    Scenario s;
    s.durationS = 3600;
    s.function.memoryMb = 1024;
    s.function.provisionedConcurrency = 1;
    s.changes.push_back({301, {{"function.provisioned_concurrency", 0.0}}});
    Billing b(periodsOf(s), s.durationS, false);
    QCOMPARE(b.gbSeconds().provisionedCapacity, 600.0);
    // A change of another key does not restart the rounding.
    s.changes = {{100, {{"workload.rate_per_s", 10.0}}}, {301, {{"function.provisioned_concurrency", 0.0}}}};
    Billing b2(periodsOf(s), s.durationS, false);
    QCOMPARE(b2.gbSeconds().provisionedCapacity, 600.0);
    // Accrued continuously while running: half way through the first 301 s.
    QVERIFY(std::abs(b.totalAt(150'000) - 150 * 0.0000041667) < 1e-12);
}

void TestBilling::snapStartCacheHasThreeHourMinimum()
{
    Scenario s;
    s.durationS = 3600;
    s.function.memoryMb = 2048;
    s.function.snapstart.enabled = true;
    Billing b(periodsOf(s), s.durationS, false);
    QVERIFY(std::abs(b.lines().snapstartCache - 2 * 3 * 3600 * 0.0000015046) < 1e-12);
    s.function.runtime = "java21";   // Java pays no cache
    Billing j(periodsOf(s), s.durationS, false);
    QCOMPARE(j.lines().snapstartCache, 0.0);
}

void TestBilling::snapStartRestoreChargedForPythonNotJava()
{
    for (const char *runtime : {"python3.12", "java21"}) {
        Scenario s = handScenario();
        s.function.runtime = runtime;
        s.function.snapstart = {true, 300, 130};
        s.function.memoryMb = 2048;
        Run r(s, arrivalsAt({0}));
        const bool python = std::string(runtime) == "python3.12";
        QCOMPARE(r.summary.cost.snapstartRestore, python ? 2 * 0.0001397998 : 0.0);
        // The billed restore (runtime load and hooks) is billed like init.
        QVERIFY(std::abs(r.summary.cost.init - (python ? 2 * 0.130 * 0.0000166667 : 0.0)) < 1e-15);
    }
}

void TestBilling::initBillingRegimes_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("package");
    QTest::addColumn<bool>("freeBefore");
    QTest::addColumn<bool>("initBilled");
    QTest::newRow("python zip, billed") << "python3.12" << "zip" << false << true;
    QTest::newRow("python zip, before Aug 2025") << "python3.12" << "zip" << true << false;
    QTest::newRow("python image, before Aug 2025") << "python3.12" << "image" << true << true;
    QTest::newRow("go (OS-only runtime), before Aug 2025") << "go" << "zip" << true << true;
}

void TestBilling::initBillingRegimes()
{
    QFETCH(QString, runtime);
    QFETCH(QString, package);
    QFETCH(bool, freeBefore);
    QFETCH(bool, initBilled);
    Scenario s = handScenario();
    s.function.runtime = runtime.toStdString();
    s.function.package = package == "image" ? PackageType::Image : PackageType::Zip;
    s.pricing.initBilling = freeBefore ? InitBilling::FreeBefore2025_08 : InitBilling::Billed;
    Run r(s, arrivalsAt({0}));
    const auto &inv = r.rec.completed[0];
    QCOMPARE(inv.billedMs, initBilled ? 88.0 + 150 + 100 : 100.0);
    QCOMPARE(r.summary.cost.init > 0, initBilled);
    // Billed = ceil(Init Duration + Duration): 250.06 + 100.77 bills 351 ms (reference §8).
    s.function.initMs = {60, 0, 100.06, 150};
    s.function.handler.ioMs = 100.77;
    Run odd(s, arrivalsAt({0}));
    QCOMPARE(odd.rec.completed[0].billedMs, initBilled ? 351.0 : 101.0);
}

void TestBilling::volumeTiers()
{
    const auto tiers = ratesFor(Architecture::X86_64).tiers;
    QCOMPARE(tieredDurationCost(0, 1000, tiers), 1000 * 0.0000166667);
    const double across = tieredDurationCost(5.9e9, 0.2e9, tiers);
    QVERIFY(std::abs(across - (0.1e9 * 0.0000166667 + 0.1e9 * 0.000015)) < 1e-6);
    QVERIFY(std::abs(tieredDurationCost(20e9, 1e6, tiers) - 1e6 * 0.0000133334) < 1e-9);
    const auto arm = ratesFor(Architecture::Arm64).tiers;
    QVERIFY(std::abs(tieredDurationCost(7.5e9, 1e6, arm) - 1e6 * 0.0000120001) < 1e-9);
}

void TestBilling::ephemeralStorageAboveFreeAllowance()
{
    Scenario s = handScenario();
    s.function.ephemeralStorageMb = 512 + 1024;
    Run r(s, arrivalsAt({0, 1000}));
    const double billedS = (338 + 100) / 1000.0;
    QVERIFY(std::abs(r.summary.cost.ephemeralStorage - billedS * 0.0000000309) < 1e-18);
    s.function.ephemeralStorageMb = 512;
    Run none(s, arrivalsAt({0, 1000}));
    QCOMPARE(none.summary.cost.ephemeralStorage, 0.0);
}

void TestBilling::freeTierNeverExceedsUse()
{
    Scenario s = handScenario();
    s.pricing.freeTier = true;
    Run r(s);
    QVERIFY(r.summary.cost.freeTierCredit < 0);
    QVERIFY(std::abs(r.summary.cost.total()) < 1e-15);   // 100 requests: all within the allowance
    // Two started blocks of 31 days give two allowances.
    Scenario two;
    two.durationS = kBillingMonthS + 1;
    Billing b(periodsOf(two), two.durationS, true);
    const Rates rates = ratesFor(Architecture::X86_64);
    for (int i = 0; i < 1'500'000; ++i)
        b.addRequest(0, rates);
    for (int i = 0; i < 1'500'000; ++i)
        b.addRequest(kBillingMonthS * 1000 + 1, rates);
    QVERIFY(std::abs(b.lines().total() - 2 * 0.5 * 0.2) < 1e-9);
}

void TestBilling::arm64Prices()
{
    const Rates r = ratesFor(Architecture::Arm64);
    QCOMPARE(r.durationGbS, 0.0000133334);
    QCOMPARE(r.pcCapacityGbS, 0.0000033334);
    QCOMPARE(r.pcDurationGbS, 0.0000077778);
}

void TestBilling::rateOverrides()
{
    const Rates r = ratesFor(Architecture::X86_64, {{"duration_gb_s", 0.00002}, {"request_per_million", 0.5}});
    QCOMPARE(r.durationGbS, 0.00002);
    QCOMPARE(r.requestPerMillion, 0.5);
    QCOMPARE(r.tiers.front().rate, 0.00002);
    QVERIFY(std::abs(r.tiers[1].rate - 0.000015 * 0.00002 / 0.0000166667) < 1e-15);
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
