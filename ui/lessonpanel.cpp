// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpanel.h"

#include "lessonplayer.h"
#include "palette.h"
#include "textscale.h"
#include "lessoncues.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lle {

LessonPanel::LessonPanel(LessonPlayer *player, QWidget *parent) : QWidget(parent), m_player(player)
{
    setObjectName(QStringLiteral("lessonPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("lessonProgress"));
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    head->addWidget(m_title, 1);
    head->addWidget(m_progress);
    head->addWidget(m_close);
    layout->addLayout(head);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_narration = new QLabel(body);
    m_narration->setObjectName(QStringLiteral("lessonNarration"));
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_waiting = new QLabel(body);
    m_waiting->setWordWrap(true);
    m_question = new QLabel(body);
    m_question->setObjectName(QStringLiteral("lessonQuestion"));
    m_question->setWordWrap(true);
    m_showAnswer = new QPushButton(body);
    m_showAnswer->setObjectName(QStringLiteral("lessonShowAnswer"));
    m_answer = new QLabel(body);
    m_answer->setObjectName(QStringLiteral("lessonAnswer"));
    m_answer->setWordWrap(true);
    // Beside the "Playing until…" line, not in the button row: the dock keeps its width.
    m_skip = new QPushButton(body);
    m_skip->setObjectName(QStringLiteral("lessonSkip"));
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("lessonSummary"));
    m_summary->setWordWrap(true);
    Palette::followPalette(this, [this] {   // light or dark desktop
        const Chrome chrome = Palette::chrome();
        m_waiting->setStyleSheet(Palette::waitingStyleSheet(chrome));
        m_question->setStyleSheet(Palette::questionStyleSheet(chrome));
        m_answer->setStyleSheet(Palette::answerStyleSheet(chrome));
        m_summary->setStyleSheet(Palette::answerStyleSheet(chrome));
    });
    bodyLayout->addWidget(m_narration);
    bodyLayout->addWidget(m_waiting);
    bodyLayout->addWidget(m_skip, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_question);
    bodyLayout->addWidget(m_showAnswer, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_answer);
    bodyLayout->addWidget(m_summary);
    bodyLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_restart = new QPushButton(this);
    m_restart->setObjectName(QStringLiteral("lessonRestart"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_next->setDefault(true);
    // Restart on a line of its own, above Previous and Next: three buttons in a row asked for a
    // panel too wide for a 1280 px projector beside the parameter panel and the views.
    layout->addWidget(m_restart, 0, Qt::AlignLeft);
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    connect(m_previous, &QPushButton::clicked, m_player, &LessonPlayer::previous);
    connect(m_next, &QPushButton::clicked, m_player, &LessonPlayer::next);
    connect(m_restart, &QPushButton::clicked, m_player, &LessonPlayer::restart);
    connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    connect(m_skip, &QPushButton::clicked, this, &LessonPanel::skipRequested);
    connect(m_player, &LessonPlayer::figuresChanged, this, [this] { refresh(); });
    connect(m_showAnswer, &QPushButton::clicked, this, [this] {
        m_answerShown = true;
        refresh();
    });
    connect(m_player, &LessonPlayer::stepChanged, this, [this] {
        m_answerShown = false;
        refresh();
    });
    connect(m_player, &LessonPlayer::cueRequested, this, [this](const Cue &cue) {
        m_waiting->setProperty("waiting", cue.kind != Cue::Kind::None);
        refresh();
    });
    retranslateUi();
}

void LessonPanel::setScale(double factor)
{
    // In presentation mode at least the 16 px every text of the window has (TextScale).
    const double pt = TextScale::presenting(this) ? 10.0 : std::max(9.0, 10.0 * factor);
    QFont narr = TextScale::sized(this, QApplication::font(this), pt);
    m_narration->setFont(narr);
    m_question->setFont(narr);
    m_answer->setFont(narr);
    m_summary->setFont(narr);
    QFont title = TextScale::sized(this, QApplication::font(this), pt * 1.15);
    title.setBold(true);
    m_title->setFont(title);
}

/// The cue the step waits for, in words.
static QString cueText(const Cue &cue)
{
    switch (cue.kind) {
    case Cue::Kind::None: return {};
    case Cue::Kind::Time: return LessonPanel::tr("Playing to %1 s…").arg(QLocale().toString(cue.timeMs / 1000.0, 'f', 0));
    case Cue::Kind::ColdStart: return LessonPanel::tr("Playing until a cold start…");
    case Cue::Kind::Invoke: return LessonPanel::tr("Playing until the handler runs…");
    case Cue::Kind::Frozen: return LessonPanel::tr("Playing until the environment is frozen…");
    case Cue::Kind::WarmStart: return LessonPanel::tr("Playing until a warm start…");
    case Cue::Kind::IdleShutdown: return LessonPanel::tr("Playing until an environment shuts down after idling…");
    case Cue::Kind::Recycled: return LessonPanel::tr("Playing until an environment is recycled…");
    case Cue::Kind::ScaleOut: return LessonPanel::tr("Playing until a scale-out cold start…");
    case Cue::Kind::Throttled: return LessonPanel::tr("Playing until a request is throttled…");
    case Cue::Kind::ProvisionedStart: return LessonPanel::tr("Playing until a request runs on provisioned concurrency…");
    case Cue::Kind::Restore: return LessonPanel::tr("Playing until a SnapStart restore…");
    case Cue::Kind::Change: return LessonPanel::tr("Playing until the configuration changes…");
    }
    return {};
}

void LessonPanel::refresh()
{
    const LessonStep *step = m_player->currentStep();
    m_title->setText(m_player->title());
    m_progress->setText(m_player->isActive() ? m_player->progressText() : QString());
    m_narration->setText(m_player->narration());
    m_waiting->setText(step && m_waiting->property("waiting").toBool() ? cueText(step->cue) : QString());
    m_waiting->setVisible(!m_waiting->text().isEmpty());
    const QString q = m_player->question();
    m_question->setText(q.isEmpty() ? QString() : tr("Question: %1").arg(q));
    m_question->setVisible(!q.isEmpty());
    m_showAnswer->setVisible(!q.isEmpty() && !m_answerShown);
    m_answer->setText(m_player->answer());
    m_answer->setVisible(!q.isEmpty() && m_answerShown);
    // A step that plays to an event keeps Next until the event happened: otherwise the class reads
    // "shutdown…" before any environment shut down. "Skip ahead" jumps there instead.
    const bool waiting = step && m_waiting->property("waiting").toBool();
    m_previous->setEnabled(m_player->hasPrevious());
    m_next->setEnabled(m_player->hasNext() && !waiting);
    m_skip->setVisible(waiting);
    // The last step closes with the lesson's summary once its cue is reached.
    const bool closing = m_player->isLastStep() && !waiting && !m_player->summary().isEmpty();
    m_summary->setText(closing ? tr("In summary: %1").arg(m_player->summary()) : QString());
    m_summary->setVisible(closing);
}

void LessonPanel::setWaiting(bool waiting)
{
    m_waiting->setProperty("waiting", waiting);
    refresh();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LessonPanel::retranslateUi()
{
    m_showAnswer->setText(tr("Show answer"));
    m_previous->setText(tr("◀ Previous"));
    m_next->setText(tr("Next ▶"));
    m_restart->setText(tr("Restart lesson"));
    m_skip->setText(tr("Skip ahead ▶▶"));
    m_skip->setToolTip(tr("Go to the moment this step plays to"));
    m_close->setText(tr("✕"));
    m_close->setToolTip(tr("Close the lesson"));
    refresh();
}

}  // namespace lle
