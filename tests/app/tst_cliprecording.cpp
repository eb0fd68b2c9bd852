// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprecording.h"

#include "explorerprocess.h"
#include "videoprobe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;

namespace {

QImage frameOf(int k, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((k * 47) % 360, 200, 220));
    return image;
}

}  // namespace

class TestClipRecording : public QObject {
    Q_OBJECT
private slots:
    void frameTimes_data();
    void frameTimes();
    void viewNames();
    void recordsEveryFrame_data();
    void recordsEveryFrame();
    void cancelLeavesNothing();
    void aFrameThatCannotBeDrawnLeavesNothing();
};

void TestClipRecording::frameTimes_data()
{
    QTest::addColumn<double>("fromS");
    QTest::addColumn<double>("toS");
    QTest::addColumn<double>("speed");
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("probe");
    QTest::addColumn<double>("probeMs");
    QTest::newRow("20 s at 30 fps") << 0.0 << 20.0 << 1.0 << 30 << 600 << 599 << 19'966.666666666668;
    QTest::newRow("from 10 s") << 10.0 << 20.0 << 1.0 << 30 << 300 << 30 << 11'000.0;
    QTest::newRow("60x") << 0.0 << 600.0 << 60.0 << 30 << 300 << 15 << 30'000.0;
    QTest::newRow("half speed") << 0.0 << 1.0 << 0.5 << 24 << 48 << 12 << 250.0;
    QTest::newRow("partial last frame") << 0.0 << 1.01 << 1.0 << 10 << 11 << 10 << 1000.0;
    QTest::newRow("shorter than a frame") << 5.0 << 5.001 << 1.0 << 30 << 1 << 0 << 5000.0;
}

void TestClipRecording::frameTimes()
{
    QFETCH(double, fromS);
    QFETCH(double, toS);
    QFETCH(double, speed);
    QFETCH(int, fps);
    QFETCH(int, frames);
    QFETCH(int, probe);
    QFETCH(double, probeMs);
    ClipSpec spec;
    spec.fromMs = fromS * 1000;
    spec.toMs = toS * 1000;
    spec.speed = speed;
    spec.video.fps = fps;
    QCOMPARE(clipFrameCount(spec), frames);
    QCOMPARE(clipFrameTimeMs(spec, 0), spec.fromMs);
    QCOMPARE(clipFrameTimeMs(spec, probe), probeMs);
}

void TestClipRecording::viewNames()
{
    const QStringList names = clipViewNames();
    QCOMPARE(names.size(), 7);
    QCOMPARE(names.first(), QStringLiteral("dashboard"));
    for (const QString &n : names)
        QCOMPARE(clipViewName(*clipViewFromName(n)), n);
    QVERIFY(!clipViewFromName(QStringLiteral("window")));
}

void TestClipRecording::recordsEveryFrame_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("drawn");   // frames drawn: GIF draws its palette samples first
    QTest::newRow("mp4") << "clip.mp4" << 40 << 40;
    QTest::newRow("gif") << "clip.gif" << 40 << 40 + ClipRecording::kGifPaletteSamples;
}

void TestClipRecording::recordsEveryFrame()
{
    QFETCH(QString, name);
    QFETCH(int, frames);
    QFETCH(int, drawn);
    QTemporaryDir dir;
    const QSize size(64, 48);
    int calls = 0;
    int last = -1;
    bool inOrder = true;
    ClipRecording recording(
        [&](int index) {
            ++calls;
            // Each pass draws in increasing order (cheapest for the plots).
            if (index < last && !(index == 0))
                inOrder = false;
            last = index;
            return frameOf(index, size);
        },
        frames, dir.filePath(name), {*VideoEncoder::formatForPath(name), size, 20});
    QSignalSpy progress(&recording, &ClipRecording::progress);
    QSignalSpy finished(&recording, &ClipRecording::finished);
    recording.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(recording.errorString()));
    QCOMPARE(calls, drawn);
    QVERIFY(inOrder);
    // Progress counts up to every step, with a time left once it can be estimated.
    QCOMPARE(progress.last().at(0).toInt(), recording.totalSteps());
    QCOMPARE(progress.last().at(1).toInt(), recording.totalSteps());
    QCOMPARE(progress.last().at(2).toDouble(), 0.0);
    QCOMPARE(test::entries(dir.path()), QStringList{name});
    const test::VideoProbe probe = test::probeVideo(dir.filePath(name));
    QCOMPARE(probe.frames, frames);
    QCOMPARE(QSize(probe.width, probe.height), size);
}

void TestClipRecording::cancelLeavesNothing()
{
    QTemporaryDir dir;
    const QSize size(64, 48);
    ClipRecording recording([&](int index) { return frameOf(index, size); }, 500, dir.filePath(QStringLiteral("c.mp4")),
                            {VideoFormat::Mp4, size, 30});
    QSignalSpy finished(&recording, &ClipRecording::finished);
    connect(&recording, &ClipRecording::progress, &recording, [&](int done) {
        if (done == 10)
            recording.cancel();
    });
    recording.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(recording.wasCancelled());
    QVERIFY(!recording.isRunning());
    QCOMPARE(test::entries(dir.path()), QStringList());
}

void TestClipRecording::aFrameThatCannotBeDrawnLeavesNothing()
{
    QTemporaryDir dir;
    const QSize size(64, 48);
    ClipRecording recording([&](int index) { return index == 7 ? QImage() : frameOf(index, size); }, 20,
                            dir.filePath(QStringLiteral("c.webm")), {VideoFormat::WebM, size, 30});
    QSignalSpy finished(&recording, &ClipRecording::finished);
    recording.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(recording.errorString().contains(QLatin1String("frame 7 could not be drawn")));
    // The worker may still have been writing a frame when the failure came: nothing is left.
    QTRY_COMPARE(test::entries(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestClipRecording)
#include "tst_cliprecording.moc"
