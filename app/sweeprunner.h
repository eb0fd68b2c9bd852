// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "commandline.h"
#include "plotrenderers.h"
#include "scenario.h"
#include "sweep.h"

#include <functional>
#include <vector>

namespace lle {

/// The grid and seeds `--sweep … [--replications N]` ask for, checked against `scenario`: each
/// problem is printed as one line and nothing is returned (exit status 2).
std::optional<SweepSpec> sweepSpecFromCommandLine(const Scenario &scenario, const CommandLine &commandLine);

/// `--headless SCENARIO --sweep PATH=V1,V2,… [--replications N] --out DIR`: runs every point of
/// the grid (every seed) on all cores and writes DIR/sweep.csv (contract §3) and, with --png, the
/// sweep plots beside it: all of them or, on any failure, none. `scenario` is the
/// loaded scenario with --seed, --duration-s and --set applied and validated. Returns the exit
/// status. `renderer` draws the plots of `--png` (the caller has checked it is there).
int runSweepHeadless(const Scenario &scenario, const CommandLine &commandLine, const SweepPngRenderer &renderer);

}  // namespace lle
