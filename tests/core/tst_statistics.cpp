// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming quantiles within 0.5 %, and the arrival processes' rates and shapes.
#include "arrivals.h"
#include "quantilesketch.h"
#include "rng.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace lle;

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void sketchQuantilesWithinHalfAPercent_data();
    void sketchQuantilesWithinHalfAPercent();
    void sketchClearAndMerge();
    void trimmedSketchesMergeToTheWholeSketch();
    void rngStreamsAreIndependentAndRepeatable();
    void arrivalRates_data();
    void arrivalRates();
    void constantArrivalsDoNotDrift();
    void burstArrivalsStayInTheirWindows();
    void diurnalPeaksWhereAsked();
};

void TestStatistics::sketchQuantilesWithinHalfAPercent_data()
{
    QTest::addColumn<int>("shape");
    QTest::newRow("lognormal, cv 2") << 0;
    QTest::newRow("bimodal: warm 20 ms, cold 900 ms") << 1;
    QTest::newRow("exponential") << 2;
}

void TestStatistics::sketchQuantilesWithinHalfAPercent()
{
    QFETCH(int, shape);
    Rng rng(42);
    QuantileSketch sketch;
    std::vector<double> values;
    for (int i = 0; i < 200'000; ++i) {
        double v = 0;
        switch (shape) {
        case 0: v = rng.lognormalMeanCv(100, 2); break;
        case 1: v = rng.uniform01() < 0.03 ? rng.lognormalMeanCv(900, 0.2) : rng.lognormalMeanCv(20, 0.3); break;
        default: v = rng.exponential(50); break;
        }
        values.push_back(v);
        sketch.add(v);
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.01, 0.5, 0.9, 0.97, 0.99, 0.999}) {
        const double exact = values[static_cast<std::size_t>(std::ceil(q * values.size())) - 1];
        const double est = sketch.quantile(q);
        QVERIFY2(std::abs(est / exact - 1) <= 0.005, qPrintable(QString("q%1: %2 vs %3").arg(q).arg(est).arg(exact)));
    }
    QCOMPARE(sketch.max(), values.back());
    QCOMPARE(sketch.min(), values.front());
    QCOMPARE(sketch.count(), std::uint64_t(values.size()));
}

void TestStatistics::sketchClearAndMerge()
{
    QuantileSketch a, b;
    for (int i = 1; i <= 100; ++i)
        a.add(i);
    for (int i = 101; i <= 200; ++i)
        b.add(i);
    a.merge(b);
    QVERIFY(std::abs(a.quantile(0.5) / 100 - 1) <= 0.005);
    QCOMPARE(a.count(), std::uint64_t(200));
    a.clear();
    QCOMPARE(a.count(), std::uint64_t(0));
    QCOMPARE(a.quantile(0.5), 0.0);
    a.add(7);
    QVERIFY(std::abs(a.quantile(0.99) / 7 - 1) <= 0.005);
    a.add(0);   // zero (a ping of 0 ms) is below the smallest bin and still counted
    QCOMPARE(a.quantile(0.01), 0.0);
}

void TestStatistics::trimmedSketchesMergeToTheWholeSketch()
{
    // The window keeps one trimmed sketch per metrics bucket and merges them for percentiles over
    // [0, t]: the merge must give exactly the sketch of all values, at every quantile.
    Rng rng(7, 1);
    QuantileSketch whole, bucket, merged;
    std::vector<QuantileSketch> parts;
    for (int b = 0; b < 40; ++b) {
        // Buckets far apart in scale (0.5 ms to minutes), one empty, one with a zero.
        const double scale = std::pow(3.0, b % 12) * 0.5;
        const int n = b == 17 ? 0 : 50 + b * 7;
        for (int i = 0; i < n; ++i) {
            const double v = b == 5 && i == 0 ? 0.0 : scale * (1 + 4 * rng.uniform01());
            whole.add(v);
            bucket.add(v);
        }
        parts.push_back(bucket.trimmed());
        bucket.clear();
    }
    for (const auto &p : parts)
        merged.merge(p);
    QCOMPARE(merged.count(), whole.count());
    QCOMPARE(merged.min(), whole.min());
    QCOMPARE(merged.max(), whole.max());
    QVERIFY(qFuzzyCompare(merged.mean(), whole.mean()));   // summed in another order
    for (double q : {0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1.0})
        QCOMPARE(merged.quantile(q), whole.quantile(q));
    // A trimmed sketch reads like the one it came from.
    QuantileSketch one;
    for (int i = 1; i <= 500; ++i)
        one.add(i * 0.37);
    const QuantileSketch t = one.trimmed();
    for (double q : {0.01, 0.5, 0.99})
        QCOMPARE(t.quantile(q), one.quantile(q));
    QCOMPARE(QuantileSketch().trimmed().quantile(0.5), 0.0);
}

void TestStatistics::rngStreamsAreIndependentAndRepeatable()
{
    Rng a(1, 1), b(1, 1), c(1, 2), d(2, 1);
    const auto x = a.next();
    QCOMPARE(x, b.next());
    QVERIFY(x != c.next());
    QVERIFY(x != d.next());
    Rng e(9);
    double sum = 0;
    for (int i = 0; i < 100'000; ++i)
        sum += e.lognormalMeanCv(10, 0.5);
    QVERIFY(std::abs(sum / 100'000 - 10) < 0.05);
}

void TestStatistics::arrivalRates_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<double>("expectedPerS");
    // Diurnal and burst: the long-run mean rate is mean_rate, and base + (burst - base) · length / every.
    QTest::newRow("poisson 5/s") << int(WorkloadPattern::Poisson) << 5.0;
    QTest::newRow("constant 5/s") << int(WorkloadPattern::Constant) << 5.0;
    QTest::newRow("diurnal, mean 5/s") << int(WorkloadPattern::Diurnal) << 5.0;
    QTest::newRow("burst 1/s, 20/s for 5 s of 60") << int(WorkloadPattern::Burst) << 1.0 + 19.0 * 5 / 60;
}

void TestStatistics::arrivalRates()
{
    QFETCH(int, pattern);
    QFETCH(double, expectedPerS);
    WorkloadSpec w;
    w.pattern = static_cast<WorkloadPattern>(pattern);
    w.ratePerS = 5;
    w.meanRatePerS = 5;
    w.peakToTrough = 4;
    w.baseRatePerS = 1;
    w.burstRatePerS = 20;
    w.everyS = 60;
    w.lengthS = 5;
    const double durationMs = 10 * 86'400'000.0;
    auto p = makeArrivalProcess(w, 0, durationMs);
    Rng rng(3);
    double n = 0, last = -1;
    for (double t = p->next(rng); std::isfinite(t); t = p->next(rng)) {
        QVERIFY(t >= last && t < durationMs);
        last = t;
        ++n;
    }
    QVERIFY2(std::abs(n / (durationMs / 1000) / expectedPerS - 1) < 0.01, qPrintable(QString::number(n)));
}

void TestStatistics::constantArrivalsDoNotDrift()
{
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Constant;
    w.ratePerS = 3;
    auto p = makeArrivalProcess(w, 1000, 1000 + 1e9);
    Rng rng;
    double t = 0;
    for (int k = 0; k <= 2'999'999; ++k)
        t = p->next(rng);
    // The 3,000,000th arrival is at exactly start + 2,999,999 gaps: no accumulated rounding.
    QCOMPARE(t, 1000 + 2'999'999 * (1000.0 / 3));
}

void TestStatistics::burstArrivalsStayInTheirWindows()
{
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Burst;
    w.baseRatePerS = 0;
    w.burstRatePerS = 50;
    w.everyS = 30;
    w.lengthS = 5;
    auto p = makeArrivalProcess(w, 0, 3'600'000);
    Rng rng(5);
    int n = 0;
    for (double t = p->next(rng); std::isfinite(t); t = p->next(rng), ++n)
        QVERIFY(std::fmod(t, 30'000) < 5'000);
    QVERIFY(n > 5000);
}

void TestStatistics::diurnalPeaksWhereAsked()
{
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Diurnal;
    w.meanRatePerS = 2;
    w.peakToTrough = 9;   // amplitude 0.8: 3.6/s at the peak, 0.4/s at the trough
    w.peakAtS = 50'400;
    auto p = makeArrivalProcess(w, 0, 30 * 86'400'000.0);
    Rng rng(8);
    double nearPeak = 0, nearTrough = 0;
    for (double t = p->next(rng); std::isfinite(t); t = p->next(rng)) {
        const double hourOfDay = std::fmod(t / 3'600'000, 24);
        nearPeak += std::abs(hourOfDay - 14) < 0.5;
        nearTrough += std::abs(hourOfDay - 2) < 0.5;
    }
    QVERIFY2(std::abs(nearPeak / nearTrough - 9) < 0.6, qPrintable(QString::number(nearPeak / nearTrough)));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
