// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managedfleet.h"
#include "runrecorder.h"

#include <QFont>
#include <QList>
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
    /// One text the diagram draws: the rectangle it is drawn in with its flags, and the state's box
    /// it belongs to (the whole widget for the texts between boxes).
    struct Label {
        QString text;
        QFont font;
        QRectF rect;
        int flags = 0;
        QRectF within;
        /// Drawn over the edge it names, on the background.
        bool clearBehind = false;
    };
    /// Where everything goes at the current size, font and language.
    struct Layout {
        /// Boxes in one line each with their counts beside the titles: taken when the regular
        /// layout's texts do not fit (presentation mode in a narrow diagram).
        bool compact = false;
        QRectF group;
        std::array<QRectF, kPhaseCount> boxes{};
        /// The part of each box where tokens go (empty: the count alone says it).
        std::array<QRectF, kPhaseCount> tokenAreas{};
        QList<Label> labels;
        /// The height the compact layout needs for its texts.
        double minimumHeight = 0;
    };

    explicit LifecycleDiagram(QWidget *parent = nullptr);
    /// The font of the labels and counts (box titles take it or a smaller one that fits).
    QFont textFont() const;
    /// The layout paintEvent draws: the regular one when all its texts fit, otherwise the compact one.
    Layout layout() const;
    /// Whether a label's text, drawn with its font and flags, stays within its rectangle.
    static bool fits(const Label &label);

    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Playback speed, to turn the travel of a token (a fixed real-time length) into simulated time.
    void setSpeed(double speed) { m_speed = speed; }
    /// Live environments per phase at the playhead, as drawn.
    std::array<int, kPhaseCount> counts() const { return m_counts; }
    /// The Managed Instances fleet at the playhead, as drawn (no instance for other runs).
    const ManagedFleet &fleet() const { return m_fleet; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A sentence for the "What am I seeing?" bar about what the pointer is over.
    void explain(const QString &text);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *) override;

private:
    /// The phase's name abbreviated for a box too narrow for the whole name.
    static QString shortPhaseName(Phase ph);
    /// The point size the texts are drawn at before presentation scaling.
    double baseSize() const;
    Layout regularLayout(bool *allFit) const;
    Layout compactLayout(double w, double h) const;
    QRectF box(Phase p) const { return layout().boxes[static_cast<std::size_t>(p)]; }
    QString explanation(Phase p) const;
    /// The fleet in the Invoke box; false when it does not apply (not a Managed Instances run).
    bool paintFleet(QPainter &p, const QRectF &inv, double fontSize);

    RunPtr m_run;
    double m_t = 0;
    double m_speed = 1;
    std::array<int, kPhaseCount> m_counts{};
    ManagedFleet m_fleet;
    int m_hover = -1;
    int m_hintedHeight = 0;   ///< the minimum height last asked for in presentation mode
};

}  // namespace lle
