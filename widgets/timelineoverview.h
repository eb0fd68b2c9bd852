// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QWidget>

#include <utility>

namespace lle {

/// The whole run in one row: requests per metrics bucket as bars, the buckets with cold starts
/// marked, what is computed so far, and the playhead. Clicking or dragging asks to jump there —
/// the way to move through a month that the lanes show a few seconds of. Dragging with Shift
/// held chooses a stretch instead, to be shown request by request.
class TimelineOverview : public QWidget {
    Q_OBJECT
public:
    explicit TimelineOverview(QWidget *parent = nullptr);
    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Simulated time under x (widget pixels).
    double timeAt(double x) const;
    QSize sizeHint() const override { return {900, 18}; }
    QSize minimumSizeHint() const override { return {200, 14}; }

    /// The stretch being chosen (Shift+drag), or an empty one.
    std::pair<double, double> selection() const { return {m_selectFromMs, m_selectToMs}; }

signals:
    void seekRequested(double ms);
    /// A stretch chosen with Shift+drag, fromMs < toMs.
    void stretchSelected(double fromMs, double toMs);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;

private:
    RunPtr m_run;
    double m_t = 0;
    int m_shownX = -1;   ///< playhead pixel last painted (repaint only when it moves)
    bool m_selecting = false;
    double m_selectFromMs = 0, m_selectToMs = 0;
};

}  // namespace lle
