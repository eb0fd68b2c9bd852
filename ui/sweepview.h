// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studyrunner.h"
#include "sweep.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lle {

class ParetoPlot;
class SimulationController;
class SweepCurvePlot;
struct SweepPlotPoint;

/// The sweep of the trade-off lab: one scenario key over a list of values (a preset — memory
/// Power-Tuning style, idle timeout, provisioned concurrency, request rate — or any numeric key),
/// optionally by a second key (a grid: every value of one with every value of the other; the
/// curve draws one series per value of the second key), each point with N seeds, run on every core (QtConcurrent over the core's sweep jobs) from the
/// configuration in effect at the playhead. Shows the curve per tested point and the Pareto view
/// of cost against p99; a point's tooltip says its change against now, clicking applies it to
/// the controller at the playhead, as a slider would.
class SweepView : public QWidget {
    Q_OBJECT
public:
    enum class Preset { Memory, IdleTimeout, ProvisionedConcurrency, RequestRate, Custom };

    explicit SweepView(SimulationController *controller, QWidget *parent = nullptr);
    ~SweepView() override;

    /// Fills the key and values from the preset for the configuration in effect now.
    void choosePreset(Preset preset);
    /// Any key: `values` as --sweep takes them ("128,256,512").
    void setSweep(const QString &path, const QString &values);
    /// The optional second key of a grid and its values; an empty path sweeps one key.
    void setSecondKey(const QString &path, const QString &values);
    void setReplications(int n);
    /// Plans the sweep and starts it; false (and the problem shown) when the input is bad.
    bool start();
    /// Writes the sweep set up in the controls, from the configuration at the playhead, as a study
    /// for a cluster into `dir` (plan.json, jobs.txt; `--run-job` and `--merge` do the rest). False
    /// (and the problem shown) when the input is bad or the folder cannot be written.
    bool planForCluster(const QString &dir);
    /// Shows a merged study (File → Open study…) as a finished sweep: the curve and the Pareto
    /// view of its points. Its points are not applied on click (they come from its own scenario).
    void showStudy(const QString &dir, const OpenedStudy &study);
    /// The folder of the study shown, or empty when the view shows its own sweep.
    QString studyDir() const { return m_studyDir; }
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    const SweepPlan &plan() const { return m_plan; }
    /// The reduced points of the last completed sweep, in the order of plan().points.
    const std::vector<SweepRow> &rows() const { return m_rows; }
    /// The configuration in effect when the sweep started, run on the same seeds.
    const std::optional<SweepRow> &reference() const { return m_reference; }
    /// The point that is the configuration in effect, or −1.
    int currentPoint() const { return m_currentPoint; }
    /// "2,048 MB" (or "512 MB · 60 s" for a grid) for point `index`.
    QString pointLabel(int index) const;
    /// "2,048 MB: −18 % cost, −42 % p99 against now" for point `index` against reference().
    QString deltaText(int index) const;
    static QString deltaText(const QString &label, double costNow, double cost, double p99Now, double p99);
    /// "−18 %", "+5 %", "±0 %" (UI locale); "–" when there is no base.
    static QString percentChange(double now, double value);
    /// Wall time of the last completed sweep.
    double elapsedMs() const { return m_elapsedMs; }
    SweepCurvePlot *curvePlot() const { return m_curve; }
    ParetoPlot *paretoPlot() const { return m_pareto; }

public slots:
    /// Applies point `index` to the controller at the playhead (SimulationController::setValues).
    void applyPoint(int index);

signals:
    /// A sweep ended: completed, or cancelled / failed (`completed` false).
    void finished(bool completed);
    /// A point was applied (its label), or could not be (the problem).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *e) override;

private:
    /// What the worker hands back: the points' rows and the reference row, or why there are none.
    struct Outcome {
        std::vector<SweepRow> rows;
        std::optional<SweepRow> reference;
        bool cancelled = false;
        std::string error;
    };
    void retranslate();
    void choosePlanFolder();
    /// The keys and values in the controls, checked on the configuration at the playhead; nullopt
    /// (and the problem shown) when they are bad.
    std::optional<SweepPlan> planFromInput(Scenario *base);
    void onFinished();
    void showResults();
    void updateStatus();
    std::vector<SweepPlotPoint> plotPoints() const;
    QString axisTitle() const;

    SimulationController *m_controller;
    QComboBox *m_preset;
    QComboBox *m_key, *m_key2;
    QLineEdit *m_values, *m_values2;
    QSpinBox *m_replications;
    QPushButton *m_run, *m_cancel, *m_planButton;
    QProgressBar *m_progress;
    QLabel *m_status, *m_hint, *m_presetCaption, *m_keyCaption, *m_valuesCaption, *m_replicationsCaption;
    QLabel *m_key2Caption, *m_values2Caption;
    SweepCurvePlot *m_curve;
    ParetoPlot *m_pareto;

    /// The sweep's own thread, which runs the core's runSweep on one thread per core: the global
    /// pool stays free for the window's own run, so that a slider moved during a sweep is not
    /// queued behind it.
    QThreadPool m_pool;
    int m_threads = 1;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    SweepPlan m_plan;          ///< the points asked for
    SweepPlan m_refPlan;       ///< the configuration in effect (empty when it is one of the points)
    std::vector<SweepRow> m_rows;
    std::optional<SweepRow> m_reference;
    int m_currentPoint = -1;
    std::optional<double> m_nowValue;
    double m_baseAtMs = 0;              ///< the playhead when the sweep started   ///< the swept key's value in effect, when it is a number
    double m_elapsedMs = 0;
    QElapsedTimer m_timer;
    enum class State { Idle, Running, Done, Cancelled, Failed, Planned } m_state = State::Idle;
    QString m_problem;         ///< bad input or a trace error, shown as it came
    QString m_studyDir;        ///< the study shown (File → Open study…), or empty
    QString m_planned;         ///< the last plan written: its folder and job count, for the status
};

}  // namespace lle
