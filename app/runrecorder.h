// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing.h"
#include "chunkedvector.h"
#include "observer.h"
#include "scenario.h"
#include "simulator.h"
#include "summary.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace lle {

/// One phase of one environment as the lanes draw it. Invoke segments carry the invocation id.
struct LaneSegment {
    double startMs = 0;
    double endMs = 0;
    std::uint32_t invocationId = 0;   ///< 0: not an invoke segment, or several merged
    Phase phase = Phase::EnvSetup;
};

using LaneSegments = ChunkedVector<LaneSegment, 512>;

struct RecordedEnv {
    EnvironmentRecord record;         ///< endMs = +inf while it lives on past the recorded time
    bool ended = false;
    LaneSegments segments;            ///< chronological; shared with the run this one grew from
    /// The phase entered last and when; what the environment does after its last segment.
    Phase openPhase = Phase::EnvSetup;
    double openSinceMs = std::numeric_limits<double>::quiet_NaN();
};

/// The bill's lines as the plots group them: requests, duration, init, provisioned (capacity and
/// duration), SnapStart (cache and restores), ephemeral storage, free tier credit (≤ 0), Managed
/// Instances (instances and management fee), tenant environments and response streaming.
struct CostSeries {
    static constexpr int kCount = 9;
    std::array<double, kCount> values{};
    static CostSeries of(const CostLines &c);
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
    /// Set when the change touches the idle timeout (fixed or ranged): the whole setting before
    /// and after, since a range takes two keys.
    std::optional<IdleTimeout> idleBefore, idleAfter;
};

/// A checkpoint of a run: the simulator as it stood at `atMs` (every event up to it done, no
/// observer). A slider move at t resumes from the latest one before t instead of from 0.
struct Checkpoint {
    /// Regular: every 1/(kMaxCheckpoints + 1) of the run, kept for good. Recent: a ring of dense
    /// ones just behind the computation's front, where a slider moved while a long run computes
    /// lands. Held: at a slider move's time (the next move there starts from it), where the
    /// computation passed the playhead, and the one SimulationController made at the paused playhead.
    enum class Kind : std::uint8_t { Regular, Recent, Held };
    double atMs = 0;
    std::shared_ptr<const Simulator> sim;
    /// Completions and throttles seen before `atMs` (where RunRecorder's sampling stands).
    std::uint64_t invocationsSeen = 0;
    Kind kind = Kind::Regular;
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
    /// This run is the run of generation `basedOn` before `sameBeforeMs`: it took that history
    /// from it (sharing its storage) and recorded only from there. 0: recorded from the start.
    std::uint64_t basedOn = 0;
    double sameBeforeMs = 0;
    /// Where the simulator of this run started: 0, or the checkpoint it was cloned from.
    double simulatedFromMs = 0;

    std::vector<RecordedEnv> envs;                ///< index = env id − 1
    /// Completed and throttled requests and pings in completion order (so endMs is sorted), every
    /// `invocationStride`-th one once more than RunRecorder::kMaxDrawnInvocations arrived.
    ChunkedVector<InvocationRecord, 4096> invocations;
    std::uint32_t invocationStride = 1;
    std::uint64_t invocationsSeen = 0;
    /// Start type of every request by id (id − 1), known once it completed or was throttled; a
    /// byte per request, so only for the first RunRecorder::kMaxStartTypes ids (later requests
    /// are drawn as invoking, without their start type).
    ChunkedVector<std::uint8_t, 65536> startTypeById;
    bool segmentsMerged = false;                  ///< over the segment cap: short phases merged

    std::vector<MetricsRow> metrics;              ///< costLinesCum: the bill at each bucket's end
    /// The latency sketch of each closed bucket (Simulator::bucketLatency()): percentiles over
    /// any run of buckets, whatever the sampling of `invocations` (RunFigures).
    std::vector<std::shared_ptr<const QuantileSketch>> bucketLatency;
    Summary summary;
    std::vector<ChangeMark> changes;
    /// In time order, at most RunRecorder::kMaxCheckpoints regular ones, kRecentCheckpoints recent
    /// and kHeldCheckpoints held ones; shared with the runs grown from this one.
    std::vector<Checkpoint> checkpoints;

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
    /// Index of the first invocation whose endMs is ≥ tMs.
    std::size_t invocationsBefore(double tMs) const;
    const InvocationRecord *findInvocation(std::uint64_t id, double endMs) const;
    /// Number of closed metrics buckets whose end is ≤ tMs.
    std::size_t bucketsUntil(double tMs) const;
    /// The bill at `tMs`: the metrics rows' cost lines at the ends of the buckets around it,
    /// interpolated linearly within the bucket (the last closed bucket's when `tMs` lies beyond
    /// what a partial run has recorded).
    CostLines costAt(double tMs) const;
    StartType startTypeOf(std::uint64_t id) const;
    bool knownStartType(std::uint64_t id) const;
    /// This run equals `older` before the returned time (0: not known to agree at all): the same
    /// generation, or a run grown from it. Equal sampling of the requests is part of agreeing.
    double agreesWithBefore(const RecordedRun &older) const;
};

using RunPtr = std::shared_ptr<const RecordedRun>;

/// Collects what the views need from a Simulator. It can start from an earlier run of a scenario
/// that agrees with this one before `cutMs`: the simulator then runs to the cut without recording,
/// the earlier run supplies the history (shared, not copied), and recording starts at the cut.
class RunRecorder : public SimulationObserver {
public:
    static constexpr std::size_t kMaxDrawnInvocations = 200'000;
    static constexpr std::size_t kMaxSegments = 1'500'000;
    static constexpr int kMaxCheckpoints = 48;
    /// The dense ring behind the computation's front: one every kRecentEvents simulator events
    /// (about a tenth of a second of work), the newest kRecentCheckpoints kept.
    static constexpr int kRecentCheckpoints = 24;
    static constexpr std::uint64_t kRecentEvents = 1'000'000;
    static constexpr int kHeldCheckpoints = 4;
    /// 64 MB of start types: a day at 750 requests/s. Past it the run goes on in bounded memory
    /// (invocations sampled, segments merged, no more start types): a year at 1,000 requests/s
    /// holds the window's recorded run under about 200 MB instead of 31 GB of start types.
    static constexpr std::size_t kMaxStartTypes = std::size_t(64) << 20;

    /// Past kMaxSegments, invoke and frozen phases merge while their stretch is shorter than this.
    static double mergeQuantumMs(double durationMs) { return durationMs / 8192.0; }
    /// Lowers kMaxStartTypes for this recorder (tests).
    void setMaxStartTypes(std::size_t n) { m_maxStartTypes = n; }

    RunRecorder(const Scenario &scenario, const Simulator &sim);

    /// Takes the history before `cutMs` from `base`, and its checkpoints before the cut. The
    /// simulator stands at `from` (a checkpoint of `base`, or null: at 0). Returns true when the
    /// recorder must observe the simulator up to the cut in a light mode (counting requests, to
    /// keep the sampling of a long run); false when the simulator may run to the cut with no
    /// observer at all, at full speed.
    bool startFrom(const RunPtr &base, double cutMs, const Checkpoint *from = nullptr);
    /// Switch from light mode to recording (call when the simulator stands just before the cut).
    void beginRecording();
    /// Keeps `sim` (a clone of the recorded simulator, standing at `atMs`) as a checkpoint, in
    /// time order; past the bound of its kind the earliest of that kind goes.
    void addCheckpoint(double atMs, std::shared_ptr<const Simulator> sim, Checkpoint::Kind kind = Checkpoint::Kind::Regular);
    /// Keeps a checkpoint made elsewhere (with its own count of requests seen), as addCheckpoint.
    void addCheckpoint(Checkpoint checkpoint);
    void setSimulatedFrom(double ms) { m_run->simulatedFromMs = ms; }

    /// A snapshot of what is recorded so far (shares the recorded data); `finished` when the
    /// simulator finished.
    std::shared_ptr<RecordedRun> snapshot(bool finished);
    /// The final run (moves the recorded data out; the recorder is spent).
    std::shared_ptr<RecordedRun> take();

    void environmentCreated(const EnvironmentRecord &env) override;
    void phaseChanged(std::uint32_t envId, Phase phase, SimTime t) override;
    void phaseSegment(const PhaseSegment &segment) override;
    void environmentEnded(const EnvironmentRecord &env) override;
    void requestCompleted(const InvocationRecord &inv) override;
    void requestThrottled(const InvocationRecord &inv) override;

private:
    RecordedEnv &env(std::uint32_t id);
    void addInvocation(const InvocationRecord &inv);
    void fillCommon(RecordedRun &r, bool finished) const;
    /// The change marks not made yet (on the first snapshot: the run's changes are known then).
    void completeChangeMarks();

    const Simulator &m_sim;
    std::shared_ptr<RecordedRun> m_run;
    bool m_recording = true;
    double m_mergeQuantumMs = 0;
    std::size_t m_segments = 0;
    std::size_t m_maxStartTypes = kMaxStartTypes;
    RunPtr m_markBase;          ///< the run whose change marks before m_markCutMs are reused
    double m_markCutMs = 0;
};

}  // namespace lle
