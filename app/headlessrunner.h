// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
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

/// What a headless run hands to the plot renderer: the scenario as run, its figures and the
/// recorded run the plots draw (RunRecorder: bounded however long the run).
struct HeadlessRecord {
    const Scenario &scenario;
    const Summary &summary;
    const RecordedRun &run;
};

/// A file made in memory (a PNG), written by the runner beside its own files under a temporary
/// name and renamed with them: all of them or, on any failure, none.
struct RenderedFile {
    QString name;       ///< file name inside the output folder
    QByteArray bytes;
};

/// Draws the `--png` plots (the five files of reportfiles::plotNames()) into `files`. Returning
/// false (with `error`, why) fails the run with exit status 1 and leaves no file behind.
using PngRenderer = std::function<bool(const HeadlessRecord &record, std::vector<RenderedFile> *files, QString *error)>;

/// Installed by the composition root when the build can draw plots; without one, `--png` and
/// `--report` are refused with exit status 2.
void setPngRenderer(PngRenderer renderer);

/// Runs `--headless` (contract §2): reads the scenario, applies --seed, --duration-s and --set,
/// simulates, writes the selected files into --out (with --png the plots too) or the report
/// bundle into --report, and a short summary on stdout. Problems go to stderr, one
/// `lambda-explorer: …` line each. Returns the exit status.
int runHeadless(const CommandLine &commandLine);

/// Reads the scenario file of a headless run and applies --seed, --duration-s and --set; every
/// problem is printed. Returns ExitOk, or the exit status to end with.
int loadHeadlessScenario(const CommandLine &commandLine, Scenario *scenario);

/// Writes "lambda-explorer: MESSAGE" and a newline on stderr.
void printErrorLine(const QString &message);
/// Writes `text` on stdout as it is.
void printOut(const QString &text);
/// Prints a trace or log problem ("FILE:LINE: what") and returns the exit status it calls for.
int reportTraceError(const TraceError &e);

}  // namespace lle
