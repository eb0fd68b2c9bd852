// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "scenarioio.h"
#include "tracereader.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace lle {

/// A scenario file read from disk (contract §1).
struct ScenarioFile {
    enum class Status { Ok, Unreadable, Invalid };
    Status status = Status::Unreadable;
    std::optional<Scenario> scenario;   ///< set when Ok; baseDir is the file's folder
    /// Unreadable: one line, "FILE: why". Invalid: one line per problem, "FILE: PATH: WHAT (ALLOWED)".
    /// FILE is the path as given, as the user typed it.
    QStringList messages;
};

/// Reads and parses a scenario file. A missing, unreadable or directory path is Unreadable (exit 3
/// for the headless runner); a file that is not a valid scenario is Invalid (exit 2).
ScenarioFile loadScenarioFile(const QString &path);

/// "FILE: PATH: WHAT (ALLOWED)", the contract's form of a scenario problem.
QString formatProblem(const QString &file, const Problem &problem);

/// Writes every key (writeScenario) through a temporary file renamed into place, so that a failed
/// save leaves the old file as it was. On failure returns false and sets `error` ("FILE: why").
bool saveScenarioFile(const QString &path, const Scenario &scenario, QString *error = nullptr);

/// Opens trace files for the core (which opens none itself): paths as resolveTracePath gives them,
/// in the file system's encoding, as the scenario's baseDir holds it.
StreamOpener fileStreamOpener();

/// The arrivals factory for SimulationOptions::arrivals when the scenario, or one of its
/// `changes`, replays a trace; empty otherwise. Reads what must be read before the run (the
/// azure2019 row, percentiles, every header) and throws TraceError when a file cannot be opened
/// or is not in its format. `cancel` stops those passes.
ArrivalsFactory traceArrivals(const Scenario &scenario, const std::atomic<bool> *cancel = nullptr);

}  // namespace lle
