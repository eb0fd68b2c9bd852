// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>
#include <memory>
#include <vector>

/// Tenant isolation (compute options reference §2): which tenant sends a request.
namespace lle {

class Rng;

/// Up to 2,500 tenant environments per 1,000 of concurrency.
inline constexpr double kTenantEnvironmentsPerConcurrency = 2.5;

/// Draws tenants 0…count−1 with probability ∝ 1 / (k + 1)^s (Zipf; s = 0 is uniform). The
/// cumulative table is shared between copies: a checkpoint does not copy a million doubles.
class TenantPicker {
public:
    TenantPicker() = default;
    explicit TenantPicker(const TenantSpec &t);
    int count() const { return m_cdf ? static_cast<int>(m_cdf->size()) : 0; }
    int draw(Rng &rng) const;
    /// The probability of tenant k (for tests and the window).
    double probability(int k) const;

private:
    std::shared_ptr<const std::vector<double>> m_cdf;
};

}  // namespace lle
