// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclediagram.h"

#include "palette.h"
#include "textscale.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {
constexpr double kTravelRealMs = 450;   // how long a token travels along an edge, in real time
constexpr int kMaxTravelling = 160;

QColor light(const QColor &c, double amount = 0.78)
{
    return QColor::fromRgbF(c.redF() + (1 - c.redF()) * amount, c.greenF() + (1 - c.greenF()) * amount,
                            c.blueF() + (1 - c.blueF()) * amount);
}

void arrow(QPainter &p, const QPointF &from, const QPointF &to, const QColor &c, bool dashed = false)
{
    QPen pen(c, 1.6);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(from, to);
    const double a = std::atan2(to.y() - from.y(), to.x() - from.x());
    const double s = 7;
    QPolygonF head;
    head << to << to - QPointF(s * std::cos(a - 0.45), s * std::sin(a - 0.45))
         << to - QPointF(s * std::cos(a + 0.45), s * std::sin(a + 0.45));
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(head);
}

void token(QPainter &p, const QPointF &c, double r, const QColor &fill, EnvKind kind)
{
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1));
    p.setBrush(fill);
    if (kind == EnvKind::Provisioned)
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    else if (kind == EnvKind::SnapStart) {
        QPolygonF d;
        d << QPointF(c.x(), c.y() - r * 1.25) << QPointF(c.x() + r * 1.25, c.y()) << QPointF(c.x(), c.y() + r * 1.25)
          << QPointF(c.x() - r * 1.25, c.y());
        p.drawPolygon(d);
    } else
        p.drawEllipse(c, r, r);
}
}  // namespace

LifecycleDiagram::LifecycleDiagram(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LifecycleDiagram::setRun(RunPtr run)
{
    m_run = std::move(run);
    setPlayhead(m_t);
}

void LifecycleDiagram::setPlayhead(double ms)
{
    m_t = ms;
    m_counts = m_run ? m_run->phaseCountsAt(ms) : std::array<int, kPhaseCount>{};
    m_fleet = m_run ? ManagedFleet::at(*m_run, ms) : ManagedFleet{};
    update();
}

QRectF LifecycleDiagram::initGroup() const
{
    const double w = width(), h = height();
    return QRectF(0.01 * w, 0.02 * h, 0.73 * w, 0.56 * h);
}

QRectF LifecycleDiagram::box(Phase p) const
{
    const double w = width(), h = height();
    const double top = 0.13 * h, bh = 0.20 * h;
    const double bw = 0.165 * w, gap = 0.016 * w, x0 = 0.025 * w;
    switch (p) {
    case Phase::EnvSetup: return {x0, top, bw, bh};
    case Phase::ExtensionInit: return {x0 + (bw + gap), top, bw, bh};
    case Phase::RuntimeInit: return {x0 + 2 * (bw + gap), top, bw, bh};
    case Phase::FunctionInit: return {x0 + 3 * (bw + gap), top, bw, bh};
    case Phase::Restore: return {x0 + (bw + gap), top + bh + 0.05 * h, 2 * bw + gap, 0.17 * h};
    case Phase::Invoke: return {0.78 * w, 0.13 * h, 0.21 * w, 0.42 * h};
    case Phase::Frozen: return {0.40 * w, 0.66 * h, 0.30 * w, 0.31 * h};
    case Phase::Shutdown: return {0.05 * w, 0.70 * h, 0.19 * w, 0.25 * h};
    }
    return {};
}

QString LifecycleDiagram::shortPhaseName(Phase ph)
{
    switch (ph) {
    case Phase::EnvSetup: return tr("Env. setup");
    case Phase::ExtensionInit: return tr("Ext. init");
    case Phase::RuntimeInit: return tr("Runtime");
    case Phase::FunctionInit: return tr("Function");
    default: return Palette::phaseName(ph);
    }
}

QString LifecycleDiagram::explanation(Phase p) const
{
    switch (p) {
    case Phase::EnvSetup:
        return tr("Environment setup: Lambda places a micro-VM and downloads the code. Part of a cold start, not billed.");
    case Phase::ExtensionInit:
        return tr("Extension init: external extensions start. Part of the reported Init Duration.");
    case Phase::RuntimeInit:
        return tr("Runtime init: the language runtime boots (interpreter, JVM, CLR).");
    case Phase::FunctionInit:
        return tr("Function init: your code outside the handler runs (imports, SDK clients, DB connections).");
    case Phase::Restore:
        return tr("Restore: with SnapStart a new environment resumes from a snapshot instead of running init.");
    case Phase::Invoke:
        if (m_fleet.environmentsPerInstance > 0)
            return tr("Invoke (Managed Instances): each frame is an EC2 instance, each bar in it an environment, filled "
                      "with the requests it serves at once (up to %1). Environments never freeze.")
                       .arg(m_fleet.slotsPerEnvironment)
                + QLatin1Char(' ')
                + tr("Instances now: %1; requests in flight: %2.")
                      .arg(m_fleet.instances.size())
                      .arg(m_fleet.requestsInFlight);
        return tr("Invoke: the handler runs one request. One request per environment at a time.");
    case Phase::Frozen:
        return tr("Frozen: the environment waits for the next request, keeping memory. A request that finds one is a warm start.");
    case Phase::Shutdown:
        return tr("Shutdown: after the idle timeout (or max lifetime, or a new version) the environment is removed.");
    }
    return {};
}

QFont LifecycleDiagram::textFont() const
{
    // The size follows the diagram's height; larger in presentation mode (TextScale).
    return TextScale::sized(this, font(), std::clamp(height() / 22.0, 8.5, 12.0));
}

void LifecycleDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const double fs = std::clamp(height() / 22.0, 8.5, 12.0);
    QFont f = textFont();
    QFont bold = f;
    bold.setBold(true);
    QFont big = bold;
    big = TextScale::sized(this, big, fs * 1.45);

    // Init group.
    const QRectF g = initGroup();
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(g, 8, 8);
    const int initCount = m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3] + m_counts[4];
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(g.adjusted(10, 3, -10, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("Cold start: Init (%n environment(s))", nullptr, initCount));

    // Edges.
    const Chrome chrome = Palette::chrome(palette());   // light or dark desktop
    const QColor edge = chrome.edge;
    auto rightMid = [](const QRectF &r) { return QPointF(r.right(), r.center().y()); };
    auto leftMid = [](const QRectF &r) { return QPointF(r.left(), r.center().y()); };
    arrow(p, rightMid(box(Phase::EnvSetup)), leftMid(box(Phase::ExtensionInit)), edge);
    arrow(p, rightMid(box(Phase::ExtensionInit)), leftMid(box(Phase::RuntimeInit)), edge);
    arrow(p, rightMid(box(Phase::RuntimeInit)), leftMid(box(Phase::FunctionInit)), edge);
    const QRectF inv = box(Phase::Invoke), fro = box(Phase::Frozen), shu = box(Phase::Shutdown);
    const QRectF fi = box(Phase::FunctionInit), rs = box(Phase::Restore), es = box(Phase::EnvSetup);
    arrow(p, rightMid(fi), QPointF(inv.left(), fi.center().y()), edge);
    arrow(p, QPointF(es.center().x(), es.bottom()), QPointF(es.center().x(), rs.center().y()), edge);
    p.drawLine(QPointF(es.center().x(), rs.center().y()), leftMid(rs));
    arrow(p, QPointF(es.center().x(), rs.center().y()), leftMid(rs), edge, true);
    arrow(p, rightMid(rs), QPointF(inv.left(), rs.center().y()), edge, true);
    // Invoke → Frozen (response sent), Frozen → Invoke (warm reuse), Frozen → Shutdown (idle).
    const QPointF invBottom(inv.center().x() - inv.width() * 0.2, inv.bottom());
    arrow(p, invBottom, QPointF(fro.right(), fro.top() + fro.height() * 0.3), edge);
    QPainterPath warm;
    const QPointF a(fro.right(), fro.top() + fro.height() * 0.75);
    const QPointF b(inv.center().x() + inv.width() * 0.2, inv.bottom());
    warm.moveTo(a);
    warm.cubicTo(QPointF(b.x(), a.y() + 8), QPointF(b.x(), a.y()), b + QPointF(0, 9));
    p.setPen(QPen(Palette::warmStart(), 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(warm);
    arrow(p, b + QPointF(0, 10), b, Palette::warmStart());
    arrow(p, leftMid(fro), rightMid(shu), edge);
    // The label sits above the curve, between it and the Invoke → Frozen arrow, right-aligned
    // towards the curve's rising end: clear of the Frozen box in every language.
    p.setFont(f);
    p.setPen(Palette::onBackground(Palette::warmStart(), chrome));
    const QString warmText = tr("warm reuse");
    const double textH = QFontMetricsF(f).height();
    // (The curve hugs a.y() almost up to b.x() and then rises: stay clear of the rise.)
    const double right = b.x() - 0.5 * textH - 8;
    const QRectF warmLabel(fro.right() + 8, a.y() - textH - 4, std::max(0.0, right - (fro.right() + 8)), textH);
    p.drawText(warmLabel, Qt::AlignRight | Qt::AlignBottom, warmText);
    p.setPen(palette().text().color());
    // Between the Shutdown and Frozen boxes, in a size that fits the gap (the boxes would hide it).
    const QRectF idleGap(shu.right() + 2, fro.center().y() - 2.2 * fs, fro.left() - shu.right() - 4, 2 * fs);
    QFont idleFont = f;
    for (double size = fs; size > 6.5 && QFontMetricsF(idleFont).horizontalAdvance(tr("idle timeout")) > idleGap.width();
         size -= 0.5)
        idleFont = TextScale::sized(this, idleFont, size - 0.5);
    p.setFont(idleFont);
    p.drawText(idleGap, Qt::AlignCenter, tr("idle timeout"));
    p.setFont(f);

    // Boxes with counts.
    const Phase order[] = {Phase::EnvSetup, Phase::ExtensionInit, Phase::RuntimeInit, Phase::FunctionInit,
                           Phase::Restore, Phase::Invoke, Phase::Frozen, Phase::Shutdown};
    for (Phase ph : order) {
        const QRectF r = box(ph);
        const QColor c = Palette::phase(ph);
        const bool hover = m_hover == static_cast<int>(ph);
        p.setPen(QPen(ph == Phase::Restore ? QColor(0x55, 0x55, 0x00) : c.darker(hover ? 160 : 115), hover ? 3 : 2));
        p.setBrush(ph == Phase::Shutdown ? QColor(0xDD, 0xDD, 0xDD) : light(c));
        p.drawRoundedRect(r, 7, 7);
        p.setPen(QColor(0x11, 0x11, 0x11));
        // The title, in the largest size up to the base one that fits the box on two lines.
        QFont tf = bold;
        const QRectF title = r.adjusted(5, 2, -4, 0);
        // A narrow diagram (the lesson panel open) takes the short name before the text gets tiny.
        QString name;
        bool fits = false;
        for (const QString &candidate : {Palette::phaseName(ph), shortPhaseName(ph)}) {
            name = candidate;
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (double size = fs; size >= 7.0 && !fits; size -= 0.5) {
                tf = TextScale::sized(this, tf, size);
                const QFontMetricsF fm(tf);
                // Word wrap breaks a word too long for the line anywhere: every word must fit whole.
                const bool wordsFit = std::all_of(words.begin(), words.end(),
                                                  [&](const QString &w) { return fm.horizontalAdvance(w) <= title.width(); });
                const QRectF need = fm.boundingRect(title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
                fits = wordsFit && need.width() <= title.width() + 0.5 && need.height() <= 2.6 * size + 4;
            }
            if (fits)
                break;
        }
        p.setFont(tf);
        p.drawText(title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
        p.setFont(big);
        p.drawText(r.adjusted(6, 0, -6, -2), Qt::AlignRight | Qt::AlignBottom,
                   QLocale().toString(m_counts[static_cast<int>(ph)]));
    }

    // Tokens: one per live environment, travelling for a moment after a state change.
    if (!m_run)
        return;
    const bool fleetDrawn = paintFleet(p, fs);
    std::array<int, kPhaseCount> placed{};
    int travelling = 0;
    const double travelSim = kTravelRealMs * m_speed;
    const double r = std::clamp(height() / 48.0, 3.0, 6.0);
    for (const auto &env : m_run->envs) {
        if (env.record.id == 0 || env.record.createdMs > m_t)
            continue;
        Phase ph, prev;
        double since = 0;
        if (!m_run->phaseAt(env, m_t, ph, &since, &prev))
            continue;
        const int k = static_cast<int>(ph);
        if (ph == Phase::Invoke && fleetDrawn)
            continue;   // the fleet's bars show it
        const QRectF target = box(ph);
        const double elapsed = m_t - since;
        if (prev != ph && elapsed < travelSim && travelling < kMaxTravelling) {
            ++travelling;
            const double u = std::clamp(elapsed / travelSim, 0.0, 1.0);
            const QPointF from = box(prev).center(), to = target.center();
            token(p, from + (to - from) * u, r, Palette::phase(ph), env.record.kind);
            continue;
        }
        // A grid of tokens in the lower part of the box, leaving room for the count.
        const double step = 2.6 * r;
        const int cols = std::max(1, static_cast<int>((target.width() - 3.2 * fs - 8) / step));
        const int rows = std::max(1, static_cast<int>((target.height() - 2.2 * fs - 6) / step));
        const int i = placed[k]++;
        if (i >= cols * rows)
            continue;   // the count says how many more
        const QPointF c(target.left() + 6 + r + (i % cols) * step, target.top() + 2.0 * fs + 6 + r + (i / cols) * step);
        token(p, c, r, Palette::phase(ph), env.record.kind);
    }
}

bool LifecycleDiagram::paintFleet(QPainter &p, double fs)
{
    if (m_fleet.environmentsPerInstance <= 0)
        return false;
    // Below the title, left of the count.
    const QRectF inv = box(Phase::Invoke);
    const QRectF area(inv.left() + 6, inv.top() + 2.0 * fs + 6, inv.width() - 3.4 * fs - 12, inv.height() - 2.0 * fs - 10);
    const auto n = static_cast<int>(m_fleet.instances.size());
    if (n == 0 || area.width() < 8 || area.height() < 8)
        return true;
    // As few rows of instances as keep a bar at least 3 px wide; what does not fit is counted.
    const int perInstance = m_fleet.environmentsPerInstance;
    const double minGroupW = perInstance * 3.0 + 4;
    const int maxRows = std::max(1, static_cast<int>(area.height() / 12));
    int rows = 1;
    while (rows < maxRows && area.width() / std::ceil(double(n) / rows) < minGroupW)
        ++rows;
    const int perRow = std::max(1, std::min(static_cast<int>(std::ceil(double(n) / rows)),
                                            static_cast<int>(area.width() / minGroupW)));
    const int shown = std::min(n, perRow * rows);
    const double groupW = std::min(area.width() / perRow, perInstance * 14.0 + 4);
    const double groupH = std::min(area.height() / rows, 40.0);
    const QColor frame = palette().text().color();
    const QColor busy = Palette::phase(Phase::Invoke).darker(125);
    for (int i = 0; i < shown; ++i) {
        const ManagedFleet::Instance &instance = m_fleet.instances[static_cast<std::size_t>(i)];
        const QRectF g(area.left() + (i % perRow) * groupW, area.top() + (i / perRow) * groupH, groupW - 2, groupH - 2);
        p.setPen(QPen(frame, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(g);
        const double barW = (g.width() - 2) / perInstance;
        for (std::size_t e = 0; e < instance.environments.size(); ++e) {
            const ManagedFleet::Environment &env = instance.environments[e];
            // The environment's slot on its instance: ids follow each other within an instance.
            const auto slot = static_cast<int>((env.id - 1) % static_cast<std::uint32_t>(perInstance));
            const QRectF bar(g.left() + 1 + slot * barW + 0.5, g.top() + 1.5, std::max(1.0, barW - 1), g.height() - 3);
            if (env.phase != Phase::Invoke) {
                p.fillRect(bar, Palette::phase(env.phase));   // launching or shutting down
                continue;
            }
            p.fillRect(bar, light(Palette::phase(Phase::Invoke), 0.6));
            const double share = std::min(1.0, double(env.inFlight) / m_fleet.slotsPerEnvironment);
            if (share > 0)
                p.fillRect(QRectF(bar.left(), bar.bottom() - bar.height() * share, bar.width(), bar.height() * share), busy);
        }
    }
    if (shown < n) {
        QFont small = font();
        small.setPointSizeF(std::max(6.5, fs * 0.8));
        p.setFont(small);
        p.setPen(palette().text().color());
        p.drawText(QRectF(inv.left() + 6, inv.bottom() - 1.6 * fs - 2, inv.width() * 0.5, 1.6 * fs), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n instance(s)", nullptr, n - shown));
    }
    return true;
}

void LifecycleDiagram::mouseMoveEvent(QMouseEvent *e)
{
    int hover = -1;
    for (int k = 0; k < kPhaseCount; ++k)
        if (box(static_cast<Phase>(k)).contains(e->position()))
            hover = k;
    if (hover != m_hover) {
        m_hover = hover;
        update();
        if (hover >= 0) {
            const QString text = explanation(static_cast<Phase>(hover)) + QLatin1Char(' ')
                + tr("Now: %n environment(s).", nullptr, m_counts[hover]);
            setToolTip(text);
            emit explain(text);
        } else {
            setToolTip({});
        }
    }
}

void LifecycleDiagram::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

}  // namespace lle
