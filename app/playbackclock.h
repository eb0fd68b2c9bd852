// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cmath>
#include <functional>
#include <limits>

namespace lle {

/// The three clocks of playback (after OMNeT++ Qtenv's display update controller): real time
/// (read from a time source that tests replace), animation time (real time that passed while
/// playing, with long stalls cut so that a slow frame is dropped rather than replayed), and
/// simulated time (animation time × speed). The clock only advances when tick() runs; an
/// internal frame timer calls it at most 60 times a second while playing.
class PlaybackClock : public QObject {
    Q_OBJECT
public:
    using TimeSource = std::function<qint64()>;   ///< monotonic nanoseconds

    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 100'000;   ///< a day per second and a bit
    static constexpr int kSpeedSteps = 1000;       ///< positions of the speed slider
    /// A frame longer than this (a stall, a debugger) advances animation time by this much only.
    static constexpr qint64 kMaxFrameNs = 250'000'000;

    explicit PlaybackClock(QObject *parent = nullptr);

    /// Replaces the real-time source (tests inject one); nullptr restores the steady clock.
    void setTimeSource(TimeSource source);
    /// Whether the internal frame timer drives tick() while playing (off in tests).
    void setAutoTick(bool on);
    void setFrameIntervalMs(int ms);

    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    double simTimeMs() const { return m_simMs; }
    double durationMs() const { return m_durationMs; }
    qint64 animationTimeNs() const { return m_animationNs; }
    qint64 framesDropped() const { return m_dropped; }
    /// Whether playTo() is playing towards its stop.
    bool isPlayingTo() const { return std::isfinite(m_stopAtMs); }
    double stopAtMs() const { return m_stopAtMs; }

    /// Exponential mapping of the speed slider, snapping to 1× near the middle.
    static double speedForPosition(int position);
    static int positionForSpeed(double speed);

public slots:
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);
    void setDurationMs(double ms);
    /// Jumps to `ms` (clamped to [0, duration]).
    void seek(double ms);
    void restart();
    /// Plays at `speed`, or at the current speed when that is faster, and pauses exactly at `ms`
    /// (Run to next cold start: the class sees the way there), then takes the speed from before
    /// back; pause(), seek() and restart() end it sooner.
    void playTo(double ms, double speed);
    /// Reads real time and advances animation and simulated time; emits simTimeChanged.
    void tick();

signals:
    void simTimeChanged(double ms);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void finished();
    /// playTo() arrived at its stop and paused there.
    void stopReached(double ms);
    /// A playTo() began or ended (arrived, paused, sought away).
    void playingToChanged(bool playingTo);

private:
    qint64 now() const;
    /// Ends a playTo(): forgets the stop and takes the speed from before back.
    void endPlayTo();

    TimeSource m_source;
    QElapsedTimer m_steady;
    QTimer m_timer;
    bool m_autoTick = true;
    bool m_playing = false;
    double m_speed = 1;
    double m_simMs = 0;
    double m_durationMs = 0;
    qint64 m_lastRealNs = 0;
    qint64 m_animationNs = 0;
    qint64 m_dropped = 0;
    double m_stopAtMs = std::numeric_limits<double>::infinity();
    double m_speedBeforeStop = 1;
};

}  // namespace lle
