// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepplot.h"

#include "palette.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {

constexpr double kHitPx = 9;   // how near the pointer must be to a marker to mean it

QPen pen(const QColor &c, double width = 1.5) { return QPen(c, width); }

/// Range from 0 (or just below the data) to a little above the largest value, ignoring NaN.
void fitValueAxis(QCPAxis *axis, const std::vector<double> &values, bool fromZero)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!std::isfinite(lo)) {
        axis->setRange(0, 1);
        return;
    }
    if (fromZero)
        lo = std::min(0.0, lo);
    const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(std::abs(hi) * 0.1, 1e-9);
    axis->setRange(fromZero && lo >= 0 ? lo : lo - pad, hi + pad);
}

/// A log x axis for values that span decades (memory 128…10,240 MB, idle 30 s…1 h), else linear.
void fitKeyAxis(QCPAxis *axis, const std::vector<double> &xs, bool powersOfTwo)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double x : xs) {
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    if (!std::isfinite(lo)) {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setRange(0, 1);
        return;
    }
    if (lo > 0 && hi / lo >= 16) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
        ticker->setLogBase(powersOfTwo ? 2 : 10);
        ticker->setSubTickCount(powersOfTwo ? 0 : 8);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("f"));
        axis->setNumberPrecision(0);
        axis->setRange(lo / 1.25, hi * 1.25);
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6);
        const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(std::abs(hi) * 0.1, 1.0);
        axis->setRange(lo - pad, hi + pad);
    }
}

void styleLegend(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(QPen(QColor(0xBB, 0xBB, 0xBB)));
    QFont f = plot->legend->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    plot->legend->setFont(f);
}

/// No legend box until a run has drawn something: before the first sweep it would be an empty
/// frame (or name series that have no point).
void showLegendWhenItHasData(QCustomPlot *plot)
{
    bool any = false;
    for (int i = 0; i < plot->plottableCount() && !any; ++i)
        if (QCPPlottableInterface1D *data = plot->plottable(i)->interface1D())
            any = data->dataCount() > 0 && plot->legend->hasItemWithPlottable(plot->plottable(i));
    plot->legend->setVisible(any);
}

}  // namespace

// --- points and series -------------------------------------------------------------------------

namespace {

/// A swept value with its unit. Seconds stay seconds below an hour ("60 s", "900 s"), as the
/// curve's x axis counts them; everything else as the window shows a setting.
QString valueLabel(const std::string &path, const ScalarValue &v)
{
    const auto *d = std::get_if<double>(&v);
    if (d && path.ends_with("_s") && !path.ends_with("_per_s") && *d < 3600)
        return SweepCurvePlot::tr("%1 s").arg(QLocale().toString(*d, 'g', 6));
    return Vocabulary::settingValue(path, v);
}

}  // namespace

QString sweepPointLabel(const SweepSpec &spec, const std::vector<ScalarValue> &values)
{
    QStringList parts;
    for (std::size_t a = 0; a < values.size() && a < spec.axes.size(); ++a)
        parts << valueLabel(spec.axes[a].path, values[a]);
    return parts.join(QStringLiteral(" · "));
}

SweepPlotPoint sweepPlotPoint(const SweepSpec &spec, const SweepRow &r)
{
    SweepPlotPoint p;
    if (!r.values.empty()) {
        if (const auto *d = std::get_if<double>(&r.values.front())) {
            p.x = *d;
        } else if (!spec.axes.empty()) {
            const auto &vs = spec.axes.front().values;
            p.x = static_cast<double>(std::find(vs.begin(), vs.end(), r.values.front()) - vs.begin());
        }
    }
    p.label = sweepPointLabel(spec, r.values);
    p.costPerMillionUsd = r.mean[SweepMetric::CostPerMillionRequestsUsd];
    p.costCi = r.ci95[SweepMetric::CostPerMillionRequestsUsd];
    p.p50Ms = r.mean[SweepMetric::LatencyP50Ms];
    p.p50Ci = r.ci95[SweepMetric::LatencyP50Ms];
    p.p99Ms = r.mean[SweepMetric::LatencyP99Ms];
    p.p99Ci = r.ci95[SweepMetric::LatencyP99Ms];
    p.coldRatio = r.mean[SweepMetric::ColdStartRatio];
    p.coldCi = r.ci95[SweepMetric::ColdStartRatio];
    p.idleGbS = r.mean[SweepMetric::IdleGbS];
    p.idleCi = r.ci95[SweepMetric::IdleGbS];
    return p;
}

std::vector<SweepSeries> sweepSeries(const SweepSpec &spec, const std::vector<SweepRow> &rows)
{
    if (spec.axes.size() < 2) {
        SweepSeries one;
        for (const SweepRow &r : rows)
            one.points.push_back(sweepPlotPoint(spec, r));
        return {one};
    }
    // The second key names the series; any further key would be folded in (the window offers two).
    const SweepAxis &second = spec.axes[1];
    std::vector<SweepSeries> out;
    for (const ScalarValue &v : second.values) {
        SweepSeries series;
        series.name = valueLabel(second.path, v);
        for (const SweepRow &r : rows)
            if (r.values.size() > 1 && r.values[1] == v)
                series.points.push_back(sweepPlotPoint(spec, r));
        out.push_back(std::move(series));
    }
    return out;
}

// --- the curve -------------------------------------------------------------------------------

namespace {

/// Series colours of a grid: the palette's distinct hues, then its greys.
QColor seriesColour(std::size_t i)
{
    const QColor colours[] = {Palette::provisioned(), Palette::coldStart(), Palette::warmStart(),
                              Palette::changeMarker(), Palette::outline(), Palette::requestsCost()};
    return colours[i % std::size(colours)];
}

/// Series markers of a grid, one shape each, so that print in grey still tells them apart.
QCPScatterStyle::ScatterShape seriesShape(std::size_t i)
{
    const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                    QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle,
                                                    QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssStar};
    return shapes[i % std::size(shapes)];
}

}  // namespace

SweepCurvePlot::SweepCurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sweepCurvePlot"));
    setAntialiasedElements(QCP::aeAll);   // a few dozen markers: quality costs nothing
    yAxis2->setVisible(true);
    m_nowLine = new QCPItemStraightLine(this);
    m_nowLine->setPen(QPen(Palette::playhead(), 1, Qt::DashLine));
    m_nowLabel = new QCPItemText(this);
    m_nowLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_nowLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_nowLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_nowLabel->setPadding(QMargins(4, 0, 0, 2));
    m_nowLabel->setColor(Palette::playhead());
    setNowX(std::numeric_limits<double>::quiet_NaN());
    styleLegend(this);
    legend->setVisible(false);   // until the first sweep
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    Palette::followPalette(this);   // background, axes, grid, legend: light or dark desktop
    setSeries({}, QString(), Secondary::Latency);
}

void SweepCurvePlot::setNowX(double x)
{
    const QColor mark = Palette::chrome().playhead;   // black on light, light on dark
    m_nowLine->setPen(QPen(mark, 1, Qt::DashLine));
    m_nowLabel->setColor(mark);
    const bool show = std::isfinite(x);
    m_nowLine->setVisible(show);
    m_nowLabel->setVisible(show);
    if (show) {
        // The value in effect may lie outside the swept values (an idle timeout of 20 s against
        // a sweep from 30 s): the key axis widens to show it.
        const QCPRange r = xAxis->range();
        if (xAxis->scaleType() == QCPAxis::stLogarithmic && x > 0) {
            if (x < r.lower)
                xAxis->setRangeLower(x / 1.25);
            if (x > r.upper)
                xAxis->setRangeUpper(x * 1.25);
        } else if (xAxis->scaleType() == QCPAxis::stLinear && (x < r.lower || x > r.upper)) {
            const double pad = std::max(r.size(), 1.0) * 0.08;
            xAxis->setRange(std::min(r.lower, x - pad), std::max(r.upper, x + pad));
        }
        m_nowLine->point1->setCoords(x, 0);
        m_nowLine->point2->setCoords(x, 1);
        m_nowLabel->position->setCoords(x, 1.0);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepCurvePlot::setPoints(const std::vector<SweepPlotPoint> &points, const QString &xTitle, Secondary secondary)
{
    setSeries({SweepSeries{QString(), points}}, xTitle, secondary);
}

void SweepCurvePlot::setSeries(const std::vector<SweepSeries> &given, const QString &xTitle, Secondary secondary,
                               const QStringList &categories)
{
    setLocale(QLocale());
    m_xTitle = xTitle;
    m_secondary = secondary;
    clearPlottables();   // graphs and their error bars
    m_series.clear();
    const bool grid = given.size() > 1;
    const QColor background = Palette::chrome().background;
    const bool anyCi = std::any_of(given.begin(), given.end(), [](const SweepSeries &s) {
        return std::any_of(s.points.begin(), s.points.end(), [](const SweepPlotPoint &p) {
            return p.costCi > 0 || p.p99Ci > 0 || p.coldCi > 0 || p.idleCi > 0;
        });
    });

    // The figure on the left axis and the one (or two) on the right, by mode.
    const bool latency = secondary == Secondary::Latency;
    const bool idle = secondary == Secondary::ColdStartsAndIdle;
    std::vector<double> xsAll, left, right;
    for (std::size_t si = 0; si < given.size(); ++si) {
        // Sorted by x: error bars are matched to the graph's points by their sorted index.
        std::vector<SweepPlotPoint> points = given[si].points;
        std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.x < b.x; });
        Graphs g;
        g.name = given[si].name;
        const QColor own = seriesColour(si);
        // A graph of tested points only: nothing interpolated between them.
        const auto scatter = [&](QCPAxis *axis, QColor colour, QCPScatterStyle::ScatterShape shape, bool filled,
                                 auto value, auto ci) {
            QCPGraph *graph = addGraph(xAxis, axis);
            graph->setPen(pen(colour));
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(shape, colour, filled ? colour : background, 8));
            QVector<double> x, y, e;
            for (const auto &p : points) {
                x << p.x;
                y << value(p);
                e << ci(p);
                (axis == yAxis ? left : right).push_back(value(p) + ci(p));
            }
            graph->setData(x, y, true);
            if (anyCi) {
                auto *bars = new QCPErrorBars(xAxis, axis);
                bars->setDataPlottable(graph);
                bars->setPen(pen(colour, 1));
                bars->removeFromLegend();
                bars->setData(e);
            }
            return graph;
        };
        // One key: a colour and marker per figure, as Power Tuning draws it. A grid: a colour and
        // marker per series, the left figure filled and the right one hollow.
        const auto colourOr = [&](QColor single) { return grid ? own : single; };
        const auto shapeOr = [&](QCPScatterStyle::ScatterShape single) { return grid ? seriesShape(si) : single; };
        const auto cost = [](const SweepPlotPoint &p) { return p.costPerMillionUsd; };
        const auto costCi = [](const SweepPlotPoint &p) { return p.costCi; };
        const auto cold = [](const SweepPlotPoint &p) { return p.coldRatio * 100; };
        const auto coldCi = [](const SweepPlotPoint &p) { return p.coldCi * 100; };
        if (idle) {
            g.cold = scatter(yAxis, colourOr(Palette::coldStart()), shapeOr(QCPScatterStyle::ssDisc), true, cold, coldCi);
            g.idle = scatter(yAxis2, colourOr(Palette::provisioned()), shapeOr(QCPScatterStyle::ssSquare), !grid,
                             [](const SweepPlotPoint &p) { return p.idleGbS; },
                             [](const SweepPlotPoint &p) { return p.idleCi; });
        } else {
            g.cost = scatter(yAxis, colourOr(Palette::provisioned()), shapeOr(QCPScatterStyle::ssDisc), true, cost, costCi);
            if (latency) {
                g.p99 = scatter(yAxis2, colourOr(Palette::coldStart()), shapeOr(QCPScatterStyle::ssTriangle), !grid,
                                [](const SweepPlotPoint &p) { return p.p99Ms; },
                                [](const SweepPlotPoint &p) { return p.p99Ci; });
                if (!grid)   // p50 as well for one key; a grid keeps to the two figures per series
                    g.p50 = scatter(yAxis2, Palette::warmStart(), QCPScatterStyle::ssSquare, true,
                                    [](const SweepPlotPoint &p) { return p.p50Ms; },
                                    [](const SweepPlotPoint &) { return 0.0; });
            } else {
                g.cold = scatter(yAxis2, colourOr(Palette::coldStart()), shapeOr(QCPScatterStyle::ssDiamond), !grid,
                                 cold, coldCi);
            }
        }
        for (const auto &p : points)
            xsAll.push_back(p.x);
        m_series.push_back(std::move(g));
    }
    if (!categories.isEmpty()) {
        auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        for (int i = 0; i < categories.size(); ++i)
            ticker->addTick(i, categories[i]);
        xAxis->setScaleType(QCPAxis::stLinear);
        xAxis->setTicker(ticker);
        xAxis->setRange(-0.5, categories.size() - 0.5);
    } else {
        // Memory sizes are mostly powers of two: ticks at 128, 256, … read better than at 100, 1,000.
        const auto powers = std::count_if(xsAll.begin(), xsAll.end(), [](double v) {
            return v >= 1 && v == std::floor(v) && (static_cast<long long>(v) & (static_cast<long long>(v) - 1)) == 0;
        });
        fitKeyAxis(xAxis, xsAll, powers * 2 >= static_cast<long>(xsAll.size()));
    }
    fitValueAxis(yAxis, left, true);
    fitValueAxis(yAxis2, right, true);
    // Headroom above the points for the legend, which sits at the top of the plot.
    for (QCPAxis *axis : {yAxis, yAxis2})
        axis->setRangeUpper(axis->range().upper + axis->range().size() * (grid ? 0.3 : 0.18));
    retranslate();
    showLegendWhenItHasData(this);
    replot(QCustomPlot::rpQueuedReplot);
}

QString SweepCurvePlot::keyTitle(const std::string &path)
{
    const QString name = Vocabulary::settingName(path);
    if (path.ends_with("_mb")) return tr("%1 (MB)").arg(name);
    if (path.ends_with("_ms")) return tr("%1 (ms)").arg(name);
    if (path.ends_with("_per_s")) return tr("%1 (requests/s)").arg(name);
    if (path.ends_with("_s")) return tr("%1 (s)").arg(name);
    if (path == "function.provisioned_concurrency") return tr("%1 (environments)").arg(name);
    return name;
}

void SweepCurvePlot::retranslate()
{
    const bool idle = m_secondary == Secondary::ColdStartsAndIdle;
    xAxis->setLabel(m_xTitle);
    yAxis->setLabel(idle ? tr("cold starts (%)") : tr("cost per million requests (USD)"));
    yAxis2->setLabel(idle ? tr("idle environments (GB-s)")
                          : m_secondary == Secondary::Latency ? tr("latency (ms)") : tr("cold starts (%)"));
    for (const Graphs &g : m_series) {
        // "p99 latency · 60 s" in a grid: the figure and the series.
        const auto name = [&](QCPGraph *graph, const QString &figure) {
            if (graph)
                graph->setName(g.name.isEmpty() ? figure : tr("%1 · %2").arg(figure, g.name));
        };
        name(g.cost, tr("cost per million"));
        name(g.p99, tr("p99 latency"));
        name(g.p50, tr("p50 latency"));
        name(g.cold, tr("cold starts"));
        name(g.idle, tr("idle GB-s"));
    }
    // A grid's legend as a table, a row per series; one key's as a column.
    int perSeries = 0;
    if (!m_series.empty())
        for (QCPGraph *graph : {m_series[0].cost, m_series[0].p50, m_series[0].p99, m_series[0].cold, m_series[0].idle})
            perSeries += graph != nullptr;
    const bool grid = m_series.size() > 1;
    legend->setWrap(grid ? perSeries : 0);
    legend->setFillOrder(grid ? QCPLegend::foColumnsFirst : QCPLegend::foRowsFirst);
    m_nowLabel->setText(tr("now"));
}

void SweepCurvePlot::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::changeEvent(e);
}

// --- the Pareto view -------------------------------------------------------------------------

ParetoPlot::ParetoPlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("paretoPlot"));
    setAntialiasedElements(QCP::aeAll);
    setMouseTracking(true);
    m_points = addGraph();
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setPen(pen(Palette::provisioned()));
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Palette::provisioned(), Qt::white, 9));
    // The front on top of the points: joined, and its markers filled.
    m_frontLine = addGraph();
    m_frontLine->setPen(QPen(Palette::provisioned(), 1.2, Qt::DashLine));
    m_frontLine->setLineStyle(QCPGraph::lsLine);
    m_frontLine->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Palette::provisioned(), Palette::provisioned(), 9));
    m_now = addGraph();
    m_now->setLineStyle(QCPGraph::lsNone);
    m_now->setPen(QPen(Palette::playhead(), 2.5));
    m_now->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Palette::playhead(), 2.5), Qt::NoBrush, 17));
    // Labels that would overlap another are left out (the tooltip still names the point).
    connect(this, &QCustomPlot::beforeReplot, this, &ParetoPlot::declutter);
    styleLegend(this);
    legend->setVisible(false);   // until the first sweep
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    Palette::followPalette(this);
    retranslate();
}

std::vector<int> ParetoPlot::paretoFront(const std::vector<SweepPlotPoint> &points)
{
    std::vector<int> front;
    for (int i = 0; i < static_cast<int>(points.size()); ++i) {
        const auto &a = points[static_cast<std::size_t>(i)];
        const bool dominated = std::any_of(points.begin(), points.end(), [&](const SweepPlotPoint &b) {
            return b.p99Ms <= a.p99Ms && b.costPerMillionUsd <= a.costPerMillionUsd
                && (b.p99Ms < a.p99Ms || b.costPerMillionUsd < a.costPerMillionUsd);
        });
        if (!dominated)
            front.push_back(i);
    }
    std::sort(front.begin(), front.end(), [&](int a, int b) {
        const auto &pa = points[static_cast<std::size_t>(a)], &pb = points[static_cast<std::size_t>(b)];
        return pa.p99Ms != pb.p99Ms ? pa.p99Ms < pb.p99Ms : pa.costPerMillionUsd > pb.costPerMillionUsd;
    });
    return front;
}

void ParetoPlot::setPoints(const std::vector<SweepPlotPoint> &points, double nowP99Ms, double nowCostPerMillion,
                           const QStringList &tooltips)
{
    setLocale(QLocale());
    const Chrome chrome = Palette::chrome();
    m_now->setPen(QPen(chrome.playhead, 2.5));
    m_now->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(chrome.playhead, 2.5), Qt::NoBrush, 17));
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, Palette::provisioned(), chrome.background, 9));
    m_data = points;
    m_tooltips = tooltips;
    m_front = paretoFront(points);
    for (auto *label : m_labels)
        removeItem(label);
    m_labels.clear();
    for (auto *leader : m_leaders)
        removeItem(leader);
    m_leaders.clear();

    // The points as one graph in point order (not sorted by key), so that data index = point index.
    QVector<double> x, y;
    std::vector<double> xs, ys;
    for (const auto &p : points) {
        x << p.p99Ms;
        y << p.costPerMillionUsd;
        xs.push_back(p.p99Ms);
        ys.push_back(p.costPerMillionUsd);
    }
    m_points->data()->clear();
    for (int i = 0; i < x.size(); ++i)
        m_points->addData(x[i], y[i]);
    QVector<double> fx, fy;
    for (int i : m_front) {
        fx << points[static_cast<std::size_t>(i)].p99Ms;
        fy << points[static_cast<std::size_t>(i)].costPerMillionUsd;
    }
    m_frontLine->setData(fx, fy, true);
    const bool haveNow = std::isfinite(nowP99Ms) && std::isfinite(nowCostPerMillion);
    m_now->setData(haveNow ? QVector<double>{nowP99Ms} : QVector<double>{},
                   haveNow ? QVector<double>{nowCostPerMillion} : QVector<double>{});
    if (haveNow) {
        xs.push_back(nowP99Ms);
        ys.push_back(nowCostPerMillion);
    }

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (std::size_t i = 0; i < points.size(); ++i) {
        auto *label = new QCPItemText(this);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(points[i].p99Ms, points[i].costPerMillionUsd);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(8, 0, 0, 0));
        label->setFont(small);
        label->setColor(chrome.outline);
        label->setText(points[i].label);
        label->setClipToAxisRect(true);
        m_labels.push_back(label);
        auto *leader = new QCPItemLine(this);
        leader->setPen(QPen(chrome.outline, 0.6));
        leader->setClipToAxisRect(true);
        leader->setVisible(false);
        m_leaders.push_back(leader);
    }
    fitKeyAxis(xAxis, xs, false);
    fitValueAxis(yAxis, ys, false);
    // Room at the top for the legend, so that it covers no point.
    yAxis->setRangeUpper(yAxis->range().upper + yAxis->range().size() * 0.22);
    // Room on the right for the labels of the slowest points.
    if (xAxis->scaleType() == QCPAxis::stLinear)
        xAxis->setRangeUpper(xAxis->range().upper + xAxis->range().size() * 0.12);
    else
        xAxis->setRangeUpper(xAxis->range().upper * 1.6);
    retranslate();
    showLegendWhenItHasData(this);
    replot(QCustomPlot::rpQueuedReplot);
}

void ParetoPlot::declutter()
{
    if (m_labels.empty())
        return;
    std::vector<int> order(m_front.begin(), m_front.end());
    for (int i = 0; i < static_cast<int>(m_labels.size()); ++i)
        if (std::find(m_front.begin(), m_front.end(), i) == m_front.end())
            order.push_back(i);
    std::vector<QRectF> taken;
    // The markers themselves are taken too, with a margin: a label must not cover another point,
    // nor sit so close to one that it reads as its label.
    const double clearance = m_labelEveryPoint ? 7 : 4;
    for (const auto &p : m_data)
        taken.emplace_back(xAxis->coordToPixel(p.p99Ms) - clearance, yAxis->coordToPixel(p.costPerMillionUsd) - clearance,
                           2 * clearance, 2 * clearance);
    const QRectF area = axisRect()->rect();
    const QFontMetricsF metrics(m_labels.front()->font());
    for (int i : order) {
        const auto &p = m_data[static_cast<std::size_t>(i)];
        QCPItemText *label = m_labels[static_cast<std::size_t>(i)];
        const double x = xAxis->coordToPixel(p.p99Ms), y = yAxis->coordToPixel(p.costPerMillionUsd);
        const double w = metrics.horizontalAdvance(label->text()), h = metrics.height();
        // Right of the marker first. To label every point: left, above, below, then further out
        // in eight directions (tied to the point by a line), nearest first.
        std::vector<QRectF> boxes{QRectF(x + 8, y - h / 2, w, h)};
        if (m_labelEveryPoint) {
            boxes.emplace_back(x - 8 - w, y - h / 2, w, h);
            boxes.emplace_back(x - w / 2, y - 7 - h, w, h);
            boxes.emplace_back(x - w / 2, y + 7, w, h);
            for (double r : {30.0, 50.0, 75.0, 105.0, 140.0})
                for (double deg : {0.0, 180.0, -45.0, 45.0, -135.0, 135.0, -90.0, 90.0}) {
                    const double c = std::cos(deg * M_PI / 180), sn = std::sin(deg * M_PI / 180);
                    const double ax = x + r * c, ay = y + r * sn;
                    const double left = c > 0.3 ? ax : c < -0.3 ? ax - w : ax - w / 2;
                    boxes.emplace_back(left, ay - h / 2, w, h);
                }
        }
        const QRectF *chosen = nullptr;
        for (const QRectF &box : boxes) {
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(box); });
            if (free && (&box == &boxes.front() || area.contains(box))) {
                chosen = &box;
                break;
            }
        }
        // Every point labelled: where nothing is free, on the right all the same.
        if (!chosen && m_labelEveryPoint)
            chosen = &boxes.front();
        label->setVisible(chosen != nullptr);
        // A label moved a line or more off its point is tied to it by a thin line.
        QCPItemLine *leader = m_leaders[static_cast<std::size_t>(i)];
        leader->setVisible(chosen && chosen - boxes.data() >= 4);
        if (!chosen)
            continue;
        if (leader->visible()) {
            const QPointF to(std::clamp(x, chosen->left(), chosen->right()), std::clamp(y, chosen->top(), chosen->bottom()));
            leader->start->setCoords(p.p99Ms, p.costPerMillionUsd);
            leader->end->setCoords(xAxis->pixelToCoord(to.x()), yAxis->pixelToCoord(to.y()));
        }
        // Placed by its top-left corner in plot coordinates (recomputed before every replot).
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins());
        label->position->setCoords(xAxis->pixelToCoord(chosen->left()), yAxis->pixelToCoord(chosen->top()));
        taken.push_back(*chosen);
    }
}

int ParetoPlot::visibleLabelCount() const
{
    return static_cast<int>(std::count_if(m_labels.begin(), m_labels.end(), [](QCPItemText *l) { return l->visible(); }));
}

int ParetoPlot::pointAt(const QPointF &pos) const
{
    int best = -1;
    double bestD = kHitPx;
    for (std::size_t i = 0; i < m_data.size(); ++i) {
        const double px = xAxis->coordToPixel(m_data[i].p99Ms), py = yAxis->coordToPixel(m_data[i].costPerMillionUsd);
        const double d = std::hypot(px - pos.x(), py - pos.y());
        if (d <= bestD) {
            bestD = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

bool ParetoPlot::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int i = pointAt(help->pos());
        if (i >= 0 && i < m_tooltips.size())
            QToolTip::showText(help->globalPos(), m_tooltips[i], this);
        else
            QToolTip::hideText();
        return true;
    }
    if (e->type() == QEvent::MouseMove) {
        const auto *m = static_cast<QMouseEvent *>(e);
        setCursor(pointAt(m->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    return QCustomPlot::event(e);
}

void ParetoPlot::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        const int i = pointAt(e->position());
        if (i >= 0) {
            emit pointClicked(i);
            return;
        }
    }
    QCustomPlot::mousePressEvent(e);
}

void ParetoPlot::retranslate()
{
    xAxis->setLabel(tr("p99 latency (ms)"));
    yAxis->setLabel(tr("cost per million requests (USD)"));
    m_points->setName(tr("tested point"));
    m_frontLine->setName(tr("best trade-offs (Pareto front)"));
    m_now->setName(tr("now"));
}

void ParetoPlot::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::changeEvent(e);
}

}  // namespace lle
