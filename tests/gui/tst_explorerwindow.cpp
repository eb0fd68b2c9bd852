// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentlanes.h"
#include "explorerwindow.h"
#include "parameterpanel.h"
#include "runplots.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "valueslider.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;

class TestExplorerWindow : public QObject {
    Q_OBJECT

    static bool upToDate(const SimulationController &c)
    {
        return c.run() && c.run()->finished && c.run()->generation == c.generation();
    }

private slots:
    void sliderMoveDuringPlaybackMakesAChangeAtThePlayhead()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->play();
        c->clock()->seek(42'000);
        ValueSlider *memory = w.panel()->memorySlider();
        // A keyboard step on the slider (not dragging) commits at once.
        memory->setFocus();
        QTest::keyClick(memory, Qt::Key_PageUp);
        QCOMPARE(c->scenario().changes.size(), std::size_t(1));
        const Change &change = c->scenario().changes[0];
        QCOMPARE(change.atS, 42.0);
        QCOMPARE(change.set[0].first, std::string("function.memory_mb"));
        QVERIFY(std::get<double>(change.set[0].second) > 512);
        QCOMPARE(c->clock()->simTimeMs(), 42'000.0);
        QTRY_VERIFY(upToDate(*c));
        QTRY_COMPARE(w.latencyPlot()->shownGeneration(), c->generation());
        // The plots mark the moment: a line and a label per change.
        QCOMPARE(w.latencyPlot()->itemCount(), 1 + 2);   // playhead + marker line + label
        bool labelled = false;
        for (int i = 0; i < w.costPlot()->itemCount(); ++i)
            if (auto *t = qobject_cast<QCPItemText *>(w.costPlot()->item(i)))
                labelled = labelled || t->text().startsWith(QStringLiteral("memory 512 → "));
        QVERIFY(labelled);
    }

    void plotsHoldTheExpectedGraphsAndPoints()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(60'000);
        QCOMPARE(w.latencyPlot()->graphCount(), 4);
        QCOMPARE(w.cdfPlot()->graphCount(), 2);
        QCOMPARE(w.costPlot()->graphCount(), 5);
        QCOMPARE(w.environmentsPlot()->graphCount(), 4);
        // One point per request completed by the playhead, in its start type's series.
        const RunPtr run = c->run();
        std::map<StartType, int> expected;
        for (std::size_t i = 0; i < run->invocationsUntil(60'000); ++i) {
            const auto &r = run->invocations[i];
            if (r.kind == RequestKind::Request && r.startType != StartType::Throttled)
                ++expected[r.startedAs];
        }
        QVERIFY(expected[StartType::Cold] > 0);
        QVERIFY(expected[StartType::Warm] > 0);
        QCOMPARE(w.latencyPlot()->series(StartType::Cold)->dataCount(), expected[StartType::Cold]);
        QCOMPARE(w.latencyPlot()->series(StartType::Warm)->dataCount(), expected[StartType::Warm]);
        // Cost and environment lines have one point per elapsed one-second bucket (cost starts at 0).
        QCOMPARE(w.environmentsPlot()->line(0)->dataCount(), 60);
        QCOMPARE(w.costPlot()->line(0)->dataCount(), 61);
        QVERIFY(w.cdfPlot()->warmSeries()->dataCount() > 2);
        // Moving back rebuilds to the earlier moment.
        c->clock()->seek(10'000);
        QVERIFY(w.latencyPlot()->series(StartType::Warm)->dataCount() < expected[StartType::Warm]);
        QCOMPARE(w.environmentsPlot()->line(0)->dataCount(), 10);
    }

    void plotsFollowThePlayheadDuringPlayback()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        qint64 now = 0;
        c->clock()->setAutoTick(false);
        c->clock()->setTimeSource([&now] { return now; });
        QTRY_VERIFY(upToDate(*c));
        c->clock()->setSpeed(10);
        c->clock()->play();
        for (int frame = 0; frame < 300; ++frame) {
            now += 16'666'667;
            c->clock()->tick();
        }
        const double t = c->clock()->simTimeMs() / 1000.0;
        QVERIFY(t > 45);
        for (QCustomPlot *p : std::initializer_list<QCustomPlot *>{w.costPlot(), w.environmentsPlot()})
            for (int g = 0; g < p->graphCount(); ++g) {
                const auto d = p->graph(g)->data();
                QVERIFY(!d->isEmpty());
                QVERIFY2((d->constEnd() - 1)->key >= t - 2,
                         qPrintable(QStringLiteral("%1 graph %2 ends at %3, playhead %4")
                                        .arg(QString::fromLatin1(p->metaObject()->className())).arg(g)
                                        .arg((d->constEnd() - 1)->key).arg(t)));
            }
        QVERIFY(w.latencyPlot()->series(StartType::Warm)->dataCount() > 50);
        if (qEnvironmentVariableIsSet("LLE_TEST_SAVE")) {
            w.resize(1280, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(50);
            w.grab().save(qEnvironmentVariable("LLE_TEST_SAVE"));
        }
    }

    void rendersTheWholeWindowToPng()
    {
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *c = w.controller();
        c->clock()->setAutoTick(false);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(upToDate(*c));
        c->clock()->seek(45'000);
        QTRY_COMPARE(w.latencyPlot()->shownGeneration(), c->generation());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("explorer.png"));
        QVERIFY(w.grab().save(file, "PNG"));
        QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 720));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
        QVERIFY(w.lanes()->visibleEnvironments() > 0);
    }
};

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorerwindow.moc"
