// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "scenarioio.h"
#include "simulator.h"
#include "tracereader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

// Shared by the libFuzzer targets. Each target bounds its own work: libFuzzer's -timeout would
// report a slow input as a hang, and an input that is slow only because it is huge teaches nothing.
namespace lle::fuzz {

/// Inputs longer than this are skipped. The readers are line streams, so nothing is learnt from
/// a megabyte that a few kilobytes do not show, and the long-input cases have their own tests
/// (tst_hostileinput).
inline constexpr std::size_t kMaxInputBytes = 256 * 1024;
/// Events a target lets the simulator run: a per-minute count of 4 billion must not be a hang.
inline constexpr int kMaxEvents = 20000;

/// Aborts with a message: libFuzzer then saves the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// An opener over in-memory files, as the application's is over the disk.
inline StreamOpener opener(std::map<std::string, std::string> files)
{
    return [files = std::move(files)](const std::string &path) -> std::unique_ptr<std::istream> {
        const auto it = files.find(path);
        if (it == files.end())
            return nullptr;
        return std::make_unique<std::istringstream>(it->second);
    };
}

/// A valid scenario replaying `trace.csv` in `format`; the rest is the built-in scenario.
inline Scenario traceScenario(TraceFormat format, double durationS)
{
    Scenario s = defaultScenario();
    s.durationS = durationS;
    s.workload.pattern = WorkloadPattern::Trace;
    s.workload.trace.format = format;
    s.workload.trace.path = "trace.csv";
    return s;
}

/// Replays `files` (which hold trace.csv and perhaps durations.csv) through the simulator for at
/// most kMaxEvents events. A TraceError is the readers' expected answer to a bad file; anything
/// else escaping is a bug and aborts.
inline void replay(const Scenario &s, const std::map<std::string, std::string> &files)
{
    if (!validateScenario(s).empty())
        fail("the harness built an invalid scenario");
    try {
        SimulationOptions options;
        options.arrivals = makeTraceArrivals(s.workload.trace, {}, opener(files));
        Simulator simulator(s, options);
        for (int i = 0; i < kMaxEvents && simulator.step(); ++i) {
        }
        (void)simulator.summary();
    } catch (const TraceError &) {
    }
}

}  // namespace lle::fuzz
