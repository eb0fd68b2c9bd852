// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

/// The future event list: ordered by (time, class, sequence), kept in a calendar of the next
/// second and two binary heaps that together give the order of one (see Source). At one instant
/// the class decides (the README's "Event order"): what ends goes first — completions, the Managed Instances ends, then inits that
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
        const Event e{std::max(t, 0.0) + 0.0, (static_cast<std::uint64_t>(type) << Event::kClassShift) | m_seq++, a, b};
        // The known front stays known: it moves only to an event earlier than it.
        const bool earlier = m_frontKnown && Later{}(top(), e);
        Source to = Source::Timers;
        if (isTimer(type)) {
            pushHeap(m_timers, e);
        } else if (pushSoon(e)) {
            to = Source::Soon;
        } else {
            pushHeap(m_later, e);
            to = Source::Later;
        }
        if (earlier)
            m_front = to;
    }
    bool empty() const { return m_soonCount == 0 && m_later.empty() && m_timers.empty(); }
    const Event &top() const
    {
        switch (frontSource()) {
        case Source::Soon: return soonFront();
        case Source::Later: return m_later.front();
        case Source::Timers: break;
        }
        return m_timers.front();
    }
    Event pop()
    {
        Event e;
        switch (frontSource()) {
        case Source::Soon: e = popSoon(); break;
        case Source::Later: e = popHeap(m_later); break;
        case Source::Timers: e = popHeap(m_timers); break;
        }
        m_frontKnown = false;
        // Nothing later than the event just run can be earlier than its bucket: the calendar's
        // window moves on with the clock.
        const double x = e.t * kBucketsPerMs;
        if (x < kMaxIndex)
            m_base = std::max(m_base, static_cast<std::int64_t>(x));
        return e;
    }
    std::size_t size() const { return m_soonCount + m_later.size() + m_timers.size(); }

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

    // The events are kept in three places; each gives its earliest event exactly, and the
    // earliest of the three fronts is what one heap of all of them would give (every key is
    // unique: the heaps and the calendar share the sequence).
    //  - Soon: a calendar of the next kBuckets milliseconds, one bucket a millisecond, each bucket
    //    a list sorted by key. Completions (nearly every queued event of a busy run) land a few
    //    hundred milliseconds ahead, about one a bucket: a push walks a list of zero or one, a pop
    //    finds the next bucket in a bitmap. perf showed the binary heap's sift at a fifth of
    //    bench_core (a) — each level waits on the comparison before it — and a 4-ary heap was slower.
    //  - Later: a binary heap for what lies beyond the calendar's window (or before it: an event
    //    of the current instant with an earlier kind than the one just run).
    //  - Timers: idle expiries and lifetimes, one per environment, mostly minutes or hours ahead,
    //    in a heap of their own so that they do not crowd the others.
    enum class Source : std::uint8_t { Soon, Later, Timers };
    static bool isTimer(EventType type) { return type == EventType::IdleExpire || type == EventType::Lifetime; }

    /// Where the earliest event is: looked for once after a pop and kept while pushes come after
    /// it (the event loop asks for the front, then pops it; an arrival pushes a completion far
    /// behind it), where each look compared three fronts (perf: a tenth of step()).
    Source frontSource() const
    {
        if (!m_frontKnown) {
            m_front = findFront();
            m_frontKnown = true;
        }
        return m_front;
    }
    Source findFront() const
    {
        Source s = Source::Soon;
        const Event *best = m_soonCount ? &soonFront() : nullptr;
        if (!m_later.empty() && (!best || Later{}(*best, m_later.front()))) {
            best = &m_later.front();
            s = Source::Later;
        }
        if (!m_timers.empty() && (!best || Later{}(*best, m_timers.front())))
            s = Source::Timers;
        return s;
    }

    // --- the calendar ---
    static constexpr std::size_t kBuckets = 1024;   ///< a power of two: the window is ~1 s
    static constexpr std::size_t kWords = kBuckets / 64;
    static constexpr double kBucketsPerMs = 1.0;
    static constexpr double kMaxIndex = 0x1.0p62;   ///< beyond: the later heap
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    struct Node {
        Event e;
        std::uint32_t next;
    };

    const Event &soonFront() const { return m_nodes[m_heads[static_cast<std::size_t>(m_first) & (kBuckets - 1)]].e; }

    /// Files `e` in its bucket if its bucket lies in the window [m_base, m_base + kBuckets); every
    /// event in the calendar then lies within kBuckets buckets of the first, so a bucket holds one
    /// millisecond's events only.
    bool pushSoon(const Event &e)
    {
        const double x = e.t * kBucketsPerMs;
        if (!(x < kMaxIndex))
            return false;
        const auto idx = static_cast<std::int64_t>(x);
        if (idx < m_base || idx - m_base >= static_cast<std::int64_t>(kBuckets))
            return false;
        std::uint32_t n;
        if (m_freeNode != kNone) {
            n = m_freeNode;
            m_freeNode = m_nodes[n].next;
        } else {
            n = static_cast<std::uint32_t>(m_nodes.size());
            m_nodes.push_back({});
        }
        m_nodes[n].e = e;
        const std::size_t pos = static_cast<std::size_t>(idx) & (kBuckets - 1);
        std::uint32_t *link = &m_heads[pos];
        while (*link != kNone && Later{}(e, m_nodes[*link].e))
            link = &m_nodes[*link].next;
        m_nodes[n].next = *link;
        *link = n;
        m_bits[pos / 64] |= std::uint64_t(1) << (pos % 64);
        if (m_soonCount++ == 0 || idx < m_first)
            m_first = idx;
        return true;
    }

    Event popSoon()
    {
        const std::size_t pos = static_cast<std::size_t>(m_first) & (kBuckets - 1);
        const std::uint32_t n = m_heads[pos];
        const Event e = m_nodes[n].e;
        m_heads[pos] = m_nodes[n].next;
        m_nodes[n].next = m_freeNode;
        m_freeNode = n;
        if (--m_soonCount == 0) {
            m_bits[pos / 64] &= ~(std::uint64_t(1) << (pos % 64));
        } else if (m_heads[pos] == kNone) {
            m_bits[pos / 64] &= ~(std::uint64_t(1) << (pos % 64));
            m_first += distanceToNextBucket(pos);
        }
        return e;
    }

    /// How many buckets after `pos` (cyclically) the next non-empty one is; one exists.
    std::int64_t distanceToNextBucket(std::size_t pos) const
    {
        std::size_t w = pos / 64;
        // The bits after pos in its word first; after a full turn the bits before it.
        std::uint64_t bits = (pos % 64 == 63) ? 0 : m_bits[w] & (~std::uint64_t(0) << (pos % 64 + 1));
        while (bits == 0) {
            w = (w + 1) % kWords;
            bits = m_bits[w];
        }
        const std::size_t found = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
        return static_cast<std::int64_t>((found - pos) & (kBuckets - 1));
    }

    // --- the heaps ---
    static void pushHeap(std::vector<Event> &heap, const Event &e)
    {
        heap.push_back(e);
        std::push_heap(heap.begin(), heap.end(), Later{});
    }
    /// Floyd's pop: the hole goes down to a leaf along the earlier child, then the last event
    /// climbs back from there (it belongs near the bottom, so it rarely climbs far). The child is
    /// chosen without a branch: which one is earlier is a coin toss the branch predictor loses.
    static Event popHeap(std::vector<Event> &heap)
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

    std::vector<Node> m_nodes;                 ///< the calendar's events, reused through m_freeNode
    std::uint32_t m_freeNode = kNone;
    std::array<std::uint32_t, kBuckets> m_heads = filledHeads();   ///< per bucket its earliest node
    std::array<std::uint64_t, kWords> m_bits{};   ///< which buckets hold events
    std::int64_t m_base = 0;                   ///< the window's first bucket (moves with pop())
    std::int64_t m_first = 0;                  ///< the earliest non-empty bucket, when any
    std::size_t m_soonCount = 0;
    std::vector<Event> m_later;
    std::vector<Event> m_timers;
    std::uint64_t m_seq = 0;
    mutable Source m_front = Source::Soon;   ///< valid while m_frontKnown
    mutable bool m_frontKnown = false;

    static std::array<std::uint32_t, kBuckets> filledHeads()
    {
        std::array<std::uint32_t, kBuckets> h;
        h.fill(kNone);
        return h;
    }
};

}  // namespace lle
