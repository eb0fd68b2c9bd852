// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder's caps: past RunRecorder::kMaxDrawnInvocations the drawn requests are a uniform
// sample (every stride-th in completion order, the stride doubling each time the cap is met);
// past the start-type cap later requests have no start type. Checked against a second run of the
// same scenario that keeps every request.
#include "observer.h"
#include "runrecorder.h"
#include "simulator.h"

#include <QtTest>

#include <vector>

using namespace lle;

namespace {

/// Every completed or throttled request of a run, in the order the recorder sees them.
struct EveryRequest final : SimulationObserver {
    std::vector<std::uint64_t> ids;
    std::vector<StartType> startedAs;   ///< by id − 1
    void keep(const InvocationRecord &inv)
    {
        ids.push_back(inv.id);
        if (inv.id > startedAs.size())
            startedAs.resize(inv.id, StartType::Throttled);
        startedAs[inv.id - 1] = inv.startedAs;
    }
    void requestCompleted(const InvocationRecord &inv) override { keep(inv); }
    void requestThrottled(const InvocationRecord &inv) override { keep(inv); }
};

Scenario scenario(double ratePerS, double durationS)
{
    Scenario s;
    s.name = "recorder caps";
    s.durationS = durationS;
    s.workload.ratePerS = ratePerS;
    return s;
}

}  // namespace

class TestRunRecorder : public QObject {
    Q_OBJECT

private slots:
    void drawnRequestsAreAUniformSample_data();
    void drawnRequestsAreAUniformSample();
    void startTypesStopAtTheirCap();
    void changeMarksListOnlyWhatChanged();
};

void TestRunRecorder::drawnRequestsAreAUniformSample_data()
{
    QTest::addColumn<double>("ratePerS");
    QTest::addColumn<double>("durationS");
    QTest::addColumn<int>("stride");
    // The cap is 200,000: the sample halves at 200,000 requests seen, and again at 400,000.
    QTest::newRow("below the cap") << 100.0 << 100.0 << 1;
    QTest::newRow("past it once") << 300.0 << 1000.0 << 2;
    QTest::newRow("past it twice") << 500.0 << 1000.0 << 4;
}

void TestRunRecorder::drawnRequestsAreAUniformSample()
{
    QFETCH(double, ratePerS);
    QFETCH(double, durationS);
    QFETCH(int, stride);
    const Scenario s = scenario(ratePerS, durationS);
    EveryRequest every;
    {
        Simulator sim(s);
        sim.setObserver(&every);
        sim.run();
    }
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    const RunPtr run = recorder.take();

    QCOMPARE(run->invocationsSeen, static_cast<std::uint64_t>(every.ids.size()));
    QCOMPARE(run->invocationStride, static_cast<std::uint32_t>(stride));
    QVERIFY(run->invocations.size() <= RunRecorder::kMaxDrawnInvocations);
    const std::size_t expected = (every.ids.size() + static_cast<std::size_t>(stride) - 1) / static_cast<std::size_t>(stride);
    QCOMPARE(run->invocations.size(), expected);
    for (std::size_t i = 0; i < run->invocations.size(); ++i) {
        const std::uint64_t want = every.ids[i * static_cast<std::size_t>(stride)];
        if (run->invocations[i].id != want)
            QFAIL(qPrintable(QStringLiteral("drawn request %1 is id %2, expected id %3")
                                 .arg(i)
                                 .arg(run->invocations[i].id)
                                 .arg(want)));
    }
}

void TestRunRecorder::startTypesStopAtTheirCap()
{
    const Scenario s = scenario(200, 60);
    EveryRequest every;
    {
        Simulator sim(s);
        sim.setObserver(&every);
        sim.run();
    }
    constexpr std::size_t kCap = 5000;
    QVERIFY(every.startedAs.size() > 2 * kCap);
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    recorder.setMaxStartTypes(kCap);
    sim.setObserver(&recorder);
    sim.run();
    const RunPtr run = recorder.take();

    QCOMPARE(run->startTypeById.size(), kCap);
    bool sawCold = false;
    for (std::uint64_t id = 1; id <= kCap; ++id) {
        QVERIFY(run->knownStartType(id));
        QCOMPARE(run->startTypeOf(id), every.startedAs[id - 1]);
        sawCold = sawCold || every.startedAs[id - 1] == StartType::Cold;
    }
    QVERIFY(sawCold);   // the first requests of a run start environments: the table is not all warm
    for (std::uint64_t id = kCap + 1; id <= every.startedAs.size(); id += 97)
        QVERIFY(!run->knownStartType(id));
}

/// A change's mark lists the settings that change something, each with the value before it; a
/// setting to the value already in effect is not one (the plots' labels read these).
void TestRunRecorder::changeMarksListOnlyWhatChanged()
{
    Scenario s = scenario(5, 60);
    const double cpu = s.function.handler.cpuMs;
    const double memory = s.function.memoryMb;
    s.changes.push_back(Change{20, {{"function.handler.cpu_ms", cpu}, {"function.memory_mb", 2 * memory}}});
    s.changes.push_back(Change{40, {{"function.memory_mb", 2 * memory}}});
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    const RunPtr run = recorder.take();
    QCOMPARE(run->changes.size(), std::size_t(2));
    const ChangeMark &first = run->changes[0];
    QCOMPARE(first.atMs, 20'000.0);
    QCOMPARE(first.settings.size(), std::size_t(1));
    QCOMPARE(first.settings[0].path, std::string("function.memory_mb"));
    QCOMPARE(std::get<double>(first.settings[0].before), memory);
    QCOMPARE(std::get<double>(first.settings[0].after), 2 * memory);
    // The second sets what the first set: it changes nothing and lists nothing.
    QCOMPARE(run->changes[1].changeIndex, 1);
    QVERIFY(run->changes[1].settings.empty());
}

QTEST_GUILESS_MAIN(TestRunRecorder)
#include "tst_runrecorder.moc"
