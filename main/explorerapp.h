// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotrenderers.h"

#include <QString>

/// The composition root's two assemblies: the window with its attachments, and the renderers the
/// headless runner draws with. Only main/ knows every layer.
namespace lle {

/// Opens the explorer window (QApplication already created) on `scenarioPath`, or on the built-in
/// scenario when empty, with its lessons, lab, help and autosave; returns the event loop's exit
/// code.
int runExplorerWindow(const QString &scenarioPath);

/// The plots `--png` and `--report` draw (widgets/reportplots.h, widgets/sweeppng.h).
PlotRenderers headlessRenderers();

}  // namespace lle
