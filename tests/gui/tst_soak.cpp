// SPDX-License-Identifier: GPL-3.0-or-later
// A long session compressed (issue 7): the whole explorer window plays at high speed while a
// seeded random sequence works its controls — thousands of values through the parameter panel's
// valueRequested (memory, idle timeout fixed and ranged, provisioned concurrency, SnapStart, rate,
// pattern, runtime), seeks, pauses, speed changes, restarts and now and then a fresh scenario, as a
// trainer opening the next example. Nothing may crash (ASan and UBSan watch it in build-asan), and
// the heap in use at the end may exceed the heap in use after a warm-up only by a fixed ceiling.
#include "sanitizer.h"
#include "autosave.h"
#include "explorerwindow.h"
#include "parameterpanel.h"
#include "playbackclock.h"
#include "runrecorder.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "simulator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
#include <random>


#if LLE_ASAN
// The sanitizer runtime exports it; GCC ships no header that declares it (clang's is
// sanitizer/allocator_interface.h).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__)
#include <malloc.h>
#endif


using namespace lle;

namespace {

constexpr bool kSanitized = LLE_ASAN;

/// Resident memory of this process in KB (VmRSS), or −1 without /proc. Reported, not judged: glibc
/// keeps freed pages in its per-thread arenas, so after thousands of runs on workers the resident
/// size grows by whatever the arenas happen to hold (100–200 MB here, depending on timing), while
/// the memory actually in use does not.
qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Heap memory in use (allocated and not yet freed) in KB, over every thread's arena: what a leak
/// grows. Under ASan its allocator counts it (freed blocks waiting in its quarantine are not in
/// use); otherwise glibc's mallinfo2 does. −1 where neither is available.
qint64 heapInUseKb()
{
#if LLE_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#elif defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    return qint64((m.uordblks + m.hblkhd) / 1024);
#else
    return -1;
#endif
}

/// The growth of the heap in use allowed between the warm-up and the end. What a session may
/// legitimately hold on top of the warm-up is bounded by the recorder's caps: the run shown, the
/// run being computed and the partial snapshot between them, each at most
/// RunRecorder::kMaxDrawnInvocations invocations and kMaxSegments lane segments (≈ 60 MB together)
/// plus 48 checkpoints of a small simulator — about 200 MB for three. A leak of one run per change
/// (thousands of changes) goes far past it.
constexpr qint64 kCeilingKb = 200 * 1024;

constexpr int kActions = kSanitized ? 1500 : 3000;
constexpr int kWarmUpActions = 300;

}  // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void playsWhileControlsChangeAtRandom();
    void recorderPastItsCapsStaysBounded();
};

// A run with more requests than the window keeps apiece: the recorder samples the invocations,
// stops keeping start types past its cap, and the summary still counts every request.
void TestSoak::recorderPastItsCapsStaysBounded()
{
    Scenario s = defaultScenario();
    s.durationS = 400;
    s.workload.pattern = WorkloadPattern::Constant;
    s.workload.ratePerS = 1000;   // 400,000 requests
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    constexpr std::size_t kCap = 50'000;
    recorder.setMaxStartTypes(kCap);
    sim.setObserver(&recorder);
    sim.run();
    const auto run = recorder.take();
    QVERIFY(run->finished);
    QCOMPARE(run->summary.requests.total, std::uint64_t(400'000));
    QCOMPARE(run->startTypeById.size(), kCap);
    QVERIFY(run->knownStartType(kCap));
    QVERIFY(!run->knownStartType(kCap + 1));
    QVERIFY(!run->knownStartType(400'000));
    QVERIFY(run->invocations.size() <= RunRecorder::kMaxDrawnInvocations);
    QVERIFY(run->invocationStride >= 2);
    QCOMPARE(run->invocationsSeen, std::uint64_t(400'000));
}

void TestSoak::playsWhileControlsChangeAtRandom()
{
    QTemporaryDir autosaveDir;
    QVERIFY(autosaveDir.isValid());
    ExplorerWindow w(defaultScenario());
    Autosave::Options options;
    options.directory = autosaveDir.path();
    options.delayMs = 50;
    options.offerOnStart = false;
    new Autosave(w.controller(), &w, options, &w);   // a window's whole attachment, autosave included
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    SimulationController *c = w.controller();
    PlaybackClock *clock = c->clock();
    ParameterPanel *panel = w.panel();
    QTRY_VERIFY(c->run() != nullptr);
    // A run that throws (SimulationController::runFailed) leaves the window without a finished run.
    QStringList failures;
    connect(c, &SimulationController::runFailed, this, [&](const QString &why) { failures << why; });
    clock->setSpeed(2000);
    clock->play();

    std::mt19937_64 rng(20261127);
    const auto pick = [&](auto const &list) { return list[std::uniform_int_distribution<std::size_t>(0, std::size(list) - 1)(rng)]; };
    const auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    const double memories[] = {128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 10240};
    const double idles[] = {5, 30, 60, 300, 600, 900, 3600};
    const double pcs[] = {0, 0, 0, 1, 2, 5, 10, 50};
    const double rates[] = {0.1, 1, 5, 20, 50, 100, 200, 500};
    const char *patterns[] = {"poisson", "constant", "burst", "diurnal"};
    const char *runtimes[] = {"python3.12", "nodejs22.x", "java21", "dotnet8", "go"};
    const double speeds[] = {10, 100, 1000, 5000, 10000};

    qint64 warmKb = -1, warmResidentKb = -1;
    int applied = 0, rejected = 0, scenarios = 0;
    for (int i = 0; i < kActions; ++i) {
        const std::size_t before = c->scenario().changes.size();
        const std::uint64_t generation = c->generation();
        switch (std::uniform_int_distribution<int>(0, 11)(rng)) {
        case 0:
        case 1: emit panel->valueRequested("function.memory_mb", pick(memories)); break;
        case 2: emit panel->valueRequested("platform.idle_timeout_s", pick(idles)); break;
        case 3: emit panel->idleRangeRequested(chance(0.5), pick(idles)); break;
        case 4: emit panel->valueRequested("function.provisioned_concurrency", pick(pcs)); break;
        case 5: emit panel->valueRequested("function.snapstart.enabled", chance(0.5)); break;
        case 6:
        case 7: emit panel->valueRequested("workload.rate_per_s", pick(rates)); break;
        case 8: emit panel->valueRequested("workload.pattern", std::string(pick(patterns))); break;
        case 9: emit panel->valueRequested("function.runtime", std::string(pick(runtimes))); break;
        case 10:
            clock->seek(std::uniform_real_distribution<double>(0, clock->durationMs())(rng));
            if (chance(0.8))
                clock->play();
            else
                clock->pause();
            break;
        case 11:
            clock->setSpeed(pick(speeds));
            if (chance(0.1))
                c->restart();
            break;
        }
        if (c->generation() != generation)
            ++applied;
        else if (c->scenario().changes.size() == before)
            ++rejected;   // equal to what is in effect, or refused (SnapStart with PC, …): both fine
        if (i % 400 == 399) {
            // The next example: a session's changes do not pile up for ever.
            c->setScenario(defaultScenario());
            ++scenarios;
        }
        // Frames and finished runs arrive between the moves, as between a user's clicks (every
        // fourth move: a repaint of the whole window costs more than a move).
        if (i % 4 == 3)
            QCoreApplication::processEvents();
        if (i % 20 == 0)
            QTest::qWait(2);
        if (!clock->isPlaying() && chance(0.2))
            clock->play();
        if (i == kWarmUpActions) {
            warmKb = heapInUseKb();
            warmResidentKb = residentKb();
        }
    }
    // Let the newest run finish and be drawn: the views must still work after all of it.
    const auto upToDate = [&] { return c->run() && c->run()->finished && c->run()->generation == c->generation(); };
    QTRY_VERIFY_WITH_TIMEOUT(upToDate() || !failures.isEmpty(), kSanitized ? 120000 : 60000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY2(upToDate(), qPrintable(QStringLiteral("computing %1, generation %2, shown run: generation %3, finished %4, "
                                                   "recorded until %5 ms")
                                        .arg(c->isComputing())
                                        .arg(c->generation())
                                        .arg(c->run() ? qint64(c->run()->generation) : -1)
                                        .arg(c->run() && c->run()->finished)
                                        .arg(c->run() ? c->run()->recordedUntilMs : -1)));
    clock->seek(clock->durationMs() / 2);
    clock->play();
    QTest::qWait(50);
    QVERIFY(c->run()->summary.requests.total > 0);
    const qint64 endKb = heapInUseKb();
    qInfo("%d actions: %d applied, %d without effect, %d fresh scenarios; heap in use %lld KB after the warm-up, "
          "%lld KB at the end (ceiling +%lld KB); resident %lld KB and %lld KB",
          kActions, applied, rejected, scenarios, warmKb, endKb, kCeilingKb, warmResidentKb, residentKb());
    QVERIFY(applied > kActions / 3);
    if (warmKb < 0 || endKb < 0)
        QSKIP("no allocator statistics to read the heap in use from");
    QVERIFY2(endKb - warmKb < kCeilingKb,
             qPrintable(QStringLiteral("%1 KB after the warm-up, %2 KB at the end").arg(warmKb).arg(endKb)));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
