// SPDX-License-Identifier: GPL-3.0-or-later
// The frames of a clip, drawn offscreen from a recorded run at exact simulated times.
#include "clipframes.h"
#include "palette.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QApplication>
#include <QTest>

#include <memory>

using namespace lle;

namespace {

RunPtr record(const Scenario &s)
{
    Simulator sim(s);
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    return recorder.take();
}

ClipSpec specOf(ClipView view, QSize size, double fromS, double toS, double speed, int fps)
{
    ClipSpec spec;
    spec.view = view;
    spec.fromMs = fromS * 1000;
    spec.toMs = toS * 1000;
    spec.speed = speed;
    spec.video = {VideoFormat::Mp4, size, fps};
    return spec;
}

/// Pixels of column x between y0 and y1 that are the playhead's colour.
int playheadPixels(const QImage &image, int x, int y0, int y1)
{
    const QColor playhead = Palette::chrome(QApplication::palette()).playhead;
    int n = 0;
    for (int y = y0; y < y1; ++y)
        if (image.pixelColor(x, y) == playhead)
            ++n;
    return n;
}

}  // namespace

class TestClipFrames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void framesAreTheClipsSize_data();
    void framesAreTheClipsSize();
    void twoRendersAreIdentical();
    void playheadIsAtTheFramesTime_data();
    void playheadIsAtTheFramesTime();
    void captionsAndNarrationAreDrawn();

private:
    RunPtr m_run;
};

void TestClipFrames::initTestCase()
{
    Scenario s = defaultScenario();
    s.durationS = 90;
    s.seed = 5;
    m_run = record(s);
    QVERIFY(m_run->finished);
}

void TestClipFrames::framesAreTheClipsSize_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QSize>("size");
    for (const QString &name : clipViewNames())
        QTest::newRow(qPrintable(name)) << int(*clipViewFromName(name)) << QSize(480, 270);
    QTest::newRow("dashboard 1080p") << int(ClipView::Dashboard) << QSize(1920, 1080);
    QTest::newRow("square") << int(ClipView::Diagram) << QSize(540, 540);
}

void TestClipFrames::framesAreTheClipsSize()
{
    QFETCH(int, view);
    QFETCH(QSize, size);
    ClipFrames frames(m_run, specOf(ClipView(view), size, 0, 10, 1, 30));
    QCOMPARE(frames.frameCount(), 300);
    const QImage image = frames.frame(150);
    QCOMPARE(image.size(), size);
    QCOMPARE(image.devicePixelRatio(), 1.0);
    // Something is drawn: more than the background and a caption.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void TestClipFrames::twoRendersAreIdentical()
{
    const ClipSpec spec = specOf(ClipView::Dashboard, QSize(640, 360), 5, 25, 2, 15);
    ClipFrames a(m_run, spec), b(m_run, spec);
    // `a` draws every frame in order; `b` jumps (its plots rebuild on the step back).
    std::vector<QImage> inOrder;
    for (int i = 0; i < a.frameCount(); ++i)
        inOrder.push_back(a.frame(i));
    for (const int i : {140, 30, 0, 149, 75}) {
        QVERIFY2(b.frame(i) == inOrder[std::size_t(i)], qPrintable(QStringLiteral("frame %1").arg(i)));
    }
}

void TestClipFrames::playheadIsAtTheFramesTime_data()
{
    QTest::addColumn<double>("fromS");
    QTest::addColumn<double>("speed");
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("frame");
    QTest::addColumn<double>("expectedS");
    // The lanes show 30 s; the playhead walks right up to 28.2 s, then the lanes scroll.
    QTest::newRow("first frame") << 0.0 << 1.0 << 30 << 0 << 0.0;
    QTest::newRow("frame 90 at 30 fps") << 0.0 << 1.0 << 30 << 90 << 3.0;
    QTest::newRow("frame 250 at 30 fps") << 0.0 << 1.0 << 30 << 250 << 250.0 / 30;
    QTest::newRow("from 4 s, 2x, 10 fps") << 4.0 << 2.0 << 10 << 37 << 11.4;
    QTest::newRow("scrolling, 5x") << 0.0 << 5.0 << 24 << 300 << 62.5;
}

void TestClipFrames::playheadIsAtTheFramesTime()
{
    QFETCH(double, fromS);
    QFETCH(double, speed);
    QFETCH(int, fps);
    QFETCH(int, frame);
    QFETCH(double, expectedS);
    ClipSpec spec = specOf(ClipView::Lanes, QSize(960, 540), fromS, 80, speed, fps);
    spec.captions = false;
    ClipFrames frames(m_run, spec);
    QCOMPARE(frames.timeOfFrame(frame), expectedS * 1000);
    const QImage image = frames.frame(frame);
    const QRectF lanes = frames.lanesRect();
    // Where the lanes put the expected time: the playhead's column is dark from top to bottom.
    const int x = static_cast<int>(std::floor(frames.lanesX(expectedS * 1000)));
    const int y0 = int(lanes.top()) + 2, y1 = int(lanes.bottom()) - 40;
    const int at = std::max(playheadPixels(image, x, y0, y1), playheadPixels(image, x - 1, y0, y1));
    QVERIFY2(at > (y1 - y0) * 9 / 10, qPrintable(QStringLiteral("%1 of %2 at x %3").arg(at).arg(y1 - y0).arg(x)));
    // … and nowhere a few pixels (a fraction of a second) away.
    for (const int dx : {-6, 6}) {
        const int off = playheadPixels(image, x + dx, y0, y1);
        QVERIFY2(off < (y1 - y0) / 2, qPrintable(QStringLiteral("%1 at x %2").arg(off).arg(x + dx)));
    }
}

void TestClipFrames::captionsAndNarrationAreDrawn()
{
    ClipSpec plain = specOf(ClipView::Diagram, QSize(640, 360), 0, 10, 1, 30);
    plain.captions = false;
    ClipSpec captioned = plain;
    captioned.captions = true;
    captioned.title = QStringLiteral("수명 주기 — lifecycle");
    captioned.narration = {{0, QStringLiteral("첫 요청은 콜드 스타트입니다.")}, {5000, QStringLiteral("Warm reuse")}};
    ClipFrames a(m_run, plain), b(m_run, captioned);
    const QImage pa = a.frame(0), pb = b.frame(0);
    // The caption bar takes the top and the narration the bottom: the views move in between.
    QVERIFY(pa != pb);
    // The narration changes at 5 s; the clock changes every frame.
    const QImage b1 = b.frame(1), b200 = b.frame(200);
    const QRect bottom(0, 360 - 50, 640, 50);
    QCOMPARE(pb.copy(bottom), b1.copy(bottom));
    QVERIFY(pb.copy(bottom) != b200.copy(bottom));
    const QRect clock(400, 0, 240, 30);
    QVERIFY(pb.copy(clock) != b1.copy(clock));
}

QTEST_MAIN(TestClipFrames)
#include "tst_clipframes.moc"
