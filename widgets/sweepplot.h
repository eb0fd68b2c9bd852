// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <qcustomplot.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace lle {

/// One tested point of a sweep as the plots draw it (means over the replications and the
/// half-widths of their 95 % intervals; 0 when there was one seed).
struct SweepPlotPoint {
    double x = 0;                 ///< the swept value (of the first key)
    QString label;                ///< "2,048 MB", or "512 MB · 60 s" for a grid
    double costPerMillionUsd = 0, costCi = 0;
    double p50Ms = 0, p50Ci = 0;
    double p99Ms = 0, p99Ci = 0;
    double coldRatio = 0, coldCi = 0;
    double idleGbS = 0, idleCi = 0;   ///< GB-seconds of frozen environments
};

/// The points of one value of a grid's second key (name: "60 s"), or all of a one-key sweep
/// (name empty).
struct SweepSeries {
    QString name;
    std::vector<SweepPlotPoint> points;
};

/// "2,048 MB", or "512 MB · 60 s" for a grid: the point's values with their units (UI locale).
QString sweepPointLabel(const SweepSpec &spec, const std::vector<ScalarValue> &values);
/// A reduced sweep row as the plots draw it; `x` is the first key's value (its index among the
/// first key's values when that is not a number).
SweepPlotPoint sweepPlotPoint(const SweepSpec &spec, const SweepRow &row);
/// The rows of a sweep as the curve's series: one for one key, one per value of the second key
/// (in the order the values were given) for a grid.
std::vector<SweepSeries> sweepSeries(const SweepSpec &spec, const std::vector<SweepRow> &rows);

/// The curve of a sweep (Power Tuning's memory chart): cost per million requests on the left
/// axis and latency (p50 and p99) or the cold-start share on the right, one marker per tested
/// point; for the idle timeout the cold-start share on the left and the idle GB-s on the right.
/// Nothing is drawn between the points: values in between were not simulated. A grid draws one
/// series per value of its second key, each in its own colour and marker.
class SweepCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class Secondary { Latency, ColdStarts, ColdStartsAndIdle };

    explicit SweepCurvePlot(QWidget *parent = nullptr);
    /// One series. `xTitle`: the swept key with its unit ("memory (MB)"); log x when the values
    /// span decades.
    void setPoints(const std::vector<SweepPlotPoint> &points, const QString &xTitle, Secondary secondary);
    /// Several series (a grid); `categories`, when not empty, names the x positions 0, 1, … (a
    /// key whose values are not numbers).
    void setSeries(const std::vector<SweepSeries> &series, const QString &xTitle, Secondary secondary,
                   const QStringList &categories = {});
    /// A vertical line at the swept value in effect now; NaN hides it.
    void setNowX(double x);
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    /// The graphs of series `i` (nullptr where the mode does not draw that figure).
    QCPGraph *costGraph(int i = 0) const { return graphOf(i, &Graphs::cost); }
    QCPGraph *p99Graph(int i = 0) const { return graphOf(i, &Graphs::p99); }
    QCPGraph *p50Graph(int i = 0) const { return graphOf(i, &Graphs::p50); }
    QCPGraph *coldGraph(int i = 0) const { return graphOf(i, &Graphs::cold); }
    QCPGraph *idleGraph(int i = 0) const { return graphOf(i, &Graphs::idle); }
    /// The swept key's name with its unit for an axis title ("memory (MB)"; UI language).
    static QString keyTitle(const std::string &path);
    QSize minimumSizeHint() const override { return {300, 200}; }

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Graphs {
        QString name;
        QCPGraph *cost = nullptr, *p50 = nullptr, *p99 = nullptr, *cold = nullptr, *idle = nullptr;
    };
    QCPGraph *graphOf(int i, QCPGraph *Graphs::*member) const
    {
        return i >= 0 && i < static_cast<int>(m_series.size()) ? m_series[static_cast<std::size_t>(i)].*member : nullptr;
    }
    void retranslate();

    std::vector<Graphs> m_series;
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
    /// Labels every point, moving a label left, above or below a neighbour's; without it (the
    /// window) a label that would overlap another is left out and the tooltip names the point.
    void setLabelEveryPoint(bool on) { m_labelEveryPoint = on; }
    /// The labels drawn (visible) at the last replot.
    int visibleLabelCount() const;
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
    std::vector<QCPItemLine *> m_leaders;   ///< from a point to its label when that had to move away
    QStringList m_tooltips;
    bool m_labelEveryPoint = false;
};

}  // namespace lle
