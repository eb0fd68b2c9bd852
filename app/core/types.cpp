// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

namespace lle {

std::string_view id(Phase p)
{
    switch (p) {
    case Phase::EnvSetup: return "env_setup";
    case Phase::ExtensionInit: return "extension_init";
    case Phase::RuntimeInit: return "runtime_init";
    case Phase::FunctionInit: return "function_init";
    case Phase::Restore: return "restore";
    case Phase::Invoke: return "invoke";
    case Phase::Frozen: return "frozen";
    case Phase::Shutdown: return "shutdown";
    }
    return "";
}

std::string_view id(StartType s)
{
    switch (s) {
    case StartType::Cold: return "cold";
    case StartType::Warm: return "warm";
    case StartType::Provisioned: return "provisioned";
    case StartType::SnapStart: return "snapstart";
    case StartType::Throttled: return "throttled";
    case StartType::TimedOut: return "timed_out";
    }
    return "";
}

std::string_view id(ColdReason r)
{
    switch (r) {
    case ColdReason::None: return "";
    case ColdReason::First: return "first";
    case ColdReason::ScaleOut: return "scale_out";
    case ColdReason::Expired: return "expired";
    case ColdReason::Recycled: return "recycled";
    case ColdReason::Changed: return "changed";
    }
    return "";
}

std::string_view id(EnvKind k)
{
    switch (k) {
    case EnvKind::OnDemand: return "on_demand";
    case EnvKind::Provisioned: return "provisioned";
    case EnvKind::SnapStart: return "snapstart";
    case EnvKind::ManagedInstance: return "managed_instance";
    }
    return "";
}

std::string_view id(EndReason r)
{
    switch (r) {
    case EndReason::None: return "";
    case EndReason::IdleTimeout: return "idle_timeout";
    case EndReason::MaxLifetime: return "max_lifetime";
    case EndReason::Changed: return "changed";
    case EndReason::EndOfRun: return "end_of_run";
    case EndReason::ScaleIn: return "scale_in";
    }
    return "";
}

std::string_view id(RequestKind k)
{
    return k == RequestKind::Ping ? "ping" : "request";
}

}  // namespace lle
