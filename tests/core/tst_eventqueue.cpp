// SPDX-License-Identifier: GPL-3.0-or-later
// The order of events at one instant, as the README's "Event order" promises it.
#include "eventqueue.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <set>
#include <tuple>

using namespace lle;

Q_DECLARE_METATYPE(std::vector<lle::EventType>)

namespace {

char kindLetter(EventType t)
{
    switch (t) {
    case EventType::Complete: return 'C';
    case EventType::ManagedCpuDone: return 'M';
    case EventType::ManagedComplete: return 'N';
    case EventType::Ready: return 'R';
    case EventType::PcReady: return 'P';
    case EventType::PhaseTick: return 'T';
    case EventType::ShutdownDone: return 'S';
    case EventType::Change: return 'X';
    case EventType::IdleExpire: return 'I';
    case EventType::Lifetime: return 'L';
    case EventType::ManagedScale: return 'U';
    case EventType::ManagedLaunch: return 'W';
    case EventType::Ping: return 'K';
    case EventType::Arrival: return 'A';
    }
    return '?';
}

QByteArray letters(const std::vector<EventType> &kinds)
{
    QByteArray out;
    for (EventType t : kinds)
        out += kindLetter(t);
    return out;
}

}  // namespace

class TestEventQueue : public QObject {
    Q_OBJECT

private slots:
    void oneInstantRunsInTheDocumentedOrder_data();
    void oneInstantRunsInTheDocumentedOrder();
    void tiesOfOneKindKeepSchedulingOrder();
    void earlierTimeAlwaysComesFirst();
    void interleavedPushesAndPopsFollowTheKeyOrder();
    void calendarAndHeapsTogetherFollowTheKeyOrder_data();
    void calendarAndHeapsTogetherFollowTheKeyOrder();
};

void TestEventQueue::oneInstantRunsInTheDocumentedOrder_data()
{
    using E = EventType;
    QTest::addColumn<std::vector<EventType>>("pushed");
    QTest::addColumn<QByteArray>("expected");
    // Letters: C complete, R ready, P provisioned ready, T phase tick, S shutdown done, X change,
    // I idle expiry, L lifetime, K keep-warm ping, A arrival; Managed Instances: M CPU part done,
    // N request complete, U utilisation sample (scaling), W launched instances start.
    QTest::newRow("change, idle expiry, completion")
        << std::vector<E>{E::Change, E::IdleExpire, E::Complete} << QByteArray("CXI");
    QTest::newRow("lifetime before idle expiry is reordered")
        << std::vector<E>{E::Lifetime, E::IdleExpire} << QByteArray("IL");
    QTest::newRow("shutdown after change is reordered")
        << std::vector<E>{E::Change, E::ShutdownDone} << QByteArray("SX");
    QTest::newRow("arrival and ping scheduled before everything")
        << std::vector<E>{E::Arrival, E::Ping, E::Lifetime, E::Complete} << QByteArray("CLKA");
    QTest::newRow("init ends before the shutdowns")
        << std::vector<E>{E::ShutdownDone, E::PcReady, E::PhaseTick, E::Ready} << QByteArray("RPTS");
    QTest::newRow("managed ends after completions, before inits")
        << std::vector<E>{E::Ready, E::ManagedComplete, E::ManagedCpuDone, E::Complete} << QByteArray("CMNR");
    QTest::newRow("managed CPU part before a request's I/O end")
        << std::vector<E>{E::ManagedComplete, E::ManagedCpuDone} << QByteArray("MN");
    QTest::newRow("scaling sample after every end and lifetime")
        << std::vector<E>{E::ManagedScale, E::ManagedComplete, E::Lifetime, E::ShutdownDone}
        << QByteArray("NSLU");
    QTest::newRow("launch after the sample, before pings and arrivals")
        << std::vector<E>{E::Arrival, E::Ping, E::ManagedLaunch, E::ManagedScale} << QByteArray("UWKA");
    QTest::newRow("managed arrival sees the request that ended at its instant")
        << std::vector<E>{E::Arrival, E::ManagedCpuDone, E::ManagedComplete} << QByteArray("MNA");
    QTest::newRow("every kind, pushed in reverse")
        << std::vector<E>{E::Arrival, E::Ping, E::ManagedLaunch, E::ManagedScale, E::Lifetime, E::IdleExpire,
                          E::Change, E::ShutdownDone, E::PhaseTick, E::PcReady, E::Ready, E::ManagedComplete,
                          E::ManagedCpuDone, E::Complete}
        << QByteArray("CMNRPTSXILUWKA");
    QTest::newRow("every kind, already in order")
        << std::vector<E>{E::Complete, E::ManagedCpuDone, E::ManagedComplete, E::Ready, E::PcReady,
                          E::PhaseTick, E::ShutdownDone, E::Change, E::IdleExpire, E::Lifetime,
                          E::ManagedScale, E::ManagedLaunch, E::Ping, E::Arrival}
        << QByteArray("CMNRPTSXILUWKA");
}

void TestEventQueue::oneInstantRunsInTheDocumentedOrder()
{
    QFETCH(std::vector<EventType>, pushed);
    QFETCH(QByteArray, expected);
    EventQueue q;
    for (EventType t : pushed)
        q.push(1000.0, t);
    std::vector<EventType> popped;
    while (!q.empty())
        popped.push_back(q.pop().type());
    QCOMPARE(letters(popped), expected);
}

void TestEventQueue::tiesOfOneKindKeepSchedulingOrder()
{
    // Many events of one kind at one instant, interleaved with others: each kind comes out in the
    // order it was pushed (the slot in `a` tells which one), whatever the heap does inside.
    EventQueue q;
    const EventType kinds[] = {EventType::IdleExpire, EventType::Complete, EventType::Change};
    for (std::uint32_t i = 0; i < 60; ++i)
        q.push(5.0, kinds[i % 3], i);
    std::vector<std::uint32_t> completes, changes, expiries;
    while (!q.empty()) {
        const Event e = q.pop();
        (e.type() == EventType::Complete ? completes
         : e.type() == EventType::Change ? changes
                                       : expiries)
            .push_back(e.a);
    }
    QVERIFY(std::is_sorted(completes.begin(), completes.end()));
    QVERIFY(std::is_sorted(changes.begin(), changes.end()));
    QVERIFY(std::is_sorted(expiries.begin(), expiries.end()));
    QCOMPARE(completes.size() + changes.size() + expiries.size(), std::size_t(60));
}

void TestEventQueue::earlierTimeAlwaysComesFirst()
{
    // The kind orders only ties: an arrival one microsecond earlier still goes before a completion.
    EventQueue q;
    q.push(2.0, EventType::Complete);
    q.push(1.999, EventType::Arrival);
    q.push(3.0, EventType::Complete);
    QCOMPARE(q.pop().type(), EventType::Arrival);
    QCOMPARE(q.pop().t, 2.0);
    QCOMPARE(q.pop().t, 3.0);
}

void TestEventQueue::interleavedPushesAndPopsFollowTheKeyOrder()
{
    // The heap is written by hand: pushes and pops interleaved the way a run does them (times on a
    // coarse grid, so that many tie) come out exactly as a sort by (time, kind, push order) says.
    std::mt19937_64 random(12);
    EventQueue q;
    struct Key {
        double t;
        int kind;
        std::uint32_t seq;
    };
    std::vector<Key> pending;
    std::uint32_t seq = 0;
    double now = 0;
    int popped = 0;
    for (int round = 0; round < 20000; ++round) {
        if (pending.empty() || random() % 3 != 0) {
            const double t = now + static_cast<double>(random() % 50);
            const int kind = static_cast<int>(random() % (static_cast<int>(EventType::Arrival) + 1));
            q.push(t, static_cast<EventType>(kind), seq);
            pending.push_back({t, kind, seq++});
            continue;
        }
        const auto next = std::min_element(pending.begin(), pending.end(), [](const Key &x, const Key &y) {
            return std::tie(x.t, x.kind, x.seq) < std::tie(y.t, y.kind, y.seq);
        });
        const Event e = q.pop();
        QCOMPARE(e.t, next->t);
        QCOMPARE(static_cast<int>(e.type()), next->kind);
        QCOMPARE(e.a, next->seq);
        now = e.t;
        pending.erase(next);
        ++popped;
    }
    QCOMPARE(q.size(), pending.size());
    QVERIFY(popped > 5000);
}

void TestEventQueue::calendarAndHeapsTogetherFollowTheKeyOrder_data()
{
    // Near events go to a calendar of about a second, far ones and those before its window to a
    // heap, idle expiries and lifetimes to another: whatever the mix, the pops follow one order.
    QTest::addColumn<double>("spreadMs");   // how far ahead of the clock events are pushed
    QTest::addColumn<double>("gridMs");     // times on this grid, so that many tie
    QTest::addColumn<int>("pastPercent");   // pushed at the clock or before it (a lower kind at
                                            // the instant just run, or a time already passed)
    QTest::newRow("within a bucket, many ties") << 0.9 << 0.1 << 0;
    QTest::newRow("within the window") << 900.0 << 1.0 << 0;
    QTest::newRow("around the window's edge") << 2100.0 << 0.25 << 0;
    QTest::newRow("far beyond the window") << 3.6e6 << 1.0 << 0;
    QTest::newRow("fractions of a millisecond") << 300.0 << 0.0 << 0;
    QTest::newRow("pushes at or before the clock") << 1500.0 << 1.0 << 20;
}

void TestEventQueue::calendarAndHeapsTogetherFollowTheKeyOrder()
{
    QFETCH(double, spreadMs);
    QFETCH(double, gridMs);
    QFETCH(int, pastPercent);
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> ahead(0.0, spreadMs);
    EventQueue q;
    struct Key {
        double t;
        int kind;
        std::uint32_t seq;
        bool operator<(const Key &o) const { return std::tie(t, kind, seq) < std::tie(o.t, o.kind, o.seq); }
    };
    std::multiset<Key> pending;   // the reference: a sorted set of what was pushed
    std::uint32_t seq = 0;
    double now = 0;
    int popped = 0;
    for (int round = 0; round < 30000; ++round) {
        // Mostly pushes while the queue is small, then mostly pops, and once emptied entirely.
        const bool drain = round >= 20000 && round < 24000;
        if (!drain && (pending.empty() || random() % 5 < (pending.size() < 300 ? 3u : 2u))) {
            double t = now + ahead(random);
            if (gridMs > 0)
                t = std::floor(t / gridMs) * gridMs;
            if (static_cast<int>(random() % 100) < pastPercent)
                t = std::max(0.0, now - static_cast<double>(random() % 3));
            const int kind = static_cast<int>(random() % (static_cast<int>(EventType::Arrival) + 1));
            q.push(t, static_cast<EventType>(kind), seq);
            pending.insert({t, kind, seq++});
            continue;
        }
        if (pending.empty())
            continue;
        const Key next = *pending.begin();
        QCOMPARE(q.size(), pending.size());
        QCOMPARE(q.top().a, next.seq);
        const Event e = q.pop();
        QCOMPARE(e.t, next.t);
        QCOMPARE(static_cast<int>(e.type()), next.kind);
        QCOMPARE(e.a, next.seq);
        now = std::max(now, e.t);
        pending.erase(pending.begin());
        ++popped;
    }
    QCOMPARE(q.size(), pending.size());
    QVERIFY(popped > 10000);
}

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_eventqueue.moc"
