// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

namespace lle {

/// A vector stored in fixed-size chunks that copies share: copying one costs a pointer per chunk,
/// and a chunk is copied only when it is written while shared (copy on write). A run recomputed
/// from a slider move takes the history before the move from the run before it this way, and a
/// partial result published to the UI thread costs no copy of the recorded requests.
///
/// Chunks are only ever written by the one thread that owns the vector (the recording worker);
/// once a copy went to another thread, the chunks it shares are read-only for both, and the
/// writer's use_count() check sees them shared (it can only over-estimate, never miss a reader).
template <typename T, std::size_t ChunkSize = 4096>
class ChunkedVector {
    using Chunk = std::vector<T>;

public:
    using value_type = T;
    using size_type = std::size_t;
    static constexpr std::size_t kChunkSize = ChunkSize;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        const_iterator(const ChunkedVector *v, std::size_t i) : m_v(v), m_i(i) {}
        reference operator*() const { return (*m_v)[m_i]; }
        pointer operator->() const { return &(*m_v)[m_i]; }
        reference operator[](difference_type n) const { return (*m_v)[m_i + n]; }
        const_iterator &operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { auto c = *this; ++m_i; return c; }
        const_iterator &operator--() { --m_i; return *this; }
        const_iterator operator--(int) { auto c = *this; --m_i; return c; }
        const_iterator &operator+=(difference_type n) { m_i += n; return *this; }
        const_iterator &operator-=(difference_type n) { m_i -= n; return *this; }
        friend const_iterator operator+(const_iterator a, difference_type n) { return a += n; }
        friend const_iterator operator+(difference_type n, const_iterator a) { return a += n; }
        friend const_iterator operator-(const_iterator a, difference_type n) { return a -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return static_cast<difference_type>(a.m_i) - static_cast<difference_type>(b.m_i);
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_i == b.m_i; }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) { return a.m_i <=> b.m_i; }
        std::size_t index() const { return m_i; }

    private:
        const ChunkedVector *m_v = nullptr;
        std::size_t m_i = 0;
    };
    using iterator = const_iterator;   // elements are written through mutableAt() only

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return (*m_chunks[i / ChunkSize])[i % ChunkSize]; }
    const T &front() const { return (*this)[0]; }
    const T &back() const { return (*this)[m_size - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    /// Chunks in use (for tests and measurements).
    std::size_t chunkCount() const { return m_chunks.size(); }
    /// Whether chunk `c` is the same storage in both (shared, not copied).
    bool sharesChunkWith(const ChunkedVector &o, std::size_t c) const
    {
        return c < m_chunks.size() && c < o.m_chunks.size() && m_chunks[c] == o.m_chunks[c];
    }

    /// Element `i` for writing: its chunk is copied first if another vector shares it.
    T &mutableAt(std::size_t i)
    {
        return (*own(i / ChunkSize))[i % ChunkSize];
    }
    T &mutableBack() { return mutableAt(m_size - 1); }

    void push_back(const T &v)
    {
        if (m_size % ChunkSize == 0) {
            m_chunks.push_back(std::make_shared<Chunk>());
            // Small vectors stay small (an environment with three segments); full chunks are
            // allocated once.
            if (m_size > 0)
                m_chunks.back()->reserve(ChunkSize);
        }
        own(m_chunks.size() - 1)->push_back(v);
        ++m_size;
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    /// Grows to `n` elements (new ones equal to `fill`) or drops the ones from `n` on.
    void resize(std::size_t n, const T &fill = T{})
    {
        if (n < m_size) {
            const std::size_t chunks = (n + ChunkSize - 1) / ChunkSize;
            m_chunks.resize(chunks);
            if (n % ChunkSize != 0)
                own(chunks - 1)->resize(n % ChunkSize);
            m_size = n;
            return;
        }
        while (m_size < n) {
            if (m_size % ChunkSize == 0)
                m_chunks.push_back(std::make_shared<Chunk>());
            Chunk &c = *own(m_chunks.size() - 1);
            const std::size_t add = std::min(n - m_size, ChunkSize - c.size());
            c.resize(c.size() + add, fill);
            m_size += add;
        }
    }

    /// The first `n` elements of `other`, sharing its chunks (the last one copied if partial).
    void assignPrefix(const ChunkedVector &other, std::size_t n)
    {
        assert(n <= other.m_size);
        m_chunks.assign(other.m_chunks.begin(),
                        other.m_chunks.begin() + static_cast<std::ptrdiff_t>((n + ChunkSize - 1) / ChunkSize));
        m_size = n;
        if (n % ChunkSize != 0) {
            // Only what is taken: a year's run has 100,000 environments of a few segments each,
            // and a full chunk reserved for each of them at every slider move was gigabytes.
            auto copy = std::make_shared<Chunk>();
            const Chunk &last = *m_chunks.back();
            copy->assign(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(n % ChunkSize));
            m_chunks.back() = std::move(copy);
        }
    }

private:
    Chunk *own(std::size_t c)
    {
        auto &p = m_chunks[c];
        if (p.use_count() > 1) {
            auto copy = std::make_shared<Chunk>();
            copy->reserve(std::max(p->size(), std::min(ChunkSize, p->capacity())));
            copy->assign(p->begin(), p->end());
            p = std::move(copy);
        }
        return p.get();
    }

    std::vector<std::shared_ptr<Chunk>> m_chunks;
    std::size_t m_size = 0;
};

}  // namespace lle
