// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclediagram.h"

#include "explanations.h"

#include "palette.h"
#include "textscale.h"

#include <QFontInfo>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
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

QString LifecycleDiagram::shortPhaseName(Phase ph)
{
    switch (ph) {
    case Phase::EnvSetup: return tr("Env. setup");
    case Phase::ExtensionInit: return tr("Ext. init");
    case Phase::RuntimeInit: return tr("Runtime");
    case Phase::FunctionInit: return tr("Function");
    default: return Vocabulary::phaseName(ph);
    }
}

QString LifecycleDiagram::explanation(Phase p) const
{
    // The diagram of Managed Instances draws instances, not tokens: its own words for it.
    if (p == Phase::Invoke && m_fleet.environmentsPerInstance > 0)
        return tr("Invoke (Managed Instances): each frame is an EC2 instance, each bar in it an environment, filled "
                  "with the requests it serves at once (up to %1). Environments never freeze.")
                   .arg(m_fleet.slotsPerEnvironment)
            + QLatin1Char(' ')
            + tr("Instances now: %1; requests in flight: %2.").arg(m_fleet.instances.size()).arg(m_fleet.requestsInFlight);
    return explanations::shortText(explanations::phaseId(p));
}

double LifecycleDiagram::baseSize() const
{
    // Normally the size follows the diagram's height. Presenting, it stays at the smallest (which
    // TextScale turns into the room's minimum): the diagram asks for the height its texts need,
    // and a font that grew with that height would ask for more again.
    return TextScale::presenting(this) ? 8.5 : std::clamp(height() / 22.0, 8.5, 12.0);
}

QFont LifecycleDiagram::textFont() const
{
    // The size follows the diagram's height; larger in presentation mode (TextScale).
    return TextScale::sized(this, font(), baseSize());
}

namespace {
/// The rectangle a label's text takes when drawn.
QRectF drawnRect(const LifecycleDiagram::Label &l)
{
    return QFontMetricsF(l.font).boundingRect(l.rect, l.flags, l.text);
}

/// Every word of `text` fits `width` whole (word wrap would break a longer word anywhere).
bool wordsFit(const QFontMetricsF &fm, const QString &text, double width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &w) { return fm.horizontalAdvance(w) <= width + 0.5; });
}
}  // namespace

bool LifecycleDiagram::fits(const Label &label)
{
    const QRectF need = drawnRect(label);
    const bool wraps = label.flags & Qt::TextWordWrap;
    return need.width() <= label.rect.width() + 0.5 && need.height() <= label.rect.height() + 0.5
           && (!wraps || wordsFit(QFontMetricsF(label.font), label.text, label.rect.width()))
           && label.within.adjusted(-0.5, -0.5, 0.5, 0.5).contains(need);
}

QSize LifecycleDiagram::minimumSizeHint() const
{
    // In presentation mode the compact layout's texts need their lines' height.
    QSize size(420, 170);
    if (TextScale::presenting(this))
        // Worked out at the width it has, within 300–420 px: a diagram not laid out yet is 100 px
        // wide, and the splitter keeps the first sizes it gets. (Only the group's title may wrap
        // into one more line in a narrower diagram.)
        size.setHeight(std::max(size.height(), int(std::ceil(compactLayout(std::clamp(width(), 300, size.width()), size.height()).minimumHeight))));
    return size;
}

QSize LifecycleDiagram::sizeHint() const
{
    return QSize(640, 220).expandedTo(minimumSizeHint());
}

LifecycleDiagram::Layout LifecycleDiagram::layout() const
{
    // The compact layout only in presentation mode: the normal sizes shrink to fit the regular
    // one, and a layout that changed with the counts would jump about while the run plays.
    bool allFit = true;
    Layout regular = regularLayout(&allFit);
    if (allFit || !TextScale::presenting(this))
        return regular;
    return compactLayout(width(), height());
}

LifecycleDiagram::Layout LifecycleDiagram::regularLayout(bool *allFit) const
{
    Layout l;
    const double w = width(), h = height();
    const double fs = baseSize();
    const QFont f = textFont();
    QFont bold = f;
    bold.setBold(true);
    const QFont big = TextScale::sized(this, bold, fs * 1.45);
    const QRectF whole = rect();
    l.group = QRectF(0.01 * w, 0.02 * h, 0.73 * w, 0.56 * h);
    const double top = 0.13 * h, bh = 0.20 * h;
    const double bw = 0.165 * w, gap = 0.016 * w, x0 = 0.025 * w;
    auto at = [&](Phase p) -> QRectF & { return l.boxes[static_cast<std::size_t>(p)]; };
    at(Phase::EnvSetup) = {x0, top, bw, bh};
    at(Phase::ExtensionInit) = {x0 + (bw + gap), top, bw, bh};
    at(Phase::RuntimeInit) = {x0 + 2 * (bw + gap), top, bw, bh};
    at(Phase::FunctionInit) = {x0 + 3 * (bw + gap), top, bw, bh};
    at(Phase::Restore) = {x0 + (bw + gap), top + bh + 0.05 * h, 2 * bw + gap, 0.17 * h};
    at(Phase::Invoke) = {0.78 * w, 0.13 * h, 0.21 * w, 0.42 * h};
    at(Phase::Frozen) = {0.40 * w, 0.66 * h, 0.30 * w, 0.31 * h};
    at(Phase::Shutdown) = {0.05 * w, 0.70 * h, 0.19 * w, 0.25 * h};
    bool ok = true;
    auto add = [&](Label label) {
        ok = ok && fits(label);
        l.labels << label;
    };
    const int initCount = m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3] + m_counts[4];
    add({tr("Cold start: Init (%n environment(s))", nullptr, initCount), bold, l.group.adjusted(10, 3, -10, 0),
         Qt::AlignLeft | Qt::AlignTop, l.group});
    // The warm label sits above the curve, between it and the Invoke → Frozen arrow, right-aligned
    // towards the curve's rising end: clear of the Frozen box in every language. (The curve hugs
    // its start's height almost up to the Invoke box and then rises: stay clear of the rise.)
    const QRectF inv = at(Phase::Invoke), fro = at(Phase::Frozen), shu = at(Phase::Shutdown);
    const double textH = QFontMetricsF(f).height();
    const double aY = fro.top() + fro.height() * 0.75;
    const double right = inv.center().x() + inv.width() * 0.2 - 0.5 * textH - 8;
    add({tr("warm reuse"), f, QRectF(fro.right() + 8, aY - textH - 4, std::max(0.0, right - (fro.right() + 8)), textH),
         Qt::AlignRight | Qt::AlignBottom, whole});
    // Between the Shutdown and Frozen boxes, in a size that fits the gap (the boxes would hide it).
    const QRectF idleGap(shu.right() + 2, fro.center().y() - 2.2 * fs, fro.left() - shu.right() - 4, 2 * fs);
    const QString idle = Vocabulary::settingName("platform.idle_timeout_s");
    QFont idleFont = f;
    for (double size = fs; size > 6.5 && QFontMetricsF(idleFont).horizontalAdvance(idle) > idleGap.width(); size -= 0.5)
        idleFont = TextScale::sized(this, idleFont, size - 0.5);
    add({idle, idleFont, idleGap, Qt::AlignCenter, whole});

    for (int k = 0; k < kPhaseCount; ++k) {
        const auto ph = static_cast<Phase>(k);
        const QRectF r = l.boxes[std::size_t(k)];
        const Label count{QLocale().toString(m_counts[std::size_t(k)]), big, r.adjusted(6, 0, -6, -2),
                          Qt::AlignRight | Qt::AlignBottom, r};
        // Room for two digits whatever the count now, so the choice of layout holds while it changes.
        Label probe = count;
        if (probe.text.size() < 2)
            probe.text = QStringLiteral("88");
        const QRectF countRect = drawnRect(count).united(drawnRect(probe));
        // The title, in the largest size up to the base one that fits the box on two lines, clear
        // of the count. A narrow diagram (the lesson panel open) takes the short name before the
        // text gets tiny.
        Label title{{}, bold, r.adjusted(5, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r};
        bool titleFits = false;
        for (const QString &candidate : {Vocabulary::phaseName(ph), shortPhaseName(ph)}) {
            title.text = candidate;
            for (double size = fs; size >= 7.0 && !titleFits; size -= 0.5) {
                title.font = TextScale::sized(this, bold, size);
                const QRectF need = drawnRect(title);
                titleFits = fits(title) && need.height() <= 2.6 * QFontInfo(title.font).pixelSize() + 4
                            && !need.intersects(countRect);
            }
            if (titleFits)
                break;
        }
        ok = ok && titleFits;
        add(title);
        add(count);
        // A grid of tokens in the lower part of the box, leaving room for the title and the count.
        l.tokenAreas[std::size_t(k)] = QRectF(r.left() + 6, r.top() + 2.0 * fs + 6, r.width() - 3.2 * fs - 8,
                                              r.height() - 2.0 * fs - 6);
    }
    if (allFit)
        *allFit = ok;
    return l;
}

LifecycleDiagram::Layout LifecycleDiagram::compactLayout(double w, double h) const
{
    // Sized from the font: a line per init state with its count beside the title, the group as
    // high as its rows, Frozen and Shutdown below it, Invoke on the right as high as the group.
    Layout l;
    l.compact = true;
    const QFont f = textFont();
    QFont bold = f;
    bold.setBold(true);
    const QFontMetricsF fm(bold), fmN(f);
    const QRectF whole(0, 0, w, h);
    auto at = [&](Phase p) -> QRectF & { return l.boxes[static_cast<std::size_t>(p)]; };
    auto count = [&](Phase p) { return QLocale().toString(m_counts[static_cast<std::size_t>(p)]); };
    // A line as high as the tallest title draws (Korean glyphs come from a taller fallback font).
    double lh = fm.height();
    for (int k = 0; k < kPhaseCount; ++k)
        for (const QString &name : {Vocabulary::phaseName(static_cast<Phase>(k)), shortPhaseName(static_cast<Phase>(k))})
            lh = std::max(lh, fm.boundingRect(name).height());
    const double pad = 4, margin = 3, gap = 5;
    // The name that fits beside its count in `width`, the full one when it does.
    auto title = [&](Phase p, double width) {
        const QString full = Vocabulary::phaseName(p);
        return fm.horizontalAdvance(full) + fm.horizontalAdvance(count(p)) + 3 * pad <= width ? full : shortPhaseName(p);
    };

    // Invoke on the right, as wide as its title needs and at least a fifth of the diagram.
    const double invW = std::max(0.2 * w, fm.horizontalAdvance(Vocabulary::phaseName(Phase::Invoke)) + 2 * pad + 2);
    const double arrowRoom = std::max(16.0, 0.03 * w);
    l.group = QRectF(margin, margin, w - 2 * margin - invW - arrowRoom, 0);
    const int initCount = m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3] + m_counts[4];
    const Label header{tr("Cold start: Init (%n environment(s))", nullptr, initCount), bold,
                       QRectF(l.group.left() + 6, l.group.top() + 2, l.group.width() - 12, 3 * lh),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, {}};
    const double headerH = drawnRect(header).height();
    const double cellW = (l.group.width() - 12 - gap) / 2, rowH = lh + 2 * pad;
    const double y0 = l.group.top() + 2 + headerH + 3, x0 = l.group.left() + 6;
    at(Phase::EnvSetup) = {x0, y0, cellW, rowH};
    at(Phase::ExtensionInit) = {x0 + cellW + gap, y0, cellW, rowH};
    at(Phase::RuntimeInit) = {x0, y0 + rowH + gap, cellW, rowH};
    at(Phase::FunctionInit) = {x0 + cellW + gap, y0 + rowH + gap, cellW, rowH};
    at(Phase::Restore) = {x0, y0 + 2 * (rowH + gap), 2 * cellW + gap, rowH};
    l.group.setBottom(at(Phase::Restore).bottom() + 6);
    l.labels << Label{header.text, header.font, header.rect, header.flags, l.group};
    at(Phase::Invoke) = {w - margin - invW, l.group.top(), invW, l.group.height()};

    // Below: Shutdown, the idle timeout's arrow with its label, Frozen, and the warm reuse label.
    // The row is two lines high (title, count) and high enough for the warm label above its curve;
    // minimumSizeHint asks for that height.
    const QString idle = Vocabulary::settingName("platform.idle_timeout_s"), warmText = tr("warm reuse");
    auto wrappedHeight = [&](const QString &text, double width) {
        return fmN.boundingRect(QRectF(0, 0, width, 1e4), Qt::AlignHCenter | Qt::TextWordWrap, text).height();
    };
    const double rowTop = l.group.bottom() + gap + 2;
    const double shuW = std::max(0.14 * w, std::max(fm.horizontalAdvance(Vocabulary::phaseName(Phase::Shutdown)),
                                                    fm.horizontalAdvance(count(Phase::Shutdown))) + 2 * pad + 2);
    const double froW = std::max(0.2 * w, fm.horizontalAdvance(Vocabulary::phaseName(Phase::Frozen)) + 2 * pad + 2);
    const double invTurn = w - margin - invW + 0.7 * invW;   // where the warm curve rises to Invoke
    // The narrowest width that holds `text` on two lines (one line when it has no space).
    auto twoLines = [&](const QString &text) {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double best = fmN.horizontalAdvance(text);
        for (qsizetype k = 1; k < words.size(); ++k)
            best = std::min(best, std::max(fmN.horizontalAdvance(words.mid(0, k).join(QLatin1Char(' '))),
                                           fmN.horizontalAdvance(words.mid(k).join(QLatin1Char(' ')))));
        return best + 2;
    };
    // Each label on one line when the row has room, else on two (the warm one first).
    const double fixed = margin + 2 + shuW + 20 + froW + 6 + 0.5 * lh + 8;
    double idleW = fmN.horizontalAdvance(idle) + 2, warmW = fmN.horizontalAdvance(warmText) + 2;
    if (fixed + idleW + warmW > invTurn)
        warmW = twoLines(warmText);
    if (fixed + idleW + warmW > invTurn)
        idleW = twoLines(idle);
    const double rowNeed = std::max({2 * lh + 3 * pad, wrappedHeight(warmText, warmW) + 12, wrappedHeight(idle, idleW) + 4});
    l.minimumHeight = rowTop + rowNeed + margin;
    const double bottomH = std::max(1.0, h - margin - rowTop);
    const double shuH = std::max(0.8 * bottomH, std::min(bottomH, 2 * lh + 3 * pad));
    at(Phase::Shutdown) = {margin + 2, rowTop + (bottomH - shuH) / 2, shuW, shuH};
    const QRectF shu = at(Phase::Shutdown);
    at(Phase::Frozen) = {shu.right() + 20 + idleW, rowTop, froW, bottomH};
    const QRectF fro = at(Phase::Frozen), inv = at(Phase::Invoke);
    // On the idle arrow, which it interrupts.
    Label idleLabel{idle, f, QRectF(shu.right() + 10, rowTop, idleW, bottomH), Qt::AlignCenter | Qt::TextWordWrap, whole};
    idleLabel.clearBehind = true;
    l.labels << idleLabel;
    // Above the warm curve (which leaves Frozen near its bottom), left of where it rises to Invoke.
    const double aY = fro.bottom() - 6;
    const double bX = inv.center().x() + inv.width() * 0.2;
    l.labels << Label{warmText, f, QRectF(fro.right() + 6, rowTop, std::max(0.0, bX - 0.5 * lh - 8 - (fro.right() + 6)), aY - 4 - rowTop),
                      Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, whole};

    for (int k = 0; k < kPhaseCount; ++k) {
        const auto ph = static_cast<Phase>(k);
        const QRectF r = l.boxes[std::size_t(k)];
        const QRectF inner = r.adjusted(pad, pad / 2, -pad, -pad / 2);
        l.labels << Label{title(ph, r.width()), bold, inner, Qt::AlignLeft | Qt::AlignTop, r};
        l.labels << Label{count(ph), bold, inner, Qt::AlignRight | Qt::AlignBottom, r};
        // Tokens between the title line and the count's line, where a box has that room.
        const QRectF tokens(r.left() + pad, r.top() + lh + pad, r.width() - 2 * pad, r.height() - 2 * lh - 2 * pad);
        l.tokenAreas[std::size_t(k)] = tokens.height() >= 8 ? tokens : QRectF();
    }
    return l;
}

void LifecycleDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const double fs = baseSize();
    const Layout l = layout();
    auto box = [&](Phase ph) { return l.boxes[static_cast<std::size_t>(ph)]; };

    // Init group.
    const QRectF g = l.group;
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(g, 8, 8);

    // Edges.
    const Chrome chrome = Palette::chrome(palette());   // light or dark desktop
    const QColor edge = chrome.edge;
    auto rightMid = [](const QRectF &r) { return QPointF(r.right(), r.center().y()); };
    auto leftMid = [](const QRectF &r) { return QPointF(r.left(), r.center().y()); };
    const QRectF inv = box(Phase::Invoke), fro = box(Phase::Frozen), shu = box(Phase::Shutdown);
    const QRectF fi = box(Phase::FunctionInit), rs = box(Phase::Restore), es = box(Phase::EnvSetup);
    arrow(p, rightMid(box(Phase::EnvSetup)), leftMid(box(Phase::ExtensionInit)), edge);
    if (l.compact) {
        // The second row starts again on the left: Extension → Runtime goes down and back.
        const QRectF ext = box(Phase::ExtensionInit), rt = box(Phase::RuntimeInit);
        arrow(p, QPointF(ext.left() + 0.3 * ext.width(), ext.bottom()), QPointF(rt.right() - 0.3 * rt.width(), rt.top()), edge);
        arrow(p, rightMid(rt), leftMid(fi), edge);
        arrow(p, rightMid(fi), QPointF(inv.left(), fi.center().y()), edge);
        arrow(p, QPointF(g.left() + 2, es.center().y()), QPointF(g.left() + 2, rs.center().y()), edge, true);
        arrow(p, rightMid(rs), QPointF(inv.left(), rs.center().y()), edge, true);
    } else {
        arrow(p, rightMid(box(Phase::ExtensionInit)), leftMid(box(Phase::RuntimeInit)), edge);
        arrow(p, rightMid(box(Phase::RuntimeInit)), leftMid(fi), edge);
        arrow(p, rightMid(fi), QPointF(inv.left(), fi.center().y()), edge);
        arrow(p, QPointF(es.center().x(), es.bottom()), QPointF(es.center().x(), rs.center().y()), edge);
        p.drawLine(QPointF(es.center().x(), rs.center().y()), leftMid(rs));
        arrow(p, QPointF(es.center().x(), rs.center().y()), leftMid(rs), edge, true);
        arrow(p, rightMid(rs), QPointF(inv.left(), rs.center().y()), edge, true);
    }
    // Invoke → Frozen (response sent), Frozen → Invoke (warm reuse), Frozen → Shutdown (idle).
    const QPointF invBottom(inv.center().x() - inv.width() * 0.2, inv.bottom());
    arrow(p, invBottom, QPointF(fro.right(), fro.top() + fro.height() * 0.3), edge);
    QPainterPath warm;
    const QPointF a(fro.right(), l.compact ? fro.bottom() - 6 : fro.top() + fro.height() * 0.75);
    const QPointF b(inv.center().x() + inv.width() * 0.2, inv.bottom());
    warm.moveTo(a);
    warm.cubicTo(QPointF(b.x(), a.y() + 8), QPointF(b.x(), a.y()), b + QPointF(0, 9));
    p.setPen(QPen(Palette::warmStart(), 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(warm);
    arrow(p, b + QPointF(0, 10), b, Palette::warmStart());
    arrow(p, leftMid(fro), rightMid(shu), edge);

    // Boxes.
    for (int k = 0; k < kPhaseCount; ++k) {
        const auto ph = static_cast<Phase>(k);
        const QRectF r = l.boxes[std::size_t(k)];
        const QColor c = Palette::phase(ph);
        const bool hover = m_hover == k;
        p.setPen(QPen(ph == Phase::Restore ? QColor(0x55, 0x55, 0x00) : c.darker(hover ? 160 : 115), hover ? 3 : 2));
        p.setBrush(ph == Phase::Shutdown ? QColor(0xDD, 0xDD, 0xDD) : light(c));
        p.drawRoundedRect(r, 7, 7);
    }
    // Texts: inside a box dark on its light fill, the warm label in the warm colour.
    const QString warmText = tr("warm reuse");
    for (const Label &label : l.labels) {
        const bool inBox = std::any_of(l.boxes.begin(), l.boxes.end(), [&](const QRectF &r) { return r == label.within; });
        if (label.text == warmText && !inBox)
            p.setPen(Palette::onBackground(Palette::warmStart(), chrome));
        else
            p.setPen(inBox ? QColor(0x11, 0x11, 0x11) : palette().text().color());
        p.setFont(label.font);
        if (label.clearBehind)
            p.fillRect(QFontMetricsF(label.font).boundingRect(label.rect, label.flags, label.text).adjusted(-3, 0, 3, 0), palette().base());
        p.drawText(label.rect, label.flags, label.text);
    }

    // Tokens: one per live environment, travelling for a moment after a state change.
    if (!m_run)
        return;
    const bool fleetDrawn = paintFleet(p, inv, fs);
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
        // A grid of tokens in the box's token area; the count says how many do not fit.
        const QRectF area = l.tokenAreas[std::size_t(k)];
        const double step = 2.6 * r;
        const int cols = static_cast<int>(area.width() / step);
        const int rows = static_cast<int>(area.height() / step);
        const int i = placed[k]++;
        if (i >= cols * rows)
            continue;
        const QPointF c(area.left() + r + (i % cols) * step, area.top() + r + (i / cols) * step);
        token(p, c, r, Palette::phase(ph), env.record.kind);
    }
}

bool LifecycleDiagram::paintFleet(QPainter &p, const QRectF &inv, double fs)
{
    if (m_fleet.environmentsPerInstance <= 0)
        return false;
    // Below the title, left of the count.
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
        const QFont small = TextScale::sized(this, font(), std::max(6.5, fs * 0.8));
        p.setFont(small);
        p.setPen(palette().text().color());
        p.drawText(QRectF(inv.left() + 6, inv.bottom() - 1.6 * fs - 2, inv.width() * 0.5, 1.6 * fs), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n instance(s)", nullptr, n - shown));
    }
    return true;
}

void LifecycleDiagram::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    if (TextScale::presenting(this) && e->oldSize().width() != width()) {
        const int need = minimumSizeHint().height();
        if (need != m_hintedHeight) {
            m_hintedHeight = need;
            updateGeometry();
        }
    }
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
