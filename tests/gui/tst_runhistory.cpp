// SPDX-License-Identifier: GPL-3.0-or-later
// The run history: every applied configuration recorded with its KPIs, and restored.
#include "labtesting.h"
#include "runhistory.h"

#include <QLocale>
#include <QTest>

using namespace lle;
using namespace lle::testing;

class TestRunHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English numbers: the texts below are compared as the source spells them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void historyRecordsAppliedConfigurationsAndRestores()
    {
        LabWindow f;
        RunHistory *history = f.lab->history();
        QCOMPARE(history->entries().size(), std::size_t(1));
        QTRY_VERIFY(history->entries()[0].kpis.has_value());
        const Scenario first = f.controller()->scenario();

        QVERIFY(f.controller()->setValues({{"function.memory_mb", 2048.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(2));
        QVERIFY(history->entries()[1].changed.contains(QStringLiteral("2,048 MB")));
        QCOMPARE(history->entries()[1].scenario.function.memoryMb, 2048);
        QTRY_VERIFY(history->entries()[1].kpis.has_value());
        QVERIFY(history->entries()[1].kpis->p50Ms < history->entries()[0].kpis->p50Ms);

        f.controller()->clock()->seek(20'000);
        QVERIFY(f.controller()->setValues({{"function.provisioned_concurrency", 2.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(3));
        QVERIFY(history->entries()[2].changed.contains(QStringLiteral("0:20.000")));
        // A value equal to the one in effect changes nothing and adds nothing.
        QVERIFY(f.controller()->setValues({{"function.provisioned_concurrency", 2.0}}).empty());
        QCOMPARE(history->entries().size(), std::size_t(3));

        history->restore(0);
        QCOMPARE(f.controller()->scenario(), first);
        QCOMPARE(history->entries().size(), std::size_t(4));
        QVERIFY(history->entries()[3].changed.contains(QStringLiteral("1")));
        history->restore(2);
        QCOMPARE(f.controller()->scenario().changes.size(), std::size_t(1));
        QCOMPARE(f.controller()->scenario().function.memoryMb, 2048);
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
