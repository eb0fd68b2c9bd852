// SPDX-License-Identifier: GPL-3.0-or-later
// lanes::PhaseColumns and forEachSpan: what the window's lanes and the report's lifecycle figure
// paint an environment's phases with.
#include "lanepainter.h"
#include "palette.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <cmath>

using namespace lle;
using lanes::PhaseColumns;

namespace {

LaneSegment segment(double startMs, double endMs, Phase phase, std::uint32_t invocation = 0)
{
    LaneSegment s;
    s.startMs = startMs;
    s.endMs = endMs;
    s.phase = phase;
    s.invocationId = invocation;
    return s;
}

/// One pixel row per column, painted 1 px a column: the phase each column shows.
QList<QColor> painted(const PhaseColumns &columns)
{
    QImage image(columns.columns(), 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        columns.paint(p, 0, 1, 0, 1);
    }
    QList<QColor> out;
    for (int x = 0; x < image.width(); ++x)
        out << QColor(image.pixel(x, 0));
    return out;
}

}  // namespace

class TestLanePainter : public QObject {
    Q_OBJECT

private slots:
    void columnShowsItsMostTellingPhase();
    void stretchEndingOnABoundaryStaysInItsColumns_data();
    void stretchEndingOnABoundaryStaysInItsColumns();
    void spansAreClippedAndIncludeTheOpenPhase();
    void managedLanesLeaveInvokesOut();
};

void TestLanePainter::columnShowsItsMostTellingPhase()
{
    // 10 columns of 100 ms. Column 2 holds a hundred short invokes and one 1 ms function init:
    // it shows the init, as a column of a million requests would.
    PhaseColumns columns(0, 100, 10);
    for (int i = 0; i < 100; ++i)
        columns.mark(200 + i, 200.5 + i, Phase::Invoke);
    columns.mark(250, 251, Phase::FunctionInit);
    columns.mark(500, 700, Phase::Frozen);
    const QList<QColor> px = painted(columns);
    QCOMPARE(px.at(2), Palette::phaseFill(Phase::FunctionInit));
    QCOMPARE(px.at(5), Palette::phaseFill(Phase::Frozen));
    QCOMPARE(px.at(6), Palette::phaseFill(Phase::Frozen));
    // Columns with nothing stay unpainted.
    QCOMPARE(px.at(0), QColor(Qt::white));
    QCOMPARE(px.at(7), QColor(Qt::white));
}

void TestLanePainter::stretchEndingOnABoundaryStaysInItsColumns_data()
{
    QTest::addColumn<double>("startMs");
    QTest::addColumn<double>("endMs");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("on boundaries") << 100.0 << 300.0 << 1 << 2;
    QTest::newRow("inside one column") << 410.0 << 420.0 << 4 << 4;
    QTest::newRow("before the first column") << -500.0 << 150.0 << 0 << 1;
    QTest::newRow("past the last column") << 850.0 << 5000.0 << 8 << 9;
}

void TestLanePainter::stretchEndingOnABoundaryStaysInItsColumns()
{
    // A stretch covers [start, end): one ending where a column starts leaves that column alone.
    QFETCH(double, startMs);
    QFETCH(double, endMs);
    QFETCH(int, first);
    QFETCH(int, last);
    PhaseColumns columns(0, 100, 10);
    columns.mark(startMs, endMs, Phase::Invoke);
    const QList<QColor> px = painted(columns);
    for (int c = 0; c < px.size(); ++c)
        QVERIFY2((px.at(c) == Palette::phaseFill(Phase::Invoke)) == (c >= first && c <= last), qPrintable(QString::number(c)));
}

void TestLanePainter::spansAreClippedAndIncludeTheOpenPhase()
{
    // An environment set up at 0, invoked 300–700, frozen from 700 on with no segment closing it
    // (a partial run recorded until 1,200 ms).
    RecordedEnv env;
    env.segments.push_back(segment(0, 300, Phase::EnvSetup));
    env.segments.push_back(segment(300, 700, Phase::Invoke, 1));
    env.openPhase = Phase::Frozen;
    env.openSinceMs = 700;
    struct Span {
        double s, e;
        Phase phase;
        std::uint32_t invocation;
    };
    std::vector<Span> spans;
    lanes::forEachSpan(env, 200, 1000, 1200, [&](double s, double e, Phase ph, std::uint32_t inv) { spans.push_back({s, e, ph, inv}); });
    QCOMPARE(spans.size(), std::size_t(3));
    QCOMPARE(spans[0].s, 200.0);   // clipped to the window
    QCOMPARE(spans[0].phase, Phase::EnvSetup);
    QCOMPARE(spans[1].invocation, 1u);
    QCOMPARE(spans[2].phase, Phase::Frozen);
    QCOMPARE(spans[2].s, 700.0);
    QCOMPARE(spans[2].e, 1000.0);   // the window's end, before the recorded time
    // Recorded only until 800 ms: the open phase is not drawn past what is known.
    spans.clear();
    lanes::forEachSpan(env, 0, 1000, 800, [&](double s, double e, Phase ph, std::uint32_t inv) { spans.push_back({s, e, ph, inv}); });
    QCOMPARE(spans.back().e, 800.0);
    // Ended at 900 ms: the open phase runs to the end.
    env.ended = true;
    env.record.endMs = 900;
    spans.clear();
    lanes::forEachSpan(env, 0, 1000, 1200, [&](double s, double e, Phase ph, std::uint32_t inv) { spans.push_back({s, e, ph, inv}); });
    QCOMPARE(spans.back().e, 900.0);
}

void TestLanePainter::managedLanesLeaveInvokesOut()
{
    RecordedEnv env;
    env.segments.push_back(segment(0, 200, Phase::EnvSetup));
    env.segments.push_back(segment(200, 600, Phase::Invoke, 1));
    PhaseColumns columns(0, 100, 8);
    columns.markEnvironment(env, 1000, false);
    QList<QColor> px = painted(columns);
    QCOMPARE(px.at(0), Palette::phaseFill(Phase::EnvSetup));
    QCOMPARE(px.at(3), QColor(Qt::white));
    columns.clear();
    columns.markEnvironment(env, 1000);
    px = painted(columns);
    QCOMPARE(px.at(3), Palette::phaseFill(Phase::Invoke));
    QCOMPARE(px.at(7), QColor(Qt::white));
}

QTEST_MAIN(TestLanePainter)
#include "tst_lanepainter.moc"
