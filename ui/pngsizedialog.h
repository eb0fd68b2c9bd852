// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QLabel;
class QSpinBox;

namespace lle {

/// Asks how large a PNG export is: pixels and scale (text and lines drawn 1× or 2× larger). For
/// a picture whose layout is fixed (the dashboard as it is on screen) only the scale is chosen and
/// the pixel size follows from it.
class PngSizeDialog : public QDialog {
    Q_OBJECT
public:
    /// `what`: the picture's name for the title ("Latency per request").
    explicit PngSizeDialog(const QString &what, QWidget *parent = nullptr);

    void setPixelSize(QSize size);
    void setScale(double scale);
    /// The picture is laid out at `logical` units: the pixel size is logical × scale.
    void setFixedLayoutSize(QSize logical);

    QSize pixelSize() const;
    double scale() const;

private:
    void updateHint();

    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLabel *m_hint;
    QSize m_fixedLayout;
};

}  // namespace lle
