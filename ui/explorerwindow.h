// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lle {
/// Opens the explorer window (QApplication already created) on `scenarioPath`, or on the built-in
/// scenario when empty; returns the event loop's exit code.
int runExplorerWindow(const QString &scenarioPath);
}
