// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceprogress.h"

#include "simulationcontroller.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace lle {

TraceProgress::TraceProgress(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("traceProgress"));
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("traceCancel"));
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(controller, &SimulationController::traceProgress, this, &TraceProgress::onProgress);
    connect(controller, &SimulationController::computingChanged, this, [this](bool computing) {
        if (!computing)
            hide();
    });
    connect(m_cancel, &QPushButton::clicked, controller, &SimulationController::cancelComputation);
    connect(controller, &SimulationController::runFailed, this, [this](const QString &message) {
        m_problem = message;
        hide();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Trace problem"),
                                    tr("The trace cannot be replayed:\n%1").arg(message), QMessageBox::Ok,
                                    window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    retranslate();
}

void TraceProgress::onProgress(quint64 bytesRead, quint64 fileBytes)
{
    if (!m_controller->isComputing())
        return;
    const int value = fileBytes > 0 ? static_cast<int>(std::min<double>(1000, 1000.0 * double(bytesRead) / double(fileBytes))) : 0;
    m_bar->setValue(value);
    const auto &w = m_controller->scenario().workload;
    m_label->setText(tr("Reading trace %1…").arg(QFileInfo(QString::fromStdString(w.trace.path)).fileName()));
    show();
}

void TraceProgress::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the trace; the run shown stays"));
}

void TraceProgress::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

}  // namespace lle
