// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "stretchdetail.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QTimer>

namespace lle {

/// A live plot of a recorded run that follows the playhead: data is appended as the playhead
/// moves (addData with sorted input, as QCustomPlot's author recommends), rebuilt when the run
/// changes or the playhead moves back, replotted through rpQueuedReplot so that several requests
/// in one event-loop turn make one replot. The playhead has its own buffered layer.
class RunPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit RunPlot(QWidget *parent = nullptr);

    /// Shows `run`. When it grew from the run shown (a slider move: the same history before the
    /// change), only what lies after the change is dropped and drawn again.
    void setRun(RunPtr run);
    void setPlayhead(double ms);
    /// Replots since construction (tests and measurements).
    int replotCount() const { return m_replots; }
    const RunPtr &run() const { return m_run; }
    /// Generation of the run shown at the last replot.
    std::uint64_t shownGeneration() const { return m_shownGeneration; }
    QSize minimumSizeHint() const override { return {260, 150}; }
    /// Simulated time (ms) at widget pixel x on a time-axis plot.
    double timeAtPixel(double x) const { return xAxis->pixelToCoord(x) * m_timeUnit * 1000.0; }

signals:
    /// A replot finished showing the run of `generation`.
    void redrawn(quint64 generation);
    /// A stretch of simulated time chosen with Shift+drag over a time-axis plot (its data or its
    /// time axis), fromMs < toMs, as on the timeline overview.
    void stretchSelected(double fromMs, double toMs);

protected:
    /// Sets the title, series names and axis labels in the current language (at construction and
    /// when the language is switched at runtime).
    virtual void retranslate() = 0;
    virtual void rebuild() = 0;
    virtual void advance(double fromMs, double toMs) = 0;
    /// Keeps what is drawn before `cutMs`, where the new run m_run equals `old` (the run drawn so
    /// far), and drops the rest, so that advance() can go on from there. The default rebuilds.
    virtual void retain(double cutMs, const RecordedRun &old);
    virtual void updateRanges() {}
    /// Whether the x axis is simulated time (markers and playhead are drawn then).
    virtual bool timeAxis() const { return true; }

    void setupTimeAxis();
    /// The buffered layer of the playhead, for marks that move without redrawing the data.
    QCPLayer *overlayLayer() const { return m_overlay; }
    double timeX(double ms) const { return ms / 1000.0 / m_timeUnit; }
    void fitTimeRange();
    QCPGraph *addSeries(const QString &name, const QColor &color, bool scatter);
    void updateMarkers();
    /// Puts each change label on the side of its line with room for it (shortened when neither
    /// side has enough) and hides labels overlapping newer ones; again after every layout.
    void placeMarkerLabels();
    /// A replot soon: at once (queued) for a new run, at most ~30 times a second for the
    /// playhead, and not at all while the plot cannot be seen (it replots when shown).
    void requestReplot(bool newRun);
    /// Drops the data of `g` from key `x` on (keys ≥ x).
    static void removeFrom(QCPGraph *g, double x);
    void setTitle(const QString &title);
    /// Shows or hides `g` with its legend entry (callers fit the legend after).
    static void showSeries(QCPGraph *g, bool on);
    /// Puts the legend on two rows when one row would not fit the plot's width.
    void fitLegend();
    void showEvent(QShowEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;
    /// Title, legend and axis fonts at the sizes of the current mode (TextScale).
    void applyFonts();
    /// An axis label longer than its axis (a low plot in presentation mode: "지연 시간 (ms, 로그)"
    /// ran past the plot's top) keeps only its unit, the part in parentheses: the plot's title
    /// names the quantity.
    void fitAxisLabels();

    RunPtr m_run;
    double m_t = 0;
    double m_shownT = 0;
    double m_timeUnit = 1;      ///< seconds per x unit
    QCPTextElement *m_title = nullptr;
    QCPLayer *m_overlay = nullptr;
    QCPItemStraightLine *m_playhead = nullptr;
    /// The stretch being chosen with Shift+drag (hidden otherwise), and where the drag began.
    QCPItemRect *m_choice = nullptr;
    double m_choiceFromMs = -1;
    std::vector<QCPAbstractItem *> m_markers;
    std::size_t m_markedChanges = 0;   ///< changes before the playhead that m_markers show
    std::uint64_t m_pendingGeneration = 0;
    std::uint64_t m_shownGeneration = 0;
    int m_replots = 0;
    /// Per axis (x, y): the label as set and as shown (shortened by fitAxisLabels).
    struct AxisText {
        QString full, shown;
    };
    AxisText m_axisText[2];
    bool m_replotWhenShown = false;
    QElapsedTimer m_sinceReplot;
    QElapsedTimer m_replotTime;
    QTimer m_replotTimer;
};

/// Latency of each request over time (log ms), one series per start type.
class LatencyPlot : public RunPlot {
    Q_OBJECT
public:
    explicit LatencyPlot(QWidget *parent = nullptr);
    QCPGraph *series(StartType s) const;
    /// Per-bucket p50, p99 and maximum (index 0–2), drawn when the run's requests are sampled.
    QCPGraph *band(int index) const { return m_bands[static_cast<std::size_t>(index)]; }
    /// One request in how many is drawn as a dot (1: all of them).
    std::uint64_t shownOneIn() const { return m_oneIn; }
    /// Shows every request of a stretch (simulated again) instead of the sample, zoomed to it;
    /// null goes back to the whole run.
    void setStretch(StretchPtr stretch);
    const StretchPtr &stretch() const { return m_stretch; }
    /// The stretch's requests drawn: cold (SnapStart included) and the others.
    QCPGraph *stretchSeries(bool cold) const { return m_stretchGraphs[cold ? 0 : 1]; }
    /// The request drawn nearest to `pos` (widget pixels) within a few pixels, or 0: among the
    /// stretch's requests when a stretch is shown, else among the run's drawn ones.
    quint64 invocationAt(const QPointF &pos) const;
    /// The drawn request with this id (the stretch's when one is shown), or null.
    const InvocationRecord *drawnInvocation(quint64 id) const;
    /// Rings request `r`'s dot (the one explained); null removes the ring.
    void markInvocation(const InvocationRecord *r);
    quint64 markedInvocation() const { return m_marked; }

signals:
    /// A request's dot was clicked ("why was this request cold?").
    void invocationClicked(quint64 id);

protected:
    void retranslate() override;
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void retain(double cutMs, const RecordedRun &old) override;
    void updateRanges() override;

private:
    /// Warm and provisioned requests drawn: one id in `thin`, about kMaxPoints for the run.
    static std::uint64_t thinFor(const RecordedRun &run);
    void rangeFromData();
    /// Bands of the buckets up to `toMs` (those the simulator closed); the "1 in N" label.
    void advanceBands(double toMs);
    void updateSampling();

    std::size_t m_next = 0;
    std::size_t m_nextBucket = 0;
    std::uint64_t m_oneIn = 1;
    std::array<QCPGraph *, 3> m_bands{};
    QCPItemText *m_sampling = nullptr;
    QCPItemTracer *m_mark = nullptr;
    quint64 m_marked = 0;
    StretchPtr m_stretch;
    std::array<QCPGraph *, 2> m_stretchGraphs{};
    std::uint64_t m_thin = 1;
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
    /// Every request, from the simulator's bucket sketches: drawn when requests are sampled.
    QCPGraph *allSeries() const { return m_all; }

protected:
    void retranslate() override;
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void retain(double cutMs, const RecordedRun &old) override;
    bool timeAxis() const override { return false; }

private:
    void count(const InvocationRecord &r, int delta);
    void updateCurves();
    /// The p50 and p99 markers and labels, shown only when `any` request counts; returns `any`.
    bool showPercentiles(bool any, double p50, double p99);
    void setLatencyRange(double lo, double hi);

    /// Requests sampled: the curve of every request from the bucket sketches up to the playhead.
    bool fromSketches() const;
    void updateFromSketches();

    QCPGraph *m_cold = nullptr, *m_warm = nullptr, *m_all = nullptr;
    std::size_t m_sketchBuckets = static_cast<std::size_t>(-1);   ///< buckets the curve is of
    QCPItemStraightLine *m_p50 = nullptr, *m_p99 = nullptr;
    QCPItemText *m_p50Label = nullptr, *m_p99Label = nullptr;
    /// Histograms over log latency bins of the requests completed by the playhead, kept as the
    /// playhead moves: [0, m_next) of the run's requests are counted.
    std::vector<std::int64_t> m_coldBins, m_warmBins;
    std::int64_t m_coldCount = 0, m_warmCount = 0;
    std::size_t m_next = 0;
};

/// Cost accumulated by line item (requests, duration, init, provisioned, SnapStart, and ephemeral
/// storage and the free tier credit when the scenario has them), in USD, from the bill the
/// simulator keeps line by line at the end of every metrics bucket (MetricsRow::costLinesCum).
class CostPlot : public RunPlot {
    Q_OBJECT
public:
    explicit CostPlot(QWidget *parent = nullptr);
    /// Index as in CostSeries.
    QCPGraph *line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }

protected:
    void retranslate() override;
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void retain(double cutMs, const RecordedRun &old) override;
    void updateRanges() override;

private:
    void showOptionalLines();

    /// The bill at the playhead, after the last closed bucket (so the plot is never empty).
    void placeTail(double toMs);

    std::array<QCPGraph *, CostSeries::kCount> m_lines{};
    std::size_t m_next = 0;
    double m_min = 0, m_max = 0;
};

/// Environments over time: busy, initialising, frozen, provisioned and all live ones (bucket
/// averages; a bucket is drawn from its start once the simulator closed it).
class EnvironmentsPlot : public RunPlot {
    Q_OBJECT
public:
    explicit EnvironmentsPlot(QWidget *parent = nullptr);
    QCPGraph *line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }

protected:
    void retranslate() override;
    void rebuild() override;
    void advance(double fromMs, double toMs) override;
    void retain(double cutMs, const RecordedRun &old) override;
    void updateRanges() override;

private:
    void countProvisioned();

    std::array<QCPGraph *, 5> m_lines{};
    std::vector<double> m_provisioned;
    std::size_t m_next = 0;
    double m_max = 0;
};

/// Draws `plot` laid out at `size` into `painter` through QCustomPlot::draw(): every layer straight
/// into the painter, in the normal mode (segment-wise fast lines; toPainter()'s export mode makes
/// every graph line one antialiased polyline, half a second for an hour's environments plot), and
/// without the screen buffers, which a plot that is never shown does not keep up to date. For the
/// report's figures and the frames of a clip.
void drawPlotInto(QCustomPlot &plot, QCPPainter *painter, const QSize &size);

}  // namespace lle
