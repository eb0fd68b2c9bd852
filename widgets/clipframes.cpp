// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipframes.h"

#include "environmentlanes.h"
#include "kpistrip.h"
#include "lessonstrings.h"
#include "lifecyclediagram.h"
#include "palette.h"
#include "runplots.h"

#include <QGuiApplication>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {

constexpr double kLayoutHeight = 720;   // the layout's height in drawing units; larger frames scale it
constexpr double kCaptionH = 34;
constexpr double kNarrationH = 58;
constexpr double kKpiH = 46;


}  // namespace

ClipFrames::ClipFrames(RunPtr run, ClipSpec spec) : m_run(std::move(run)), m_spec(std::move(spec))
{
    const QSize size = m_spec.video.size;
    m_scale = std::max(1.0, size.height() / kLayoutHeight);
    m_logical = QSizeF(size.width() / m_scale, size.height() / m_scale);

    m_root = std::make_unique<QWidget>();
    m_root->setAttribute(Qt::WA_DontShowOnScreen);
    const bool dashboard = m_spec.view == ClipView::Dashboard || m_spec.view == ClipView::Window;
    if (dashboard)
        m_kpi = new KpiStrip(m_root.get());
    if (dashboard || m_spec.view == ClipView::Diagram)
        m_diagram = new LifecycleDiagram(m_root.get());
    if (dashboard || m_spec.view == ClipView::Lanes)
        m_lanes = new EnvironmentLanes(m_root.get());
    if (dashboard || m_spec.view == ClipView::Latency)
        m_latency = new LatencyPlot(m_root.get());
    if (dashboard || m_spec.view == ClipView::Cost)
        m_cost = new CostPlot(m_root.get());
    if (dashboard || m_spec.view == ClipView::Cdf)
        m_cdf = new CdfPlot(m_root.get());
    if (dashboard || m_spec.view == ClipView::Environments)
        m_environments = new EnvironmentsPlot(m_root.get());
    layout();

    if (m_kpi)
        m_kpi->setRun(m_run);
    if (m_diagram) {
        m_diagram->setRun(m_run);
        // Tokens travel along the diagram's edges for a fixed time of the clip, as in the window.
        m_diagram->setSpeed(m_spec.speed);
    }
    if (m_lanes) {
        m_lanes->setRun(m_run);
        m_lanes->setWindowMs(m_spec.lanesWindowMs);
    }
    for (RunPlot *plot : std::initializer_list<RunPlot *>{m_latency, m_cost, m_cdf, m_environments}) {
        if (!plot)
            continue;
        // Tick labels cached as pixmaps at the screen's resolution would blur at 1080p.
        plot->setPlottingHint(QCP::phCacheLabels, false);
        plot->setRun(m_run);
    }
}

ClipFrames::~ClipFrames() = default;

void ClipFrames::layout()
{
    double top = 0;
    double bottom = m_logical.height();
    if (m_spec.captions) {
        m_captionRect = QRectF(0, 0, m_logical.width(), kCaptionH);
        top = kCaptionH;
    }
    if (!m_spec.narration.empty()) {
        m_narrationRect = QRectF(0, bottom - kNarrationH, m_logical.width(), kNarrationH);
        bottom -= kNarrationH;
    }
    double left = 0;
    if (m_spec.view == ClipView::Window && m_panel) {
        // The panel at its width in the window, but never more than a third of the frame.
        const double panelW = std::min<double>(m_panel->width(), std::round(m_logical.width() / 3));
        m_panelRect = QRectF(0, top, panelW, bottom - top);
        left = panelW;
    }
    const double w = m_logical.width() - left;
    const auto place = [](QWidget *widget, const QRectF &r) {
        if (widget)
            widget->setGeometry(r.toAlignedRect());
    };
    if (m_spec.view != ClipView::Dashboard && m_spec.view != ClipView::Window) {
        const QRectF body(0, top, w, bottom - top);
        place(m_diagram, body);
        place(m_lanes, body);
        place(m_latency, body);
        place(m_cost, body);
        place(m_cdf, body);
        place(m_environments, body);
        return;
    }
    // The window's arrangement: key figures, then the diagram beside the lanes, then the four plots.
    place(m_kpi, QRectF(left, top, w, kKpiH));
    top += kKpiH;
    const double viewsH = std::round((bottom - top) * 0.36);
    place(m_diagram, QRectF(left, top, std::round(w / 2), viewsH));
    place(m_lanes, QRectF(left + std::round(w / 2), top, w - std::round(w / 2), viewsH));
    top += viewsH;
    const double plotW = std::round(w / 2), plotH = std::round((bottom - top) / 2);
    place(m_latency, QRectF(left, top, plotW, plotH));
    place(m_cost, QRectF(left + plotW, top, w - plotW, plotH));
    place(m_cdf, QRectF(left, top + plotH, plotW, bottom - top - plotH));
    place(m_environments, QRectF(left + plotW, top + plotH, w - plotW, bottom - top - plotH));
}

int ClipFrames::frameCount() const { return clipFrameCount(m_spec); }

double ClipFrames::timeOfFrame(int index) const { return clipFrameTimeMs(m_spec, index); }

QImage ClipFrames::frame(int index) { return frameAt(timeOfFrame(index)); }

QImage ClipFrames::frameAt(double ms)
{
    if (!m_run)
        return {};
    if (m_kpi)
        m_kpi->showAt(ms);
    if (m_diagram)
        m_diagram->setPlayhead(ms);
    if (m_lanes)
        m_lanes->setPlayhead(ms);
    for (RunPlot *plot : std::initializer_list<RunPlot *>{m_latency, m_cost, m_cdf, m_environments})
        if (plot)
            plot->setPlayhead(ms);

    QImage image(m_spec.video.size, QImage::Format_RGB32);
    image.setDevicePixelRatio(m_scale);
    image.fill(m_root->palette().color(QPalette::Window));
    {
        QCPPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        if (m_spec.captions)
            drawCaptionBar(p, ms);
        if (m_panel && !m_panelRect.isEmpty()) {
            const QRect visible(QPoint(0, 0), m_panelRect.size().toSize());
            m_panel->render(&p, m_panelRect.topLeft().toPoint(), QRegion(visible));
        }
        for (QWidget *w : std::initializer_list<QWidget *>{m_kpi, m_diagram, m_lanes}) {
            if (w)
                w->render(&p, w->pos(), QRegion(), QWidget::DrawWindowBackground);
        }
        for (RunPlot *plot : std::initializer_list<RunPlot *>{m_latency, m_cost, m_cdf, m_environments})
            if (plot)
                drawPlot(p, plot);
        if (!m_spec.narration.empty())
            drawNarration(p, ms);
    }
    image.setDevicePixelRatio(1);
    return image;
}

void ClipFrames::drawPlot(QPainter &painter, RunPlot *plot) const
{
    auto &p = static_cast<QCPPainter &>(painter);
    p.save();
    p.translate(plot->pos());
    p.setClipRect(QRect(QPoint(0, 0), plot->size()));
    drawPlotInto(*plot, &p, plot->size());
    p.restore();
}

void ClipFrames::drawCaptionBar(QPainter &p, double ms) const
{
    const Chrome chrome = Palette::chrome(m_root->palette());
    p.fillRect(m_captionRect, chrome.panel);
    p.setPen(chrome.edge);
    p.drawLine(m_captionRect.bottomLeft(), m_captionRect.bottomRight());

    QFont bold = QGuiApplication::font();
    bold.setPointSizeF(12);
    bold.setBold(true);
    QFont plain = QGuiApplication::font();
    plain.setPointSizeF(11);

    const QRectF inner = m_captionRect.adjusted(12, 0, -12, 0);
    // The clock first: it must always be readable; the names give way when the bar is short.
    const QString clock = tr("simulated %1 / %2 · %3×")
                              .arg(Format::simTime(ms), Format::simTime(m_run->durationMs),
                                   QLocale().toString(m_spec.speed, 'g', 4));
    p.setFont(bold);
    p.setPen(chrome.text);
    const double clockW = QFontMetricsF(bold).horizontalAdvance(clock);
    p.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, clock);

    const QRectF left = inner.adjusted(0, 0, -(clockW + 24), 0);
    double x = left.left();
    const QString scenario = scenarioDisplayName(m_run->scenario.name);   // a built-in name translated
    if (!m_spec.title.isEmpty()) {
        const QString title = QFontMetricsF(bold).elidedText(m_spec.title, Qt::ElideRight, left.width());
        p.setFont(bold);
        p.drawText(QRectF(x, left.top(), left.width(), left.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
        x += QFontMetricsF(bold).horizontalAdvance(title) + 16;
    }
    if (x < left.right()) {
        p.setFont(plain);
        p.setPen(chrome.mutedText);
        const QString name = QFontMetricsF(plain).elidedText(scenario, Qt::ElideRight, left.right() - x);
        p.drawText(QRectF(x, left.top(), left.right() - x, left.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

void ClipFrames::drawNarration(QPainter &p, double ms) const
{
    const Chrome chrome = Palette::chrome(m_root->palette());
    p.fillRect(m_narrationRect, chrome.panel);
    p.setPen(chrome.edge);
    p.drawLine(m_narrationRect.topLeft(), m_narrationRect.topRight());
    const ClipCaption *current = nullptr;
    for (const ClipCaption &c : m_spec.narration)
        if (c.fromMs <= ms)
            current = &c;
    if (!current || current->text.isEmpty())
        return;
    QFont f = QGuiApplication::font();
    f.setPointSizeF(11.5);
    p.setFont(f);
    p.setPen(chrome.text);
    p.drawText(m_narrationRect.adjusted(14, 4, -14, -4), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               current->text);
}

QRectF ClipFrames::lanesRect() const
{
    if (!m_lanes)
        return {};
    const QRectF r(m_lanes->geometry());
    return QRectF(r.topLeft() * m_scale, r.size() * m_scale);
}

double ClipFrames::lanesX(double ms) const
{
    if (!m_lanes)
        return 0;
    return (m_lanes->x() + m_lanes->xForTime(ms)) * m_scale;
}

void ClipFrames::setSidePanel(QWidget *panel)
{
    m_panel = panel;
    layout();
}

ClipFrameSource ClipFrames::source(RunPtr run, const ClipSpec &spec, QWidget *sidePanel)
{
    auto frames = std::make_shared<ClipFrames>(std::move(run), spec);
    if (sidePanel)
        frames->setSidePanel(sidePanel);
    return [frames](int index) { return frames->frame(index); };
}

}  // namespace lle
