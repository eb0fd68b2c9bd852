// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration.h"
#include "scenario.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lle {

class CalibrationPlot;

/// File → Calibrate from logs…: reads CloudWatch REPORT lines and platform.report records on a
/// worker (progress by bytes, cancel), fits the scenario (core calibration, as `--calibrate`
/// does), then shows the measured and model handler durations as overlaid histograms, the fitted
/// values and the quantile table, with buttons to apply the fitted scenario or save it.
class CalibrationDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts reading `logPath` at once; `base` supplies what the log cannot tell (the runtime…).
    CalibrationDialog(const QString &logPath, const Scenario &base, QWidget *parent = nullptr);
    ~CalibrationDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<Calibration> &result() const { return m_result; }
    /// Handler times drawn from the fitted model, for the histogram.
    const std::vector<double> &modelSamples() const { return m_model; }
    CalibrationPlot *plot() const { return m_plot; }
    /// The runtime whose init the fit subtracts from the log's Init Duration (the window's, at
    /// first; the command line's is `function.runtime` of its scenario and --set).
    QComboBox *runtimeCombo() const { return m_runtime; }
    QString problem() const { return m_problem; }
    /// Writes the fitted scenario (atomically); false with `error` set.
    bool saveScenario(const QString &path, QString *error = nullptr) const;
    void cancel();

signals:
    /// Reading and fitting ended: `ok`, or cancelled / the log is bad (problem() says why).
    void calibrated(bool ok);
    /// "Apply to the window" was pressed.
    void applyRequested(const lle::Scenario &scenario);

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Outcome {
        std::optional<Calibration> calibration;
        std::vector<double> model;
        ReportSamples samples;   ///< kept to fit again for another runtime
        std::string error;
    };
    /// Fits the samples read again with `runtime`'s runtime init subtracted (a few milliseconds).
    void refitFor(const QString &runtime);
    void onFinished();
    void retranslate();
    void showResult();
    QString fittedText() const;
    static QString quantityName(const std::string &quantity);
    static QString statisticName(const std::string &statistic);

    QString m_path;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::optional<Calibration> m_result;
    std::vector<double> m_model;
    QString m_problem;
    bool m_cancelled = false;

    QLabel *m_status, *m_fitted;
    QProgressBar *m_progress;
    CalibrationPlot *m_plot;
    QTableWidget *m_table;
    QLabel *m_runtimeCaption = nullptr;
    QComboBox *m_runtime = nullptr;
    Scenario m_base;
    std::optional<ReportSamples> m_samples;
    QPushButton *m_cancel, *m_apply, *m_save, *m_close;
};

}  // namespace lle
