// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

/// Where the trainer's playback controls go in a recorded run: the event before the playhead
/// (Step back) and the next cold start (Run to next cold start). Infinity (or -infinity) when
/// the recorded run has none.
namespace lle {

/// Simulated time of the last phase change, environment creation or request completion strictly
/// before `tMs`; -infinity when there is none.
double previousEventBefore(const RecordedRun &run, double tMs);

/// Simulated time at which the next cold start after `tMs` begins: the creation of an environment
/// for a request (on demand or SnapStart; provisioned and managed-instance environments start for no request). Infinity when the run
/// recorded so far has none.
double nextColdStartAfter(const RecordedRun &run, double tMs);

}  // namespace lle
