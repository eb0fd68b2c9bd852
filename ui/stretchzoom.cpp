// SPDX-License-Identifier: GPL-3.0-or-later
#include "stretchzoom.h"

#include "palette.h"
#include "runfigures.h"
#include "simulationcontroller.h"
#include "stretchdetail.h"

#include <QProgressDialog>

#include <algorithm>
#include <cmath>

namespace lle {

StretchZoom::StretchZoom(StretchLoader *loader, SimulationController *controller, QWidget *window)
    : QObject(window), m_loader(loader), m_controller(controller), m_dialog(new QProgressDialog(window))
{
    m_dialog->setObjectName(QStringLiteral("stretchProgress"));
    m_dialog->setWindowTitle(tr("Every request of a stretch"));
    m_dialog->setRange(0, 100);
    m_dialog->setMinimumDuration(400);   // a short stretch comes back before it would show
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->reset();
    connect(m_dialog, &QProgressDialog::canceled, m_loader, &StretchLoader::cancel);
    connect(m_loader, &StretchLoader::started, this, [this](double fromMs, double toMs) {
        m_dialog->setLabelText(tr("Simulating every request from %1 to %2 again…")
                                   .arg(Format::simTime(fromMs), Format::simTime(toMs)));
        m_dialog->setValue(0);
    });
    connect(m_loader, &StretchLoader::progress, this,
            [this](double fraction) { m_dialog->setValue(static_cast<int>(std::floor(fraction * 99))); });
    // Not autoClose: the dialog closes when the stretch arrives or stops, not at 100 %.
    const auto close = [this] {
        m_dialog->reset();
        m_dialog->hide();
    };
    connect(m_loader, &StretchLoader::stopped, this, close);
    connect(m_loader, &StretchLoader::loaded, this, close);
}

void StretchZoom::show(double fromMs, double toMs)
{
    const RunPtr run = m_controller->run();
    if (!run)
        return;
    auto [from, to] = StretchDetail::bucketAligned(*run, fromMs, toMs);
    if (!run->finished) {
        // While the run computes, the stretch is cut to the intervals it has closed: their
        // figures are final, and a part not computed yet has no checkpoint to start from.
        const std::size_t closed = RunFigures::closedBuckets(*run);
        to = std::min(to, closed > 0 ? RunFigures::bucketEndMs(*run, closed - 1) : 0.0);
        if (to <= from)
            return;
    }
    m_loader->load(run, from, to);
}

}  // namespace lle
