// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "atomicfile.h"
#include "explorerwindow.h"
#include "scenariofile.h"
#include "scenarioio.h"
#include "simulationcontroller.h"
#include "tracereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace lle {

namespace {

/// Sessions of one process are told apart by a counter (several windows, or tests).
std::atomic<int> g_sessionCounter{0};

const QString kPrefix = QStringLiteral("session-");

/// The scenario as an autosave keeps it: trace paths absolute, since the file no longer lies in
/// the folder they were relative to.
Scenario selfContained(Scenario s)
{
    const auto resolve = [&](std::string &path) { path = resolveTracePath(s.baseDir, path); };
    resolve(s.workload.trace.path);
    resolve(s.workload.trace.durationsPath);
    for (Change &c : s.changes)
        for (auto &[key, value] : c.set)
            if (auto *text = std::get_if<std::string>(&value); text && (key == "workload.path" || key == "workload.durations_path"))
                resolve(*text);
    return s;
}

}  // namespace

Autosave::Autosave(ExplorerWindow *window)
    : Autosave(window->controller(), window, Options{}, window)
{
}

Autosave::Autosave(SimulationController *controller, QWidget *dialogParent, Options options, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_dialogParent(dialogParent)
    , m_options(std::move(options))
{
    m_dir = m_options.directory;
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
    QDir().mkpath(m_dir);
    m_base = QDir(m_dir).filePath(
        QStringLiteral("%1%2-%3").arg(kPrefix).arg(QCoreApplication::applicationPid()).arg(g_sessionCounter++));

    // The lock is the marker that this session is alive; no age makes it stale (a window may stay
    // open for a whole day), only the death of this process.
    m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        // Without the marker another window would take our file for an orphan: no autosave.
        qWarning("autosave: cannot create %s; the scenario is not autosaved", qPrintable(m_lock->fileName()));
        m_lock.reset();
    }

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    connect(&m_write, &QFutureWatcher<QString>::finished, this, &Autosave::onWriteFinished);
    if (m_controller)
        connect(m_controller, &SimulationController::scenarioChanged, this, &Autosave::onChanged);
    // Quitting without closing the window (the window is never deleted then) is a clean end too.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
            m_timer.stop();
            m_write.waitForFinished();
            QFile::remove(filePath());
            if (m_lock)
                m_lock->unlock();
            m_lock.reset();
        });
    if (m_options.offerOnStart)
        QTimer::singleShot(0, this, [this] { offerRecovery(); });
}

Autosave::~Autosave()
{
    m_timer.stop();
    m_write.waitForFinished();
    if (m_lock) {
        QFile::remove(filePath());
        m_lock->unlock();
    }
}

void Autosave::onChanged()
{
    m_dirty = true;
    // Not restarted by every change: a slider dragged for a minute is still saved every few seconds.
    if (!m_timer.isActive())
        m_timer.start(m_options.delayMs);
}

void Autosave::saveNow()
{
    m_timer.stop();
    if (!m_dirty || !m_controller || !m_lock)
        return;
    if (m_write.isRunning())
        return;   // onWriteFinished writes again
    m_dirty = false;
    const std::string text = writeScenario(selfContained(m_controller->scenario()));
    const QString path = filePath();
    // The write (and its fsync) goes to a worker: the UI thread never waits for the disk.
    m_write.setFuture(QtConcurrent::run([path, text]() -> QString {
        QString error;
        if (writeFileAtomically(path, text, &error))
            return {};
        return error.isEmpty() ? path + QStringLiteral(": cannot be written") : error;
    }));
}

void Autosave::onWriteFinished()
{
    const QString error = m_write.result();
    if (!error.isEmpty())
        qWarning("autosave: %s", qPrintable(error));
    emit saved(error.isEmpty(), error);
    if (m_dirty && !m_timer.isActive())
        m_timer.start(m_options.delayMs);
}

QString Autosave::defaultQuestionTime(const QDateTime &t) const
{
    return QLocale().toString(t, QLocale::ShortFormat);
}

bool Autosave::offerRecovery()
{
    if (!m_controller)
        return false;
    QDir dir(m_dir);
    const QString own = QFileInfo(filePath()).fileName();
    const QFileInfoList files = dir.entryInfoList({kPrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {   // newest first
        if (info.fileName() == own)
            continue;
        const QString path = info.absoluteFilePath();
        const QString base = path.chopped(5);   // ".json"
        // Holding its lock both proves its session is gone and keeps another window starting now
        // from offering the same file.
        QLockFile claim(base + QStringLiteral(".lock"));
        claim.setStaleLockTime(0);
        if (!claim.tryLock(0))
            continue;   // a session that is still running (another window or process)

        const ScenarioFile file = loadScenarioFile(path);
        if (file.status != ScenarioFile::Status::Ok) {
            // Moved aside, not deleted: it may still hold what someone wants to recover by hand.
            QString aside = base + QStringLiteral(".corrupt");
            for (int n = 1; QFileInfo::exists(aside); ++n)
                aside = base + QStringLiteral(".corrupt-%1").arg(n);
            const bool moved = QFile::rename(path, aside);
            if (!moved)
                QFile::remove(path);
            const QString message =
                (moved ? tr("The autosaved scenario %1 cannot be read; it was moved to %2.\n\n%3")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside))
                       : tr("The autosaved scenario %1 cannot be read; it was removed.\n\n%2")
                             .arg(QDir::toNativeSeparators(path)))
                    .arg(file.messages.join(QLatin1Char('\n')));
            if (m_options.warn)
                m_options.warn(message);
            else
                QMessageBox::warning(m_dialogParent, tr("Autosave"), message);
            continue;
        }

        const QDateTime savedAt = info.lastModified();
        bool restore = false;
        if (m_options.ask) {
            restore = m_options.ask(savedAt);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Unsaved scenario"),
                            tr("Restore the unsaved scenario from %1?").arg(defaultQuestionTime(savedAt)),
                            QMessageBox::NoButton, m_dialogParent);
            QPushButton *restoreButton = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
            box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(restoreButton);
            box.exec();
            restore = box.clickedButton() == restoreButton;
        }
        if (!restore) {
            QFile::remove(path);
            continue;   // the next older one, if any
        }
        m_controller->setScenario(*file.scenario);
        // Kept under this session from now on, then the orphan goes.
        saveNow();
        m_write.waitForFinished();
        QFile::remove(path);
        return true;
    }
    // Locks of sessions that ended before their first write.
    for (const QFileInfo &info : dir.entryInfoList({kPrefix + QStringLiteral("*.lock")}, QDir::Files)) {
        if (info.absoluteFilePath() == m_base + QStringLiteral(".lock")
            || QFileInfo::exists(info.absoluteFilePath().chopped(5) + QStringLiteral(".json")))
            continue;
        QLockFile stale(info.absoluteFilePath());
        stale.setStaleLockTime(0);
        if (stale.tryLock(0))
            stale.unlock();
    }
    return false;
}

}  // namespace lle
