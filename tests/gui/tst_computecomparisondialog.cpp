// SPDX-License-Identifier: GPL-3.0-or-later
// Lab → Compare compute options…: four rows, a sentence for each option against on-demand.
#include "computecomparisondialog.h"
#include "scenarioio.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace lle;

class TestComputeComparisonDialog : public QObject {
    Q_OBJECT

private slots:
    void fourRowsAndSentences();
    void sentenceWording();
};

void TestComputeComparisonDialog::fourRowsAndSentences()
{
    Scenario s = defaultScenario();
    s.durationS = 120;
    ComputeComparisonDialog dialog(s);
    QSignalSpy done(&dialog, &ComputeComparisonDialog::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("computeComparisonTable"));
    QCOMPARE(table->rowCount(), 4);
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("computeComparisonSentences"))->text();
    QCOMPARE(text.split(QLatin1Char('\n')).size(), 3);
    QVERIFY2(text.contains(QStringLiteral("Managed Instances: ")) && text.contains(QStringLiteral("against on-demand")),
             qPrintable(text));
}

void TestComputeComparisonDialog::sentenceWording()
{
    ComputeOptionResult onDemand, mi;
    onDemand.costPerMonthUsd = 100;
    onDemand.summary.latency.p99 = 200;
    mi.option = ComputeOption::ManagedInstances;
    mi.costPerMonthUsd = 59;
    mi.summary.latency.p99 = 224;
    QCOMPARE(ComputeComparisonDialog::sentence(mi, onDemand),
             QStringLiteral("Managed Instances: −41 % cost, +12 % p99 against on-demand."));
    mi.throttledPercent = 2.5;
    QCOMPARE(ComputeComparisonDialog::sentence(mi, onDemand),
             QStringLiteral("Managed Instances: −41 % cost, +12 % p99 against on-demand; 2.5 % throttled."));
    mi.available = false;
    mi.unavailableReason = "x";
    QCOMPARE(ComputeComparisonDialog::sentence(mi, onDemand), QStringLiteral("Managed Instances: not available here (x)."));
}

QTEST_MAIN(TestComputeComparisonDialog)
#include "tst_computecomparisondialog.moc"
