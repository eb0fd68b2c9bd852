// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeppng.h"

#include "pngfile.h"

#include "palette.h"
#include "reportplots.h"
#include "sweepplot.h"

#include <QApplication>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lle {

namespace {

constexpr QSize kImageSize{1600, 900};
constexpr double kScale = 1600.0 / 960.0;   // a 960×540 layout at 1,600 pixels: room for every label

QFont fontPt(double pt, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

bool canDraw()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance())
        && QThread::currentThread() == QCoreApplication::instance()->thread();
}

/// "Memory sweep — checkout-api": the first key, or both of a grid.
QString titleOf(const QString &what, const SweepRecord &r)
{
    return SweepPng::tr("%1 — %2").arg(what, QString::fromStdString(r.scenario.name));
}

/// "seed 1 · 13 points × 3 seeds, 95 % intervals · lambda-explorer 0.1.0 · model reference 2026-11".
QString subtitleOf(const SweepRecord &r)
{
    const int n = r.plan.spec.replications;
    QString text = n > 1 ? SweepPng::tr("seed %1 · %2 points × %3 seeds, 95 % intervals")
                               .arg(r.scenario.seed)
                               .arg(r.rows.size())
                               .arg(n)
                         : SweepPng::tr("seed %1 · %2 points, one seed each").arg(r.scenario.seed).arg(r.rows.size());
    text += QStringLiteral(" · lambda-explorer %1 · ").arg(QLatin1String(LLE_VERSION))
          + SweepPng::tr("model reference %1").arg(QLatin1String(LLE_MODEL_VERSION));
    return text;
}

/// Light, print-sized chrome whatever the desktop's palette, and a title and subtitle row.
void styleForPrint(QCustomPlot &plot, const QString &title, const QString &sub)
{
    plot.setBackground(Qt::white);
    plot.setAntialiasedElements(QCP::aeAll);
    for (QCPAxis *a : plot.axisRect()->axes()) {
        a->setLabelFont(fontPt(10.5));
        a->setTickLabelFont(fontPt(9.5));
        a->setLabelColor(QColor(0x22, 0x22, 0x22));
        a->setTickLabelColor(QColor(0x33, 0x33, 0x33));
        a->setBasePen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
        a->setTickPen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
        a->setSubTickPen(QPen(QColor(0x66, 0x66, 0x66), 0.6));
        a->grid()->setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.6));
        a->grid()->setSubGridPen(QPen(QColor(0xEE, 0xEE, 0xEE), 0.5, Qt::DotLine));
    }
    plot.legend->setFont(fontPt(9));
    plot.legend->setTextColor(QColor(0x22, 0x22, 0x22));
    plot.legend->setBrush(QColor(255, 255, 255, 235));
    plot.legend->setBorderPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.6));
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot.item(i))) {
            text->setFont(fontPt(8.5));
            text->setColor(QColor(0x33, 0x33, 0x33));
        }
    plot.plotLayout()->insertRow(0);
    auto *titleElement = new QCPTextElement(&plot, title, fontPt(13, true));
    titleElement->setTextColor(QColor(0x11, 0x11, 0x11));
    titleElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot.plotLayout()->addElement(0, 0, titleElement);
    plot.plotLayout()->insertRow(1);
    auto *subElement = new QCPTextElement(&plot, sub, fontPt(9));
    subElement->setTextColor(QColor(0x55, 0x55, 0x55));
    subElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot.plotLayout()->addElement(1, 0, subElement);
    titleElement->setMargins(QMargins(12, 8, 12, 0));
    subElement->setMargins(QMargins(12, 0, 12, 2));
}

/// Lays the plot out at its logical size (the Pareto labels are placed then), draws it into the
/// image and sets the text chunks.
QImage draw(QCustomPlot &plot, const QString &title, const SweepRecord &r)
{
    const QSize logical(qRound(kImageSize.width() / kScale), qRound(kImageSize.height() / kScale));
    plot.resize(logical);
    // The first replot lays the plot out at this size; the Pareto labels are placed before each
    // replot from the layout of the one before, so a second one places them for this size.
    plot.replot(QCustomPlot::rpImmediateRefresh);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QImage image(kImageSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(kScale, kScale);
        plot.toPainter(&painter, logical.width(), logical.height());
    }
    setPngMetadata(image, title, r.scenario, kScale);
    return image;
}

/// "memory", or "memory × idle timeout" for a grid.
QString sweptKeys(const SweepSpec &spec)
{
    QStringList names;
    for (const SweepAxis &a : spec.axes)
        names << Vocabulary::settingName(a.path);
    return names.join(QStringLiteral(" × "));
}

}  // namespace

QImage SweepPng::curve(const SweepRecord &r)
{
    if (!canDraw() || r.plan.spec.axes.empty())
        return {};
    SweepCurvePlot plot;
    const SweepSpec &spec = r.plan.spec;
    // A key whose values are not numbers (platform.routing) is drawn at positions 0, 1, … by name.
    QStringList categories;
    const auto &first = spec.axes.front();
    if (std::any_of(first.values.begin(), first.values.end(),
                    [](const ScalarValue &v) { return !std::holds_alternative<double>(v); }))
        for (const ScalarValue &v : first.values)
            categories << Vocabulary::settingValue(first.path, v);
    plot.setSeries(sweepSeries(spec, r.rows), SweepCurvePlot::keyTitle(first.path), SweepCurvePlot::Secondary::Latency,
                   categories);
    const QString title = titleOf(tr("Cost and p99 latency per tested point: %1").arg(sweptKeys(spec)), r);
    styleForPrint(plot, title, subtitleOf(r));
    return draw(plot, title, r);
}

QImage SweepPng::pareto(const SweepRecord &r)
{
    if (!canDraw())
        return {};
    ParetoPlot plot;
    plot.setLabelEveryPoint(true);
    std::vector<SweepPlotPoint> points;
    for (const SweepRow &row : r.rows)
        points.push_back(sweepPlotPoint(r.plan.spec, row));
    // No "now" ring: a headless sweep has no configuration in effect beside its points.
    plot.setPoints(points, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN(),
                   QStringList());
    plot.nowGraph()->removeFromLegend();
    const QString title = titleOf(tr("Cost against p99 latency: %1").arg(sweptKeys(r.plan.spec)), r);
    styleForPrint(plot, title, subtitleOf(r));
    return draw(plot, title, r);
}

bool renderSweepPlots(const SweepRecord &record, std::vector<RenderedFile> *files, QString *error)
{
    const std::pair<const char *, QImage> images[] = {{SweepPng::kCurveFile, SweepPng::curve(record)},
                                                      {SweepPng::kParetoFile, SweepPng::pareto(record)}};
    for (const auto &[name, image] : images) {
        const QByteArray png = encodePng(image);
        if (png.isEmpty()) {
            if (error)
                *error = SweepPng::tr("%1 could not be drawn").arg(QLatin1String(name));
            return false;
        }
        files->push_back({QLatin1String(name), png});
    }
    return true;
}

}  // namespace lle
