// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QProgressDialog;
class QWidget;

namespace lle {

class SimulationController;
class StretchLoader;

/// A stretch of the run chosen to be seen request by request (Shift+drag on the overview or on a
/// plot's time axis; while the run computes, within the intervals computed so far): widened to
/// whole metrics intervals and simulated again from the nearest checkpoint by the
/// window's StretchLoader, with a progress dialog and Cancel while it computes (also for the
/// interval at the playhead, Playback → Every request of this interval).
class StretchZoom : public QObject {
    Q_OBJECT
public:
    StretchZoom(StretchLoader *loader, SimulationController *controller, QWidget *window);

    QProgressDialog *progressDialog() const { return m_dialog; }

public slots:
    /// Simulates [fromMs, toMs) of the run shown again, widened to whole intervals.
    void show(double fromMs, double toMs);

private:
    StretchLoader *m_loader;
    SimulationController *m_controller;
    QProgressDialog *m_dialog;
};

}  // namespace lle
