// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;

namespace lle {

class CalibrationDialog;
class ComparisonView;
class ExplorerWindow;
class RunHistory;
class RunHistoryDialog;
class SweepView;
class TraceProgress;

/// The trade-off lab of the explorer window (issue 5): the Lab menu (Sweep…, Run history…), the
/// run history with restore and Compare A and B, File → Calibrate from logs…, and the trace
/// reading progress in the status bar. It only uses the window's public interface, its
/// controller and the objectNames of its menus.
class Lab : public QObject {
    Q_OBJECT
public:
    explicit Lab(ExplorerWindow *window);

    RunHistory *history() const { return m_history; }
    /// Opens (or raises) the sweep window.
    SweepView *openSweep();
    RunHistoryDialog *openHistory();
    /// Compares history entries `a` and `b` (0-based) in a new window.
    ComparisonView *compare(int a, int b);
    /// Opens the calibration dialog on `logPath` (it starts reading at once).
    CalibrationDialog *calibrate(const QString &logPath);
    TraceProgress *traceProgress() const { return m_traceProgress; }
    /// File → Open study…: reads a merged study's plan and results on a worker, then shows it in
    /// the sweep window; a problem (an incomplete or foreign study) in a message box.
    void openStudy(const QString &dir);

signals:
    /// openStudy ended: shown, or not (`error`, one line).
    void studyOpened(bool ok, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void chooseLogToCalibrate();
    void chooseStudyToOpen();

    ExplorerWindow *m_window;
    RunHistory *m_history;
    TraceProgress *m_traceProgress = nullptr;
    QMenu *m_labMenu = nullptr;
    QAction *m_sweepAction = nullptr, *m_historyAction = nullptr, *m_calibrateAction = nullptr;
    QAction *m_openStudyAction = nullptr;
    QAction *m_computeAction = nullptr;
    QPointer<QDialog> m_sweepDialog;
    SweepView *m_sweepView = nullptr;
    QPointer<RunHistoryDialog> m_historyDialog;
};

}  // namespace lle
