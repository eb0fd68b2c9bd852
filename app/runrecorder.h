// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing.h"
#include "observer.h"
#include "scenario.h"
#include "simulator.h"
#include "summary.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace lle {

/// One phase of one environment as the lanes draw it. Invoke segments carry the invocation id.
struct LaneSegment {
    double startMs = 0;
    double endMs = 0;
    std::uint32_t invocationId = 0;   ///< 0: not an invoke segment, or several merged
    Phase phase = Phase::EnvSetup;
};

struct RecordedEnv {
    EnvironmentRecord record;         ///< endMs = +inf while it lives on past the recorded time
    bool ended = false;
    std::vector<LaneSegment> segments;   ///< chronological
    /// The phase entered last and when; what the environment does after its last segment.
    Phase openPhase = Phase::EnvSetup;
    double openSinceMs = std::numeric_limits<double>::quiet_NaN();
};

/// Cost lines accumulated up to the end of each metrics bucket (event-driven lines only; PC
/// capacity and the SnapStart cache are continuous and come from RecordedRun::continuousCostAt).
struct CostPoint {
    double requests = 0, duration = 0, init = 0, provisioned = 0, snapstart = 0;
};

/// A change as the plots label it: which keys went from what to what.
struct ChangeMark {
    double atMs = 0;
    int changeIndex = 0;
    struct Setting {
        std::string path;
        ScalarValue before;
        ScalarValue after;
    };
    std::vector<Setting> settings;
};

/// Everything the views need about one run, immutable once published and shared between the
/// worker and the UI thread. Playback is a view of it at the playhead time.
struct RecordedRun {
    Scenario scenario;
    std::vector<ConfigPeriod> periods;
    double durationMs = 0;
    double bucketS = 1;
    /// Everything the simulator emitted before this time is recorded (+inf once finished).
    double recordedUntilMs = 0;
    bool finished = false;
    std::uint64_t generation = 0;

    std::vector<RecordedEnv> envs;                ///< index = env id − 1
    /// Completed and throttled requests and pings in completion order (so endMs is sorted), every
    /// `invocationStride`-th one once more than RunRecorder::kMaxDrawnInvocations arrived.
    std::vector<InvocationRecord> invocations;
    std::uint32_t invocationStride = 1;
    std::uint64_t invocationsSeen = 0;
    /// Start type of every request by id (id − 1), known once it completed or was throttled.
    std::vector<std::uint8_t> startTypeById;
    bool segmentsMerged = false;                  ///< over the segment cap: short phases merged

    std::vector<MetricsRow> metrics;
    std::vector<CostPoint> cost;                  ///< cumulative at each bucket's end
    Summary summary;
    std::vector<ChangeMark> changes;

    /// Live environments per phase at `tMs` (index: Phase), as Simulator::phaseCounts() gives
    /// after runUntil(tMs).
    std::array<int, kPhaseCount> phaseCountsAt(double tMs) const;
    /// The segment of `env` in effect at `tMs`, or −1 (not alive, or in its open phase).
    int segmentAt(const RecordedEnv &env, double tMs) const;
    /// The phase of `env` at `tMs`; false when it is not alive then.
    bool phaseAt(const RecordedEnv &env, double tMs, Phase &phase, double *sinceMs = nullptr,
                 Phase *previous = nullptr) const;
    /// Index of the first invocation whose endMs is > tMs (so [0, i) completed by tMs).
    std::size_t invocationsUntil(double tMs) const;
    const InvocationRecord *findInvocation(std::uint64_t id, double endMs) const;
    /// Number of closed metrics buckets whose end is ≤ tMs.
    std::size_t bucketsUntil(double tMs) const;
    /// PC capacity and SnapStart cache accrued over [0, tMs).
    CostPoint continuousCostAt(double tMs) const;
    /// Cost lines at `tMs` (bucket resolution) including continuous charges.
    CostPoint costAt(double tMs) const;
    StartType startTypeOf(std::uint64_t id) const;
    bool knownStartType(std::uint64_t id) const;
};

using RunPtr = std::shared_ptr<const RecordedRun>;

/// Collects what the views need from a Simulator. It can start from an earlier run of a scenario
/// that agrees with this one before `cutMs`: the simulator then runs to the cut without recording
/// (only counting cost), the earlier run supplies the history, and recording starts at the cut.
class RunRecorder : public SimulationObserver {
public:
    static constexpr std::size_t kMaxDrawnInvocations = 200'000;
    static constexpr std::size_t kMaxSegments = 1'500'000;

    RunRecorder(const Scenario &scenario, const Simulator &sim);

    /// Takes the history before `cutMs` from `base`. Returns true when the recorder must still
    /// observe the simulator before the cut in a light mode (counting cost and requests); false
    /// when `base` held everything (every request kept) and the simulator may run to the cut
    /// with no observer at all, at full speed.
    bool startFrom(const RunPtr &base, double cutMs);
    /// Switch from light mode to recording (call when the simulator stands just before the cut).
    void beginRecording();

    /// A snapshot of what is recorded so far (copies); `finished` when the simulator finished.
    std::shared_ptr<RecordedRun> snapshot(bool finished) const;
    /// The final run (moves the recorded data out; the recorder is spent).
    std::shared_ptr<RecordedRun> take();

    void environmentCreated(const EnvironmentRecord &env) override;
    void phaseChanged(std::uint32_t envId, Phase phase, SimTime t) override;
    void phaseSegment(const PhaseSegment &segment) override;
    void environmentEnded(const EnvironmentRecord &env) override;
    void requestCompleted(const InvocationRecord &inv) override;
    void requestThrottled(const InvocationRecord &inv) override;
    void configurationChanged(int changeIndex, SimTime t) override;

private:
    RecordedEnv &env(std::uint32_t id);
    void addInvocation(const InvocationRecord &inv);
    void addCost(const InvocationRecord &inv);
    void fillCommon(RecordedRun &r, bool finished) const;

    const Simulator &m_sim;
    std::shared_ptr<RecordedRun> m_run;
    bool m_recording = true;
    double m_mergeQuantumMs = 0;
    std::size_t m_segments = 0;
    std::vector<CostPoint> m_costDelta;   ///< per bucket, summed into cumulative lines on output
    std::vector<Rates> m_periodRates;
    std::vector<bool> m_periodCharged;
};

}  // namespace lle
