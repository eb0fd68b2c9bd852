// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario reader on arbitrary text. A scenario it accepts must survive writing and reading
// back unchanged: Save and --print-default-scenario rely on that.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lle;
    if (size > fuzz::kMaxInputBytes)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ScenarioResult first = parseScenario(text);
    if (first.scenario.has_value() != first.problems.empty())
        fuzz::fail("a scenario was returned together with problems, or neither");
    for (const Problem &p : first.problems)
        (void)p.format();
    if (!first.scenario)
        return 0;
    if (!validateScenario(*first.scenario).empty())
        fuzz::fail("an accepted scenario breaks a cross-key rule");

    const std::string written = writeScenario(*first.scenario);
    const ScenarioResult second = parseScenario(written);
    if (!second.scenario)
        fuzz::fail("a written scenario does not read back");
    if (!(*second.scenario == *first.scenario))
        fuzz::fail("a written scenario reads back different");
    if (writeScenario(*second.scenario) != written)
        fuzz::fail("writing is not stable");
    return 0;
}
