// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing.h"
#include "cloningptr.h"
#include "eventqueue.h"
#include "managedinstances.h"
#include "observer.h"
#include "quantilesketch.h"
#include "rng.h"
#include "runstatistics.h"
#include "scenario.h"
#include "summary.h"
#include "tenants.h"

#include <array>
#include <cmath>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

/// The discrete-event simulation of execution environments (model reference §1–8).
namespace lle {

class ArrivalProcess;

struct SimulationOptions {
    /// Width of a metrics.csv bucket; 0: 1 s up to an hour of simulated time, else duration/3600.
    double bucketS = 0;
    /// Polled between events; a cancelled run stops where it is.
    const std::atomic<bool> *cancel = nullptr;
    /// Makes the arrival process of a workload from `startMs` to `endMs`; empty: the patterns of
    /// arrivals.h. Trace replay hands in a process that reads its file through a stream.
    std::function<std::unique_ptr<ArrivalProcess>(const WorkloadSpec &, double startMs, double endMs)>
        arrivals;
    /// Keep the latency sketch of every closed metrics bucket (bucketLatency()): the window's
    /// percentiles over any stretch of a long run, exact to the sketch's accuracy.
    bool keepBucketLatency = false;
};

/// The metrics bucket width the contract prescribes for a run of `durationS`.
double defaultBucketS(double durationS);

/// The scenario's configuration stretches: the scenario, then the scenario after each change.
/// Throws std::invalid_argument if a change does not apply (validate the scenario first).
std::vector<ConfigPeriod> configurationPeriods(const Scenario &s);

class Simulator {
public:
    /// `scenario` must be valid (scenarioio.h); the run is a pure function of it and its seed.
    explicit Simulator(const Scenario &scenario, SimulationOptions options = {});
    ~Simulator();
    Simulator &operator=(const Simulator &) = delete;

    /// A checkpoint: an independent simulator in exactly this state, without the observer.
    /// Null when the arrival process cannot be copied (trace replay reads a stream).
    std::unique_ptr<Simulator> clone() const;

    /// Replaces the `changes` that have not taken effect yet by those of `scenario`, which must be
    /// this run's scenario with other changes from now on (the window's "what if I move this
    /// slider now"). Returns false, changing nothing, when the past differs.
    bool replaceFutureChanges(const Scenario &scenario);

    /// Calls arrive in simulated-time order from the thread that drives the run; may be null.
    void setObserver(SimulationObserver *observer) { m_observer = observer; }

    SimTime now() const { return m_now; }
    /// Runs the next event. False once the run has finished.
    bool step();
    /// Runs every event up to and including time `t` (ms).
    void runUntil(SimTime t);
    /// Runs to the end (or until cancelled).
    void run();
    bool finished() const { return m_finished; }
    bool cancelled() const { return m_cancelled; }

    /// The figures so far; complete once finished().
    Summary summary() const;
    /// Every metrics bucket of [0, duration_s); final once finished().
    const std::vector<MetricsRow> &metrics() const { return m_stats.metrics(); }
    double bucketS() const { return m_stats.bucketMs() / 1000.0; }
    /// The latency sketch of each closed metrics bucket (requests completed in it), trimmed;
    /// empty unless SimulationOptions::keepBucketLatency. Shared, so checkpoints copy pointers.
    const std::vector<std::shared_ptr<const QuantileSketch>> &bucketLatency() const { return m_stats.bucketLatency(); }
    const std::vector<ConfigPeriod> &periods() const { return m_periods; }
    std::uint64_t events() const { return m_events; }

    /// How many live environments are in each phase at now() (index: Phase).
    std::array<int, kPhaseCount> phaseCounts() const;

private:
    enum class EnvState : std::uint8_t { Initializing, Busy, Frozen, ShuttingDown, Ended };
    struct Env;
    struct Pending;
    class FrozenPool;

    // Event handlers
    void onArrival(RequestKind kind, double traceHandlerMs);
    void onReady(std::uint32_t slot);
    void onPhaseTick(std::uint32_t slot, std::uint32_t mark);
    void onComplete(std::uint32_t slot);
    void completeInvocation(InvocationRecord &inv, double costUsd);
    void onPcReady(std::uint32_t slot);
    void onIdleExpire(std::uint32_t slot, std::uint32_t tag);
    void onLifetime(std::uint32_t slot, std::uint32_t envId);
    void onShutdownDone(std::uint32_t slot);
    void onChange(std::uint32_t index, std::uint32_t generation);
    Simulator(const Simulator &other);

    // Environment lifecycle
    std::uint32_t newEnv(EnvKind kind);
    void startColdInit(std::uint32_t slot, bool snapstart, bool provisioned);
    void dispatch(std::uint32_t slot, std::uint64_t requestId, RequestKind kind, double factor,
                  double traceHandlerMs, StartType startType, ColdReason reason);
    void freeze(std::uint32_t slot);
    void armExpiry(std::uint32_t slot, double t);
    void thaw(std::uint32_t slot);
    void beginShutdown(std::uint32_t slot, EndReason reason);
    void endEnv(std::uint32_t slot, double t, EndReason reason);
    void retire(std::uint32_t slot, EndReason reason);
    void adjustProvisioned();
    void spawnProvisioned(double createdAt, std::uint32_t replacesSlot);
    void initBeforeRun(std::uint32_t slot, EventType readyEvent);
    ColdReason coldReason() const;
    void start();
    void finish();

    // Bookkeeping
    void advanceTo(double t);
    void emitSegment(std::uint32_t envId, Phase p, double start, double end, std::uint64_t inv = 0);
    void schedulePings(double fromMs);
    void scheduleNextArrival();
    double nextEventTime() const;
    void cacheConfiguration();
    std::unique_ptr<ArrivalProcess> makeArrivals(const WorkloadSpec &w, double fromMs) const;
    const Scenario &config() const { return m_periods[m_periodIndex].scenario; }
    double handlerFactor();
    void drawFactors();
    void dropFactorsOfAnotherConfiguration();
    EnvironmentRecord recordOf(const Env &e) const;
    void setState(Env &env, EnvState to);
    FrozenPool &poolOf(const Env &env);
    int tenantOf(RequestKind kind);

    // Managed Instances (compute options reference §1): environments serving many requests at
    // once on a fleet that scales on CPU utilisation. Kept apart from the on-demand path.
    // Marked cold: kept out of line, so that the compiler's inlining budget still goes to the
    // on-demand path (bench_core "hour" lost 3 % without it).
    struct ManagedRequest;
    [[gnu::cold]] void startManaged();
    [[gnu::cold]] void spawnManaged(bool initial, std::uint32_t instance);
    [[gnu::cold]] void onManagedArrival(std::uint64_t id, RequestKind kind, double factor, double traceHandlerMs);
    [[gnu::cold]] void onManagedReady(std::uint32_t slot);
    [[gnu::cold]] void onManagedCpuDone(std::uint32_t slot, std::uint32_t stamp);
    [[gnu::cold]] void onManagedComplete(std::uint32_t request, std::uint32_t stamp);
    [[gnu::cold]] void endManagedRequest(std::uint32_t request);
    [[gnu::cold]] void onManagedScale();
    [[gnu::cold]] void onManagedLaunch(std::uint32_t count);
    [[gnu::cold]] void scheduleManagedCpu(std::uint32_t slot);
    void integrateManagedCpu();
    [[gnu::cold]] void billInstances();

    SimulationOptions m_options;
    std::vector<ConfigPeriod> m_periods;
    std::size_t m_periodIndex = 0;
    double m_durationMs;
    SimulationObserver *m_observer = nullptr;

    EventQueue m_queue;
    SimTime m_now = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    std::uint64_t m_events = 0;

    Rng m_arrivalRng, m_handlerRng, m_initRng, m_idleRng, m_routingRng, m_pingRng;
    CloningPtr<ArrivalProcess> m_arrivals;
    std::uint32_t m_pingGeneration = 0;
    std::uint64_t m_nextRequestId = 1;
    std::uint32_t m_nextEnvId = 1;

    std::vector<Env> m_envs;               ///< slots, reused after an environment ends
    std::vector<std::uint32_t> m_freeSlots;
    std::vector<Pending> m_pending;        ///< the request each busy slot serves
    CloningPtr<FrozenPool> m_onDemandPool;
    CloningPtr<FrozenPool> m_pcPool;
    int m_version = 0;
    std::uint32_t m_changeGeneration = 0;  ///< Change events of replaced futures are ignored
    std::uint32_t m_expiryTags = 0;

    // Platform state
    int m_inUse = 0;                       ///< busy or initialising for a request
    int m_routable = 0;                    ///< current-version environments not retiring
    int m_provisionedActive = 0;           ///< PC environments of the current version not retiring
    bool m_everCreated = false;
    EndReason m_lastRetire = EndReason::None;
    double m_tokens = 0;
    double m_tokensAt = 0;
    Rates m_rates;
    double m_requestPrice = 0;
    double m_meanHandlerMs = 0;            ///< of the current configuration
    double m_timeoutMs = 0;
    double m_handlerSigma = 0, m_handlerMu = 0;
    /// Handler factors drawn ahead (handlerFactor()), and what they were drawn with: the stream
    /// before the batch and the distribution, so that a change can put the stream back.
    static constexpr std::uint32_t kFactorBatch = 64;
    std::array<double, kFactorBatch> m_factors{};
    std::uint32_t m_factorsUsed = 0, m_factorsDrawn = 0;
    Rng m_handlerRngBeforeBatch;
    Distribution m_batchDistribution = Distribution::Fixed;
    double m_batchSigma = 0, m_batchMu = 0;
    double m_nextArrival = INFINITY;       ///< the pending arrival, kept beside the queue

    // What the run measures: levels, metrics buckets, latency sketches, counts, the bill, the
    // fleet's CPU integrals (Managed Instances) and the tenants' environments.
    RunStatistics m_stats;

    // Managed Instances
    bool m_managed = false;
    ManagedLayout m_layout;
    std::vector<ProcessorSharing> m_sharing;        ///< per slot, managed environments only
    std::vector<ManagedRequest> m_managedRequests;  ///< requests in flight, reused
    std::vector<std::uint32_t> m_freeRequests;
    std::vector<std::uint32_t> m_managedReady;      ///< slots of environments that take requests
    std::vector<std::vector<std::uint32_t>> m_instanceSlots;   ///< per instance its environments' slots
    std::vector<std::uint32_t> m_liveInstances;     ///< instances running (not launching, not removed)
    int m_instancesLaunching = 0;
    std::vector<std::uint32_t> m_doneScratch;

    // Tenant isolation
    bool m_tenantIsolation = false;
    TenantPicker m_tenants;
    Rng m_tenantRng;
    std::vector<FrozenPool> m_tenantPools;
    double m_streamingMs = 0;                       ///< added to each request beyond 6 MB of response
};

}  // namespace lle
