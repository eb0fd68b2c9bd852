// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lle {

class SimulationController;

/// The status bar's trace reading progress: while the controller's run reads a trace file
/// (workload.pattern "trace"), how far it got and a Cancel button; hidden otherwise. A problem
/// with the file ("FILE:LINE: what") is shown in a message box.
class TraceProgress : public QWidget {
    Q_OBJECT
public:
    explicit TraceProgress(SimulationController *controller, QWidget *parent = nullptr);
    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The last problem reported (for tests), empty when none.
    QString lastProblem() const { return m_problem; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void onProgress(quint64 bytesRead, quint64 fileBytes);
    void retranslate();

    SimulationController *m_controller;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QString m_problem;
};

}  // namespace lle
