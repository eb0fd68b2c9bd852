// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanepainter.h"

#include "palette.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lle::lanes {

int priority(Phase p)
{
    switch (p) {
    case Phase::Shutdown: return 7;
    case Phase::Restore: return 6;
    case Phase::FunctionInit: return 5;
    case Phase::RuntimeInit: return 4;
    case Phase::ExtensionInit: return 3;
    case Phase::EnvSetup: return 2;
    case Phase::Invoke: return 1;
    case Phase::Frozen: return 0;
    }
    return 0;
}

Phase phaseOfPriority(int value)
{
    for (int q = 0; q < kPhaseCount; ++q)
        if (priority(static_cast<Phase>(q)) == value)
            return static_cast<Phase>(q);
    return Phase::Frozen;
}

PhaseColumns::PhaseColumns(double fromMs, double msPerColumn, int columns)
    : m_fromMs(fromMs), m_msPerColumn(std::max(msPerColumn, 1e-9)),
      m_toMs(fromMs + m_msPerColumn * std::max(columns, 0)), m_priority(static_cast<std::size_t>(std::max(columns, 0)), -1)
{
}

void PhaseColumns::clear()
{
    std::fill(m_priority.begin(), m_priority.end(), std::int8_t(-1));
}

void PhaseColumns::mark(double startMs, double endMs, Phase phase)
{
    startMs = std::max(startMs, m_fromMs);
    endMs = std::min(endMs, m_toMs);
    if (endMs <= startMs || m_priority.empty())
        return;
    const int last = columns() - 1;
    const auto columnOf = [this, last](double ms) {
        return std::clamp(static_cast<int>(std::floor((ms - m_fromMs) / m_msPerColumn)), 0, last);
    };
    const int c0 = columnOf(startMs);
    const int c1 = std::max(c0, columnOf(std::nextafter(endMs, startMs)));   // the end is not in the stretch
    const auto pr = static_cast<std::int8_t>(priority(phase));
    for (int c = c0; c <= c1; ++c)
        m_priority[static_cast<std::size_t>(c)] = std::max(m_priority[static_cast<std::size_t>(c)], pr);
}

void PhaseColumns::markEnvironment(const RecordedEnv &env, double recordedUntilMs, bool invokes)
{
    forEachSpan(env, m_fromMs, m_toMs, recordedUntilMs, [this, invokes](double s, double e, Phase phase, std::uint32_t) {
        if (invokes || phase != Phase::Invoke)
            mark(s, e, phase);
    });
}

void PhaseColumns::paint(QPainter &p, double left, double columnWidth, double y, double height) const
{
    // Runs of one phase become one rectangle.
    const int n = columns();
    int c = 0;
    while (c < n) {
        const int pr = m_priority[static_cast<std::size_t>(c)];
        int e = c + 1;
        while (e < n && m_priority[static_cast<std::size_t>(e)] == pr)
            ++e;
        if (pr >= 0)
            p.fillRect(QRectF(left + c * columnWidth, y, (e - c) * columnWidth, height), Palette::phaseFill(phaseOfPriority(pr)));
        c = e;
    }
}

}  // namespace lle::lanes
