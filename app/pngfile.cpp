// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngfile.h"

#include <QBuffer>
#include <QImageWriter>

#include <cmath>

namespace lle {

void setPngMetadata(QImage &image, const QString &title, const Scenario &scenario, double scale)
{
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Scenario"), QString::fromStdString(scenario.name));
    image.setText(QStringLiteral("Seed"), QString::number(scenario.seed));
    image.setText(QStringLiteral("Software"), QStringLiteral("lambda-explorer %1").arg(QLatin1String(LLE_VERSION)));
    image.setText(QStringLiteral("Model"), QLatin1String(LLE_MODEL_VERSION));
    const int dpm = static_cast<int>(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
}

QByteArray encodePng(const QImage &image)
{
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return {};
    return bytes;
}

}  // namespace lle
