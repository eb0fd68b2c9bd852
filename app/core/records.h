// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <cstdint>

/// What a run reports about each request, environment and phase (contract §3 rows).
namespace lle {

struct InvocationRecord {
    std::uint64_t id = 0;
    RequestKind kind = RequestKind::Request;
    SimTime arrivalMs = 0;
    SimTime startMs = 0;        ///< the handler starts (after init or restore on a cold start)
    SimTime endMs = 0;
    std::uint32_t envId = 0;    ///< 0 when throttled
    int tenant = -1;            ///< tenant isolation: the tenant (from 0) of the environment; −1 otherwise
    StartType startType = StartType::Warm;
    /// How it started even when it then timed out (startType says TimedOut then).
    StartType startedAs = StartType::Warm;
    ColdReason coldReason = ColdReason::None;
    ThrottleCause throttleCause = ThrottleCause::None;
    double initMs = 0;          ///< reported Init Duration (extension + runtime + function)
    double restoreMs = 0;       ///< SnapStart Restore Duration
    double durationMs = 0;      ///< handler time
    double billedMs = 0;
    double latencyMs = 0;
    double costUsd = 0;         ///< request price + billed duration + restore + ephemeral storage
    bool isCold() const { return startedAs == StartType::Cold || startedAs == StartType::SnapStart; }
};

struct EnvironmentRecord {
    std::uint32_t id = 0;
    EnvKind kind = EnvKind::OnDemand;
    int memoryMb = 0;
    SimTime createdMs = 0;
    SimTime readyMs = 0;
    SimTime endMs = 0;
    std::uint32_t invocations = 0;
    EndReason endReason = EndReason::None;
    int tenant = -1;            ///< tenant isolation: the tenant (from 0) it serves; −1 otherwise
};

struct PhaseSegment {
    std::uint32_t envId = 0;
    Phase phase = Phase::EnvSetup;
    SimTime startMs = 0;
    SimTime endMs = 0;
    std::uint64_t invocationId = 0;   ///< invoke segments only; 0 otherwise (ids start at 1)
};

}  // namespace lle
