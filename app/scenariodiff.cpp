// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodiff.h"

#include "scenarioio.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace lle {

namespace {

/// A JSON leaf as the scenario's ScalarValue (a leaf that is not one, an empty list say, as its text).
ScalarValue scalarOf(const nlohmann::json &j)
{
    return scalarFromJson(j).value_or(ScalarValue(j.dump()));
}

/// "/function/memory_mb" → "function.memory_mb".
std::string dotted(const std::string &pointer)
{
    std::string out = pointer.substr(pointer.empty() ? 0 : 1);
    std::replace(out.begin(), out.end(), '/', '.');
    return out;
}

/// The scenario's own values as leaves of its file, without its timed changes and playback speed.
nlohmann::json leavesOf(Scenario s)
{
    s.changes.clear();
    s.playbackSpeed = 0;
    nlohmann::json flat = scenarioToJson(s).flatten();
    flat.erase("/changes");
    return flat;
}

}  // namespace

const ChangedSetting *ScenarioDiff::setting(const std::string &key) const
{
    const auto it = std::find_if(settings.begin(), settings.end(), [&](const ChangedSetting &c) { return c.key == key; });
    return it == settings.end() ? nullptr : &*it;
}

bool ScenarioDiff::touches(const std::string &key) const
{
    return std::any_of(settings.begin(), settings.end(), [&](const ChangedSetting &c) {
        return c.key == key || (c.key.size() > key.size() && c.key.starts_with(key) && c.key[key.size()] == '.');
    });
}

ScenarioDiff diffScenarios(const Scenario &before, const Scenario &after)
{
    ScenarioDiff diff;
    Scenario a = before, b = after;
    a.changes.clear();
    b.changes.clear();
    // Equal structures write equal files: only scenarios that differ are written out and compared.
    if (!(a == b)) {
        const nlohmann::json fa = leavesOf(a), fb = leavesOf(b);
        for (auto it = fb.begin(); it != fb.end(); ++it) {
            const auto old = fa.find(it.key());
            if (old != fa.end() && *old == *it)
                continue;
            diff.settings.push_back({dotted(it.key()), old == fa.end() ? std::nullopt : std::optional(scalarOf(*old)),
                                     scalarOf(*it)});
        }
        for (auto it = fa.begin(); it != fa.end(); ++it)
            if (!fb.contains(it.key()))
                diff.settings.push_back({dotted(it.key()), scalarOf(*it), std::nullopt});
    }
    if (!diff.settings.empty())
        diff.divergesAtMs = 0;

    const std::size_t n = std::max(before.changes.size(), after.changes.size());
    for (std::size_t k = 0; k < n; ++k) {
        const bool inA = k < before.changes.size(), inB = k < after.changes.size();
        if (inA && inB && before.changes[k] == after.changes[k])
            continue;
        if (inB)
            diff.timedChanges.push_back(k);
        if (inA)
            diff.divergesAtMs = std::min(diff.divergesAtMs, before.changes[k].atS * 1000.0);
        if (inB)
            diff.divergesAtMs = std::min(diff.divergesAtMs, after.changes[k].atS * 1000.0);
    }
    if (before.changes.size() > after.changes.size())
        diff.timedChangesRemoved = before.changes.size() - after.changes.size();
    return diff;
}

}  // namespace lle
