// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

/// The vocabulary of the simulation core: phases, start types, reasons. The core carries no
/// user-visible text; these enums are translated by the UI and spelled by `id()` in files.
namespace lle {

/// Simulated time in milliseconds since the start of the run.
using SimTime = double;

/// A lifecycle phase of an execution environment (model reference §1).
enum class Phase : std::uint8_t {
    EnvSetup,
    ExtensionInit,
    RuntimeInit,
    FunctionInit,
    Restore,
    Invoke,
    Frozen,
    Shutdown,
};
inline constexpr int kPhaseCount = 8;

/// How a request started (contract §3, `start_type`).
enum class StartType : std::uint8_t { Cold, Warm, Provisioned, SnapStart, Throttled, TimedOut };
inline constexpr int kStartTypeCount = 6;

/// Why a request had to start a new environment (contract §3, `cold_reason`).
enum class ColdReason : std::uint8_t { None, First, ScaleOut, Expired, Recycled, Changed };

enum class EnvKind : std::uint8_t { OnDemand, Provisioned, SnapStart, ManagedInstance };
enum class EndReason : std::uint8_t { None, IdleTimeout, MaxLifetime, Changed, EndOfRun, ScaleIn };
enum class RequestKind : std::uint8_t { Request, Ping };
enum class ThrottleCause : std::uint8_t { None, ConcurrencyLimit, ScaleRate };

std::string_view id(Phase p);
std::string_view id(StartType s);
std::string_view id(ColdReason r);  // empty for None
std::string_view id(EnvKind k);
std::string_view id(EndReason r);   // empty for None
std::string_view id(RequestKind k);

}  // namespace lle
