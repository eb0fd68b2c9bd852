// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "plotrenderers.h"
#include "runrecorder.h"
#include "scenario.h"
#include "simulator.h"
#include "summary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

/// The one output pipeline: a scenario run into a folder, as the headless runner (`--out`,
/// `--png`, `--report`), the window's File → Export (CSV, report) and, for the folder itself, the
/// sweep and calibration runners write it. Every file goes through a temporary name; on failure or
/// cancel nothing is left, and a folder the run created is removed again.
namespace lle {

/// The output folder: created if missing, remembering whether it was there so that a failed run
/// takes away only what it made.
class OutputFolder {
    Q_DECLARE_TR_FUNCTIONS(OutputFolder)
public:
    explicit OutputFolder(const QString &path);
    bool ok() const { return m_ok; }
    /// "DIR: cannot create the output folder" (with why, when a file of that name is in the way).
    QString errorString() const { return m_error; }
    /// Removes the folder if this created it and it is empty (never anything the user put there).
    void removeIfMade() const;

private:
    QString m_path;
    bool m_existed = false;
    bool m_ok = false;
    QString m_error;
};

struct FolderRunOptions {
    /// percent 0–100 and what is being done (translated); called from the running thread.
    using Progress = std::function<void(int percent, const QString &step)>;

    QString dir;
    /// The data files of contract §3. A report carries every one of them.
    OutputSelection outputs;
    /// A report bundle: index.html and scenario.json beside the data files and the plots.
    bool report = false;
    /// The plot files to draw (`--png`, a report); empty: none.
    PlotFiles plots;
    /// Draw the plots from this run (the window's, finished) instead of recording the run again.
    const RecordedRun *drawFrom = nullptr;
    /// Bucket width, trace arrivals; `cancel` is set by the pipeline itself.
    SimulationOptions simulation;
    /// Real simulation.wall_ms in summary.json.
    bool wallTime = false;
    /// Numbers and dates on the report page.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    Progress progress;
    /// Polled between slices of the run and between plots; a cancelled run leaves nothing.
    const std::atomic<bool> *cancel = nullptr;
};

struct FolderRunResult {
    enum class Outcome { Ok, Cancelled, IoError, Failed };
    Outcome outcome = Outcome::Failed;
    QString error;        ///< "FILE: why" (translated) unless Ok or Cancelled
    QStringList files;    ///< paths written, when Ok
    Summary summary;      ///< the run's figures, when Ok
    bool ok() const { return outcome == Outcome::Ok; }
};

/// Runs `scenario` (valid) into options.dir. A TraceError met while the run reads its trace is
/// thrown on, after everything written has been removed.
FolderRunResult runToFolder(const Scenario &scenario, const FolderRunOptions &options);

}  // namespace lle
