// SPDX-License-Identifier: GPL-3.0-or-later
// The `timestamps` trace reader, replayed through the simulator.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lle;
    if (size > fuzz::kMaxInputBytes)
        return 0;
    const std::string file(reinterpret_cast<const char *>(data), size);
    fuzz::replay(fuzz::traceScenario(TraceFormat::Timestamps, 600), {{"trace.csv", file}});
    return 0;
}
