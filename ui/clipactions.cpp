// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipactions.h"

#include "clipframes.h"
#include "explorerwindow.h"
#include "exportactions.h"
#include "lessonplayer.h"
#include "parameterpanel.h"
#include "recordclipdialog.h"
#include "simulationcontroller.h"
#include "teaching.h"
#include "lessoncues.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <cmath>

namespace lle {

namespace {

const char *const kFolderKey = "clips/lastFolder";

QString fileFilter(VideoFormat f)
{
    switch (f) {
    case VideoFormat::Mp4: return ClipActions::tr("MP4 video (*.mp4)");
    case VideoFormat::WebM: return ClipActions::tr("WebM video (*.webm)");
    case VideoFormat::Gif: return ClipActions::tr("GIF animation (*.gif)");
    }
    return {};
}

}  // namespace

ClipActions::ClipActions(ExplorerWindow *window, Teaching *teaching)
    : QObject(window), m_window(window), m_teaching(teaching)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("actionRecordClip"));
    connect(m_action, &QAction::triggered, this, &ClipActions::askAndRecord);
    // Right after File → Export (it writes pictures too); else above Quit.
    QMenu *file = window->fileMenu();
    const QList<QAction *> actions = file->actions();
    QAction *before = window->quitAction();
    if (window->exports()) {
        const qsizetype at = actions.indexOf(window->exports()->menu()->menuAction());
        if (at >= 0 && at + 1 < actions.size())
            before = actions.at(at + 1);
    }
    file->insertAction(actions.contains(before) ? before : nullptr, m_action);
    retranslate();
    window->installEventFilter(this);   // language changes
}

ClipActions::~ClipActions() = default;   // a recording still going is cancelled (ClipRecording)

bool ClipActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ClipActions::retranslate()
{
    m_action->setText(tr("Recor&d clip…"));
    m_action->setToolTip(tr("Record the animation as MP4, WebM or GIF for slides and course pages"));
}

void ClipActions::askAndRecord()
{
    if (m_recording) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    const RunPtr run = m_window->controller()->run();
    if (!run || !run->finished) {
        QMessageBox::information(m_window, tr("Record clip"),
                                 tr("The run is still being computed. Record the clip once it is complete."));
        return;
    }
    PlaybackClock *clock = m_window->controller()->clock();
    RecordClipDialog dialog(run->durationMs, m_window);
    dialog.setSpeed(clock->speed());
    // An open lesson: its current step from the playhead to the step's cue, its text as caption.
    if (m_teaching && m_teaching->player()->isActive()) {
        LessonPlayer *player = m_teaching->player();
        const double from = clock->simTimeMs();
        double to = run->durationMs;
        if (const LessonStep *step = player->currentStep(); step && step->cue.kind != Cue::Kind::None) {
            if (const auto at = cueReachedAt(*run, step->cue, from))
                to = std::min(to, *at);
        }
        if (to > from)
            dialog.setSpan(from, to);
        dialog.setNarration(QStringLiteral("%1 · %2").arg(player->title(), player->progressText()), player->narration());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClipSpec spec = dialog.spec();

    QSettings settings;
    QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    const QString ext = VideoEncoder::extension(spec.video.format);
    QString base = QString::fromStdString(run->scenario.name).simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(base.isEmpty() ? QStringLiteral("clip") : base, clipViewName(spec.view), ext));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Record clip"), suggested, fileFilter(spec.video.format));
    if (path.isEmpty())
        return;
    if (VideoEncoder::formatForPath(path) != spec.video.format)
        path += QLatin1Char('.') + ext;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    if (!startRecording(spec, path))
        return;

    m_progress = new QProgressDialog(tr("Recording the clip…"), tr("Cancel"), 0, m_recording->totalSteps(), m_window);
    m_progress->setObjectName(QStringLiteral("clipProgress"));
    m_progress->setWindowTitle(tr("Record clip"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // Not modal: the window goes on playing; the clip is drawn from its own views.
    m_progress->setWindowModality(Qt::NonModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ClipActions::cancel);
    m_progress->show();
}

bool ClipActions::startRecording(const ClipSpec &spec, const QString &path)
{
    const RunPtr run = m_window->controller()->run();
    if (m_recording || !run)
        return false;
    m_path = path;
    QWidget *panel = spec.view == ClipView::Window ? static_cast<QWidget *>(m_window->panel()) : nullptr;
    m_recording =
        std::make_unique<ClipRecording>(ClipFrames::source(run, spec, panel), clipFrameCount(spec), path, spec.video);
    connect(m_recording.get(), &ClipRecording::progress, this, &ClipActions::onProgress);
    connect(m_recording.get(), &ClipRecording::finished, this, &ClipActions::onFinished);
    m_action->setEnabled(false);
    m_recording->start();
    return true;
}

void ClipActions::cancel()
{
    if (m_recording)
        m_recording->cancel();
}

void ClipActions::onProgress(int done, int total, double secondsLeft)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    const QLocale loc;
    QString text = tr("Recording %1…").arg(QDir::toNativeSeparators(QFileInfo(m_path).fileName()));
    if (secondsLeft >= 0)
        text += QLatin1Char('\n') + tr("about %1 s left").arg(loc.toString(std::ceil(secondsLeft), 'f', 0));
    m_progress->setLabelText(text);
}

void ClipActions::onFinished(bool ok)
{
    // The recording object is deleted later: this slot runs inside its signal.
    ClipRecording *done = m_recording.release();
    done->deleteLater();
    m_action->setEnabled(true);
    if (m_progress)
        m_progress->close();
    if (!ok && !done->wasCancelled())
        QMessageBox::warning(m_window, tr("Record clip"), tr("The clip could not be recorded:\n%1").arg(done->errorString()));
    else if (ok)
        m_window->statusBar()->showMessage(tr("Clip recorded: %1").arg(QDir::toNativeSeparators(m_path)), 8000);
    emit finished(ok, m_path);
}

}  // namespace lle
