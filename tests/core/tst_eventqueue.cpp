// SPDX-License-Identifier: GPL-3.0-or-later
// The order of events at one instant, as the README's "Event order" promises it.
#include "eventqueue.h"

#include <QtTest>

using namespace lle;

Q_DECLARE_METATYPE(std::vector<lle::EventType>)

namespace {

char kindLetter(EventType t)
{
    switch (t) {
    case EventType::Complete: return 'C';
    case EventType::Ready: return 'R';
    case EventType::PcReady: return 'P';
    case EventType::PhaseTick: return 'T';
    case EventType::ShutdownDone: return 'S';
    case EventType::Change: return 'X';
    case EventType::IdleExpire: return 'I';
    case EventType::Lifetime: return 'L';
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
};

void TestEventQueue::oneInstantRunsInTheDocumentedOrder_data()
{
    using E = EventType;
    QTest::addColumn<std::vector<EventType>>("pushed");
    QTest::addColumn<QByteArray>("expected");
    // Letters: C complete, R ready, P provisioned ready, T phase tick, S shutdown done, X change,
    // I idle expiry, L lifetime, K keep-warm ping, A arrival.
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
    QTest::newRow("every kind, pushed in reverse")
        << std::vector<E>{E::Arrival, E::Ping, E::Lifetime, E::IdleExpire, E::Change,
                          E::ShutdownDone, E::PhaseTick, E::PcReady, E::Ready, E::Complete}
        << QByteArray("CRPTSXILKA");
    QTest::newRow("every kind, already in order")
        << std::vector<E>{E::Complete, E::Ready, E::PcReady, E::PhaseTick, E::ShutdownDone,
                          E::Change, E::IdleExpire, E::Lifetime, E::Ping, E::Arrival}
        << QByteArray("CRPTSXILKA");
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
        popped.push_back(q.pop().type);
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
        (e.type == EventType::Complete ? completes
         : e.type == EventType::Change ? changes
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
    QCOMPARE(q.pop().type, EventType::Arrival);
    QCOMPARE(q.pop().t, 2.0);
    QCOMPARE(q.pop().t, 3.0);
}

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_eventqueue.moc"
