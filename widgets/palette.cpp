// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QWidget>

#include <qcustomplot.h>

#include <cmath>

namespace lle {

QColor Palette::phase(Phase p)
{
    return QColor(colours::phase(p));
}

QColor Palette::phaseFill(Phase p)
{
    if (p == Phase::Frozen)
        return QColor(colours::kPaleSkyBlue);
    return phase(p);
}

QColor Palette::startType(StartType s)
{
    switch (s) {
    case StartType::Cold: return coldStart();
    case StartType::Warm: return warmStart();
    case StartType::Provisioned: return provisioned();
    case StartType::SnapStart: return snapStart();
    case StartType::Throttled: return throttled();
    case StartType::TimedOut: return QColor(colours::kDarkGrey);
    }
    return Qt::gray;
}

QString Palette::phaseName(Phase p)
{
    switch (p) {
    case Phase::EnvSetup: return tr("Environment setup");
    case Phase::ExtensionInit: return tr("Extension init");
    case Phase::RuntimeInit: return tr("Runtime init");
    case Phase::FunctionInit: return tr("Function init");
    case Phase::Restore: return tr("Restore (SnapStart)");
    case Phase::Invoke: return tr("Invoke");
    case Phase::Frozen: return tr("Frozen");
    case Phase::Shutdown: return tr("Shutdown");
    }
    return {};
}

QString Palette::startTypeName(StartType s)
{
    switch (s) {
    case StartType::Cold: return tr("cold start");
    case StartType::Warm: return tr("warm start");
    case StartType::Provisioned: return tr("provisioned");
    case StartType::SnapStart: return tr("SnapStart restore");
    case StartType::Throttled: return tr("throttled (429)");
    case StartType::TimedOut: return tr("timed out");
    }
    return {};
}

QString Palette::coldReasonName(ColdReason r)
{
    switch (r) {
    case ColdReason::None: return tr("none");
    case ColdReason::First: return tr("first environment");
    case ColdReason::ScaleOut: return tr("scale-out: all environments busy");
    case ColdReason::Expired: return tr("previous environments expired (idle timeout)");
    case ColdReason::Recycled: return tr("previous environments recycled (max lifetime)");
    case ColdReason::Changed: return tr("configuration changed (new version)");
    }
    return {};
}

QString Palette::envKindName(EnvKind k)
{
    switch (k) {
    case EnvKind::OnDemand: return tr("on-demand");
    case EnvKind::Provisioned: return tr("provisioned concurrency");
    case EnvKind::SnapStart: return tr("SnapStart");
    case EnvKind::ManagedInstance: return tr("managed instance");
    }
    return {};
}

QString Palette::endReasonName(EndReason r)
{
    switch (r) {
    case EndReason::None: return tr("still running");
    case EndReason::IdleTimeout: return tr("idle timeout");
    case EndReason::MaxLifetime: return tr("max lifetime");
    case EndReason::Changed: return tr("configuration changed");
    case EndReason::EndOfRun: return tr("end of run");
    case EndReason::ScaleIn: return tr("fleet scaled in");
    }
    return {};
}

QString Palette::settingName(const std::string &path)
{
    if (path == "function.memory_mb") return tr("memory");
    if (path == "function.provisioned_concurrency") return tr("provisioned concurrency");
    if (path == "function.snapstart.enabled") return tr("SnapStart");
    if (path == "function.runtime") return tr("runtime");
    if (path == "function.architecture") return tr("architecture");
    if (path == "function.handler.cpu_ms") return tr("handler CPU");
    if (path == "function.handler.io_ms") return tr("handler I/O");
    if (path == "function.handler.setup_ms") return tr("DB setup");
    if (path == "function.handler.setup_in_init") return tr("DB setup in global scope");
    if (path == "function.init_ms.env_setup") return tr("environment setup");
    if (path == "function.init_ms.extension") return tr("extension init");
    if (path == "function.init_ms.runtime") return tr("runtime init");
    if (path == "function.init_ms.function") return tr("function init");
    if (path == "platform.idle_timeout_s") return tr("idle timeout", "the setting, not the end reason");
    if (path == "platform.idle_timeout_s.min") return tr("idle timeout (shortest)");
    if (path == "platform.idle_timeout_s.max") return tr("idle timeout (longest)");
    if (path == "workload.pattern") return tr("traffic");
    if (path == "workload.rate_per_s") return tr("rate");
    if (path == "workload.base_rate_per_s") return tr("base rate");
    if (path == "workload.mean_rate_per_s") return tr("mean rate");
    if (path == "workload.keep_warm.interval_s") return tr("keep-warm pings");
    if (path == "pricing.init_billing") return tr("init billing");
    return QString::fromStdString(path);
}

QString Palette::settingValue(const std::string &path, const ScalarValue &v)
{
    const QLocale loc;
    if (std::holds_alternative<bool>(v))
        return std::get<bool>(v) ? tr("on") : tr("off");
    if (std::holds_alternative<std::string>(v)) {
        const auto &s = std::get<std::string>(v);
        if (s == "billed") return tr("billed");
        if (s == "free_before_2025_08") return tr("free (before Aug 2025)");
        return QString::fromStdString(s);
    }
    const double x = std::get<double>(v);
    auto num = [&](double d) { return loc.toString(d, 'f', d == std::floor(d) ? 0 : (std::abs(d) < 1 ? 2 : 1)); };
    if (path.ends_with("_mb")) return tr("%1 MB").arg(num(x));
    if (path.ends_with("_ms")) return tr("%1 ms").arg(num(x));
    if (path.ends_with("_per_s")) return tr("%1/s").arg(num(x));
    if (path.ends_with("_s")) return formatMs(x * 1000.0);
    return num(x);
}

QString Palette::idleTimeoutText(const IdleTimeout &t)
{
    if (!t.ranged || t.minS == t.maxS)
        return formatMs(t.minS * 1000.0);
    const QLocale loc;
    if (t.minS >= 60 && std::fmod(t.minS, 60) == 0 && std::fmod(t.maxS, 60) == 0)
        return tr("%1–%2 min").arg(loc.toString(t.minS / 60, 'f', 0), loc.toString(t.maxS / 60, 'f', 0));
    return tr("%1–%2").arg(formatMs(t.minS * 1000.0), formatMs(t.maxS * 1000.0));
}

QString Palette::changeLabel(const ChangeMark &mark)
{
    QStringList parts;
    bool idleDone = false;
    for (const auto &s : mark.settings) {
        if (s.path.starts_with("platform.idle_timeout_s") && mark.idleBefore && mark.idleAfter) {
            // One setting, whether fixed or a range of two keys: "idle timeout 20 s → 5–15 min".
            if (!idleDone)
                parts << tr("%1 %2 → %3").arg(settingName("platform.idle_timeout_s"), idleTimeoutText(*mark.idleBefore),
                                             idleTimeoutText(*mark.idleAfter));
            idleDone = true;
            continue;
        }
        QString before = settingValue(s.path, s.before);
        QString after = settingValue(s.path, s.after);
        // "memory 512 → 2,048 MB": the unit once, at the end, when both carry the same one.
        const int space = after.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && before.endsWith(after.mid(space)))
            before.chop(after.size() - space);
        parts << tr("%1 %2 → %3").arg(settingName(s.path), before, after);
    }
    return parts.join(QStringLiteral(", "));
}

QString Palette::formatMs(double ms)
{
    const QLocale loc;
    if (!std::isfinite(ms)) return QStringLiteral("–");
    if (ms < 1) return tr("%1 ms").arg(loc.toString(ms, 'f', 2));
    if (ms < 1000) return tr("%1 ms").arg(loc.toString(ms, 'f', ms < 10 ? 1 : 0));
    if (ms < 60'000) return tr("%1 s").arg(loc.toString(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1));
    if (ms < 3'600'000) return tr("%1 min").arg(loc.toString(ms / 60'000.0, 'f', 1));
    return tr("%1 h").arg(loc.toString(ms / 3'600'000.0, 'f', 1));
}

QString Palette::formatUsd(double usd)
{
    const QLocale loc;
    const double a = std::abs(usd);
    int decimals = 2;
    if (a > 0 && a < 0.01) decimals = 6;
    else if (a < 1) decimals = 4;
    return QStringLiteral("$") + loc.toString(usd, 'f', decimals);
}

QString Palette::formatSimTime(double ms)
{
    const auto total = static_cast<long long>(std::floor(std::max(0.0, ms)));
    const long long h = total / 3'600'000, m = total / 60'000 % 60, s = total / 1000 % 60, f = total % 1000;
    if (h > 0)
        return QStringLiteral("%1:%2:%3.%4").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
            .arg(f / 100);
    return QStringLiteral("%1:%2.%3").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
        .arg(f, 3, 10, QLatin1Char('0'));
}

// --- light and dark ---------------------------------------------------------------------------

namespace {

/// `a` moved towards `b` by `t` (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// Calls a function whenever the application palette changes, for as long as its parent lives.
/// It watches the application object, which gets QEvent::ApplicationPaletteChange once the new
/// palette is in place (a platform theme switch, or QApplication::setPalette).
class PaletteFollower : public QObject {
public:
    PaletteFollower(QObject *parent, std::function<void()> apply) : QObject(parent), m_apply(std::move(apply))
    {
        if (qApp)
            qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};

}  // namespace

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

Chrome Palette::chrome(const QPalette &palette)
{
    Chrome c;
    c.dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    c.background = base;
    c.text = text;
    // Shades between text and background: the same contrast steps in light and dark.
    c.panel = mix(base, text, 0.03);
    c.mutedText = mix(text, base, 0.27);
    c.axis = mix(text, base, 0.25);
    c.edge = mix(text, base, 0.33);
    c.grid = mix(text, base, 0.80);
    c.subGrid = mix(text, base, 0.90);
    c.future = mix(base, text, 0.045);
    c.labelBackground = base;
    c.labelBackground.setAlpha(225);
    c.playhead = text;
    c.mark = text;
    c.outline = c.dark ? mix(text, base, 0.2) : outline();
    if (c.dark) {
        c.hintBackground = QColor(0x3B, 0x34, 0x21);
        c.hintBorder = QColor(0x7A, 0x6A, 0x35);
        c.answerBackground = QColor(0x1B, 0x3A, 0x2F);
        c.questionText = QColor(0xF5, 0xA6, 0x5B);
        c.waitingText = phase(Phase::Frozen);           // sky blue
    } else {
        c.hintBackground = QColor(0xFF, 0xFB, 0xE6);
        c.hintBorder = QColor(0xE0, 0xD8, 0xB0);
        c.answerBackground = QColor(0xE8, 0xF5, 0xEF);
        c.questionText = QColor(0x8A, 0x3B, 0x00);
        c.waitingText = provisioned();                  // blue
    }
    return c;
}

Chrome Palette::chrome()
{
    return chrome(QGuiApplication::palette());
}

QColor Palette::onBackground(const QColor &c, const Chrome &chrome)
{
    return chrome.dark ? c.lighter(130) : c.darker(125);
}

QPalette Palette::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35), base(0x26, 0x26, 0x26), text(0xE8, 0xE8, 0xE8), disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x2C, 0x2C, 0x2C));
    p.setColor(QPalette::Dark, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, provisioned());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, phase(Phase::Frozen));
    p.setColor(QPalette::LinkVisited, changeMarker());
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

void Palette::styleLivePlot(QCustomPlot *plot)
{
    const Chrome c = chrome();
    plot->setBackground(c.background);
    const auto recolour = [](QPen pen, const QColor &colour) {
        pen.setColor(colour);
        return pen;
    };
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *a : rect->axes()) {
            a->setBasePen(recolour(a->basePen(), c.axis));
            a->setTickPen(recolour(a->tickPen(), c.axis));
            a->setSubTickPen(recolour(a->subTickPen(), c.axis));
            a->setTickLabelColor(c.axis);
            a->setLabelColor(c.text);
            a->setSelectedTickLabelColor(c.text);
            a->setSelectedLabelColor(c.text);
            a->grid()->setPen(recolour(a->grid()->pen(), c.grid));
            a->grid()->setSubGridPen(recolour(a->grid()->subGridPen(), c.subGrid));
            a->grid()->setZeroLinePen(recolour(a->grid()->zeroLinePen(), c.grid));
        }
    }
    if (QCPLegend *legend = plot->legend) {
        legend->setBrush(c.background);
        legend->setTextColor(c.text);
        legend->setSelectedTextColor(c.text);
    }
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true))
        if (auto *title = qobject_cast<QCPTextElement *>(e))
            title->setTextColor(c.text);
    // The playhead is the one item of the "playhead" layer (runplots.cpp).
    if (QCPLayer *layer = plot->layer(QStringLiteral("playhead")))
        for (QCPLayerable *l : layer->children())
            if (auto *line = qobject_cast<QCPItemStraightLine *>(l))
                line->setPen(recolour(line->pen(), c.playhead));
}

void Palette::followPalette(QCustomPlot *plot)
{
    styleLivePlot(plot);
    new PaletteFollower(plot, [plot] {
        styleLivePlot(plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void Palette::followPalette(QWidget *widget, std::function<void()> apply)
{
    apply();
    new PaletteFollower(widget, std::move(apply));
}

QString Palette::hintStyleSheet(const Chrome &c)
{
    return QStringLiteral("background: %1; color: %2; padding: 2px 6px; border-top: 1px solid %3")
        .arg(c.hintBackground.name(), c.text.name(), c.hintBorder.name());
}

QString Palette::answerStyleSheet(const Chrome &c)
{
    return QStringLiteral("background: %1; color: %2; border-left: 4px solid %3; padding: 4px")
        .arg(c.answerBackground.name(), c.text.name(), warmStart().name());
}

QString Palette::questionStyleSheet(const Chrome &c)
{
    return QStringLiteral("font-weight: bold; color: %1").arg(c.questionText.name());
}

QString Palette::waitingStyleSheet(const Chrome &c)
{
    return QStringLiteral("color: %1; font-style: italic").arg(c.waitingText.name());
}

}  // namespace lle
