// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistory.h"

#include "palette.h"
#include "scenariodiff.h"
#include "simulationcontroller.h"

#include <QStringList>

namespace lle {

namespace {

QString settingText(const std::string &path, const ScalarValue &v)
{
    return Vocabulary::settingName(path) + QLatin1Char(' ') + Vocabulary::settingValue(path, v);
}

}  // namespace

RunHistory::RunHistory(SimulationController *controller, QObject *parent) : QObject(parent), m_controller(controller)
{
    connect(controller, &SimulationController::scenarioChanged, this, &RunHistory::record);
    connect(controller, &SimulationController::runReady, this, &RunHistory::onRun);
    // The configuration the window opened with is the first entry.
    record();
    if (const RunPtr run = controller->run())
        onRun(run);
}

RunHistory::Kpis RunHistory::kpisOf(const Summary &s)
{
    Kpis k;
    k.coldStartRatio = s.coldStartRatio;
    k.p50Ms = s.latency.p50;
    k.p99Ms = s.latency.p99;
    k.costPerMillionUsd = s.costPerMillionRequests;
    k.costUsd = s.cost.total();
    k.requests = s.requests.total;
    return k;
}

void RunHistory::record()
{
    const Scenario &s = m_controller->scenario();
    if (!m_entries.empty() && diffScenarios(m_entries.back().scenario, s).empty())
        return;
    Entry e;
    e.number = static_cast<int>(m_entries.size()) + 1;
    e.name = QString::fromStdString(s.name);
    e.time = QDateTime::currentDateTime();
    e.scenario = s;
    if (m_restoring >= 0 && m_restoring < static_cast<int>(m_entries.size()))
        e.restoredNumber = m_entries[static_cast<std::size_t>(m_restoring)].number;
    m_restoring = -1;
    m_entries.push_back(std::move(e));
    m_entries.back().changed = describe(static_cast<int>(m_entries.size()) - 1);
    emit entryAdded(static_cast<int>(m_entries.size()) - 1);
}

QString RunHistory::describe(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_entries.size()))
        return {};
    const Entry &e = m_entries[static_cast<std::size_t>(index)];
    if (e.restoredNumber > 0)
        return tr("run %1 restored").arg(e.restoredNumber);
    if (index == 0)
        return tr("the configuration at the start");
    return describeChange(m_entries[static_cast<std::size_t>(index) - 1].scenario, e.scenario);
}

void RunHistory::onRun(const RunPtr &run)
{
    if (!run || !run->finished || run->generation != m_controller->generation())
        return;
    for (int i = static_cast<int>(m_entries.size()) - 1; i >= 0; --i) {
        Entry &e = m_entries[static_cast<std::size_t>(i)];
        if (diffScenarios(e.scenario, run->scenario).empty()) {
            if (!e.kpis) {
                e.kpis = kpisOf(run->summary);
                emit entryChanged(i);
            }
            return;
        }
    }
}

void RunHistory::restore(int index)
{
    if (index < 0 || index >= static_cast<int>(m_entries.size()))
        return;
    m_restoring = index;
    const Scenario s = m_entries[static_cast<std::size_t>(index)].scenario;
    m_controller->setScenario(s);
    m_restoring = -1;
}

QString RunHistory::describeChange(const Scenario &before, const Scenario &after)
{
    if (before.name != after.name)
        return tr("scenario “%1”").arg(QString::fromStdString(after.name));
    QStringList parts;
    const ScenarioDiff diff = diffScenarios(before, after);
    // The scenario itself, key by key (a key B no longer has goes unsaid: its replacement says it).
    for (const ChangedSetting &c : diff.settings) {
        if (!c.after)
            continue;
        const QString now = Vocabulary::settingValue(c.key, *c.after);
        parts << (c.before ? tr("%1 %2 → %3").arg(Vocabulary::settingName(c.key), Vocabulary::settingValue(c.key, *c.before), now)
                           : Vocabulary::settingName(c.key) + QLatin1Char(' ') + now);
    }
    // The timed changes: new or edited entries, and entries dropped.
    for (const std::size_t k : diff.timedChanges) {
        QStringList set;
        for (const auto &[path, value] : after.changes[k].set)
            set << settingText(path, value);
        parts << tr("%1 from %2").arg(set.join(QStringLiteral(", ")),
                                      Format::simTime(after.changes[k].atS * 1000.0));
    }
    if (diff.timedChangesRemoved > 0)
        parts << tr("%n timed change(s) removed", nullptr, static_cast<int>(diff.timedChangesRemoved));
    if (parts.isEmpty())
        return tr("no change");
    if (parts.size() > 3)
        return parts.mid(0, 3).join(QStringLiteral("; ")) + QStringLiteral("; …");
    return parts.join(QStringLiteral("; "));
}

}  // namespace lle
