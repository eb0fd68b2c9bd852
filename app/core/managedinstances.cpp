// SPDX-License-Identifier: GPL-3.0-or-later
#include "managedinstances.h"

#include "pricing.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace lle {

const std::vector<InstanceType> &instanceTypes()
{
    // Reference §1: the large sizes' prices; xlarge doubles vCPU, memory and price, 2xlarge again.
    static const std::vector<InstanceType> types = {
        {"m7g.large", 2, 8, 0.0816, Architecture::Arm64, "ec2_m7g_large_hour"},
        {"m7g.xlarge", 4, 16, 0.1632, Architecture::Arm64, "ec2_m7g_xlarge_hour"},
        {"m7g.2xlarge", 8, 32, 0.3264, Architecture::Arm64, "ec2_m7g_2xlarge_hour"},
        {"c7g.large", 2, 4, 0.0725, Architecture::Arm64, "ec2_c7g_large_hour"},
        {"c7g.xlarge", 4, 8, 0.145, Architecture::Arm64, "ec2_c7g_xlarge_hour"},
        {"c7g.2xlarge", 8, 16, 0.29, Architecture::Arm64, "ec2_c7g_2xlarge_hour"},
        {"r7g.large", 2, 16, 0.1071, Architecture::Arm64, "ec2_r7g_large_hour"},
        {"r7g.xlarge", 4, 32, 0.2142, Architecture::Arm64, "ec2_r7g_xlarge_hour"},
        {"r7g.2xlarge", 8, 64, 0.4284, Architecture::Arm64, "ec2_r7g_2xlarge_hour"},
        {"m7i.large", 2, 8, 0.1008, Architecture::X86_64, "ec2_m7i_large_hour"},
        {"m7i.xlarge", 4, 16, 0.2016, Architecture::X86_64, "ec2_m7i_xlarge_hour"},
        {"m7i.2xlarge", 8, 32, 0.4032, Architecture::X86_64, "ec2_m7i_2xlarge_hour"},
        {"c7i.large", 2, 4, 0.08925, Architecture::X86_64, "ec2_c7i_large_hour"},
        {"c7i.xlarge", 4, 8, 0.1785, Architecture::X86_64, "ec2_c7i_xlarge_hour"},
        {"c7i.2xlarge", 8, 16, 0.357, Architecture::X86_64, "ec2_c7i_2xlarge_hour"},
    };
    return types;
}

const InstanceType *findInstanceType(std::string_view id)
{
    for (const auto &t : instanceTypes())
        if (t.id == id)
            return &t;
    return nullptr;
}

int defaultConcurrencyPerVcpu(std::string_view runtime)
{
    if (runtime.starts_with("nodejs"))
        return 64;
    if (runtime.starts_with("java") || runtime.starts_with("dotnet"))
        return 32;
    return 16;
}

ManagedLayout managedLayout(const FunctionSpec &f, const Rates *rates)
{
    const ManagedInstancesSpec &mi = f.managedInstances;
    ManagedLayout l;
    const double ratio = std::max(1, mi.memoryGibPerVcpu);
    l.envVcpus = std::max(1.0, std::ceil(f.memoryMb / 1024.0 / ratio - 1e-9));
    l.envMemoryGib = l.envVcpus * ratio;
    l.maxConcurrency = mi.maxConcurrency > 0
                         ? mi.maxConcurrency
                         : std::min(kMaxManagedConcurrency,
                                    static_cast<int>(l.envVcpus) * defaultConcurrencyPerVcpu(f.runtime));
    if (const InstanceType *t = findInstanceType(mi.instanceType)) {
        const double byCpu = std::floor(t->vcpus / l.envVcpus + 1e-9);
        const double byMemory = std::floor(t->memoryGib / l.envMemoryGib + 1e-9);
        l.envsPerInstance = static_cast<int>(std::min(byCpu, byMemory));
        double price = t->hourlyUsd;
        if (rates) {
            const auto it = rates->instanceHourUsd.find(std::string(t->rateName));
            if (it != rates->instanceHourUsd.end())
                price = it->second;
        }
        l.instanceHourUsd = price * (1 - mi.savingsPlanDiscount);
        l.feeHourUsd = price * kManagementFeeFraction;
    }
    return l;
}

int desiredInstances(int running, double utilisation, const ManagedInstancesSpec &mi)
{
    const double want = std::ceil(running * utilisation / mi.targetCpuUtilization - 1e-9);
    return static_cast<int>(std::clamp(want, static_cast<double>(mi.minInstances),
                                       static_cast<double>(mi.maxInstances)));
}

void ProcessorSharing::add(double t, double workMs, std::uint32_t tag)
{
    advance(t);
    m_heap.push_back({m_virtual + workMs, tag});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>{});
}

double ProcessorSharing::nextEnd() const
{
    if (m_heap.empty())
        return INFINITY;
    return m_at + std::max(0.0, m_heap.front().end - m_virtual) / rate();
}

void ProcessorSharing::popDone(std::vector<std::uint32_t> &done)
{
    // A relative tolerance: the virtual time is a sum of products and may stop a hair short.
    const double eps = 1e-9 * std::max(1.0, std::fabs(m_virtual));
    while (!m_heap.empty() && m_heap.front().end <= m_virtual + eps) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>{});
        done.push_back(m_heap.back().tag);
        m_heap.pop_back();
    }
}

void ProcessorSharing::remove(std::uint32_t tag)
{
    const auto it = std::find_if(m_heap.begin(), m_heap.end(), [tag](const Job &j) { return j.tag == tag; });
    if (it == m_heap.end())
        return;
    m_heap.erase(it);
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>{});
}

}  // namespace lle
