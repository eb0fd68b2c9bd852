// SPDX-License-Identifier: GPL-3.0-or-later
// `--headless … --video OUT` end to end: the real executable, without a display.
#include "explorerprocess.h"
#include "videoprobe.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lle;

class TestHeadlessVideo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void missingFolderIsExitThree();
    void writesTheClipAsked_data();
    void writesTheClipAsked();
    void twoRecordingsAreIdentical_data();
    void twoRecordingsAreIdentical();

private:
    QTemporaryDir m_dir;
    QString m_scenario;
};

void TestHeadlessVideo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const test::ExplorerRun r = test::runExplorer({QStringLiteral("--print-default-scenario")});
    QCOMPARE(r.exitCode, 0);
    m_scenario = m_dir.filePath(QStringLiteral("scenario.json"));
    QVERIFY(test::writeFile(m_scenario, r.out));
}

void TestHeadlessVideo::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");   // the message names it
    const auto row = [](const char *name, QStringList args, const char *flag) {
        QTest::newRow(name) << args << QString::fromLatin1(flag);
    };
    row("size not WxH", {"--video", "a.mp4", "--video-size", "1920"}, "--video-size 1920: not WxH");
    row("size too large", {"--video", "a.mp4", "--video-size", "9000x100"}, "--video-size 9000x100: out of range");
    row("odd size for mp4", {"--video", "a.mp4", "--video-size", "641x360"}, "--video-size 641x360");
    row("fps 0", {"--video", "a.mp4", "--video-fps", "0"}, "--video-fps 0: out of range");
    row("fps not a number", {"--video", "a.mp4", "--video-fps", "fast"}, "--video-fps fast: not an integer");
    row("fps too high", {"--video", "a.mp4", "--video-fps", "240"}, "--video-fps 240: out of range");
    row("speed 0", {"--video", "a.mp4", "--video-speed", "0"}, "--video-speed 0: out of range");
    row("unknown view", {"--video", "a.mp4", "--video-view", "window"}, "--video-view window: unknown view");
    row("unknown format", {"--video", "a.avi"}, "--video a.avi: unknown format");
    row("from after to", {"--video", "a.mp4", "--video-from-s", "5", "--video-to-s", "2"}, "--video-to-s 2");
    row("to after the run", {"--video", "a.mp4", "--video-to-s", "31"}, "--video-to-s 31: out of range");
    row("from at the end", {"--video", "a.mp4", "--video-from-s", "30"}, "--video-from-s 30: out of range");
    row("with --out", {"--video", "a.mp4", "--out", "r"}, "--video cannot be combined with --out");
    row("option without --video", {"--out", "r", "--video-fps", "10"}, "--video-fps needs --video");
}

void TestHeadlessVideo::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QTemporaryDir dir;
    for (QString &a : arguments)
        if (a.startsWith(QLatin1String("a.")) || a == QLatin1String("r"))
            a = dir.filePath(a);
    const test::ExplorerRun r =
        test::runExplorer(QStringList{"--headless", m_scenario, "--duration-s", "30"} + arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(flag.replace(QLatin1String("a."), dir.filePath(QStringLiteral("a.")))),
             r.err.constData());
    QCOMPARE(test::entries(dir.path()), QStringList());
}

void TestHeadlessVideo::missingFolderIsExitThree()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("missing/clip.gif"));
    const test::ExplorerRun r =
        test::runExplorer({"--headless", m_scenario, "--duration-s", "30", "--video", out, "--video-size", "160x90"});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cannot be written"), r.err.constData());
    QCOMPARE(test::entries(dir.path()), QStringList());
}

void TestHeadlessVideo::writesTheClipAsked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("durationS");
    QTest::newRow("diagram gif") << "d.gif"
                                 << QStringList{"--video-view", "diagram", "--video-size", "200x120", "--video-fps",
                                                "10", "--video-to-s", "2"}
                                 << 20 << QSize(200, 120) << 2.0;
    QTest::newRow("lanes mp4, half speed") << "l.mp4"
                                           << QStringList{"--video-view", "lanes", "--video-size", "320x180",
                                                          "--video-fps", "12", "--video-from-s", "1", "--video-to-s",
                                                          "2", "--video-speed", "0.5"}
                                           << 24 << QSize(320, 180) << 2.0;
    QTest::newRow("dashboard webm, 30x") << "w.webm"
                                         << QStringList{"--video-size", "320x180", "--video-fps", "5",
                                                        "--video-speed", "30"}
                                         << 5 << QSize(320, 180) << 1.0;
}

void TestHeadlessVideo::writesTheClipAsked()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(int, frames);
    QFETCH(QSize, size);
    QFETCH(double, durationS);
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    const test::ExplorerRun r =
        test::runExplorer(QStringList{"--headless", m_scenario, "--duration-s", "30", "--video", out} + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());   // FFmpeg's banners stay off stderr
    QVERIFY(r.out.contains(name.toLocal8Bit()));
    QCOMPARE(test::entries(dir.path()), QStringList{name});
    const test::VideoProbe probe = test::probeVideo(out);
    QVERIFY2(probe.ok, qPrintable(probe.error));
    QCOMPARE(probe.frames, frames);
    QCOMPARE(QSize(probe.width, probe.height), size);
    QVERIFY2(std::abs(probe.durationS - durationS) < 0.011, qPrintable(QString::number(probe.durationS)));
}

void TestHeadlessVideo::twoRecordingsAreIdentical_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp4") << "c.mp4";
    QTest::newRow("webm") << "c.webm";
    QTest::newRow("gif") << "c.gif";
}

void TestHeadlessVideo::twoRecordingsAreIdentical()
{
    // Frames are drawn at exact simulated times and the containers carry no dates: one scenario
    // and seed, one file, byte for byte.
    QFETCH(QString, name);
    QTemporaryDir a, b;
    for (const QTemporaryDir *dir : {&a, &b}) {
        const test::ExplorerRun r = test::runExplorer({"--headless", m_scenario, "--duration-s", "30", "--video",
                                                       dir->filePath(name), "--video-size", "320x180", "--video-fps",
                                                       "10", "--video-from-s", "3", "--video-to-s", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QByteArray first = test::readAll(a.filePath(name));
    QVERIFY(!first.isEmpty());
    QVERIFY(first == test::readAll(b.filePath(name)));
}

QTEST_GUILESS_MAIN(TestHeadlessVideo)
#include "tst_headlessvideo.moc"
