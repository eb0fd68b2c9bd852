// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbackclock.h"
#include "runrecorder.h"
#include "scenario.h"

#include <QDialog>

#include <functional>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <string>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QComboBox;
class QTableWidget;

namespace lle {

class EnvironmentLanes;

/// Compare A and B: two configurations run on the same arrival stream — B takes A's seed, and
/// every random purpose has its own stream of the seed, so both see the same requests (common
/// random numbers) — side by side: their lanes animated together on one playback clock, their
/// latency distributions overlaid in one plot and their figures in a table with B − A and %.
/// Both runs are simulated on workers.
class ComparisonView : public QDialog {
    Q_OBJECT
public:
    ComparisonView(const Scenario &a, const Scenario &b, const QString &nameA, const QString &nameB,
                   QWidget *parent = nullptr);
    ~ComparisonView() override;

    /// Names A and B from functions asked again at each language change (a run history's
    /// "run 2 (memory …)" says what changed in the language on screen).
    using Naming = std::function<QString()>;
    void setNames(Naming a, Naming b);

    /// The scenarios as run (B with A's seed).
    const Scenario &scenarioA() const { return m_a; }
    const Scenario &scenarioB() const { return m_b; }
    RunPtr runA() const { return m_runA; }
    RunPtr runB() const { return m_runB; }
    bool isComputing() const { return m_watcher.isRunning(); }
    PlaybackClock *clock() { return &m_clock; }
    EnvironmentLanes *lanesA() const { return m_lanesA; }
    EnvironmentLanes *lanesB() const { return m_lanesB; }
    QCustomPlot *cdfPlot() const { return m_cdf; }
    QTableWidget *kpiTable() const { return m_table; }
    void cancel();

signals:
    /// Both runs are there (`ok`), or were cancelled or failed.
    void ready(bool ok);

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Outcome {
        RunPtr run;
        std::string error;
    };
    void onFinished();
    void showRuns();
    void fillTable();
    void fillCdf();
    void retranslate();
    void showPlayhead(double ms);

    Scenario m_a, m_b;
    QString m_nameA, m_nameB;
    Naming m_namingA, m_namingB;
    RunPtr m_runA, m_runB;
    PlaybackClock m_clock;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QString m_problem;

    QLabel *m_titleA, *m_titleB, *m_status, *m_clockLabel;
    EnvironmentLanes *m_lanesA, *m_lanesB;
    QCustomPlot *m_cdf;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_play, *m_restart, *m_cancel;
    QComboBox *m_speed;
    QSlider *m_position;
};

}  // namespace lle
