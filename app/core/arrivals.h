// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cmath>
#include <memory>

/// Arrival processes of the workload patterns (contract §1, `workload.pattern`). Each yields
/// arrival times one at a time, so a run never holds its arrivals in memory.
namespace lle {

class Rng;

class ArrivalProcess {
public:
    virtual ~ArrivalProcess() = default;
    /// The next arrival time in ms, or +infinity when there is none before the end.
    virtual double next(Rng &rng) = 0;
    /// A per-request handler time in ms carried by the arrival (traces), or NaN.
    virtual double handlerMsOfLast() const { return NAN; }
    /// The tenant (from 0, in order of first appearance) carried by the arrival (a trace's
    /// `tenant` column), or −1.
    virtual int tenantOfLast() const { return -1; }
    /// A copy that goes on from the same point, or null when the process cannot be copied
    /// (a trace reading a stream): then a simulation cannot be checkpointed.
    virtual std::unique_ptr<ArrivalProcess> clone() const { return nullptr; }
    /// The process is being replaced (a change of the workload): `rng` is put back where drawing
    /// one arrival per next() would have left it, for a process that draws ahead.
    virtual void returnUnused(Rng &) {}
};

/// A process for `w` whose arrivals fall in [startMs, endMs). Patterns tied to the clock
/// (diurnal, burst) keep their absolute phase; constant starts its grid at startMs.
std::unique_ptr<ArrivalProcess> makeArrivalProcess(const WorkloadSpec &w, double startMs, double endMs);

}  // namespace lle
