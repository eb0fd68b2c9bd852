// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "plotrenderers.h"
#include "runrecorder.h"
#include "scenario.h"
#include "summary.h"
#include "tracereader.h"

#include <QByteArray>
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

/// Runs `--headless` (contract §2): reads the scenario, applies --seed, --duration-s and --set,
/// simulates, writes the selected files into --out (with --png the plots too) or the report
/// bundle into --report, and a short summary on stdout. Problems go to stderr, one
/// `lambda-explorer: …` line each. `renderers` draw the plots (the composition root passes them;
/// without them `--png` and `--report` are refused). Returns the exit status.
int runHeadless(const CommandLine &commandLine, const PlotRenderers &renderers = {});

/// Reads the scenario file of a headless run and applies --seed, --duration-s and --set; every
/// problem is printed. Returns ExitOk, or the exit status to end with.
int loadHeadlessScenario(const CommandLine &commandLine, Scenario *scenario);

/// Writes "lambda-explorer: MESSAGE" and a newline on stderr.
void printErrorLine(const QString &message);
/// Writes `text` on stdout as it is.
void printOut(const QString &text);
/// Prints a trace or log problem ("FILE:LINE: what") and returns the exit status it calls for.
int reportTraceError(const TraceError &e);
/// What a runner caught: a TraceError as reportTraceError(), anything else as an internal error
/// (exit status 1).
int reportRunError(const std::exception &e);

}  // namespace lle
