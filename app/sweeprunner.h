// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "commandline.h"
#include "headlessrunner.h"
#include "scenario.h"
#include "sweep.h"

#include <functional>
#include <vector>

namespace lle {

/// What a headless sweep hands to the plot renderer: the scenario swept, the plan and its rows
/// (in the order of plan.points).
struct SweepRecord {
    const Scenario &scenario;
    const SweepPlan &plan;
    const std::vector<SweepRow> &rows;
};

/// Draws the `--sweep … --png` plots (sweep_curve.png and sweep_pareto.png) into `files`.
/// Returning false (with `error`, why) fails the sweep with exit status 1 and writes nothing.
using SweepPngRenderer = std::function<bool(const SweepRecord &record, std::vector<RenderedFile> *files, QString *error)>;

/// Installed by the composition root beside setPngRenderer; without one `--sweep … --png` is
/// refused with exit status 2. The core and the app stay free of widgets.
void setSweepPngRenderer(SweepPngRenderer renderer);
bool hasSweepPngRenderer();
/// The renderer installed (empty when none), for the merge of a planned study (studyrunner.h).
const SweepPngRenderer &sweepPngRenderer();

/// The grid and seeds `--sweep … [--replications N]` ask for, checked against `scenario`: each
/// problem is printed as one line and nothing is returned (exit status 2).
std::optional<SweepSpec> sweepSpecFromCommandLine(const Scenario &scenario, const CommandLine &commandLine);

/// `--headless SCENARIO --sweep PATH=V1,V2,… [--replications N] --out DIR`: runs every point of
/// the grid (every seed) on all cores and writes DIR/sweep.csv (contract §3) and, with --png, the
/// sweep plots beside it: all of them or, on any failure, none. `scenario` is the
/// loaded scenario with --seed, --duration-s and --set applied and validated. Returns the exit
/// status.
int runSweepHeadless(const Scenario &scenario, const CommandLine &commandLine);

}  // namespace lle
