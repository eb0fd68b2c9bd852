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

}  // namespace

// --- the curve -------------------------------------------------------------------------------

SweepCurvePlot::SweepCurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sweepCurvePlot"));
    setAntialiasedElements(QCP::aeAll);   // a few dozen markers: quality costs nothing
    yAxis2->setVisible(true);
    const auto scatter = [this](QCPAxis *valueAxis, const QColor &c, QCPScatterStyle::ScatterShape shape) {
        QCPGraph *g = addGraph(xAxis, valueAxis);
        g->setPen(pen(c));
        g->setLineStyle(QCPGraph::lsNone);   // tested points only, nothing interpolated
        g->setScatterStyle(QCPScatterStyle(shape, c, c, 8));
        return g;
    };
    m_cost = scatter(yAxis, Palette::provisioned(), QCPScatterStyle::ssDisc);
    m_p99 = scatter(yAxis2, Palette::coldStart(), QCPScatterStyle::ssTriangle);
    m_p50 = scatter(yAxis2, Palette::warmStart(), QCPScatterStyle::ssSquare);
    m_cold = scatter(yAxis2, Palette::coldStart(), QCPScatterStyle::ssDiamond);
    m_costErr = errorBars(m_cost, yAxis);
    m_p99Err = errorBars(m_p99, yAxis2);
    m_coldErr = errorBars(m_cold, yAxis2);
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
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    Palette::followPalette(this);   // background, axes, grid, legend: light or dark desktop
    retranslate();
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
        m_nowLine->point1->setCoords(x, 0);
        m_nowLine->point2->setCoords(x, 1);
        m_nowLabel->position->setCoords(x, 1.0);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QCPErrorBars *SweepCurvePlot::errorBars(QCPGraph *g, QCPAxis *valueAxis)
{
    auto *bars = new QCPErrorBars(xAxis, valueAxis);
    bars->setDataPlottable(g);
    bars->setPen(pen(g->pen().color(), 1));
    bars->removeFromLegend();
    return bars;
}

void SweepCurvePlot::setPoints(const std::vector<SweepPlotPoint> &given, const QString &xTitle, Secondary secondary)
{
    // Sorted by x: error bars are matched to the graph's points by their sorted index.
    std::vector<SweepPlotPoint> points = given;
    std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.x < b.x; });
    setLocale(QLocale());
    m_xTitle = xTitle;
    m_secondary = secondary;
    QVector<double> x, cost, costCi, p50, p99, p99Ci, cold, coldCi;
    std::vector<double> left, right;
    for (const auto &p : points) {
        x << p.x;
        cost << p.costPerMillionUsd;
        costCi << p.costCi;
        p50 << p.p50Ms;
        p99 << p.p99Ms;
        p99Ci << p.p99Ci;
        cold << p.coldRatio * 100;
        coldCi << p.coldCi * 100;
        left.push_back(p.costPerMillionUsd + p.costCi);
        if (secondary == Secondary::Latency) {
            right.push_back(p.p99Ms + p.p99Ci);
            right.push_back(p.p50Ms);
        } else {
            right.push_back(p.coldRatio * 100 + p.coldCi * 100);
        }
    }
    const bool latency = secondary == Secondary::Latency;
    m_cost->setData(x, cost, true);
    m_costErr->setData(costCi);
    m_p99->setData(latency ? x : QVector<double>{}, latency ? p99 : QVector<double>{}, true);
    m_p99Err->setData(latency ? p99Ci : QVector<double>{});
    m_p50->setData(latency ? x : QVector<double>{}, latency ? p50 : QVector<double>{}, true);
    m_cold->setData(latency ? QVector<double>{} : x, latency ? QVector<double>{} : cold, true);
    m_coldErr->setData(latency ? QVector<double>{} : coldCi);
    for (QCPGraph *g : {m_p99, m_p50})
        latency ? g->addToLegend() : g->removeFromLegend();
    latency ? m_cold->removeFromLegend() : m_cold->addToLegend();
    // Memory sizes are mostly powers of two: ticks at 128, 256, … read better than at 100, 1,000.
    const auto powers = std::count_if(x.begin(), x.end(), [](double v) {
        return v >= 1 && v == std::floor(v) && (static_cast<long long>(v) & (static_cast<long long>(v) - 1)) == 0;
    });
    fitKeyAxis(xAxis, std::vector<double>(x.begin(), x.end()), powers * 2 >= x.size());
    fitValueAxis(yAxis, left, true);
    fitValueAxis(yAxis2, right, true);
    retranslate();
    replot(QCustomPlot::rpQueuedReplot);
}

void SweepCurvePlot::retranslate()
{
    xAxis->setLabel(m_xTitle);
    yAxis->setLabel(tr("cost per million requests (USD)"));
    yAxis2->setLabel(m_secondary == Secondary::Latency ? tr("latency (ms)") : tr("cold starts (%)"));
    m_cost->setName(tr("cost per million"));
    m_p99->setName(tr("p99 latency"));
    m_p50->setName(tr("p50 latency"));
    m_cold->setName(tr("cold starts"));
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
    }
    fitKeyAxis(xAxis, xs, false);
    fitValueAxis(yAxis, ys, false);
    // Room on the right for the labels of the slowest points.
    if (xAxis->scaleType() == QCPAxis::stLinear)
        xAxis->setRangeUpper(xAxis->range().upper + xAxis->range().size() * 0.12);
    else
        xAxis->setRangeUpper(xAxis->range().upper * 1.6);
    retranslate();
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
    // The markers themselves are taken too: a label must not cover another point.
    for (const auto &p : m_data)
        taken.emplace_back(xAxis->coordToPixel(p.p99Ms) - 4, yAxis->coordToPixel(p.costPerMillionUsd) - 4, 8, 8);
    const QFontMetricsF metrics(m_labels.front()->font());
    for (int i : order) {
        const auto &p = m_data[static_cast<std::size_t>(i)];
        QCPItemText *label = m_labels[static_cast<std::size_t>(i)];
        const double x = xAxis->coordToPixel(p.p99Ms), y = yAxis->coordToPixel(p.costPerMillionUsd);
        const QRectF box(x + 8, y - metrics.height() / 2, metrics.horizontalAdvance(label->text()), metrics.height());
        const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(box); });
        label->setVisible(free);
        if (free)
            taken.push_back(box);
    }
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
