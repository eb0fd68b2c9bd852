// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>
#include <QStringList>

/// What every phase, control, plot and KPI means, with the figure behind it (model reference):
/// a short text for tooltips and a longer one for the "What am I seeing?" bar. Keyed by stable
/// ids ("phase.frozen", "control.memory", "plot.latency", "kpi.cold"); translated in the
/// "Explanations" context at the moment they are asked for, so they follow a language switch.
namespace lle::explanations {

/// Every id, in a fixed order.
QStringList ids();
bool has(const QString &id);
/// One line for a tooltip; empty for an unknown id.
QString shortText(const QString &id);
/// A few sentences for the "What am I seeing?" bar; empty for an unknown id.
QString longText(const QString &id);
/// The id of a phase's explanation ("phase.frozen"): the diagram's hover text is its shortText.
QString phaseId(Phase p);
/// The explanation of a widget by its objectName ("memorySlider" → "control.memory"); empty if none.
QString idForObjectName(const QString &objectName);
/// The objectNames that idForObjectName knows, for tests and for installing tooltips.
QStringList objectNames();

}  // namespace lle::explanations
