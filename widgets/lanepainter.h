// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

/// What the window's lanes (environmentlanes.h) and the report's lifecycle figure
/// (reportplots.h) share when they paint environments as strips coloured by phase.
namespace lle::lanes {

/// Which phase a pixel column shows when several share it: the rare and telling ones first
/// (shutdown 7 … frozen 0).
int priority(Phase p);

/// The phase of a priority() value.
Phase phaseOfPriority(int priority);

}  // namespace lle::lanes
