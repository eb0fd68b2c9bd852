// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QWidget;

namespace lle {

/// Text sizes of the views in presentation mode (F11): everything a room reads scales together.
/// A view asks for the size it draws in normally; in a window presenting (its "presentation"
/// property, set by the teaching layer) it gets that size times kFactor and never less than a
/// minimum in pixels, 16 px for any text, more for the figures a room reads first (KPI values).
/// Views drawn outside a window (clip frames, report plots) keep their normal sizes.
class TextScale {
public:
    static constexpr double kFactor = 1.4;
    static constexpr int kMinimumPixels = 16;

    /// Whether `w`'s window is in presentation mode.
    static bool presenting(const QWidget *w);
    /// `base` at `pointSize` (normal) or at the presentation size, at least `minimumPixels`.
    static QFont sized(const QWidget *w, const QFont &base, double pointSize, int minimumPixels = kMinimumPixels);
    /// The pixel size a font renders at on `w`'s screen.
    static double pixels(const QWidget *w, const QFont &font);
};

}  // namespace lle
