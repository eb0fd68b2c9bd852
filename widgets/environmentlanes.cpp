// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentlanes.h"

#include "lanepainter.h"
#include "managedinstances.h"
#include "palette.h"
#include "textscale.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QToolTip>

#include <cmath>
#include <optional>

namespace lle {

namespace {
constexpr double kMinThrottleRow = 16;
constexpr double kMinAxis = 20;
}  // namespace

EnvironmentLanes::EnvironmentLanes(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void EnvironmentLanes::setRun(RunPtr run)
{
    m_run = std::move(run);
    // The slots of a Managed Instances environment, for the height of its lane's fill.
    m_managedSlots = 1;
    if (m_run && !m_run->periods.empty()) {
        const FunctionSpec &f = m_run->periods.front().scenario.function;
        if (f.compute == ComputeKind::ManagedInstances)
            m_managedSlots = managedLayout(f).maxConcurrency;
    }
    update();
}

void EnvironmentLanes::setPlayhead(double ms)
{
    m_t = ms;
    update();
}

void EnvironmentLanes::setWindowMs(double ms)
{
    m_windowMs = std::max(100.0, ms);
    update();
}

QFont EnvironmentLanes::labelFont() const
{
    if (m_painting)
        return m_painting->font;
    // The application's size within 8–10 pt; in presentation mode larger (TextScale).
    const double pt = font().pointSizeF() > 0 ? std::clamp(font().pointSizeF(), 8.0, 10.0) : 10.0;
    return TextScale::sized(this, font(), pt);
}

double EnvironmentLanes::gutter() const
{
    // Wide enough for "PC #123" and the throttled row's name, in the current language.
    const QFontMetricsF fm(labelFont());
    const double w = std::max({fm.horizontalAdvance(tr("PC #%1").arg(888)), fm.horizontalAdvance(tr("SS #%1").arg(888)),
                               fm.horizontalAdvance(tr("T%1 #%2").arg(88).arg(888)), fm.horizontalAdvance(throttledLabel())});
    return std::min(std::ceil(w) + 14, width() * 0.3);
}

QString EnvironmentLanes::throttledLabel()
{
    return tr("throttled (429)");
}

QRectF EnvironmentLanes::plotArea() const
{
    if (m_painting)
        return m_painting->area;
    const double g = m_gutter > 0 ? m_gutter : gutter();
    const double top = throttleRowHeight() + 4;
    return QRectF(g, top, width() - g - 8, height() - top - axisHeight());
}

double EnvironmentLanes::axisHeight() const
{
    // The label's own height: Hangul comes from a fallback font taller than the label font's line.
    const QFontMetricsF fm(labelFont());
    const double h = std::max(fm.height(), fm.boundingRect(QRectF(), Qt::AlignRight | Qt::AlignTop, tr("t (s)")).height());
    return std::max(kMinAxis, std::ceil(h) + 4);
}

double EnvironmentLanes::throttleRowHeight() const
{
    if (m_painting)
        return m_painting->throttleRow;
    return std::max(kMinThrottleRow, std::ceil(QFontMetricsF(labelFont()).height()));
}

EnvironmentLanes::AxisLabel EnvironmentLanes::axisLabel() const
{
    AxisLabel label{tr("t (s)"), {}, labelFont()};
    const QRectF a = plotArea();
    const double g = m_gutter > 0 ? m_gutter : gutter();
    const QFontMetricsF fm(label.font);
    const QRectF need = fm.boundingRect(QRectF(), Qt::AlignRight | Qt::AlignTop, label.text);
    const double w = std::ceil(need.width()) + 2, h = std::ceil(std::max(need.height(), fm.height()));
    if (w <= g - 6)
        label.rect = QRectF(g - 6 - w, a.bottom() + 3, w, h);
    else   // a narrow column (beside the lesson panel in presentation mode): the axis' right end
        label.rect = QRectF(std::max(2.0, a.right() - w), a.bottom() + 3, w, h);
    return label;
}

QList<EnvironmentLanes::TickLabel> EnvironmentLanes::tickLabels() const
{
    QList<TickLabel> ticks;
    const QRectF a = plotArea();
    if (a.width() <= 0)
        return ticks;
    const double from = windowStart();
    const double spanS = m_windowMs / 1000.0;
    const QFontMetricsF fm(labelFont());
    const QLocale loc;
    auto text = [&](double s, double step) { return loc.toString(s, 'f', step < 1 ? 1 : 0); };
    // At most six ticks; more space between them when the labels are wide: seconds into a month
    // run ("2,591,975") are four times as wide as the first minute's, and the lanes may be narrow.
    // The widest label is the window's end (the labels grow with time); a gap of two digits.
    const double gap = 2 * fm.horizontalAdvance(QLatin1Char('8'));
    const double endS = (from + m_windowMs) / 1000.0;
    const double raw = spanS / 6;
    double step = std::pow(10.0, std::floor(std::log10(raw)));
    for (int i = 0; i < 60; ++i) {
        const double mag = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double m = step / mag;
        if (step >= raw * (1 - 1e-9)) {
            const double need = fm.horizontalAdvance(text(endS, step)) + 2 + gap;
            if (step / spanS * a.width() >= need)
                break;
        }
        step = (m < 1.5 ? 2 : (m < 3.5 ? 5 : 10)) * mag;   // 1, 2, 5, 10, 20, 50 …
    }
    const AxisLabel axis = axisLabel();
    const double axisH = axisHeight();
    const double first = std::ceil(from / 1000.0 / step) * step;
    QRectF last;
    for (double s = first; s * 1000.0 <= from + m_windowMs; s += step) {
        const double x = xOf(s * 1000.0);
        const QString label = text(s, step);
        const double w = fm.horizontalAdvance(label) + 2;
        // Tick labels never reach into the gutter nor past the right edge, nor under "t (s)"
        // where that is; one pushed aside (at the axis' ends) is left out if it meets its neighbour.
        const double left = std::clamp(x - w / 2, a.left() + 2, width() - 2 - w);
        const QRectF r(left, a.bottom() + 3, w, axisH - 3);
        if (r.intersects(axis.rect.adjusted(-4, 0, 4, 0)) || (!last.isNull() && r.left() < last.right() + gap / 2))
            continue;
        ticks.append({label, r, x});
        last = r;
    }
    return ticks;
}

double EnvironmentLanes::windowStart() const
{
    // The playhead walks right until the window is full, then the lanes scroll.
    return std::max(0.0, m_t - m_windowMs * 0.94);
}

double EnvironmentLanes::xOf(double ms) const
{
    const QRectF a = plotArea();
    const double start = windowStart();
    return a.left() + (ms - start) / m_windowMs * a.width();
}

double EnvironmentLanes::msOf(double x) const
{
    const QRectF a = plotArea();
    return windowStart() + (x - a.left()) / a.width() * m_windowMs;
}

void EnvironmentLanes::layoutRows()
{
    m_rows.clear();
    m_hidden = 0;
    if (!m_run)
        return;
    const double from = windowStart();
    std::vector<const RecordedEnv *> envs;
    for (const auto &e : m_run->envs) {
        if (e.record.id == 0 || e.record.createdMs > m_t)
            continue;
        if (e.ended && e.record.endMs < from)
            continue;
        envs.push_back(&e);
    }
    const QRectF a = plotArea();
    const double minH = 1;
    const auto fit = static_cast<std::size_t>(std::max(1.0, std::floor(a.height() / minH)));
    if (envs.size() > fit) {
        // Keep the newest environments; say how many older ones are left out.
        m_hidden = static_cast<int>(envs.size() - fit);
        envs.erase(envs.begin(), envs.begin() + static_cast<std::ptrdiff_t>(envs.size() - fit));
    }
    const double h = envs.empty() ? 0 : std::min(22.0, a.height() / envs.size());
    double y = a.top();
    for (const auto *e : envs) {
        m_rows.push_back({e, y, h});
        y += h;
    }
}

void EnvironmentLanes::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    m_gutter = gutter();
    const double kGutter = m_gutter;
    m_painting = Measures{labelFont(), throttleRowHeight(), plotArea()};
    // Measured anew at the next paint or call from outside one (size, font or mode may change).
    const auto done = qScopeGuard([this] { m_painting.reset(); });
    const QRectF a = m_painting->area;
    const QFont f = m_painting->font;
    p.setFont(f);
    const double labelH = QFontMetricsF(f).height();
    layoutRows();
    m_visible = static_cast<int>(m_rows.size());
    const QColor text = palette().text().color();
    const Chrome chrome = Palette::chrome(palette());   // light or dark desktop

    if (!m_run) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter, tr("Computing…"));
        return;
    }
    const double from = windowStart();
    const double to = m_t;
    const double recordedUntil = m_run->recordedUntilMs;

    // Lanes: phases in pixel columns (lanes::PhaseColumns), as the report's lifecycle figure.
    m_markedRect = QRectF();
    const double msPerColumn = m_windowMs / std::max(a.width(), 1.0);
    lanes::PhaseColumns columns(from, msPerColumn, static_cast<int>(std::ceil(std::max(0.0, to - from) / msPerColumn)));
    std::vector<std::pair<QRectF, StartType>> stripes;
    for (const Row &row : m_rows) {
        const RecordedEnv &env = *row.env;
        const double gap = row.h >= 8 ? 1.5 : (row.h >= 5 ? 1 : 0);
        const double y = row.y + gap / 2, h = row.h - gap;
        columns.clear();
        if (env.record.kind == EnvKind::ManagedInstance) {
            // Many requests at once: their invoke segments overlap. The other phases as usual,
            // the requests as a bar filling the lane from the bottom, its height the share of
            // the environment's slots in use.
            columns.markEnvironment(env, recordedUntil, false);
            columns.paint(p, a.left(), 1.0, y, h);
            const auto &segs = env.segments;
            auto it = std::upper_bound(segs.begin(), segs.end(), from,
                                       [](double t, const LaneSegment &s) { return t < s.endMs; });
            std::vector<std::pair<double, int>> steps;
            // Segments come in order of their end; a request longer than a minute is not looked for.
            for (; it != segs.end() && it->startMs < to + 60'000; ++it) {
                if (it->startMs >= to || it->phase != Phase::Invoke)
                    continue;
                steps.push_back({std::max(it->startMs, from), +1});
                steps.push_back({std::min(it->endMs, to), -1});
            }
            std::sort(steps.begin(), steps.end());
            const double capacity = std::max(1, m_managedSlots);
            int inFlight = 0;
            for (std::size_t k = 0; k + 1 < steps.size(); ++k) {
                inFlight += steps[k].second;
                const double x0 = xOf(steps[k].first), x1 = xOf(steps[k + 1].first);
                if (inFlight <= 0 || x1 <= x0)
                    continue;
                const double fill = h * std::min(1.0, inFlight / capacity);
                p.fillRect(QRectF(x0, y + h - fill, std::max(x1 - x0, 0.5), fill), Palette::phaseFill(Phase::Invoke));
            }
        } else {
            // One pass over the stretches: their phases into the columns, and the stripe an invoke
            // wide enough to see carries in its start type's colour, drawn over the columns.
            stripes.clear();
            lanes::forEachSpan(env, from, to, recordedUntil, [&](double s, double e, Phase ph, std::uint32_t inv) {
                columns.mark(s, e, ph);
                if (ph != Phase::Invoke || !inv || h < 6)
                    return;
                const double x0 = xOf(s), x1 = xOf(e);
                if (x1 - x0 >= 2 && m_run->knownStartType(inv))
                    stripes.push_back({QRectF(x0, y, x1 - x0, std::max(2.0, h * 0.3)), m_run->startTypeOf(inv)});
            });
            columns.paint(p, a.left(), 1.0, y, h);
            for (const auto &[rect, startType] : stripes)
                p.fillRect(rect, Palette::startType(startType));
        }
        if (m_marked && env.record.id == m_markedEnv)
            m_markedRect = markedSpan(env, y, h, from, to);
        // Label: id and kind ("#7", "PC #3"). Lanes thinner than a line of text get a label every
        // few lanes (with a tick), so that a lane can still be told by its number.
        const std::size_t index = static_cast<std::size_t>(&row - m_rows.data());
        const auto every = static_cast<std::size_t>(std::max(1.0, std::ceil((labelH - 1) / std::max(row.h, 0.1))));
        const bool pc = env.record.kind == EnvKind::Provisioned;
        if (pc && row.h < labelH)
            p.fillRect(QRectF(kGutter - 4, row.y, 3, std::max(1.0, row.h - 0.5)), Palette::provisioned());
        if (index % every == 0) {
            p.setPen(pc ? Palette::provisioned() : text);
            QString label = QStringLiteral("#%1").arg(env.record.id);
            if (pc)
                label = tr("PC #%1").arg(env.record.id);
            else if (env.record.kind == EnvKind::SnapStart)
                label = tr("SS #%1").arg(env.record.id);
            else if (env.record.tenant >= 0)
                label = tr("T%1 #%2").arg(env.record.tenant + 1).arg(env.record.id);
            const double cy = row.y + row.h / 2;
            p.drawText(QRectF(2, cy - labelH / 2, kGutter - (every > 1 ? 12 : 6), labelH), Qt::AlignRight | Qt::AlignVCenter, label);
            if (every > 1)
                p.fillRect(QRectF(kGutter - 10, cy - 0.5, 5, 1), text);
        }
    }

    // Throttled requests: crosses in their own row.
    p.setPen(text);
    // A narrow lane view (the lesson panel open) keeps the status code when the name does not fit.
    const QString throttled = p.fontMetrics().horizontalAdvance(throttledLabel()) <= kGutter - 8 ? throttledLabel()
                                                                                                : QStringLiteral("429");
    p.drawText(QRectF(2, 0, kGutter - 6, throttleRowHeight() + 2), Qt::AlignRight | Qt::AlignVCenter, throttled);
    {
        const auto &inv = m_run->invocations;
        auto it = std::lower_bound(inv.begin(), inv.end(), from,
                                   [](const InvocationRecord &r, double t) { return r.endMs < t; });
        QPen cross(chrome.mark, 1.6);
        p.setPen(cross);
        // One cross per 4 px: the x of the last one drawn (none yet: any x is far enough).
        std::optional<int> lastX;
        for (; it != inv.end() && it->endMs <= to; ++it) {
            if (it->startType != StartType::Throttled)
                continue;
            const int x = static_cast<int>(xOf(it->arrivalMs));
            if (lastX && x - *lastX < 4)
                continue;
            lastX = x;
            const double cy = throttleRowHeight() / 2 + 2, s = 4;
            p.drawLine(QPointF(x - s, cy - s), QPointF(x + s, cy + s));
            p.drawLine(QPointF(x - s, cy + s), QPointF(x + s, cy - s));
        }
        p.setPen(chrome.grid);
        p.drawLine(QPointF(a.left(), throttleRowHeight() + 3), QPointF(a.right(), throttleRowHeight() + 3));
    }

    // Time axis (simulated seconds) and playhead.
    const AxisLabel axis = axisLabel();
    for (const TickLabel &tick : tickLabels()) {
        p.setPen(chrome.grid);
        p.drawLine(QPointF(tick.x, a.bottom()), QPointF(tick.x, a.bottom() + 4));
        p.setPen(text);
        p.drawText(tick.rect, Qt::AlignHCenter | Qt::AlignTop, tick.text);
    }
    p.setPen(text);
    p.drawText(axis.rect, Qt::AlignRight | Qt::AlignTop, axis.text);

    // Change markers.
    for (const auto &c : m_run->changes) {
        // A change that sets only values already in effect changes nothing: no line.
        if (c.settings.empty() || c.atMs < from || c.atMs > to)
            continue;
        p.setPen(QPen(Palette::changeMarker(), 2, Qt::DashLine));
        p.drawLine(QPointF(xOf(c.atMs), a.top()), QPointF(xOf(c.atMs), a.bottom()));
    }
    // The request explained: outlined in the text colour over the phase colours.
    if (!m_markedRect.isEmpty()) {
        p.setPen(QPen(text, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_markedRect);
    }
    const double xp = xOf(m_t);
    p.fillRect(QRectF(xp + 1, a.top(), a.right() - xp, a.height()), chrome.future);
    p.setPen(QPen(chrome.playhead, 2));
    p.drawLine(QPointF(xp, 0), QPointF(xp, a.bottom()));

    if (m_rows.empty()) {
        p.setPen(text);
        // Wrapped within the lanes: beside the lesson panel they are narrower than the sentence.
        p.drawText(a.adjusted(6, 0, -6, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No execution environment yet: waiting for the first request."));
    }
    if (m_hidden > 0) {
        // On a backing of its own: it sits over the lanes.
        const QString note = p.fontMetrics().elidedText(tr("+%n older environment(s) not shown", nullptr, m_hidden),
                                                        Qt::ElideRight, int(a.width()) - 8);
        const QRectF box = p.fontMetrics().boundingRect(note).adjusted(-3, -1, 3, 1);
        const QRectF at(a.left() + 4, a.bottom() - box.height() - 1, box.width(), box.height());
        p.fillRect(at, chrome.labelBackground);
        p.setPen(text);
        p.drawText(at, Qt::AlignCenter, note);
    }
    if (m_run->segmentsMerged) {
        // A long run keeps its lanes in bounded memory: say so rather than let merged phases pass
        // for the run's own.
        const QString note = tr("thinned: phases shorter than %1 merged past %2 segments")
                                 .arg(Format::ms(RunRecorder::mergeQuantumMs(m_run->durationMs)),
                                      Format::count(RunRecorder::kMaxSegments));
        // Within the lanes, right-aligned and wrapped to their width: never over the lanes' labels
        // in the gutter, whatever the language and the width of the view.
        const int width = std::max(40, int(a.width()) - 8);
        const QRect need = p.fontMetrics().boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignRight, note);
        const QRectF at(a.right() - need.width() - 7, a.top() + 2, need.width() + 6, need.height() + 2);
        p.fillRect(at, chrome.labelBackground);
        p.setPen(text);
        p.drawText(at.adjusted(3, 1, -3, -1), Qt::TextWordWrap | Qt::AlignRight | Qt::AlignVCenter, note);
    }
}

QString EnvironmentLanes::describe(const QPointF &pos) const
{
    if (!m_run)
        return {};
    const double t = msOf(pos.x());
    for (const Row &row : m_rows) {
        if (pos.y() < row.y || pos.y() >= row.y + row.h)
            continue;
        const RecordedEnv &env = *row.env;
        const auto &rec = env.record;
        QString s = tr("Environment #%1 (%2), %3 MB").arg(rec.id).arg(Vocabulary::envKindName(rec.kind)).arg(rec.memoryMb);
        if (rec.tenant >= 0)
            s += QLatin1Char('\n') + tr("tenant %1: never serves another tenant").arg(rec.tenant + 1);
        if (rec.kind == EnvKind::ManagedInstance)
            s += QLatin1Char('\n') + tr("serves up to %1 requests at once; never frozen").arg(m_managedSlots);
        s += QLatin1Char('\n') + tr("created at %1 s").arg(QLocale().toString(rec.createdMs / 1000.0, 'f', 2));
        if (env.ended)
            s += QStringLiteral(", ") + tr("ended at %1 s (%2)").arg(QLocale().toString(rec.endMs / 1000.0, 'f', 2),
                                                                   Vocabulary::endReasonName(rec.endReason));
        const int i = m_run->segmentAt(env, t);
        if (i < 0)
            return s;
        const LaneSegment &seg = env.segments[static_cast<std::size_t>(i)];
        s += QLatin1Char('\n') + tr("%1: %2 (from %3 s)").arg(Vocabulary::phaseName(seg.phase),
                                                             Format::ms(seg.endMs - seg.startMs),
                                                             QLocale().toString(seg.startMs / 1000.0, 'f', 3));
        // The init phases before the first invocation, with their durations.
        if (seg.phase != Phase::Invoke && seg.phase != Phase::Frozen && seg.phase != Phase::Shutdown) {
            QStringList init;
            for (const auto &x : env.segments) {
                if (x.phase == Phase::Invoke || x.phase == Phase::Frozen)
                    break;
                init << QStringLiteral("%1 %2").arg(Vocabulary::phaseName(x.phase), Format::ms(x.endMs - x.startMs));
            }
            s += QLatin1Char('\n') + init.join(QStringLiteral(" → "));
        }
        if (seg.phase == Phase::Invoke && seg.invocationId) {
            if (const InvocationRecord *inv = m_run->findInvocation(seg.invocationId, seg.endMs)) {
                s += QLatin1Char('\n') + tr("Request %1: %2").arg(inv->id).arg(Vocabulary::startTypeName(inv->startedAs));
                if (inv->isCold())
                    s += QStringLiteral(" — ") + Vocabulary::coldReasonName(inv->coldReason);
                if (inv->initMs > 0)
                    s += QLatin1Char('\n') + tr("Init Duration %1").arg(Format::ms(inv->initMs));
                if (inv->restoreMs > 0)
                    s += QLatin1Char('\n') + tr("Restore Duration %1").arg(Format::ms(inv->restoreMs));
                s += QLatin1Char('\n') + tr("Duration %1 · billed %2 ms · latency %3 · cost %4")
                                             .arg(Format::ms(inv->durationMs))
                                             .arg(QLocale().toString(inv->billedMs, 'f', 0))
                                             .arg(Format::ms(inv->latencyMs))
                                             .arg(Format::usd(inv->costUsd));
            } else {
                s += QLatin1Char('\n') + tr("Request %1: %2").arg(seg.invocationId).arg(
                         Vocabulary::startTypeName(m_run->startTypeOf(seg.invocationId)));
            }
        }
        return s;
    }
    return {};
}

void EnvironmentLanes::markInvocation(quint64 id, std::uint32_t envId)
{
    m_marked = id;
    m_markedEnv = envId;
    update();
}

QRectF EnvironmentLanes::markedSpan(const RecordedEnv &env, double y, double h, double from, double to) const
{
    // The request's invoke and the init phases right before it (the cold start it waited for).
    const auto &segs = env.segments;
    for (std::size_t k = 0; k < segs.size(); ++k) {
        if (segs[k].phase != Phase::Invoke || segs[k].invocationId != m_marked)
            continue;
        std::size_t first = k;
        while (first > 0 && segs[first - 1].phase != Phase::Invoke && segs[first - 1].phase != Phase::Frozen
               && segs[first - 1].phase != Phase::Shutdown)
            --first;
        const double s = std::max(segs[first].startMs, from), e = std::min(segs[k].endMs, to);
        if (e < s)
            return {};
        return QRectF(xOf(s) - 2, y - 2, std::max(xOf(e) - xOf(s), 2.0) + 4, h + 4);
    }
    return {};
}

void EnvironmentLanes::mouseMoveEvent(QMouseEvent *e)
{
    const QString s = describe(e->position());
    if (s.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(e->globalPosition().toPoint(), s, this);
}

void EnvironmentLanes::mousePressEvent(QMouseEvent *e)
{
    const QString s = describe(e->position());
    if (!s.isEmpty())
        emit explain(QString(s).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    if (const quint64 id = invocationAt(e->position()))
        emit invocationClicked(id);
}

quint64 EnvironmentLanes::invocationAt(const QPointF &pos) const
{
    if (!m_run)
        return 0;
    const double t = msOf(pos.x());
    if (t > m_t)
        return 0;
    for (const Row &row : m_rows) {
        if (pos.y() < row.y || pos.y() >= row.y + row.h)
            continue;
        const RecordedEnv &env = *row.env;
        const int i = m_run->segmentAt(env, t);
        if (i < 0)
            return 0;
        // A provisioned environment initialises for no request.
        if (env.record.kind == EnvKind::Provisioned && env.segments[static_cast<std::size_t>(i)].phase != Phase::Invoke)
            return 0;
        // An init or restore phase belongs to the request that is invoked right after it: the
        // request that waited for this cold start.
        for (std::size_t k = static_cast<std::size_t>(i); k < env.segments.size(); ++k) {
            const LaneSegment &seg = env.segments[k];
            if (seg.phase == Phase::Invoke)
                return seg.invocationId;
            if (seg.phase == Phase::Frozen || seg.phase == Phase::Shutdown)
                return 0;
        }
        return 0;
    }
    return 0;
}

}  // namespace lle
