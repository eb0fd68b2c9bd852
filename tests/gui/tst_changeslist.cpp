// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeslist.h"
#include "explorerwindow.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "runtesting.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "valueslider.h"
#include "format.h"
#include "vocabulary.h"
#include "windowtesting.h"

#include <QDockWidget>
#include <QTest>
#include <QTreeWidget>

using namespace lle;
using testing::upToDate;

/// Timed changes are visible and editable: a slider moved during playback becomes a row of the
/// list (time, setting, old → new); Delete and Move to playhead edit the scenario; the panel
/// shows the value in effect at the playhead, after Restart too.
class TestChangesList : public QObject {
    Q_OBJECT

private slots:
    void sliderMovedMidRunIsListedAndEditable()
    {
        ExplorerWindow w(testing::fiveMinutesAt512Mb());
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        SimulationController *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 15000);
        ChangesList *list = w.changesList();
        QVERIFY(list);
        QCOMPARE(list->tree()->topLevelItemCount(), 0);
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("changesDock"));
        QVERIFY(dock && !dock->isVisible());

        // The memory slider moved at 100 s: a change the list shows, with its unit.
        c->clock()->seek(100'000);
        auto *memory = w.panel()->findChild<ValueSlider *>(QStringLiteral("memorySlider"));
        QVERIFY(memory);
        QVERIFY(c->setValue("function.memory_mb", 2048.0).empty());
        QCOMPARE(list->tree()->topLevelItemCount(), 1);
        QVERIFY(dock->isVisible());
        const QStringList row = list->rowText(0);
        QCOMPARE(row[0], Format::simTime(100'000));
        QVERIFY2(row[2].contains(QLatin1String("512 MB")) && row[2].contains(QLatin1String("2,048 MB")), qPrintable(row[2]));
        // The setting by the vocabulary's word, the one the panel and the why-cold text use.
        QCOMPARE(row[1], Vocabulary::settingName("function.memory_mb"));

        // Restart keeps it; the panel shows the value in effect at the playhead.
        c->restart();
        QCoreApplication::processEvents();
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        QCOMPARE(list->tree()->topLevelItemCount(), 1);
        QCOMPARE(qRound(memory->realValue()), 512);
        c->clock()->seek(150'000);
        QCoreApplication::processEvents();
        QCOMPARE(qRound(memory->realValue()), 2048);

        // Move to playhead (50 s), then delete.
        c->clock()->seek(50'000);
        list->tree()->setCurrentItem(list->tree()->topLevelItem(0));
        list->moveSelectedToPlayhead();
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        QCOMPARE(c->scenario().changes[0].atS, 50.0);
        QCOMPARE(list->rowText(0)[0], Format::simTime(50'000));
        QCoreApplication::processEvents();
        QCOMPARE(qRound(memory->realValue()), 2048);   // in effect at 50 s now
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(*c), 15000);
        QCOMPARE(c->run()->changes.size(), std::size_t(1));
        QCOMPARE(c->run()->changes[0].atMs, 50'000.0);
        list->tree()->setCurrentItem(list->tree()->topLevelItem(0));
        list->deleteSelected();
        QVERIFY(c->scenario().changes.empty());
        QCOMPARE(list->tree()->topLevelItemCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(qRound(memory->realValue()), 512);
    }

    void markerLabelsStayBesideTheirLineOnThePlot_data()
    {
        QTest::addColumn<double>("atS");
        QTest::addColumn<int>("width");
        QTest::newRow("near the start") << 4.0 << 700;
        QTest::newRow("in the middle") << 150.0 << 700;
        QTest::newRow("near the end") << 296.0 << 700;
        QTest::newRow("narrow plot") << 150.0 << 300;
    }

    void markerLabelsStayBesideTheirLineOnThePlot()
    {
        QFETCH(double, atS);
        QFETCH(int, width);
        Scenario s = testing::fiveMinutesAt512Mb();
        // A long label: three settings, each with its unit.
        s.changes.push_back(Change{atS, {{"function.memory_mb", 2048.0}, {"function.handler.cpu_ms", 250.0},
                                         {"platform.idle_timeout_s", 120.0}}});
        SimulationController c;
        c.clock()->setAutoTick(false);
        c.setScenario(s);
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(c), 15000);
        LatencyPlot plot;
        plot.resize(width, 260);
        plot.setRun(c.run());
        plot.setPlayhead(s.durationS * 1000);
        plot.replot();
        int labels = 0;
        for (int i = 0; i < plot.itemCount(); ++i) {
            auto *label = qobject_cast<QCPItemText *>(plot.item(i));
            if (!label || !label->visible() || label->property("fullText").isNull())
                continue;
            ++labels;
            QVERIFY2(label->property("fullText").toString().contains(QLatin1String("MB")), qPrintable(label->text()));
            QVERIFY2(label->property("fullText").toString().contains(QLatin1String("ms")), qPrintable(label->text()));
            const QRectF r(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
            const QRectF area = plot.axisRect()->rect();
            QVERIFY2(r.left() >= area.left() - 1 && r.right() <= area.right() + 1,
                     qPrintable(QStringLiteral("label %1–%2 outside the plot %3–%4").arg(r.left()).arg(r.right()).arg(area.left()).arg(area.right())));
            const double line = plot.xAxis->coordToPixel(atS);
            QVERIFY2(r.right() <= line + 1 || r.left() >= line - 1,
                     qPrintable(QStringLiteral("label %1–%2 across its line at %3").arg(r.left()).arg(r.right()).arg(line)));
        }
        QCOMPARE(labels, 1);
    }
};

QTEST_MAIN(TestChangesList)
#include "tst_changeslist.moc"
