// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcallout.h"

#include "palette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lle {

namespace {

/// The latency as one bar, each part as wide as its share.
class LatencyBar : public QWidget {
public:
    explicit LatencyBar(const ColdExplanation *e, QWidget *parent) : QWidget(parent), m_e(e)
    {
        setMinimumHeight(22);
        setObjectName(QStringLiteral("latencyBar"));
    }

    QList<QRectF> rects() const
    {
        QList<QRectF> out;
        double total = 0;
        for (const auto &part : m_e->latencyParts)
            total += std::max(part.ms, 0.0);
        if (total <= 0)
            return out;
        double x = 0;
        const double w = width() - 1;
        for (const auto &part : m_e->latencyParts) {
            const double pw = w * std::max(part.ms, 0.0) / total;
            out << QRectF(x, 0, pw, height() - 1);
            x += pw;
        }
        return out;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QList<QRectF> r = rects();
        for (qsizetype i = 0; i < r.size(); ++i)
            p.fillRect(r[i], Palette::phase(m_e->latencyParts[static_cast<std::size_t>(i)].phase));
        p.setPen(palette().text().color());
        p.drawRect(QRectF(0, 0, width() - 1, height() - 1));
    }

private:
    const ColdExplanation *m_e;
};

}  // namespace

RequestCallout::RequestCallout(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("requestCallout"));
    setFrameShape(QFrame::Box);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeCallout"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    top->addWidget(m_title, 1);
    top->addWidget(close);
    layout->addLayout(top);
    m_bar = new LatencyBar(&m_explanation, this);
    layout->addWidget(m_bar);
    m_parts = new QLabel(this);
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setWordWrap(true);
    layout->addWidget(m_parts);
    m_sentences = new QLabel(this);
    m_sentences->setWordWrap(true);
    layout->addWidget(m_sentences);
    hide();
}

void RequestCallout::showFor(const ColdExplanation &explanation, const QPoint &anchor)
{
    m_explanation = explanation;
    m_title->setText(explanation.title);
    QStringList parts;
    double total = 0;
    for (const auto &part : explanation.latencyParts) {
        total += part.ms;
        // The handler is the invoke phase; the others keep the lifecycle's names.
        const QString name = part.phase == Phase::Invoke ? tr("handler") : Vocabulary::phaseName(part.phase);
        // Non-breaking: a line never separates a colour from its name.
        parts << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;%3")
                     .arg(Palette::phase(part.phase).name(), name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                          Format::ms(part.ms).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    m_parts->setText(tr("Latency %1:").arg(Format::ms(total)) + QStringLiteral(" ") + parts.join(QStringLiteral(" · ")));
    m_bar->setVisible(!explanation.latencyParts.empty());
    m_sentences->setText(sentencesText());
    QWidget *host = parentWidget();
    const int width = std::min(460, host ? host->width() - 16 : 460);
    setFixedWidth(std::max(200, width));
    adjustSize();
    // Beside the click, inside the window: below-right, flipped when it would leave the window.
    QPoint at = anchor + QPoint(14, 14);
    if (host) {
        if (at.x() + this->width() > host->width() - 4)
            at.setX(anchor.x() - 14 - this->width());
        if (at.y() + height() > host->height() - 4)
            at.setY(anchor.y() - 14 - height());
        at.setX(std::clamp(at.x(), 4, std::max(4, host->width() - this->width() - 4)));
        at.setY(std::clamp(at.y(), 4, std::max(4, host->height() - height() - 4)));
    }
    move(at);
    show();
    raise();
    m_bar->update();
}

QList<QRectF> RequestCallout::barRects() const
{
    QList<QRectF> out;
    for (const QRectF &r : static_cast<const LatencyBar *>(m_bar)->rects())
        out << r.translated(m_bar->pos());
    return out;
}

QString RequestCallout::sentencesText() const
{
    QStringList lines = m_explanation.reasonSentences;
    if (lines.isEmpty() && !m_explanation.reasonText.isEmpty())
        lines << m_explanation.reasonText;
    return lines.join(QLatin1Char('\n'));
}

void RequestCallout::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(e);
}

}  // namespace lle
