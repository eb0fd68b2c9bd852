// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "scenario.h"
#include "summary.h"
#include "tracereader.h"

#include <QString>

#include <functional>
#include <vector>

namespace lle {

/// Exit statuses of contract §2.
enum ExitStatus : int {
    ExitOk = 0,
    ExitFailure = 1,       ///< anything else (an internal error, an interrupted run)
    ExitBadInput = 2,      ///< bad arguments or a bad scenario
    ExitIoError = 3,       ///< cannot read an input or write the output
};

/// What a headless run hands to the plot renderer besides the figures. Minimal for now; the
/// per-request recording the plots may need later belongs here.
struct HeadlessRecord {
    const Summary &summary;
    const std::vector<MetricsRow> &metrics;
    double bucketS;
};

/// Draws the `--png` plots into `outDir`. The runner calls it after the simulation and before it
/// renames its own files into place; returning false (with `error`, "FILE: why") fails the run
/// with exit status 3 and leaves none of the runner's files behind.
using PngRenderer = std::function<bool(const QString &outDir, const Scenario &scenario, const Summary &summary,
                                       const std::vector<MetricsRow> &metrics, const HeadlessRecord &record,
                                       QString *error)>;

/// Installed by the composition root when the build can draw plots; without one, `--png` is
/// refused with exit status 2.
void setPngRenderer(PngRenderer renderer);

/// Runs `--headless` (contract §2): reads the scenario, applies --seed, --duration-s and --set,
/// simulates, writes the selected files into --out and a short summary on stdout. Problems go to
/// stderr, one `lambda-explorer: …` line each. Returns the exit status.
int runHeadless(const CommandLine &commandLine);

/// Writes "lambda-explorer: MESSAGE" and a newline on stderr.
void printErrorLine(const QString &message);
/// Writes `text` on stdout as it is.
void printOut(const QString &text);
/// Prints a trace or log problem ("FILE:LINE: what") and returns the exit status it calls for.
int reportTraceError(const TraceError &e);

}  // namespace lle
