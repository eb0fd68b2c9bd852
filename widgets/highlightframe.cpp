// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightframe.h"

#include "colours.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QScrollArea>

#include <cmath>

namespace lle {

HighlightFrame::HighlightFrame(QWidget *window) : QWidget(window)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setObjectName(QStringLiteral("lessonHighlight"));
    hide();
    m_pulse.setInterval(80);
    connect(&m_pulse, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % 24;
        follow();
        update();
    });
}

void HighlightFrame::setLineWidth(int px)
{
    m_lineWidth = px;
    follow();
}

void HighlightFrame::setTarget(QWidget *target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!target) {
        m_pulse.stop();
        hide();
        return;
    }
    target->installEventFilter(this);
    // Scroll a control of the parameter panel into view.
    for (QWidget *p = target->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(target, 8, 8);
            break;
        }
    follow();
    m_pulse.start();
}

void HighlightFrame::follow()
{
    QWidget *host = parentWidget();
    if (!m_target || !host || !m_target->isVisible()) {
        hide();
        return;
    }
    const int m = m_lineWidth + 2;
    QRect r(m_target->mapTo(host, QPoint(0, 0)), m_target->size());
    // Clip to what is visible of the target (inside a scroll area, only the visible part).
    for (QWidget *p = m_target->parentWidget(); p && p != host; p = p->parentWidget())
        if (qobject_cast<QAbstractScrollArea *>(p) || p->inherits("QScrollArea"))
            r &= QRect(p->mapTo(host, QPoint(0, 0)), p->size());
    setGeometry(r.adjusted(-m, -m, m, m) & host->rect());
    show();
    raise();
}

bool HighlightFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HighlightFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Vermillion (the palette's function-init / cold colour), pulsing in opacity and width.
    const double pulse = 0.5 + 0.5 * std::sin(m_phase / 24.0 * 2 * M_PI);
    QColor c(colours::kVermillion);
    c.setAlphaF(0.65 + 0.35 * pulse);
    const double w = m_lineWidth * (0.75 + 0.35 * pulse);
    p.setPen(QPen(c, w));
    p.setBrush(Qt::NoBrush);
    const double inset = m_lineWidth / 2.0 + 1;
    p.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 6, 6);
}

}  // namespace lle
