// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

/// The future event list: ordered by (time, class, sequence), kept in two binary heaps that
/// together give the order of one (see isTimer()). At one instant the class decides (the README's
/// "Event order"): what ends goes first — completions, the Managed Instances ends, then inits that
/// end, then shutdowns — then changes, idle expiries, lifetimes, the Managed Instances scaling
/// sample and launches, keep-warm pings and, last, arrivals, so that an arrival sees every
/// environment that became free at its instant and a scaling sample every request that ended
/// there. The sequence number keeps every other tie in scheduling order, so runs are reproducible.
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
        // Run times are never negative; the clamp (and + 0.0, which turns −0 into +0) makes sure,
        // as Later compares the bits of non-negative times only.
        auto &heap = isTimer(type) ? m_timers : m_heap;
        heap.push_back({std::max(t, 0.0) + 0.0, (static_cast<std::uint64_t>(type) << Event::kClassShift) | m_seq++, a, b});
        std::push_heap(heap.begin(), heap.end(), Later{});
    }
    bool empty() const { return m_heap.empty() && m_timers.empty(); }
    const Event &top() const { return timersFirst() ? m_timers.front() : m_heap.front(); }
    Event pop() { return popFrom(timersFirst() ? m_timers : m_heap); }
    std::size_t size() const { return m_heap.size() + m_timers.size(); }

private:
    /// Whether `x` runs after `y`: (time, order) compared as one 128-bit number. The bits of a
    /// non-negative double sort as its value, so the comparison takes two instructions and no
    /// branch, where comparing the double and then the order took three branches (flipping the
    /// bits of negative times as well cost bench_core (a) 4 %). A function object, so that the
    /// heap's comparisons are inlined.
    struct Later {
        bool operator()(const Event &x, const Event &y) const
        {
            __extension__ using Key = unsigned __int128;
            const Key kx = Key(std::bit_cast<std::uint64_t>(x.t)) << 64 | x.order;
            const Key ky = Key(std::bit_cast<std::uint64_t>(y.t)) << 64 | y.order;
            return kx > ky;
        }
    };
    /// Idle expiries and lifetimes: one per environment, mostly minutes or hours ahead. In a heap
    /// of their own, the completions that come and go with every request sift through a heap of
    /// the requests in flight (about 90 in bench_core (a)) instead of one that also holds two
    /// timers per environment (about 680). The heaps share the sequence, so the earlier of their
    /// two tops is exactly what one heap would give.
    static bool isTimer(EventType type) { return type == EventType::IdleExpire || type == EventType::Lifetime; }
    bool timersFirst() const
    {
        return !m_timers.empty() && (m_heap.empty() || Later{}(m_heap.front(), m_timers.front()));
    }
    /// Floyd's pop: the hole goes down to a leaf along the earlier child, then the last event
    /// climbs back from there (it belongs near the bottom, so it rarely climbs far). The child is
    /// chosen without a branch: which one is earlier is a coin toss the branch predictor loses,
    /// and perf showed this sift as a quarter of bench_core (a).
    static Event popFrom(std::vector<Event> &heap)
    {
        const Event first = heap.front();
        const Event last = heap.back();
        heap.pop_back();
        const std::size_t n = heap.size();
        if (n == 0)
            return first;
        Event *h = heap.data();
        std::size_t hole = 0;
        std::size_t child = 1;
        while (child + 1 < n) {
            child += Later{}(h[child], h[child + 1]);
            h[hole] = h[child];
            hole = child;
            child = 2 * hole + 1;
        }
        if (child < n) {
            h[hole] = h[child];
            hole = child;
        }
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 2;
            if (!Later{}(h[parent], last))
                break;
            h[hole] = h[parent];
            hole = parent;
        }
        h[hole] = last;
        return first;
    }

    std::vector<Event> m_heap;
    std::vector<Event> m_timers;
    std::uint64_t m_seq = 0;
};

}  // namespace lle
