// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Reading, validating and writing scenario files (contract §1, `lambda-explorer/scenario@1`).
namespace lle {

inline constexpr std::string_view kScenarioSchema = "lambda-explorer/scenario@1";

/// One problem with a scenario: where (JSON path, e.g. `function.memory_mb` or `changes[0].at_s`),
/// what is wrong and what is allowed. Formatted as "PATH: WHAT (ALLOWED)".
struct Problem {
    std::string path;
    std::string what;      ///< e.g. "20000 is out of range"
    std::string allowed;   ///< e.g. "128..10240"; may be empty
    std::string format() const;
    bool operator==(const Problem &) const = default;
};

struct ScenarioResult {
    std::optional<Scenario> scenario;   ///< set only when `problems` is empty
    std::vector<Problem> problems;      ///< every problem found, in file order
};

/// Parses scenario text. Every problem is reported, not only the first: syntax errors (with line and
/// column), unknown keys, wrong types, out-of-range values, cross-key rules, and each `changes` entry
/// applied in turn to the scenario before it.
ScenarioResult parseScenario(std::string_view text, const std::string &baseDir = {});
ScenarioResult scenarioFromJson(const nlohmann::json &j, const std::string &baseDir = {});

/// Every key explicitly, in contract order.
nlohmann::json scenarioToJson(const Scenario &s);
/// scenarioToJson, pretty-printed with two spaces and a final newline.
std::string writeScenario(const Scenario &s);
/// The leaf at a dotted key path ("function.memory_mb") of scenarioToJson's output, or nullopt
/// (no such key, or not a leaf: a ranged idle timeout is an object).
std::optional<ScalarValue> jsonValueAt(const nlohmann::json &j, const std::string &path);
/// A JSON boolean, number or string as a ScalarValue; nullopt for anything else. For both of
/// nlohmann's JSON types (files are read keeping their key order).
template <typename Json>
std::optional<ScalarValue> scalarFromJson(const Json &j)
{
    if (j.is_boolean())
        return j.template get<bool>();
    if (j.is_number())
        return j.template get<double>();
    if (j.is_string())
        return j.template get<std::string>();
    return std::nullopt;
}

/// Cross-key rules on a resolved scenario (SnapStart with PC, image or runtime; PC above the limit…).
std::vector<Problem> validateScenario(const Scenario &s);

/// Sets one key by its dotted path (the paths of `changes` and `--set`). Setting
/// `function.runtime`, `function.package` or `function.architecture` refills the preset's
/// init and restore defaults. Returns the problems (unknown path, wrong type, out of range).
std::vector<Problem> setScenarioValue(Scenario &s, const std::string &path, const ScalarValue &v);

/// A `--set` value from the command line: JSON scalar syntax if it parses (2048, true, "x"),
/// otherwise the raw text as a string.
ScalarValue parseScalarValue(const std::string &text);

/// The scenario as it is after applying `c` (values not in `c` unchanged).
ScenarioResult applyChange(const Scenario &s, const Change &c);

/// True when the change makes a new function version (any `function.*` key but provisioned
/// concurrency): existing environments drain and new cold starts use the new configuration.
bool changeMakesNewVersion(const Change &c);

/// The built-in scenario the window and `--print-default-scenario` start from.
Scenario defaultScenario();

}  // namespace lle
