// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <memory>
#include <string>

class QDockWidget;

namespace Ui {
class ExplorerWindow;
}

class QAction;
class QLabel;
class QMenu;
class QScrollArea;

namespace lle {

class SimulationController;
class ParameterPanel;
class LifecycleDiagram;
class EnvironmentLanes;
class LatencyPlot;
class StretchLoader;
class CdfPlot;
class CostPlot;
class EnvironmentsPlot;
class KpiStrip;
class ScenarioDocument;
class ExportActions;
class ChangesList;

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
    /// The menus and actions attachments (Teaching, Lab, HelpMenu) put their own entries beside.
    QMenu *fileMenu() const;
    QMenu *helpMenu() const;
    QAction *aboutAction() const;
    QAction *quitAction() const;
    /// The "What am I seeing?" line under the views.
    QLabel *explainLabel() const;
    /// The simulated clock in the playback bar.
    QLabel *clockLabel() const;
    /// The scroll area that holds the parameter panel.
    QScrollArea *panelScroll() const;
    /// The widget a lesson's highlight or the presentation mode names (its objectName in the
    /// Designer forms: "memorySlider", "lanes", "initGroup"…), or null. One registry, filled when
    /// the window and its panel are made: names that come from data files resolve here only.
    QWidget *namedWidget(const QString &name) const;
    /// The file the scenario belongs to: File → New, Open, Save, recent files, examples.
    ScenarioDocument *document() const { return m_document; }
    /// File → Export and the plots' context menus.
    ExportActions *exports() const { return m_exports; }
    /// The timed changes of the scenario (a dock, "Timed changes").
    ChangesList *changesList() const { return m_changes; }
    /// The lowest widget of the dashboard (KPI strip, panel, lifecycle view, plots).
    QWidget *dashboardBottom() const;
    /// Window geometry, docks and splitters as the last session left them (QSettings).
    void restoreWindowState();
    void saveWindowState() const;
    /// Start playing as soon as the first run is there (on by default).
    void setAutoPlay(bool on) { m_autoPlay = on; }

protected:
    void changeEvent(QEvent *event) override;
    /// The scenario's name is shortened again when its label is resized or its font changes
    /// (presentation mode, paused: no frame would do it).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showRun(const RunPtr &run);
    void showPlayhead(double ms);
    void applySpeed(double speed);
    void fillRecentMenu();
    void fillExamplesMenu();
    void setupFileMenu();
    void applySettings(const std::vector<std::pair<std::string, ScalarValue>> &settings);
    void explain(const QString &text);
    void updateLabels();

    /// A view that draws the run at the playhead; the window lists them once (m_views).
    struct RunView;

    std::unique_ptr<Ui::ExplorerWindow> m_ui;
    QHash<QString, QPointer<QWidget>> m_named;   ///< namedWidget()
    std::vector<RunView> m_views;   ///< in drawing order: diagram, lanes, KPIs, overview, plots
    SimulationController *m_controller;
    ScenarioDocument *m_document = nullptr;
    ExportActions *m_exports = nullptr;
    StretchLoader *m_stretchLoader = nullptr;
    ChangesList *m_changes = nullptr;
    QDockWidget *m_changesDock = nullptr;
    bool m_autoPlay = true;
    bool m_started = false;
    int m_shownPeriod = -1;
    double m_computeProgress = -1;       ///< share of the run being computed; < 0: none reported
    double m_computeSecondsLeft = -1;
    int m_shownPlaying = -1;
    std::string m_shownName;       ///< scenario name the label shows
    int m_shownNameWidth = -1;     ///< label width it was shortened for
    QFont m_shownNameFont;         ///< and font (presentation mode's is larger)
};

}  // namespace lle
