// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "types.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

class QPainter;

/// What the window's lanes (environmentlanes.h) and the report's lifecycle figure
/// (reportplots.h) share when they paint environments as strips coloured by phase.
namespace lle::lanes {

/// Which phase a pixel column shows when several share it: the rare and telling ones first
/// (shutdown 7 … frozen 0).
int priority(Phase p);

/// The phase of a priority() value.
Phase phaseOfPriority(int priority);

/// Calls `span(startMs, endMs, phase, invocationId)` for each stretch of `env` that overlaps
/// [fromMs, toMs), clipped to it, in time order: its recorded segments, then the phase it is in
/// beyond the last of them (a partial run's open phase, up to `recordedUntilMs`).
template <typename Span>
void forEachSpan(const RecordedEnv &env, double fromMs, double toMs, double recordedUntilMs, Span &&span);

/// A lane's phases in pixel columns: each column shows the phase of highest priority among the
/// stretches in it, so that a column holding a thousand short invokes and one init shows the init,
/// and a lane costs as much to paint at a million requests as at ten. Several environments may
/// share one lane (the report's rows when there are more environments than rows).
class PhaseColumns {
public:
    /// `columns` columns of `msPerColumn` each, the first starting at `fromMs`.
    PhaseColumns(double fromMs, double msPerColumn, int columns);

    int columns() const { return static_cast<int>(m_priority.size()); }
    /// No phase in any column.
    void clear();
    /// Marks the columns [startMs, endMs) reaches into with `phase`.
    void mark(double startMs, double endMs, Phase phase);
    /// Marks every stretch of `env` (forEachSpan), its invokes too unless `invokes` is false (the
    /// window draws a Managed Instances environment's concurrent requests as a bar of its own).
    void markEnvironment(const RecordedEnv &env, double recordedUntilMs, bool invokes = true);
    /// Fills each run of columns of one phase with the phase's colour (Palette::phaseFill) as one
    /// rectangle; column c spans x = left + c·columnWidth … left + (c+1)·columnWidth.
    void paint(QPainter &p, double left, double columnWidth, double y, double height) const;

private:
    double m_fromMs;
    double m_msPerColumn;
    double m_toMs;
    std::vector<std::int8_t> m_priority;   ///< -1: no phase
};

template <typename Span>
void forEachSpan(const RecordedEnv &env, double fromMs, double toMs, double recordedUntilMs, Span &&span)
{
    const auto clipped = [&](double s, double e, Phase phase, std::uint32_t invocation) {
        s = std::max(s, fromMs);
        e = std::min(e, toMs);
        if (e > s)
            span(s, e, phase, invocation);
    };
    const auto &segs = env.segments;
    // Segments come in order of their end.
    auto it = std::upper_bound(segs.begin(), segs.end(), fromMs,
                               [](double t, const LaneSegment &s) { return t < s.endMs; });
    for (; it != segs.end() && it->startMs < toMs; ++it)
        clipped(it->startMs, it->endMs, it->phase, it->invocationId);
    if (!std::isnan(env.openSinceMs) && (segs.empty() || env.openSinceMs >= segs.back().endMs)) {
        const double end = env.ended ? env.record.endMs : std::min(toMs, recordedUntilMs);
        clipped(env.openSinceMs, end, env.openPhase, 0);
    }
}

}  // namespace lle::lanes
