// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The player holds its Lesson and hands out its steps by value: the type, not the loading or the
// cue search, which callers include themselves (lessonfile.h, lessoncues.h).
#include "lessonfile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace lle {

/// Walks a lesson: next / previous / restart, and tells the window what to show.
class LessonPlayer : public QObject {
    Q_OBJECT
public:
    explicit LessonPlayer(QObject *parent = nullptr);

    /// Loads a lesson; false (and errors() says why) when it does not load or validate.
    bool load(const QString &path);
    void setLesson(const Lesson &lesson);
    const std::optional<Lesson> &lesson() const { return m_lesson; }
    const QStringList &errors() const { return m_errors; }
    bool isActive() const { return m_lesson.has_value(); }

    int stepIndex() const { return m_index; }
    int stepCount() const { return m_lesson ? int(m_lesson->steps.size()) : 0; }
    bool hasNext() const { return m_index + 1 < stepCount(); }
    bool hasPrevious() const { return m_index > 0; }
    const LessonStep *currentStep() const;
    /// "3 / 9" in the current locale.
    QString progressText() const;
    /// Texts translated in the "Lesson" context.
    QString title() const;
    QString narration() const;
    QString question() const;
    QString answer() const;
    /// The lesson's summary, translated; the last step closes with it.
    QString summary() const;
    bool isLastStep() const { return isActive() && m_index >= 0 && m_index + 1 == stepCount(); }

    /// Fills the figures of the texts (`{cold_latency_ms}`, LessonFigures) from the run on the
    /// screen: called with each translated text. Unset: texts as written.
    void setFigureFiller(std::function<QString(const QString &)> filler) { m_filler = std::move(filler); }
    /// The run or the moment the figures come from changed: re-read the texts.
    void refreshFigures() { emit figuresChanged(); }

public slots:
    void start();        ///< step 1, scenario of step 1
    void next();
    void previous();
    void restart();
    void stop();

signals:
    /// Replace the scenario and rewind (a restarting step, or entering a step whose scenario differs).
    void scenarioRequested(const lle::Scenario &scenario);
    /// Apply these values at the playhead as a timed change.
    void changeRequested(const std::vector<std::pair<std::string, lle::ScalarValue>> &settings);
    /// The current step changed: re-read title, narration, question, progress.
    void stepChanged(int index, int count);
    /// Highlight the widget with this objectName (empty: none).
    void highlightRequested(const QString &objectName);
    /// Play to this cue and pause there (Kind::None: stay).
    void cueRequested(const lle::Cue &cue);
    void stopped();
    void figuresChanged();

private:
    void enter(int index, bool forward);
    QString filled(const QString &text) const;

    std::optional<Lesson> m_lesson;
    QStringList m_errors;
    int m_index = -1;
    std::optional<Scenario> m_shown;
    std::function<QString(const QString &)> m_filler;
};

}  // namespace lle
