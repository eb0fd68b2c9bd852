// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "summary.h"

#include <atomic>
#include <string>
#include <vector>

/// "Which compute option for this workload?": one workload run under on-demand, on-demand with
/// provisioned concurrency sized to its peak, SnapStart (where allowed) and Managed Instances,
/// on the same seed (common random numbers), with the figures an architect compares.
namespace lle {

enum class ComputeOption : std::uint8_t { OnDemand, Provisioned, SnapStart, ManagedInstances };

struct ComputeOptionResult {
    ComputeOption option = ComputeOption::OnDemand;
    bool available = true;
    std::string unavailableReason;   ///< why not (English, for files; the window words its own)
    Scenario scenario;               ///< the variant that was run
    Summary summary;
    double costPerMonthUsd = 0;      ///< total / duration × 730 h
    double coldPercent = 0;
    double throttledPercent = 0;
    double idlePercent = 0;          ///< idle share of the environments' time (frozen, or serving nothing)
};

/// The variant of `base` for `option` (its `changes` dropped: each option holds for the whole
/// run). `peakEnvironments` sizes provisioned concurrency.
Scenario computeVariant(const Scenario &base, ComputeOption option, int peakEnvironments);

/// Runs the four options one after the other (on-demand first: its peak sizes the PC variant).
/// Returns what is done when `cancel` is set.
std::vector<ComputeOptionResult> compareComputeOptions(const Scenario &base,
                                                       const std::atomic<bool> *cancel = nullptr);

/// Relative change in percent of `value` against `reference` (0 when the reference is 0).
double percentChange(double value, double reference);

}  // namespace lle
