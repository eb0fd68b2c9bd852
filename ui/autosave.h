// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

namespace lle {

class ExplorerWindow;
class SimulationController;

/// Keeps an autosave of the window's scenario so that a crash loses no work, and offers a previous
/// session's autosave back on start.
///
/// Each session (one window of one process) owns two files in the autosave folder:
/// `session-PID-N.json`, the scenario as the controller holds it (timed changes included; trace
/// paths made absolute), and `session-PID-N.lock`, a QLockFile held while the session runs — the
/// marker that it is alive. The scenario is written atomically (app/atomicfile.h) on a worker a
/// few seconds after the first unsaved change. A clean exit (this object destroyed) removes both.
/// A `.json` whose lock nobody holds belongs to a session that ended without cleaning up: on start
/// the newest such file is offered ("Restore the unsaved scenario from …?"); Discard removes it and
/// offers the next, Restore sets it on the controller and leaves any older ones for a later start.
/// A file that cannot be read as a scenario is reported and renamed `….corrupt`, never loaded.
class Autosave : public QObject {
    Q_OBJECT
public:
    struct Options {
        /// The autosave folder; empty: QStandardPaths::AppDataLocation + "/autosave".
        QString directory;
        /// Delay between the first unsaved change and the write.
        int delayMs = 3000;
        /// Asked with the time of an orphaned autosave; true = restore it. Empty: a message box.
        std::function<bool(const QDateTime &savedAt)> ask;
        /// Told why an orphaned autosave could not be restored. Empty: a message box.
        std::function<void(const QString &message)> warn;
        /// Look for a previous session's autosave once the event loop runs (the window shown).
        bool offerOnStart = true;
    };

    /// Attaches to `window` (its child) with the default folder and message boxes.
    explicit Autosave(ExplorerWindow *window);
    Autosave(SimulationController *controller, QWidget *dialogParent, Options options, QObject *parent = nullptr);
    /// A clean end: waits for a write in progress, then removes this session's files.
    ~Autosave() override;

    QString directory() const { return m_dir; }
    /// This session's autosave file (it exists only after the first change was written).
    QString filePath() const { return m_base + QStringLiteral(".json"); }
    /// Offers the newest orphaned autosave of an earlier session, as on start. Returns true when
    /// one was restored.
    bool offerRecovery();
    /// Writes now if a change is waiting (also what the timer does).
    void saveNow();
    /// True while a change is not yet written.
    bool isDirty() const { return m_dirty; }

signals:
    /// A write finished: `ok`, or `error` ("FILE: why").
    void saved(bool ok, const QString &error);

private:
    void onChanged();
    void onWriteFinished();
    QString defaultQuestionTime(const QDateTime &t) const;

    QPointer<SimulationController> m_controller;
    QPointer<QWidget> m_dialogParent;
    Options m_options;
    QString m_dir;
    QString m_base;                       ///< folder + "/session-PID-N"
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QFutureWatcher<QString> m_write;      ///< the write in progress: "" or the error
    bool m_dirty = false;
    bool m_restoring = false;
};

}  // namespace lle
