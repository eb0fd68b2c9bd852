// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace Ui {
class ParameterPanel;
}

namespace lle {

class ValueSlider;

/// Which scenario key each slider of the parameter panel shows and sets. One table, read by the
/// panel to bind its sliders (by member: a slider renamed in the form fails to compile, not to
/// bind) and by the tests that hold every control to the scenario.
struct PanelSliderKey {
    ValueSlider *Ui::ParameterPanel::*slider;   ///< the slider in parameterpanel.ui
    const char *name;                          ///< its objectName (the tests' rows)
    const char *key;   ///< the scenario key path, as in `changes`; "workload.rate" = the pattern's rate
};

std::span<const PanelSliderKey> panelSliderKeys();

/// The rate key of the scenario's pattern: mean (diurnal), base (burst) or plain rate.
const char *rateKeyFor(WorkloadPattern pattern);

/// The value `key` of panelSliderKeys() has in `config` (nullopt for an unknown key).
std::optional<double> panelValueOf(const Scenario &config, const char *key);

/// The texts of the panel's values: exact, so that the panel never shows a value the scenario does
/// not have.
class PanelText {
    Q_DECLARE_TR_FUNCTIONS(lle::PanelText)
public:
    /// A number as a label shows it: every digit of a value of up to six significant digits (0.0017,
    /// 87.5, 10,240), four significant digits beyond (a preset's mean of 212.4567 ms reads 212.5).
    static QString exactNumber(double v);

    /// A duration in seconds, exact: "45 s", "0.5 s", "10 min" (whole minutes), "1 h", else seconds.
    static QString exactSeconds(double s);

    /// The idle-timeout mode's text for a random range: "random 2–8 min", with "(AWS-like)" only for
    /// the 5–15 minutes AWS is observed to keep environments.
    static QString idleRangeModeText(const IdleTimeout &t);
};

}  // namespace lle
