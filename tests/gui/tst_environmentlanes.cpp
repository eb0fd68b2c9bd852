// SPDX-License-Identifier: GPL-3.0-or-later
// EnvironmentLanes: the time axis' tick labels stay apart at any time and width.
#include "environmentlanes.h"

#include <QtTest>

using namespace lle;

class TestEnvironmentLanes : public QObject {
    Q_OBJECT

private slots:
    void tickLabelsNeverOverlap_data();
    void tickLabelsNeverOverlap();
};

void TestEnvironmentLanes::tickLabelsNeverOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("playheadMs");
    QTest::addColumn<double>("windowMs");
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<int>("minTicks");
    const double month = 30.0 * 86'400'000;
    // The month run's end: the whole month in view (speed at its top), and the last 30 s.
    for (int w : {1280, 400}) {
        for (bool presenting : {false, true}) {
            const QByteArray tag = QByteArray::number(w) + " px" + (presenting ? ", presenting" : "");
            // Seven-digit seconds in presentation mode's large font on 400 px: room for one.
            const int wide = presenting && w < 600 ? 1 : 2;
            QTest::newRow(tag + ", a month in view") << w << month << month << presenting << wide;
            QTest::newRow(tag + ", 30 s at a month") << w << month << 30'000.0 << presenting << 2;
            QTest::newRow(tag + ", 20 s at a month") << w << month - 25'000 << 20'000.0 << presenting << 2;
            QTest::newRow(tag + ", the first 30 s") << w << 10'000.0 << 30'000.0 << presenting << 2;
        }
    }
}

void TestEnvironmentLanes::tickLabelsNeverOverlap()
{
    QFETCH(int, width);
    QFETCH(double, playheadMs);
    QFETCH(double, windowMs);
    QFETCH(bool, presenting);
    QFETCH(int, minTicks);
    EnvironmentLanes lanes;
    lanes.setProperty("presentation", presenting);
    lanes.resize(width, 220);
    lanes.setWindowMs(windowMs);
    lanes.setPlayhead(playheadMs);

    const auto ticks = lanes.tickLabels();
    // Still an axis one can read times off.
    QVERIFY2(ticks.size() >= minTicks, qPrintable(QString::number(ticks.size())));
    const QFontMetricsF fm(lanes.labelFont());
    const QRectF axis = lanes.axisLabel().rect;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const auto &t = ticks.at(i);
        // Each label's rectangle holds its text and lies inside the widget.
        QVERIFY2(t.rect.width() >= fm.horizontalAdvance(t.text), qPrintable(t.text));
        QVERIFY2(t.rect.left() >= 0 && t.rect.right() <= width, qPrintable(t.text));
        QVERIFY2(!t.rect.intersects(axis), qPrintable(t.text));
        for (qsizetype j = i + 1; j < ticks.size(); ++j)
            QVERIFY2(!t.rect.intersects(ticks.at(j).rect), qPrintable(t.text + " / " + ticks.at(j).text));
    }
}

QTEST_MAIN(TestEnvironmentLanes)
#include "tst_environmentlanes.moc"
