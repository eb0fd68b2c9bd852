// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "arrivals.h"
#include "durationmodel.h"
#include "quantilesketch.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <stdexcept>

namespace lle {

namespace {
constexpr std::uint32_t kNoSlot = 0xFFFFFFFFu;
/// On-demand Init (extension + runtime + function) is cut at 10 s and retried inside the first
/// invocation (model reference §1).
constexpr double kInitCapMs = 10'000;
/// Billed milliseconds: 1 ms granularity, with a tolerance so that a duration computed as
/// exactly 120 ms in floating point does not bill 121.
double billedCeil(double ms)
{
    // std::ceil is a library call without SSE4.1 (a third of onComplete in perf); a truncation
    // gives the same value for every duration a run can bill (below 2^52 ms).
    const double x = ms - 1e-7;
    if (!(x > -1.0 && x < 0x1.0p52))
        return std::max(0.0, std::ceil(x));
    const double r = static_cast<double>(static_cast<std::int64_t>(x));
    return std::max(0.0, r < x ? r + 1.0 : r);
}

double shutdownMs(ExtensionKind k)
{
    switch (k) {
    case ExtensionKind::None: return 0;
    case ExtensionKind::Internal: return 500;
    case ExtensionKind::External: return 2000;
    }
    return 0;
}

// Streams of the seed: each purpose draws from its own, so a change to one part of a scenario
// leaves the others' draws alone (the arrivals stay the same when memory changes).
enum Stream : std::uint64_t { kArrivals = 1, kHandler, kInit, kIdle, kRouting, kPings, kTenants };
}  // namespace

double defaultBucketS(double durationS) { return durationS <= 3600 ? 1.0 : durationS / 3600.0; }

std::vector<ConfigPeriod> configurationPeriods(const Scenario &s)
{
    std::vector<ConfigPeriod> periods;
    periods.push_back({0, s.durationS, s});
    for (const auto &c : s.changes) {
        auto r = applyChange(periods.back().scenario, c);
        if (!r.scenario)
            throw std::invalid_argument("a change does not apply: "
                                        + (r.problems.empty() ? std::string() : r.problems.front().format()));
        periods.back().endS = c.atS;
        // Only the first period keeps the list of changes: copying it into every period would
        // make memory grow with the square of the number of changes.
        r.scenario->changes.clear();
        periods.push_back({c.atS, s.durationS, std::move(*r.scenario)});
    }
    return periods;
}

// ---------------------------------------------------------------------------------------------

/// An execution environment. The members every request touches (taken, thawed, billed, frozen)
/// come first, in 64 bytes, so that a request reads one or two cache lines of its environment
/// where they were spread over four (perf showed thaw() and onComplete() waiting on those loads).
/// Aligning the record to a cache line as well gained nothing measurable and made it 256 bytes.
struct Simulator::Env {
    // --- what every request touches: the first 64 bytes ---
    std::uint32_t id = 0;
    std::uint32_t stamp = 0;     ///< changes whenever the environment leaves Frozen
    std::uint32_t invocations = 0;
    int tenant = -1;             ///< tenant isolation: the tenant it belongs to
    EnvState state = EnvState::Ended;
    Phase phase = Phase::EnvSetup;
    bool provisioned = false;
    bool snapstart = false;
    bool initBilled = true;
    bool snapstartCharged = false;
    bool retiring = false;
    double gb = 0;
    double phaseStart = 0;
    double idleDeadline = 0;     ///< when the current frozen period reaches the idle timeout
    double expiryAt = INFINITY;  ///< time of the pending IdleExpire event, if any
    double extraEphemeralGb = 0;
    // --- the rest: cold starts, ends, changes, Managed Instances ---
    std::uint32_t expiryTag = 0; ///< tells the pending IdleExpire event from stale ones
    EnvKind kind = EnvKind::OnDemand;
    EndReason retireReason = EndReason::None;
    bool managed = false;        ///< a Managed Instances environment
    bool routable = false;
    int version = 0;
    int memoryMb = 0;
    double created = 0;
    double ready = 0;
    /// Init boundaries: env_setup, extension_init, runtime_init, function_init (or restore) start,
    /// then ready.
    std::array<double, 5> marks{};
    double initReported = 0;     ///< Init Duration as REPORT shows it (capped at 10 s on demand)
    double initOverrun = 0;      ///< init retried inside the first invocation
    double restoreReported = 0;
    double billedRestoreMs = 0;
    double shutdownMs = 0;
    std::uint32_t replacesSlot = kNoSlot;
    std::uint32_t replacesId = 0;
    int poolPos = -1;
    int inFlight = 0;            ///< managed: requests it serves now
    std::uint32_t cpuStamp = 0;  ///< managed: tells the current ManagedCpuDone event from stale ones
    std::uint32_t instance = 0;  ///< managed: the instance it runs on
};

struct Simulator::ManagedRequest {
    InvocationRecord inv;
    std::uint32_t slot = 0;
    double ioMs = 0;             ///< the waiting part, after the CPU part
    double deadlineMs = 0;       ///< arrival + the function timeout
    std::uint32_t generation = 0;   ///< tells this request's events from those of earlier ones in the entry
    bool inCpu = false;          ///< its CPU part is still being shared
    bool timedOut = false;       ///< its I/O part was cut at the deadline
};

namespace {
/// In a ManagedComplete event's stamp: the request's timeout, not the end of its I/O part.
constexpr std::uint32_t kTimeoutEvent = 1u << 31;
}  // namespace

struct Simulator::Pending {
    InvocationRecord inv;
    bool cold = false;
};

/// The frozen environments a request may take, in routing order. `mru` keeps them in freezing
/// order and takes from the back; `random` keeps a vector it removes from exactly. `newest` takes
/// the highest environment id: ids are handed out one after the other, so the newest kWindow of
/// them are bits of a bitmap (the environment that froze sets its bit, a request takes the highest
/// one, found a word at a time), and older entries go to a heap by id, so that thousands that
/// freeze in any order (a burst) cost no more than a heap. The bitmap replaced a vector sorted by
/// id, whose insertions — the environment that froze is nearly always among the newest, but rarely
/// the newest — were a tenth of bench_core (a) in perf. Entries the bitmap does not hold (the heap,
/// `mru`) are dropped lazily: an entry is stale once its environment's stamp moved on, and they
/// are compacted when stale entries outnumber live ones.
class Simulator::FrozenPool {
public:
    FrozenPool(Routing routing, std::vector<Env> &envs) : m_routing(routing), m_envs(&envs) {}
    /// After the simulator was copied: the copy's pool must look at the copy's environments.
    void rebind(std::vector<Env> &envs) { m_envs = &envs; }
    Routing routing() const { return m_routing; }

    void add(std::uint32_t slot)
    {
        ++m_live;
        const Env &e = (*m_envs)[slot];
        switch (m_routing) {
        case Routing::Random:
            (*m_envs)[slot].poolPos = static_cast<int>(m_random.size());
            m_random.push_back(slot);
            return;
        case Routing::Mru:
            m_entries.push_back({e.id, slot, e.stamp});
            return;
        case Routing::Newest:
            break;
        }
        const Entry entry{e.id, slot, e.stamp};
        if (entry.id < m_base) {
            pushOlder(entry);
            return;
        }
        if (m_bits.empty()) {
            m_bits.assign(kWindow / 64, 0);
            m_window.resize(kWindow);
        }
        if (entry.id - m_base >= kWindow)
            slideTo(entry.id);
        const std::uint32_t i = entry.id - m_base;
        m_window[i] = {slot, entry.stamp};
        m_bits[i / 64] |= std::uint64_t(1) << (i % 64);
        m_topWord = std::max(m_topWord, i / 64);
    }

    /// The environment left Frozen by other means than take() (expired, retired).
    void remove(std::uint32_t slot)
    {
        --m_live;
        if (m_routing == Routing::Random) {
            const int pos = (*m_envs)[slot].poolPos;
            const std::uint32_t last = m_random.back();
            m_random[static_cast<std::size_t>(pos)] = last;
            (*m_envs)[last].poolPos = pos;
            m_random.pop_back();
            (*m_envs)[slot].poolPos = -1;
            return;
        }
        if (m_routing == Routing::Newest) {
            const std::uint32_t id = (*m_envs)[slot].id;
            if (id >= m_base && id - m_base < kWindow && m_window[id - m_base].slot == slot) {
                const std::uint32_t i = id - m_base;
                m_bits[i / 64] &= ~(std::uint64_t(1) << (i % 64));
                return;
            }
        }
        if (m_entries.size() + m_older.size() > 2 * static_cast<std::size_t>(m_live) + 64)
            compact();
    }

    std::uint32_t take(Rng &rng)
    {
        if (m_live == 0)
            return kNoSlot;
        switch (m_routing) {
        case Routing::Random: {
            const auto i = rng.below(m_random.size());
            const std::uint32_t slot = m_random[i];
            remove(slot);
            return slot;
        }
        case Routing::Mru:
            while (!m_entries.empty()) {
                const Entry top = m_entries.back();
                m_entries.pop_back();
                if (valid(top)) {
                    --m_live;
                    return top.slot;
                }
            }
            return kNoSlot;
        case Routing::Newest:
            break;
        }
        for (;;) {
            // The newer of the bitmap's highest entry and the heap's top: every id in the bitmap
            // is at least m_base, every id in the heap below it.
            const std::uint32_t i = highestInWindow();
            if (i != kNoSlot) {
                m_bits[i / 64] &= ~(std::uint64_t(1) << (i % 64));
                const Entry top{m_base + i, m_window[i].slot, m_window[i].stamp};
                if (valid(top)) {
                    --m_live;
                    return top.slot;
                }
                continue;
            }
            if (m_older.empty())
                return kNoSlot;
            std::pop_heap(m_older.begin(), m_older.end(), olderFirst);
            const Entry top = m_older.back();
            m_older.pop_back();
            if (valid(top)) {
                --m_live;
                return top.slot;
            }
        }
    }

    /// Any frozen environment (for retiring one), without routing order.
    std::uint32_t any()
    {
        if (m_routing == Routing::Random)
            return m_random.empty() ? kNoSlot : m_random.back();
        for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
            if (valid(*it))
                return it->slot;
        for (std::uint32_t i = static_cast<std::uint32_t>(m_bits.size()) * 64; i-- > 0;)
            if ((m_bits[i / 64] >> (i % 64) & 1) && valid({m_base + i, m_window[i].slot, m_window[i].stamp}))
                return m_window[i].slot;
        for (const Entry &x : m_older)
            if (valid(x))
                return x.slot;
        return kNoSlot;
    }

private:
    struct Entry {
        std::uint32_t id, slot, stamp;
    };
    struct WindowEntry {
        std::uint32_t slot, stamp;
    };
    // A function object, not a function pointer, so that the comparisons are inlined (perf showed
    // the pointer's calls at 3 % of bench_core (a)).
    struct OlderFirst {
        bool operator()(const Entry &a, const Entry &b) const { return a.id < b.id; }
    };
    static constexpr OlderFirst olderFirst{};
    /// Newest: how many of the newest ids the bitmap covers (a multiple of 64).
    static constexpr std::uint32_t kWindow = 1024;

    bool valid(const Entry &x) const
    {
        const Env &e = (*m_envs)[x.slot];
        return e.id == x.id && e.state == EnvState::Frozen && e.stamp == x.stamp;
    }
    void pushOlder(const Entry &entry)
    {
        m_older.push_back(entry);
        std::push_heap(m_older.begin(), m_older.end(), olderFirst);
    }
    /// The bitmap's highest set bit, or kNoSlot.
    std::uint32_t highestInWindow()
    {
        if (m_bits.empty())
            return kNoSlot;
        while (m_bits[m_topWord] == 0) {
            if (m_topWord == 0)
                return kNoSlot;
            --m_topWord;
        }
        return m_topWord * 64 + 63 - static_cast<std::uint32_t>(std::countl_zero(m_bits[m_topWord]));
    }
    /// Moves the window up so that it covers `id` with room above: the entries that fall below
    /// it go to the heap.
    void slideTo(std::uint32_t id)
    {
        const std::uint32_t newBase = std::max(m_base, (id - kWindow / 2) / 64 * 64);
        const std::uint32_t shift = std::min<std::uint32_t>((newBase - m_base) / 64, kWindow / 64);
        for (std::uint32_t w = 0; w < shift; ++w)
            for (std::uint64_t bits = m_bits[w]; bits; bits &= bits - 1) {
                const std::uint32_t i = w * 64 + static_cast<std::uint32_t>(std::countr_zero(bits));
                pushOlder({m_base + i, m_window[i].slot, m_window[i].stamp});
            }
        std::move(m_bits.begin() + shift, m_bits.end(), m_bits.begin());
        std::fill(m_bits.end() - shift, m_bits.end(), 0);
        std::move(m_window.begin() + shift * 64, m_window.end(), m_window.begin());
        m_topWord = m_topWord >= shift ? m_topWord - shift : 0;
        m_base = newBase;
    }
    void compact()
    {
        std::erase_if(m_entries, [this](const Entry &x) { return !valid(x); });   // keeps the order
        std::erase_if(m_older, [this](const Entry &x) { return !valid(x); });
        std::make_heap(m_older.begin(), m_older.end(), olderFirst);
    }

    Routing m_routing;
    std::vector<Env> *m_envs;
    std::vector<Entry> m_entries;          ///< mru: in freezing order
    std::vector<std::uint64_t> m_bits;     ///< newest: bit i set: id m_base + i is frozen here
    std::vector<WindowEntry> m_window;     ///< newest: the slot and stamp of id m_base + i
    std::uint32_t m_base = 0;              ///< newest: the bitmap's first id (a multiple of 64)
    std::uint32_t m_topWord = 0;           ///< newest: no bit is set above this word
    std::vector<Entry> m_older;            ///< newest: ids below m_base, a heap by id
    std::vector<std::uint32_t> m_random;
    int m_live = 0;
};

// ---------------------------------------------------------------------------------------------

Simulator::Simulator(const Scenario &scenario, SimulationOptions options)
    : m_options(options)
    , m_periods(configurationPeriods(scenario))
    , m_durationMs(scenario.durationS * 1000.0)
    , m_arrivalRng(scenario.seed, kArrivals)
    , m_handlerRng(scenario.seed, kHandler)
    , m_initRng(scenario.seed, kInit)
    , m_idleRng(scenario.seed, kIdle)
    , m_routingRng(scenario.seed, kRouting)
    , m_pingRng(scenario.seed, kPings)
    , m_stats(m_periods, scenario,
              1000.0 * (options.bucketS > 0 ? options.bucketS : defaultBucketS(scenario.durationS)),
              options.keepBucketLatency)
{
    static_assert(offsetof(Env, extraEphemeralGb) + sizeof(double) <= 64,
                  "the members every request touches stay in the first cache line");
    const Scenario &s = config();
    m_onDemandPool = std::make_unique<FrozenPool>(s.platform.routing, m_envs);
    m_pcPool = std::make_unique<FrozenPool>(Routing::Mru, m_envs);
    m_rates = ratesFor(s.function.architecture, s.pricing.rates);
    m_requestPrice = m_rates.requestPerMillion / 1e6;
    cacheConfiguration();
    m_tokens = s.platform.scaleRate.burst;

    for (std::uint32_t i = 0; i < s.changes.size(); ++i)
        m_queue.push(s.changes[i].atS * 1000.0, EventType::Change, i, m_changeGeneration);

    m_arrivals = makeArrivals(s.workload, 0);
    scheduleNextArrival();
    schedulePings(0);

    m_managed = s.function.compute == ComputeKind::ManagedInstances;
    m_tenantIsolation = s.function.tenantIsolation;
    if (m_tenantIsolation) {
        m_tenants = TenantPicker(s.workload.tenants);
        m_tenantRng = Rng(scenario.seed, kTenants);
        m_tenantPools.assign(static_cast<std::size_t>(m_tenants.count()), FrozenPool(s.platform.routing, m_envs));
        m_stats.addTenants(static_cast<std::size_t>(m_tenants.count()));
    }
}

Simulator::~Simulator() = default;

// Every member copies itself (CloningPtr copies what it owns); only the frozen pools point into
// the environment table and must be pointed at the copy's.
Simulator::Simulator(const Simulator &other) = default;

std::unique_ptr<Simulator> Simulator::clone() const
{
    if (m_arrivals && !m_arrivals->clone())
        return nullptr;
    std::unique_ptr<Simulator> copy(new Simulator(*this));
    copy->m_onDemandPool->rebind(copy->m_envs);
    copy->m_pcPool->rebind(copy->m_envs);
    for (auto &pool : copy->m_tenantPools)
        pool.rebind(copy->m_envs);
    copy->m_observer = nullptr;
    return copy;
}

bool Simulator::replaceFutureChanges(const Scenario &scenario)
{
    // The changes already applied must be the same, and none of the new ones may lie in the past.
    const std::size_t applied = m_periodIndex;
    const Scenario &first = m_periods.front().scenario;
    if (scenario.changes.size() < applied)
        return false;
    for (std::size_t i = 0; i < applied; ++i)
        if (!(scenario.changes[i] == first.changes[i]))
            return false;
    for (std::size_t i = applied; i < scenario.changes.size(); ++i)
        if (scenario.changes[i].atS * 1000.0 < m_now)
            return false;
    Scenario withoutChanges = scenario;
    withoutChanges.changes.clear();
    Scenario firstWithout = first;
    firstWithout.changes.clear();
    if (!(withoutChanges == firstWithout))
        return false;

    std::vector<ConfigPeriod> periods;
    try {
        periods = configurationPeriods(scenario);
    } catch (const std::invalid_argument &) {
        return false;
    }
    m_periods = std::move(periods);
    ++m_changeGeneration;
    for (std::size_t i = applied; i < scenario.changes.size(); ++i)
        m_queue.push(scenario.changes[i].atS * 1000.0, EventType::Change, static_cast<std::uint32_t>(i),
                     m_changeGeneration);
    m_stats.billing().setPeriods(m_periods);
    return true;
}

void Simulator::cacheConfiguration()
{
    const FunctionSpec &f = config().function;
    m_meanHandlerMs = meanHandlerMs(f);
    m_timeoutMs = f.timeoutS * 1000.0;
    // Lognormal with mean 1 and the handler's cv: exp(σ Z + μ), σ² = ln(1 + cv²), μ = −σ²/2.
    const double s2 = std::log1p(f.handler.cv * f.handler.cv);
    m_handlerSigma = std::sqrt(s2);
    m_handlerMu = -0.5 * s2;
    m_streamingMs = std::max(0.0, f.handler.responseMb - kStreamingFreeMb) / kStreamingMbPerS * 1000.0;
    dropFactorsOfAnotherConfiguration();
}

std::unique_ptr<ArrivalProcess> Simulator::makeArrivals(const WorkloadSpec &w, double fromMs) const
{
    return m_options.arrivals ? m_options.arrivals(w, fromMs, m_durationMs)
                              : makeArrivalProcess(w, fromMs, m_durationMs);
}

void Simulator::scheduleNextArrival()
{
    // The next arrival waits beside the queue rather than in it: one heap operation less per
    // request, and arrivals come after every other event of the same instant anyway.
    m_nextArrival = m_arrivals->next(m_arrivalRng);
}

double Simulator::nextEventTime() const
{
    return std::min(m_nextArrival, m_queue.empty() ? INFINITY : m_queue.top().t);
}

void Simulator::schedulePings(double fromMs)
{
    const auto &kw = config().workload.keepWarm;
    if (kw.intervalS > 0 && fromMs < m_durationMs)
        m_queue.push(fromMs, EventType::Ping, 0, m_pingGeneration);
}

namespace {
/// One handler factor of `distribution` (σ and μ: the lognormal's, of the configuration).
double drawFactor(Rng &rng, Distribution distribution, double sigma, double mu)
{
    switch (distribution) {
    case Distribution::Fixed: return 1.0;
    case Distribution::Exponential: return rng.exponential(1.0);
    case Distribution::Lognormal: return std::exp(sigma * rng.normal() + mu);
    }
    return 1.0;
}
}  // namespace

double Simulator::handlerFactor()
{
    // A factor around 1 drawn for every arrival, throttled or not, so that two configurations of
    // the same seed give each request the same relative handler time (common random numbers).
    if (m_factorsUsed == m_factorsDrawn)
        drawFactors();
    return m_factors[m_factorsUsed++];
}

void Simulator::drawFactors()
{
    // Drawn kFactorBatch at a time from their own stream, in the order one at a time would draw
    // them: the draws of one batch do not wait on each other, so the processor overlaps their
    // logarithms, divisions, square roots and exponentials, which one draw per arrival waited on
    // (perf: the normal draw and exp() a sixth of bench_core (a)).
    const HandlerSpec &h = config().function.handler;
    m_handlerRngBeforeBatch = m_handlerRng;
    m_batchDistribution = h.distribution;
    m_batchSigma = m_handlerSigma;
    m_batchMu = m_handlerMu;
    for (double &f : m_factors)
        f = drawFactor(m_handlerRng, m_batchDistribution, m_batchSigma, m_batchMu);
    m_factorsUsed = 0;
    m_factorsDrawn = kFactorBatch;
}

void Simulator::dropFactorsOfAnotherConfiguration()
{
    // A change of the handler's distribution applies from the next draw on: the stream goes back
    // to where the batch began and forward again by the factors used, exactly where drawing one
    // at a time would have left it.
    const HandlerSpec &h = config().function.handler;
    if (m_factorsUsed == m_factorsDrawn
        || (h.distribution == m_batchDistribution && m_handlerSigma == m_batchSigma && m_handlerMu == m_batchMu))
        return;
    m_handlerRng = m_handlerRngBeforeBatch;
    for (std::uint32_t i = 0; i < m_factorsUsed; ++i)
        drawFactor(m_handlerRng, m_batchDistribution, m_batchSigma, m_batchMu);
    m_factorsUsed = m_factorsDrawn = 0;
}

// --- the event loop ---------------------------------------------------------------------------

void Simulator::start()
{
    // Provisioned environments are initialised before the first request can arrive. They are
    // made on the first step rather than in the constructor, so an observer set in between sees
    // them created.
    m_started = true;
    for (int k = 0; k < config().function.provisionedConcurrency; ++k)
        spawnProvisioned(-1.0, kNoSlot);
    if (m_managed)
        startManaged();
}

bool Simulator::step()
{
    if (m_finished || m_cancelled)
        return false;
    if (!m_started)
        start();
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    // The queue's front is looked at once: nextEventTime() and the arrival check each looked at it
    // again, out of line (perf: 4.7 % of bench_core (a)). At one instant every queued event
    // (pings included) goes before the arrival.
    const double queued = m_queue.empty() ? INFINITY : m_queue.top().t;
    const double next = std::min(m_nextArrival, queued);
    if (!std::isfinite(next) || (next >= m_durationMs && m_inUse == 0)) {
        finish();
        return false;
    }
    if (m_nextArrival < queued) {
        ++m_events;
        advanceTo(m_nextArrival);
        if (m_managed)
            onManagedArrival(m_nextRequestId++, RequestKind::Request, handlerFactor(), m_arrivals->handlerMsOfLast());
        else
            onArrival(RequestKind::Request, m_arrivals->handlerMsOfLast());
        scheduleNextArrival();
        return true;
    }
    const Event e = m_queue.pop();
    // A change of a future that replaceFutureChanges() replaced is no event of this run: like a
    // phase tick it moves the clock only, so that a run resumed from a checkpoint taken before
    // the change equals a full run of the new scenario (its sums not split, its events counted alike).
    const bool stale = e.type() == EventType::Change && e.b != m_changeGeneration;
    if (e.type() == EventType::PhaseTick || stale)
        m_now = std::max(m_now, e.t);   // changes no level: see advanceTo()
    else
        advanceTo(e.t);
    // Phase ticks exist only for an observer: counting them would make `events` depend on it.
    if (e.type() != EventType::PhaseTick && !stale)
        ++m_events;
    switch (e.type()) {
    case EventType::Arrival: break;   // arrivals are kept beside the queue
    case EventType::Ping:
        if (e.b == m_pingGeneration) {
            const auto &kw = config().workload.keepWarm;
            for (int i = 0; i < kw.concurrency; ++i) {
                if (m_managed)
                    onManagedArrival(m_nextRequestId++, RequestKind::Ping, handlerFactor(), NAN);
                else
                    onArrival(RequestKind::Ping, NAN);
            }
            if (m_now + kw.intervalS * 1000.0 < m_durationMs)
                m_queue.push(m_now + kw.intervalS * 1000.0, EventType::Ping, 0, m_pingGeneration);
        }
        break;
    case EventType::Complete: onComplete(e.a); break;
    case EventType::Ready: onReady(e.a); break;
    case EventType::PhaseTick: onPhaseTick(e.a, e.b); break;
    case EventType::PcReady: onPcReady(e.a); break;
    case EventType::IdleExpire: onIdleExpire(e.a, e.b); break;
    case EventType::Lifetime: onLifetime(e.a, e.b); break;
    case EventType::ShutdownDone: onShutdownDone(e.a); break;
    case EventType::Change: onChange(e.a, e.b); break;
    case EventType::ManagedCpuDone: onManagedCpuDone(e.a, e.b); break;
    case EventType::ManagedComplete: onManagedComplete(e.a, e.b); break;
    case EventType::ManagedScale: onManagedScale(); break;
    case EventType::ManagedLaunch: onManagedLaunch(e.a); break;
    }
    return true;
}

void Simulator::runUntil(SimTime t)
{
    if (!m_started && !m_finished)
        start();
    while (!m_finished && !m_cancelled && nextEventTime() <= t)
        if (!step())
            return;
    if (m_finished || m_cancelled)
        return;
    if (m_inUse == 0 && t >= m_durationMs && nextEventTime() >= m_durationMs) {
        finish();
        return;
    }
    // Only the clock moves: the levels are integrated at the next event, so a run followed step
    // by step adds up exactly like one run at once.
    m_now = std::max(m_now, t);
}

void Simulator::run()
{
    while (step()) {
    }
}

void Simulator::advanceTo(double t)
{
    // The statistics integrate from the last event that could change a level, not from now():
    // phase ticks and runUntil() move the clock only, and must not split the sums (the figures
    // of a run followed by a window equal those of a headless run to the last digit).
    m_stats.advanceTo(t);
    m_now = std::max(m_now, t);
}

// --- requests --------------------------------------------------------------------------------

void Simulator::onArrival(RequestKind kind, double traceHandlerMs)
{
    const std::uint64_t id = m_nextRequestId++;
    const double factor = handlerFactor();
    const Scenario &s = config();
    m_stats.requestArrived(kind);
    if (m_observer)
        m_observer->requestArrived(id, kind, m_now);

    auto throttle = [&](ThrottleCause cause) {
        InvocationRecord inv;
        inv.id = id;
        inv.kind = kind;
        inv.arrivalMs = inv.startMs = inv.endMs = m_now;
        inv.startType = inv.startedAs = StartType::Throttled;
        inv.throttleCause = cause;
        m_stats.requestThrottled(kind);
        if (m_observer)
            m_observer->requestThrottled(inv);
    };

    // Drawn before any throttling, so that each request keeps its tenant across configurations.
    const int tenant = m_tenantIsolation ? tenantOf(kind) : -1;
    if (m_inUse >= s.platform.concurrencyLimit)
        return throttle(ThrottleCause::ConcurrencyLimit);

    std::uint32_t slot = m_pcPool->take(m_routingRng);
    if (slot != kNoSlot) {
        thaw(slot);
        dispatch(slot, id, kind, factor, traceHandlerMs, StartType::Provisioned, ColdReason::None);
        return;
    }
    slot = (tenant >= 0 ? m_tenantPools[static_cast<std::size_t>(tenant)] : *m_onDemandPool).take(m_routingRng);
    if (slot != kNoSlot) {
        thaw(slot);
        dispatch(slot, id, kind, factor, traceHandlerMs, StartType::Warm, ColdReason::None);
        return;
    }

    // Tenant environments count against 2,500 per 1,000 of concurrency; beyond, a new tenant
    // environment is refused like a request beyond the concurrency limit (model).
    if (tenant >= 0 && m_stats.tenantEnvironments() >= kTenantEnvironmentsPerConcurrency * s.platform.concurrencyLimit)
        return throttle(ThrottleCause::ConcurrencyLimit);
    const auto &rate = s.platform.scaleRate;
    m_tokens = std::min(rate.burst, m_tokens + (m_now - m_tokensAt) / 1000.0 * rate.perS);
    m_tokensAt = m_now;
    if (m_tokens < 1.0)
        return throttle(ThrottleCause::ScaleRate);
    m_tokens -= 1.0;

    ColdReason reason = coldReason();
    const bool snap = s.function.snapstart.enabled;
    slot = newEnv(snap ? EnvKind::SnapStart : EnvKind::OnDemand);
    if (tenant >= 0) {
        // The first request of every tenant is cold, whatever other tenants have running.
        // Why, by this tenant's own environments: the first request of every tenant is cold,
        // whatever other tenants have running.
        if (!m_stats.tenantSeen(tenant))
            reason = ColdReason::First;
        else if (m_stats.tenantLive(tenant) > 0)
            reason = ColdReason::ScaleOut;
        else
            reason = m_stats.tenantLastEnd(tenant) == EndReason::MaxLifetime ? ColdReason::Recycled
                   : m_stats.tenantLastEnd(tenant) == EndReason::Changed     ? ColdReason::Changed
                                                                              : ColdReason::Expired;
        m_stats.tenantEnvironmentCreated(tenant);
        m_envs[slot].tenant = tenant;
        m_stats.billing().addTenantEnvironment(m_envs[slot].gb, m_rates);
    }
    startColdInit(slot, snap, false);
    dispatch(slot, id, kind, factor, traceHandlerMs, snap ? StartType::SnapStart : StartType::Cold, reason);
}

ColdReason Simulator::coldReason() const
{
    if (m_routable > 0)
        return ColdReason::ScaleOut;
    if (!m_everCreated)
        return ColdReason::First;
    switch (m_lastRetire) {
    case EndReason::IdleTimeout: return ColdReason::Expired;
    case EndReason::MaxLifetime: return ColdReason::Recycled;
    case EndReason::Changed: return ColdReason::Changed;
    default: return ColdReason::ScaleOut;
    }
}

void Simulator::dispatch(std::uint32_t slot, std::uint64_t id, RequestKind kind, double factor,
                         double traceHandlerMs, StartType startType, ColdReason reason)
{
    Env &env = m_envs[slot];
    const bool cold = startType == StartType::Cold || startType == StartType::SnapStart;

    double handler = kind == RequestKind::Ping ? config().workload.keepWarm.pingMs
                   : std::isfinite(traceHandlerMs) ? traceHandlerMs + m_streamingMs
                                                   : m_meanHandlerMs * factor + m_streamingMs;
    if (cold)
        handler += env.initOverrun;
    const bool timedOut = handler > m_timeoutMs;
    handler = std::min(handler, m_timeoutMs);

    Pending &p = m_pending[slot];
    p.cold = cold;
    // Written member by member (designated, so that what is not named keeps its default):
    // assigning a value-initialised record first made the compiler clear it with `rep stos`,
    // whose start-up cost was a fifth of dispatch() in perf.
    const double startMs = cold ? env.ready : m_now;
    const double endMs = startMs + handler;
    p.inv = InvocationRecord{.id = id,
                             .kind = kind,
                             .arrivalMs = m_now,
                             .startMs = startMs,
                             .endMs = endMs,
                             .envId = env.id,
                             .tenant = env.tenant,
                             .startType = timedOut ? StartType::TimedOut : startType,
                             .startedAs = startType,
                             .coldReason = reason,
                             .throttleCause = ThrottleCause::None,
                             .initMs = cold ? env.initReported : 0,
                             .restoreMs = cold ? env.restoreReported : 0,
                             .durationMs = handler,
                             .billedMs = 0,
                             .latencyMs = endMs - m_now,
                             .costUsd = 0};
    const InvocationRecord &inv = p.inv;

    ++m_inUse;
    m_queue.push(inv.endMs, EventType::Complete, slot);
    if (m_observer)
        m_observer->requestStarted(inv);
}

void Simulator::onComplete(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    Pending &p = m_pending[slot];
    InvocationRecord &inv = p.inv;
    --m_inUse;
    emitSegment(env.id, Phase::Invoke, inv.startMs, inv.endMs, inv.id);
    ++env.invocations;

    // The bill of this invocation (model reference §8).
    double billedInit = 0;
    if (p.cold) {
        if (env.initBilled)
            billedInit += env.initReported;
        if (env.snapstart && env.snapstartCharged)
            billedInit += env.billedRestoreMs;
    }
    inv.billedMs = billedCeil(billedInit + inv.durationMs);
    const double gbS = env.gb * inv.billedMs / 1000.0;
    m_stats.billing().addRequest(m_now, m_rates);
    double cost = m_requestPrice;
    if (env.provisioned) {
        m_stats.billing().addProvisioned(env.gb, inv.billedMs, m_rates);
        cost += gbS * m_rates.pcDurationGbS;
    } else {
        m_stats.billing().addOnDemand(m_now, env.gb, billedInit, inv.billedMs, m_rates);
        cost += gbS * m_rates.durationGbS;
    }
    if (p.cold && env.snapstart && env.snapstartCharged) {
        m_stats.billing().addSnapStartRestore(env.gb, m_rates);
        cost += env.gb * m_rates.snapstartRestoreGb;
    }
    m_stats.billing().addEphemeral(env.extraEphemeralGb, inv.billedMs, m_rates);
    cost += env.extraEphemeralGb * inv.billedMs / 1000.0 * m_rates.ephemeralGbS;
    completeInvocation(inv, cost);

    if (env.retiring)
        beginShutdown(slot, env.retireReason);
    else
        freeze(slot);
}

void Simulator::completeInvocation(InvocationRecord &inv, double costUsd)
{
    // What every completed invocation adds, on-demand or on Managed Instances: the response
    // streamed beyond the free part, its cost, the statistics and the observer.
    if (m_streamingMs > 0 && inv.kind == RequestKind::Request) {
        const double mb = config().function.handler.responseMb;
        m_stats.billing().addResponseStreaming(mb, m_rates);
        costUsd += (mb - kStreamingFreeMb) / 1024.0 * m_rates.responseStreamingGb;
    }
    inv.costUsd = costUsd;
    m_stats.requestCompleted(inv);
    if (m_observer)
        m_observer->requestCompleted(inv);
}

// --- environments ----------------------------------------------------------------------------

std::uint32_t Simulator::newEnv(EnvKind kind)
{
    std::uint32_t slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(m_envs.size());
        m_envs.emplace_back();
        m_pending.emplace_back();
    }
    const FunctionSpec &f = config().function;
    Env &env = m_envs[slot];
    const std::uint32_t stamp = env.stamp + 1;
    env = Env{};
    env.stamp = stamp;
    env.id = m_nextEnvId++;
    env.kind = kind;
    env.provisioned = kind == EnvKind::Provisioned;
    env.snapstart = kind == EnvKind::SnapStart;
    env.version = m_version;
    env.memoryMb = f.memoryMb;
    env.gb = gigabytes(f.memoryMb);
    env.state = EnvState::Initializing;
    env.phase = Phase::EnvSetup;
    env.created = env.phaseStart = m_now;
    env.initBilled = env.provisioned || config().pricing.initBilling == InitBilling::Billed
                  || initAlwaysBilled(f);
    env.snapstartCharged = snapStartIsCharged(f);
    env.billedRestoreMs = f.snapstart.billedRestoreMs;
    env.extraEphemeralGb = std::max(0, f.ephemeralStorageMb - 512) / 1024.0;
    env.shutdownMs = shutdownMs(f.extensions);
    env.routable = true;

    ++m_routable;
    if (env.provisioned)
        ++m_provisionedActive;
    m_everCreated = true;
    m_stats.addLevels(1, 1, 1, 0);   // Initializing counts as busy and initialising
    m_stats.environmentCreated();

    const double maxLifetimeMs = config().platform.maxLifetimeS * 1000.0;
    if (maxLifetimeMs > 0 && kind != EnvKind::ManagedInstance)
        m_queue.push(std::max(0.0, m_now) + maxLifetimeMs, EventType::Lifetime, slot, env.id);
    return slot;
}

void Simulator::startColdInit(std::uint32_t slot, bool snapstart, bool provisioned)
{
    Env &env = m_envs[slot];
    const FunctionSpec &f = config().function;
    const InitDraw d = drawInit(f, snapstart, m_initRng);
    const double t0 = env.created;
    if (snapstart) {
        env.marks = {t0, t0 + d.envSetup, t0 + d.envSetup, t0 + d.envSetup, t0 + d.envSetup + d.restore};
        env.restoreReported = d.restore;
    } else {
        double total = d.initTotal();
        double ext = d.extension, rt = d.runtime;
        if (!provisioned && total > kInitCapMs) {
            // The init times out at 10 s and runs again inside the first invocation.
            env.initOverrun = total;
            ext = std::min(ext, kInitCapMs);
            rt = std::min(rt, kInitCapMs - ext);
            total = kInitCapMs;
        }
        const double a = t0 + d.envSetup;
        env.marks = {t0, a, a + ext, a + ext + rt, a + total};
        env.initReported = total;
    }
    env.ready = env.marks[4];
    if (m_observer) {
        m_observer->environmentCreated(recordOf(env));
        m_observer->phaseChanged(env.id, Phase::EnvSetup, t0);
        for (std::uint32_t m = 1; m < 4; ++m)
            if (env.marks[m] < env.marks[m + 1] && env.marks[m] >= m_now)
                m_queue.push(env.marks[m], EventType::PhaseTick, slot, m);
    }
    m_queue.push(env.ready, provisioned ? EventType::PcReady : EventType::Ready, slot);
}

void Simulator::onPhaseTick(std::uint32_t slot, std::uint32_t mark)
{
    const Env &env = m_envs[slot];
    if (env.state != EnvState::Initializing || !m_observer)
        return;
    Phase p = Phase::ExtensionInit;
    if (env.snapstart)
        p = Phase::Restore;
    else if (mark == 2)
        p = Phase::RuntimeInit;
    else if (mark == 3)
        p = Phase::FunctionInit;
    m_observer->phaseChanged(env.id, p, m_now);
}

void Simulator::emitSegment(std::uint32_t envId, Phase p, double start, double end, std::uint64_t inv)
{
    if (m_observer && end > start)
        m_observer->phaseSegment({envId, p, start, end, inv});
}

namespace {
template <typename Emit>
void emitInitSegments(const std::array<double, 5> &m, bool snapstart, double until, Emit emit)
{
    auto seg = [&](Phase p, double a, double b) { emit(p, a, std::min(b, until)); };
    seg(Phase::EnvSetup, m[0], m[1]);
    if (snapstart) {
        seg(Phase::Restore, m[1], m[4]);
        return;
    }
    seg(Phase::ExtensionInit, m[1], m[2]);
    seg(Phase::RuntimeInit, m[2], m[3]);
    seg(Phase::FunctionInit, m[3], m[4]);
}
}  // namespace

void Simulator::onReady(std::uint32_t slot)
{
    if (m_envs[slot].managed)
        return onManagedReady(slot);
    Env &env = m_envs[slot];
    setState(env, EnvState::Busy);
    env.phase = Phase::Invoke;
    env.phaseStart = m_now;
    if (m_observer) {
        emitInitSegments(env.marks, env.snapstart, m_now,
                         [&](Phase p, double a, double b) { emitSegment(env.id, p, a, b); });
        m_observer->phaseChanged(env.id, Phase::Invoke, m_now);
    }
}

void Simulator::spawnProvisioned(double startAt, std::uint32_t replacesSlot)
{
    // startAt < 0: the environments of the initial configuration, initialised so they are ready at 0.
    const std::uint32_t slot = newEnv(EnvKind::Provisioned);
    Env &env = m_envs[slot];
    if (replacesSlot != kNoSlot) {
        // A background replacement joins the active PC count when it is ready and its
        // predecessor retires.
        env.replacesSlot = replacesSlot;
        env.replacesId = m_envs[replacesSlot].id;
        --m_provisionedActive;
        --m_routable;
        env.routable = false;
    }
    if (startAt < 0) {
        initBeforeRun(slot, EventType::PcReady);
        return;
    }
    startColdInit(slot, false, true);
}

void Simulator::initBeforeRun(std::uint32_t slot, EventType readyEvent)
{
    // Drawn here, not inside startColdInit (a second draw would change the figures), and shifted
    // so that the environment is ready at 0.
    Env &env = m_envs[slot];
    const InitDraw d = drawInit(config().function, false, m_initRng);
    const double total = d.envSetup + d.initTotal();
    env.created = env.phaseStart = -total;
    const double a = -total + d.envSetup;
    env.marks = {-total, a, a + d.extension, a + d.extension + d.runtime, 0.0};
    env.initReported = d.initTotal();
    env.ready = 0;
    if (m_observer) {
        m_observer->environmentCreated(recordOf(env));
        m_observer->phaseChanged(env.id, Phase::EnvSetup, env.created);
    }
    m_queue.push(0.0, readyEvent, slot);
}

void Simulator::onPcReady(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    if (m_observer)
        emitInitSegments(env.marks, false, m_now,
                         [&](Phase p, double a, double b) { emitSegment(env.id, p, a, b); });
    // PC init is billed at the PC duration rate even when it serves nothing (reference §6).
    m_stats.billing().addProvisioned(env.gb, billedCeil(env.initReported), m_rates);

    if (env.replacesSlot != kNoSlot) {
        Env &old = m_envs[env.replacesSlot];
        if (!env.retiring) {
            env.routable = true;
            ++m_routable;
            ++m_provisionedActive;
        }
        if (old.id == env.replacesId && old.state != EnvState::Ended
            && old.state != EnvState::ShuttingDown)
            retire(env.replacesSlot, EndReason::MaxLifetime);
        env.replacesSlot = kNoSlot;
    }
    if (env.retiring)
        beginShutdown(slot, env.retireReason);
    else
        freeze(slot);
}

void Simulator::freeze(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    setState(env, EnvState::Frozen);
    env.phase = Phase::Frozen;
    env.phaseStart = m_now;
    if (m_observer)
        m_observer->phaseChanged(env.id, Phase::Frozen, m_now);
    if (env.provisioned) {
        m_pcPool->add(slot);   // provisioned environments never idle out
        return;
    }
    poolOf(env).add(slot);
    const auto &idle = config().platform.idleTimeout;
    const double idleS = idle.ranged ? m_idleRng.uniform(idle.minS, idle.maxS) : idle.minS;
    env.idleDeadline = m_now + idleS * 1000.0;
    // At most one pending expiry per environment: an event that fires before the deadline of a
    // later frozen period re-arms itself, so busy environments do not fill the queue with
    // one stale event per request.
    if (env.idleDeadline < env.expiryAt)
        armExpiry(slot, env.idleDeadline);
}

void Simulator::armExpiry(std::uint32_t slot, double t)
{
    Env &env = m_envs[slot];
    env.expiryAt = t;
    env.expiryTag = ++m_expiryTags;
    m_queue.push(t, EventType::IdleExpire, slot, env.expiryTag);
}

void Simulator::thaw(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    ++env.stamp;
    emitSegment(env.id, Phase::Frozen, env.phaseStart, m_now);
    m_stats.billing().addIdle(env.gb, m_now - env.phaseStart);
    setState(env, EnvState::Busy);
    env.phase = Phase::Invoke;
    env.phaseStart = m_now;
    if (m_observer)
        m_observer->phaseChanged(env.id, Phase::Invoke, m_now);
}

void Simulator::onIdleExpire(std::uint32_t slot, std::uint32_t tag)
{
    Env &env = m_envs[slot];
    if (env.expiryTag != tag || env.state == EnvState::Ended)
        return;
    env.expiryAt = INFINITY;
    if (env.state != EnvState::Frozen)
        return;   // the next freeze arms it again
    if (m_now < env.idleDeadline)
        armExpiry(slot, env.idleDeadline);
    else
        beginShutdown(slot, EndReason::IdleTimeout);
}

void Simulator::onLifetime(std::uint32_t slot, std::uint32_t envId)
{
    Env &env = m_envs[slot];
    if (env.id != envId || env.state == EnvState::Ended || env.state == EnvState::ShuttingDown
        || env.retiring)
        return;
    if (env.provisioned) {
        // Recycled in the background: the old one serves until its replacement is ready.
        if (env.version == m_version)
            spawnProvisioned(m_now, slot);
        return;
    }
    retire(slot, EndReason::MaxLifetime);
}

void Simulator::retire(std::uint32_t slot, EndReason reason)
{
    Env &env = m_envs[slot];
    if (env.state == EnvState::Frozen) {
        beginShutdown(slot, reason);
        return;
    }
    if (env.routable) {
        env.routable = false;
        --m_routable;
        if (env.provisioned)
            --m_provisionedActive;
        m_lastRetire = reason;
    }
    env.retiring = true;
    env.retireReason = reason;
}

void Simulator::beginShutdown(std::uint32_t slot, EndReason reason)
{
    Env &env = m_envs[slot];
    if (env.state == EnvState::Frozen) {
        ++env.stamp;
        emitSegment(env.id, Phase::Frozen, env.phaseStart, m_now);
        m_stats.billing().addIdle(env.gb, m_now - env.phaseStart);
        (env.provisioned ? *m_pcPool : poolOf(env)).remove(slot);
    }
    if (env.routable) {
        env.routable = false;
        --m_routable;
        if (env.provisioned)
            --m_provisionedActive;
        m_lastRetire = reason;
    }
    m_stats.environmentShutDown();
    setState(env, EnvState::ShuttingDown);
    env.phase = Phase::Shutdown;
    env.phaseStart = m_now;
    env.retireReason = reason;
    if (m_observer)
        m_observer->phaseChanged(env.id, Phase::Shutdown, m_now);
    if (env.shutdownMs <= 0) {
        endEnv(slot, m_now, reason);
        return;
    }
    m_queue.push(m_now + env.shutdownMs, EventType::ShutdownDone, slot);
}

void Simulator::onShutdownDone(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    emitSegment(env.id, Phase::Shutdown, env.phaseStart, m_now);
    endEnv(slot, m_now, env.retireReason);
}

void Simulator::endEnv(std::uint32_t slot, double t, EndReason reason)
{
    Env &env = m_envs[slot];
    setState(env, EnvState::Ended);
    m_stats.addLevels(-1, 0, 0, 0);
    if (env.tenant >= 0)
        m_stats.tenantEnvironmentEnded(env.tenant, reason);
    if (m_observer) {
        EnvironmentRecord r = recordOf(env);
        r.endMs = t;
        r.endReason = reason;
        m_observer->environmentEnded(r);
    }
    m_freeSlots.push_back(slot);
}

void Simulator::setState(Env &env, EnvState to)
{
    auto count = [this](EnvState s, int d) {
        switch (s) {
        case EnvState::Initializing: m_stats.addLevels(0, d, d, 0); break;
        case EnvState::Busy: m_stats.addLevels(0, d, 0, 0); break;
        case EnvState::Frozen: m_stats.addLevels(0, 0, 0, d); break;
        case EnvState::ShuttingDown:
        case EnvState::Ended: break;
        }
    };
    count(env.state, -1);
    count(to, +1);
    env.state = to;
}

EnvironmentRecord Simulator::recordOf(const Env &e) const
{
    EnvironmentRecord r;
    r.id = e.id;
    r.kind = e.kind;
    r.memoryMb = e.memoryMb;
    r.createdMs = e.created;
    r.readyMs = e.ready;
    r.invocations = e.invocations;
    r.tenant = e.tenant;
    return r;
}

// --- configuration changes -------------------------------------------------------------------

void Simulator::onChange(std::uint32_t index, std::uint32_t generation)
{
    if (generation != m_changeGeneration)
        return;   // a change of a future that was replaced
    const Scenario before = config();
    m_periodIndex = index + 1;
    const Scenario &now = config();

    if (changeMakesNewVersion(m_periods.front().scenario.changes[index])) {
        // A new function version: every environment of the old one drains and shuts down.
        ++m_version;
        for (std::uint32_t slot = 0; slot < m_envs.size(); ++slot) {
            const Env &env = m_envs[slot];
            if (env.state != EnvState::Ended && env.state != EnvState::ShuttingDown && !env.retiring)
                retire(slot, EndReason::Changed);
        }
    }
    if (now.platform.routing != m_onDemandPool->routing()) {
        auto pool = std::make_unique<FrozenPool>(now.platform.routing, m_envs);
        for (std::uint32_t slot = 0; slot < m_envs.size(); ++slot)
            if (m_envs[slot].state == EnvState::Frozen && !m_envs[slot].provisioned && m_envs[slot].tenant < 0
                && !m_envs[slot].managed)
                pool->add(slot);
        m_onDemandPool = std::move(pool);
    }
    if (now.workload.pattern != before.workload.pattern || now.workload.ratePerS != before.workload.ratePerS
        || now.workload.meanRatePerS != before.workload.meanRatePerS
        || now.workload.peakToTrough != before.workload.peakToTrough
        || now.workload.periodS != before.workload.periodS || now.workload.peakAtS != before.workload.peakAtS
        || now.workload.baseRatePerS != before.workload.baseRatePerS
        || now.workload.burstRatePerS != before.workload.burstRatePerS
        || now.workload.everyS != before.workload.everyS || now.workload.lengthS != before.workload.lengthS
        || !(now.workload.trace == before.workload.trace)) {
        m_arrivals->returnUnused(m_arrivalRng);
        m_arrivals = makeArrivals(now.workload, m_now);
        scheduleNextArrival();
    }
    if (!(now.workload.keepWarm == before.workload.keepWarm)) {
        ++m_pingGeneration;
        schedulePings(m_now);
    }
    m_rates = ratesFor(now.function.architecture, now.pricing.rates);
    m_stats.billing().setFreeTier(now.pricing.freeTier);
    m_requestPrice = m_rates.requestPerMillion / 1e6;
    cacheConfiguration();
    m_tokens = std::min(m_tokens, now.platform.scaleRate.burst);
    adjustProvisioned();
    if (m_observer)
        m_observer->configurationChanged(static_cast<int>(index), m_now);
}

void Simulator::adjustProvisioned()
{
    const int target = config().function.provisionedConcurrency;
    while (m_provisionedActive < target)
        spawnProvisioned(m_now, kNoSlot);
    while (m_provisionedActive > target) {
        std::uint32_t slot = m_pcPool->any();
        if (slot == kNoSlot) {
            for (std::uint32_t s = 0; s < m_envs.size(); ++s) {
                const Env &e = m_envs[s];
                if (e.provisioned && e.routable && e.state != EnvState::Ended) {
                    slot = s;
                    break;
                }
            }
        }
        if (slot == kNoSlot)
            break;
        retire(slot, EndReason::Changed);
    }
}

// --- the end ---------------------------------------------------------------------------------

void Simulator::finish()
{
    const double end = std::max(m_now, m_durationMs);
    m_stats.integrateTo(end);
    m_now = end;
    for (std::uint32_t slot = 0; slot < m_envs.size(); ++slot) {
        Env &env = m_envs[slot];
        switch (env.state) {
        case EnvState::Ended: break;
        case EnvState::Frozen:
            if (env.managed) {   // idle, not frozen: nothing to bill by the GB-s
                endEnv(slot, end, EndReason::EndOfRun);
                break;
            }
            emitSegment(env.id, Phase::Frozen, env.phaseStart, end);
            m_stats.billing().addIdle(env.gb, end - env.phaseStart);
            endEnv(slot, end, EndReason::EndOfRun);
            break;
        case EnvState::ShuttingDown: {
            const double done = env.phaseStart + env.shutdownMs;
            emitSegment(env.id, Phase::Shutdown, env.phaseStart, done);
            endEnv(slot, done, env.retireReason);
            break;
        }
        case EnvState::Initializing:
        case EnvState::Busy:
            // Only a provisioned environment still initialising in the background gets here.
            if (m_observer)
                emitInitSegments(env.marks, env.snapstart, end,
                                 [&](Phase p, double a, double b) { emitSegment(env.id, p, a, b); });
            endEnv(slot, end, EndReason::EndOfRun);
            break;
        }
    }
    m_finished = true;
    m_stats.finish();
}

// --- figures ---------------------------------------------------------------------------------

std::array<int, kPhaseCount> Simulator::phaseCounts() const
{
    std::array<int, kPhaseCount> counts{};
    for (const Env &env : m_envs) {
        Phase p = env.phase;
        switch (env.state) {
        case EnvState::Ended: continue;
        case EnvState::Initializing:
            if (env.snapstart)
                p = m_now < env.marks[1] ? Phase::EnvSetup : Phase::Restore;
            else if (m_now < env.marks[1]) p = Phase::EnvSetup;
            else if (m_now < env.marks[2]) p = Phase::ExtensionInit;
            else if (m_now < env.marks[3]) p = Phase::RuntimeInit;
            else p = Phase::FunctionInit;
            break;
        case EnvState::Busy: p = Phase::Invoke; break;
        case EnvState::Frozen: p = env.managed ? Phase::Invoke : Phase::Frozen; break;
        case EnvState::ShuttingDown: p = Phase::Shutdown; break;
        }
        ++counts[static_cast<int>(p)];
    }
    return counts;
}

Summary Simulator::summary() const
{
    Summary s;
    const Scenario &first = m_periods.front().scenario;
    s.scenario = first.name;
    s.seed = first.seed;
    s.durationS = first.durationS;
    m_stats.fillSummary(s, m_now, m_finished);
    s.events = m_events;
    return s;
}

int Simulator::tenantOf(RequestKind kind)
{
    // A trace's tenant column wins; otherwise the Zipf draw. Trace tenants are numbered as they
    // appear, so the per-tenant tables grow with them.
    const int traced = kind == RequestKind::Request ? m_arrivals->tenantOfLast() : -1;
    const int tenant = traced >= 0 ? traced : m_tenants.draw(m_tenantRng);
    const auto need = static_cast<std::size_t>(tenant) + 1;
    if (m_tenantPools.size() < need) {
        m_tenantPools.resize(need, FrozenPool(config().platform.routing, m_envs));
        m_stats.addTenants(need);
    }
    return tenant;
}

Simulator::FrozenPool &Simulator::poolOf(const Env &env)
{
    return env.tenant >= 0 ? m_tenantPools[static_cast<std::size_t>(env.tenant)] : *m_onDemandPool;
}

// --- Managed Instances -----------------------------------------------------------------------
// Environments on a fleet of EC2 instances (compute options reference §1). A request goes to the
// ready environment serving the fewest requests that has a free slot, or is throttled: nothing
// queues. Its CPU part shares the environment's vCPUs with the other CPU parts running there
// (processor sharing), then its I/O part waits alone. Environments never freeze; an idle one
// counts as idle capacity. Every ManagedScale event compares the fleet's CPU utilisation since
// the last one with the target and launches or removes whole instances.

void Simulator::startManaged()
{
    const Scenario &s = config();
    m_layout = managedLayout(s.function, &m_rates);
    for (int i = 0; i < s.function.managedInstances.minInstances; ++i) {
        const auto instance = static_cast<std::uint32_t>(m_instanceSlots.size());
        m_instanceSlots.emplace_back();
        m_liveInstances.push_back(instance);
        for (int k = 0; k < m_layout.envsPerInstance; ++k)
            spawnManaged(true, instance);
    }
    billInstances();
    if (kScaleSampleS * 1000.0 < m_durationMs)
        m_queue.push(kScaleSampleS * 1000.0, EventType::ManagedScale);
}

void Simulator::billInstances()
{
    const int count = static_cast<int>(m_liveInstances.size()) + m_instancesLaunching;
    m_stats.billing().setInstances(std::max(0.0, m_now), count, m_layout.instanceHourUsd, m_layout.feeHourUsd);
}

void Simulator::spawnManaged(bool initial, std::uint32_t instance)
{
    const std::uint32_t slot = newEnv(EnvKind::ManagedInstance);
    if (m_sharing.size() < m_envs.size())
        m_sharing.resize(m_envs.size());
    m_sharing[slot] = ProcessorSharing(m_layout.envVcpus);
    Env &env = m_envs[slot];
    env.managed = true;
    env.instance = instance;
    env.gb = m_layout.envMemoryGib;
    env.routable = false;   // routing of managed environments is their own (m_managedReady)
    --m_routable;
    m_instanceSlots[instance].push_back(slot);
    if (!initial) {
        startColdInit(slot, false, false);
        return;
    }
    // The initial fleet is ready when the run starts, like provisioned concurrency.
    initBeforeRun(slot, EventType::Ready);
}

void Simulator::onManagedReady(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    integrateManagedCpu();
    setState(env, EnvState::Frozen);   // ready and idle: counted as idle capacity, never frozen
    env.phase = Phase::Invoke;
    env.phaseStart = m_now;
    m_stats.addCpu(0, m_layout.envVcpus);
    m_managedReady.push_back(slot);
    if (m_observer) {
        emitInitSegments(env.marks, false, m_now,
                         [&](Phase p, double a, double b) { emitSegment(env.id, p, a, b); });
        m_observer->phaseChanged(env.id, Phase::Invoke, m_now);
    }
}

void Simulator::integrateManagedCpu()
{
    m_stats.integrateCpuTo(std::min(std::max(m_now, 0.0), m_durationMs));
}

void Simulator::onManagedArrival(std::uint64_t id, RequestKind kind, double factor, double traceHandlerMs)
{
    m_stats.requestArrived(kind);
    if (m_observer)
        m_observer->requestArrived(id, kind, m_now);

    // The least loaded environment with a free slot (ties: the first ready).
    std::uint32_t best = kNoSlot;
    int load = m_layout.maxConcurrency;
    for (const std::uint32_t slot : m_managedReady) {
        const int n = m_envs[slot].inFlight;
        if (n < load) {
            load = n;
            best = slot;
            if (n == 0)
                break;
        }
    }
    if (best == kNoSlot) {
        InvocationRecord inv;
        inv.id = id;
        inv.kind = kind;
        inv.arrivalMs = inv.startMs = inv.endMs = m_now;
        inv.startType = inv.startedAs = StartType::Throttled;
        inv.throttleCause = ThrottleCause::ConcurrencyLimit;
        m_stats.requestThrottled(kind);
        if (m_observer)
            m_observer->requestThrottled(inv);
        return;
    }

    // The handler's CPU part (at one vCPU: a request runs on one thread) and its waiting part.
    const FunctionSpec &f = config().function;
    double cpu = 0, io = 0;
    if (kind == RequestKind::Ping) {
        io = config().workload.keepWarm.pingMs;
    } else {
        const double ioMean = f.handler.ioMs + (f.handler.setupInInit ? 0.0 : f.handler.setupMs);
        const double total = std::isfinite(traceHandlerMs) ? traceHandlerMs : (f.handler.cpuMs + ioMean) * factor;
        const double mean = f.handler.cpuMs + ioMean;
        cpu = mean > 0 ? total * f.handler.cpuMs / mean : 0;
        io = total - cpu + m_streamingMs;
    }

    std::uint32_t request;
    if (!m_freeRequests.empty()) {
        request = m_freeRequests.back();
        m_freeRequests.pop_back();
    } else {
        request = static_cast<std::uint32_t>(m_managedRequests.size());
        m_managedRequests.emplace_back();
    }
    ManagedRequest &r = m_managedRequests[request];
    Env &env = m_envs[best];
    r.slot = best;
    r.ioMs = io;
    r.deadlineMs = m_now + m_timeoutMs;
    r.inCpu = true;
    r.timedOut = false;
    r.inv = InvocationRecord{};
    r.inv.id = id;
    r.inv.kind = kind;
    r.inv.arrivalMs = r.inv.startMs = m_now;
    r.inv.envId = env.id;
    r.inv.startType = r.inv.startedAs = StartType::Warm;
    ++m_inUse;
    if (env.inFlight++ == 0)
        setState(env, EnvState::Busy);
    if (m_observer)
        m_observer->requestStarted(r.inv);

    integrateManagedCpu();
    ProcessorSharing &ps = m_sharing[best];
    const double busyBefore = ps.busyVcpus();
    ps.add(m_now, cpu, request);
    m_stats.addCpu(ps.busyVcpus() - busyBefore, 0);
    scheduleManagedCpu(best);
    // Pushed after the CPU end, so that a CPU part ending exactly at the timeout ends as done.
    m_queue.push(r.deadlineMs, EventType::ManagedComplete, request, r.generation | kTimeoutEvent);
}

void Simulator::scheduleManagedCpu(std::uint32_t slot)
{
    Env &env = m_envs[slot];
    ++env.cpuStamp;
    const double t = m_sharing[slot].nextEnd();
    if (std::isfinite(t))
        m_queue.push(std::max(t, m_now), EventType::ManagedCpuDone, slot, env.cpuStamp);
}

void Simulator::onManagedCpuDone(std::uint32_t slot, std::uint32_t stamp)
{
    Env &env = m_envs[slot];
    if (env.cpuStamp != stamp || !env.managed)
        return;   // the sharing changed since this end was computed
    integrateManagedCpu();
    ProcessorSharing &ps = m_sharing[slot];
    const double busyBefore = ps.busyVcpus();
    ps.advance(m_now);
    m_doneScratch.clear();
    ps.popDone(m_doneScratch);
    m_stats.addCpu(ps.busyVcpus() - busyBefore, 0);
    scheduleManagedCpu(slot);
    for (const std::uint32_t request : m_doneScratch) {
        ManagedRequest &r = m_managedRequests[request];
        r.inCpu = false;
        if (r.ioMs <= 0) {
            endManagedRequest(request);
            continue;
        }
        // An I/O part that would run past the deadline ends there, as a timeout (the timeout
        // event pushed at arrival is then ignored: it only cuts CPU parts).
        r.timedOut = m_now + r.ioMs > r.deadlineMs;
        m_queue.push(r.timedOut ? r.deadlineMs : m_now + r.ioMs, EventType::ManagedComplete, request, r.generation);
    }
}

void Simulator::onManagedComplete(std::uint32_t request, std::uint32_t stamp)
{
    ManagedRequest &r = m_managedRequests[request];
    if ((stamp & ~kTimeoutEvent) != r.generation)
        return;   // an event of a request that has ended
    if (stamp & kTimeoutEvent) {
        if (!r.inCpu)
            return;   // in its I/O part: that end is already at the deadline at the latest
        // The function timeout in the middle of the CPU part: the request stops, and the others
        // in the environment share its vCPUs from now on.
        integrateManagedCpu();
        ProcessorSharing &ps = m_sharing[r.slot];
        const double busyBefore = ps.busyVcpus();
        ps.advance(m_now);
        ps.remove(request);
        m_stats.addCpu(ps.busyVcpus() - busyBefore, 0);
        scheduleManagedCpu(r.slot);
        r.inCpu = false;
        r.timedOut = true;
    }
    endManagedRequest(request);
}

void Simulator::endManagedRequest(std::uint32_t request)
{
    ManagedRequest &r = m_managedRequests[request];
    ++r.generation;   // the request's timeout event, if still queued, is now stale
    r.generation &= ~kTimeoutEvent;
    Env &env = m_envs[r.slot];
    InvocationRecord &inv = r.inv;
    inv.endMs = m_now;
    inv.durationMs = inv.latencyMs = inv.endMs - inv.arrivalMs;
    // Like an on-demand request past the timeout: ended at the timeout, counted as timed out,
    // billed what a request is billed here (its request charge; the instances carry the rest).
    if (r.timedOut)
        inv.startType = StartType::TimedOut;
    --m_inUse;
    emitSegment(env.id, Phase::Invoke, inv.startMs, inv.endMs, inv.id);
    ++env.invocations;
    if (--env.inFlight == 0)
        setState(env, EnvState::Frozen);

    // No duration is billed: the instances are (billInstances).
    m_stats.billing().addRequest(m_now, m_rates);
    completeInvocation(inv, m_requestPrice);
    m_freeRequests.push_back(request);
}

void Simulator::onManagedScale()
{
    integrateManagedCpu();
    const double utilisation = m_stats.takeCpuUtilisation();
    const ManagedInstancesSpec &mi = config().function.managedInstances;
    const int running = static_cast<int>(m_liveInstances.size());
    const int desired = desiredInstances(running, utilisation, mi);
    if (desired > running + m_instancesLaunching) {
        const int launch = desired - running - m_instancesLaunching;
        const double at = m_now + mi.launchS * 1000.0;
        if (at < m_durationMs) {
            m_instancesLaunching += launch;
            m_queue.push(at, EventType::ManagedLaunch, static_cast<std::uint32_t>(launch));
            billInstances();
        }
    } else if (desired < running && m_instancesLaunching == 0) {
        // Scale in: remove the newest instances whose environments are all idle.
        int remove = running - desired;
        for (auto it = m_liveInstances.end(); it != m_liveInstances.begin() && remove > 0;) {
            --it;
            const auto &slots = m_instanceSlots[*it];
            const bool idle = std::all_of(slots.begin(), slots.end(), [this](std::uint32_t slot) {
                return m_envs[slot].state == EnvState::Frozen && m_envs[slot].inFlight == 0;
            });
            if (!idle)
                continue;
            for (const std::uint32_t slot : slots) {
                std::erase(m_managedReady, slot);
                m_stats.addCpu(0, -m_layout.envVcpus);
                Env &env = m_envs[slot];
                m_stats.environmentShutDown();
                setState(env, EnvState::ShuttingDown);
                env.phase = Phase::Shutdown;
                env.phaseStart = m_now;
                env.retireReason = EndReason::ScaleIn;
                if (m_observer)
                    m_observer->phaseChanged(env.id, Phase::Shutdown, m_now);
                if (env.shutdownMs <= 0)
                    endEnv(slot, m_now, EndReason::ScaleIn);
                else
                    m_queue.push(m_now + env.shutdownMs, EventType::ShutdownDone, slot);
            }
            it = m_liveInstances.erase(it);
            --remove;
        }
        billInstances();
    }
    const double next = m_now + kScaleSampleS * 1000.0;
    if (next < m_durationMs)
        m_queue.push(next, EventType::ManagedScale);
}

void Simulator::onManagedLaunch(std::uint32_t count)
{
    m_instancesLaunching -= static_cast<int>(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto instance = static_cast<std::uint32_t>(m_instanceSlots.size());
        m_instanceSlots.emplace_back();
        m_liveInstances.push_back(instance);
        for (int k = 0; k < m_layout.envsPerInstance; ++k)
            spawnManaged(false, instance);
    }
    billInstances();
}

}  // namespace lle
