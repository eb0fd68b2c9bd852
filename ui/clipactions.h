// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliprecording.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QProgressDialog;

namespace lle {

class ExplorerWindow;
class Teaching;

/// File → Record clip…, attached to the explorer window the way Teaching is (through its public
/// interface and the objectName of its File menu). The clip is drawn from the window's recorded
/// run with views of its own (ClipFrames), never from the screen, so the window goes on playing;
/// a progress dialog shows frames, time left and Cancel. A lesson that is open in `teaching` (when
/// the window has one) offers its current step: from the playhead to the step's cue, with the
/// step's text as caption.
class ClipActions : public QObject {
    Q_OBJECT
public:
    explicit ClipActions(ExplorerWindow *window, Teaching *teaching = nullptr);
    ~ClipActions() override;

    QAction *recordAction() const { return m_action; }
    bool isRecording() const { return m_recording != nullptr; }
    /// Records `spec` of the window's run into `path` without asking (tests and the dialog).
    bool startRecording(const ClipSpec &spec, const QString &path);
    /// The recording going on, if any (tests).
    ClipRecording *recording() const { return m_recording.get(); }

public slots:
    void askAndRecord();
    void cancel();

signals:
    /// A recording ended: the file is in place (ok) or nothing was written.
    void finished(bool ok, const QString &path);

private:
    void retranslate();
    void onProgress(int done, int total, double secondsLeft);
    void onFinished(bool ok);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ExplorerWindow *m_window;
    QPointer<Teaching> m_teaching;   // nullptr: a window without lessons, no step to offer
    QAction *m_action = nullptr;
    std::unique_ptr<ClipRecording> m_recording;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
};

}  // namespace lle
