// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>

/// Deterministic random numbers: xoshiro256++ seeded by splitmix64, and distributions written
/// here rather than taken from <random>, whose distributions differ between standard libraries.
namespace lle {

class Rng {
public:
    /// `stream` separates independent streams of one seed (arrivals, handler times, …), so that
    /// two configurations run on the same arrival stream (common random numbers).
    explicit Rng(std::uint64_t seed = 1, std::uint64_t stream = 0)
    {
        std::uint64_t x = seed ^ (0x9E3779B97F4A7C15ULL * (stream + 1));
        for (auto &s : m_s)
            s = splitmix(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in (0, 1): never 0, so log(u) is finite.
    double uniform01() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    double uniform(double a, double b) { return a + (b - a) * uniform01(); }
    /// Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform01() * n) % n; }

    double exponential(double mean) { return -mean * std::log(uniform01()); }

    /// Standard normal (Marsaglia's polar method, one value cached).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform01() - 1.0;
            v = 2.0 * uniform01() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }

    /// Lognormal with the given mean and coefficient of variation.
    double lognormalMeanCv(double mean, double cv)
    {
        if (mean <= 0)
            return 0;
        const double s2 = std::log1p(cv * cv);
        return mean * std::exp(std::sqrt(s2) * normal() - 0.5 * s2);
    }

    /// Lognormal through its median and 90th percentile: mu = ln median, sigma = ln(p90 / median) / z90.
    /// One normal() per value, like lognormalMeanCv, so either draw leaves the stream in step.
    double lognormalMedianP90(double median, double p90)
    {
        if (median <= 0)
            return 0;
        const double sigma = p90 > median ? std::log(p90 / median) / kZ90 : 0.0;
        return median * std::exp(sigma * normal());
    }

    /// The standard normal's 90th percentile.
    static constexpr double kZ90 = 1.2815515655446004;

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

}  // namespace lle
