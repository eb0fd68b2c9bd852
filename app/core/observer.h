// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

/// How a front end follows a run without the core knowing it exists: every call is made in
/// simulated-time order, from the thread that drives the simulator.
namespace lle {

class SimulationObserver {
public:
    virtual ~SimulationObserver() = default;

    virtual void environmentCreated(const EnvironmentRecord & /*env*/) {}
    /// The environment entered `phase` at `t` (init sub-phases included).
    virtual void phaseChanged(std::uint32_t /*envId*/, Phase /*phase*/, SimTime /*t*/) {}
    /// A phase segment has ended (the rows of timeline.csv).
    virtual void phaseSegment(const PhaseSegment & /*segment*/) {}
    virtual void environmentEnded(const EnvironmentRecord & /*env*/) {}

    virtual void requestArrived(std::uint64_t /*id*/, RequestKind /*kind*/, SimTime /*t*/) {}
    /// Dispatched to an environment; the record holds what is known by now (start type, reason,
    /// the planned handler start and end).
    virtual void requestStarted(const InvocationRecord & /*inv*/) {}
    virtual void requestCompleted(const InvocationRecord & /*inv*/) {}
    virtual void requestThrottled(const InvocationRecord & /*inv*/) {}
    /// A `changes` entry (index into Scenario::changes) took effect at `t`.
    virtual void configurationChanged(int /*changeIndex*/, SimTime /*t*/) {}
};

}  // namespace lle
