// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplots.h"

#include "palette.h"
#include "textscale.h"
#include "runfigures.h"

#include <QGuiApplication>
#include <QPointer>

#include <algorithm>
#include <numeric>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>

namespace lle {

namespace {
/// draw() is protected: reached through a pointer to member formed in a derived class.
struct PlotAccess : QCustomPlot {
    static void drawInto(QCustomPlot &plot, QCPPainter *painter, const QSize &size)
    {
        const QRect oldViewport = plot.viewport();
        plot.setViewport(QRect(QPoint(0, 0), size));
        (plot.*(&PlotAccess::draw))(painter);
        plot.setViewport(oldViewport);
    }
};
}  // namespace

void drawPlotInto(QCustomPlot &plot, QCPPainter *painter, const QSize &size)
{
    PlotAccess::drawInto(plot, painter, size);
}

namespace {
/// Milliseconds on the steady clock, to line up the profile lines of the worker and the UI thread.
inline double profileStampMs()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count() % 1'000'000'000) / 1000.0;
}

/// A plot's text at `pt` points, larger in presentation mode (TextScale).
QFont smallFont(const QWidget *w, const QFont &base, double pt, bool bold = false)
{
    QFont f = TextScale::sized(w, base, pt);
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

/// Replots the plots that asked for one, one plot per event-loop turn. QCustomPlot's own queued
/// replot posts an event per plot, and posted events run back to back: four replots of a new run
/// in a row held the UI thread for their sum. A zero-interval timer lets input, the frame clock
/// and painting in between.
class ReplotQueue : public QObject {
public:
    static ReplotQueue &instance()
    {
        static auto *queue = new ReplotQueue(qApp);   // lives as long as the application
        return *queue;
    }
    void enqueue(QCustomPlot *plot)
    {
        for (const auto &p : m_queue)
            if (p == plot)
                return;
        m_queue.emplace_back(plot);
        if (!m_timer.isActive())
            m_timer.start();
    }

private:
    explicit ReplotQueue(QObject *parent) : QObject(parent)
    {
        m_timer.setInterval(0);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            while (!m_queue.empty()) {
                const QPointer<QCustomPlot> plot = m_queue.front();
                m_queue.pop_front();
                if (plot) {
                    plot->replot(QCustomPlot::rpRefreshHint);
                    break;
                }
            }
            if (!m_queue.empty())
                m_timer.start();
        });
    }
    std::deque<QPointer<QCustomPlot>> m_queue;
    QTimer m_timer;
};

/// A filled dot for a scatter series: a cached pixmap, the fast way to draw thousands. QCPScatterStyle
/// places a pixmap by its device pixels, so on a high-DPI screen (200 %) a vector circle keeps the
/// dots sharp and centred instead.
QCPScatterStyle dot(const QColor &fill, const QColor &outline, double diameter)
{
    if (qGuiApp && qGuiApp->devicePixelRatio() > 1.0)
        return QCPScatterStyle(QCPScatterStyle::ssCircle, outline == fill ? QPen(Qt::NoPen) : QPen(outline, 1), fill,
                               diameter);
    const int size = static_cast<int>(std::ceil(diameter)) + 1;
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(outline == fill ? QPen(Qt::NoPen) : QPen(outline, 1));
    p.setBrush(fill);
    const double inset = outline == fill ? 0.5 : 1.0;
    p.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
    return QCPScatterStyle(pm);
}
}  // namespace

// --- RunPlot ----------------------------------------------------------------------------------------

RunPlot::RunPlot(QWidget *parent) : QCustomPlot(parent)
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
    m_title = new QCPTextElement(this, QString(), smallFont(this, base, 9, true));
    m_title->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    top->addElement(0, 0, m_title);
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
    legend->setIconSize(14, 8);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(6);
    legend->setMargins(QMargins(2, 1, 2, 1));
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(0);

    for (QCPAxis *a : {xAxis, yAxis})
        a->setLabelPadding(2);
    applyFonts();

    addLayer(QStringLiteral("playhead"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_overlay = layer(QStringLiteral("playhead"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    m_playhead = new QCPItemStraightLine(this);
    m_playhead->setLayer(m_overlay);
    m_playhead->setPen(QPen(Palette::playhead(), 1.5));
    m_playhead->point1->setCoords(0, 0);
    m_playhead->point2->setCoords(0, 1);
    m_playhead->setClipToAxisRect(true);
    m_choice = new QCPItemRect(this);
    m_choice->setLayer(m_overlay);
    m_choice->setPen(QPen(Palette::playhead(), 1));
    m_choice->setBrush(Qt::NoBrush);
    for (QCPItemPosition *corner : {m_choice->topLeft, m_choice->bottomRight}) {
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_choice->setClipToAxisRect(true);
    m_choice->setVisible(false);
    Palette::followPalette(this);   // background, axes, grid, legend, titles: light or dark desktop

    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_replotTime.start(); });
    // The change labels' room depends on the axis rect, known only once the plot is laid out.
    connect(this, &QCustomPlot::afterLayout, this, &RunPlot::placeMarkerLabels);
    connect(this, &QCustomPlot::afterLayout, this, &RunPlot::fitAxisLabels);
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        static const bool profile = qEnvironmentVariableIsSet("LLE_PROFILE");
        if (profile && m_shownGeneration != m_pendingGeneration)
            std::fprintf(stderr, "%10.1f replot %s gen %llu: %.1f ms\n", profileStampMs(), metaObject()->className() + 5,
                         static_cast<unsigned long long>(m_pendingGeneration), double(m_replotTime.nsecsElapsed()) / 1e6);
        ++m_replots;
        m_sinceReplot.start();
        if (m_shownGeneration != m_pendingGeneration || m_pendingGeneration != 0) {
            m_shownGeneration = m_pendingGeneration;
            emit redrawn(m_shownGeneration);
        }
    });
    m_sinceReplot.start();
    m_replotTimer.setSingleShot(true);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] { ReplotQueue::instance().enqueue(this); });
}

void RunPlot::requestReplot(bool newRun)
{
    if (!isVisible()) {
        // Nothing on screen is out of date; draw when shown.
        m_replotWhenShown = true;
        if (m_shownGeneration != m_pendingGeneration) {
            m_shownGeneration = m_pendingGeneration;
            emit redrawn(m_shownGeneration);
        }
        return;
    }
    // The playhead moves up to 60 times a second; a plot read at a glance needs half of that,
    // and the UI thread gets the time for the lanes and for new runs.
    constexpr qint64 kMinIntervalMs = 33;
    const qint64 since = m_sinceReplot.elapsed();
    if (newRun || since >= kMinIntervalMs) {
        m_replotTimer.stop();
        ReplotQueue::instance().enqueue(this);
    } else if (!m_replotTimer.isActive()) {
        m_replotTimer.start(static_cast<int>(kMinIntervalMs - since));
    }
}

void RunPlot::showEvent(QShowEvent *e)
{
    QCustomPlot::showEvent(e);
    if (m_replotWhenShown) {
        m_replotWhenShown = false;
        ReplotQueue::instance().enqueue(this);
    }
}

void RunPlot::setTitle(const QString &title)
{
    m_title->setText(title);
}

void RunPlot::showSeries(QCPGraph *g, bool on)
{
    if (g->visible() == on)
        return;
    g->setVisible(on);
    if (on)
        g->addToLegend();
    else
        g->removeFromLegend();
}

void RunPlot::fitLegend()
{
    int need = legend->margins().left() + legend->margins().right();
    int items = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i); item && item->visible()) {
            need += item->minimumOuterSizeHint().width() + legend->columnSpacing();
            ++items;
        }
    const int wrap = need > width() - 12 ? (items + 1) / 2 : 0;
    if (legend->wrap() != wrap) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

void RunPlot::resizeEvent(QResizeEvent *e)
{
    fitLegend();
    QCustomPlot::resizeEvent(e);
}

void RunPlot::applyFonts()
{
    const QFont base = font();
    m_title->setFont(smallFont(this, base, 9, true));
    legend->setFont(smallFont(this, base, 8));
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            item->setFont(legend->font());
    for (QCPAxis *a : {xAxis, yAxis, xAxis2, yAxis2}) {
        a->setLabelFont(smallFont(this, base, 8.5));
        a->setTickLabelFont(smallFont(this, base, 8));
    }
}

void RunPlot::changeEvent(QEvent *e)
{
    // Presentation mode changes the application font: every text of the plot scales with it.
    if (e->type() == QEvent::FontChange || e->type() == QEvent::ApplicationFontChange) {
        applyFonts();
        fitLegend();
        ReplotQueue::instance().enqueue(this);
    }
    // Titles, legends and axis labels are drawn by QCustomPlot from strings it keeps: they are set
    // again in the new language, as are the change labels (they name the settings).
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        fitLegend();
        if (timeAxis())
            setupTimeAxis();
        for (auto *item : m_markers)
            removeItem(item);
        m_markers.clear();
        m_markedChanges = 0;
        updateMarkers();
        ReplotQueue::instance().enqueue(this);
    }
    QCustomPlot::changeEvent(e);
}

void RunPlot::removeFrom(QCPGraph *g, double x)
{
    g->data()->removeAfter(std::nextafter(x, -std::numeric_limits<double>::infinity()));
}

void RunPlot::retain(double, const RecordedRun &)
{
    rebuild();
}

void RunPlot::mousePressEvent(QMouseEvent *e)
{
    // Shift+drag over the data or the time axis below it chooses a stretch, as on the overview;
    // anything else is the plot's own (a click on a request).
    const QRect r = axisRect()->rect();
    const QPointF at = e->position();
    if (timeAxis() && m_run && e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier)
        && at.x() >= r.left() && at.x() <= r.right() && at.y() >= r.top()) {
        m_choiceFromMs = std::clamp(timeAtPixel(at.x()), 0.0, m_run->durationMs);
        m_choice->topLeft->setCoords(timeX(m_choiceFromMs), 0);
        m_choice->bottomRight->setCoords(timeX(m_choiceFromMs), 1);
        m_choice->setVisible(true);
        m_overlay->replot();
        return;
    }
    QCustomPlot::mousePressEvent(e);
}

void RunPlot::mouseMoveEvent(QMouseEvent *e)
{
    if (m_choiceFromMs < 0 || !m_run) {
        QCustomPlot::mouseMoveEvent(e);
        return;
    }
    m_choice->bottomRight->setCoords(timeX(std::clamp(timeAtPixel(e->position().x()), 0.0, m_run->durationMs)), 1);
    m_overlay->replot();
}

void RunPlot::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_choiceFromMs < 0 || e->button() != Qt::LeftButton) {
        QCustomPlot::mouseReleaseEvent(e);
        return;
    }
    const double a = m_choiceFromMs;
    m_choiceFromMs = -1;
    m_choice->setVisible(false);
    m_overlay->replot();
    if (!m_run)
        return;
    const double b = std::clamp(timeAtPixel(e->position().x()), 0.0, m_run->durationMs);
    const double from = std::min(a, b), to = std::max(a, b);
    // A Shift+click chooses the interval under it (the stretch is widened to whole intervals).
    emit stretchSelected(from, std::max(to, std::min(from + 1, m_run->durationMs)));
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
    } else if (durationS > 3 * 86400) {
        m_timeUnit = 86400;
        unit = tr("simulated time (days)");
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
    const RunPtr old = std::move(m_run);
    m_run = std::move(run);
    if (durationChanged && timeAxis())
        setupTimeAxis();
    m_pendingGeneration = m_run ? m_run->generation : 0;
    const double same = old && m_run && !durationChanged ? m_run->agreesWithBefore(*old) : 0;
    if (same > 0) {
        // Only the tail changed: keep what is drawn before it.
        retain(std::min(same, m_shownT), *old);
        advance(std::min(same, m_shownT), m_t);
    } else {
        rebuild();
    }
    m_shownT = m_t;
    updateRanges();
    // A new set of change markers (labels may differ even where the times agree).
    for (auto *item : m_markers)
        removeItem(item);
    m_markers.clear();
    m_markedChanges = 0;
    updateMarkers();
    requestReplot(true);
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
    requestReplot(false);
}

void RunPlot::fitAxisLabels()
{
    int i = 0;
    for (QCPAxis *a : {xAxis, yAxis}) {
        AxisText &t = m_axisText[i++];
        if (a->label() != t.shown)   // set anew: a language or a unit
            t.full = a->label();
        const double room = a->orientation() == Qt::Vertical ? axisRect()->height() : axisRect()->width();
        const QFontMetricsF fm(a->labelFont());
        QString shown = t.full;
        const qsizetype open = shown.lastIndexOf(QLatin1Char('('));
        if (fm.horizontalAdvance(shown) > room && open > 0 && shown.endsWith(QLatin1Char(')')))
            shown = shown.mid(open + 1, shown.size() - open - 2);
        t.shown = shown;
        if (a->label() != shown)
            a->setLabel(shown);
    }
}

void RunPlot::placeMarkerLabels()
{
    // A label reads leftwards from its line, unless there is no room on the left (a change near
    // the start of the axis): then rightwards; with room on neither side it takes the larger and
    // is shortened to it, so that it never crosses its line nor leaves the plot.
    const auto place = [this](QCPItemText *label) {
        const QString full = label->property("fullText").toString();
        const QFontMetricsF fm(label->font());
        const double x = xAxis->coordToPixel(label->position->coords().x());
        const double left = x - axisRect()->left(), right = axisRect()->right() - x;
        constexpr double kPadding = 6;   // the label's own padding and a pixel each side
        const double width = fm.horizontalAdvance(full) + kPadding;
        const Qt::Alignment side = left >= width ? Qt::AlignRight
                                 : right >= width ? Qt::AlignLeft
                                 : left > right  ? Qt::AlignRight : Qt::AlignLeft;
        const double room = side == Qt::AlignRight ? left : right;
        const QString text = width <= room ? full : fm.elidedText(full, Qt::ElideRight, std::max(0.0, room - kPadding));
        if (label->text() != text)
            label->setText(text);
        if (!(label->positionAlignment() & side))
            label->setPositionAlignment(side | Qt::AlignTop);
    };
    // Labels that would overlap a newer one are hidden (their lines stay): changes close in time
    // would otherwise pile their texts on each other.
    const auto declutter = [this] {
        std::vector<QRectF> kept;
        const QCPAxisRect *area = axisRect();
        for (auto it = m_markers.rbegin(); it != m_markers.rend(); ++it) {
            auto *label = qobject_cast<QCPItemText *>(*it);
            if (!label)
                continue;
            const QFontMetricsF fm(label->font());
            const double w = fm.horizontalAdvance(label->text()) + 6, h = fm.height();
            const double x = xAxis->coordToPixel(label->position->coords().x());
            const double y = area->top() + label->position->coords().y() * area->height();
            const QRectF r(label->positionAlignment() & Qt::AlignRight ? x - w : x, y, w, h);
            const bool free = std::none_of(kept.begin(), kept.end(), [&](const QRectF &k) { return k.intersects(r); });
            label->setVisible(free);
            if (free)
                kept.push_back(r);
        }
    };
    for (auto *item : m_markers)
        if (auto *label = qobject_cast<QCPItemText *>(item))
            place(label);
    declutter();
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
                                                   [this](const ChangeMark &c) { return !c.settings.empty() && c.atMs <= m_t; })
                                   : 0;
    if (want == m_markedChanges && !m_markers.empty()) {
        placeMarkerLabels();   // positions only (the axis range moved)
        return;
    }
    for (auto *item : m_markers)
        removeItem(item);
    m_markers.clear();
    m_markedChanges = want;
    if (!m_run)
        return;
    // A line for every change, a label for the newest few only: more would overlap and cost a
    // text layout each on every replot.
    constexpr std::size_t kLabels = 3;
    std::size_t index = 0;
    for (const auto &c : m_run->changes) {
        // A change that sets only values already in effect changes nothing: no line.
        if (c.settings.empty() || c.atMs > m_t)
            continue;
        auto *line = new QCPItemStraightLine(this);
        line->setPen(QPen(Palette::changeMarker(), 1.5, Qt::DashLine));
        line->point1->setCoords(timeX(c.atMs), 0);
        line->point2->setCoords(timeX(c.atMs), 1);
        m_markers.push_back(line);
        if (index++ + kLabels < want)
            continue;
        auto *label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(timeX(c.atMs), 0.02 + 0.11 * double((want - index) % kLabels));
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setProperty("fullText", Vocabulary::changeLabel(c));
        label->setText(Vocabulary::changeLabel(c));
        label->setFont(smallFont(this, font(), 8));
        const Chrome chrome = Palette::chrome();
        label->setColor(chrome.dark ? Palette::changeMarker().lighter(125) : Palette::changeMarker().darker(170));
        label->setBrush(chrome.labelBackground);
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setClipToAxisRect(true);
        m_markers.push_back(label);
    }
    placeMarkerLabels();
}

// --- LatencyPlot ---------------------------------------------------------------------------------------

LatencyPlot::LatencyPlot(QWidget *parent) : RunPlot(parent)
{
    m_graphs[0] = addSeries(QString(), Palette::coldStart(), true);
    m_graphs[1] = addSeries(QString(), Palette::warmStart(), true);
    m_graphs[2] = addSeries(QString(), Palette::provisioned(), true);
    m_graphs[3] = addSeries(QString(), Palette::snapStart(), true);
    // Dots are pixmaps drawn once: QPainter draws a pixmap some fifteen times faster than an
    // ellipse, which makes the difference between 2 and 30 ms a replot with 20,000 points.
    // Yellow dots need an outline to be seen on white.
    m_graphs[0]->setScatterStyle(QCPScatterStyle(dot(Palette::coldStart(), Palette::coldStart().darker(130), 6)));
    m_graphs[1]->setScatterStyle(QCPScatterStyle(dot(Palette::warmStart(), Palette::warmStart(), 4.5)));
    m_graphs[2]->setScatterStyle(QCPScatterStyle(dot(Palette::provisioned(), Palette::provisioned(), 4.5)));
    m_graphs[3]->setScatterStyle(QCPScatterStyle(dot(Palette::snapStart(), QColor(0x80, 0x78, 0x00), 6.5)));
    // Past what can be drawn dot by dot: the simulator's per-bucket p50, p99 and maximum, the
    // sampled dots only as an overlay.
    m_bands[0] = addSeries(QString(), Palette::warmStart().darker(140), false);
    m_bands[1] = addSeries(QString(), Palette::coldStart(), false);
    m_bands[2] = addSeries(QString(), Palette::chrome().outline, false);
    m_bands[2]->setPen(QPen(Palette::chrome().outline, 1, Qt::DotLine));
    for (auto *g : m_bands) {
        g->setLineStyle(QCPGraph::lsStepRight);
        g->setVisible(false);
        g->removeFromLegend();
    }
    m_stretchGraphs[0] = addSeries(QString(), Palette::coldStart(), true);
    m_stretchGraphs[1] = addSeries(QString(), Palette::warmStart(), true);
    m_stretchGraphs[0]->setScatterStyle(QCPScatterStyle(dot(Palette::coldStart(), Palette::coldStart().darker(130), 6)));
    m_stretchGraphs[1]->setScatterStyle(QCPScatterStyle(dot(Palette::warmStart(), Palette::warmStart(), 3)));
    for (auto *g : m_stretchGraphs) {
        g->setVisible(false);
        g->removeFromLegend();
    }
    m_sampling = new QCPItemText(this);
    m_sampling->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_sampling->position->setCoords(0.99, 0.02);
    m_sampling->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_sampling->setFont(smallFont(this, font(), 8));
    m_sampling->setColor(Palette::chrome().text);
    m_sampling->setBrush(Palette::chrome().labelBackground);
    m_sampling->setPadding(QMargins(3, 1, 3, 1));
    m_sampling->setClipToAxisRect(true);
    m_sampling->setVisible(false);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    yAxis->setTicker(ticker);
    yAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->setRange(1, 1000);
    setupTimeAxis();
    retranslate();
    m_mark = new QCPItemTracer(this);
    m_mark->setLayer(overlayLayer());
    m_mark->setStyle(QCPItemTracer::tsCircle);
    m_mark->setSize(16);
    m_mark->setPen(QPen(Palette::chrome().text, 2.5));
    m_mark->setClipToAxisRect(true);
    m_mark->setVisible(false);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (const quint64 id = invocationAt(e->position()))
            emit invocationClicked(id);
    });
}

void LatencyPlot::retranslate()
{
    setTitle(tr("Latency per request"));
    m_graphs[0]->setName(tr("cold"));
    m_graphs[1]->setName(tr("warm"));
    m_graphs[2]->setName(tr("provisioned"));
    m_graphs[3]->setName(tr("SnapStart"));
    m_bands[0]->setName(tr("p50"));
    m_bands[1]->setName(tr("p99"));
    m_bands[2]->setName(tr("max"));
    m_stretchGraphs[0]->setName(tr("cold"));
    m_stretchGraphs[1]->setName(tr("warm"));
    yAxis->setLabel(tr("latency (ms, log)"));
    updateSampling();
}

void LatencyPlot::setStretch(StretchPtr stretch)
{
    m_stretch = std::move(stretch);
    const bool on = m_stretch != nullptr;
    for (auto *g : m_stretchGraphs) {
        g->data()->clear();
        g->setVisible(on);
        if (on)
            g->addToLegend();
        else
            g->removeFromLegend();
    }
    for (auto *g : m_graphs) {
        g->setVisible(!on);
        if (on)
            g->removeFromLegend();
        else
            g->addToLegend();
    }
    if (on) {
        std::array<QVector<double>, 2> keys, values;
        for (const InvocationRecord &r : m_stretch->requests) {
            if (r.kind != RequestKind::Request || r.startType == StartType::Throttled)
                continue;
            const std::size_t s = r.isCold() ? 0 : 1;
            keys[s].push_back(timeX(r.endMs));
            values[s].push_back(std::max(r.latencyMs, 0.01));
        }
        for (std::size_t s = 0; s < 2; ++s)
            m_stretchGraphs[s]->setData(keys[s], values[s], true);
    }
    updateSampling();
    updateRanges();
    requestReplot(true);
}

void LatencyPlot::updateSampling()
{
    // Requests are sampled once there are more than the recorder keeps: the bands take over and
    // the dots say how many they stand for.
    const std::uint64_t stride = m_run ? m_run->invocationStride : 1;
    m_oneIn = m_stretch ? 1 : stride * m_thin;
    const bool sampled = stride > 1 && !m_stretch;
    for (auto *g : m_bands)
        showSeries(g, sampled);
    m_sampling->setVisible(sampled || m_stretch);
    if (m_stretch)
        m_sampling->setText(tr("every request from %1 to %2, simulated again")
                                .arg(Format::simTime(m_stretch->fromMs), Format::simTime(m_stretch->toMs))
                            + QStringLiteral(": ")
                            + tr("%1 requests, %2 cold, %3")
                                  .arg(Format::count(m_stretch->completed),
                                       Format::count(m_stretch->cold), Format::usd(m_stretch->costUsd())));
    else if (sampled)
        m_sampling->setText(tr("1 in %1 requests shown").arg(Format::count(m_oneIn)));
    fitLegend();
}

void LatencyPlot::advanceBands(double toMs)
{
    if (!m_run || m_run->invocationStride <= 1)
        return;
    const RecordedRun &run = *m_run;
    const double bucketMs = run.bucketS * 1000.0;
    // The bucket holding the playhead is drawn once it is closed: a bucket is known as a whole.
    const auto until = std::min(RunFigures::closedBuckets(run),
                                static_cast<std::size_t>(std::max(0.0, std::ceil(std::min(toMs, run.durationMs) / bucketMs))));
    std::array<QVector<double>, 3> keys, values;
    for (; m_nextBucket < until; ++m_nextBucket) {
        const MetricsRow &row = run.metrics[m_nextBucket];
        if (row.completed == 0)
            continue;
        const double max = m_nextBucket < run.bucketLatency.size() ? run.bucketLatency[m_nextBucket]->max() : row.p99Ms;
        const double v[3] = {std::max(row.p50Ms, 0.01), std::max(row.p99Ms, 0.01), std::max(max, 0.01)};
        for (std::size_t i = 0; i < 3; ++i) {
            keys[i].push_back(timeX(row.tS * 1000.0));
            values[i].push_back(v[i]);
        }
        m_min = std::min(m_min, v[0]);
        m_max = std::max(m_max, v[2]);
    }
    for (std::size_t i = 0; i < 3; ++i)
        if (!keys[i].isEmpty())
            m_bands[i]->addData(keys[i], values[i], true);
}

quint64 LatencyPlot::invocationAt(const QPointF &pos) const
{
    // The dots are at (completion time, latency); the nearest request drawn within a few pixels.
    if (!m_run || !axisRect()->rect().contains(pos.toPoint()))
        return 0;
    constexpr double kReachPx = 6;
    const double fromMs = xAxis->pixelToCoord(pos.x() - kReachPx) * m_timeUnit * 1000.0;
    const double toMs = xAxis->pixelToCoord(pos.x() + kReachPx) * m_timeUnit * 1000.0;
    quint64 best = 0;
    double bestD2 = kReachPx * kReachPx;
    auto consider = [&](const InvocationRecord &r) {
        const double dx = xAxis->coordToPixel(timeX(r.endMs)) - pos.x();
        const double dy = yAxis->coordToPixel(std::max(r.latencyMs, 0.01)) - pos.y();
        if (dx * dx + dy * dy <= bestD2) {
            bestD2 = dx * dx + dy * dy;
            best = r.id;
        }
    };
    // Requests are in order of completion, the x of their dots: a binary search finds the
    // columns within reach and only those are looked at, every one of them (a cap on candidates
    // missed the dots under the click in dense plots). 100,000 requests in reach cost ~1 ms.
    if (m_stretch) {
        // Every request of the stretch is drawn, none of the run's sample: search what is drawn
        // (the sample's dots under the click were picked instead).
        const auto &all = m_stretch->requests;
        auto i = std::partition_point(all.begin(), all.end(), [&](const InvocationRecord &r) { return r.endMs < fromMs; });
        for (; i != all.end() && i->endMs <= toMs; ++i)
            if (i->kind == RequestKind::Request && i->startType != StartType::Throttled)
                consider(*i);
        return best;
    }
    const auto &inv = m_run->invocations;
    const std::size_t end = m_run->invocationsUntil(std::min(toMs, m_shownT));
    for (std::size_t i = m_run->invocationsBefore(fromMs); i < end; ++i) {
        const InvocationRecord &r = inv[i];
        const int s = seriesOf(r.startedAs);
        if (r.kind != RequestKind::Request || s < 0 || ((s == 1 || s == 2) && r.id % m_thin != 0))
            continue;
        consider(r);
    }
    return best;
}

const InvocationRecord *LatencyPlot::drawnInvocation(quint64 id) const
{
    if (m_stretch) {
        for (const InvocationRecord &r : m_stretch->requests)
            if (r.id == id)
                return &r;
        return nullptr;
    }
    if (m_run)
        for (const InvocationRecord &r : m_run->invocations)
            if (r.id == id)
                return &r;
    return nullptr;
}

void LatencyPlot::markInvocation(const InvocationRecord *r)
{
    m_marked = r ? r->id : 0;
    m_mark->setVisible(r);
    if (r)
        m_mark->position->setCoords(timeX(r->endMs), std::max(r->latencyMs, 0.01));
    overlayLayer()->replot();
}

QCPGraph *LatencyPlot::series(StartType s) const
{
    const int i = seriesOf(s);
    return i < 0 ? nullptr : m_graphs[static_cast<std::size_t>(i)];
}

std::uint64_t LatencyPlot::thinFor(const RecordedRun &run)
{
    // At high rates warm and provisioned points are thinned to about kMaxPoints for the whole run
    // (cold and SnapStart starts are rare and always drawn): a scatter of 200,000 points costs
    // tens of milliseconds a frame and shows nothing more. A partial run is extrapolated.
    constexpr double kMaxPoints = 20'000;
    double expected = double(run.invocations.size());
    if (!run.finished && run.recordedUntilMs > 0 && run.recordedUntilMs < run.durationMs)
        expected *= run.durationMs / run.recordedUntilMs;
    return static_cast<std::uint64_t>(std::max(1.0, std::ceil(expected / kMaxPoints)));
}

void LatencyPlot::rebuild()
{
    // Another run: the ringed request may be elsewhere or gone.
    if (m_marked)
        markInvocation(nullptr);
    for (auto *g : m_graphs)
        g->data()->clear();
    for (auto *g : m_bands)
        g->data()->clear();
    m_next = 0;
    m_nextBucket = 0;
    m_min = 1e300;
    m_max = 0;
    m_thin = m_run ? thinFor(*m_run) : 1;
    updateSampling();
    advance(-1, m_t);
}

void LatencyPlot::retain(double cutMs, const RecordedRun &)
{
    // The thinning is kept unless the new run is much larger or smaller (so the points before the
    // cut stay the ones that would be drawn).
    const std::uint64_t thin = thinFor(*m_run);
    if (thin > 2 * m_thin || 2 * thin < m_thin) {
        rebuild();
        return;
    }
    m_next = std::min(m_next, m_run->invocationsBefore(cutMs));
    for (auto *g : m_graphs)
        removeFrom(g, timeX(cutMs));
    // Bands of buckets wholly before the cut stay.
    const double bucketMs = m_run->bucketS * 1000.0;
    m_nextBucket = std::min(m_nextBucket, static_cast<std::size_t>(std::max(0.0, std::floor(cutMs / bucketMs))));
    for (auto *g : m_bands)
        removeFrom(g, timeX(double(m_nextBucket) * bucketMs));
    updateSampling();
    rangeFromData();
}

void LatencyPlot::rangeFromData()
{
    m_min = 1e300;
    m_max = 0;
    std::array<QCPGraph *, 7> all{m_graphs[0], m_graphs[1], m_graphs[2], m_graphs[3], m_bands[0], m_bands[1], m_bands[2]};
    for (auto *g : all) {
        bool found = false;
        const QCPRange r = g->getValueRange(found);
        if (found) {
            m_min = std::min(m_min, r.lower);
            m_max = std::max(m_max, r.upper);
        }
    }
}

void LatencyPlot::advance(double, double toMs)
{
    if (!m_run)
        return;
    const auto &inv = m_run->invocations;
    std::array<QVector<double>, 4> keys, values;
    while (m_next < inv.size() && inv[m_next].endMs <= toMs) {
        const auto &r = inv[m_next++];
        if (r.kind != RequestKind::Request)
            continue;
        const int s = seriesOf(r.startedAs);
        if (s < 0)
            continue;
        // By request id, so that a run recomputed after a change thins its history the same way.
        if ((s == 1 || s == 2) && r.id % m_thin != 0)
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
    advanceBands(toMs);
}

void LatencyPlot::updateRanges()
{
    fitTimeRange();
    if (m_stretch) {
        xAxis->setRange(timeX(m_stretch->fromMs), timeX(m_stretch->toMs));
        return;
    }
    if (m_max > 0) {
        const double lo = std::pow(10.0, std::floor(std::log10(m_min)));
        const double hi = std::pow(10.0, std::ceil(std::log10(m_max * 1.05)));
        yAxis->setRange(lo, std::max(hi, lo * 100));
    }
}

// --- CdfPlot -------------------------------------------------------------------------------------------

CdfPlot::CdfPlot(QWidget *parent) : RunPlot(parent)
{
    m_cold = addSeries(QString(), Palette::coldStart(), false);
    m_warm = addSeries(QString(), Palette::warmStart(), false);
    m_all = addSeries(QString(), Palette::chrome().text, false);
    m_cold->setLineStyle(QCPGraph::lsStepLeft);
    m_warm->setLineStyle(QCPGraph::lsStepLeft);
    m_all->setVisible(false);
    m_all->removeFromLegend();
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    xAxis->setTicker(ticker);
    xAxis->setNumberFormat(QStringLiteral("gb"));
    yAxis->setRange(0, 1.05);
    xAxis->setRange(1, 1000);
    auto mk = [this](QCPItemStraightLine *&line, QCPItemText *&label) {
        line = new QCPItemStraightLine(this);
        line->setPen(QPen(Palette::chrome().edge, 1, Qt::DashLine));
        label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setFont(smallFont(this, font(), 8));
        label->setBrush(Palette::chrome().labelBackground);
        label->setColor(Palette::chrome().text);
        label->setClipToAxisRect(true);
    };
    mk(m_p50, m_p50Label);
    mk(m_p99, m_p99Label);
    retranslate();
}

void CdfPlot::retranslate()
{
    setTitle(tr("Latency CDF"));
    m_cold->setName(tr("cold"));
    m_warm->setName(tr("warm"));
    m_all->setName(tr("all requests"));
    xAxis->setLabel(tr("latency (ms, log)"));
    yAxis->setLabel(tr("share ≤ x"));
    if (!m_coldBins.empty())
        updateCurves();   // the p50/p99 labels
    else if (fromSketches()) {
        m_sketchBuckets = static_cast<std::size_t>(-1);
        updateFromSketches();
    }
}

bool CdfPlot::fromSketches() const
{
    return m_run && m_run->invocationStride > 1 && !m_run->bucketLatency.empty();
}

void CdfPlot::updateFromSketches()
{
    // Every request completed in the buckets up to the one holding the playhead (once closed),
    // from the simulator's sketches: the curve of the run, not of the sample.
    const RecordedRun &run = *m_run;
    const double bucketMs = run.bucketS * 1000.0;
    const auto buckets = std::min(RunFigures::closedBuckets(run),
                                  static_cast<std::size_t>(std::max(0.0, std::ceil(std::min(m_t, run.durationMs) / bucketMs))));
    if (buckets == m_sketchBuckets)
        return;
    m_sketchBuckets = buckets;
    const QuantileSketch s = RunFigures::latency(run, 0, buckets);
    QVector<double> k, v;
    if (s.count() > 0) {
        constexpr int kSteps = 400;
        for (int i = 0; i <= kSteps; ++i) {
            const double q = double(i) / kSteps;
            const double x = std::max(i == 0 ? s.min() : s.quantile(q), 0.01);
            if (!k.isEmpty() && x <= k.back()) {
                v.back() = q;
                continue;
            }
            k.push_back(x);
            v.push_back(q);
        }
    }
    m_all->setData(k, v, true);
    if (!showPercentiles(s.count() > 0, s.quantile(0.5), s.quantile(0.99)))
        return;
    setLatencyRange(k.front(), k.back());
}

bool CdfPlot::showPercentiles(bool any, double p50, double p99)
{
    for (auto *item : {static_cast<QCPAbstractItem *>(m_p50), static_cast<QCPAbstractItem *>(m_p99),
                       static_cast<QCPAbstractItem *>(m_p50Label), static_cast<QCPAbstractItem *>(m_p99Label)})
        item->setVisible(any);
    if (!any)
        return false;
    m_p50->point1->setCoords(p50, 0);
    m_p50->point2->setCoords(p50, 1);
    m_p99->point1->setCoords(p99, 0);
    m_p99->point2->setCoords(p99, 1);
    m_p50Label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_p99Label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_p50Label->position->setCoords(p50, 0.45);
    m_p50Label->setText(tr("p50 %1").arg(Format::ms(p50)));
    m_p99Label->position->setCoords(p99, 0.22);
    m_p99Label->setText(tr("p99 %1").arg(Format::ms(p99)));
    return true;
}

void CdfPlot::setLatencyRange(double lo, double hi)
{
    // Whole decades on the log axis, with room beyond the slowest request.
    xAxis->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi * 1.05))));
}

void CdfPlot::rebuild()
{
    const bool sketches = fromSketches();
    for (auto [g, on] : {std::pair{m_all, sketches}, std::pair{m_cold, !sketches}, std::pair{m_warm, !sketches}})
        showSeries(g, on);
    fitLegend();
    m_sketchBuckets = static_cast<std::size_t>(-1);
    if (sketches) {
        m_cold->data()->clear();
        m_warm->data()->clear();
        m_coldBins.clear();
        m_warmBins.clear();
        updateFromSketches();
        return;
    }
    m_all->data()->clear();
    m_coldBins.assign(kBins, 0);
    m_warmBins.assign(kBins, 0);
    m_coldCount = m_warmCount = 0;
    m_next = 0;
    advance(-1, m_t);
    updateCurves();
}

void CdfPlot::count(const InvocationRecord &r, int delta)
{
    if (r.kind != RequestKind::Request || r.startType == StartType::Throttled)
        return;
    const auto b = static_cast<std::size_t>(binOf(r.latencyMs));
    if (r.isCold())
        m_coldBins[b] += delta, m_coldCount += delta;
    else
        m_warmBins[b] += delta, m_warmCount += delta;
}

void CdfPlot::retain(double cutMs, const RecordedRun &old)
{
    if (fromSketches() || old.invocationStride > 1 || m_coldBins.size() != kBins) {
        rebuild();
        return;
    }
    // Take back what the old run counted from the cut on.
    const std::size_t keep = std::min(m_next, m_run->invocationsBefore(cutMs));
    for (std::size_t i = keep; i < m_next && i < old.invocations.size(); ++i)
        count(old.invocations[i], -1);
    m_next = keep;
    updateCurves();
}

void CdfPlot::advance(double, double toMs)
{
    // Histograms over log bins, kept as the playhead moves: the curve has at most kBins steps.
    if (!m_run)
        return;
    if (fromSketches()) {
        updateFromSketches();
        return;
    }
    if (m_coldBins.size() != kBins) {
        m_coldBins.assign(kBins, 0);
        m_warmBins.assign(kBins, 0);
    }
    const std::size_t n = m_run->invocationsUntil(toMs);
    if (n <= m_next)
        return;
    for (; m_next < n; ++m_next)
        count(m_run->invocations[m_next], +1);
    updateCurves();
}

void CdfPlot::updateCurves()
{
    auto curve = [](const std::vector<std::int64_t> &h, std::int64_t total, QCPGraph *g) {
        QVector<double> k, v;
        if (total > 0) {
            std::int64_t acc = 0;
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
    curve(m_coldBins, m_coldCount, m_cold);
    curve(m_warmBins, m_warmCount, m_warm);
    // p50 and p99 of all requests.
    const std::int64_t total = m_coldCount + m_warmCount;
    auto quantile = [&](double q) {
        const auto target = static_cast<std::int64_t>(std::ceil(q * double(total)));
        std::int64_t acc = 0;
        for (int b = 0; b < kBins; ++b) {
            acc += m_coldBins[static_cast<std::size_t>(b)] + m_warmBins[static_cast<std::size_t>(b)];
            if (acc >= target)
                return binUpper(b);
        }
        return binUpper(kBins - 1);
    };
    if (!showPercentiles(total > 0, quantile(0.5), quantile(0.99)))
        return;
    // Range over both curves.
    double lo = 1e300, hi = 0;
    for (auto *g : {m_cold, m_warm}) {
        if (g->data()->isEmpty())
            continue;
        lo = std::min(lo, g->data()->constBegin()->key);
        hi = std::max(hi, (g->data()->constEnd() - 1)->key);
    }
    if (hi > 0)
        setLatencyRange(lo, hi);
}

// --- CostPlot ------------------------------------------------------------------------------------------

CostPlot::CostPlot(QWidget *parent) : RunPlot(parent)
{
    m_lines[0] = addSeries(QString(), Palette::requestsCost(), false);
    m_lines[1] = addSeries(QString(), Palette::warmStart(), false);
    m_lines[2] = addSeries(QString(), Palette::coldStart(), false);
    m_lines[3] = addSeries(QString(), Palette::provisioned(), false);
    m_lines[4] = addSeries(QString(), QColor(colours::costLine("snapstart_cache")), false);
    const QColor outline = Palette::chrome().outline;   // light or dark desktop
    m_lines[5] = addSeries(QString(), outline, false);
    m_lines[5]->setPen(QPen(outline, 1.6, Qt::DotLine));
    m_lines[6] = addSeries(QString(), outline, false);
    m_lines[6]->setPen(QPen(outline, 1.6, Qt::DashDotLine));
    m_lines[7] = addSeries(QString(), QColor(colours::costLine("instances")), false);
    m_lines[8] = addSeries(QString(), QColor(colours::costLine("tenant_environments")), false);
    yAxis->setNumberFormat(QStringLiteral("f"));
    setupTimeAxis();
    retranslate();
    showOptionalLines();
}

void CostPlot::retranslate()
{
    setTitle(tr("Cost so far by line item"));
    const char *names[] = {QT_TR_NOOP("requests"), QT_TR_NOOP("duration"), QT_TR_NOOP("init"),
                           QT_TR_NOOP("provisioned"), QT_TR_NOOP("SnapStart"), QT_TR_NOOP("ephemeral storage"),
                           QT_TR_NOOP("free tier credit"), QT_TR_NOOP("instances and fee"),
                           QT_TR_NOOP("tenants and streaming")};
    static_assert(std::size(names) == CostSeries::kCount);
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        m_lines[i]->setName(tr(names[i]));
    yAxis->setLabel(tr("cost (USD)"));
}

void CostPlot::showOptionalLines()
{
    // Ephemeral storage and the free tier only when the scenario has them at some point: two
    // lines at zero would only crowd the legend.
    bool ephemeral = false, freeTier = false, managed = false, tenants = false;
    if (m_run) {
        for (const auto &p : m_run->periods) {
            const FunctionSpec &f = p.scenario.function;
            ephemeral = ephemeral || f.ephemeralStorageMb > 512;
            freeTier = freeTier || p.scenario.pricing.freeTier;
            managed = managed || f.compute == ComputeKind::ManagedInstances;
            tenants = tenants || f.tenantIsolation || f.handler.responseMb > 6;
        }
    }
    for (auto [g, on] : {std::pair{m_lines[5], ephemeral}, std::pair{m_lines[6], freeTier},
                         std::pair{m_lines[7], managed}, std::pair{m_lines[8], tenants}})
        showSeries(g, on);
    fitLegend();
}

void CostPlot::rebuild()
{
    for (auto *g : m_lines)
        g->data()->clear();
    m_next = 0;
    m_min = m_max = 0;
    showOptionalLines();
    advance(-1, m_t);
}

void CostPlot::retain(double cutMs, const RecordedRun &)
{
    const double bucketMs = m_run->bucketS * 1000.0;
    const auto whole = static_cast<std::size_t>(std::max(0.0, std::floor(cutMs / bucketMs)));
    const std::size_t keep = std::min(m_next, whole);
    if (keep == 0) {
        rebuild();
        return;
    }
    // Points sit at bucket ends; the one of the last bucket kept stays.
    for (auto *g : m_lines)
        g->data()->removeAfter(timeX(std::min(double(keep) * bucketMs, m_run->durationMs)));
    m_next = keep;
    showOptionalLines();
    m_min = m_max = 0;
    for (auto *g : m_lines) {
        bool found = false;
        const QCPRange r = g->getValueRange(found);
        if (found) {
            m_min = std::min(m_min, r.lower);
            m_max = std::max(m_max, r.upper);
        }
    }
}

void CostPlot::placeTail(double toMs)
{
    // Points sit at bucket ends; past the last one drawn, the bill interpolated at the playhead.
    const double bucketMs = m_run->bucketS * 1000.0;
    const double lastMs = std::min(double(m_next) * bucketMs, m_run->durationMs);
    for (auto *g : m_lines)
        g->data()->removeAfter(timeX(lastMs));
    const double t = std::min(toMs, m_run->durationMs);
    if (t <= lastMs || RunFigures::closedBuckets(*m_run) == 0)
        return;
    const CostSeries c = CostSeries::of(m_run->costAt(t));
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i]->data()->isEmpty())
            m_lines[i]->addData(0, 0);
        m_lines[i]->addData(timeX(t), c.values[i]);
        m_max = std::max(m_max, c.values[i]);
        m_min = std::min(m_min, c.values[i]);
    }
}

void CostPlot::advance(double, double toMs)
{
    if (!m_run || m_run->metrics.empty())
        return;
    const std::size_t until = m_run->bucketsUntil(toMs);
    std::array<QVector<double>, CostSeries::kCount> keys, values;
    const double bucketMs = m_run->bucketS * 1000.0;
    for (auto *g : m_lines)   // the tail point at the old playhead
        g->data()->removeAfter(timeX(std::min(double(m_next) * bucketMs, m_run->durationMs)));
    if (m_next == 0 && until > 0 && m_lines[0]->data()->isEmpty()) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            keys[i].push_back(0);
            values[i].push_back(0);
        }
    }
    for (; m_next < until; ++m_next) {
        const double end = std::min(double(m_next + 1) * bucketMs, m_run->durationMs);
        const CostSeries c = CostSeries::of(m_run->metrics[m_next].costLinesCum);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            keys[i].push_back(timeX(end));
            values[i].push_back(c.values[i]);
            m_max = std::max(m_max, c.values[i]);
            m_min = std::min(m_min, c.values[i]);
        }
    }
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (!keys[i].isEmpty())
            m_lines[i]->addData(keys[i], values[i], true);
    placeTail(toMs);
}

void CostPlot::updateRanges()
{
    fitTimeRange();
    const double top = m_max > 0 ? m_max * 1.1 : 0.0001;
    const double bottom = m_min < 0 ? m_min * 1.1 : 0.0;   // the free tier credit is negative
    yAxis->setRange(bottom, top);
    // Enough decimals for the tick step: $0.00012, not 1.2E-04.
    yAxis->setNumberPrecision(std::clamp(1 - static_cast<int>(std::floor(std::log10((top - bottom) / 5))), 0, 8));
}

// --- EnvironmentsPlot ---------------------------------------------------------------------------------

EnvironmentsPlot::EnvironmentsPlot(QWidget *parent) : RunPlot(parent)
{
    m_lines[0] = addSeries(QString(), Palette::phase(Phase::Invoke), false);
    m_lines[1] = addSeries(QString(), Palette::phase(Phase::FunctionInit), false);
    m_lines[2] = addSeries(QString(), Palette::phase(Phase::Frozen), false);
    m_lines[3] = addSeries(QString(), Palette::provisioned(), false);
    m_lines[3]->setPen(QPen(Palette::provisioned(), 2, Qt::DashLine));
    m_lines[4] = addSeries(QString(), Palette::chrome().outline, false);
    m_lines[4]->setPen(QPen(Palette::chrome().outline, 1, Qt::DotLine));
    for (auto *g : m_lines)
        g->setLineStyle(QCPGraph::lsStepRight);
    setupTimeAxis();
    retranslate();
}

void EnvironmentsPlot::retranslate()
{
    setTitle(tr("Environments"));
    m_lines[0]->setName(tr("busy"));
    m_lines[1]->setName(tr("initialising"));
    // Managed Instances environments never freeze: the same level is idle capacity there.
    const bool managed = m_run && !m_run->periods.empty()
                      && m_run->periods.front().scenario.function.compute == ComputeKind::ManagedInstances;
    m_lines[2]->setName(managed ? tr("idle (never frozen)") : tr("frozen"));
    m_lines[3]->setName(tr("provisioned"));
    m_lines[4]->setName(tr("all"));
    yAxis->setLabel(tr("environments"));
}

void EnvironmentsPlot::rebuild()
{
    retranslate();   // the idle line's name follows the compute option
    for (auto *g : m_lines)
        g->data()->clear();
    m_next = 0;
    m_max = 0;
    countProvisioned();
    advance(-1, m_t);
}

void EnvironmentsPlot::retain(double cutMs, const RecordedRun &)
{
    const double bucketMs = m_run->bucketS * 1000.0;
    const auto whole = static_cast<std::size_t>(std::max(0.0, std::floor(cutMs / bucketMs)));
    const std::size_t keep = std::min({m_next, whole, m_run->metrics.size()});
    if (keep == 0) {
        rebuild();
        return;
    }
    // Points sit at bucket starts; the last bucket kept stays.
    for (auto *g : m_lines)
        g->data()->removeAfter(timeX(m_run->metrics[keep - 1].tS * 1000.0));
    m_next = keep;
    countProvisioned();
    m_max = 0;
    for (auto *g : m_lines) {
        bool found = false;
        const QCPRange r = g->getValueRange(found);
        if (found)
            m_max = std::max(m_max, r.upper);
    }
}

void EnvironmentsPlot::countProvisioned()
{
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
}

void EnvironmentsPlot::advance(double, double toMs)
{
    if (!m_run)
        return;
    // A bucket's averages are drawn from its start once the simulator closed it, so that the
    // first bucket of a long run (12 minutes of a month) shows while the playhead is in it.
    const double bucketMs = m_run->bucketS * 1000.0;
    const std::size_t until = std::min(RunFigures::closedBuckets(*m_run),
                                       static_cast<std::size_t>(std::max(0.0, std::ceil(std::min(toMs, m_run->durationMs) / bucketMs))));
    std::array<QVector<double>, 5> keys, values;
    if (m_next > 0)   // the tail point at the old playhead
        for (auto *g : m_lines)
            g->data()->removeAfter(timeX(m_run->metrics[m_next - 1].tS * 1000.0));
    for (; m_next < until; ++m_next) {
        const MetricsRow &row = m_run->metrics[m_next];
        const double v[5] = {std::max(0.0, row.busy - row.initializing), row.initializing, row.idle,
                             m_provisioned.size() > m_next ? m_provisioned[m_next] : 0.0, row.environments};
        for (std::size_t i = 0; i < 5; ++i) {
            keys[i].push_back(timeX(row.tS * 1000.0));
            values[i].push_back(v[i]);
            m_max = std::max(m_max, v[i]);
        }
    }
    for (std::size_t i = 0; i < 5; ++i)
        if (!keys[i].isEmpty())
            m_lines[i]->addData(keys[i], values[i], true);
    // The last bucket's step drawn up to the playhead (a step needs a point where it ends).
    if (m_next > 0) {
        const double tail = std::min(std::min(toMs, m_run->durationMs), double(m_next) * bucketMs);
        if (tail > m_run->metrics[m_next - 1].tS * 1000.0)
            for (auto *g : m_lines)
                g->addData(timeX(tail), (g->data()->constEnd() - 1)->value);
    }
    // At the run's end its last point is the state the run ends in, as the lifecycle diagram shows
    // it: the last bucket's averages left the plot and the diagram disagreeing on how it ended.
    if (m_run->finished && toMs >= m_run->durationMs && m_next > 0 && m_next == m_run->metrics.size()) {
        const auto c = m_run->phaseCountsAt(m_run->durationMs);
        const auto at = [&](Phase p) { return double(c[static_cast<std::size_t>(p)]); };
        const double initialising = at(Phase::EnvSetup) + at(Phase::ExtensionInit) + at(Phase::RuntimeInit)
                                    + at(Phase::FunctionInit) + at(Phase::Restore);
        const double end[5] = {at(Phase::Invoke), initialising, at(Phase::Frozen), -1,
                               std::accumulate(c.begin(), c.end(), 0.0)};
        const double x = timeX(m_run->durationMs);
        for (std::size_t i = 0; i < 5; ++i) {
            if (end[i] < 0)
                continue;   // provisioned: the scenario's setting, as drawn
            m_lines[i]->data()->remove(x);
            m_lines[i]->addData(x, end[i]);
            m_max = std::max(m_max, end[i]);
        }
    }
}

void EnvironmentsPlot::updateRanges()
{
    fitTimeRange();
    yAxis->setRange(0, std::max(2.0, std::ceil(m_max * 1.15)));
}

}  // namespace lle
