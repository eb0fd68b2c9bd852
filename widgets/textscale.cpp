// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscale.h"

#include <QFontInfo>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lle {

bool TextScale::presenting(const QWidget *w)
{
    return w && w->window() && w->window()->property("presentation").toBool();
}

QFont TextScale::sized(const QWidget *w, const QFont &base, double pointSize, int minimumPixels)
{
    QFont f = base;
    if (!presenting(w)) {
        f.setPointSizeF(pointSize);
        return f;
    }
    // Points to pixels at the screen's logical resolution, so that the minimum holds in pixels.
    const double dpi = w->logicalDpiY() > 0 ? w->logicalDpiY() : 96;
    const double px = pointSize * kFactor * dpi / 72.0;
    f.setPixelSize(std::max(minimumPixels, int(std::lround(px))));
    return f;
}

double TextScale::pixels(const QWidget *w, const QFont &font)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    const double dpi = w && w->logicalDpiY() > 0 ? w->logicalDpiY() : 96;
    return font.pointSizeF() * dpi / 72.0;
}

}  // namespace lle
