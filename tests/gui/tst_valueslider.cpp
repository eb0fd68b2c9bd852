// SPDX-License-Identifier: GPL-3.0-or-later
// ValueSlider: a value shown is the value set, a drag commits once, and values snap.
#include "valueslider.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lle;

class TestValueSlider : public QObject {
    Q_OBJECT

private slots:
    void showsTheValueSetExactly_data();
    void showsTheValueSetExactly();
    void logarithmicSpreadsDecades();
    void movingCommitsTheHandlesValue();
    void grabbingWithoutMovingCommitsNothing();
    void snapsNearAValue();
};

void TestValueSlider::showsTheValueSetExactly_data()
{
    QTest::addColumn<bool>("log");
    QTest::addColumn<double>("value");
    QTest::newRow("between linear steps") << false << 88.0;
    QTest::newRow("above a linear range") << false << 25000.0;
    QTest::newRow("below a log range") << true << 0.00005;
    QTest::newRow("inside a log range") << true << 0.0017;
    QTest::newRow("above a log range") << true << 50000.0;
}

void TestValueSlider::showsTheValueSetExactly()
{
    QFETCH(bool, log);
    QFETCH(double, value);
    ValueSlider s;
    if (log)
        s.setLogarithmic(0.0001, 10000, 1000);
    else
        s.setLinear(0, 10000, 10);
    QSignalSpy committed(&s, &ValueSlider::valueCommitted);
    s.setRealValue(value);
    QCOMPARE(s.realValue(), value);
    QCOMPARE(committed.size(), 0);
}

void TestValueSlider::logarithmicSpreadsDecades()
{
    // Eight decades over 1,000 steps: each decade gets 125 steps, 1/s sits in the middle.
    ValueSlider s;
    s.setLogarithmic(0.0001, 10000, 1000);
    s.setRealValue(1);
    QCOMPARE(s.value(), 500);
    s.setRealValue(0.001);
    QCOMPARE(s.value(), 125);
}

void TestValueSlider::movingCommitsTheHandlesValue()
{
    ValueSlider s;
    s.setLinear(0, 100, 5);
    s.setRealValue(42);
    QSignalSpy committed(&s, &ValueSlider::valueCommitted);
    s.setValue(10);   // a keyboard step: commits at once
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.at(0).at(0).toDouble(), 50.0);
    QCOMPARE(s.realValue(), 50.0);
}

void TestValueSlider::grabbingWithoutMovingCommitsNothing()
{
    ValueSlider s;
    s.setLinear(0, 3000, 5);
    s.setRealValue(88);
    QSignalSpy committed(&s, &ValueSlider::valueCommitted);
    s.setSliderDown(true);
    s.setSliderDown(false);
    QCOMPARE(committed.size(), 0);
    QCOMPARE(s.realValue(), 88.0);
}

void TestValueSlider::snapsNearAValue()
{
    ValueSlider s;
    s.setLogarithmic(128, 10240, 1000);
    s.setSnapValues({1024});
    s.setRealValue(1024);
    const int pos = s.value();
    QSignalSpy committed(&s, &ValueSlider::valueCommitted);
    s.setValue(pos + 3);   // 0.3 % of the travel away
    QCOMPARE(committed.at(0).at(0).toDouble(), 1024.0);
    s.setValue(pos + 100);   // far away: the handle's own value, to three digits
    QVERIFY(committed.last().at(0).toDouble() != 1024.0);
}

QTEST_MAIN(TestValueSlider)
#include "tst_valueslider.moc"
