// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessoncues.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct EventName {
    Cue::Kind kind;
    const char *name;
};
constexpr EventName kEventNames[] = {
    {Cue::Kind::ColdStart, "cold_start"},        {Cue::Kind::Invoke, "invoke"},
    {Cue::Kind::Frozen, "frozen"},               {Cue::Kind::WarmStart, "warm_start"},
    {Cue::Kind::IdleShutdown, "idle_shutdown"},  {Cue::Kind::Recycled, "recycled"},
    {Cue::Kind::ScaleOut, "scale_out"},          {Cue::Kind::Throttled, "throttled"},
    {Cue::Kind::ProvisionedStart, "provisioned_start"}, {Cue::Kind::Restore, "restore"},
    {Cue::Kind::Change, "change"},
};

bool envMatches(const Cue &cue, std::uint32_t envId) { return cue.env == 0 || cue.env == envId; }

/// The first time after `afterMs` an environment enters `phase` (closed segments and open phases).
double firstPhaseStart(const RecordedRun &run, const Cue &cue, Phase phase, double afterMs)
{
    double best = kInf;
    for (const RecordedEnv &env : run.envs) {
        if (!envMatches(cue, env.record.id))
            continue;
        for (const LaneSegment &seg : env.segments) {
            if (seg.phase == phase && seg.startMs > afterMs) {
                best = std::min(best, seg.startMs);
                break;   // chronological: the first one after afterMs is this environment's earliest
            }
        }
        if (env.openPhase == phase && std::isfinite(env.openSinceMs) && env.openSinceMs > afterMs)
            best = std::min(best, env.openSinceMs);
    }
    return best;
}

double endedWith(const RecordedRun &run, const Cue &cue, EndReason reason, double afterMs)
{
    double best = kInf;
    for (const RecordedEnv &env : run.envs) {
        if (!env.ended || env.record.endReason != reason || !envMatches(cue, env.record.id))
            continue;
        double t = env.record.endMs;
        for (const LaneSegment &seg : env.segments)
            if (seg.phase == Phase::Shutdown) {
                t = seg.startMs;
                break;
            }
        if (t > afterMs)
            best = std::min(best, t);
    }
    return best;
}

template <typename Pred, typename When>
double firstInvocation(const RecordedRun &run, const Cue &cue, double afterMs, Pred pred, When when)
{
    double best = kInf;
    for (const InvocationRecord &inv : run.invocations) {
        if (!pred(inv) || !envMatches(cue, inv.envId))
            continue;
        const double t = when(inv);
        if (t > afterMs)
            best = std::min(best, t);
    }
    return best;
}

}  // namespace

QString cueEventName(Cue::Kind kind)
{
    for (const auto &e : kEventNames)
        if (e.kind == kind)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<Cue::Kind> cueKindFromName(const QString &name)
{
    for (const auto &e : kEventNames)
        if (name == QLatin1String(e.name))
            return e.kind;
    return std::nullopt;
}

std::optional<double> cueReachedAt(const RecordedRun &run, const Cue &cue, double afterMs)
{
    double t = kInf;
    switch (cue.kind) {
    case Cue::Kind::None:
        return std::nullopt;
    case Cue::Kind::Time:
        if (cue.timeMs >= afterMs && cue.timeMs <= run.recordedUntilMs)
            return std::min(cue.timeMs, run.durationMs);
        return std::nullopt;
    case Cue::Kind::ColdStart:
        // An on-demand or SnapStart environment is created exactly when a cold start begins; the
        // environment list also holds cold starts still in progress, unlike the invocations.
        for (const RecordedEnv &env : run.envs)
            if (env.record.kind != EnvKind::Provisioned && envMatches(cue, env.record.id)
                && env.record.createdMs > afterMs)
                t = std::min(t, env.record.createdMs);
        break;
    case Cue::Kind::Invoke: t = firstPhaseStart(run, cue, Phase::Invoke, afterMs); break;
    case Cue::Kind::Frozen: t = firstPhaseStart(run, cue, Phase::Frozen, afterMs); break;
    case Cue::Kind::Restore: t = firstPhaseStart(run, cue, Phase::Restore, afterMs); break;
    case Cue::Kind::WarmStart:
        t = firstInvocation(
            run, cue, afterMs,
            [](const InvocationRecord &i) { return i.kind == RequestKind::Request && i.startedAs == StartType::Warm; },
            [](const InvocationRecord &i) { return i.startMs; });
        break;
    case Cue::Kind::ProvisionedStart:
        t = firstInvocation(
            run, cue, afterMs, [](const InvocationRecord &i) { return i.startedAs == StartType::Provisioned; },
            [](const InvocationRecord &i) { return i.startMs; });
        break;
    case Cue::Kind::ScaleOut:
        t = firstInvocation(
            run, cue, afterMs, [](const InvocationRecord &i) { return i.isCold() && i.coldReason == ColdReason::ScaleOut; },
            [](const InvocationRecord &i) { return i.arrivalMs; });
        break;
    case Cue::Kind::Throttled:
        t = firstInvocation(
            run, cue, afterMs, [](const InvocationRecord &i) { return i.startType == StartType::Throttled; },
            [](const InvocationRecord &i) { return i.arrivalMs; });
        break;
    case Cue::Kind::IdleShutdown: t = endedWith(run, cue, EndReason::IdleTimeout, afterMs); break;
    case Cue::Kind::Recycled: t = endedWith(run, cue, EndReason::MaxLifetime, afterMs); break;
    case Cue::Kind::Change:
        // A change that sets only values already in effect changes nothing: no cue.
        for (const ChangeMark &c : run.changes)
            if (c.atMs > afterMs && !c.settings.empty())
                t = std::min(t, c.atMs);
        break;
    }
    if (!std::isfinite(t) || t > run.recordedUntilMs)
        return std::nullopt;
    return t;
}

}  // namespace lle
