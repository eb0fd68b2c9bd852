// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelcontrols.h"
#include "scenario.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ParameterPanel;
}

namespace lle {

class ComputeControls;
class ValueSlider;

/// Every control of the scenario a trainer moves, each with its value and unit. It shows the
/// configuration in effect at the playhead and asks for changes; it never edits a scenario itself.
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget *parent = nullptr);
    ~ParameterPanel() override;

    /// Shows `config` (the configuration in effect at the playhead) without emitting anything.
    void showConfig(const Scenario &config);
    ValueSlider *memorySlider() const;
    ValueSlider *provisionedSlider() const;
    ValueSlider *rateSlider() const;
    /// The slider of a row of panelSliderKeys().
    ValueSlider *slider(const PanelSliderKey &row) const;

signals:
    /// The user set `path` (a scenario key, as in `changes`) to `value`.
    void valueRequested(const std::string &path, const lle::ScalarValue &value);
    /// The controls were set to a configuration (showConfig), once per call.
    void configShown();
    /// The idle timeout switched to the random 5–15 minute range, or back to fixed at `fixedS`
    /// (the fixed value shown last).
    void idleRangeRequested(bool ranged, double fixedS);
    /// The user set keys that hold for the whole run (the compute options): edit the scenario
    /// from the start rather than add a change at the playhead.
    void scenarioEditRequested(const std::vector<std::pair<std::string, lle::ScalarValue>> &edits);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupControls();
    void refreshLabels();
    void retranslateCombos();
    void applyFonts();
    void bindSlider(ValueSlider *slider, const char *path);

    std::unique_ptr<Ui::ParameterPanel> m_ui;
    ComputeControls *m_compute = nullptr;
    Scenario m_config;
    bool m_updating = false;
    bool m_applyingFonts = false;
    double m_lastFixedIdleS = 600;
};

}  // namespace lle
