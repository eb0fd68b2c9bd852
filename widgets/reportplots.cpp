// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportplots.h"

#include "pngfile.h"

#include "atomicfile.h"
#include "lanepainter.h"
#include "palette.h"
#include "reportpage.h"
#include "runplots.h"

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>

namespace lle {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QFont fontPt(double pt, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

/// The last simulated time the plot shows: the end of the run, or the window's playhead.
double endOf(const RecordedRun &run, const PlotImageOptions &o)
{
    double end = run.durationMs;
    // Requests in flight at duration_s complete after it and are part of the run.
    if (!run.invocations.empty())
        end = std::max(end, run.invocations.back().endMs);
    return std::min(end, o.untilMs);
}

/// A shared pointer that does not own: the plots hold their run by RunPtr, the caller owns it.
RunPtr borrow(const RecordedRun &run) { return RunPtr(RunPtr(), &run); }

QString durationText(double ms) { return Format::ms(ms); }

/// "seed 1 · 10 min simulated · lambda-explorer 0.1.0 · model reference 2026-11".
QString subtitle(const RecordedRun &run, const PlotImageOptions &o)
{
    QString text = ReportPlots::tr("seed %1 · %2 simulated").arg(run.scenario.seed).arg(durationText(run.durationMs));
    if (o.untilMs < run.durationMs)
        text += ReportPlots::tr(" (shown up to %1)").arg(durationText(o.untilMs));
    text += QStringLiteral(" · lambda-explorer %1 · ").arg(QLatin1String(LLE_VERSION))
        + ReportPlots::tr("model reference %1").arg(QLatin1String(LLE_MODEL_VERSION));
    return text;
}

QString elided(const QString &text, const QFont &font, double width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}


QImage blankImage(const PlotImageOptions &o)
{
    QImage image(o.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}


// --- the window's plots, restyled -------------------------------------------------------------

/// The window draws its scatter dots from small pixmaps (fast on screen); scaled up for print they
/// would blur. The same dots as vector circles: the pixmap's centre is the fill, its rim the
/// outline. Dots without an outline are drawn without a pen: an outline stroked through the
/// export's scaling costs ten times the fill (half a second for an hour at 50 requests/s).
void vectorScatter(QCPGraph *g)
{
    const QCPScatterStyle st = g->scatterStyle();
    QColor fill, rim;
    double size = st.size();
    if (st.shape() == QCPScatterStyle::ssPixmap && !st.pixmap().isNull()) {
        const QImage dot = st.pixmap().toImage().convertToFormat(QImage::Format_ARGB32);
        const int mid = dot.height() / 2;
        fill = dot.pixelColor(dot.width() / 2, mid);
        rim = fill;
        for (int x = 0; x < dot.width() / 2; ++x) {
            if (dot.pixelColor(x, mid).alpha() >= 160) {
                rim = dot.pixelColor(x, mid);
                rim.setAlpha(255);
                break;
            }
        }
        size = std::max(2.0, dot.width() / st.pixmap().devicePixelRatio() - 1);
    } else if (st.shape() == QCPScatterStyle::ssDisc) {
        fill = rim = st.isPenDefined() ? st.pen().color() : g->pen().color();
    } else {
        return;
    }
    if (rim == fill)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::NoPen), QBrush(fill), size));
    else
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(rim, 0.8), QBrush(fill), size));
}

/// Larger type, antialiasing, no playhead, and a title line naming the scenario: the window's
/// plot as a figure for a document. Only QCustomPlot's public API, so that the window's plots
/// can change without this breaking.
void styleForExport(QCustomPlot &plot, const QString &title, const QString &sub, double logicalWidth)
{
    plot.setBackground(Qt::white);
    plot.setPlottingHint(QCP::phCacheLabels, false);
    plot.setPlottingHint(QCP::phFastPolylines, true);
    plot.setAntialiasedElements(QCP::aeAll);
    plot.setNotAntialiasedElements(QCP::aeNone);
    if (QCPLayer *l = plot.layer(QStringLiteral("playhead")))
        l->setVisible(false);

    for (QCPAxisRect *rect : plot.axisRects()) {
        for (QCPAxis *a : rect->axes()) {
            a->setLabelFont(fontPt(10.5));
            a->setTickLabelFont(fontPt(9.5));
            a->setLabelColor(QColor(0x22, 0x22, 0x22));
            a->setTickLabelColor(QColor(0x33, 0x33, 0x33));
            a->setLabelPadding(6);
            // Widths > 0 scale with the image (cosmetic 0-width pens would be hairlines).
            a->setBasePen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
            a->setTickPen(QPen(QColor(0x44, 0x44, 0x44), 0.8));
            a->setSubTickPen(QPen(QColor(0x66, 0x66, 0x66), 0.6));
            a->grid()->setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.6, Qt::SolidLine));
            a->grid()->setSubGridPen(QPen(QColor(0xEE, 0xEE, 0xEE), 0.5, Qt::DotLine));
        }
    }
    if (plot.legend) {
        plot.legend->setFont(fontPt(9.5));
        plot.legend->setIconSize(22, 10);
        plot.legend->setColumnSpacing(14);
        plot.legend->setBrush(Qt::NoBrush);
    }
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot.item(i)))
            text->setFont(fontPt(9));
    for (int i = 0; i < plot.graphCount(); ++i) {
        QCPGraph *g = plot.graph(i);
        vectorScatter(g);
        // A series with nothing in it (no provisioned concurrency, no SnapStart) only crowds the
        // legend of a figure that cannot be explored.
        bool any = false;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd() && !any; ++it)
            any = it->value != 0;
        if (!any) {
            g->setVisible(false);
            g->removeFromLegend();
        }
    }

    const QFont titleFont = fontPt(13, true);
    const QFont subFont = fontPt(9);
    const QString titleText = elided(title, titleFont, logicalWidth - 24);
    QCPTextElement *titleElement = nullptr;
    for (QCPLayoutElement *e : plot.plotLayout()->elements(true)) {
        if (auto *t = qobject_cast<QCPTextElement *>(e)) {
            titleElement = t;
            break;
        }
    }
    if (!titleElement) {
        plot.plotLayout()->insertRow(0);
        titleElement = new QCPTextElement(&plot);
        plot.plotLayout()->addElement(0, 0, titleElement);
    }
    titleElement->setText(titleText);
    titleElement->setFont(titleFont);
    titleElement->setTextColor(QColor(0x11, 0x11, 0x11));
    titleElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    auto *subElement = new QCPTextElement(&plot, elided(sub, subFont, logicalWidth - 24), subFont);
    subElement->setTextColor(QColor(0x55, 0x55, 0x55));
    subElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    if (auto *grid = qobject_cast<QCPLayoutGrid *>(titleElement->layout())) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (grid->element(row, 0) == titleElement) {
                grid->insertRow(row + 1);
                grid->addElement(row + 1, 0, subElement);
                break;
            }
        }
    }
    if (!subElement->layout())
        delete subElement;
    if (QCPLayout *top = titleElement->layout())
        top->setMargins(QMargins(10, 6, 10, 2));
}

template <typename Plot>
QImage renderRunPlot(const RecordedRun &run, const PlotImageOptions &o, const QString &title,
                     std::unique_ptr<QCustomPlot> *drawn)
{
    const QSizeF logical(o.size.width() / o.scale, o.size.height() / o.scale);
    auto owned = std::make_unique<Plot>();
    Plot &plot = *owned;
    plot.resize(logical.toSize());
    plot.setRun(borrow(run));
    plot.setPlayhead(endOf(run, o));
    const QString fullTitle = ReportPlots::tr("%1 — %2").arg(title, QString::fromStdString(run.scenario.name));
    styleForExport(plot, fullTitle, subtitle(run, o), logical.width());

    QImage image = blankImage(o);
    {
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // No pmNonCosmetic (which toPixmap() sets): it makes QCPPainter stroke every scatter dot
        // through the scaling, ten times slower. The pens that matter are given widths above.
        painter.scale(o.scale, o.scale);
        drawPlotInto(plot, &painter, QSize(qRound(logical.width()), qRound(logical.height())));
    }
    setPngMetadata(image, fullTitle, run.scenario, o.scale);
    if (drawn)
        *drawn = std::move(owned);
    return image;
}

// --- the lifecycle figure -----------------------------------------------------------------------

struct TimeUnit {
    double ms;
    QString label;
};

TimeUnit unitFor(double spanMs)
{
    // As the window's plots choose: seconds up to 20 min, minutes up to 4 h, then hours.
    if (spanMs <= 1200'000)
        return {1000, ReportPlots::tr("simulated time (s)")};
    if (spanMs <= 4 * 3600'000.0)
        return {60'000, ReportPlots::tr("simulated time (min)")};
    return {3600'000, ReportPlots::tr("simulated time (h)")};
}

double niceStep(double raw)
{
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

/// One panel of lanes: every environment alive in [fromMs, toMs) as a strip coloured by phase.
/// Columns are device pixels; a column shows the most telling phase in it. When there are more
/// environments than rows fit, neighbouring environments share a row.
void drawLanes(QPainter &p, const RecordedRun &run, const QRectF &box, double fromMs, double toMs, double scale,
               const QString &caption)
{
    const QFont captionFont = fontPt(10, true);
    const QFont labelFont = fontPt(8.5);
    const QFont tickFont = fontPt(9);
    const QColor text(0x22, 0x22, 0x22);
    p.setFont(captionFont);
    p.setPen(text);
    const double captionH = QFontMetricsF(captionFont).height() + 4;
    p.drawText(QRectF(box.left(), box.top(), box.width(), captionH), Qt::AlignLeft | Qt::AlignVCenter, caption);

    // Throttled requests in the window: a row of crosses above the lanes.
    std::vector<double> throttled;
    for (std::size_t i = run.invocationsBefore(fromMs); i < run.invocations.size(); ++i) {
        const auto &inv = run.invocations[i];
        if (inv.endMs > toMs)
            break;
        if (inv.startType == StartType::Throttled && inv.arrivalMs >= fromMs)
            throttled.push_back(inv.arrivalMs);
    }
    const double gutter = 62;
    const double axisH = QFontMetricsF(tickFont).height() * 2 + 8;
    const double throttleH = throttled.empty() ? 0 : 14;
    const QRectF area(box.left() + gutter, box.top() + captionH + throttleH + 2, box.width() - gutter - 6,
                      box.height() - captionH - throttleH - 2 - axisH);
    const double span = std::max(toMs - fromMs, 1e-6);
    const auto xOf = [&](double ms) { return area.left() + (ms - fromMs) / span * area.width(); };

    std::vector<const RecordedEnv *> envs;
    for (const auto &e : run.envs) {
        if (e.record.id == 0 || e.record.createdMs >= toMs)
            continue;
        if (e.ended && e.record.endMs < fromMs)
            continue;
        envs.push_back(&e);
    }
    p.fillRect(area, QColor(0xFA, 0xFA, 0xFA));

    const auto columns = static_cast<int>(std::ceil(area.width() * scale));
    const int maxRows = std::max(1, static_cast<int>(std::floor(area.height() * scale / 2)));   // ≥ 2 px a row
    const int perRow = envs.empty() ? 1 : static_cast<int>((envs.size() + maxRows - 1) / maxRows);
    const int rows = envs.empty() ? 0 : static_cast<int>((envs.size() + perRow - 1) / perRow);
    const double rowH = rows ? std::min(20.0, area.height() / rows) : 0;
    const double gap = rowH * scale >= 8 ? 1.5 : (rowH * scale >= 5 ? 0.6 : 0);
    lanes::PhaseColumns column(fromMs, span / columns, columns);

    for (int r = 0; r < rows; ++r) {
        column.clear();
        const std::size_t first = static_cast<std::size_t>(r) * perRow;
        const std::size_t last = std::min(envs.size(), first + perRow);
        for (std::size_t k = first; k < last; ++k)
            column.markEnvironment(*envs[k], run.recordedUntilMs);
        const double y = area.top() + r * rowH + gap / 2, h = std::max(rowH - gap, 1.0 / scale);
        column.paint(p, area.left(), 1 / scale, y, h);
        // Labels: the environment's number where a row has room for it.
        if (rowH >= 9) {
            const RecordedEnv &env = *envs[first];
            QString label = perRow == 1 ? QStringLiteral("#%1").arg(env.record.id)
                                        : QStringLiteral("#%1–%2").arg(env.record.id).arg(envs[last - 1]->record.id);
            if (perRow == 1 && env.record.kind == EnvKind::Provisioned)
                label = ReportPlots::tr("PC #%1").arg(env.record.id);
            else if (perRow == 1 && env.record.kind == EnvKind::SnapStart)
                label = ReportPlots::tr("SS #%1").arg(env.record.id);
            p.setFont(labelFont);
            p.setPen(perRow == 1 && env.record.kind == EnvKind::Provisioned ? Palette::provisioned() : text);
            p.drawText(QRectF(box.left(), area.top() + r * rowH, gutter - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       label);
        }
    }
    if (rows > 0 && rowH < 9) {
        // No room for numbers: say how many environments the lanes are.
        p.setFont(labelFont);
        p.setPen(text);
        const QString what = perRow > 1 ? ReportPlots::tr("%1 envs,\n%2 a row").arg(envs.size()).arg(perRow)
                                        : ReportPlots::tr("%1 envs").arg(envs.size());
        p.drawText(QRectF(box.left(), area.top(), gutter - 6, area.height()), Qt::AlignRight | Qt::AlignVCenter, what);
    }
    if (envs.empty()) {
        p.setFont(labelFont);
        p.setPen(text);
        p.drawText(area, Qt::AlignCenter, ReportPlots::tr("No execution environment in this stretch of time."));
    }

    // Throttled requests.
    if (!throttled.empty()) {
        p.setFont(labelFont);
        p.setPen(text);
        const double cy = area.top() - throttleH / 2 - 1;
        p.drawText(QRectF(box.left(), cy - throttleH / 2, gutter - 6, throttleH), Qt::AlignRight | Qt::AlignVCenter,
                   ReportPlots::tr("429 ✕"));
        p.setPen(QPen(Palette::throttled(), 1.2));
        double lastX = -1e9;
        for (double t : throttled) {
            const double x = xOf(t);
            if (x - lastX < 3)
                continue;
            lastX = x;
            const double s = 3.5;
            p.drawLine(QPointF(x - s, cy - s), QPointF(x + s, cy + s));
            p.drawLine(QPointF(x - s, cy + s), QPointF(x + s, cy - s));
        }
    }

    // Changes.
    for (const auto &c : run.changes) {
        // A change that sets only values already in effect changes nothing: no line.
        if (c.settings.empty() || c.atMs < fromMs || c.atMs > toMs)
            continue;
        const double x = xOf(c.atMs);
        p.setPen(QPen(Palette::changeMarker(), 1.4, Qt::DashLine));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setFont(labelFont);
        const QString label = Vocabulary::changeLabel(c);
        const QRectF r = QFontMetricsF(labelFont).boundingRect(label).adjusted(-3, -1, 3, 1);
        QRectF at(x - r.width() - 2, area.top() + 2, r.width(), r.height());
        if (at.left() < area.left())
            at.moveLeft(x + 2);
        p.fillRect(at, QColor(255, 255, 255, 230));
        p.setPen(Palette::changeMarker().darker(170));
        p.drawText(at, Qt::AlignCenter, label);
    }

    // Frame and time axis.
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    const TimeUnit unit = unitFor(span);
    const double spanUnits = span / unit.ms;
    const double step = niceStep(spanUnits / 8);
    const QLocale loc;
    p.setFont(tickFont);
    const QFontMetricsF tm(tickFont);
    for (double v = std::ceil(fromMs / unit.ms / step - 1e-9) * step; v * unit.ms <= toMs + 1e-6; v += step) {
        const double x = xOf(v * unit.ms);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
        p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4));
        p.setPen(text);
        const int decimals = step < 1 ? static_cast<int>(std::ceil(-std::log10(step))) : 0;
        p.drawText(QRectF(x - 40, area.bottom() + 5, 80, tm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   loc.toString(v, 'f', decimals));
    }
    p.setFont(fontPt(9.5));
    p.drawText(QRectF(area.left(), area.bottom() + 5 + tm.height(), area.width(), tm.height() + 4),
               Qt::AlignHCenter | Qt::AlignTop, unit.label);
}

/// How long a stretch at the start shows the init phases of the first cold starts readably.
double detailWindowMs(const RecordedRun &run, double endMs)
{
    double cold = run.summary.coldLatency.p50;
    if (cold <= 0)
        cold = run.summary.latency.p50;
    const double want = cold * 30;
    for (double s : {2.0, 5.0, 10.0, 15.0, 20.0, 30.0, 60.0})   // a round number of seconds
        if (s * 1000 >= want)
            return std::min(s * 1000, endMs);
    return std::min(60'000.0, endMs);
}

QImage renderLifecycle(const RecordedRun &run, const PlotImageOptions &o)
{
    QImage image = blankImage(o);
    const QSizeF logical(o.size.width() / o.scale, o.size.height() / o.scale);
    const QString title = ReportPlots::tr("%1 — %2").arg(ReportPlots::title(PlotKind::Lifecycle),
                                                        QString::fromStdString(run.scenario.name));
    const double endMs = std::max(1.0, std::min(run.durationMs, o.untilMs));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(o.scale, o.scale);
        const double margin = 10;
        double y = 6;
        const QFont titleFont = fontPt(13, true);
        const QFont subFont = fontPt(9);
        p.setPen(QColor(0x11, 0x11, 0x11));
        p.setFont(titleFont);
        const double titleH = QFontMetricsF(titleFont).height();
        p.drawText(QRectF(margin, y, logical.width() - 2 * margin, titleH), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(title, titleFont, logical.width() - 2 * margin));
        y += titleH + 1;

        // What happened to the environments, in one line under the title.
        int idle = 0, lifetime = 0, changed = 0, endOfRun = 0, created = 0;
        for (const auto &e : run.envs) {
            if (e.record.id == 0 || e.record.createdMs > endMs)
                continue;
            ++created;
            if (!e.ended || e.record.endMs > endMs)
                continue;
            switch (e.record.endReason) {
            case EndReason::IdleTimeout: ++idle; break;
            case EndReason::MaxLifetime: ++lifetime; break;
            case EndReason::Changed: ++changed; break;
            case EndReason::EndOfRun: ++endOfRun; break;
            case EndReason::ScaleIn: ++idle; break;   // removed for want of work, like an idle timeout
            case EndReason::None: break;
            }
        }
        QString facts = ReportPlots::tr("environments created: %1 · shut down: %2 on idle timeout, %3 on max lifetime")
                            .arg(created)
                            .arg(idle)
                            .arg(lifetime);
        if (changed)
            facts += ReportPlots::tr(", %1 configuration change").arg(changed);
        if (endOfRun)
            facts += ReportPlots::tr(" · %1 still running at the end").arg(endOfRun);
        p.setFont(subFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        const double subH = QFontMetricsF(subFont).height();
        p.drawText(QRectF(margin, y, logical.width() - 2 * margin, subH), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(subtitle(run, o), subFont, logical.width() - 2 * margin));
        y += subH;
        p.drawText(QRectF(margin, y, logical.width() - 2 * margin, subH), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(facts, subFont, logical.width() - 2 * margin));
        y += subH + 4;

        // Legend: the phases this run went through.
        std::array<bool, kPhaseCount> seen{};
        for (const auto &e : run.envs) {
            for (const auto &s : e.segments)
                seen[static_cast<std::size_t>(s.phase)] = true;
            if (!std::isnan(e.openSinceMs))
                seen[static_cast<std::size_t>(e.openPhase)] = true;
        }
        const QFont legendFont = fontPt(9.5);
        const QFontMetricsF lm(legendFont);
        p.setFont(legendFont);
        double x = margin + 62;
        for (int q = 0; q < kPhaseCount; ++q) {
            if (!seen[static_cast<std::size_t>(q)])
                continue;
            const Phase ph = static_cast<Phase>(q);
            const QString name = Vocabulary::phaseName(ph);
            const double w = 14 + 4 + lm.horizontalAdvance(name) + 14;
            if (x + w > logical.width() - margin) {
                x = margin + 62;
                y += lm.height() + 2;
            }
            const QRectF swatch(x, y + (lm.height() - 9) / 2, 14, 9);
            p.fillRect(swatch, Palette::phaseFill(ph));
            if (ph == Phase::Restore) {
                p.setPen(QPen(Palette::outline(), 0.8));
                p.drawRect(swatch);
            }
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QRectF(x + 18, y, w, lm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += w;
        }
        y += lm.height() + 6;

        const QRectF rest(margin, y, logical.width() - 2 * margin, logical.height() - y - 4);
        const double detailMs = detailWindowMs(run, endMs);
        const bool detail = detailMs < endMs * 0.5;
        const double wholeH = detail ? rest.height() * 0.56 : rest.height();
        drawLanes(p, run, QRectF(rest.left(), rest.top(), rest.width(), wholeH), 0, endMs, o.scale,
                  o.untilMs < run.durationMs ? ReportPlots::tr("The run up to %1").arg(durationText(endMs))
                                             : ReportPlots::tr("The whole run"));
        if (detail) {
            drawLanes(p, run, QRectF(rest.left(), rest.top() + wholeH + 6, rest.width(), rest.height() - wholeH - 6), 0,
                      detailMs, o.scale,
                      ReportPlots::tr("The first %1 s, closer: the init phases of the first cold starts")
                          .arg(QLocale().toString(detailMs / 1000, 'f', 0)));
        }
    }
    setPngMetadata(image, title, run.scenario, o.scale);
    return image;
}

}  // namespace

QString ReportPlots::fileName(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Latency: return QLatin1String(reportfiles::kLatencyPng);
    case PlotKind::LatencyDistribution: return QLatin1String(reportfiles::kLatencyDistributionPng);
    case PlotKind::Cost: return QLatin1String(reportfiles::kCostPng);
    case PlotKind::Environments: return QLatin1String(reportfiles::kEnvironmentsPng);
    case PlotKind::Lifecycle: return QLatin1String(reportfiles::kLifecyclePng);
    }
    return {};
}

QString ReportPlots::title(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Latency: return tr("Latency per request");
    case PlotKind::LatencyDistribution: return tr("Latency distribution, cold and warm starts");
    case PlotKind::Cost: return tr("Cost accumulated by line item");
    case PlotKind::Environments: return tr("Execution environments over time");
    case PlotKind::Lifecycle: return tr("Execution environment lifecycle");
    }
    return {};
}

QImage ReportPlots::render(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options)
{
    return render(kind, run, options, nullptr);
}

QImage ReportPlots::render(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options,
                           std::unique_ptr<QCustomPlot> *drawn)
{
    if (drawn)
        drawn->reset();
    PlotImageOptions o = options;
    o.scale = std::clamp(o.scale, 0.25, 8.0);
    if (o.size.width() < 16 || o.size.height() < 16)
        return {};
    if (kind == PlotKind::Lifecycle) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return {};
        return renderLifecycle(run, o);
    }
    // The window's plots are widgets.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())
        || QThread::currentThread() != QCoreApplication::instance()->thread())
        return {};
    switch (kind) {
    case PlotKind::Latency: return renderRunPlot<LatencyPlot>(run, o, title(kind), drawn);
    case PlotKind::LatencyDistribution: return renderRunPlot<CdfPlot>(run, o, title(kind), drawn);
    case PlotKind::Cost: return renderRunPlot<CostPlot>(run, o, title(kind), drawn);
    case PlotKind::Environments: return renderRunPlot<EnvironmentsPlot>(run, o, title(kind), drawn);
    case PlotKind::Lifecycle: break;
    }
    return {};
}

QImage ReportPlots::renderAnyThread(PlotKind kind, const RecordedRun &run, const PlotImageOptions &options)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return render(kind, run, options);
    QImage image;
    QMetaObject::invokeMethod(
        app, [&] { image = render(kind, run, options); }, Qt::BlockingQueuedConnection);
    return image;
}


bool ReportPlots::savePng(PlotKind kind, const RecordedRun &run, const QString &path, const PlotImageOptions &options,
                          QString *error)
{
    const QImage image = renderAnyThread(kind, run, options);
    const QByteArray png = encodePng(image);
    if (png.isEmpty()) {
        if (error)
            *error = tr("%1: the plot could not be drawn").arg(path);
        return false;
    }
    return writeFileAtomically(path, std::string_view(png.constData(), static_cast<std::size_t>(png.size())), error);
}

PlotFiles ReportPlots::files(const PlotImageOptions &options)
{
    PlotFiles files;
    for (PlotKind kind : kAll)
        files.push_back({fileName(kind), [kind, options](const RecordedRun &run) {
                             return encodePng(renderAnyThread(kind, run, options));
                         }});
    return files;
}

}  // namespace lle
