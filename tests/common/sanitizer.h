// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether the tests run under AddressSanitizer (LLE_SANITIZE, scripts/test's second build), where
// code is several times slower and memory is counted by the sanitizer's allocator.

#if defined(__SANITIZE_ADDRESS__)
#define LLE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LLE_ASAN 1
#endif
#endif
#ifndef LLE_ASAN
#define LLE_ASAN 0
#endif

namespace lle::testing {

/// How much slower a hang guard's limit is allowed to be under the sanitizers.
constexpr int kSanitizerSlowdown = LLE_ASAN ? 6 : 1;

}  // namespace lle::testing
