// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventnavigation.h"

#include <algorithm>
#include <limits>

namespace lle {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

double previousEventBefore(const RecordedRun &run, double tMs)
{
    double best = -kInf;
    for (const RecordedEnv &env : run.envs) {
        if (env.record.id == 0 || env.record.createdMs >= tMs)
            continue;
        best = std::max(best, env.record.createdMs);
        const auto &segs = env.segments;
        // The last segment starting before tMs; its end too when that is before tMs.
        auto it = std::lower_bound(segs.begin(), segs.end(), tMs,
                                   [](const LaneSegment &s, double t) { return s.startMs < t; });
        if (it != segs.begin()) {
            const LaneSegment &seg = *std::prev(it);
            best = std::max(best, seg.endMs < tMs ? seg.endMs : seg.startMs);
        }
    }
    const std::size_t i = run.invocationsBefore(tMs);
    if (i > 0)
        best = std::max(best, run.invocations[i - 1].endMs);
    return best;
}

double nextColdStartAfter(const RecordedRun &run, double tMs)
{
    double best = kInf;
    for (const RecordedEnv &env : run.envs)
        if (env.record.id != 0 && (env.record.kind == EnvKind::OnDemand || env.record.kind == EnvKind::SnapStart) && env.record.createdMs > tMs)
            best = std::min(best, env.record.createdMs);
    return best;
}

}  // namespace lle
