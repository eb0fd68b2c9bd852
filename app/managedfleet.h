// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <vector>

namespace lle {

/// A Managed Instances run's fleet at one moment, as the lifecycle diagram draws it: the instances
/// running, the environments on each and the requests each environment serves at once.
///
/// The recorded environments do not name their instance; the simulator creates an instance's
/// environments together, one after another, and never any other (a new instance, or the initial
/// fleet, one instance at a time), so environment id k sits on instance (k − 1) / per instance.
struct ManagedFleet {
    struct Environment {
        std::uint32_t id = 0;
        Phase phase = Phase::Invoke;
        int inFlight = 0;   ///< requests it serves at this moment (its invoke segments covering it)
    };
    struct Instance {
        std::uint32_t index = 0;   ///< from 0, in launch order
        std::vector<Environment> environments;
    };

    std::vector<Instance> instances;   ///< those with a live environment, in launch order
    int environmentsPerInstance = 0;
    int slotsPerEnvironment = 1;       ///< function.managed_instances.max_concurrency in effect
    int environments = 0;
    int requestsInFlight = 0;

    /// Empty (no instance) unless `run` is a Managed Instances run.
    static ManagedFleet at(const RecordedRun &run, double tMs);
};

}  // namespace lle
