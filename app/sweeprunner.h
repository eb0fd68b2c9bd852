// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "scenario.h"

namespace lle {

/// `--headless SCENARIO --sweep PATH=V1,V2,… [--replications N] --out DIR`: runs every point of
/// the grid (every seed) on all cores and writes DIR/sweep.csv (contract §3). `scenario` is the
/// loaded scenario with --seed, --duration-s and --set applied and validated. Returns the exit
/// status.
int runSweepHeadless(const Scenario &scenario, const CommandLine &commandLine);

}  // namespace lle
