// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplots.h"
#include "scenarioio.h"
#include "simulator.h"
#include "stretchdetail.h"

#include <QTest>

#include <cmath>

using namespace lle;

/// Clicking a dot of the latency plot picks the request drawn nearest to the click, within a
/// fixed radius, however dense the plot: 100,000 requests on a narrow plot.
class TestRequestPicking : public QObject {
    Q_OBJECT

    RunPtr m_run;

    /// Drawn at the end of the run: completed by then, and one in `oneIn` of the warm ones.
    bool drawn(const InvocationRecord &r, std::uint64_t oneIn) const
    {
        if (r.kind != RequestKind::Request || r.startType == StartType::Throttled || r.endMs > m_run->durationMs)
            return false;
        const bool warm = r.startedAs == StartType::Warm || r.startedAs == StartType::Provisioned;
        return !warm || r.id % oneIn == 0;
    }

private slots:
    void initTestCase()
    {
        Scenario s = defaultScenario();
        s.durationS = 10;
        setScenarioValue(s, "workload.pattern", std::string("constant"));
        setScenarioValue(s, "workload.rate_per_s", 10'000.0);
        Simulator sim(s);
        RunRecorder recorder(s, sim);
        sim.setObserver(&recorder);
        sim.run();
        m_run = recorder.take();
        QVERIFY(m_run->invocations.size() >= 99'000);
        QCOMPARE(m_run->invocationStride, std::uint64_t(1));
    }

    void nearestWithinRadius_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QPointF>("offset");   // of the click from the dot, as a hand clicks
        QTest::newRow("narrow, left of the dot") << 240 << QPointF(-3, 2);
        QTest::newRow("narrow, right of the dot") << 240 << QPointF(3, -2);
        QTest::newRow("wide") << 1200 << QPointF(-3, -2);
    }

    void nearestWithinRadius()
    {
        QFETCH(int, width);
        QFETCH(QPointF, offset);
        LatencyPlot plot;
        plot.resize(width, 300);
        plot.setRun(m_run);
        plot.setPlayhead(m_run->durationMs);
        plot.replot();
        const std::uint64_t oneIn = plot.shownOneIn();
        auto pixel = [&](const InvocationRecord &r) {
            return QPointF(plot.xAxis->coordToPixel(r.endMs / 1000.0), plot.yAxis->coordToPixel(std::max(r.latencyMs, 0.01)));
        };
        std::map<std::uint64_t, const InvocationRecord *> byId;
        for (const InvocationRecord &r : m_run->invocations)
            byId[r.id] = &r;
        int clicked = 0;
        for (std::size_t i = 0; i < m_run->invocations.size(); i += 97) {
            const InvocationRecord &r = m_run->invocations[i];
            if (!drawn(r, oneIn))
                continue;
            const QPointF at = pixel(r) + offset;
            if (!plot.axisRect()->rect().contains(at.toPoint()))
                continue;
            ++clicked;
            const quint64 picked = plot.invocationAt(at);
            QVERIFY2(picked, qPrintable(QStringLiteral("request %1 at (%2, %3) was missed").arg(r.id).arg(at.x()).arg(at.y())));
            const InvocationRecord *p = byId.at(picked);
            QVERIFY(drawn(*p, oneIn));
            const QPointF d = pixel(*p) - at;
            const QPointF mine = pixel(r) - at;
            // The nearest one: no farther than the request the click was meant for.
            QVERIFY2(std::hypot(d.x(), d.y()) <= std::hypot(mine.x(), mine.y()) + 1e-9,
                     qPrintable(QStringLiteral("request %1 clicked, %2 picked at %3 px, %4 px away").arg(r.id).arg(picked).arg(std::hypot(d.x(), d.y())).arg(std::hypot(mine.x(), mine.y()))));
        }
        QVERIFY(clicked > 100);
        // Far from every dot: nothing.
        QCOMPARE(plot.invocationAt(QPointF(plot.axisRect()->center().x(), plot.axisRect()->top() + 1)), quint64(0));
    }

    void nearestInAShownStretch()
    {
        // Playback → Every request: a stretch simulated again is drawn whole over a run that keeps
        // one request in 50. The pick searched the run's sample, not the dots on the screen.
        auto sampled = std::make_shared<RecordedRun>(*m_run);
        sampled->invocations.clear();
        for (const InvocationRecord &r : m_run->invocations)
            if (r.id % 50 == 0)
                sampled->invocations.push_back(r);
        sampled->invocationStride = 50;
        auto stretch = std::make_shared<StretchDetail>();
        stretch->fromMs = 2000;
        stretch->toMs = 4000;
        for (const InvocationRecord &r : m_run->invocations)
            if (r.endMs >= stretch->fromMs && r.endMs < stretch->toMs) {
                stretch->requests.push_back(r);
                stretch->completed += r.kind == RequestKind::Request && r.startType != StartType::Throttled ? 1 : 0;
            }
        QVERIFY2(stretch->completed >= 10'000, qPrintable(QString::number(stretch->completed)));
        LatencyPlot plot;
        plot.resize(240, 300);
        plot.setRun(sampled);
        plot.setPlayhead(sampled->durationMs);
        plot.setStretch(stretch);
        plot.replot();
        QCOMPARE(plot.shownOneIn(), std::uint64_t(1));
        auto pixel = [&](const InvocationRecord &r) {
            return QPointF(plot.xAxis->coordToPixel(r.endMs / 1000.0), plot.yAxis->coordToPixel(std::max(r.latencyMs, 0.01)));
        };
        int clicked = 0;
        for (std::size_t i = 0; i < stretch->requests.size(); i += 37) {
            const InvocationRecord &r = stretch->requests[i];
            if (r.kind != RequestKind::Request || r.startType == StartType::Throttled)
                continue;
            const QPointF at = pixel(r) + QPointF(2, -3);
            if (!plot.axisRect()->rect().contains(at.toPoint()))
                continue;
            ++clicked;
            const quint64 picked = plot.invocationAt(at);
            const InvocationRecord *p = plot.drawnInvocation(picked);
            QVERIFY2(p, qPrintable(QStringLiteral("request %1 clicked, %2 picked: not a drawn request").arg(r.id).arg(picked)));
            const QPointF d = pixel(*p) - at, mine = pixel(r) - at;
            QVERIFY2(std::hypot(d.x(), d.y()) <= std::hypot(mine.x(), mine.y()) + 1e-9,
                     qPrintable(QStringLiteral("request %1 clicked, %2 picked %3 px away").arg(r.id).arg(picked).arg(std::hypot(d.x(), d.y()))));
        }
        QVERIFY(clicked > 100);
    }
};

QTEST_MAIN(TestRequestPicking)
#include "tst_requestpicking.moc"
