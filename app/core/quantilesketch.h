// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

/// Streaming quantiles with bounded relative error: memory is fixed whatever the number of values,
/// so summary-only runs stay small. Buckets are HDR-histogram style — each power of two split into
/// 128 equal parts, read straight from the bits of the double — so adding a value takes no
/// logarithm; the midpoint of a bucket is within 1/256 (0.39 %) of any value in it.
namespace lle {

class QuantileSketch {
public:
    /// Values from `minValue` to `maxValue` are binned; smaller ones count as the minimum seen,
    /// larger ones go to the top bin (and max() stays exact).
    explicit QuantileSketch(double minValue = 1e-3, double maxValue = 1e8);

    void add(double value) { add(value, binOf(value)); }
    /// The bin of `value`, for adding one value to several sketches of the same accuracy.
    int binOf(double value) const;
    void add(double value, int bin);
    void clear();
    std::uint64_t count() const { return m_count; }
    double min() const { return m_count ? m_min : 0; }
    double max() const { return m_count ? m_max : 0; }
    double mean() const { return m_count ? m_sum / m_count : 0; }
    /// The nearest-rank q-quantile (q in [0, 1]); 0 when empty.
    double quantile(double q) const;
    /// Adds `other`, which may be trimmed().
    void merge(const QuantileSketch &other);
    /// A copy holding only the bins in use, for keeping many small sketches (one per metrics
    /// bucket) to merge later into a full one; read or merge it, do not add() to it.
    QuantileSketch trimmed() const;

private:
    double valueOf(int index) const;

    double m_minValue;
    int m_offset;   ///< the key of bin 0
    std::vector<std::uint64_t> m_bins;
    std::uint64_t m_zero = 0;      ///< values below minValue
    std::uint64_t m_count = 0;
    double m_sum = 0;
    double m_min = 0;
    double m_max = 0;
    int m_lo;                      ///< lowest and highest bin touched, so clear() is cheap
    int m_hi;
};

}  // namespace lle
