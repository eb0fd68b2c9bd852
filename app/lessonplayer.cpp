// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonplayer.h"

#include <QCoreApplication>
#include <QLocale>

namespace lle {

// --- player -----------------------------------------------------------------------------------

LessonPlayer::LessonPlayer(QObject *parent) : QObject(parent) {}

bool LessonPlayer::load(const QString &path)
{
    LessonLoad r = loadLesson(path);
    m_errors = r.errors;
    if (!r.lesson)
        return false;
    setLesson(*r.lesson);
    return true;
}

void LessonPlayer::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_index = -1;
}

const LessonStep *LessonPlayer::currentStep() const
{
    if (!m_lesson || m_index < 0 || m_index >= stepCount())
        return nullptr;
    return &m_lesson->steps[std::size_t(m_index)];
}

QString LessonPlayer::progressText() const
{
    const QLocale loc;
    return QStringLiteral("%1 / %2").arg(loc.toString(m_index + 1), loc.toString(stepCount()));
}

static QString translated(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QCoreApplication::translate("Lesson", text.toUtf8().constData());
}

QString LessonPlayer::title() const { return m_lesson ? translated(m_lesson->title) : QString(); }
QString LessonPlayer::narration() const { return currentStep() ? filled(translated(currentStep()->narrate)) : QString(); }
QString LessonPlayer::question() const { return currentStep() ? filled(translated(currentStep()->question)) : QString(); }
QString LessonPlayer::answer() const { return currentStep() ? filled(translated(currentStep()->answer)) : QString(); }
QString LessonPlayer::summary() const { return m_lesson ? translated(m_lesson->summary) : QString(); }

QString LessonPlayer::filled(const QString &text) const { return m_filler && !text.isEmpty() ? m_filler(text) : text; }

void LessonPlayer::start()
{
    if (!m_lesson || m_lesson->steps.empty())
        return;
    enter(0, false);
}

void LessonPlayer::restart() { start(); }

void LessonPlayer::next()
{
    if (hasNext())
        enter(m_index + 1, true);
}

void LessonPlayer::previous()
{
    if (hasPrevious())
        enter(m_index - 1, false);
}

void LessonPlayer::stop()
{
    m_lesson.reset();
    m_index = -1;
    emit highlightRequested({});
    emit cueRequested(Cue{});
    emit stopped();
}

void LessonPlayer::enter(int index, bool forward)
{
    m_index = index;
    const LessonStep &step = m_lesson->steps[std::size_t(index)];
    // Forward, only a restarting step replaces the run (the class keeps watching the same one);
    // backwards and on (re)start, the step's scenario is shown from 0 so that it is always the same.
    if (!forward || step.restarts())
        emit scenarioRequested(m_lesson->scenarioForStep(index));
    if (forward && !step.change.empty())
        emit changeRequested(step.change);
    emit stepChanged(m_index, stepCount());
    emit highlightRequested(step.highlight);
    emit cueRequested(step.cue);
}

}  // namespace lle
