// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <algorithm>
#include <cstdint>
#include <vector>

/// The future event list: a binary heap ordered by (time, class, sequence). At one instant the class
/// decides (the README's "Event order"): what ends goes first — completions, the Managed Instances
/// ends, then inits that end, then shutdowns — then changes, idle expiries, lifetimes, the Managed
/// Instances scaling sample and launches, keep-warm pings and, last, arrivals, so that an arrival
/// sees every environment that became free at its instant and a scaling sample every request that
/// ended there. The sequence number keeps every other tie in scheduling order, so runs are
/// reproducible.
namespace lle {

/// The kinds of event, in the order they run at one instant.
enum class EventType : std::uint8_t {
    Complete,      ///< a handler finished
    ManagedCpuDone,   ///< Managed Instances: the earliest CPU part in an environment ends
    ManagedComplete,  ///< Managed Instances: a request's I/O part ends
    Ready,         ///< init or restore finished, the handler starts (cold starts)
    PcReady,       ///< a provisioned environment finished its (background) init
    PhaseTick,     ///< an init sub-phase begins (only scheduled when an observer follows the run)
    ShutdownDone,  ///< an environment's shutdown phase ended
    Change,        ///< a `changes` entry takes effect
    IdleExpire,    ///< a frozen environment reached its idle timeout
    Lifetime,      ///< an environment reached its maximum lifetime
    ManagedScale,  ///< Managed Instances: the fleet's CPU utilisation is sampled
    ManagedLaunch, ///< Managed Instances: launched instances start their environments
    Ping,          ///< keep-warm pings are sent
    Arrival,       ///< a request arrives (the simulator keeps the next one beside the queue)
};

struct Event {
    SimTime t;
    std::uint64_t order;   ///< the class in the top byte, then the sequence number
    std::uint32_t a;       ///< environment slot, change index…
    std::uint32_t b;       ///< a stamp that tells whether the event is still current

    EventType type() const { return static_cast<EventType>(order >> kClassShift); }
    static constexpr int kClassShift = 56;   ///< 2^56 events before the sequence could wrap
};

class EventQueue {
public:
    void push(SimTime t, EventType type, std::uint32_t a = 0, std::uint32_t b = 0)
    {
        m_heap.push_back({t, (static_cast<std::uint64_t>(type) << Event::kClassShift) | m_seq++, a, b});
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
