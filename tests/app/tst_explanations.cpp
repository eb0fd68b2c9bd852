// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanations.h"

#include <QSet>
#include <QTest>

using namespace lle;

class TestExplanations : public QObject {
    Q_OBJECT
private slots:
    void everyIdHasBothTexts();
    void coversPhasesControlsPlotsKpis();
    void figuresBehindThem();
    void objectNamesMapToIds();
};

void TestExplanations::everyIdHasBothTexts()
{
    QSet<QString> seen;
    for (const QString &id : explanations::ids()) {
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(!explanations::shortText(id).isEmpty(), qPrintable(id));
        QVERIFY2(explanations::longText(id).size() > explanations::shortText(id).size() / 2, qPrintable(id));
    }
    QVERIFY(explanations::shortText(QStringLiteral("nope")).isEmpty());
}

void TestExplanations::coversPhasesControlsPlotsKpis()
{
    for (const char *id : {"phase.env_setup", "phase.extension_init", "phase.runtime_init", "phase.function_init",
                           "phase.restore", "phase.invoke", "phase.frozen", "phase.shutdown", "phase.warm_reuse",
                           "control.memory", "control.pc", "control.snapstart", "control.idle", "control.keep_warm",
                           "control.db_place", "plot.latency", "plot.cdf", "plot.cost", "plot.environments",
                           "plot.lanes", "plot.diagram", "kpi.cold", "kpi.p50", "kpi.p99", "kpi.per_million",
                           "kpi.cost_so_far", "kpi.per_month", "kpi.requests"})
        QVERIFY2(explanations::has(QLatin1String(id)), id);
}

void TestExplanations::figuresBehindThem()
{
    QVERIFY(explanations::shortText(QStringLiteral("control.memory")).contains(QLatin1String("1,769 MB = 1 vCPU")));
    const QString shutdown = explanations::longText(QStringLiteral("phase.shutdown"));
    QVERIFY(shutdown.contains(QLatin1String("0 ms")) && shutdown.contains(QLatin1String("500 ms"))
            && shutdown.contains(QLatin1String("2,000 ms")));
    QVERIFY(explanations::longText(QStringLiteral("phase.frozen")).contains(QStringLiteral("5–15 minutes")));
    QVERIFY(explanations::longText(QStringLiteral("control.pc")).contains(QLatin1String("$0.0000041667")));
}

void TestExplanations::objectNamesMapToIds()
{
    for (const QString &name : explanations::objectNames())
        QVERIFY2(explanations::has(explanations::idForObjectName(name)), qPrintable(name));
    QCOMPARE(explanations::idForObjectName(QStringLiteral("memorySlider")), QStringLiteral("control.memory"));
    QVERIFY(explanations::idForObjectName(QStringLiteral("nothing")).isEmpty());
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
