// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runrecorder.h"
#include "scenario.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace lle {

class SimulationController;

/// Every configuration applied in the session, in order: each scenarioChanged of the controller
/// (a new scenario, a slider or lesson change, a sweep point, a restore) becomes an entry, and the
/// figures of its run are added once the run is complete. Any entry can be restored.
class RunHistory : public QObject {
    Q_OBJECT
public:
    struct Kpis {
        double coldStartRatio = 0;
        double p50Ms = 0, p99Ms = 0;
        double costPerMillionUsd = 0, costUsd = 0;
        std::uint64_t requests = 0;
    };
    struct Entry {
        int number = 0;           ///< 1-based, as the list shows it
        QString name;             ///< the scenario's name
        QDateTime time;           ///< when it was applied
        /// What changed against the entry before ("memory 1,024 → 2,048 MB at 0:42.000"), in the
        /// language of the moment it was applied; describe() says it in the current language.
        QString changed;
        int restoredNumber = 0;   ///< the number of the entry this one restored, or 0
        Scenario scenario;        ///< the whole scenario, its changes included
        std::optional<Kpis> kpis; ///< once its run is complete
    };

    explicit RunHistory(SimulationController *controller, QObject *parent = nullptr);

    const std::vector<Entry> &entries() const { return m_entries; }
    /// Sets the controller's scenario to entry `index` (0-based) and rewinds.
    void restore(int index);
    static Kpis kpisOf(const Summary &s);
    /// What entry `index` changed against the entry before, in the current language (names that
    /// stay on screen, the history's rows and compare A/B's titles, follow View → Language).
    QString describe(int index) const;
    /// What differs from `before` to `after`, in words ("memory 1,024 → 2,048 MB from 0:42.000").
    static QString describeChange(const Scenario &before, const Scenario &after);

signals:
    void entryAdded(int index);
    void entryChanged(int index);

private:
    void record();
    void onRun(const RunPtr &run);

    SimulationController *m_controller;
    std::vector<Entry> m_entries;
    int m_restoring = -1;   ///< the entry being restored, for the label of the entry it makes
};

}  // namespace lle
