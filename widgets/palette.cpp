// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QApplication>
#include <QEvent>
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
