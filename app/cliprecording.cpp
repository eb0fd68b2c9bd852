// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprecording.h"

#include <QStringList>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {

struct ViewName {
    ClipView view;
    const char *name;
};
constexpr ViewName kViewNames[] = {
    {ClipView::Dashboard, "dashboard"}, {ClipView::Diagram, "diagram"}, {ClipView::Lanes, "lanes"},
    {ClipView::Latency, "latency"},     {ClipView::Cost, "cost"},       {ClipView::Cdf, "cdf"},
    {ClipView::Environments, "environments"},
};

}  // namespace

QString clipViewName(ClipView view)
{
    if (view == ClipView::Window)
        return QStringLiteral("window");
    for (const auto &v : kViewNames)
        if (v.view == view)
            return QLatin1String(v.name);
    return {};
}

std::optional<ClipView> clipViewFromName(const QString &name)
{
    for (const auto &v : kViewNames)
        if (name == QLatin1String(v.name))
            return v.view;
    return std::nullopt;
}

QStringList clipViewNames()
{
    QStringList names;
    for (const auto &v : kViewNames)
        names.append(QLatin1String(v.name));
    return names;
}

int clipFrameCount(const ClipSpec &spec)
{
    const double seconds = (spec.toMs - spec.fromMs) / 1000.0 / std::max(spec.speed, 1e-9);
    // A hair of tolerance: 20 s at 30 fps is 600 frames, not 601 because of rounding.
    const double frames = std::ceil(seconds * spec.video.fps - 1e-6);
    return static_cast<int>(std::clamp(frames, 1.0, 1e9));
}

double clipFrameTimeMs(const ClipSpec &spec, int index)
{
    return spec.fromMs + index * 1000.0 * spec.speed / spec.video.fps;
}

ClipRecording::ClipRecording(ClipFrameSource source, int frameCount, QString path, VideoSettings settings,
                             QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_frameCount(std::max(frameCount, 1)), m_path(std::move(path)),
      m_settings(settings)
{
    if (m_settings.format == VideoFormat::Gif)
        m_samples = static_cast<std::size_t>(std::min(m_frameCount, kGifPaletteSamples));
    m_jobs = 1 + m_samples + static_cast<std::size_t>(m_frameCount) + 1;
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &ClipRecording::jobDone);
}

ClipRecording::~ClipRecording()
{
    m_stopping = true;
    if (m_busy)
        m_watcher.waitForFinished();
    m_encoder.abort();
}

ClipRecording::Job ClipRecording::jobAt(std::size_t i) const
{
    if (i == 0)
        return {JobKind::Open, 0};
    if (i <= m_samples) {
        // Samples spread evenly over the clip, first and last frame included.
        const std::size_t k = i - 1;
        const int frame = m_samples == 1 ? 0
                                         : static_cast<int>(std::llround(double(k) * (m_frameCount - 1) / double(m_samples - 1)));
        return {JobKind::Sample, frame};
    }
    if (i < m_jobs - 1)
        return {JobKind::Frame, static_cast<int>(i - 1 - m_samples)};
    return {JobKind::Finish, 0};
}

void ClipRecording::start()
{
    if (m_running || m_done > 0)
        return;
    m_running = true;
    m_clock.start();
    emit progress(0, static_cast<int>(m_jobs), -1);
    step();
}

void ClipRecording::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    stop();
}

void ClipRecording::stop()
{
    m_stopping = true;
    // The encoder is the worker's while it encodes: jobDone() ends the recording then.
    if (!m_busy)
        end(false);
}

void ClipRecording::step()
{
    m_stepQueued = false;
    if (!m_running || m_stopping)
        return;
    // Draw the next frame while the worker encodes the previous one.
    if (!m_pending && m_next < m_jobs) {
        const Job job = jobAt(m_next);
        if (job.kind == JobKind::Sample || job.kind == JobKind::Frame) {
            QImage image = m_source(job.frame);
            if (image.isNull()) {
                m_error = QStringLiteral("%1: frame %2 could not be drawn").arg(m_path).arg(job.frame);
                stop();
                return;
            }
            m_pending = std::move(image);
        } else {
            m_pending = QImage();
        }
    }
    if (m_busy || !m_pending)
        return;

    const Job job = jobAt(m_next);
    QImage image = std::move(*m_pending);
    m_pending.reset();
    ++m_next;
    m_busy = true;
    VideoEncoder *encoder = &m_encoder;
    const QString path = m_path;
    const VideoSettings settings = m_settings;
    m_watcher.setFuture(QtConcurrent::run([encoder, job, image = std::move(image), path, settings]() {
        switch (job.kind) {
        case JobKind::Open: return encoder->open(path, settings);
        case JobKind::Sample: return encoder->addPaletteSample(image);
        case JobKind::Frame: return encoder->addFrame(image);
        case JobKind::Finish: return encoder->finish();
        }
        return false;
    }));
    // The next frame is drawn in a later event-loop turn, so that input and painting go between.
    if (m_next < m_jobs && !m_stepQueued) {
        m_stepQueued = true;
        QTimer::singleShot(0, this, &ClipRecording::step);
    }
}

void ClipRecording::jobDone()
{
    m_busy = false;
    const bool ok = m_watcher.result();
    ++m_done;
    if (!ok && m_error.isEmpty()) {
        m_error = m_encoder.errorString();
        m_writeError = m_encoder.isWriteError();
    }
    if (!ok || m_stopping) {
        end(false);
        return;
    }
    const double elapsed = m_clock.elapsed() / 1000.0;
    const int total = static_cast<int>(m_jobs);
    // The first steps (opening the codec) say little about the rate; wait for a few frames.
    const double left = m_done >= 4 ? elapsed / double(m_done) * double(m_jobs - m_done) : -1;
    emit progress(static_cast<int>(m_done), total, left);
    if (m_done == m_jobs) {
        end(true);
        return;
    }
    step();
}

void ClipRecording::end(bool ok)
{
    if (!m_running)
        return;
    m_running = false;
    m_pending.reset();
    if (!ok) {
        m_encoder.abort();
        if (m_cancelled && m_error.isEmpty())
            m_error = QStringLiteral("cancelled");
    }
    emit finished(ok);
}

}  // namespace lle
