// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"

#include <QMainWindow>
#include <QString>

#include <memory>

namespace Ui {
class ExplorerWindow;
}

namespace lle {

class SimulationController;
class ParameterPanel;
class LifecycleDiagram;
class EnvironmentLanes;
class LatencyPlot;
class CdfPlot;
class CostPlot;
class EnvironmentsPlot;
class KpiStrip;

/// The explorer: playback bar, KPI strip, parameter panel, lifecycle diagram and lanes, four live
/// plots and the "What am I seeing?" line. Every view draws the same recorded run at the same
/// playhead; the clock's one frame timer drives them all.
class ExplorerWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ExplorerWindow(const Scenario &scenario, QWidget *parent = nullptr);
    ~ExplorerWindow() override;

    SimulationController *controller() const { return m_controller; }
    ParameterPanel *panel() const;
    LifecycleDiagram *diagram() const;
    EnvironmentLanes *lanes() const;
    LatencyPlot *latencyPlot() const;
    CdfPlot *cdfPlot() const;
    CostPlot *costPlot() const;
    EnvironmentsPlot *environmentsPlot() const;
    KpiStrip *kpiStrip() const;
    /// Start playing as soon as the first run is there (on by default).
    void setAutoPlay(bool on) { m_autoPlay = on; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRun(const RunPtr &run);
    void showPlayhead(double ms);
    void applySpeed(double speed);
    void openScenario();
    void saveScreenshot();
    void onValueRequested(const QString &path, const QVariant &value);
    void applySettings(const std::vector<std::pair<std::string, ScalarValue>> &settings);
    void explain(const QString &text);
    void updateLabels();

    std::unique_ptr<Ui::ExplorerWindow> m_ui;
    SimulationController *m_controller;
    bool m_autoPlay = true;
    bool m_started = false;
    int m_shownPeriod = -1;
    int m_shownPlaying = -1;
};

/// Opens the explorer window (QApplication already created) on `scenarioPath`, or on the built-in
/// scenario when empty; returns the event loop's exit code.
int runExplorerWindow(const QString &scenarioPath);

/// Installs the translator for `lang` ("ko", "en"; empty: LLE_LANG, else the system locale) from
/// the embedded :/i18n files and sets the default locale to match. Returns the language used.
QString installTranslator(const QString &lang = {});

}  // namespace lle
