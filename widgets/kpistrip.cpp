// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpistrip.h"

#include "palette.h"
#include "pricing.h"
#include "runfigures.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lle {

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_since.start();
    // A playhead that stops between two recomputations still gets its figures.
    m_catchUp.setSingleShot(true);
    m_catchUp.setInterval(260);
    connect(&m_catchUp, &QTimer::timeout, this, &KpiStrip::recompute);
}

void KpiStrip::setRun(RunPtr run)
{
    const RunPtr old = std::move(m_run);
    m_run = std::move(run);
    // A run recomputed after a change at the playhead has the same past: the figures at the
    // playhead are those shown (they only read requests completed and buckets closed by then),
    // or nearly, when playback went on a little before the new run came. They catch up with the
    // next recomputation, so that a slider move redraws the plots first.
    const double same = old && m_run ? m_run->agreesWithBefore(*old) : 0;
    if (same > m_t)
        return;
    if (same > 0) {
        if (!m_catchUp.isActive())
            m_catchUp.start();
        return;
    }
    recompute();
}

void KpiStrip::setPlayhead(double ms)
{
    m_t = ms;
    // Four times a second is plenty for numbers someone reads.
    if (m_since.elapsed() >= 250)
        recompute();
    else if (!m_catchUp.isActive())
        m_catchUp.start();
}

KpiStrip::Figures KpiStrip::compute(const RecordedRun &run, double tMs)
{
    Figures f;
    if (run.invocationStride > 1) {
        // Requests are sampled: count nothing from the sample, read the simulator's buckets,
        // sketches and bill (the same figures as summary.json at the end of the run).
        const RunFigures::Figures r = RunFigures::at(run, tMs);
        f.requests = r.completed;
        f.throttled = r.throttled;
        f.coldPercent = r.completed ? 100.0 * double(r.cold) / double(r.completed) : 0;
        f.p50 = r.p50;
        f.p99 = r.p99;
        if (run.bucketLatency.empty()) {
            // A run recorded without the buckets' sketches: the sample's percentiles.
            Figures sample;
            fromRequests(run, tMs, sample);
            f.p50 = sample.p50;
            f.p99 = sample.p99;
        }
        f.costSoFar = r.cost.total();
    } else {
        // At the end of a finished run, the requests that complete after duration_s too: the
        // summary counts them, as the last metrics bucket does for a sampled run.
        const double upTo = run.finished && tMs >= run.durationMs ? INFINITY : tMs;
        fromRequests(run, upTo, f);
        f.costSoFar = run.costAt(upTo).total();
    }
    f.perMillion = f.requests ? f.costSoFar * 1e6 / double(f.requests) : 0;
    const double elapsedH = std::min(tMs, run.durationMs) / 3'600'000.0;
    f.perMonth = elapsedH > 0 ? f.costSoFar / elapsedH * kHoursPerMonth : 0;
    return f;
}

void KpiStrip::fromRequests(const RecordedRun &run, double tMs, Figures &f)
{
    const std::size_t n = run.invocationsUntil(tMs);
    std::vector<float> lat;
    lat.reserve(n);
    std::uint64_t cold = 0, done = 0, throttled = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto &r = run.invocations[i];
        if (r.kind != RequestKind::Request)
            continue;
        if (r.startType == StartType::Throttled) {
            ++throttled;
            continue;
        }
        ++done;
        if (r.isCold())
            ++cold;
        lat.push_back(static_cast<float>(r.latencyMs));
    }
    f.requests = done;
    f.throttled = throttled;
    f.coldPercent = done ? 100.0 * double(cold) / double(done) : 0;
    auto q = [&](double p) {
        if (lat.empty())
            return 0.0;
        const auto k = std::min(lat.size() - 1, static_cast<std::size_t>(std::ceil(p * double(lat.size())) - 1));
        std::nth_element(lat.begin(), lat.begin() + static_cast<std::ptrdiff_t>(k), lat.end());
        return double(lat[k]);
    };
    f.p50 = q(0.5);
    f.p99 = q(0.99);
}

void KpiStrip::recompute()
{
    m_since.restart();
    m_f = m_run ? compute(*m_run, m_t) : Figures{};
    update();
}

void KpiStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Chrome chrome = Palette::chrome(palette());   // light or dark desktop
    p.fillRect(rect(), chrome.panel);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale loc;
    struct Cell {
        QString caption, value;
        QColor accent;
    };
    const Cell cells[] = {
        // A month at production rates is cold a few times in 100,000: enough digits to show it.
        {tr("cold starts"), loc.toString(m_f.coldPercent, 'f', m_f.coldPercent > 0 && m_f.coldPercent < 0.1 ? 4 : m_f.coldPercent < 10 ? 2 : 1) + QStringLiteral(" %"), Palette::coldStart()},
        {tr("p50 latency"), Palette::formatMs(m_f.p50), Palette::warmStart()},
        {tr("p99 latency"), Palette::formatMs(m_f.p99), Palette::coldStart()},
        {tr("per 1M requests"), Palette::formatUsd(m_f.perMillion), Palette::requestsCost()},
        {tr("cost so far"), Palette::formatUsd(m_f.costSoFar), Palette::requestsCost()},
        {tr("projected / month"), Palette::formatUsd(m_f.perMonth), Palette::requestsCost()},
        {tr("requests · throttled"), loc.toString(qulonglong(m_f.requests)) + QStringLiteral(" · ") + loc.toString(qulonglong(m_f.throttled)), chrome.mark},
    };
    const int n = static_cast<int>(std::size(cells));
    const double w = double(width()) / n;
    QFont cap = font();
    cap.setPointSizeF(8.5);
    QFont val = font();
    val.setPointSizeF(std::clamp(height() / 3.2, 10.0, 15.0));
    val.setBold(true);
    for (int i = 0; i < n; ++i) {
        const QRectF r(i * w, 0, w, height());
        p.fillRect(QRectF(r.left() + 4, r.top() + 6, 4, r.height() - 12), cells[i].accent);
        p.setPen(chrome.mutedText);
        p.setFont(cap);
        p.drawText(r.adjusted(14, 3, -4, 0), Qt::AlignLeft | Qt::AlignTop, cells[i].caption);
        p.setPen(chrome.text);
        p.setFont(val);
        p.drawText(r.adjusted(14, 0, -4, -3), Qt::AlignLeft | Qt::AlignBottom, cells[i].value);
    }
}

}  // namespace lle
