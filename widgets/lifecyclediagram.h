// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managedfleet.h"
#include "runrecorder.h"

#include <QWidget>

class QPainter;

#include <array>

namespace lle {

/// The lifecycle state diagram: Init with its four sub-phases, Restore (SnapStart), Invoke, Frozen
/// and Shutdown, with the warm-reuse edge. Every live environment is a token in its state; a token
/// that just changed state travels along the edge. Each state shows its count. Under Managed
/// Instances the Invoke state shows the fleet instead of tokens: a frame per instance, in it a bar
/// per environment filled with the share of its slots in use.
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
    /// The Managed Instances fleet at the playhead, as drawn (no instance for other runs).
    const ManagedFleet &fleet() const { return m_fleet; }
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
    /// The fleet in the Invoke box; false when it does not apply (not a Managed Instances run).
    bool paintFleet(QPainter &p, double fontSize);

    RunPtr m_run;
    double m_t = 0;
    double m_speed = 1;
    std::array<int, kPhaseCount> m_counts{};
    ManagedFleet m_fleet;
    int m_hover = -1;
};

}  // namespace lle
