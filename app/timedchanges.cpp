// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedchanges.h"

#include "scenariodiff.h"
#include "scenarioio.h"

#include <algorithm>

namespace lle {

namespace {

/// The rows of change `i`, applied to `current`, which becomes the configuration after it.
void appendRowsOf(const Change &c, std::size_t i, Scenario &current, std::vector<TimedChangeRow> &rows)
{
    auto applied = applyChange(current, c);
    if (!applied.scenario)
        return;   // refused when the scenario was read; nothing of it takes effect
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

}  // namespace

std::vector<TimedChangeRow> timedChangeRows(const Scenario &s)
{
    return TimedChangeTable().rowsOf(s);
}

const std::vector<TimedChangeRow> &TimedChangeTable::rowsOf(const Scenario &s)
{
    Scenario base = s;
    base.changes.clear();
    // The changes worked out so far that still hold: the common first ones, while the scenario's
    // own values are the same.
    std::size_t keep = 0;
    if (m_valid && base == m_base)
        while (keep < m_changes.size() && keep < s.changes.size() && m_changes[keep] == s.changes[keep])
            ++keep;
    if (m_valid && keep == m_changes.size() && keep == s.changes.size())
        return m_sorted;
    // Own values changed, or a change edited or removed: from the start (the configuration
    // before a change is not kept, only the one after the last).
    if (!m_valid || base != m_base || keep < m_changes.size()) {
        m_base = std::move(base);
        m_current = m_base;
        m_changes.clear();
        m_rows.clear();
        keep = 0;
    }
    for (std::size_t i = keep; i < s.changes.size(); ++i) {
        appendRowsOf(s.changes[i], i, m_current, m_rows);
        m_changes.push_back(s.changes[i]);
    }
    m_valid = true;
    m_sorted = m_rows;
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
    return m_sorted;
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
