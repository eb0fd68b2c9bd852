// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QString>

#include <vector>

namespace lle {

/// One tested point of a sweep as the plots draw it (means over the replications and the
/// half-widths of their 95 % intervals; 0 when there was one seed).
struct SweepPlotPoint {
    double x = 0;                 ///< the swept value
    QString label;                ///< "2,048 MB"
    double costPerMillionUsd = 0, costCi = 0;
    double p50Ms = 0, p50Ci = 0;
    double p99Ms = 0, p99Ci = 0;
    double coldRatio = 0, coldCi = 0;
};

/// The curve of a one-key sweep (Power Tuning's memory chart): cost per million requests on the
/// left axis and latency (p50 and p99) or the cold-start share on the right, one marker per
/// tested point. Nothing is drawn between the points: values in between were not simulated.
class SweepCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class Secondary { Latency, ColdStarts };

    explicit SweepCurvePlot(QWidget *parent = nullptr);
    /// `xTitle`: the swept key with its unit ("memory (MB)"); log x when the values span decades.
    void setPoints(const std::vector<SweepPlotPoint> &points, const QString &xTitle, Secondary secondary);
    /// A vertical line at the swept value in effect now; NaN hides it.
    void setNowX(double x);
    QCPGraph *costGraph() const { return m_cost; }
    QCPGraph *p99Graph() const { return m_p99; }
    QCPGraph *p50Graph() const { return m_p50; }
    QCPGraph *coldGraph() const { return m_cold; }
    QSize minimumSizeHint() const override { return {300, 200}; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    QCPErrorBars *errorBars(QCPGraph *g, QCPAxis *valueAxis);

    QCPGraph *m_cost, *m_p50, *m_p99, *m_cold;
    QCPErrorBars *m_costErr, *m_p99Err, *m_coldErr;
    QCPItemStraightLine *m_nowLine;
    QCPItemText *m_nowLabel;
    QString m_xTitle;
    Secondary m_secondary = Secondary::Latency;
};

/// Cost per million requests against p99 latency, one marker per tested point, the points no
/// other point beats on both (the Pareto front) filled and joined, and the configuration in effect
/// ringed. Hovering a point shows the tooltip the owner gave it; clicking one emits pointClicked.
class ParetoPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ParetoPlot(QWidget *parent = nullptr);
    /// `now`: the configuration in effect (p99, cost) or NaN; `tooltips` one per point.
    void setPoints(const std::vector<SweepPlotPoint> &points, double nowP99Ms, double nowCostPerMillion,
                   const QStringList &tooltips);
    /// The point drawn under `pos` (widget pixels), or −1.
    int pointAt(const QPointF &pos) const;
    /// Indices of the points on the Pareto front, by ascending p99.
    const std::vector<int> &front() const { return m_front; }
    QCPGraph *pointsGraph() const { return m_points; }
    QCPGraph *nowGraph() const { return m_now; }
    QSize minimumSizeHint() const override { return {300, 200}; }

    /// The points no other point beats on both cost and p99 (ties kept), by ascending p99.
    static std::vector<int> paretoFront(const std::vector<SweepPlotPoint> &points);

signals:
    void pointClicked(int index);

protected:
    void changeEvent(QEvent *e) override;
    bool event(QEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;

private:
    void retranslate();
    void declutter();

    QCPGraph *m_points, *m_frontLine, *m_now;
    std::vector<SweepPlotPoint> m_data;
    std::vector<int> m_front;
    std::vector<QCPItemText *> m_labels;
    QStringList m_tooltips;
};

}  // namespace lle
