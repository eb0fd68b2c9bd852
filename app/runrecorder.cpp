// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrecorder.h"

#include "pricing.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isInitPhase(Phase p)
{
    return p == Phase::EnvSetup || p == Phase::ExtensionInit || p == Phase::RuntimeInit
        || p == Phase::FunctionInit || p == Phase::Restore;
}

std::size_t periodIndexAt(const std::vector<ConfigPeriod> &periods, double tMs)
{
    std::size_t k = 0;
    while (k + 1 < periods.size() && periods[k + 1].startS * 1000.0 <= tMs)
        ++k;
    return k;
}

std::optional<ScalarValue> valueAt(const Scenario &s, const std::string &path)
{
    // Read a value back through scenarioToJson: one place knows every path.
    const auto j = scenarioToJson(s);
    const nlohmann::json *node = &j;
    std::size_t from = 0;
    while (from <= path.size()) {
        const auto dot = path.find('.', from);
        const std::string key = path.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
        if (!node->is_object() || !node->contains(key))
            return std::nullopt;
        node = &(*node)[key];
        if (dot == std::string::npos)
            break;
        from = dot + 1;
    }
    if (node->is_boolean())
        return node->get<bool>();
    if (node->is_number())
        return node->get<double>();
    if (node->is_string())
        return node->get<std::string>();
    return std::nullopt;
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

CostPoint RecordedRun::continuousCostAt(double tMs) const
{
    CostPoint c;
    const double t = std::min(tMs, durationMs);
    for (const auto &p : periods) {
        const double a = p.startS * 1000.0, b = std::min(p.endS * 1000.0, t);
        if (b <= a)
            continue;
        const auto &f = p.scenario.function;
        const Rates rates = ratesFor(f.architecture, p.scenario.pricing.rates);
        const double s = (b - a) / 1000.0;
        c.provisioned += f.provisionedConcurrency * gigabytes(f.memoryMb) * rates.pcCapacityGbS * s;
        if (f.snapstart.enabled && snapStartIsCharged(f))
            c.snapstart += gigabytes(f.memoryMb) * rates.snapstartCacheGbS * s;
    }
    return c;
}

CostPoint RecordedRun::costAt(double tMs) const
{
    const std::size_t k = bucketsUntil(tMs);
    CostPoint c = k > 0 ? cost[k - 1] : CostPoint{};
    const CostPoint cont = continuousCostAt(std::min(tMs, k * bucketS * 1000.0));
    c.provisioned += cont.provisioned;
    c.snapstart += cont.snapstart;
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

// --- RunRecorder ----------------------------------------------------------------------------------

RunRecorder::RunRecorder(const Scenario &scenario, const Simulator &sim)
    : m_sim(sim), m_run(std::make_shared<RecordedRun>())
{
    m_run->scenario = scenario;
    m_run->periods = sim.periods();
    m_run->durationMs = scenario.durationS * 1000.0;
    m_run->bucketS = sim.bucketS();
    m_costDelta.resize(sim.metrics().size());
    m_mergeQuantumMs = m_run->durationMs / 8192.0;
    for (const auto &p : m_run->periods) {
        m_periodRates.push_back(ratesFor(p.scenario.function.architecture, p.scenario.pricing.rates));
        m_periodCharged.push_back(snapStartIsCharged(p.scenario.function));
    }
    // The change marks, with the values before and after each change.
    for (std::size_t i = 0; i < scenario.changes.size() && i + 1 < m_run->periods.size(); ++i) {
        ChangeMark mark;
        mark.atMs = scenario.changes[i].atS * 1000.0;
        mark.changeIndex = static_cast<int>(i);
        for (const auto &[path, value] : scenario.changes[i].set) {
            ChangeMark::Setting s;
            s.path = path;
            s.after = value;
            s.before = valueAt(m_run->periods[i].scenario, path).value_or(value);
            if (auto after = valueAt(m_run->periods[i + 1].scenario, path))
                s.after = *after;
            mark.settings.push_back(std::move(s));
        }
        m_run->changes.push_back(std::move(mark));
    }
}

bool RunRecorder::startFrom(const RunPtr &base, double cutMs)
{
    m_recording = false;
    auto &r = *m_run;
    // Environments created before the cut, with the segments emitted before it. Init segments are
    // emitted when the environment is ready, the others when they end.
    for (const auto &be : base->envs) {
        if (be.record.id == 0 || be.record.createdMs >= cutMs)
            continue;
        RecordedEnv &e = env(be.record.id);
        e.record = be.record;
        e.ended = be.ended && be.record.endMs < cutMs;
        if (!e.ended)
            e.record.endMs = kInf;
        for (const auto &seg : be.segments) {
            const double emitted = isInitPhase(seg.phase) ? std::max(be.record.readyMs, 0.0) : seg.endMs;
            if (emitted < cutMs)
                e.segments.push_back(seg);
        }
        m_segments += e.segments.size();
        // Phases entered before the cut and still open at it are re-announced by no one: keep the
        // last known phase change before the cut.
        if (!e.segments.empty()) {
            const auto &last = e.segments.back();
            const int next = base->segmentAt(be, last.endMs);
            if (next >= 0 && be.segments[static_cast<std::size_t>(next)].startMs < cutMs) {
                e.openPhase = be.segments[static_cast<std::size_t>(next)].phase;
                e.openSinceMs = be.segments[static_cast<std::size_t>(next)].startMs;
            } else if (!std::isnan(be.openSinceMs) && be.openSinceMs < cutMs) {
                e.openPhase = be.openPhase;
                e.openSinceMs = be.openSinceMs;
            }
        }
    }
    // Invocations that completed (or were throttled) before the cut: a prefix of the base's list.
    auto end = std::lower_bound(base->invocations.begin(), base->invocations.end(), cutMs,
                                [](const InvocationRecord &x, double t) { return x.endMs < t; });
    r.invocations.assign(base->invocations.begin(), end);
    r.invocationStride = base->invocationStride;
    r.segmentsMerged = base->segmentsMerged;
    if (base->invocationStride != 1 || base->cost.size() != m_costDelta.size()) {
        r.startTypeById.reserve(base->startTypeById.size());
        return true;
    }
    // Every request of the base is at hand: take counts, start types and cost from it.
    r.invocationsSeen = r.invocations.size();
    r.startTypeById.assign(base->startTypeById.size(), 0);
    for (const auto &inv : r.invocations)
        r.startTypeById[inv.id - 1] = base->startTypeById[inv.id - 1];
    const double bucketMs = r.bucketS * 1000.0;
    const auto whole = std::min(m_costDelta.size(), static_cast<std::size_t>(std::floor(cutMs / bucketMs)));
    for (std::size_t k = 0; k < whole; ++k) {
        const CostPoint &a = base->cost[k];
        const CostPoint b = k > 0 ? base->cost[k - 1] : CostPoint{};
        m_costDelta[k] = {a.requests - b.requests, a.duration - b.duration, a.init - b.init,
                          a.provisioned - b.provisioned, a.snapstart - b.snapstart};
    }
    // The bucket the cut falls in: from the requests that completed in it before the cut.
    for (auto it = r.invocations.rbegin(); it != r.invocations.rend() && it->endMs >= double(whole) * bucketMs; ++it)
        if (it->startType != StartType::Throttled)
            addCost(*it);
    return false;
}

void RunRecorder::beginRecording()
{
    m_recording = true;
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
    if (e.record.createdMs > s.startMs || (e.segments.empty() && e.record.createdMs == 0))
        e.record.createdMs = std::min(e.record.createdMs, s.startMs);   // initial PC environments
    auto &segs = e.segments;
    const bool mergeable = s.phase == Phase::Invoke || s.phase == Phase::Frozen;
    if (m_segments >= kMaxSegments && mergeable && !segs.empty()) {
        auto &last = segs.back();
        if ((last.phase == Phase::Invoke || last.phase == Phase::Frozen) && last.endMs >= s.startMs - 1e-9
            && s.endMs - last.startMs < m_mergeQuantumMs) {
            // Past the cap, short phases merge; a merged stretch counts as invoking if any part did.
            last.endMs = s.endMs;
            if (s.phase == Phase::Invoke)
                last.phase = Phase::Invoke;
            last.invocationId = 0;
            m_run->segmentsMerged = true;
            return;
        }
    }
    segs.push_back({s.startMs, s.endMs, static_cast<std::uint32_t>(s.invocationId), s.phase});
    // Init segments arrive in one burst at ready, env_setup first; keep them sorted anyway.
    if (segs.size() > 1 && segs[segs.size() - 2].startMs > s.startMs)
        std::sort(segs.begin(), segs.end(),
                  [](const LaneSegment &a, const LaneSegment &b) { return a.startMs < b.startMs; });
    ++m_segments;
}

void RunRecorder::environmentEnded(const EnvironmentRecord &rec)
{
    if (!m_recording)
        return;
    RecordedEnv &e = env(rec.id);
    const double created = e.record.createdMs;
    const double ready = e.record.readyMs;
    e.record = rec;
    if (created < rec.createdMs)
        e.record.createdMs = created;   // initial PC environments were never announced
    if (rec.readyMs == 0 && ready != 0)
        e.record.readyMs = ready;
    e.ended = true;
}

void RunRecorder::addInvocation(const InvocationRecord &inv)
{
    auto &r = *m_run;
    if (inv.id > r.startTypeById.size())
        r.startTypeById.resize(inv.id, 0);
    r.startTypeById[inv.id - 1] = static_cast<std::uint8_t>(0x80 | static_cast<int>(inv.startedAs));

    const std::uint64_t n = r.invocationsSeen++;
    if (n % r.invocationStride != 0)
        return;
    if (!m_recording)
        return;
    if (r.invocations.size() >= kMaxDrawnInvocations) {
        // Keep every other one and halve the rate from now on: a uniform sample, bounded memory.
        std::size_t w = 0;
        for (std::size_t i = 0; i < r.invocations.size(); i += 2)
            r.invocations[w++] = r.invocations[i];
        r.invocations.resize(w);
        r.invocationStride *= 2;
        if (n % r.invocationStride != 0)
            return;
    }
    r.invocations.push_back(inv);
}

void RunRecorder::addCost(const InvocationRecord &inv)
{
    if (m_costDelta.empty())
        return;
    const auto &r = *m_run;
    const std::size_t pi = periodIndexAt(r.periods, inv.endMs);
    const Rates &rates = m_periodRates[pi];
    const auto &cfg = r.periods[pi].scenario;
    int memoryMb = 0;
    if (inv.envId > 0 && inv.envId <= r.envs.size())
        memoryMb = r.envs[inv.envId - 1].record.memoryMb;
    if (memoryMb <= 0)
        memoryMb = cfg.function.memoryMb;
    const double gb = gigabytes(memoryMb);
    const double bucketMs = r.bucketS * 1000.0;
    const auto k = std::min(m_costDelta.size() - 1,
                            static_cast<std::size_t>(std::max(0.0, inv.endMs / bucketMs)));
    CostPoint &c = m_costDelta[k];
    c.requests += rates.requestPerMillion / 1e6;
    const bool cold = inv.isCold();
    if (inv.startedAs == StartType::Provisioned) {
        c.provisioned += gb * inv.billedMs / 1000.0 * rates.pcDurationGbS;
        return;
    }
    double initMs = 0;
    if (cold) {
        const bool initBilled = cfg.pricing.initBilling == InitBilling::Billed || initAlwaysBilled(cfg.function);
        if (initBilled)
            initMs += inv.initMs;
        if (inv.startedAs == StartType::SnapStart && m_periodCharged[pi]) {
            initMs += cfg.function.snapstart.billedRestoreMs;
            c.snapstart += gb * rates.snapstartRestoreGb;
        }
    }
    initMs = std::min(initMs, inv.billedMs);
    c.init += gb * initMs / 1000.0 * rates.durationGbS;
    c.duration += gb * (inv.billedMs - initMs) / 1000.0 * rates.durationGbS;
}

void RunRecorder::requestCompleted(const InvocationRecord &inv)
{
    addCost(inv);
    addInvocation(inv);
}

void RunRecorder::requestThrottled(const InvocationRecord &inv)
{
    addInvocation(inv);
}

void RunRecorder::configurationChanged(int, SimTime) {}

void RunRecorder::fillCommon(RecordedRun &r, bool finished) const
{
    r.finished = finished;
    r.recordedUntilMs = finished ? kInf : m_sim.now();
    r.metrics = m_sim.metrics();
    r.summary = m_sim.summary();
    r.cost.resize(m_costDelta.size());
    CostPoint acc;
    for (std::size_t k = 0; k < m_costDelta.size(); ++k) {
        acc.requests += m_costDelta[k].requests;
        acc.duration += m_costDelta[k].duration;
        acc.init += m_costDelta[k].init;
        acc.provisioned += m_costDelta[k].provisioned;
        acc.snapstart += m_costDelta[k].snapstart;
        r.cost[k] = acc;
    }
}

std::shared_ptr<RecordedRun> RunRecorder::snapshot(bool finished) const
{
    auto r = std::make_shared<RecordedRun>(*m_run);
    fillCommon(*r, finished);
    return r;
}

std::shared_ptr<RecordedRun> RunRecorder::take()
{
    fillCommon(*m_run, m_sim.finished());
    auto r = std::move(m_run);
    m_run = std::make_shared<RecordedRun>();
    return r;
}

}  // namespace lle
