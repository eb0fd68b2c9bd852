// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace lle {

/// One key whose value differs between two scenarios (their own values, not their timed changes).
struct ChangedSetting {
    std::string key;                     ///< dotted, as in `changes` and `--set`: "function.memory_mb"
    std::optional<ScalarValue> before;   ///< nullopt: the first scenario has no such key
    std::optional<ScalarValue> after;    ///< nullopt: the second scenario has no such key
    bool operator==(const ChangedSetting &) const = default;
};

/// What changed from one scenario to another, the one answer every "what changed" question gets
/// (the run history, the unsaved-changes prompt, Compare A/B, the controller's decision to branch
/// from a checkpoint). Keys are those of the scenario file, so two scenarios that write the same
/// file are the same; `playback.speed` is not part of a run and never counts.
struct ScenarioDiff {
    /// The scenarios' own values: the second scenario's keys in key order, then the keys only the
    /// first one has.
    std::vector<ChangedSetting> settings;
    /// Indices into the second scenario's `changes` of the entries that are new or edited.
    std::vector<std::size_t> timedChanges;
    /// How many more timed changes the first scenario has than the second.
    std::size_t timedChangesRemoved = 0;
    /// The first simulated time (ms) at which runs of the two can differ: 0 when their own values
    /// differ (the name and seed among them), the earliest differing timed change otherwise,
    /// infinity when they are the same.
    double divergesAtMs = std::numeric_limits<double>::infinity();

    bool empty() const { return divergesAtMs == std::numeric_limits<double>::infinity(); }
    /// The entry for `key`, or null.
    const ChangedSetting *setting(const std::string &key) const;
    /// Whether `key` differs, itself or a part of it (a ranged idle timeout's range, a preset's
    /// {median, p90}): false for a timed change's setting that sets the value already in effect.
    bool touches(const std::string &key) const;
};

ScenarioDiff diffScenarios(const Scenario &before, const Scenario &after);

}  // namespace lle
