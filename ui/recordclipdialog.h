// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliprecording.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lle {

/// File → Record clip…: what to record (the dashboard or one view), the simulated stretch, the
/// playback speed, frames per second, size and format, and the captions (a title, the scenario's
/// name and clock, a lesson step's text). Says how many frames and seconds the clip will have.
class RecordClipDialog : public QDialog {
    Q_OBJECT
public:
    /// `durationMs`: the run's length; the stretch defaults to all of it.
    RecordClipDialog(double durationMs, QWidget *parent = nullptr);

    void setSpan(double fromMs, double toMs);
    void setSpeed(double speed);
    /// Offers a lesson step's text as the clip's narration (checked by default).
    void setNarration(const QString &title, const QString &text);
    /// The clip as chosen (narration included when ticked).
    ClipSpec spec() const;

    /// The sizes offered: 1920×1080, 1280×720, 1080×1080, 800×450.
    static QList<QSize> sizePresets();

private:
    void updateHint();

    double m_durationMs;
    QComboBox *m_view;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QDoubleSpinBox *m_speed;
    QSpinBox *m_fps;
    QComboBox *m_size;
    QComboBox *m_format;
    QLineEdit *m_title;
    QCheckBox *m_captions;
    QCheckBox *m_narrate;
    QString m_narration;
    QLabel *m_hint;
};

}  // namespace lle
