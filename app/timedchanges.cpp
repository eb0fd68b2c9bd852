// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedchanges.h"

#include "scenariodiff.h"
#include "scenarioio.h"

#include <algorithm>

namespace lle {

std::vector<TimedChangeRow> timedChangeRows(const Scenario &s)
{
    std::vector<TimedChangeRow> rows;
    Scenario current = s;
    current.changes.clear();
    for (std::size_t i = 0; i < s.changes.size(); ++i) {
        const Change &c = s.changes[i];
        auto applied = applyChange(current, c);
        if (!applied.scenario)
            continue;   // refused when the scenario was read; nothing of it takes effect
        Scenario after = std::move(*applied.scenario);
        after.changes.clear();
        // What the change changes: a setting to the value already in effect is no change.
        const ScenarioDiff diff = diffScenarios(current, after);
        for (std::size_t k = 0; k < c.set.size(); ++k) {
            const std::string &path = c.set[k].first;
            if (!diff.touches(path))
                continue;
            const ChangedSetting *setting = diff.setting(path);
            rows.push_back({i, k, c.atS * 1000.0, path, setting ? setting->before : std::nullopt, c.set[k].second});
        }
        current = std::move(after);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
    return rows;
}

Scenario withoutTimedSetting(const Scenario &s, std::size_t change, std::size_t setting)
{
    Scenario out = s;
    if (change >= out.changes.size() || setting >= out.changes[change].set.size())
        return out;
    auto &set = out.changes[change].set;
    set.erase(set.begin() + static_cast<std::ptrdiff_t>(setting));
    if (set.empty())
        out.changes.erase(out.changes.begin() + static_cast<std::ptrdiff_t>(change));
    return out;
}

Scenario withTimedChangeMoved(const Scenario &s, std::size_t change, double atS)
{
    Scenario out = s;
    if (change >= out.changes.size())
        return out;
    Change moved = out.changes[change];
    out.changes.erase(out.changes.begin() + static_cast<std::ptrdiff_t>(change));
    if (atS <= 0) {
        // From the start: the scenario's own values (a later change still overrides them).
        for (const auto &[path, value] : moved.set)
            setScenarioValue(out, path, value);
        return out;
    }
    moved.atS = atS;
    auto there = std::find_if(out.changes.begin(), out.changes.end(), [&](const Change &c) { return c.atS == atS; });
    if (there != out.changes.end()) {
        for (const auto &setting : moved.set) {
            auto same = std::find_if(there->set.begin(), there->set.end(), [&](const auto &p) { return p.first == setting.first; });
            if (same != there->set.end())
                same->second = setting.second;
            else
                there->set.push_back(setting);
        }
    } else {
        auto at = std::upper_bound(out.changes.begin(), out.changes.end(), atS, [](double t, const Change &c) { return t < c.atS; });
        out.changes.insert(at, std::move(moved));
    }
    return out;
}

}  // namespace lle
