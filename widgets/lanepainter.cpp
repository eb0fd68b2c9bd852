// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanepainter.h"

namespace lle::lanes {

int priority(Phase p)
{
    switch (p) {
    case Phase::Shutdown: return 7;
    case Phase::Restore: return 6;
    case Phase::FunctionInit: return 5;
    case Phase::RuntimeInit: return 4;
    case Phase::ExtensionInit: return 3;
    case Phase::EnvSetup: return 2;
    case Phase::Invoke: return 1;
    case Phase::Frozen: return 0;
    }
    return 0;
}

Phase phaseOfPriority(int value)
{
    for (int q = 0; q < kPhaseCount; ++q)
        if (priority(static_cast<Phase>(q)) == value)
            return static_cast<Phase>(q);
    return Phase::Frozen;
}

}  // namespace lle::lanes
