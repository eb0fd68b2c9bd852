// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Looking at a picture the way a reader does: is this colour where the data says it must be?

#include <QColor>
#include <QImage>
#include <QPoint>

namespace lle::testing {

/// Some pixel within `radius` of `at` is `colour` (each channel within `tolerance`, for
/// antialiased edges and blending).
inline bool colourNear(const QImage &image, QPoint at, const QColor &colour, int radius, int tolerance = 12)
{
    for (int y = at.y() - radius; y <= at.y() + radius; ++y)
        for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
            if (!image.valid(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance && qAbs(c.green() - colour.green()) <= tolerance
                && qAbs(c.blue() - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}

}  // namespace lle::testing
