// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenants.h"

#include "rng.h"

#include <algorithm>
#include <cmath>

namespace lle {

TenantPicker::TenantPicker(const TenantSpec &t)
{
    auto cdf = std::make_shared<std::vector<double>>(static_cast<std::size_t>(std::max(1, t.count)));
    double sum = 0;
    for (std::size_t k = 0; k < cdf->size(); ++k) {
        sum += std::pow(static_cast<double>(k + 1), -t.zipfS);
        (*cdf)[k] = sum;
    }
    for (double &c : *cdf)
        c /= sum;
    cdf->back() = 1.0;
    m_cdf = std::move(cdf);
}

int TenantPicker::draw(Rng &rng) const
{
    const double u = rng.uniform01();
    const auto it = std::lower_bound(m_cdf->begin(), m_cdf->end(), u);
    return static_cast<int>(std::min<std::ptrdiff_t>(it - m_cdf->begin(),
                                                     static_cast<std::ptrdiff_t>(m_cdf->size()) - 1));
}

double TenantPicker::probability(int k) const
{
    const auto i = static_cast<std::size_t>(k);
    return (*m_cdf)[i] - (i > 0 ? (*m_cdf)[i - 1] : 0.0);
}

}  // namespace lle
