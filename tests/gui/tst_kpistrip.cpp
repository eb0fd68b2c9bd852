// SPDX-License-Identifier: GPL-3.0-or-later
// The KPI strip at the end of a run says what summary.json says: requests, throttled, the cold
// share, the cost so far and per million requests, and p50/p99 within the sketch's accuracy
// (the strip counts every recorded request exactly; the summary reads its quantile sketch).
#include "kpistrip.h"
#include "runrecorder.h"
#include "simulator.h"

#include <QtTest>

using namespace lle;

Q_DECLARE_METATYPE(lle::Scenario)

namespace {

bool near(double a, double b, double relative)
{
    return std::fabs(a - b) <= relative * std::max(1.0, std::fabs(b));
}

}  // namespace

class TestKpiStrip : public QObject {
    Q_OBJECT

private slots:
    void endOfRunEqualsTheSummary_data();
    void endOfRunEqualsTheSummary();
    void layoutOnlyWhenItMayChange();
};

void TestKpiStrip::endOfRunEqualsTheSummary_data()
{
    QTest::addColumn<Scenario>("scenario");
    Scenario plain;
    plain.name = "plain";
    plain.durationS = 600;
    plain.workload.ratePerS = 20;
    QTest::newRow("on demand") << plain;

    Scenario throttled = plain;
    throttled.name = "throttled";
    throttled.platform.concurrencyLimit = 2;
    QTest::newRow("throttled at the concurrency limit") << throttled;

    Scenario sparse = plain;
    sparse.name = "sparse";
    sparse.workload.ratePerS = 0.05;
    sparse.platform.idleTimeout = {false, 60, 60};
    QTest::newRow("mostly cold") << sparse;
}

void TestKpiStrip::endOfRunEqualsTheSummary()
{
    QFETCH(Scenario, scenario);
    Simulator sim(scenario);
    RunRecorder recorder(scenario, sim);
    sim.setObserver(&recorder);
    sim.run();
    const Summary s = sim.summary();
    const RunPtr run = recorder.take();
    QCOMPARE(run->invocationStride, 1u);   // every request recorded: the strip counts them

    KpiStrip strip;
    strip.setRun(run);
    strip.showAt(scenario.durationS * 1000.0);
    const KpiStrip::Figures &f = strip.figures();
    QCOMPARE(f.requests, s.requests.completed);
    QCOMPARE(f.throttled, s.requests.throttled);
    QVERIFY2(near(f.coldPercent, 100 * s.coldStartRatio, 1e-12),
             qPrintable(QStringLiteral("%1 % against %2 %").arg(f.coldPercent).arg(100 * s.coldStartRatio)));
    QVERIFY2(near(f.costSoFar, s.cost.total(), 1e-9),
             qPrintable(QStringLiteral("$%1 against $%2").arg(f.costSoFar, 0, 'g', 12).arg(s.cost.total(), 0, 'g', 12)));
    QVERIFY(near(f.perMillion, s.costPerMillionRequests, 1e-9));
    // The sketch's bins are 1 % wide; the strip's figure is an exact order statistic.
    QVERIFY2(near(f.p50, s.latency.p50, 0.01), qPrintable(QStringLiteral("p50 %1 against %2").arg(f.p50).arg(s.latency.p50)));
    QVERIFY2(near(f.p99, s.latency.p99, 0.01), qPrintable(QStringLiteral("p99 %1 against %2").arg(f.p99).arg(s.latency.p99)));
}

QTEST_MAIN(TestKpiStrip)
void TestKpiStrip::layoutOnlyWhenItMayChange()
{
    // recompute() ran the whole layout (every text measured at every size) at every frame.
    Scenario scenario;
    scenario.durationS = 120;
    scenario.workload.ratePerS = 20;
    Simulator sim(scenario);
    RunRecorder recorder(scenario, sim);
    sim.setObserver(&recorder);
    sim.run();
    KpiStrip strip;
    strip.resize(900, 60);
    strip.setRun(recorder.take());
    strip.showAt(60'000);
    // The value texts with every digit the same: what a frame may change of the layout.
    auto shape = [&] {
        QString out;
        for (const auto &t : strip.cellTexts())
            out += t.second + QLatin1Char('|');
        return out.replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("0"));
    };
    int passes = strip.layoutPasses();
    QString last = shape();
    int frames = 0, shapeChanges = 0;
    for (double t = 60'000; t < 61'000; t += 1000.0 / 25, ++frames) {
        strip.showAt(t);
        strip.cellLayout();   // as a paint would
        const QString now = shape();
        shapeChanges += now != last ? 1 : 0;
        last = now;
    }
    QVERIFY(frames >= 25);
    QCOMPARE(strip.layoutPasses() - passes, shapeChanges);
    QVERIFY2(shapeChanges < frames / 2, qPrintable(QString::number(shapeChanges)));
    // The width and the font each take a new layout, once.
    passes = strip.layoutPasses();
    strip.resize(700, 60);
    strip.cellLayout();
    strip.cellLayout();
    QCOMPARE(strip.layoutPasses(), passes + 1);
    QFont bigger = strip.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
    strip.setFont(bigger);
    strip.cellLayout();
    QCOMPARE(strip.layoutPasses(), passes + 2);
    // …and a new layout is the one it would work out from scratch.
    KpiStrip fresh;
    fresh.resize(700, 60);
    fresh.setFont(bigger);
    fresh.setFigures(strip.figures());
    QCOMPARE(fresh.cellLayout().columns, strip.cellLayout().columns);
    QCOMPARE(fresh.cellLayout().value, strip.cellLayout().value);
}

#include "tst_kpistrip.moc"
