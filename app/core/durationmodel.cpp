// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationmodel.h"

#include "rng.h"

#include <algorithm>
#include <cmath>

namespace lle {

namespace {
constexpr double kInitCv = 0.15;

double drawAround(double mean, Distribution d, double cv, Rng &rng)
{
    switch (d) {
    case Distribution::Fixed: return mean;
    case Distribution::Exponential: return rng.exponential(mean);
    case Distribution::Lognormal: return rng.lognormalMeanCv(mean, cv);
    }
    return mean;
}
}  // namespace

double vcpuShare(int memoryMb) { return memoryMb / kMbPerVcpu; }

double cpuSpeed(int memoryMb, double parallelFraction)
{
    const double v = vcpuShare(memoryMb);
    if (v <= 1.0)
        return v;
    const double p = std::clamp(parallelFraction, 0.0, 1.0);
    return 1.0 / ((1.0 - p) + p / v);
}

double meanHandlerMs(const FunctionSpec &f)
{
    const auto &h = f.handler;
    double ms = h.cpuMs / cpuSpeed(f.memoryMb, h.parallelFraction) + h.ioMs;
    if (!h.setupInInit)
        ms += h.setupMs;
    return ms;
}

double drawHandlerMs(const FunctionSpec &f, Rng &rng)
{
    return drawAround(meanHandlerMs(f), f.handler.distribution, f.handler.cv, rng);
}

double meanOf(const InitQuantiles &q)
{
    if (q.medianMs <= 0 || q.p90Ms <= q.medianMs)
        return std::max(0.0, q.medianMs);
    const double sigma = std::log(q.p90Ms / q.medianMs) / Rng::kZ90;
    return q.medianMs * std::exp(0.5 * sigma * sigma);
}

double initSetupMs(const FunctionSpec &f) { return f.handler.setupInInit ? f.handler.setupMs : 0.0; }

InitDraw drawInit(const FunctionSpec &f, bool snapstart, Rng &rng)
{
    const bool fixed = f.handler.distribution == Distribution::Fixed;
    auto draw = [&](double mean) { return fixed ? mean : rng.lognormalMeanCv(mean, kInitCv); };
    // Init CPU work is single-threaded start-up code: scaled like a handler with p = 0.
    const double scale = f.initScalesWithMemory ? 1.0 / cpuSpeed(f.memoryMb, 0.0) : 1.0;

    InitDraw d;
    d.envSetup = draw(f.initMs.envSetup);
    if (snapstart) {
        d.restore = draw(f.snapstart.restoreMs);
        return d;
    }
    d.extension = draw(f.initMs.extension * scale);
    // A preset's fit to measured Init Durations keeps its skew; `fixed` still means "the mean".
    if (const auto &q = f.runtimeInitQuantiles; q && !fixed)
        d.runtime = scale * rng.lognormalMedianP90(q->medianMs, q->p90Ms);
    else
        d.runtime = draw(f.initMs.runtime * scale);
    d.function = draw(f.initMs.function * scale) + initSetupMs(f);
    return d;
}

}  // namespace lle
