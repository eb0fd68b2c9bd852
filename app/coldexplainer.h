// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

/// "Why was this request cold?" The reason of one cold start in words, and the history of the
/// environment involved, from a recorded run. Texts in the "ColdExplainer" context.
namespace lle {

struct ColdExplanation {
    bool found = false;          ///< the invocation is in the run (it may be sampled out)
    bool cold = false;           ///< it started cold or restored with SnapStart
    ColdReason reason = ColdReason::None;
    std::uint32_t envId = 0;     ///< the environment that served it
    std::uint32_t previousEnvId = 0;   ///< expired / recycled / changed: the one that went away
    QString title;               ///< "Request 42: cold start"
    QString reasonText;          ///< the reason: reasonSentences joined with spaces
    QStringList reasonSentences; ///< the reason, one sentence each (a callout shows them as lines)
    /// The request's latency in its parts, in order: environment setup, extension init, runtime
    /// init, function init or SnapStart restore (a cold start's), then the handler (Invoke).
    struct LatencyPart {
        Phase phase;
        double ms;
    };
    std::vector<LatencyPart> latencyParts;
    QStringList history;         ///< lines: the previous environment's life, then the new one's phases
    /// Everything as one text for a dialog or the "What am I seeing?" bar.
    QString text() const;
};

ColdExplanation explainColdStart(const RecordedRun &run, std::uint64_t invocationId);
/// The explanation of `request`, one of `run`'s requests whether the run keeps it or not (a
/// request of a stretch simulated again: the run's environments are all kept).
ColdExplanation explainColdStart(const RecordedRun &run, const InvocationRecord &request);

}  // namespace lle
