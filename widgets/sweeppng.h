// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweeprunner.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

namespace lle {

/// The plots of a headless sweep (`--sweep … --png`), drawn offscreen with the window's own
/// plot classes (widgets/sweepplot.h), restyled for print: light background, larger text, a title
/// line with the scenario, 1600×900 pixels, the PNG text chunks Title, Scenario, Seed, Software
/// and Model. Widgets: a QApplication (offscreen will do) and the GUI thread.
class SweepPng {
    Q_DECLARE_TR_FUNCTIONS(SweepPng)
public:
    static constexpr const char *kCurveFile = "sweep_curve.png";
    static constexpr const char *kParetoFile = "sweep_pareto.png";

    /// Cost and p99 latency per tested point against the first key (one series per value of a
    /// second key); 95 % intervals when there were several seeds. Null without a QApplication.
    static QImage curve(const SweepRecord &record);
    /// Cost per million requests against p99 latency, every point labelled with its values.
    static QImage pareto(const SweepRecord &record);
};

/// The headless runner's SweepPngRenderer (passed in by main/explorerapp.cpp): sweep_curve.png and sweep_pareto.png.
bool renderSweepPlots(const SweepRecord &record, std::vector<RenderedFile> *files, QString *error);

}  // namespace lle
