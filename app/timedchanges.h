// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>
#include <string>
#include <vector>

/// The scenario's timed changes as a list a user edits: one row per setting of each `changes`
/// entry with the value it replaces, and the edits (delete one, move one) as new scenarios.
namespace lle {

struct TimedChangeRow {
    std::size_t change = 0;    ///< index in Scenario::changes
    std::size_t setting = 0;   ///< index in that change's `set`
    double atMs = 0;
    std::string path;
    std::optional<ScalarValue> before;   ///< nullopt: not a single value (a ranged idle timeout)
    ScalarValue after;
};

/// Every setting of every change that changes something, in time order, each with the value in
/// effect just before it (diffScenarios): a setting to the value already in effect is not listed.
std::vector<TimedChangeRow> timedChangeRows(const Scenario &s);

/// timedChangeRows() for a scenario that changes a little at a time: what the changes did is kept,
/// and a scenario with the same own values and the same first changes works out only the changes
/// after them. A slider moved during playback appends a change; worked out from the start each
/// time, a list of a few hundred changes cost the UI thread tens of milliseconds a move.
class TimedChangeTable {
public:
    const std::vector<TimedChangeRow> &rowsOf(const Scenario &s);

private:
    Scenario m_base;                     ///< the scenario's own values (no changes)
    std::vector<Change> m_changes;       ///< the changes worked out so far, as given
    Scenario m_current;                  ///< the configuration after them
    std::vector<TimedChangeRow> m_rows;  ///< their rows in the order of the changes
    std::vector<TimedChangeRow> m_sorted;
    bool m_valid = false;
};

/// `s` without setting `setting` of change `change` (the change goes when it was its last one).
Scenario withoutTimedSetting(const Scenario &s, std::size_t change, std::size_t setting);

/// `s` with change `change` moved to `atS`: merged into a change already there (its own values
/// win), the changes kept in time order. At 0 or before, its values become the scenario's own.
Scenario withTimedChangeMoved(const Scenario &s, std::size_t change, double atS);

}  // namespace lle
