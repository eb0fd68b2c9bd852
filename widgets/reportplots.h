// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotrenderers.h"
#include "runrecorder.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <array>
#include <limits>
#include <memory>
#include <vector>

class QCustomPlot;

namespace lle {

/// The plots a report carries, one PNG each (reportfiles::plotNames() in this order).
enum class PlotKind { Latency, LatencyDistribution, Cost, Environments, Lifecycle };

/// How large to draw a plot image.
struct PlotImageOptions {
    QSize size{1600, 900};   ///< pixels of the image
    /// Pixels per drawing unit: text, lines and margins are this much larger. 2 draws the window's
    /// plots as a 800×450 layout at twice the resolution, which reads well pasted into a document.
    double scale = 2;
    /// Draw the run up to this simulated time (the window's playhead); +inf: all of it.
    double untilMs = std::numeric_limits<double>::infinity();
};

/// The report's plots drawn offscreen from a recorded run, with the window's palette and, for
/// the four data plots, the window's own plot classes (widgets/runplots.h) — restyled for print:
/// antialiased, larger text, a title line with the scenario name, no playhead. The lifecycle
/// figure is drawn here: the window's lanes scroll with the playhead, a report shows the whole run.
///
/// The QCustomPlot plots are widgets: render() needs a QApplication (offscreen will do) and the
/// GUI thread. renderAnyThread() and savePng() may be called from a worker (QtConcurrent): they
/// have the drawing done on the GUI thread (blocking), so the GUI thread must not wait for that
/// worker meanwhile (use a QFutureWatcher, not QFuture::waitForFinished()).
class ReportPlots {
    Q_DECLARE_TR_FUNCTIONS(ReportPlots)
public:
    static constexpr std::array<PlotKind, 5> kAll = {PlotKind::Latency, PlotKind::LatencyDistribution, PlotKind::Cost,
                                                     PlotKind::Environments, PlotKind::Lifecycle};

    /// "latency.png", … (reportfiles).
    static QString fileName(PlotKind kind);
    /// "Latency per request", … (translated).
    static QString title(PlotKind kind);

    /// The plot as an image of options.size pixels, with the PNG text chunks Title, Scenario,
    /// Seed, Software and Model set. A null image when it cannot be drawn (no QApplication).
    /// GUI thread only.
    static QImage render(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options = {});
    /// render() that also hands over the plot it drew into `drawn` (the four data plots; null for
    /// the lifecycle figure, which is painted without one), laid out as in the image at
    /// options.size / options.scale: its axes, legend and graphs say what the picture shows.
    /// The plot refers to `run`, which must outlive it.
    static QImage render(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options,
                         std::unique_ptr<QCustomPlot> *drawn);
    /// render() from any thread.
    static QImage renderAnyThread(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options = {});
    /// The five plot files of a report (`--png`, `--report`, File → Export report) for the output
    /// pipeline: each drawn with renderAnyThread(), so from any thread.
    static PlotFiles files(const PlotImageOptions &options = {});
    /// Draws one plot and writes it to `path` atomically (QSaveFile). Any thread. On failure
    /// returns false with `error` ("FILE: why") and leaves nothing at `path`.
    static bool savePng(PlotKind kind, const RecordedRun &run, const QString &path,
                        const PlotImageOptions &options = {}, QString *error = nullptr);
};

}  // namespace lle
