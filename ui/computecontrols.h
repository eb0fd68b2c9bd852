// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QGroupBox>

#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace lle {

/// The Compute group of the parameter panel: on-demand, Managed Instances or tenant isolation,
/// with each option's own controls and, when an option is not allowed, the reason. The options
/// hold for a whole run, so it asks for edits of the scenario from the start rather than for
/// changes at the playhead.
class ComputeControls : public QGroupBox {
    Q_OBJECT
public:
    explicit ComputeControls(QWidget *parent = nullptr);

    /// Shows the scenario's options without emitting anything.
    void showConfig(const Scenario &config);

    using Edits = std::vector<std::pair<std::string, ScalarValue>>;

signals:
    /// The user asked for these keys to hold for the whole run.
    void editRequested(const lle::ComputeControls::Edits &edits);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void request(Edits edits);

    Scenario m_config;
    bool m_updating = false;
    QComboBox *m_option;
    QLabel *m_optionLabel, *m_typeLabel, *m_concurrencyLabel, *m_fleetLabel, *m_tenantsLabel, *m_zipfLabel;
    QWidget *m_managed, *m_tenants;
    QComboBox *m_instanceType;
    QSpinBox *m_concurrency, *m_minInstances, *m_maxInstances, *m_tenantCount;
    QDoubleSpinBox *m_zipf;
    QLabel *m_note;
};

}  // namespace lle
