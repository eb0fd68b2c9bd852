// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QImage>
#include <QString>

/// Every PNG the program writes (report plots, sweep plots, the window's picture exports) gets its
/// text chunks and resolution here, once, so that an image found in a document still says where
/// it came from and pastes at the size it had on screen.
namespace lle {

/// Title, Scenario, Seed, Software and Model text chunks, and 96 dpi × `scale`.
void setPngMetadata(QImage &image, const QString &title, const Scenario &scenario, double scale);

/// The image as PNG bytes; empty when the image is null or cannot be encoded.
QByteArray encodePng(const QImage &image);

}  // namespace lle
