// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <vector>

namespace lle {

/// Measured against model handler durations as two histograms over the same logarithmic bins
/// (durations spread over decades; log bins keep both tails readable): the measured one as bars,
/// the model's as a line on top. Heights are shares of each sample, so the sizes need not match.
class CalibrationPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit CalibrationPlot(QWidget *parent = nullptr);
    /// Both in ms, any order.
    void setSamples(const std::vector<double> &measuredMs, const std::vector<double> &modelMs);
    QCPBars *measuredBars() const { return m_measured; }
    QCPGraph *modelGraph() const { return m_model; }
    QSize minimumSizeHint() const override { return {320, 220}; }

    /// Log-spaced bin edges covering both samples (`bins` bins); empty when there is no positive value.
    static std::vector<double> logBins(const std::vector<double> &a, const std::vector<double> &b, int bins);
    /// Percent of `values` in each bin of `edges`.
    static std::vector<double> shares(const std::vector<double> &values, const std::vector<double> &edges);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QCPBars *m_measured;
    QCPGraph *m_model;
};

}  // namespace lle
