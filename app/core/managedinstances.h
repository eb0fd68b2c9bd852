// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// Lambda Managed Instances (compute options reference §1): the instance types a capacity provider
/// offers, how environments are laid out on them, and the processor sharing of an environment's
/// vCPUs among the requests it serves at once.
namespace lle {

struct Rates;

struct InstanceType {
    std::string_view id;          ///< "m7g.large"
    int vcpus;
    double memoryGib;
    double hourlyUsd;             ///< EC2 on-demand Linux price, us-east-1
    Architecture architecture;    ///< Graviton (…g) arm64, Intel (…i) x86_64
    std::string_view rateName;    ///< its `pricing.rates` key: "ec2_m7g_large_hour"
};

/// Every built-in instance type, in the order files and the window list them.
const std::vector<InstanceType> &instanceTypes();
const InstanceType *findInstanceType(std::string_view id);

/// AWS's default maximum concurrency per vCPU for the runtime (Node.js 64, Java and .NET 32,
/// Python and every other runtime 16).
int defaultConcurrencyPerVcpu(std::string_view runtime);

inline constexpr int kMaxManagedConcurrency = 1600;
/// The management fee: a fraction of the instance's on-demand price, whatever the discount.
inline constexpr double kManagementFeeFraction = 0.15;
/// The fleet's CPU utilisation is sampled this often, and scaling decided on each sample (model).
inline constexpr double kScaleSampleS = 60;

/// How a function's environments sit on its instances.
struct ManagedLayout {
    double envVcpus = 1;          ///< max(1, memory GiB / memory_gib_per_vcpu)
    double envMemoryGib = 2;      ///< envVcpus × memory_gib_per_vcpu
    int envsPerInstance = 0;      ///< 0: an environment does not fit on the instance type
    int maxConcurrency = 1;       ///< per environment
    double instanceHourUsd = 0;   ///< after the Savings Plan discount
    double feeHourUsd = 0;        ///< 15 % of the undiscounted price
};

/// The layout for `f` at `rates` (the instance prices with the scenario's overrides). Null
/// `rates`: the built-in prices.
ManagedLayout managedLayout(const FunctionSpec &f, const Rates *rates = nullptr);

/// Instances the fleet should run to hold `target` utilisation, given `running` instances at
/// `utilisation` over the last sample: ceil(running × utilisation / target) within [min, max].
int desiredInstances(int running, double utilisation, const ManagedInstancesSpec &mi);

/// Processor sharing of one environment's vCPUs: each of n jobs in their CPU part progresses at
/// min(1, vCPUs / n) of a vCPU. Kept as "virtual time" (the work each job has received so far),
/// so a job's end is known when it starts and changes only when n changes.
class ProcessorSharing {
public:
    explicit ProcessorSharing(double vcpus = 1) : m_vcpus(vcpus) {}

    /// Brings the virtual time to `t` (ms) at the current number of jobs.
    void advance(double t)
    {
        if (m_heap.empty() || t <= m_at) {
            m_at = std::max(m_at, t);
            return;
        }
        m_virtual += (t - m_at) * rate();
        m_at = t;
    }
    /// A job of `workMs` CPU work (at one vCPU) starts at `t`; `tag` identifies it.
    void add(double t, double workMs, std::uint32_t tag);
    /// The time the earliest job ends at the current sharing (infinity when there is none).
    double nextEnd() const;
    /// Removes the jobs done by `t` (after advance(t)); their tags in `done`.
    void popDone(std::vector<std::uint32_t> &done);
    /// Removes the job `tag` before it is done (after advance(t)): a request cut by its timeout.
    void remove(std::uint32_t tag);
    int jobs() const { return static_cast<int>(m_heap.size()); }
    /// vCPUs busy now: min(n, vCPUs).
    double busyVcpus() const { return std::min<double>(static_cast<double>(m_heap.size()), m_vcpus); }

private:
    struct Job {
        double end;   ///< virtual time at which it is done
        std::uint32_t tag;
        bool operator>(const Job &o) const { return end > o.end || (end == o.end && tag > o.tag); }
    };
    double rate() const { return std::min(1.0, m_vcpus / static_cast<double>(m_heap.size())); }
    double m_vcpus;
    double m_virtual = 0;
    double m_at = 0;
    std::vector<Job> m_heap;   ///< min-heap on end
};

}  // namespace lle
