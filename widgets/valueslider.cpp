// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueslider.h"

#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace lle {

ValueSlider::ValueSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent)
{
    connect(this, &QSlider::valueChanged, this, [this](int pos) {
        if (m_silent)
            return;
        m_exact = std::numeric_limits<double>::quiet_NaN();   // the user moved it
        emit valueMoved(toReal(pos));
        if (!isSliderDown())
            emit valueCommitted(toReal(pos));
    });
    // Grabbed and let go without moving: nothing to commit. Committing the value shown would turn
    // a preset's measured runtime-init distribution into a plain mean of the same size.
    connect(this, &QSlider::sliderReleased, this, [this] {
        if (std::isnan(m_exact))
            emit valueCommitted(realValue());
    });
}

void ValueSlider::setLinear(double min, double max, double step)
{
    m_log = false;
    m_min = min;
    m_max = max;
    m_step = step;
    const QSignalBlocker b(this);
    setRange(0, static_cast<int>(std::lround((max - min) / step)));
    setPageStep(std::max(1, maximum() / 10));
}

void ValueSlider::setLogarithmic(double min, double max, int steps)
{
    m_log = true;
    m_min = min;
    m_max = max;
    const QSignalBlocker b(this);
    setRange(0, steps);
    setPageStep(std::max(1, steps / 10));
}

double ValueSlider::toReal(int pos) const
{
    for (double snap : m_snaps)
        if (std::abs(toPos(snap) - pos) <= std::max(1, maximum() * 15 / 1000))
            return snap;
    if (m_log) {
        const double x = double(pos) / std::max(1, maximum());
        const double v = m_min * std::pow(m_max / m_min, x);
        // Round to 3 significant digits so labels and changes read well.
        const double mag = std::pow(10.0, std::floor(std::log10(v)) - 2);
        return std::clamp(std::round(v / mag) * mag, m_min, m_max);
    }
    return std::clamp(m_min + pos * m_step, m_min, m_max);
}

int ValueSlider::toPos(double v) const
{
    v = std::clamp(v, m_min, m_max);
    if (m_log)
        return static_cast<int>(std::lround(std::log(v / m_min) / std::log(m_max / m_min) * maximum()));
    return static_cast<int>(std::lround((v - m_min) / m_step));
}

double ValueSlider::realValue() const
{
    // Showing a value must not round it to the slider's steps: a value read back from here is
    // only committed after the user moved the handle.
    if (!std::isnan(m_exact))
        return m_exact;
    return toReal(value());
}

void ValueSlider::setRealValue(double v)
{
    m_silent = true;
    setValue(toPos(v));
    m_silent = false;
    m_exact = v;   // outside the range too: the handle sits at the end, the label tells the truth
}

}  // namespace lle
