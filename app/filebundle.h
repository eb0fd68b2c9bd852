// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observer.h"
#include "outputwriters.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lle {

/// Files made in memory (plots, the report page, scenario.json) written into a folder all or
/// none: each goes to a temporary name (QSaveFile) by write(), and only commit() renames them
/// into place. A failed or discarded bundle leaves nothing, committed files included.
class FileBundle {
public:
    explicit FileBundle(QString dir);
    ~FileBundle();
    FileBundle(const FileBundle &) = delete;
    FileBundle &operator=(const FileBundle &) = delete;

    /// Writes `bytes` to a temporary file for `name`; false (errorString) when it cannot.
    bool write(const QString &name, const QByteArray &bytes);
    /// Renames every file into place; on failure removes the ones already renamed.
    bool commit();
    /// Removes every file: temporary or committed.
    void discard();
    /// The first failure: "FILE: why".
    QString errorString() const { return m_error; }
    QStringList filePaths() const;

private:
    QString m_dir;
    std::vector<std::unique_ptr<OutputFile>> m_files;
    QString m_error;
};

/// Hands every observer call to several observers in turn (the CSV writers and the recorder the
/// plots draw from, in one run).
class ObserverFanOut final : public SimulationObserver {
public:
    explicit ObserverFanOut(std::vector<SimulationObserver *> observers) : m_observers(std::move(observers)) {}

    void environmentCreated(const EnvironmentRecord &env) override
    {
        for (auto *o : m_observers)
            o->environmentCreated(env);
    }
    void phaseChanged(std::uint32_t envId, Phase phase, SimTime t) override
    {
        for (auto *o : m_observers)
            o->phaseChanged(envId, phase, t);
    }
    void phaseSegment(const PhaseSegment &segment) override
    {
        for (auto *o : m_observers)
            o->phaseSegment(segment);
    }
    void environmentEnded(const EnvironmentRecord &env) override
    {
        for (auto *o : m_observers)
            o->environmentEnded(env);
    }
    void requestArrived(std::uint64_t id, RequestKind kind, SimTime t) override
    {
        for (auto *o : m_observers)
            o->requestArrived(id, kind, t);
    }
    void requestStarted(const InvocationRecord &inv) override
    {
        for (auto *o : m_observers)
            o->requestStarted(inv);
    }
    void requestCompleted(const InvocationRecord &inv) override
    {
        for (auto *o : m_observers)
            o->requestCompleted(inv);
    }
    void requestThrottled(const InvocationRecord &inv) override
    {
        for (auto *o : m_observers)
            o->requestThrottled(inv);
    }
    void configurationChanged(int changeIndex, SimTime t) override
    {
        for (auto *o : m_observers)
            o->configurationChanged(changeIndex, t);
    }

private:
    std::vector<SimulationObserver *> m_observers;
};

}  // namespace lle
