// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the trade-off lab: a 13-point memory sweep of one hour at 50 requests/s (serial
// and on two threads; the target is under 2 s on a 2-core machine), and the rank pass
// over an Azure-2019-sized invocation file (46,000 rows × 1,444 columns) in bounded memory.
// Not a test: run by hand, `bench_sweep [all|azure|sweep]`.
#include "rng.h"
#include "sweep.h"
#include "tracereader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

long statusKb(const char *key)
{
    std::ifstream status("/proc/self/status");
    const std::string prefix = std::string(key) + ":";
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stol(line.substr(prefix.size()));
    return -1;
}

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string hex32(lle::Rng &rng)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(64, '0');
    for (auto &c : s)
        c = digits[rng.below(16)];
    return s;
}

void azure()
{
    const auto path = std::filesystem::temp_directory_path() / "lle-bench-azure2019.csv";
    constexpr int kRows = 46000;
    auto t0 = std::chrono::steady_clock::now();
    {
        std::ofstream out(path, std::ios::binary);
        std::string line = "HashOwner,HashApp,HashFunction,Trigger";
        for (int m = 1; m <= 1440; ++m) {
            line += ',';
            line += std::to_string(m);
        }
        out << line << '\n';
        lle::Rng rng(2019);
        for (int r = 0; r < kRows; ++r) {
            // Like the real day: most functions idle most minutes, a few busy all day.
            const double busy = rng.uniform01() < 0.1 ? 200 * rng.uniform01() : 0.3 * rng.uniform01();
            line = hex32(rng) + "," + hex32(rng) + "," + hex32(rng) + ",http";
            for (int m = 0; m < 1440; ++m) {
                const auto count = static_cast<unsigned>(rng.exponential(busy + 1e-9));
                line += ',';
                line += std::to_string(count);
            }
            out << line << '\n';
        }
    }
    const auto bytes = std::filesystem::file_size(path);
    std::printf("azure2019: generated %d rows, %.1f MB in %.2f s\n", kRows, bytes / 1e6, secondsSince(t0));
    const long rssBefore = statusKb("VmRSS");

    lle::StreamOpener open = [](const std::string &p) -> std::unique_ptr<std::istream> {
        auto in = std::make_unique<std::ifstream>(p, std::ios::binary);
        if (!*in)
            return nullptr;
        return in;
    };
    std::uint64_t lastProgress = 0;
    lle::TraceOptions options;
    options.progress = [&](std::uint64_t b) { lastProgress = std::max(lastProgress, b); };
    t0 = std::chrono::steady_clock::now();
    const auto f = lle::findAzure2019ByRank(open, path.string(), 1, options);
    const double s = secondsSince(t0);
    std::printf("azure2019: rank pass + fetch of rank 1 (line %zu, %llu invocations): %.2f s, %.0f MB/s; "
                "progress reached %llu bytes\n",
                f.line, static_cast<unsigned long long>(f.total), s, bytes / 1e6 / s,
                static_cast<unsigned long long>(lastProgress));
    t0 = std::chrono::steady_clock::now();
    const auto f100 = lle::findAzure2019ByRank(open, path.string(), 100, options);
    std::printf("azure2019: rank 100 (line %zu): %.2f s\n", f100.line, secondsSince(t0));
    std::printf("azure2019: VmRSS before the passes %ld MB, VmHWM after %ld MB (file %.0f MB)\n", rssBefore / 1024,
                statusKb("VmHWM") / 1024, bytes / 1e6);
    std::filesystem::remove(path);
}

void sweep()
{
    lle::Scenario s;
    s.name = "one hour at 50 requests/s";
    s.durationS = 3600;
    s.workload.pattern = lle::WorkloadPattern::Poisson;
    s.workload.ratePerS = 50;
    const lle::SweepPlan plan = lle::planSweep(s, lle::memorySweepPreset());
    for (int threads : {1, 2}) {
        const auto t0 = std::chrono::steady_clock::now();
        lle::SweepRunOptions o;
        o.threads = threads;
        const std::clock_t cpu0 = std::clock();
        const auto result = lle::runSweep(plan, o);
        const double wall = secondsSince(t0);
        const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
        double requests = 0;
        for (const auto &row : result.rows)
            requests += row.mean[lle::SweepMetric::Requests];
        // CPU time next to wall time: on a machine busy with other work two threads cannot halve
        // the wall time, and the ratio shows how much parallelism the run actually got.
        std::printf("memory sweep, 13 points × 1 h at 50/s (%.0f requests): %d thread%s wall %.3f s, "
                    "CPU %.3f s (%.2f M requests/s)\n",
                    requests, threads, threads > 1 ? "s" : "", wall, cpu, requests / wall / 1e6);
        if (threads == 2)
            std::printf("%s", lle::sweepCsv(plan, result.rows).c_str());
    }
    std::printf("VmHWM %ld MB\n", statusKb("VmHWM") / 1024);
}

}  // namespace

int main(int argc, char **argv)
{
    const std::string which = argc > 1 ? argv[1] : "all";
    // The Azure pass first, so that VmHWM is its own peak and not the sweep's.
    if (which == "all" || which == "azure")
        azure();
    if (which == "all" || which == "sweep")
        sweep();
    return 0;
}
