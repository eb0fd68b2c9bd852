// SPDX-License-Identifier: GPL-3.0-or-later
// Arrival processes: a Poisson stream draws its gaps ahead in batches, yet yields the arrivals and
// leaves the random stream exactly as drawing one gap per arrival would.
#include "arrivals.h"
#include "rng.h"

#include <QtTest>

#include <vector>

using namespace lle;

namespace {

WorkloadSpec poisson(double ratePerS)
{
    WorkloadSpec w;
    w.pattern = WorkloadPattern::Poisson;
    w.ratePerS = ratePerS;
    return w;
}

}  // namespace

class TestArrivals : public QObject {
    Q_OBJECT

private slots:
    void poissonFollowsOneDrawPerArrival_data();
    void poissonFollowsOneDrawPerArrival();
    void poissonCopyGoesOnFromTheSamePoint();
};

void TestArrivals::poissonFollowsOneDrawPerArrival_data()
{
    // Arrivals taken before the process is replaced: none, within the first batch, at its end,
    // just past it, several batches.
    QTest::addColumn<int>("taken");
    for (int k : {0, 1, 63, 64, 65, 200})
        QTest::addRow("%d arrivals", k) << k;
}

void TestArrivals::poissonFollowsOneDrawPerArrival()
{
    QFETCH(int, taken);
    const double startMs = 250, endMs = 1e9;
    auto process = makeArrivalProcess(poisson(40), startMs, endMs);
    Rng drawn(7, 1), reference(7, 1);
    double t = startMs;
    for (int i = 0; i < taken; ++i) {
        t += reference.exponential(1000.0 / 40);   // one gap per arrival
        QCOMPARE(process->next(drawn), t);
    }
    // Replaced: the stream must stand where the one-at-a-time draws left it.
    process->returnUnused(drawn);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(drawn.next(), reference.next());
}

void TestArrivals::poissonCopyGoesOnFromTheSamePoint()
{
    // A checkpoint copies the process in the middle of a batch: the copy, given a copy of the
    // stream, yields the same arrivals as the original, across the next batches.
    auto process = makeArrivalProcess(poisson(1000), 0, 1e9);
    Rng rng(3, 1);
    for (int i = 0; i < 30; ++i)
        process->next(rng);
    auto copy = process->clone();
    QVERIFY(copy);
    Rng copyRng = rng;
    for (int i = 0; i < 150; ++i)
        QCOMPARE(copy->next(copyRng), process->next(rng));
}

QTEST_GUILESS_MAIN(TestArrivals)
#include "tst_arrivals.moc"
