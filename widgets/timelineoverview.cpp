// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineoverview.h"

#include "palette.h"
#include "runfigures.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lle {

TimelineOverview::TimelineOverview(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole run: requests per interval, cold starts in orange; click to jump, "
                  "Shift+drag to see every request of a stretch"));
}

void TimelineOverview::setRun(RunPtr run)
{
    m_run = std::move(run);
    update();
}

void TimelineOverview::setPlayhead(double ms)
{
    m_t = ms;
    const int x = m_run && m_run->durationMs > 0 ? static_cast<int>(ms / m_run->durationMs * width()) : 0;
    if (x != m_shownX)
        update();
}

double TimelineOverview::timeAt(double x) const
{
    if (!m_run || width() <= 0)
        return 0;
    return std::clamp(x / width(), 0.0, 1.0) * m_run->durationMs;
}

void TimelineOverview::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_run)
        return;
    m_selecting = e->modifiers() & Qt::ShiftModifier;
    if (m_selecting) {
        m_selectFromMs = m_selectToMs = timeAt(e->position().x());
        update();
        return;
    }
    emit seekRequested(timeAt(e->position().x()));
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton) || !m_run)
        return;
    if (m_selecting) {
        m_selectToMs = timeAt(e->position().x());
        update();
        return;
    }
    emit seekRequested(timeAt(e->position().x()));
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    m_selectToMs = timeAt(e->position().x());
    const double from = std::min(m_selectFromMs, m_selectToMs), to = std::max(m_selectFromMs, m_selectToMs);
    m_selectFromMs = m_selectToMs = 0;
    update();
    // A Shift+click chooses the interval under it (the stretch is widened to whole intervals).
    emit stretchSelected(from, std::max(to, std::min(from + 1, m_run ? m_run->durationMs : from + 1)));
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Chrome chrome = Palette::chrome(palette());
    p.fillRect(rect(), chrome.panel);
    if (!m_run || m_run->durationMs <= 0)
        return;
    const RecordedRun &run = *m_run;
    const double w = width(), h = height();
    const std::size_t closed = RunFigures::closedBuckets(run);
    // One column per pixel: the buckets under it summed, so a year of buckets fits any width.
    std::uint64_t peak = 1;
    std::vector<std::uint64_t> counts(static_cast<std::size_t>(std::max(1, width())), 0);
    std::vector<bool> cold(counts.size(), false);
    for (std::size_t k = 0; k < closed && k < run.metrics.size(); ++k) {
        const auto x = std::min(counts.size() - 1, static_cast<std::size_t>(RunFigures::bucketStartMs(run, k) / run.durationMs * w));
        counts[x] += run.metrics[k].completed;
        cold[x] = cold[x] || run.metrics[k].cold > 0;
    }
    for (auto c : counts)
        peak = std::max(peak, c);
    const QColor bar = Palette::phase(Phase::Invoke);
    for (std::size_t x = 0; x < counts.size(); ++x) {
        if (counts[x] > 0) {
            const double bh = std::max(1.0, (h - 4) * double(counts[x]) / double(peak));
            p.fillRect(QRectF(double(x), h - bh, 1, bh), bar);
        }
        if (cold[x])
            p.fillRect(QRectF(double(x), 0, 1, 3), Palette::coldStart());
    }
    // What is not computed yet is greyed.
    if (!run.finished) {
        const double done = std::clamp(run.recordedUntilMs / run.durationMs, 0.0, 1.0) * w;
        p.fillRect(QRectF(done, 0, w - done, h), chrome.future);
    }
    if (m_selecting) {
        const double a = std::min(m_selectFromMs, m_selectToMs) / run.durationMs * w;
        const double b = std::max(m_selectFromMs, m_selectToMs) / run.durationMs * w;
        p.setPen(QPen(chrome.playhead, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(a, 0.5, std::max(1.0, b - a), h - 1));
    }
    m_shownX = static_cast<int>(m_t / run.durationMs * w);
    p.setPen(QPen(chrome.playhead, 2));
    p.drawLine(QPointF(m_shownX, 0), QPointF(m_shownX, h));
}

}  // namespace lle
