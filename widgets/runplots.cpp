// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplots.h"

#include "palette.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <QElapsedTimer>

namespace lle {

namespace {
QFont smallFont(const QFont &base, double pt, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

int seriesOf(StartType s)
{
    switch (s) {
    case StartType::Cold: return 0;
    case StartType::Warm: return 1;
    case StartType::Provisioned: return 2;
    case StartType::SnapStart: return 3;
    default: return -1;
    }
}

// Log-spaced latency bins for the CDF: 0.1 ms to 10^6 ms, 1.6 % wide.
constexpr int kBins = 1000;
constexpr double kBinLo = -1, kBinHi = 6;
int binOf(double ms)
{
    const double l = std::log10(std::max(ms, 1e-3));
    return std::clamp(static_cast<int>((l - kBinLo) / (kBinHi - kBinLo) * kBins), 0, kBins - 1);
}
double binUpper(int b) { return std::pow(10.0, kBinLo + (b + 1) * (kBinHi - kBinLo) / kBins); }
}  // namespace

// --- RunPlot ----------------------------------------------------------------------------------------

RunPlot::RunPlot(const QString &title, QWidget *parent) : QCustomPlot(parent)
{
    // Performance rules (doc-performance.dox): no antialiasing on dense plots, adaptive sampling on.
    setNotAntialiasedElements(QCP::aePlottables | QCP::aeGrid | QCP::aeAxes | QCP::aeItems);
    setAntialiasedElements(QCP::aeLegend);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phFastPolylines, true);

    const QFont base = font();
    plotLayout()->insertRow(0);
    auto *top = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, top);
    auto *titleElement = new QCPTextElement(this, title, smallFont(base, 9, true));
    titleElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    top->addElement(0, 0, titleElement);
    top->setMargins(QMargins(4, 2, 4, 0));
    // The legend gets a row of its own under the title: over the data it would hide curves.
    axisRect()->insetLayout()->take(legend);
    auto *legendRow = new QCPLayoutGrid;
    top->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(this));   // pushes the legend to the left
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setColumnStretchFactor(1, 1);
    top->setRowSpacing(0);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setFont(smallFont(base, 8));
    legend->setIconSize(14, 8);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(6);
    legend->setMargins(QMargins(2, 1, 2, 1));
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(0);

    for (QCPAxis *a : {xAxis, yAxis}) {
        a->setLabelFont(smallFont(base, 8.5));
        a->setTickLabelFont(smallFont(base, 8));
        a->setLabelPadding(2);
    }

    addLayer(QStringLiteral("overlay"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_overlay = layer(QStringLiteral("overlay"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    m_playhead = new QCPItemStraightLine(this);
    m_playhead->setLayer(m_overlay);
    m_playhead->setPen(QPen(Palette::playhead(), 1.5));
    m_playhead->point1->setCoords(0, 0);
    m_playhead->point2->setCoords(0, 1);
    m_playhead->setClipToAxisRect(true);

    static QElapsedTimer rt;
    connect(this, &QCustomPlot::beforeReplot, this, [] { rt.start(); });
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        if (qEnvironmentVariableIsSet("LLE_PROFILE") && m_shownGeneration != m_pendingGeneration) std::fprintf(stderr, "  replot %s %.1f ms\n", metaObject()->className(), rt.nsecsElapsed()/1e6);
        if (m_shownGeneration != m_pendingGeneration || m_pendingGeneration != 0) {
            m_shownGeneration = m_pendingGeneration;
            emit redrawn(m_shownGeneration);
        }
    });
}

void RunPlot::setupTimeAxis()
{
    const double durationS = m_run ? m_run->durationMs / 1000.0 : 600;
    QString unit;
    if (durationS <= 1200) {
        m_timeUnit = 1;
        unit = tr("simulated time (s)");
    } else if (durationS <= 4 * 3600) {
        m_timeUnit = 60;
        unit = tr("simulated time (min)");
    } else {
        m_timeUnit = 3600;
        unit = tr("simulated time (h)");
    }
    xAxis->setLabel(unit);
}

void RunPlot::fitTimeRange()
{
    const double minSpanMs = m_run ? std::min(m_run->durationMs, 60'000.0) : 60'000.0;
    const double right = std::max(m_t, minSpanMs);
    xAxis->setRange(0, timeX(right) * 1.02);
}

QCPGraph *RunPlot::addSeries(const QString &name, const QColor &color, bool scatter)
{
    QCPGraph *g = addGraph();
    g->setName(name);
    g->setAdaptiveSampling(true);
    if (scatter) {
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 3.5));
        g->setPen(QPen(color, 1));
    } else {
        g->setPen(QPen(color, 1.6));
    }
    return g;
}

void RunPlot::setRun(RunPtr run)
{
    const bool durationChanged = !m_run || !run || m_run->durationMs != run->durationMs;
    m_run = std::move(run);
    if (durationChanged && timeAxis())
        setupTimeAxis();
    m_pendingGeneration = m_run ? m_run->generation : 0;
    rebuild();
    m_shownT = m_t;
    updateRanges();
    updateMarkers();
    replot(QCustomPlot::rpQueuedReplot);
}

void RunPlot::setPlayhead(double ms)
{
    const double before = m_shownT;
    m_t = ms;
    if (!m_run)
        return;
    if (ms < before)
        rebuild();
    else
        advance(before, ms);
    m_shownT = ms;
    updateRanges();
    updateMarkers();
    replot(QCustomPlot::rpQueuedReplot);
}

void RunPlot::updateMarkers()
{
    if (!timeAxis()) {
        m_playhead->setVisible(false);
        return;
    }
    m_playhead->point1->setCoords(timeX(m_t), 0);
    m_playhead->point2->setCoords(timeX(m_t), 1);
    const std::size_t want = m_run ? std::count_if(m_run->changes.begin(), m_run->changes.end(),
                                                   [this](const ChangeMark &c) { return c.atMs <= m_t; })
                                   : 0;
    if (want * 2 == m_markers.size() && !m_markers.empty()) {
        // Positions only (the axis range moved).
        return;
    }
    for (auto *item : m_markers)
        removeItem(item);
    m_markers.clear();
    if (!m_run)
        return;
    int row = 0;
    for (const auto &c : m_run->changes) {
        if (c.atMs > m_t)
            continue;
        auto *line = new QCPItemStraightLine(this);
        line->setPen(QPen(Palette::changeMarker(), 1.5, Qt::DashLine));
        line->point1->setCoords(timeX(c.atMs), 0);
        line->point2->setCoords(timeX(c.atMs), 1);
        auto *label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(timeX(c.atMs), 0.02 + 0.11 * (row++ % 3));
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setText(Palette::changeLabel(c));
        label->setFont(smallFont(font(), 8));
        label->setColor(Palette::changeMarker().darker(170));
        label->setBrush(QColor(255, 255, 255));
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setClipToAxisRect(true);
        m_markers.push_back(line);
        m_markers.push_back(label);
    }
}

// --- LatencyPlot ---------------------------------------------------------------------------------------

LatencyPlot::LatencyPlot(QWidget *parent) : RunPlot(tr("Latency per request"), parent)
{
    m_graphs[0] = addSeries(tr("cold"), Palette::coldStart(), true);
    m_graphs[1] = addSeries(tr("warm"), Palette::warmStart(), true);
    m_graphs[2] = addSeries(tr("provisioned"), Palette::provisioned(), true);
    m_graphs[3] = addSeries(tr("SnapStart"), Palette::snapStart(), true);
    // Yellow dots need an outline to be seen on white.
    m_graphs[3]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x80, 0x78, 0x00), Palette::snapStart(), 4.5));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    yAxis->setTicker(ticker);
    yAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->setLabel(tr("latency (ms, log)"));
    yAxis->setRange(1, 1000);
    setupTimeAxis();
}

QCPGraph *LatencyPlot::series(StartType s) const
{
    const int i = seriesOf(s);
    return i < 0 ? nullptr : m_graphs[static_cast<std::size_t>(i)];
}

void LatencyPlot::rebuild()
{
    for (auto *g : m_graphs)
        g->data()->clear();
    m_next = 0;
    m_min = 1e300;
    m_max = 0;
    advance(-1, m_t);
}

void LatencyPlot::advance(double, double toMs)
{
    if (!m_run)
        return;
    const auto &inv = m_run->invocations;
    std::array<QVector<double>, 4> keys, values;
    // At high rates warm and provisioned points are thinned to about kMaxPoints for the whole run
    // (cold and SnapStart starts are rare and always drawn): a scatter of 200,000 points costs
    // tens of milliseconds a frame and shows nothing more.
    constexpr double kMaxPoints = 25'000;
    const auto thin = static_cast<std::size_t>(std::max(1.0, std::ceil(double(inv.size()) / kMaxPoints)));
    while (m_next < inv.size() && inv[m_next].endMs <= toMs) {
        const std::size_t index = m_next;
        const auto &r = inv[m_next++];
        if (r.kind != RequestKind::Request)
            continue;
        const int s = seriesOf(r.startedAs);
        if (s < 0)
            continue;
        if ((s == 1 || s == 2) && index % thin != 0)
            continue;
        const double lat = std::max(r.latencyMs, 0.01);
        keys[static_cast<std::size_t>(s)].push_back(timeX(r.endMs));
        values[static_cast<std::size_t>(s)].push_back(lat);
        m_min = std::min(m_min, lat);
        m_max = std::max(m_max, lat);
    }
    for (std::size_t s = 0; s < 4; ++s)
        if (!keys[s].isEmpty())
            m_graphs[s]->addData(keys[s], values[s], true);
}

void LatencyPlot::updateRanges()
{
    fitTimeRange();
    if (m_max > 0) {
        const double lo = std::pow(10.0, std::floor(std::log10(m_min)));
        const double hi = std::pow(10.0, std::ceil(std::log10(m_max * 1.05)));
        yAxis->setRange(lo, std::max(hi, lo * 100));
    }
}

// --- CdfPlot -------------------------------------------------------------------------------------------

CdfPlot::CdfPlot(QWidget *parent) : RunPlot(tr("Latency CDF"), parent)
{
    m_cold = addSeries(tr("cold"), Palette::coldStart(), false);
    m_warm = addSeries(tr("warm"), Palette::warmStart(), false);
    m_cold->setLineStyle(QCPGraph::lsStepLeft);
    m_warm->setLineStyle(QCPGraph::lsStepLeft);
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("gb"));
    xAxis->setLabel(tr("latency (ms, log)"));
    yAxis->setLabel(tr("share of requests ≤ x"));
    yAxis->setRange(0, 1.05);
    xAxis->setRange(1, 1000);
    auto mk = [this](QCPItemStraightLine *&line, QCPItemText *&label) {
        line = new QCPItemStraightLine(this);
        line->setPen(QPen(QColor(0x44, 0x44, 0x44), 1, Qt::DashLine));
        label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setFont(smallFont(font(), 8));
        label->setBrush(Qt::white);
        label->setClipToAxisRect(true);
    };
    mk(m_p50, m_p50Label);
    mk(m_p99, m_p99Label);
}

void CdfPlot::rebuild()
{
    m_builtAt = -1;
    advance(-1, m_t);
}

void CdfPlot::advance(double, double toMs)
{
    // Histograms over log bins: cheap to fill, and the curve has at most kBins steps.
    if (!m_run)
        return;
    std::vector<std::uint32_t> cold(kBins, 0), warm(kBins, 0);
    const auto &inv = m_run->invocations;
    const std::size_t n = m_run->invocationsUntil(toMs);
    std::uint64_t nc = 0, nw = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto &r = inv[i];
        if (r.kind != RequestKind::Request || r.startType == StartType::Throttled)
            continue;
        if (r.isCold())
            ++cold[static_cast<std::size_t>(binOf(r.latencyMs))], ++nc;
        else
            ++warm[static_cast<std::size_t>(binOf(r.latencyMs))], ++nw;
    }
    auto curve = [](const std::vector<std::uint32_t> &h, std::uint64_t total, QCPGraph *g) {
        QVector<double> k, v;
        if (total > 0) {
            std::uint64_t acc = 0;
            for (int b = 0; b < kBins; ++b) {
                if (!h[static_cast<std::size_t>(b)])
                    continue;
                if (k.isEmpty()) {
                    k.push_back(binUpper(b - 1));
                    v.push_back(0);
                }
                acc += h[static_cast<std::size_t>(b)];
                k.push_back(binUpper(b));
                v.push_back(double(acc) / double(total));
            }
        }
        g->setData(k, v, true);
    };
    curve(cold, nc, m_cold);
    curve(warm, nw, m_warm);
    // p50 and p99 of all requests.
    const std::uint64_t total = nc + nw;
    auto quantile = [&](double q) {
        const auto target = static_cast<std::uint64_t>(std::ceil(q * double(total)));
        std::uint64_t acc = 0;
        for (int b = 0; b < kBins; ++b) {
            acc += cold[static_cast<std::size_t>(b)] + warm[static_cast<std::size_t>(b)];
            if (acc >= target)
                return binUpper(b);
        }
        return binUpper(kBins - 1);
    };
    const bool any = total > 0;
    for (auto *item : {static_cast<QCPAbstractItem *>(m_p50), static_cast<QCPAbstractItem *>(m_p99),
                       static_cast<QCPAbstractItem *>(m_p50Label), static_cast<QCPAbstractItem *>(m_p99Label)})
        item->setVisible(any);
    if (!any)
        return;
    const double p50 = quantile(0.5), p99 = quantile(0.99);
    m_p50->point1->setCoords(p50, 0);
    m_p50->point2->setCoords(p50, 1);
    m_p99->point1->setCoords(p99, 0);
    m_p99->point2->setCoords(p99, 1);
    m_p50Label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_p99Label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_p50Label->position->setCoords(p50, 0.45);
    m_p50Label->setText(tr("p50 %1").arg(Palette::formatMs(p50)));
    m_p99Label->position->setCoords(p99, 0.22);
    m_p99Label->setText(tr("p99 %1").arg(Palette::formatMs(p99)));
    // Range over both curves.
    double lo = 1e300, hi = 0;
    for (auto *g : {m_cold, m_warm}) {
        if (g->data()->isEmpty())
            continue;
        lo = std::min(lo, g->data()->constBegin()->key);
        hi = std::max(hi, (g->data()->constEnd() - 1)->key);
    }
    if (hi > 0)
        xAxis->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi * 1.05))));
}

// --- CostPlot ------------------------------------------------------------------------------------------

CostPlot::CostPlot(QWidget *parent) : RunPlot(tr("Cost so far by line item"), parent)
{
    m_lines[0] = addSeries(tr("requests"), Palette::requestsCost(), false);
    m_lines[1] = addSeries(tr("duration"), Palette::warmStart(), false);
    m_lines[2] = addSeries(tr("init"), Palette::coldStart(), false);
    m_lines[3] = addSeries(tr("provisioned"), Palette::provisioned(), false);
    m_lines[4] = addSeries(tr("SnapStart"), QColor(0xC8, 0xBA, 0x10), false);
    yAxis->setLabel(tr("cost (USD)"));
    yAxis->setNumberFormat(QStringLiteral("f"));
    setupTimeAxis();
}

void CostPlot::rebuild()
{
    for (auto *g : m_lines)
        g->data()->clear();
    m_next = 0;
    m_max = 0;
    advance(-1, m_t);
}

void CostPlot::advance(double, double toMs)
{
    if (!m_run || m_run->cost.empty())
        return;
    const std::size_t until = m_run->bucketsUntil(toMs);
    std::array<QVector<double>, 5> keys, values;
    const double bucketMs = m_run->bucketS * 1000.0;
    if (m_next == 0 && until > 0) {
        for (std::size_t i = 0; i < 5; ++i) {
            keys[i].push_back(0);
            values[i].push_back(0);
        }
    }
    for (; m_next < until; ++m_next) {
        const double end = std::min(double(m_next + 1) * bucketMs, m_run->durationMs);
        CostPoint c = m_run->cost[m_next];
        const CostPoint cont = m_run->continuousCostAt(end);
        c.provisioned += cont.provisioned;
        c.snapstart += cont.snapstart;
        const double v[5] = {c.requests, c.duration, c.init, c.provisioned, c.snapstart};
        for (std::size_t i = 0; i < 5; ++i) {
            keys[i].push_back(timeX(end));
            values[i].push_back(v[i]);
            m_max = std::max(m_max, v[i]);
        }
    }
    for (std::size_t i = 0; i < 5; ++i)
        if (!keys[i].isEmpty())
            m_lines[i]->addData(keys[i], values[i], true);
}

void CostPlot::updateRanges()
{
    fitTimeRange();
    const double top = m_max > 0 ? m_max * 1.1 : 0.0001;
    yAxis->setRange(0, top);
    // Enough decimals for the tick step: $0.00012, not 1.2E-04.
    yAxis->setNumberPrecision(std::clamp(1 - static_cast<int>(std::floor(std::log10(top / 5))), 0, 8));
}

// --- EnvironmentsPlot ---------------------------------------------------------------------------------

EnvironmentsPlot::EnvironmentsPlot(QWidget *parent) : RunPlot(tr("Environments"), parent)
{
    m_lines[0] = addSeries(tr("busy"), Palette::phase(Phase::Invoke), false);
    m_lines[1] = addSeries(tr("initialising"), Palette::phase(Phase::FunctionInit), false);
    m_lines[2] = addSeries(tr("frozen"), Palette::phase(Phase::Frozen), false);
    m_lines[3] = addSeries(tr("provisioned"), Palette::provisioned(), false);
    m_lines[3]->setPen(QPen(Palette::provisioned(), 2, Qt::DashLine));
    for (auto *g : m_lines)
        g->setLineStyle(QCPGraph::lsStepRight);
    yAxis->setLabel(tr("environments"));
    setupTimeAxis();
}

void EnvironmentsPlot::rebuild()
{
    for (auto *g : m_lines)
        g->data()->clear();
    m_next = 0;
    m_max = 0;
    m_provisioned.assign(m_run ? m_run->metrics.size() : 0, 0);
    if (m_run) {
        const double bucketMs = m_run->bucketS * 1000.0;
        for (const auto &e : m_run->envs) {
            if (e.record.id == 0 || e.record.kind != EnvKind::Provisioned)
                continue;
            const double end = e.ended ? e.record.endMs : m_run->durationMs;
            const auto a = static_cast<std::size_t>(std::max(0.0, std::ceil(e.record.readyMs / bucketMs)));
            for (std::size_t k = a; k < m_provisioned.size() && double(k) * bucketMs < end; ++k)
                m_provisioned[k] += 1;
        }
    }
    advance(-1, m_t);
}

void EnvironmentsPlot::advance(double, double toMs)
{
    if (!m_run)
        return;
    const std::size_t until = m_run->bucketsUntil(toMs);
    std::array<QVector<double>, 4> keys, values;
    for (; m_next < until; ++m_next) {
        const MetricsRow &row = m_run->metrics[m_next];
        const double v[4] = {std::max(0.0, row.busy - row.initializing), row.initializing, row.idle,
                             m_provisioned.size() > m_next ? m_provisioned[m_next] : 0.0};
        for (std::size_t i = 0; i < 4; ++i) {
            keys[i].push_back(timeX(row.tS * 1000.0));
            values[i].push_back(v[i]);
            m_max = std::max(m_max, v[i]);
        }
    }
    for (std::size_t i = 0; i < 4; ++i)
        if (!keys[i].isEmpty())
            m_lines[i]->addData(keys[i], values[i], true);
}

void EnvironmentsPlot::updateRanges()
{
    fitTimeRange();
    yAxis->setRange(0, std::max(2.0, std::ceil(m_max * 1.15)));
}

}  // namespace lle
