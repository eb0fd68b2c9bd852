// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "plotrenderers.h"
#include "scenario.h"
#include "studyplan.h"
#include "sweep.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// A study on disk (`--plan`, `--run-job`, `--merge`; studyplan.h holds the logic): the folder
/// holds plan.json (the manifest), jobs.txt (one command line per job, for GNU parallel) and
/// results/INDEX.json, each written atomically. Any machine with the executable and the folder
/// (shared or copied) can run any job.
namespace lle {

namespace studyfiles {
inline constexpr char kPlan[] = "plan.json";
inline constexpr char kJobs[] = "jobs.txt";
inline constexpr char kResults[] = "results";
}  // namespace studyfiles

/// A problem with a study folder, with the exit status it calls for (contract §2).
struct StudyProblem {
    int status = 0;   ///< 0: none
    QString message;  ///< one line, without the program-name prefix
    explicit operator bool() const { return status != 0; }
};

/// Writes plan.json, jobs.txt and an empty results/ into `dir` (created when missing). A folder
/// that holds results of another plan is refused (exit 2). `executable`: the program jobs.txt
/// runs (absolute).
StudyProblem writeStudyPlan(StudyManifest &manifest, const QString &dir, const QString &executable);

/// Reads DIR/plan.json, written by this version of the program.
StudyProblem readStudyPlan(const QString &dir, StudyManifest *manifest);

/// The command line that runs job `index` of the study in `dir` (shell-quoted).
QString studyJobCommand(const QString &executable, const QString &dir, std::size_t index);

/// The results of a study, read and checked: `missing` jobs have no file, `bad` ones a file that is
/// corrupt or belongs to another plan (each line names the file).
struct StudyResults {
    std::vector<StudyJobResult> perJob;
    std::vector<std::size_t> missing;
    std::vector<std::size_t> bad;
    QStringList badMessages;
    bool foreign = false;   ///< some result was written for another plan
    bool complete() const { return missing.empty() && bad.empty(); }
};
StudyResults readStudyResults(const QString &dir, const StudyManifest &manifest);

/// A merged sweep study as the window's sweep view shows it.
struct OpenedStudy {
    Scenario scenario;
    MergedSweep merged;
};
/// Opens a complete sweep study for the window; nullopt with `error` (one line) otherwise.
std::optional<OpenedStudy> openSweepStudy(const QString &dir, QString *error);

/// `--headless SCENARIO --sweep … --plan DIR` or `--plan-by function`: `scenario` is loaded with
/// --seed, --duration-s and --set applied. Returns the exit status.
int runStudyPlanHeadless(const Scenario &scenario, const CommandLine &commandLine);
/// `--run-job DIR INDEX`. Returns the exit status.
int runStudyJobHeadless(const CommandLine &commandLine);
/// `--merge DIR --out OUT [--png]`: `sweepRenderer` draws the plots of `--png` (empty: refused).
/// Returns the exit status.
int runStudyMergeHeadless(const CommandLine &commandLine, const SweepPngRenderer &sweepRenderer);

}  // namespace lle
