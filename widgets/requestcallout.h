// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coldexplainer.h"

#include <QFrame>

class QLabel;

namespace lle {

/// The explanation of one clicked request, shown where it was clicked: its title, its latency as
/// a stacked bar (environment setup, extension, runtime, function init or restore, handler) with
/// the parts named below, and the reason it was cold, one sentence a line. A child of the window,
/// above the views; Escape or its close button hides it.
class RequestCallout : public QFrame {
    Q_OBJECT
public:
    explicit RequestCallout(QWidget *parent);
    /// Fills the callout and shows it next to `anchor` (parent coordinates), inside the parent.
    void showFor(const ColdExplanation &explanation, const QPoint &anchor);
    const ColdExplanation &explanation() const { return m_explanation; }
    /// The bar's parts as drawn: one rectangle (callout coordinates) per latency part.
    QList<QRectF> barRects() const;
    QString sentencesText() const;

protected:
    void keyPressEvent(QKeyEvent *e) override;

private:
    ColdExplanation m_explanation;
    QLabel *m_title = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_parts = nullptr;
    QLabel *m_sentences = nullptr;
};

}  // namespace lle
