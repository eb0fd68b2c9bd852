// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QWidget>

#include <optional>

namespace lle {

/// One horizontal strip per environment, coloured by phase, scrolling with simulated time; the
/// playhead sits near the right edge. Invoke stretches carry a stripe in their start type's
/// colour; throttled requests are crosses in their own row. Stretches narrower than a pixel are
/// aggregated per pixel column, so that high rates cost no more to draw than low ones.
class EnvironmentLanes : public QWidget {
    Q_OBJECT
public:
    /// The font of the lane labels and the time axis.
    QFont labelFont() const;
    explicit EnvironmentLanes(QWidget *parent = nullptr);

    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Width of the visible time window in simulated ms.
    void setWindowMs(double ms);
    double windowMs() const { return m_windowMs; }
    /// Environments drawn at the last paint.
    int visibleEnvironments() const { return m_visible; }
    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {180, 120}; }
    /// The request whose invoke (or the cold start leading to it) lies under `pos`, or 0.
    quint64 invocationAt(const QPointF &pos) const;
    /// Outlines request `id`'s stretch in environment `envId` (its cold start and its invoke);
    /// 0 removes the outline.
    void markInvocation(quint64 id, std::uint32_t envId);
    quint64 markedInvocation() const { return m_marked; }
    /// The outline's rectangle at the last paint (empty when not drawn).
    QRectF markedRect() const { return m_markedRect; }
    /// The x (widget pixels) of simulated time `ms` at the current playhead (clip tests).
    double xForTime(double ms) const { return xOf(ms); }
    /// The time axis' label ("t (s)") where it is drawn: in the gutter when it fits there, else at
    /// the axis' right end (tick labels under it are left out).
    struct AxisLabel {
        QString text;
        QRectF rect;
        QFont font;
    };
    AxisLabel axisLabel() const;
    /// The time axis' tick labels as painted: their spacing is chosen from the widest label, so
    /// that labels never run together (a month's "2,591,975" at a narrow width).
    struct TickLabel {
        QString text;
        QRectF rect;
        double x;   ///< the tick's position
    };
    QList<TickLabel> tickLabels() const;
    /// The lanes' plotting area (below the throttled row, above the time axis).
    QRectF lanesRect() const { return plotArea(); }

signals:
    void explain(const QString &text);
    /// A request's stretch was clicked ("why was this request cold?").
    void invocationClicked(quint64 id);

protected:
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;

private:
    struct Row {
        const RecordedEnv *env;
        double y, h;
    };
    QRectF plotArea() const;
    /// The time axis' and the throttled row's heights: a line of the label font (presentation
    /// mode's 16 px and more did not fit the 20 and 16 px these had).
    double axisHeight() const;
    double throttleRowHeight() const;
    double gutter() const;
    static QString throttledLabel();
    double windowStart() const;
    double xOf(double ms) const;
    double msOf(double x) const;
    void layoutRows();
    QString describe(const QPointF &pos) const;
    QRectF markedSpan(const RecordedEnv &env, double y, double h, double from, double to) const;

    RunPtr m_run;
    double m_t = 0;
    double m_windowMs = 30'000;
    std::vector<Row> m_rows;
    int m_hidden = 0;
    int m_managedSlots = 1;   ///< requests a Managed Instances environment serves at once
    int m_visible = 0;
    double m_gutter = 0;   ///< width of the label column at the last paint
    /// What a paint measures once, for its duration only: the label font and the areas that
    /// follow from it. Measured per call, every segment's x cost a font look-up (slow paints with
    /// thousands of segments).
    struct Measures {
        QFont font;
        double throttleRow;
        QRectF area;
    };
    std::optional<Measures> m_painting;
    quint64 m_marked = 0;
    std::uint32_t m_markedEnv = 0;
    QRectF m_markedRect;
};

}  // namespace lle
