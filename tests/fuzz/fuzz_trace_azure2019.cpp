// SPDX-License-Identifier: GPL-3.0-or-later
// The Azure 2019 readers: the invocation file, and the percentile file after a line "====".
// The row is chosen by rank or by hash and the minute's arrivals spread either way, picked from
// the input's length so that every path is reached without a prefix the seeds would have to carry.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lle;
    if (size > fuzz::kMaxInputBytes)
        return 0;
    const std::string input(reinterpret_cast<const char *>(data), size);
    std::map<std::string, std::string> files;
    Scenario s = fuzz::traceScenario(TraceFormat::Azure2019, 3600);
    constexpr std::string_view kSeparator = "\n====\n";
    if (const auto at = input.find(kSeparator); at != std::string::npos) {
        files["trace.csv"] = input.substr(0, at + 1);
        files["durations.csv"] = input.substr(at + kSeparator.size());
        s.workload.trace.durationsPath = "durations.csv";
    } else {
        files["trace.csv"] = input;
    }
    switch (size % 4) {
    case 0: s.workload.trace.function = "f1"; break;
    case 1: s.workload.trace.rank = 1; break;
    default: s.workload.trace.rank = 2; break;
    }
    s.workload.trace.spread = size % 3 == 0 ? TraceSpread::Poisson : TraceSpread::Uniform;
    fuzz::replay(s, files);
    return 0;
}
