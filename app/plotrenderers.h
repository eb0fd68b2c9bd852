// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"
#include "summary.h"
#include "sweep.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

/// The drawing the application layer asks for and cannot do itself: plots are widgets, a layer
/// above. The composition root (main/) passes these in; without them the runners refuse `--png`
/// and `--report` with exit status 2.
namespace lle {

/// A file made in memory (a PNG), written by a runner beside its own files under a temporary
/// name and renamed with them: all of them or, on any failure, none.
struct RenderedFile {
    QString name;       ///< file name inside the output folder
    QByteArray bytes;
};

/// One plot file of a run (`--png`, a report): its name in the folder and how to draw it from the
/// recorded run (RunRecorder: bounded however long the run) as PNG bytes; empty bytes fail the
/// run and leave no file behind. Called from the thread that runs the pipeline.
struct PlotFile {
    QString name;
    std::function<QByteArray(const RecordedRun &run)> draw;
};
using PlotFiles = std::vector<PlotFile>;

/// What a headless sweep hands to the plot renderer: the scenario swept, the plan and its rows
/// (in the order of plan.points).
struct SweepRecord {
    const Scenario &scenario;
    const SweepPlan &plan;
    const std::vector<SweepRow> &rows;
};

/// Draws the `--sweep … --png` plots (sweep_curve.png and sweep_pareto.png) into `files`.
/// Returning false (with `error`, why) fails the sweep with exit status 1 and writes nothing.
using SweepPngRenderer = std::function<bool(const SweepRecord &record, std::vector<RenderedFile> *files, QString *error)>;

/// Every renderer a headless run may need.
struct PlotRenderers {
    PlotFiles run;   ///< the five files of reportfiles::plotNames()
    SweepPngRenderer sweep;
};

}  // namespace lle
