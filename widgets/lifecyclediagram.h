// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <QWidget>

#include <array>

namespace lle {

/// The lifecycle state diagram: Init with its four sub-phases, Restore (SnapStart), Invoke, Frozen
/// and Shutdown, with the warm-reuse edge. Every live environment is a token in its state; a token
/// that just changed state travels along the edge. Each state shows its count.
class LifecycleDiagram : public QWidget {
    Q_OBJECT
public:
    /// The font of the labels and counts (box titles take it or a smaller one that fits).
    QFont textFont() const;
    explicit LifecycleDiagram(QWidget *parent = nullptr);

    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Playback speed, to turn the travel of a token (a fixed real-time length) into simulated time.
    void setSpeed(double speed) { m_speed = speed; }
    /// Live environments per phase at the playhead, as drawn.
    std::array<int, kPhaseCount> counts() const { return m_counts; }
    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {420, 170}; }

signals:
    /// A sentence for the "What am I seeing?" bar about what the pointer is over.
    void explain(const QString &text);

protected:
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *) override;

private:
    /// The phase's name abbreviated for a box too narrow for the whole name.
    static QString shortPhaseName(Phase ph);
    QRectF box(Phase p) const;
    QRectF initGroup() const;
    QString explanation(Phase p) const;

    RunPtr m_run;
    double m_t = 0;
    double m_speed = 1;
    std::array<int, kPhaseCount> m_counts{};
    int m_hover = -1;
};

}  // namespace lle
