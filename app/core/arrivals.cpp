// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrivals.h"

#include "rng.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numbers>

namespace lle {

namespace {

/// Its gaps are drawn kBatch at a time, in the order one at a time would draw them: the
/// logarithms of a batch do not wait on each other, where one per arrival was waited on by the
/// event loop (perf: with the handler's normal draw, log() a tenth of bench_core (a)).
class PoissonProcess final : public ArrivalProcess {
public:
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<PoissonProcess>(*this); }
    PoissonProcess(double ratePerS, double startMs, double endMs)
        : m_meanGapMs(ratePerS > 0 ? 1000.0 / ratePerS : INFINITY), m_t(startMs), m_end(endMs) {}
    double next(Rng &rng) override
    {
        if (m_used == m_drawn) {
            m_before = rng;
            for (double &gap : m_gaps)
                gap = rng.exponential(m_meanGapMs);
            m_used = 0;
            m_drawn = kBatch;
        }
        m_t += m_gaps[m_used++];
        return m_t < m_end ? m_t : INFINITY;
    }
    void returnUnused(Rng &rng) override
    {
        if (m_used == m_drawn)
            return;
        rng = m_before;
        for (std::uint32_t i = 0; i < m_used; ++i)
            rng.exponential(m_meanGapMs);
        m_used = m_drawn = 0;
    }

private:
    static constexpr std::uint32_t kBatch = 64;
    double m_meanGapMs, m_t, m_end;
    std::array<double, kBatch> m_gaps{};
    std::uint32_t m_used = 0, m_drawn = 0;
    Rng m_before;   ///< the stream before the batch
};

class ConstantProcess final : public ArrivalProcess {
public:
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<ConstantProcess>(*this); }
    ConstantProcess(double ratePerS, double startMs, double endMs)
        : m_gapMs(1000.0 / ratePerS), m_start(startMs), m_end(endMs) {}
    double next(Rng &) override
    {
        // k * gap rather than a running sum, so a long stream does not drift.
        const double t = m_start + static_cast<double>(m_k++) * m_gapMs;
        return t < m_end ? t : INFINITY;
    }

private:
    double m_gapMs, m_start, m_end;
    std::uint64_t m_k = 0;
};

/// rate(t) = mean · (1 + a·cos(2π (t − peak) / period)), a from the peak-to-trough ratio;
/// sampled by thinning a Poisson stream at the peak rate.
class DiurnalProcess final : public ArrivalProcess {
public:
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<DiurnalProcess>(*this); }
    DiurnalProcess(const WorkloadSpec &w, double startMs, double endMs)
        : m_mean(w.meanRatePerS)
        , m_amplitude((w.peakToTrough - 1) / (w.peakToTrough + 1))
        , m_periodMs(w.periodS * 1000)
        , m_peakMs(w.peakAtS * 1000)
        , m_t(startMs)
        , m_end(endMs) {}
    double next(Rng &rng) override
    {
        const double peakRate = m_mean * (1 + m_amplitude);
        if (peakRate <= 0)
            return INFINITY;
        for (;;) {
            m_t += rng.exponential(1000.0 / peakRate);
            if (m_t >= m_end)
                return INFINITY;
            if (rng.uniform01() * peakRate <= rate(m_t))
                return m_t;
        }
    }

private:
    double rate(double tMs) const
    {
        return m_mean * (1 + m_amplitude * std::cos(2 * std::numbers::pi * (tMs - m_peakMs) / m_periodMs));
    }
    double m_mean, m_amplitude, m_periodMs, m_peakMs, m_t, m_end;
};

/// Poisson at the burst rate in [k·every, k·every + length), at the base rate elsewhere. The
/// exponential gap is memoryless, so a gap that crosses a boundary restarts from the boundary.
class BurstProcess final : public ArrivalProcess {
public:
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<BurstProcess>(*this); }
    BurstProcess(const WorkloadSpec &w, double startMs, double endMs)
        : m_base(w.baseRatePerS), m_burst(w.burstRatePerS), m_everyMs(w.everyS * 1000)
        , m_lengthMs(w.lengthS * 1000), m_t(startMs), m_end(endMs) {}
    double next(Rng &rng) override
    {
        while (m_t < m_end) {
            const double k = std::floor(m_t / m_everyMs);
            const double burstEnd = k * m_everyMs + m_lengthMs;
            const bool inBurst = m_t < burstEnd;
            const double rate = inBurst ? m_burst : m_base;
            const double boundary = std::min(inBurst ? burstEnd : (k + 1) * m_everyMs, m_end);
            const double candidate = rate > 0 ? m_t + rng.exponential(1000.0 / rate) : INFINITY;
            if (candidate < boundary) {
                m_t = candidate;
                return m_t;
            }
            m_t = boundary;
        }
        return INFINITY;
    }

private:
    double m_base, m_burst, m_everyMs, m_lengthMs, m_t, m_end;
};

class NoArrivals final : public ArrivalProcess {
public:
    std::unique_ptr<ArrivalProcess> clone() const override { return std::make_unique<NoArrivals>(*this); }
    double next(Rng &) override { return INFINITY; }
};

}  // namespace

std::unique_ptr<ArrivalProcess> makeArrivalProcess(const WorkloadSpec &w, double startMs, double endMs)
{
    switch (w.pattern) {
    case WorkloadPattern::Poisson: return std::make_unique<PoissonProcess>(w.ratePerS, startMs, endMs);
    case WorkloadPattern::Constant: return std::make_unique<ConstantProcess>(w.ratePerS, startMs, endMs);
    case WorkloadPattern::Diurnal: return std::make_unique<DiurnalProcess>(w, startMs, endMs);
    case WorkloadPattern::Burst: return std::make_unique<BurstProcess>(w, startMs, endMs);
    case WorkloadPattern::Trace: break;   // trace replay reads files: see tracereader.h
    }
    return std::make_unique<NoArrivals>();
}

}  // namespace lle
