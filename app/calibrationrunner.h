// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace lle {

/// `--calibrate LOGFILE --out DIR`: reads CloudWatch REPORT lines and platform.report records,
/// fits memory, the handler distribution and init, and writes DIR/scenario.json and
/// DIR/calibration.csv. `--set` edits the base scenario first (e.g. the runtime, whose runtime
/// init is subtracted from the measured Init Duration). Returns the exit status.
int runCalibration(const CommandLine &commandLine);

}  // namespace lle
