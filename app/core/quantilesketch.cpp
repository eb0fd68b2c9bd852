// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantilesketch.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace lle {

namespace {
constexpr int kSubBits = 7;   // 128 sub-buckets per power of two

/// Exponent and the top mantissa bits: monotonic in the value for positive doubles.
int keyOf(double v)
{
    return static_cast<int>(std::bit_cast<std::uint64_t>(v) >> (52 - kSubBits));
}
}  // namespace

QuantileSketch::QuantileSketch(double minValue, double maxValue)
    : m_minValue(minValue)
    , m_offset(keyOf(minValue))
{
    m_bins.assign(static_cast<std::size_t>(keyOf(maxValue) - m_offset + 1), 0);
    m_lo = static_cast<int>(m_bins.size());
    m_hi = -1;
}

int QuantileSketch::binOf(double v) const
{
    if (!(v >= m_minValue))
        return -1;
    return std::min(keyOf(v) - m_offset, static_cast<int>(m_bins.size()) - 1);
}

double QuantileSketch::valueOf(int index) const
{
    const auto key = static_cast<std::uint64_t>(index + m_offset);
    const double lo = std::bit_cast<double>(key << (52 - kSubBits));
    const double hi = std::bit_cast<double>((key + 1) << (52 - kSubBits));
    return 0.5 * (lo + hi);
}

void QuantileSketch::add(double v, int i)
{
    if (m_count == 0) {
        m_min = m_max = v;
    } else {
        m_min = std::min(m_min, v);
        m_max = std::max(m_max, v);
    }
    ++m_count;
    m_sum += v;
    if (i < 0) {
        ++m_zero;
        return;
    }
    ++m_bins[static_cast<std::size_t>(i)];
    m_lo = std::min(m_lo, i);
    m_hi = std::max(m_hi, i);
}

void QuantileSketch::clear()
{
    if (m_hi >= m_lo)
        std::fill(m_bins.begin() + m_lo, m_bins.begin() + m_hi + 1, 0);
    m_lo = static_cast<int>(m_bins.size());
    m_hi = -1;
    m_zero = m_count = 0;
    m_sum = m_min = m_max = 0;
}

double QuantileSketch::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    const auto rank = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(std::ceil(std::clamp(q, 0.0, 1.0) * m_count)));
    if (rank <= m_zero)
        return m_min;
    std::uint64_t seen = m_zero;
    for (int i = m_lo; i <= m_hi; ++i) {
        seen += m_bins[static_cast<std::size_t>(i)];
        if (seen >= rank)
            return std::clamp(valueOf(i), m_min, m_max);
    }
    return m_max;
}

void QuantileSketch::merge(const QuantileSketch &o)
{
    if (o.m_count == 0)
        return;
    if (m_count == 0) {
        m_min = o.m_min;
        m_max = o.m_max;
    } else {
        m_min = std::min(m_min, o.m_min);
        m_max = std::max(m_max, o.m_max);
    }
    // A trimmed sketch's bin 0 is further up: its index plus `shift` is ours.
    const int shift = o.m_offset - m_offset;
    const int top = static_cast<int>(m_bins.size()) - 1;
    for (int i = o.m_lo; i <= o.m_hi; ++i)
        m_bins[static_cast<std::size_t>(std::clamp(i + shift, 0, top))] += o.m_bins[static_cast<std::size_t>(i)];
    if (o.m_hi >= o.m_lo) {
        m_lo = std::min(m_lo, std::clamp(o.m_lo + shift, 0, top));
        m_hi = std::max(m_hi, std::clamp(o.m_hi + shift, 0, top));
    }
    m_zero += o.m_zero;
    m_count += o.m_count;
    m_sum += o.m_sum;
}

QuantileSketch QuantileSketch::trimmed() const
{
    QuantileSketch t(*this);
    if (m_hi < m_lo) {
        t.m_bins.clear();
        t.m_lo = 0;
        t.m_hi = -1;
        return t;
    }
    t.m_bins.assign(m_bins.begin() + m_lo, m_bins.begin() + m_hi + 1);
    t.m_offset = m_offset + m_lo;
    t.m_lo = 0;
    t.m_hi = m_hi - m_lo;
    return t;
}

}  // namespace lle
