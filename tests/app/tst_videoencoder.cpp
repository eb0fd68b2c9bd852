// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoencoder.h"

#include "explorerprocess.h"
#include "videoprobe.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lle;

namespace {

/// Frame k: one flat colour, a different hue each frame, so that order and content can be read back.
QColor colourOf(int k) { return QColor::fromHsv((k * 47) % 360, 200, 220); }

QImage frameOf(int k, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colourOf(k));
    return image;
}

int distance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

}  // namespace

class TestVideoEncoder : public QObject {
    Q_OBJECT
private slots:
    void formatForPath_data();
    void formatForPath();
    void checkSettings_data();
    void checkSettings();
    void writesWhatWasAsked_data();
    void writesWhatWasAsked();
    void abortLeavesNothing();
    void missingFolderIsAWriteError();
    void replacesAnExistingFile();
};

void TestVideoEncoder::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");   // -1: none
    QTest::newRow("mp4") << "a/clip.mp4" << int(VideoFormat::Mp4);
    QTest::newRow("upper case") << "CLIP.MP4" << int(VideoFormat::Mp4);
    QTest::newRow("webm") << "clip.webm" << int(VideoFormat::WebM);
    QTest::newRow("gif") << "clip.gif" << int(VideoFormat::Gif);
    QTest::newRow("avi") << "clip.avi" << -1;
    QTest::newRow("no suffix") << "clip" << -1;
}

void TestVideoEncoder::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto f = VideoEncoder::formatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestVideoEncoder::checkSettings_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("fps");
    QTest::addColumn<bool>("ok");
    QTest::newRow("1080p mp4") << int(VideoFormat::Mp4) << QSize(1920, 1080) << 30 << true;
    QTest::newRow("odd width mp4") << int(VideoFormat::Mp4) << QSize(1921, 1080) << 30 << false;
    QTest::newRow("odd height webm") << int(VideoFormat::WebM) << QSize(800, 451) << 30 << false;
    QTest::newRow("odd size gif") << int(VideoFormat::Gif) << QSize(801, 451) << 30 << true;
    QTest::newRow("too small") << int(VideoFormat::Gif) << QSize(8, 8) << 30 << false;
    QTest::newRow("0 fps") << int(VideoFormat::Mp4) << QSize(640, 360) << 0 << false;
    QTest::newRow("121 fps") << int(VideoFormat::Mp4) << QSize(640, 360) << 121 << false;
}

void TestVideoEncoder::checkSettings()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(int, fps);
    QFETCH(bool, ok);
    const QString error = VideoEncoder::checkSettings({VideoFormat(format), size, fps});
    QCOMPARE(error.isEmpty(), ok);
}

void TestVideoEncoder::writesWhatWasAsked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("codec");
    QTest::newRow("mp4") << "clip.mp4" << QSize(96, 64) << 30 << 45 << "h264";
    QTest::newRow("mp4 at 24 fps") << "clip.mp4" << QSize(64, 48) << 24 << 12 << "h264";
    QTest::newRow("webm") << "clip.webm" << QSize(96, 64) << 25 << 20 << "vp9";
    QTest::newRow("gif") << "clip.gif" << QSize(81, 45) << 10 << 15 << "gif";
}

void TestVideoEncoder::writesWhatWasAsked()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(int, fps);
    QFETCH(int, frames);
    QFETCH(QString, codec);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const VideoSettings settings{*VideoEncoder::formatForPath(name), size, fps};
    if (!VideoEncoder::isAvailable(settings.format))
        QSKIP("this FFmpeg has no encoder for the format");

    VideoEncoder encoder;
    QVERIFY2(encoder.open(path, settings), qPrintable(encoder.errorString()));
    // Nothing at the target until the clip is complete.
    QVERIFY(!QFile::exists(path));
    for (int k = 0; k < frames && encoder.wantsPaletteSamples(); ++k)
        QVERIFY(encoder.addPaletteSample(frameOf(k, size)));
    for (int k = 0; k < frames; ++k)
        QVERIFY2(encoder.addFrame(frameOf(k, size)), qPrintable(encoder.errorString()));
    QVERIFY2(encoder.finish(), qPrintable(encoder.errorString()));
    QCOMPARE(encoder.framesWritten(), frames);
    QCOMPARE(test::entries(dir.path()), QStringList{name});

    const QList<int> keep{0, frames / 2, frames - 1};
    const test::VideoProbe probe = test::probeVideo(path, keep);
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QCOMPARE(probe.codec, codec);
    QCOMPARE(probe.frames, frames);
    QCOMPARE(QSize(probe.width, probe.height), size);
    QVERIFY2(std::abs(probe.durationS - double(frames) / fps) < 0.011,
             qPrintable(QString::number(probe.durationS)));
    if (codec != QLatin1String("gif"))   // GIF keeps delays per frame, not a rate
        QCOMPARE(probe.fps, double(fps));
    // The frames come back in order with their colours (lossy codecs: within a few levels).
    for (qsizetype i = 0; i < keep.size(); ++i) {
        const QColor got = probe.kept[std::size_t(i)].pixelColor(size.width() / 2, size.height() / 2);
        QVERIFY2(distance(got, colourOf(keep[i])) <= 10,
                 qPrintable(QStringLiteral("frame %1: %2 instead of %3").arg(keep[i]).arg(got.name(), colourOf(keep[i]).name())));
    }
}

void TestVideoEncoder::abortLeavesNothing()
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("a.mp4"), QStringLiteral("a.gif")}) {
        VideoEncoder encoder;
        const VideoSettings settings{*VideoEncoder::formatForPath(name), QSize(64, 48), 30};
        QVERIFY(encoder.open(dir.filePath(name), settings));
        for (int k = 0; k < 5; ++k) {
            encoder.addPaletteSample(frameOf(k, settings.size));
            QVERIFY(encoder.addFrame(frameOf(k, settings.size)));
        }
        QVERIFY(!test::entries(dir.path()).isEmpty());   // the temporary file
        encoder.abort();
        QCOMPARE(test::entries(dir.path()), QStringList());
    }
    {
        // An encoder dropped unfinished (an exception, a closed window) cleans up too.
        VideoEncoder encoder;
        QVERIFY(encoder.open(dir.filePath(QStringLiteral("b.webm")), {VideoFormat::WebM, QSize(64, 48), 30}));
        QVERIFY(encoder.addFrame(frameOf(0, QSize(64, 48))));
    }
    QCOMPARE(test::entries(dir.path()), QStringList());
}

void TestVideoEncoder::missingFolderIsAWriteError()
{
    QTemporaryDir dir;
    VideoEncoder encoder;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/clip.mp4"));
    QVERIFY(!encoder.open(path, {VideoFormat::Mp4, QSize(64, 48), 30}));
    QVERIFY(encoder.isWriteError());
    QVERIFY2(encoder.errorString().startsWith(path), qPrintable(encoder.errorString()));
    QCOMPARE(test::entries(dir.path()), QStringList());
}

void TestVideoEncoder::replacesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    QVERIFY(test::writeFile(path, "old"));
    VideoEncoder encoder;
    QVERIFY(encoder.open(path, {VideoFormat::Mp4, QSize(64, 48), 30}));
    QVERIFY(encoder.addFrame(frameOf(0, QSize(64, 48))));
    // The old file stays whole until the new one is complete.
    QCOMPARE(test::readAll(path), QByteArray("old"));
    QVERIFY(encoder.finish());
    QCOMPARE(test::probeVideo(path).frames, 1);
    QCOMPARE(test::entries(dir.path()), QStringList{QStringLiteral("clip.mp4")});
}

QTEST_GUILESS_MAIN(TestVideoEncoder)
#include "tst_videoencoder.moc"
