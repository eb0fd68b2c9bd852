// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

/// An owning pointer that copies what it points to, so that a class holding polymorphic or
/// incomplete members can still be copied as a whole (the simulator's checkpoints).
namespace lle {

template <typename T>
class CloningPtr {
public:
    CloningPtr() = default;
    CloningPtr(std::unique_ptr<T> p) : m_p(std::move(p)) {}   // NOLINT: converting on purpose
    CloningPtr(const CloningPtr &o) : m_p(copyOf(o.m_p.get())) {}
    CloningPtr(CloningPtr &&) noexcept = default;
    CloningPtr &operator=(const CloningPtr &o)
    {
        if (this != &o)
            m_p = copyOf(o.m_p.get());
        return *this;
    }
    CloningPtr &operator=(CloningPtr &&) noexcept = default;

    T *get() const { return m_p.get(); }
    T *operator->() const { return m_p.get(); }
    T &operator*() const { return *m_p; }
    explicit operator bool() const { return static_cast<bool>(m_p); }

private:
    static std::unique_ptr<T> copyOf(const T *p)
    {
        if (!p)
            return nullptr;
        if constexpr (requires { p->clone(); })
            return p->clone();   // may be null: the caller checks
        else
            return std::make_unique<T>(*p);
    }
    std::unique_ptr<T> m_p;
};

}  // namespace lle
