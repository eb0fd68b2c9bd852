// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpistrip.h"

#include "palette.h"
#include "pricing.h"
#include "runfigures.h"
#include "textscale.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lle {

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_since.start();
    // A playhead that stops between two recomputations still gets its figures.
    m_catchUp.setSingleShot(true);
    m_catchUp.setInterval(260);
    connect(&m_catchUp, &QTimer::timeout, this, &KpiStrip::recompute);
}

void KpiStrip::setRun(RunPtr run)
{
    const RunPtr old = std::move(m_run);
    m_run = std::move(run);
    // A run recomputed after a change at the playhead has the same past: the figures at the
    // playhead are those shown (they only read requests completed and buckets closed by then),
    // or nearly, when playback went on a little before the new run came. They catch up with the
    // next recomputation, so that a slider move redraws the plots first.
    const double same = old && m_run ? m_run->agreesWithBefore(*old) : 0;
    if (same > m_t)
        return;
    if (same > 0) {
        if (!m_catchUp.isActive())
            m_catchUp.start();
        return;
    }
    recompute();
}

void KpiStrip::setPlayhead(double ms)
{
    m_t = ms;
    // Four times a second is plenty for numbers someone reads.
    if (m_since.elapsed() >= 250)
        recompute();
    else if (!m_catchUp.isActive())
        m_catchUp.start();
}

KpiStrip::Figures KpiStrip::compute(const RecordedRun &run, double tMs)
{
    Figures f;
    CostLines cost;
    if (run.invocationStride > 1) {
        // Requests are sampled: count nothing from the sample, read the simulator's buckets,
        // sketches and bill (the same figures as summary.json at the end of the run).
        const RunFigures::Figures r = RunFigures::at(run, tMs);
        f.requests = r.completed;
        f.throttled = r.throttled;
        f.coldPercent = r.completed ? 100.0 * double(r.cold) / double(r.completed) : 0;
        f.p50 = r.p50;
        f.p99 = r.p99;
        if (run.bucketLatency.empty()) {
            // A run recorded without the buckets' sketches: the sample's percentiles.
            Figures sample;
            fromRequests(run, tMs, sample);
            f.p50 = sample.p50;
            f.p99 = sample.p99;
        }
        cost = r.cost;
    } else {
        // At the end of a finished run, the requests that complete after duration_s too: the
        // summary counts them, as the last metrics bucket does for a sampled run.
        const double upTo = run.finished && tMs >= run.durationMs ? INFINITY : tMs;
        fromRequests(run, upTo, f);
        cost = run.costAt(upTo);
    }
    f.costSoFar = cost.total();
    f.perMillion = f.requests ? f.costSoFar * 1e6 / double(f.requests) : 0;
    // A month from a few requests or seconds is a guess dressed as a figure (the idle, the
    // provisioned hours and the first cold starts dominate): none until the run says enough.
    const double elapsedMs = std::min(tMs, run.durationMs);
    f.perMonthKnown = elapsedMs >= kProjectionMinMs && f.requests >= kProjectionMinRequests;
    if (f.perMonthKnown)
        f.perMonth = monthlyCostUsd(f.costSoFar, elapsedMs / 1000.0);
    return f;
}

KpiStrip::Figures KpiStrip::computeAtVolume(const RecordedRun &run, double tMs, double requestsPerMonth)
{
    Figures f = compute(run, tMs);
    if (requestsPerMonth > 0 && f.perMonthKnown)
        atVolume(run, run.invocationStride > 1 ? RunFigures::at(run, tMs).cost : run.costAt(tMs), requestsPerMonth, f);
    return f;
}

void KpiStrip::atVolume(const RecordedRun &run, const CostLines &cost, double v, Figures &f)
{
    // Every charge scaled by requests (provisioned hours too: a stated volume is the run's
    // traffic made larger or smaller), before any free-tier credit of the run itself.
    const double gross = cost.total() - cost.freeTierCredit;
    const double perRequest = gross / double(f.requests);
    f.perMonth = perRequest * v;
    // The free tier: a million requests and 400,000 GB-s of on-demand duration a month.
    const Rates rates = ratesFor(run.scenario.function.architecture, run.scenario.pricing.rates);
    const double requestCredit = std::min(v, kFreeTierRequests) * rates.requestPerMillion / 1e6;
    const double gbSPerRequest = rates.durationGbS > 0 ? cost.duration / rates.durationGbS / double(f.requests) : 0;
    const double durationCredit = std::min(gbSPerRequest * v, kFreeTierGbS) * rates.durationGbS;
    f.perMonthFreeTier = std::max(0.0, f.perMonth - requestCredit - durationCredit);
}

void KpiStrip::fromRequests(const RecordedRun &run, double tMs, Figures &f)
{
    const std::size_t n = run.invocationsUntil(tMs);
    std::vector<float> lat;
    lat.reserve(n);
    std::uint64_t cold = 0, done = 0, throttled = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto &r = run.invocations[i];
        if (r.kind != RequestKind::Request)
            continue;
        if (r.startType == StartType::Throttled) {
            ++throttled;
            continue;
        }
        ++done;
        if (r.isCold())
            ++cold;
        lat.push_back(static_cast<float>(r.latencyMs));
    }
    f.requests = done;
    f.throttled = throttled;
    f.coldPercent = done ? 100.0 * double(cold) / double(done) : 0;
    auto q = [&](double p) {
        if (lat.empty())
            return 0.0;
        const auto k = std::min(lat.size() - 1, static_cast<std::size_t>(std::ceil(p * double(lat.size())) - 1));
        std::nth_element(lat.begin(), lat.begin() + static_cast<std::ptrdiff_t>(k), lat.end());
        return double(lat[k]);
    };
    f.p50 = q(0.5);
    f.p99 = q(0.99);
}

void KpiStrip::recompute()
{
    m_since.restart();
    m_f = m_run ? computeAtVolume(*m_run, m_t, m_monthlyVolume) : Figures{};
    fitHeight();   // a value grown by a digit may need a smaller size or another row (cellLayout() knows)
    update();
}

void KpiStrip::setMonthlyVolume(double requestsPerMonth)
{
    m_monthlyVolume = std::max(0.0, requestsPerMonth);
    recompute();
}

QString KpiStrip::captionText(Cell cell) const
{
    switch (cell) {
    case Cell::ColdStarts: return tr("cold starts");
    case Cell::P50: return tr("p50 latency");
    case Cell::P99: return tr("p99 latency");
    case Cell::PerMillion: return tr("per 1M requests");
    case Cell::CostSoFar: return tr("cost so far");
    case Cell::PerMonth:
        return m_monthlyVolume > 0 ? tr("month at %1 requests").arg(QLocale().toString(m_monthlyVolume, 'f', 0))
                                   : tr("projected / month");
    case Cell::Requests: return tr("requests · throttled");
    }
    return {};
}

QString KpiStrip::valueText(Cell cell) const
{
    const QLocale loc;
    switch (cell) {
    case Cell::ColdStarts:
        // A month at production rates is cold a few times in 100,000: enough digits to show it.
        return loc.toString(m_f.coldPercent, 'f', m_f.coldPercent > 0 && m_f.coldPercent < 0.1 ? 4 : m_f.coldPercent < 10 ? 2 : 1) + QStringLiteral(" %");
    case Cell::P50: return Format::ms(m_f.p50);
    case Cell::P99: return Format::ms(m_f.p99);
    case Cell::PerMillion: return Format::usd(m_f.perMillion);
    case Cell::CostSoFar: return Format::usd(m_f.costSoFar);
    case Cell::PerMonth:
        if (!m_f.perMonthKnown)
            return QStringLiteral("—");
        if (!std::isnan(m_f.perMonthFreeTier))
            return tr("%1 · free tier %2").arg(Format::usd(m_f.perMonth), Format::usd(m_f.perMonthFreeTier));
        return Format::usd(m_f.perMonth);
    case Cell::Requests:
        return Format::count(m_f.requests, loc) + QStringLiteral(" · ") + Format::count(m_f.throttled, loc);
    }
    return {};
}

void KpiStrip::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    QAction *stated = menu.addAction(tr("Month at a stated volume…"));
    QAction *projected = menu.addAction(tr("Month projected from this run"));
    projected->setEnabled(m_monthlyVolume > 0);
    QAction *chosen = menu.exec(e->globalPos());
    if (chosen == projected) {
        setMonthlyVolume(0);
    } else if (chosen == stated) {
        bool ok = false;
        const double v = QInputDialog::getDouble(this, tr("Month at a stated volume"), tr("Requests per month:"),
                                                 m_monthlyVolume > 0 ? m_monthlyVolume : 10e6, 1, 1e12, 0, &ok);
        if (ok)
            setMonthlyVolume(v);
    }
}

QList<QPair<QString, QString>> KpiStrip::cellTexts() const
{
    QList<QPair<QString, QString>> out;
    for (Cell c : {Cell::ColdStarts, Cell::P50, Cell::P99, Cell::PerMillion, Cell::CostSoFar, Cell::PerMonth, Cell::Requests})
        out.append({captionText(c), valueText(c)});
    return out;
}

namespace {
constexpr double kCellPadding = 18;   // the accent bar and the margins of a cell
constexpr double kValuePoints = 14;   // a value's normal size
}

KpiStrip::Layout KpiStrip::cellLayout() const
{
    // What the layout depends on. A value's digits count, not which digits they are: the strip's
    // fonts have digits of one width, so "$0.000059" takes the room "$0.000061" does.
    QString key = QStringLiteral("%1|%2|%3|%4|").arg(width()).arg(font().toString()).arg(TextScale::presenting(this)).arg(logicalDpiY());
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (const auto &t : cellTexts())
        key += t.first + QLatin1Char('|') + QString(t.second).replace(digit, QStringLiteral("0")) + QLatin1Char('|');
    if (key != m_layoutKey) {
        m_layout = workOutLayout();
        m_layoutKey = key;
        ++m_layoutPasses;
    }
    return m_layout;
}

KpiStrip::Layout KpiStrip::workOutLayout() const
{
    const auto texts = cellTexts();
    const int n = int(texts.size());
    const bool presenting = TextScale::presenting(this);
    Layout l;
    l.caption = TextScale::sized(this, font(), 8.5);
    auto widest = [&](const QFont &f, bool values) {
        const QFontMetricsF fm(f);
        double w = 0;
        for (const auto &t : texts)
            w = std::max(w, fm.horizontalAdvance(values ? t.second : t.first));
        return w + kCellPadding;
    };
    const double captionW = widest(l.caption, false);
    auto valueFont = [&](double scale) {
        QFont f = TextScale::sized(this, font(), kValuePoints * scale, 32);
        f.setBold(true);
        return f;
    };
    // One row, the values as large as fit (not below three quarters of their size)…
    double scale = 1.0;
    l.value = valueFont(scale);
    const double w = std::max(1, width());
    while (!presenting && scale > 0.76 && std::max(widest(l.value, true), captionW) > w / n) {
        scale -= 0.05;
        l.value = valueFont(scale);
    }
    // …else as many columns as the widest cell allows.
    const double cell = std::max(widest(l.value, true), captionW);
    l.columns = std::clamp(int(w / cell), 1, n);
    l.rows = (n + l.columns - 1) / l.columns;
    l.columns = (n + l.rows - 1) / l.rows;   // balanced rows: 4 + 3 rather than 6 + 1
    l.cellWidth = w / l.columns;
    l.rowHeight = QFontMetricsF(l.caption).height() + QFontMetricsF(l.value).height() + 8;
    return l;
}

QStringList KpiStrip::clippedCells() const
{
    const Layout l = cellLayout();
    QStringList out;
    const QFontMetricsF cap(l.caption), val(l.value);
    for (const auto &t : cellTexts())
        if (cap.horizontalAdvance(t.first) + kCellPadding > l.cellWidth + 0.5
            || val.horizontalAdvance(t.second) + kCellPadding > l.cellWidth + 0.5)
            out << t.first + QStringLiteral(": ") + t.second;
    if (l.rows * l.rowHeight > height() + 0.5)
        out << QStringLiteral("height %1 < %2").arg(height()).arg(l.rows * l.rowHeight);
    return out;
}

void KpiStrip::fitHeight()
{
    const Layout l = cellLayout();
    const int need = int(std::ceil(l.rows * l.rowHeight));
    m_neededHeight = need;
    if (isVisible() && (minimumHeight() != std::max(40, need) || maximumHeight() != std::max(48, need))) {
        setMinimumHeight(std::max(40, need));
        setMaximumHeight(std::max(48, need));
        updateGeometry();
    }
}

void KpiStrip::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    fitHeight();
}

void KpiStrip::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange || e->type() == QEvent::ApplicationFontChange || e->type() == QEvent::LanguageChange)
        fitHeight();
}

void KpiStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Chrome chrome = Palette::chrome(palette());   // light or dark desktop
    p.fillRect(rect(), chrome.panel);
    p.setRenderHint(QPainter::Antialiasing);
    const auto texts = cellTexts();
    const QColor accents[] = {Palette::coldStart(),    Palette::warmStart(),    Palette::coldStart(), Palette::requestsCost(),
                              Palette::requestsCost(), Palette::requestsCost(), chrome.mark};
    const Layout l = cellLayout();
    // Rows share the height the window gave.
    const double rowH = double(height()) / l.rows;
    for (int i = 0; i < int(texts.size()); ++i) {
        const QRectF r((i % l.columns) * l.cellWidth, (i / l.columns) * rowH, l.cellWidth, rowH);
        p.fillRect(QRectF(r.left() + 4, r.top() + 6, 4, r.height() - 12), accents[std::min<std::size_t>(i, std::size(accents) - 1)]);
        p.setPen(chrome.mutedText);
        p.setFont(l.caption);
        p.drawText(r.adjusted(14, 3, -4, 0), Qt::AlignLeft | Qt::AlignTop, texts[i].first);
        p.setPen(chrome.text);
        p.setFont(l.value);
        p.drawText(r.adjusted(14, 0, -4, -3), Qt::AlignLeft | Qt::AlignBottom, texts[i].second);
    }
}

}  // namespace lle
