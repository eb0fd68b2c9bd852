// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace lle {

class LessonPlayer;

/// The lesson side panel: title, progress ("3 / 9"), the step's narration, its question with
/// "Show answer", and previous / next / restart / close. It reads everything from the player and
/// re-reads it on a language change.
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(LessonPlayer *player, QWidget *parent = nullptr);

    QLabel *narrationLabel() const { return m_narration; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *skipButton() const { return m_skip; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Larger text in presentation mode.
    void setScale(double factor);
    /// Whether the "Playing until …" line shows (the window clears it when the cue is reached).
    void setWaiting(bool waiting);

signals:
    void closeRequested();
    /// "Skip ahead": go to the step's cue now instead of playing to it.
    void skipRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    LessonPlayer *m_player;
    QLabel *m_title, *m_progress, *m_narration, *m_question, *m_answer, *m_waiting, *m_summary;
    QPushButton *m_showAnswer, *m_previous, *m_next, *m_restart, *m_close, *m_skip;
    QScrollArea *m_scroll;
    bool m_answerShown = false;
};

}  // namespace lle
