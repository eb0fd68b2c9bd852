// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackclock.h"

#include <QSignalSpy>
#include <QTest>

using lle::PlaybackClock;

class TestPlaybackClock : public QObject {
    Q_OBJECT
    qint64 m_now = 0;

    void setup(PlaybackClock &c)
    {
        m_now = 1'000'000'000;
        c.setAutoTick(false);
        c.setTimeSource([this] { return m_now; });
        c.setDurationMs(600'000);
    }
    void advanceMs(double ms) { m_now += static_cast<qint64>(ms * 1e6); }

private slots:
    void speedMapping_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("speed");
        QTest::newRow("slowest") << 0 << 0.1;
        QTest::newRow("fastest: more than a day per second") << 1000 << 100000.0;
        QTest::newRow("one") << 167 << 1.0;
        QTest::newRow("snaps to one") << 180 << 1.0;
        QTest::newRow("hundred") << 500 << 100.0;
    }
    void speedMapping()
    {
        QFETCH(int, position);
        QFETCH(double, speed);
        QVERIFY(qAbs(PlaybackClock::speedForPosition(position) - speed) < 1e-9 * speed);
        if (position != 180)
            QCOMPARE(PlaybackClock::positionForSpeed(speed), position);
    }

    void advancesWithRealTimeTimesSpeed()
    {
        PlaybackClock c;
        setup(c);
        QSignalSpy sim(&c, &PlaybackClock::simTimeChanged);
        QSignalSpy playing(&c, &PlaybackClock::playingChanged);
        c.setSpeed(10);
        c.play();
        QCOMPARE(playing.count(), 1);
        advanceMs(100);
        c.tick();
        QCOMPARE(sim.count(), 1);
        QCOMPARE(c.simTimeMs(), 1000.0);
        QCOMPARE(c.animationTimeNs(), 100'000'000);
        advanceMs(16);
        c.tick();
        QCOMPARE(c.simTimeMs(), 1160.0);
    }

    void pausedClockStands()
    {
        PlaybackClock c;
        setup(c);
        QSignalSpy sim(&c, &PlaybackClock::simTimeChanged);
        advanceMs(500);
        c.tick();
        QCOMPARE(sim.count(), 0);
        c.play();
        c.pause();
        advanceMs(500);
        c.tick();
        QCOMPARE(c.simTimeMs(), 0.0);
        // Time spent paused does not count once playing again.
        c.play();
        advanceMs(20);
        c.tick();
        QCOMPARE(c.simTimeMs(), 20.0);
    }

    void longFrameIsDroppedNotReplayed()
    {
        PlaybackClock c;
        setup(c);
        c.play();
        advanceMs(5000);   // the UI stalled for five seconds
        c.tick();
        QCOMPARE(c.simTimeMs(), double(PlaybackClock::kMaxFrameNs) / 1e6);
        QCOMPARE(c.framesDropped(), 1);
    }

    void stopsAtTheEnd()
    {
        PlaybackClock c;
        setup(c);
        c.setDurationMs(1000);
        QSignalSpy finished(&c, &PlaybackClock::finished);
        c.setSpeed(100);
        c.play();
        advanceMs(50);
        c.tick();
        QCOMPARE(c.simTimeMs(), 1000.0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!c.isPlaying());
        // Play again from the end starts over.
        c.play();
        QCOMPARE(c.simTimeMs(), 0.0);
    }

    void seekAndRestart()
    {
        PlaybackClock c;
        setup(c);
        QSignalSpy sim(&c, &PlaybackClock::simTimeChanged);
        c.seek(42'000);
        QCOMPARE(c.simTimeMs(), 42'000.0);
        c.seek(1e12);
        QCOMPARE(c.simTimeMs(), 600'000.0);
        c.restart();
        QCOMPARE(c.simTimeMs(), 0.0);
        QCOMPARE(sim.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackClock)
#include "tst_playbackclock.moc"
