// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lab tests' shared pieces: a small scenario, the still window with the lab, a file writer.

#include "lab.h"
#include "windowtesting.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lle::testing {

/// A minute at 5 requests/s: a few hundred requests, quick to sweep.
inline Scenario smallScenario()
{
    Scenario s = defaultScenario();
    s.name = "small";
    s.durationS = 60;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 5;
    s.function.memoryMb = 1024;
    return s;
}

/// The window on smallScenario() with the lab, playback paused.
struct LabWindow : StillWindow {
    Lab *lab;
    LabWindow() : StillWindow(smallScenario()), lab(new Lab(&window)) {}
};

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace lle::testing
