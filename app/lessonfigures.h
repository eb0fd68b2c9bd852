// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lle {

/// The figures a lesson's text may state, taken from the run on the screen when the step shows:
/// "{cold_latency_ms}" in a narration reads "3.41 s" for that run, so a lesson cannot contradict
/// what the class sees. Each figure is over the requests that arrived up to a moment (the step's
/// cue, or the playhead).
class LessonFigures {
    Q_DECLARE_TR_FUNCTIONS(lle::LessonFigures)
public:
    /// Every figure name ("cold_latency_ms", …), in the order the README lists them.
    static QStringList names();
    /// The `{name}` placeholders in `text`, in order (names unknown ones too).
    static QStringList placeholdersIn(const QString &text);
    /// Why a run of `scenario` cannot fill figure `name` (unknown name; a restore figure without
    /// SnapStart), or an empty string when it can.
    static QString whyNotFillable(const QString &name, const Scenario &scenario);
    /// The figure `name` of `run` over the requests that arrived up to `untilMs`, unformatted (ms,
    /// USD, counts); nullopt when the run has no such request yet. A name with a dot is a scenario
    /// key read from the scenario in effect at `untilMs` ("function.memory_mb"; "…_min" for a
    /// "…_s" key in minutes).
    static std::optional<double> number(const QString &name, const RecordedRun &run, double untilMs);
    /// number() formatted in the current locale as lesson texts state it ("450 ms", "$0.20").
    static std::optional<QString> value(const QString &name, const RecordedRun &run, double untilMs);
    /// `text` with every placeholder replaced by value(); "…" where the run has no value yet. With
    /// `inEffect` (the scenario in effect at `untilMs`), scenario keys come from it, so that they
    /// read right before the run of that scenario is there.
    static QString fill(const QString &text, const RecordedRun *run, double untilMs, const Scenario *inEffect = nullptr);
    /// A duration as lesson texts state it: "450 ms", "3.41 s".
    static QString formatMs(double ms);
};

}  // namespace lle
