// SPDX-License-Identifier: GPL-3.0-or-later
// Compare A and B: both runs on the same arrivals, their KPIs side by side, one clock.
#include "comparisonview.h"
#include "labtesting.h"
#include "playbackclock.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

#include <map>

using namespace lle;
using namespace lle::testing;

class TestComparisonView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void compareRunsBothOnTheSameArrivals()
    {
        Scenario a = smallScenario();
        Scenario b = a;
        b.function.memoryMb = 2048;
        b.seed = 99;   // the comparison runs B on A's seed
        ComparisonView view(a, b, QStringLiteral("A"), QStringLiteral("B"));
        QSignalSpy ready(&view, &ComparisonView::ready);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60'000);
        QCOMPARE(ready.at(0).at(0).toBool(), true);
        // B's header states how B differs from A (the seed is A's, so only the memory).
        auto *titleB = view.findChild<QLabel *>(QStringLiteral("comparisonTitleB"));
        QVERIFY(titleB);
        QVERIFY2(titleB->text().endsWith(QStringLiteral("B against A: memory 1,024 MB → 2,048 MB")), qPrintable(titleB->text()));
        const RunPtr ra = view.runA(), rb = view.runB();
        QVERIFY(ra && rb);
        QCOMPARE(ra->summary.requests.total, rb->summary.requests.total);
        QVERIFY(ra->summary.requests.total > 100);
        // Every request arrives at the same time in both runs.
        std::map<std::uint64_t, double> arrivalsA, arrivalsB;
        for (const InvocationRecord &r : ra->invocations)
            arrivalsA[r.id] = r.arrivalMs;
        for (const InvocationRecord &r : rb->invocations)
            arrivalsB[r.id] = r.arrivalMs;
        QCOMPARE(arrivalsA.size(), std::size_t(ra->summary.requests.total));
        QVERIFY(arrivalsA == arrivalsB);
        // …and B is B: more memory, shorter handlers.
        QVERIFY(rb->summary.latency.p50 < ra->summary.latency.p50);
        QCOMPARE(view.scenarioB().function.memoryMb, 2048);

        // The KPI table: p50 row, B − A negative.
        QTableWidget *table = view.kpiTable();
        QVERIFY(table->item(1, 2)->text().startsWith(QStringLiteral("\u2212")));
        QVERIFY(table->item(1, 3)->text().endsWith(QStringLiteral("%")));
        // Both CDFs drawn, each ending at 100 %.
        QVERIFY(view.cdfPlot()->graph(0)->data()->size() > 10);
        QVERIFY(view.cdfPlot()->graph(1)->data()->size() > 10);
        QCOMPARE((view.cdfPlot()->graph(1)->data()->constEnd() - 1)->value, 100.0);
        // One clock drives both lanes.
        view.clock()->seek(12'000);
        QCOMPARE(view.clock()->simTimeMs(), 12'000.0);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
