// SPDX-License-Identifier: GPL-3.0-or-later
#include "coldexplainer.h"

#include "format.h"
#include "scenarioio.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace lle {

namespace {

/// The last change at or before `tMs` that could have retired environments: one that changed a
/// setting, or one that published a new version with the settings already in effect (its mark
/// lists nothing: it changed nothing, so it is never called a change).
const ChangeMark *retiringChange(const RecordedRun &run, double tMs)
{
    const ChangeMark *mark = nullptr;
    for (const ChangeMark &c : run.changes) {
        const bool newVersion = c.changeIndex >= 0 && std::size_t(c.changeIndex) < run.scenario.changes.size()
                                && changeMakesNewVersion(run.scenario.changes[std::size_t(c.changeIndex)]);
        if (c.atMs <= tMs && (!c.settings.empty() || newVersion))
            mark = &c;
    }
    return mark;
}

QString endReasonText(EndReason r)
{
    switch (r) {
    case EndReason::IdleTimeout: return QCoreApplication::translate("ColdExplainer", "expired after idling");
    case EndReason::MaxLifetime: return QCoreApplication::translate("ColdExplainer", "recycled at its maximum lifetime");
    case EndReason::Changed: return QCoreApplication::translate("ColdExplainer", "retired after a configuration change");
    case EndReason::EndOfRun: return QCoreApplication::translate("ColdExplainer", "still there at the end of the run");
    case EndReason::ScaleIn: return QCoreApplication::translate("ColdExplainer", "removed when the fleet scaled in");
    case EndReason::None: break;
    }
    return {};
}

/// Where the environment's shutdown began (its end when it has no shutdown segment).
double shutdownStart(const RecordedEnv &env)
{
    for (const LaneSegment &seg : env.segments)
        if (seg.phase == Phase::Shutdown)
            return seg.startMs;
    return env.record.endMs;
}

/// The environment most recently retired for `reason` before `tMs`.
const RecordedEnv *lastRetired(const RecordedRun &run, EndReason reason, double tMs)
{
    const RecordedEnv *best = nullptr;
    double bestT = -1;
    for (const RecordedEnv &env : run.envs) {
        if (!env.ended || env.record.endReason != reason)
            continue;
        const double t = shutdownStart(env);
        if (t <= tMs && t > bestT) {
            bestT = t;
            best = &env;
        }
    }
    return best;
}

/// When the environment last went idle before `tMs` (the start of its last frozen phase).
double lastFrozenSince(const RecordedEnv &env, double tMs)
{
    double since = std::numeric_limits<double>::quiet_NaN();
    for (const LaneSegment &seg : env.segments)
        if (seg.phase == Phase::Frozen && seg.startMs <= tMs)
            since = seg.startMs;
    return since;
}

/// "#3: environment setup 60 ms → runtime init 88 ms → function init 150 ms → invoke 72 ms"
QString coldPath(const RecordedEnv &env)
{
    QStringList parts;
    for (const LaneSegment &seg : env.segments) {
        parts << QStringLiteral("%1 %2").arg(Vocabulary::phaseName(seg.phase), Format::ms(seg.endMs - seg.startMs));
        if (seg.phase == Phase::Invoke)
            break;
    }
    if (parts.isEmpty())
        parts << Vocabulary::phaseName(env.openPhase);
    return parts.join(QStringLiteral(" → "));
}

/// True when `env` was retired by a new version whose change set only values already in effect.
bool retiredWithoutChange(const RecordedRun &run, const RecordedEnv &env)
{
    if (env.record.endReason != EndReason::Changed)
        return false;
    const ChangeMark *mark = retiringChange(run, shutdownStart(env));
    return mark && mark->settings.empty();
}

QString lifeSummary(const RecordedRun &run, const RecordedEnv &env)
{
    const QLocale loc;
    QString line = QCoreApplication::translate("ColdExplainer", "Environment %1: created at %2, served %3 requests")
                       .arg(env.record.id)
                       .arg(Format::runTime(env.record.createdMs), loc.toString(env.record.invocations));
    if (env.ended && env.record.endReason != EndReason::EndOfRun)
        line += QCoreApplication::translate("ColdExplainer", ", shut down at %1 (%2)")
                    .arg(Format::runTime(shutdownStart(env)), retiredWithoutChange(run, env)
                                                                   ? QCoreApplication::translate("ColdExplainer", "retired for a new function version with the same settings")
                                                                   : endReasonText(env.record.endReason));
    return line + QLatin1Char('.');
}

}  // namespace

QString ColdExplanation::text() const
{
    QStringList lines{title, reasonText};
    lines += history;
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

ColdExplanation explainColdStart(const RecordedRun &run, std::uint64_t invocationId)
{
    ColdExplanation out;
    const InvocationRecord *inv = nullptr;
    for (const InvocationRecord &i : run.invocations)
        if (i.id == invocationId) {
            inv = &i;
            break;
        }
    if (!inv) {
        out.title = QCoreApplication::translate("ColdExplainer", "Request %1 is not in the recorded run.").arg(invocationId);
        return out;
    }
    return explainColdStart(run, *inv);
}

ColdExplanation explainColdStart(const RecordedRun &run, const InvocationRecord &request)
{
    ColdExplanation out;
    const InvocationRecord *inv = &request;
    const std::uint64_t invocationId = request.id;
    out.found = true;
    out.cold = inv->isCold();
    out.envId = inv->envId;
    out.reason = inv->coldReason;
    const bool ping = inv->kind == RequestKind::Ping;
    if (!out.cold) {
        out.title = ping ? QCoreApplication::translate("ColdExplainer", "Ping %1 was not a cold start.").arg(invocationId)
                         : QCoreApplication::translate("ColdExplainer", "Request %1 was not a cold start.").arg(invocationId);
        if (inv->startType == StartType::Throttled) {
            out.reasonSentences << QCoreApplication::translate("ColdExplainer", "It was throttled (HTTP 429): no environment could be added.");
        } else {
            if (inv->startedAs == StartType::Provisioned)
                out.reasonSentences << QCoreApplication::translate("ColdExplainer", "It ran on provisioned environment %1, initialised ahead of time.").arg(inv->envId);
            else
                out.reasonSentences << QCoreApplication::translate("ColdExplainer", "It found environment %1 frozen and reused it: a warm start.").arg(inv->envId);
            out.latencyParts.push_back({Phase::Invoke, inv->latencyMs});
        }
        out.reasonText = out.reasonSentences.join(QLatin1Char(' '));
        return out;
    }
    out.title = inv->startedAs == StartType::SnapStart
                    ? QCoreApplication::translate("ColdExplainer", "Request %1: SnapStart restore at %2").arg(invocationId).arg(Format::runTime(inv->arrivalMs))
                    : QCoreApplication::translate("ColdExplainer", "Request %1: cold start at %2").arg(invocationId).arg(Format::runTime(inv->arrivalMs));
    const double t = inv->arrivalMs;
    const RecordedEnv *previous = nullptr;
    QStringList &says = out.reasonSentences;
    switch (inv->coldReason) {
    case ColdReason::First:
        says << QCoreApplication::translate("ColdExplainer", "First request: no execution environment existed yet.");
        break;
    case ColdReason::ScaleOut:
    case ColdReason::None: {
        // "Busy" is serving a request; an environment still initialising serves none yet, but
        // it is taken by the request it started for.
        int busy = 0, initialising = 0;
        for (const RecordedEnv &env : run.envs) {
            Phase p;
            if (env.record.id == inv->envId || !run.phaseAt(env, t, p))
                continue;
            if (p == Phase::Invoke)
                ++busy;
            else if (p != Phase::Frozen && p != Phase::Shutdown)
                ++initialising;
        }
        const QLocale loc;
        says << QCoreApplication::translate("ColdExplainer", "Scale-out: no environment was free, so a new one was created.");
        if (busy == 1)
            says << QCoreApplication::translate("ColdExplainer", "1 environment was busy with another request.");
        else if (busy > 1)
            says << QCoreApplication::translate("ColdExplainer", "%1 environments were busy with other requests.").arg(loc.toString(busy));
        if (initialising == 1)
            says << QCoreApplication::translate("ColdExplainer", "1 environment was still initialising for a request that came earlier.");
        else if (initialising > 1)
            says << QCoreApplication::translate("ColdExplainer", "%1 environments were still initialising for requests that came earlier.").arg(loc.toString(initialising));
        says << QCoreApplication::translate("ColdExplainer", "An environment serves one request at a time.");
        break;
    }
    case ColdReason::Expired:
        previous = lastRetired(run, EndReason::IdleTimeout, t);
        if (previous) {
            const double end = shutdownStart(*previous);
            const double idleFrom = lastFrozenSince(*previous, end);
            says << QCoreApplication::translate("ColdExplainer", "Expired: environment %1 had been idle for %2 and was shut down at %3.")
                        .arg(previous->record.id)
                        .arg(Format::ms(std::isnan(idleFrom) ? 0.0 : end - idleFrom), Format::runTime(end));
        } else {
            says << QCoreApplication::translate("ColdExplainer", "Expired: the environments had been idle too long and were shut down.");
        }
        says << QCoreApplication::translate("ColdExplainer", "No frozen environment was left to reuse.");
        break;
    case ColdReason::Recycled:
        previous = lastRetired(run, EndReason::MaxLifetime, t);
        if (previous)
            says << QCoreApplication::translate("ColdExplainer", "Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2.")
                        .arg(previous->record.id)
                        .arg(Format::ms(shutdownStart(*previous) - previous->record.createdMs));
        else
            says << QCoreApplication::translate("ColdExplainer", "Recycled: Lambda replaced the environment at its maximum lifetime.");
        says << QCoreApplication::translate("ColdExplainer", "It recycles environments every few hours, even busy ones.");
        break;
    case ColdReason::Changed: {
        const ChangeMark *mark = retiringChange(run, t);
        QStringList what;
        if (mark)
            for (const auto &s : mark->settings)
                what << Vocabulary::settingChange(s);
        if (mark && what.isEmpty())
            says << QCoreApplication::translate("ColdExplainer", "A new function version at %1, with the settings already in effect, needs new environments.")
                        .arg(Format::runTime(mark->atMs));
        else if (what.isEmpty())
            says << QCoreApplication::translate("ColdExplainer", "Changed configuration: a new function version needs new environments.");
        else
            says << QCoreApplication::translate("ColdExplainer", "Changed configuration at %1 (%2).").arg(Format::runTime(mark->atMs), what.join(QStringLiteral(", ")))
                 << QCoreApplication::translate("ColdExplainer", "A new function version needs new environments.");
        says << QCoreApplication::translate("ColdExplainer", "The old environments drain and shut down.");
        previous = lastRetired(run, EndReason::Changed, t);
        break;
    }
    }
    out.reasonText = says.join(QLatin1Char(' '));
    if (previous) {
        out.previousEnvId = previous->record.id;
        out.history << lifeSummary(run, *previous);
    }
    if (inv->envId >= 1 && inv->envId <= run.envs.size()) {
        const RecordedEnv &env = run.envs[inv->envId - 1];
        out.history << QCoreApplication::translate("ColdExplainer", "Environment %1 started for it: %2.").arg(env.record.id).arg(coldPath(env));
        out.history << lifeSummary(run, env);
        // The cold path up to and including this request's invoke.
        for (const LaneSegment &seg : env.segments) {
            if (seg.phase == Phase::Frozen || seg.phase == Phase::Shutdown)
                break;
            out.latencyParts.push_back({seg.phase, seg.endMs - seg.startMs});
            if (seg.phase == Phase::Invoke)
                break;
        }
    }
    if (out.latencyParts.empty())
        out.latencyParts.push_back({Phase::Invoke, inv->latencyMs});
    return out;
}

}  // namespace lle
