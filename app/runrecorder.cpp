// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrecorder.h"

#include "scenariodiff.h"
#include "scenarioio.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isInitPhase(Phase p)
{
    return p == Phase::EnvSetup || p == Phase::ExtensionInit || p == Phase::RuntimeInit
        || p == Phase::FunctionInit || p == Phase::Restore;
}
}  // namespace

// --- RecordedRun --------------------------------------------------------------------------------

int RecordedRun::segmentAt(const RecordedEnv &env, double tMs) const
{
    const auto &s = env.segments;
    auto it = std::upper_bound(s.begin(), s.end(), tMs,
                               [](double t, const LaneSegment &seg) { return t < seg.startMs; });
    if (it == s.begin())
        return -1;
    --it;
    if (tMs < it->endMs)
        return static_cast<int>(it - s.begin());
    return -1;
}

bool RecordedRun::phaseAt(const RecordedEnv &env, double tMs, Phase &phase, double *sinceMs,
                          Phase *previous) const
{
    if (env.ended && tMs >= env.record.endMs)
        return false;
    if (env.record.kind == EnvKind::ManagedInstance && tMs >= env.record.readyMs) {
        // Ready, it runs until it shuts down: its requests overlap, it never freezes, and its
        // invoke segments (in order of their end) are no sequence of phases to search.
        const bool down = !env.segments.empty() && env.segments.back().phase == Phase::Shutdown
                       && tMs >= env.segments.back().startMs;
        phase = down ? Phase::Shutdown : Phase::Invoke;
        if (sinceMs)
            *sinceMs = down ? env.segments.back().startMs : env.record.readyMs;
        if (previous)
            *previous = down ? Phase::Invoke : Phase::FunctionInit;
        return true;
    }
    const int i = segmentAt(env, tMs);
    if (i >= 0) {
        const auto &seg = env.segments[static_cast<std::size_t>(i)];
        phase = seg.phase;
        if (sinceMs)
            *sinceMs = seg.startMs;
        if (previous)
            *previous = i > 0 ? env.segments[static_cast<std::size_t>(i - 1)].phase : seg.phase;
        return true;
    }
    // After the last recorded segment: the open phase, if the environment had entered it by then.
    if (!std::isnan(env.openSinceMs) && tMs >= env.openSinceMs
        && (env.segments.empty() || tMs >= env.segments.back().endMs)) {
        phase = env.openPhase;
        if (sinceMs)
            *sinceMs = env.openSinceMs;
        if (previous)
            *previous = env.segments.empty() ? env.openPhase : env.segments.back().phase;
        return true;
    }
    return false;
}

std::array<int, kPhaseCount> RecordedRun::phaseCountsAt(double tMs) const
{
    std::array<int, kPhaseCount> counts{};
    for (const auto &env : envs) {
        if (env.record.id == 0 || env.record.createdMs > tMs)
            continue;
        Phase p;
        if (phaseAt(env, tMs, p))
            ++counts[static_cast<int>(p)];
    }
    return counts;
}

std::size_t RecordedRun::invocationsUntil(double tMs) const
{
    auto it = std::upper_bound(invocations.begin(), invocations.end(), tMs,
                               [](double t, const InvocationRecord &r) { return t < r.endMs; });
    return static_cast<std::size_t>(it - invocations.begin());
}

const InvocationRecord *RecordedRun::findInvocation(std::uint64_t id, double endMs) const
{
    auto it = std::lower_bound(invocations.begin(), invocations.end(), endMs,
                               [](const InvocationRecord &r, double t) { return r.endMs < t; });
    for (; it != invocations.end() && it->endMs <= endMs; ++it)
        if (it->id == id)
            return &*it;
    return nullptr;
}

std::size_t RecordedRun::invocationsBefore(double tMs) const
{
    auto it = std::lower_bound(invocations.begin(), invocations.end(), tMs,
                               [](const InvocationRecord &r, double t) { return r.endMs < t; });
    return static_cast<std::size_t>(it - invocations.begin());
}

std::size_t RecordedRun::bucketsUntil(double tMs) const
{
    const double bucketMs = bucketS * 1000.0;
    auto k = static_cast<std::size_t>(std::max(0.0, std::floor(std::min(tMs, durationMs) / bucketMs + 1e-9)));
    if (tMs >= durationMs)
        k = metrics.size();
    // Only buckets the simulator closed: before the recorded time (all once finished).
    if (!finished) {
        const auto closed = static_cast<std::size_t>(std::max(0.0, std::floor(recordedUntilMs / bucketMs)));
        k = std::min(k, closed);
    }
    return std::min(k, metrics.size());
}

CostSeries CostSeries::of(const CostLines &c)
{
    return {{c.requests, c.duration, c.init, c.provisionedCapacity + c.provisionedDuration,
             c.snapstartCache + c.snapstartRestore, c.ephemeralStorage, c.freeTierCredit,
             c.instances + c.managementFee, c.tenantEnvironments + c.responseStreaming}};
}

CostLines RecordedRun::costAt(double tMs) const
{
    const double bucketMs = bucketS * 1000.0;
    const std::size_t closed = bucketsUntil(durationMs);
    if (closed == 0 || tMs <= 0)
        return {};
    const double t = std::min(tMs, durationMs);
    const auto k = static_cast<std::size_t>(std::floor(t / bucketMs));
    if (k >= closed)
        return metrics[closed - 1].costLinesCum;
    // Linear within the bucket: the rows only know the bill at bucket ends.
    const CostLines a = k > 0 ? metrics[k - 1].costLinesCum : CostLines{};
    const CostLines &b = metrics[k].costLinesCum;
    const double start = double(k) * bucketMs, end = std::min(start + bucketMs, durationMs);
    const double f = end > start ? std::clamp((t - start) / (end - start), 0.0, 1.0) : 1.0;
    auto mix = [f](double x, double y) { return x + (y - x) * f; };
    CostLines c;
    c.requests = mix(a.requests, b.requests);
    c.duration = mix(a.duration, b.duration);
    c.init = mix(a.init, b.init);
    c.provisionedCapacity = mix(a.provisionedCapacity, b.provisionedCapacity);
    c.provisionedDuration = mix(a.provisionedDuration, b.provisionedDuration);
    c.snapstartCache = mix(a.snapstartCache, b.snapstartCache);
    c.snapstartRestore = mix(a.snapstartRestore, b.snapstartRestore);
    c.ephemeralStorage = mix(a.ephemeralStorage, b.ephemeralStorage);
    c.instances = mix(a.instances, b.instances);
    c.managementFee = mix(a.managementFee, b.managementFee);
    c.tenantEnvironments = mix(a.tenantEnvironments, b.tenantEnvironments);
    c.responseStreaming = mix(a.responseStreaming, b.responseStreaming);
    c.freeTierCredit = mix(a.freeTierCredit, b.freeTierCredit);
    return c;
}

StartType RecordedRun::startTypeOf(std::uint64_t id) const
{
    if (id == 0 || id > startTypeById.size())
        return StartType::Warm;
    return static_cast<StartType>(startTypeById[id - 1] & 0x7f);
}

bool RecordedRun::knownStartType(std::uint64_t id) const
{
    return id > 0 && id <= startTypeById.size() && (startTypeById[id - 1] & 0x80);
}

double RecordedRun::agreesWithBefore(const RecordedRun &older) const
{
    if (&older == this)
        return kInf;
    if (invocationStride != older.invocationStride || durationMs != older.durationMs)
        return 0;
    if (generation != 0 && generation == older.generation)
        return std::min(recordedUntilMs, older.recordedUntilMs);
    if (basedOn != 0 && basedOn == older.generation)
        return std::min(sameBeforeMs, older.recordedUntilMs);
    return 0;
}

// --- RunRecorder ----------------------------------------------------------------------------------

RunRecorder::RunRecorder(const Scenario &scenario, const Simulator &sim)
    : m_sim(sim), m_run(std::make_shared<RecordedRun>())
{
    m_run->scenario = scenario;
    m_run->periods = sim.periods();
    m_run->durationMs = scenario.durationS * 1000.0;
    m_run->bucketS = sim.bucketS();
    m_mergeQuantumMs = mergeQuantumMs(m_run->durationMs);
}

void RunRecorder::completeChangeMarks()
{
    auto &r = *m_run;
    const auto &changes = r.scenario.changes;
    if (r.changes.size() == changes.size() || r.periods.size() < changes.size() + 1)
        return;
    // The marks of the changes before the cut are the base run's: the same changes after the same
    // configurations. The others are what diffScenarios finds between the configurations before
    // and after each change.
    std::size_t reused = 0;
    if (m_markBase) {
        const auto &before = m_markBase->changes;
        while (reused < changes.size() && reused < before.size() && changes[reused].atS * 1000.0 < m_markCutMs
               && reused < m_markBase->scenario.changes.size() && m_markBase->scenario.changes[reused] == changes[reused])
            ++reused;
        r.changes.assign(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(reused));
        m_markBase.reset();
    }
    r.changes.resize(reused);
    for (std::size_t i = reused; i < changes.size(); ++i) {
        const Scenario &before = r.periods[i].scenario;
        const Scenario &after = r.periods[i + 1].scenario;
        // What the change changes (the one answer to "what changed"): a setting to the value
        // already in effect is not listed.
        const ScenarioDiff diff = diffScenarios(before, after);
        ChangeMark mark;
        mark.atMs = changes[i].atS * 1000.0;
        mark.changeIndex = static_cast<int>(i);
        for (const auto &[path, value] : changes[i].set) {
            if (!diff.touches(path))
                continue;
            if (path.starts_with("platform.idle_timeout_s")) {
                mark.idleBefore = before.platform.idleTimeout;
                mark.idleAfter = after.platform.idleTimeout;
            }
            ChangeMark::Setting setting;
            setting.path = path;
            const ChangedSetting *changed = diff.setting(path);
            setting.before = changed && changed->before ? *changed->before : value;
            setting.after = changed && changed->after ? *changed->after : value;
            // A preset's fitted runtime init is written as {median, p90}: its mean is the number.
            if (path == "function.init_ms.runtime" && before.function.runtimeInitQuantiles)
                setting.before = before.function.initMs.runtime;
            mark.settings.push_back(std::move(setting));
        }
        r.changes.push_back(std::move(mark));
    }
}

bool RunRecorder::startFrom(const RunPtr &base, double cutMs, const Checkpoint *from)
{
    m_recording = false;
    auto &r = *m_run;
    r.basedOn = base->generation;
    r.sameBeforeMs = cutMs;
    m_markBase = base;
    m_markCutMs = cutMs;
    // Environments created before the cut, with the segments emitted before it: a prefix of the
    // base's, shared. Init segments are emitted when the environment is ready, the others when
    // they end, so the emission times rise along the list.
    for (const auto &be : base->envs) {
        if (be.record.id == 0 || be.record.createdMs >= cutMs)
            continue;
        RecordedEnv &e = env(be.record.id);
        e.record = be.record;
        e.ended = be.ended && be.record.endMs < cutMs;
        if (!e.ended)
            e.record.endMs = kInf;
        const auto emittedBefore = [&](const LaneSegment &seg) {
            const double emitted = isInitPhase(seg.phase) ? std::max(be.record.readyMs, seg.endMs) : seg.endMs;
            return emitted < cutMs;
        };
        const auto keep = std::partition_point(be.segments.begin(), be.segments.end(), emittedBefore).index();
        e.segments.assignPrefix(be.segments, keep);
        // An environment initialising at the cut: its init phases were drawn when it was created,
        // so the base's are this run's too. Without them it would show no phase until ready (the
        // simulator announces init sub-phases only to an observer that saw them begin); phaseSegment
        // ignores them when they come again.
        if (!e.ended && be.record.readyMs >= cutMs)
            for (std::size_t i = keep; i < be.segments.size() && isInitPhase(be.segments[i].phase); ++i)
                e.segments.push_back(be.segments[i]);
        m_segments += e.segments.size();
        // Phases entered before the cut and still open at it are re-announced by no one: keep the
        // last known phase change before the cut.
        if (e.ended) {
            e.openPhase = be.openPhase;
            e.openSinceMs = be.openSinceMs;
        } else if (!e.segments.empty()) {
            const auto &last = e.segments.back();
            const int next = base->segmentAt(be, last.endMs);
            if (next >= 0 && be.segments[static_cast<std::size_t>(next)].startMs < cutMs) {
                e.openPhase = be.segments[static_cast<std::size_t>(next)].phase;
                e.openSinceMs = be.segments[static_cast<std::size_t>(next)].startMs;
            } else if (!std::isnan(be.openSinceMs) && be.openSinceMs < cutMs) {
                e.openPhase = be.openPhase;
                e.openSinceMs = be.openSinceMs;
            }
        } else if (!std::isnan(be.openSinceMs) && be.openSinceMs < cutMs) {
            e.openPhase = be.openPhase;   // still in its first phase
            e.openSinceMs = be.openSinceMs;
        } else {
            e.openPhase = Phase::EnvSetup;
            e.openSinceMs = be.record.createdMs;
        }
    }
    // Requests that completed (or were throttled) before the cut: a prefix of the base's list.
    r.invocations.assignPrefix(base->invocations, base->invocationsBefore(cutMs));
    r.invocationStride = base->invocationStride;
    r.segmentsMerged = base->segmentsMerged;
    // Start types of every request the base saw; those completing from the cut on are written again.
    r.startTypeById = base->startTypeById;
    for (const auto &c : base->checkpoints)
        if (c.atMs < cutMs)
            r.checkpoints.push_back(c);
    if (base->invocationStride == 1) {
        // Every request of the base is at hand: the count is the prefix's length.
        r.invocationsSeen = r.invocations.size();
        return false;
    }
    r.invocationsSeen = from ? from->invocationsSeen : 0;
    return true;
}

void RunRecorder::beginRecording()
{
    m_recording = true;
}

void RunRecorder::addCheckpoint(double atMs, std::shared_ptr<const Simulator> sim, Checkpoint::Kind kind)
{
    addCheckpoint({atMs, std::move(sim), m_run->invocationsSeen, kind});
}

void RunRecorder::addCheckpoint(Checkpoint checkpoint)
{
    const double atMs = checkpoint.atMs;
    const Checkpoint::Kind kind = checkpoint.kind;
    auto &cps = m_run->checkpoints;
    const auto at = std::upper_bound(cps.begin(), cps.end(), atMs, [](double t, const Checkpoint &c) { return t < c.atMs; });
    // One there already (a recent one where a regular one falls, a held one the base run took at
    // the same slider move): the same state, kept as the longer-lived kind.
    const auto lasting = [](Checkpoint::Kind k) { return k == Checkpoint::Kind::Regular ? 2 : k == Checkpoint::Kind::Held ? 1 : 0; };
    if (at != cps.begin() && std::prev(at)->atMs == atMs) {
        if (lasting(kind) <= lasting(std::prev(at)->kind))
            return;
        std::prev(at)->kind = kind;
    } else {
        cps.insert(at, std::move(checkpoint));
    }
    const int bound = kind == Checkpoint::Kind::Recent ? kRecentCheckpoints
                      : kind == Checkpoint::Kind::Held ? kHeldCheckpoints
                                                       : std::numeric_limits<int>::max();
    if (std::count_if(cps.begin(), cps.end(), [&](const Checkpoint &c) { return c.kind == kind; }) > bound)
        cps.erase(std::find_if(cps.begin(), cps.end(), [&](const Checkpoint &c) { return c.kind == kind; }));
}

RecordedEnv &RunRecorder::env(std::uint32_t id)
{
    auto &envs = m_run->envs;
    if (envs.size() < id)
        envs.resize(id);
    RecordedEnv &e = envs[id - 1];
    if (e.record.id == 0) {
        e.record.id = id;
        e.record.endMs = kInf;
    }
    return e;
}

void RunRecorder::environmentCreated(const EnvironmentRecord &rec)
{
    if (!m_recording)
        return;
    RecordedEnv &e = env(rec.id);
    e.record = rec;
    e.record.endMs = kInf;
}

void RunRecorder::phaseChanged(std::uint32_t envId, Phase phase, SimTime t)
{
    if (!m_recording)
        return;
    RecordedEnv &e = env(envId);
    e.openPhase = phase;
    e.openSinceMs = t;
}

void RunRecorder::phaseSegment(const PhaseSegment &s)
{
    if (!m_recording)
        return;
    RecordedEnv &e = env(s.envId);
    auto &segs = e.segments;
    if (isInitPhase(s.phase) && !segs.empty()) {
        // Init phases taken from the base run at a cut (startFrom) arrive again at ready.
        for (std::size_t i = segs.size(), n = 0; i > 0 && n < 6; --i, ++n)
            if (segs[i - 1].phase == s.phase && segs[i - 1].startMs == s.startMs) {
                if (segs[i - 1].endMs != s.endMs)
                    segs.mutableAt(i - 1).endMs = s.endMs;   // cut short by the end of the run
                return;
            }
    }
    const bool mergeable = s.phase == Phase::Invoke || s.phase == Phase::Frozen;
    if (m_segments >= kMaxSegments && mergeable && !segs.empty()) {
        const auto &last = segs.back();
        if ((last.phase == Phase::Invoke || last.phase == Phase::Frozen) && last.endMs >= s.startMs - 1e-9
            && s.endMs - last.startMs < m_mergeQuantumMs) {
            // Past the cap, short phases merge; a merged stretch counts as invoking if any part did.
            auto &merged = segs.mutableBack();
            merged.endMs = s.endMs;
            if (s.phase == Phase::Invoke)
                merged.phase = Phase::Invoke;
            merged.invocationId = 0;
            m_run->segmentsMerged = true;
            return;
        }
    }
    segs.push_back({s.startMs, s.endMs, static_cast<std::uint32_t>(s.invocationId), s.phase});
    // Init segments arrive in one burst at ready, env_setup first; keep them sorted anyway (an
    // insertion from the back: at most a few places).
    for (std::size_t i = segs.size() - 1; i > 0 && segs[i - 1].startMs > segs[i].startMs; --i)
        std::swap(segs.mutableAt(i - 1), segs.mutableAt(i));
    ++m_segments;
}

void RunRecorder::environmentEnded(const EnvironmentRecord &rec)
{
    if (!m_recording)
        return;
    RecordedEnv &e = env(rec.id);
    e.record = rec;
    e.ended = true;
}

void RunRecorder::addInvocation(const InvocationRecord &inv)
{
    auto &r = *m_run;
    if (inv.id <= m_maxStartTypes) {
        if (inv.id > r.startTypeById.size())
            r.startTypeById.resize(inv.id, 0);
        const auto type = static_cast<std::uint8_t>(0x80 | static_cast<int>(inv.startedAs));
        if (r.startTypeById[inv.id - 1] != type)
            r.startTypeById.mutableAt(inv.id - 1) = type;
    }

    const std::uint64_t n = r.invocationsSeen++;
    if (n % r.invocationStride != 0)
        return;
    if (!m_recording)
        return;
    if (r.invocations.size() >= kMaxDrawnInvocations) {
        // Keep every other one and halve the rate from now on: a uniform sample, bounded memory.
        ChunkedVector<InvocationRecord, 4096> kept;
        for (std::size_t i = 0; i < r.invocations.size(); i += 2)
            kept.push_back(r.invocations[i]);
        r.invocations = std::move(kept);
        r.invocationStride *= 2;
        if (n % r.invocationStride != 0)
            return;
    }
    r.invocations.push_back(inv);
}

void RunRecorder::requestCompleted(const InvocationRecord &inv)
{
    addInvocation(inv);
}

void RunRecorder::requestThrottled(const InvocationRecord &inv)
{
    addInvocation(inv);
}

void RunRecorder::fillCommon(RecordedRun &r, bool finished) const
{
    r.finished = finished;
    r.recordedUntilMs = finished ? kInf : m_sim.now();
    r.metrics = m_sim.metrics();
    r.bucketLatency = m_sim.bucketLatency();
    r.summary = m_sim.summary();
}

std::shared_ptr<RecordedRun> RunRecorder::snapshot(bool finished)
{
    completeChangeMarks();
    // A copy of the run shares every chunk of recorded data; the recorder copies a chunk only
    // when it writes to one the snapshot still holds.
    auto r = std::make_shared<RecordedRun>(*m_run);
    fillCommon(*r, finished);
    return r;
}

std::shared_ptr<RecordedRun> RunRecorder::take()
{
    completeChangeMarks();
    fillCommon(*m_run, m_sim.finished());
    auto r = std::move(m_run);
    m_run = std::make_shared<RecordedRun>();
    return r;
}

}  // namespace lle
