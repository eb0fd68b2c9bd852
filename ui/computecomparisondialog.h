// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "computecomparison.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lle {

/// Lab → Compare compute options…: the scenario's workload under on-demand, on-demand with
/// provisioned concurrency sized to its peak, SnapStart and Managed Instances, side by side, with
/// a sentence for each against on-demand. The runs go on a worker with a busy bar and Cancel.
class ComputeComparisonDialog : public QDialog {
    Q_OBJECT
public:
    explicit ComputeComparisonDialog(const Scenario &scenario, QWidget *parent = nullptr);
    ~ComputeComparisonDialog() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    const std::vector<ComputeOptionResult> &results() const { return m_results; }
    /// The sentence of one result against the on-demand one ("Managed Instances: −41 % cost, …").
    static QString sentence(const ComputeOptionResult &r, const ComputeOptionResult &onDemand);
    static QString optionName(ComputeOption o);

signals:
    void finished();

private:
    void showResults(const std::vector<ComputeOptionResult> &results);

    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<std::vector<ComputeOptionResult>> m_watcher;
    std::vector<ComputeOptionResult> m_results;
    QTableWidget *m_table;
    QLabel *m_sentences;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
};

}  // namespace lle
