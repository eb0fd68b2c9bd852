// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

/// The cue search of lessons: what a step's `run_until` plays to, and where it happens in a
/// recorded run.
namespace lle {

/// Something to play to: a simulated time or the first event of a kind after the playhead.
struct Cue {
    enum class Kind {
        None,
        Time,              ///< `time_s`
        ColdStart,         ///< a cold (or SnapStart) start begins (request arrival), on `env` if set
        Invoke,            ///< an invoke phase begins
        Frozen,            ///< an environment enters frozen
        WarmStart,         ///< a warm start (a frozen environment is reused)
        IdleShutdown,      ///< an environment shuts down after idling
        Recycled,          ///< an environment shuts down at its maximum lifetime
        ScaleOut,          ///< a cold start because every environment was busy
        Throttled,         ///< a request is throttled
        ProvisionedStart,  ///< a request runs on a provisioned environment
        Restore,           ///< a SnapStart restore begins
        Change,            ///< a configuration change that changes a setting takes effect
    };
    Kind kind = Kind::None;
    double timeMs = 0;      ///< Kind::Time
    std::uint32_t env = 0;  ///< 0: any environment
    bool operator==(const Cue &) const = default;
};

/// The event names of `run_until` ("cold_start", "frozen", …); empty for None/Time.
QString cueEventName(Cue::Kind kind);
std::optional<Cue::Kind> cueKindFromName(const QString &name);

/// The first time > `afterMs` at which `cue` happens in `run` (for Time: the time itself when it
/// is ≥ afterMs); nullopt when it does not happen in the part of the run recorded so far.
std::optional<double> cueReachedAt(const RecordedRun &run, const Cue &cue, double afterMs = -1);

}  // namespace lle

Q_DECLARE_METATYPE(lle::Cue)
