// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

/// Memory → vCPU → speed → duration (model reference §3).
namespace lle {

class Rng;

inline constexpr double kMbPerVcpu = 1769.0;

/// vCPU-equivalents at `memoryMb` (1 at 1,769 MB).
double vcpuShare(int memoryMb);
/// Speed relative to 1 vCPU: proportional below 1 vCPU, Amdahl with `parallelFraction` above.
double cpuSpeed(int memoryMb, double parallelFraction);
/// Mean handler time in ms at this memory: cpu / speed + io, plus setup when it runs in the handler.
double meanHandlerMs(const FunctionSpec &f);
/// One handler time drawn around meanHandlerMs from the handler's distribution.
double drawHandlerMs(const FunctionSpec &f, Rng &rng);
/// Setup work added to function_init when it runs in global scope (0 otherwise).
double initSetupMs(const FunctionSpec &f);

/// The durations of one cold start's phases, drawn once per cold start.
struct InitDraw {
    double envSetup = 0;
    double extension = 0;
    double runtime = 0;
    double function = 0;   ///< includes global-scope setup
    double restore = 0;    ///< SnapStart only; extension/runtime/function are 0 then
    double initTotal() const { return extension + runtime + function; }
};

/// The mean of the lognormal through q's median and p90 (what `fixed` draws and the panel shows).
double meanOf(const InitQuantiles &q);

/// Init sub-phases are lognormal with cv 0.15 around their means unless the handler distribution
/// is `fixed` (contract §1); runtime init with `runtimeInitQuantiles` is the lognormal through that
/// median and p90 instead. With `init_scales_with_memory` the CPU part scales like the handler's.
InitDraw drawInit(const FunctionSpec &f, bool snapstart, Rng &rng);

}  // namespace lle
