// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace lle {

/// A bright, pulsing vermillion outline drawn over another widget (a lesson's "look here"). It
/// lives as a transparent child of the target's window, follows the target's geometry and lets
/// the mouse through.
class HighlightFrame : public QWidget {
    Q_OBJECT
public:
    explicit HighlightFrame(QWidget *window);

    /// Outlines `target` (nullptr: hides). A target inside a scroll area is scrolled into view.
    void setTarget(QWidget *target);
    QWidget *target() const { return m_target; }
    /// Thicker line in presentation mode.
    void setLineWidth(int px);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QPointer<QWidget> m_target;
    QTimer m_pulse;
    int m_phase = 0;
    int m_lineWidth = 4;
};

}  // namespace lle
