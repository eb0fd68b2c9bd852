// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpistrip.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QTest>

#include <cmath>

using namespace lle;

namespace {

RunPtr recordRun(const Scenario &s)
{
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    return recorder.take();
}

Scenario constantRate(double perS, double durationS)
{
    Scenario s = defaultScenario();
    s.durationS = durationS;
    setScenarioValue(s, "workload.pattern", std::string("constant"));
    setScenarioValue(s, "workload.rate_per_s", perS);
    return s;
}

}  // namespace

/// The key figures: a month projected only from enough of the run to say something.
class TestKpiProjection : public QObject {
    Q_OBJECT
private slots:
    void projectionNeedsAMinuteAndAHundredRequests_data();
    void projectionNeedsAMinuteAndAHundredRequests();
    void monthAtAStatedVolume();
};

void TestKpiProjection::projectionNeedsAMinuteAndAHundredRequests_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("atS");
    QTest::addColumn<bool>("known");
    QTest::newRow("first request") << 10.0 << 0.06 << false;
    QTest::newRow("busy but short") << 10.0 << 30.0 << false;
    QTest::newRow("long but sparse") << 0.5 << 150.0 << false;
    QTest::newRow("a minute, 600 requests") << 10.0 << 61.0 << true;
    QTest::newRow("sparse, later") << 0.5 << 280.0 << true;
}

void TestKpiProjection::projectionNeedsAMinuteAndAHundredRequests()
{
    QFETCH(double, rate);
    QFETCH(double, atS);
    QFETCH(bool, known);
    const RunPtr run = recordRun(constantRate(rate, 300));
    const KpiStrip::Figures f = KpiStrip::compute(*run, atS * 1000);
    QCOMPARE(f.perMonthKnown, known);
    QCOMPARE(std::isnan(f.perMonth), !known);
    if (known)
        QVERIFY(f.perMonth > 0);

    KpiStrip strip;
    strip.resize(1280, 60);
    strip.setRun(run);
    strip.showAt(atS * 1000);
    QCOMPARE(strip.valueText(KpiStrip::Cell::PerMonth) == QStringLiteral("—"), !known);
}

void TestKpiProjection::monthAtAStatedVolume()
{
    const RunPtr run = recordRun(constantRate(10, 300));
    KpiStrip strip;
    strip.resize(1280, 60);
    strip.setRun(run);
    strip.showAt(300'000);
    const KpiStrip::Figures f = strip.figures();
    QVERIFY(f.perMonthKnown);
    // Stated: five million requests a month, billed at this run's cost per request, with and
    // without the free tier.
    strip.setMonthlyVolume(5e6);
    const KpiStrip::Figures g = strip.figures();
    QCOMPARE(strip.monthlyVolume(), 5e6);
    QVERIFY(std::abs(g.perMonth - f.perMillion * 5) <= 1e-9 * std::max(1.0, g.perMonth));
    QVERIFY(g.perMonthFreeTier >= 0 && g.perMonthFreeTier < g.perMonth);
    QVERIFY2(strip.captionText(KpiStrip::Cell::PerMonth).contains(QStringLiteral("5,000,000")),
             qPrintable(strip.captionText(KpiStrip::Cell::PerMonth)));
    QVERIFY2(strip.valueText(KpiStrip::Cell::PerMonth).contains(QLatin1String("free tier")),
             qPrintable(strip.valueText(KpiStrip::Cell::PerMonth)));
    strip.setMonthlyVolume(0);   // back to the projection from the run's own rate
    QCOMPARE(strip.figures().perMonth, f.perMonth);
}

QTEST_MAIN(TestKpiProjection)
#include "tst_kpiprojection.moc"
