// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessonplayer.h"

#include <QFont>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace lle {

class ExplorerWindow;
class HighlightFrame;
class LessonPanel;
class RequestCallout;

/// The teaching layer of the explorer window (issue 6): the Lessons menu and side panel, the
/// highlight, playing to a lesson's cues, tooltips and "What am I seeing?" texts from
/// explanations.h, "why was this request cold?", presentation mode (F11) and the View → Language
/// menu. It only uses the window's public interface and its widgets' objectNames.
class Teaching : public QObject {
    Q_OBJECT
public:
    explicit Teaching(ExplorerWindow *window);

    LessonPlayer *player() { return &m_player; }
    LessonPanel *lessonPanel() const { return m_panel; }
    HighlightFrame *highlight() const { return m_highlight; }
    /// The callout of the request explained last (null before the first).
    RequestCallout *callout() const { return m_callout; }
    QAction *presentationAction() const { return m_presentation; }
    bool isPresenting() const { return m_presenting; }

    /// Opens a built-in lesson by id ("lifecycle") and goes to step `step` (1-based); false if unknown.
    bool openLesson(const QString &id, int step = 1);
    /// Opens a lesson file from disk; a bad one is refused with its problems in a message box (each
    /// naming the file, the step and the key) and false.
    bool openLessonFile(const QString &path);
    void closeLesson();
    void setPresentationMode(bool on);

public slots:
    /// Shows the cold explanation of request `id` in the "What am I seeing?" bar and in a callout
    /// beside the pointer, and marks the request in the latency plot and the lanes.
    void explainRequest(quint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void installExplanations();
    void showExplanation(const QString &text);
    void onCue(const Cue &cue);
    void checkCue();
    /// "Skip ahead": to the cue's moment when the run holds it, and stop waiting.
    void skipToCue();
    void onHighlight(const QString &objectName);
    /// Resizes what was sized for the application font (presentation mode changes it).
    void fitToFont();
    void notifyFontChange();

    ExplorerWindow *m_window;
    LessonPlayer m_player;
    LessonPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    HighlightFrame *m_highlight = nullptr;
    RequestCallout *m_callout = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_presentation = nullptr;
    QAction *m_openLessonFile = nullptr;
    QAction *m_korean = nullptr;
    QAction *m_english = nullptr;
    QActionGroup *m_languages = nullptr;
    QString m_highlightName;
    Cue m_cue;
    double m_cueFromMs = 0;
    bool m_speedChosen = false;
    bool m_presenting = false;
    QFont m_normalFont;
    int m_normalDockWidth = 0;   ///< the lesson panel's width before presentation mode
    QList<QPointer<QWidget>> m_hiddenForPresentation;
};

}  // namespace lle
