// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <algorithm>
#include <cstdint>
#include <vector>

/// The future event list: a binary heap ordered by (time, class, sequence). The class puts
/// completions, shutdowns and changes before arrivals at the same instant (contract §3), and the
/// sequence number keeps every other tie in scheduling order, so runs are reproducible.
namespace lle {

enum class EventType : std::uint8_t {
    Complete,      ///< a handler finished
    Ready,         ///< init or restore finished, the handler starts (cold starts)
    PhaseTick,     ///< an init sub-phase begins (only scheduled when an observer follows the run)
    PcReady,       ///< a provisioned environment finished its (background) init
    IdleExpire,    ///< a frozen environment reached its idle timeout
    Lifetime,      ///< an environment reached its maximum lifetime
    ShutdownDone,  ///< an environment's shutdown phase ended
    Change,        ///< a `changes` entry takes effect
    ManagedCpuDone,   ///< Managed Instances: the earliest CPU part in an environment ends
    ManagedComplete,  ///< Managed Instances: a request's I/O part ends
    ManagedScale,     ///< Managed Instances: the fleet's CPU utilisation is sampled
    ManagedLaunch,    ///< Managed Instances: launched instances start their environments
    Arrival,       ///< a request arrives
    Ping,          ///< keep-warm pings are sent
};

struct Event {
    SimTime t;
    std::uint64_t order;   ///< class in the top bit, then the sequence number
    std::uint32_t a;       ///< environment slot, change index…
    std::uint32_t b;       ///< a stamp that tells whether the event is still current
    EventType type;
};

class EventQueue {
public:
    void push(SimTime t, EventType type, std::uint32_t a = 0, std::uint32_t b = 0)
    {
        const bool late = type == EventType::Arrival || type == EventType::Ping;
        m_heap.push_back({t, (late ? kLateBit : 0) | m_seq++, a, b, type});
        std::push_heap(m_heap.begin(), m_heap.end(), Later{});
    }
    bool empty() const { return m_heap.empty(); }
    const Event &top() const { return m_heap.front(); }
    Event pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
        const Event e = m_heap.back();
        m_heap.pop_back();
        return e;
    }
    std::size_t size() const { return m_heap.size(); }

private:
    static constexpr std::uint64_t kLateBit = 1ULL << 63;
    // A function object, not a function pointer, so that the heap's comparisons are inlined.
    struct Later {
        bool operator()(const Event &x, const Event &y) const
        {
            return x.t > y.t || (x.t == y.t && x.order > y.order);
        }
    };
    std::vector<Event> m_heap;
    std::uint64_t m_seq = 0;
};

}  // namespace lle
