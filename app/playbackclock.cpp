// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackclock.h"

#include <algorithm>
#include <cmath>

namespace lle {

PlaybackClock::PlaybackClock(QObject *parent) : QObject(parent)
{
    m_steady.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(16);   // ≤ 60 Hz: one timer for every view (redraws are coalesced)
    connect(&m_timer, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::setTimeSource(TimeSource source)
{
    m_source = std::move(source);
    m_lastRealNs = now();
}

void PlaybackClock::setAutoTick(bool on)
{
    m_autoTick = on;
    if (!on)
        m_timer.stop();
    else if (m_playing)
        m_timer.start();
}

void PlaybackClock::setFrameIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1, ms));
}

qint64 PlaybackClock::now() const
{
    return m_source ? m_source() : m_steady.nsecsElapsed();
}

double PlaybackClock::speedForPosition(int position)
{
    const double x = std::clamp(position, 0, kSpeedSteps) / double(kSpeedSteps);
    const double span = std::log10(kMaxSpeed / kMinSpeed);   // six decades
    const double speed = kMinSpeed * std::pow(10.0, x * span);
    // Snap to 1× within 2 % of the slider's travel.
    const double onePos = std::log10(1.0 / kMinSpeed) / span;
    if (std::abs(x - onePos) < 0.02)
        return 1.0;
    return speed;
}

int PlaybackClock::positionForSpeed(double speed)
{
    const double span = std::log10(kMaxSpeed / kMinSpeed);
    const double x = std::log10(std::clamp(speed, kMinSpeed, kMaxSpeed) / kMinSpeed) / span;
    return static_cast<int>(std::lround(x * kSpeedSteps));
}

void PlaybackClock::play()
{
    if (m_playing)
        return;
    if (m_durationMs > 0 && m_simMs >= m_durationMs)
        seek(0);
    m_playing = true;
    m_lastRealNs = now();
    if (m_autoTick)
        m_timer.start();
    emit playingChanged(true);
}

void PlaybackClock::pause()
{
    endPlayTo();
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
}

void PlaybackClock::togglePlay()
{
    m_playing ? pause() : play();
}

void PlaybackClock::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(speed);
}

void PlaybackClock::setDurationMs(double ms)
{
    m_durationMs = ms;
    if (m_simMs > ms)
        seek(ms);
}

void PlaybackClock::seek(double ms)
{
    endPlayTo();
    ms = std::clamp(ms, 0.0, std::max(0.0, m_durationMs));
    m_lastRealNs = now();
    if (ms == m_simMs)
        return;
    m_simMs = ms;
    emit simTimeChanged(ms);
}

void PlaybackClock::restart()
{
    seek(0);
    m_animationNs = 0;
}

void PlaybackClock::playTo(double ms, double speed)
{
    ms = std::clamp(ms, 0.0, std::max(0.0, m_durationMs));
    if (ms <= m_simMs) {
        pause();
        return;
    }
    const bool was = isPlayingTo();
    const double before = was ? m_speedBeforeStop : m_speed;
    m_stopAtMs = ms;
    m_speedBeforeStop = before;
    setSpeed(std::max(speed, m_speed));
    play();
    if (!was)
        emit playingToChanged(true);
}

void PlaybackClock::endPlayTo()
{
    if (!isPlayingTo())
        return;
    m_stopAtMs = std::numeric_limits<double>::infinity();
    setSpeed(m_speedBeforeStop);
    emit playingToChanged(false);
}

void PlaybackClock::tick()
{
    const qint64 real = now();
    qint64 dt = real - m_lastRealNs;
    m_lastRealNs = real;
    if (!m_playing || dt <= 0)
        return;
    if (dt > kMaxFrameNs) {
        // Drawing fell far behind: drop the lost time instead of jumping ahead in the story.
        ++m_dropped;
        dt = kMaxFrameNs;
    }
    m_animationNs += dt;
    double sim = m_simMs + double(dt) / 1e6 * m_speed;
    bool done = false, stopped = false;
    if (sim >= m_stopAtMs) {
        sim = m_stopAtMs;
        stopped = true;
    }
    if (m_durationMs > 0 && sim >= m_durationMs) {
        sim = m_durationMs;
        done = true;
    }
    if (sim != m_simMs) {
        m_simMs = sim;
        emit simTimeChanged(sim);
    }
    if (stopped) {
        pause();
        emit stopReached(sim);
    }
    if (done) {
        pause();
        emit finished();
    }
}

}  // namespace lle
