// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationplot.h"

#include "palette.h"

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace lle {

CalibrationPlot::CalibrationPlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("calibrationPlot"));
    setAntialiasedElements(QCP::aeAll);
    m_measured = new QCPBars(xAxis, yAxis);
    QColor fill = Palette::requestsCost();
    fill.setAlpha(150);
    m_measured->setBrush(fill);
    m_measured->setPen(QPen(Palette::requestsCost().darker(130), 1));
    m_model = addGraph();
    m_model->setPen(QPen(Palette::provisioned(), 2.5));
    m_model->setLineStyle(QCPGraph::lsLine);
    m_model->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Palette::provisioned(), Palette::provisioned(), 5));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
    ticker->setSubTickCount(8);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("gb"));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    Palette::followPalette(this);   // light or dark desktop
    retranslate();
}

std::vector<double> CalibrationPlot::logBins(const std::vector<double> &a, const std::vector<double> &b, int bins)
{
    double lo = INFINITY, hi = 0;
    for (const auto *v : {&a, &b})
        for (double x : *v)
            if (x > 0 && std::isfinite(x)) {
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
    if (!(hi > 0) || bins < 1)
        return {};
    if (hi <= lo)
        hi = lo * 1.1;
    const double l0 = std::log(lo), step = (std::log(hi) - l0) / bins;
    std::vector<double> edges;
    for (int i = 0; i <= bins; ++i)
        edges.push_back(std::exp(l0 + step * i));
    edges.back() = std::nextafter(hi, INFINITY);   // the largest value falls inside the last bin
    edges.front() = lo;
    return edges;
}

std::vector<double> CalibrationPlot::shares(const std::vector<double> &values, const std::vector<double> &edges)
{
    std::vector<double> out(edges.size() > 1 ? edges.size() - 1 : 0, 0.0);
    if (out.empty())
        return out;
    std::size_t n = 0;
    for (double x : values) {
        if (!(x > 0) || !std::isfinite(x))
            continue;
        auto it = std::upper_bound(edges.begin(), edges.end(), x);
        if (it == edges.begin() || it == edges.end())
            continue;
        ++out[static_cast<std::size_t>(it - edges.begin() - 1)];
        ++n;
    }
    for (double &s : out)
        s = n ? 100.0 * s / double(n) : 0;
    return out;
}

void CalibrationPlot::setSamples(const std::vector<double> &measuredMs, const std::vector<double> &modelMs)
{
    setLocale(QLocale());
    const std::vector<double> edges = logBins(measuredMs, modelMs, 40);
    const std::vector<double> measured = shares(measuredMs, edges), model = shares(modelMs, edges);
    QVector<double> x, ym, yo;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        x << std::sqrt(edges[i] * edges[i + 1]);   // the bin's middle on the log axis
        ym << measured[i];
        yo << model[i];
    }
    m_measured->setData(x, ym, true);
    m_model->setData(x, yo, true);
    if (edges.size() > 1) {
        // Log bins are equally wide on the log axis: one width, as a share of the axis rect.
        m_measured->setWidthType(QCPBars::wtAxisRectRatio);
        m_measured->setWidth(0.9 / double(edges.size() - 1));
        xAxis->setRange(edges.front() / 1.1, edges.back() * 1.1);
        double top = 0;
        for (double v : ym) top = std::max(top, v);
        for (double v : yo) top = std::max(top, v);
        yAxis->setRange(0, std::max(1.0, top * 1.12));
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void CalibrationPlot::retranslate()
{
    xAxis->setLabel(tr("handler duration (ms, log scale)"));
    yAxis->setLabel(tr("share of invocations (%)"));
    m_measured->setName(tr("measured (logs)"));
    m_model->setName(tr("model (fitted)"));
}

void CalibrationPlot::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        replot(QCustomPlot::rpQueuedReplot);
    }
    QCustomPlot::changeEvent(e);
}

}  // namespace lle
