// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSlider>

#include <limits>
#include <vector>

namespace lle {

/// A horizontal slider over a range of real values, linear or logarithmic. `valueMoved` follows
/// the handle while dragging (for the value label); `valueCommitted` fires once when the user lets
/// go, or for every keyboard and wheel step, so that a drag makes one change, not fifty.
class ValueSlider : public QSlider {
    Q_OBJECT
public:
    explicit ValueSlider(QWidget *parent = nullptr);

    void setLinear(double min, double max, double step);
    void setLogarithmic(double min, double max, int steps = 1000);
    /// The value shown: exactly the one last set with setRealValue() until the user moves the
    /// handle (a preset's 88 ms stays 88 ms on a slider in steps of 5), else the handle's.
    double realValue() const;
    /// Moves the handle without emitting valueCommitted.
    void setRealValue(double v);
    bool isLogarithmic() const { return m_log; }
    /// Values the handle snaps to when it comes within 1.5 % of the travel (e.g. 512, 1,024 MB).
    void setSnapValues(std::vector<double> values) { m_snaps = std::move(values); }
    double realMinimum() const { return m_min; }
    double realMaximum() const { return m_max; }

signals:
    void valueMoved(double value);
    void valueCommitted(double value);

private:
    double toReal(int pos) const;
    int toPos(double v) const;

    double m_min = 0, m_max = 1, m_step = 0.01;
    bool m_log = false;
    bool m_silent = false;
    double m_exact = std::numeric_limits<double>::quiet_NaN();   ///< set by setRealValue()
    std::vector<double> m_snaps;
};

}  // namespace lle
