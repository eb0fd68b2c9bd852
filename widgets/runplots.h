// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"

#include <qcustomplot.h>

namespace lle {

/// A live plot of a recorded run that follows the playhead: data is appended as the playhead
/// moves (addData with sorted input, as QCustomPlot's author recommends), rebuilt when the run
/// changes or the playhead moves back, replotted through rpQueuedReplot so that several requests
/// in one event-loop turn make one replot. The playhead has its own buffered layer.
class RunPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit RunPlot(const QString &title, QWidget *parent = nullptr);

    void setRun(RunPtr run);
    void setPlayhead(double ms);
    const RunPtr &run() const { return m_run; }
    /// Generation of the run shown at the last replot.
    std::uint64_t shownGeneration() const { return m_shownGeneration; }
    QSize minimumSizeHint() const override { return {260, 150}; }

signals:
    /// A replot finished showing the run of `generation`.
    void redrawn(quint64 generation);

protected:
    virtual void rebuild() = 0;
    virtual void advance(double fromMs, double toMs) = 0;
    virtual void updateRanges() {}
    /// Whether the x axis is simulated time (markers and playhead are drawn then).
    virtual bool timeAxis() const { return true; }

    void setupTimeAxis();
    double timeX(double ms) const { return ms / 1000.0 / m_timeUnit; }
    void fitTimeRange();
    QCPGraph *addSeries(const QString &name, const QColor &color, bool scatter);
    void updateMarkers();

    RunPtr m_run;
    double m_t = 0;
    double m_shownT = 0;
    double m_timeUnit = 1;      ///< seconds per x unit
    QCPLayer *m_overlay = nullptr;
    QCPItemStraightLine *m_playhead = nullptr;
    std::vector<QCPAbstractItem *> m_markers;
    std::uint64_t m_pendingGeneration = 0;
    std::uint64_t m_shownGeneration = 0;
};

/// Latency of each request over time (log ms), one series per start type.
class LatencyPlot : public RunPlot {
    Q_OBJECT
public:
    explicit LatencyPlot(QWidget *parent = nullptr);
    QCPGraph *series(StartType s) const;

protected:
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void updateRanges() override;

private:
    std::size_t m_next = 0;
    double m_min = 1e300, m_max = 0;
    std::array<QCPGraph *, 4> m_graphs{};
};

/// The distribution of latency so far (CDF), cold and warm starts apart, p50 and p99 marked.
class CdfPlot : public RunPlot {
    Q_OBJECT
public:
    explicit CdfPlot(QWidget *parent = nullptr);
    QCPGraph *coldSeries() const { return m_cold; }
    QCPGraph *warmSeries() const { return m_warm; }

protected:
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    bool timeAxis() const override { return false; }

private:
    QCPGraph *m_cold = nullptr, *m_warm = nullptr;
    QCPItemStraightLine *m_p50 = nullptr, *m_p99 = nullptr;
    QCPItemText *m_p50Label = nullptr, *m_p99Label = nullptr;
    double m_builtAt = -1;
};

/// Cost accumulated by line item (requests, duration, init, provisioned, SnapStart), in USD.
class CostPlot : public RunPlot {
    Q_OBJECT
public:
    explicit CostPlot(QWidget *parent = nullptr);
    QCPGraph *line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }

protected:
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void updateRanges() override;

private:
    std::array<QCPGraph *, 5> m_lines{};
    std::size_t m_next = 0;
    double m_max = 0;
};

/// Environments over time: busy, initialising, frozen, provisioned (bucket averages).
class EnvironmentsPlot : public RunPlot {
    Q_OBJECT
public:
    explicit EnvironmentsPlot(QWidget *parent = nullptr);
    QCPGraph *line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }

protected:
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void updateRanges() override;

private:
    std::array<QCPGraph *, 4> m_lines{};
    std::vector<double> m_provisioned;
    std::size_t m_next = 0;
    double m_max = 0;
};

}  // namespace lle
