// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure 2021 reader (rows out of arrival order, a reorder heap), replayed through the
// simulator, with and without an app/func filter.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lle;
    if (size > fuzz::kMaxInputBytes)
        return 0;
    const std::string file(reinterpret_cast<const char *>(data), size);
    Scenario s = fuzz::traceScenario(TraceFormat::Azure2021, 600);
    if (size % 2 == 0) {
        s.workload.trace.app = "a1";
        s.workload.trace.func = "f1";
    }
    fuzz::replay(s, {{"trace.csv", file}});
    return 0;
}
