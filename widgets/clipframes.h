// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliprecording.h"
#include "runrecorder.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QRectF>
#include <QWidget>

#include <memory>

class QPainter;

namespace lle {

class CdfPlot;
class CostPlot;
class EnvironmentLanes;
class EnvironmentsPlot;
class KpiStrip;
class LatencyPlot;
class LifecycleDiagram;
class RunPlot;

/// The frames of a clip, drawn offscreen from a recorded run at exact simulated times with the
/// window's own views (diagram, lanes, KPI strip, plots) in widgets of its own that are never
/// shown — nothing is read from the screen, so a clip is the same on any machine and the window
/// goes on playing while it records. Above the views a caption bar (optional title, the
/// scenario's name, the simulated clock, in the application's language); below them a lesson's
/// narration when the clip carries one.
///
/// The layout is laid out at 720 pixels of height (or the frame's, if smaller) and drawn at the
/// frame's resolution, so that text keeps its proportions at 1080p. GUI thread only; frames in
/// increasing order are cheapest (the plots append, a step back rebuilds them).
class ClipFrames {
    Q_DECLARE_TR_FUNCTIONS(ClipFrames)
public:
    ClipFrames(RunPtr run, ClipSpec spec);
    ~ClipFrames();
    ClipFrames(const ClipFrames &) = delete;
    ClipFrames &operator=(const ClipFrames &) = delete;

    int frameCount() const;
    double timeOfFrame(int index) const;
    /// Frame `index` at the clip's size.
    QImage frame(int index);
    /// The frame at simulated time `ms`.
    QImage frameAt(double ms);
    /// Where the lanes are drawn in a frame (pixels), for tests reading their playhead.
    QRectF lanesRect() const;
    /// The x (frame pixels) at which the lanes of the last frame drawn put simulated time `ms`.
    double lanesX(double ms) const;

    /// ClipView::Window: the widget drawn left of the dashboard as it is at each frame (the
    /// window's parameter panel). Rendered with QWidget::render, never read from the screen.
    void setSidePanel(QWidget *panel);

    /// A ClipFrameSource for ClipRecording: draws with a ClipFrames it owns.
    static ClipFrameSource source(RunPtr run, const ClipSpec &spec, QWidget *sidePanel = nullptr);

private:
    void layout();
    void drawCaptionBar(QPainter &p, double ms) const;
    void drawNarration(QPainter &p, double ms) const;
    void drawPlot(QPainter &p, RunPlot *plot) const;

    RunPtr m_run;
    ClipSpec m_spec;
    double m_scale = 1;
    QSizeF m_logical;
    QRectF m_captionRect, m_narrationRect, m_panelRect;
    QPointer<QWidget> m_panel;
    std::unique_ptr<QWidget> m_root;
    KpiStrip *m_kpi = nullptr;
    LifecycleDiagram *m_diagram = nullptr;
    EnvironmentLanes *m_lanes = nullptr;
    LatencyPlot *m_latency = nullptr;
    CostPlot *m_cost = nullptr;
    CdfPlot *m_cdf = nullptr;
    EnvironmentsPlot *m_environments = nullptr;
};

}  // namespace lle
