// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "plotrenderers.h"
#include "runrecorder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lle {

/// What an export wrote, or why it did not.
struct ExportResult {
    bool ok = false;
    bool cancelled = false;   ///< stopped through the cancel flag; nothing was left behind
    QString error;            ///< "FILE: why" (translated) when neither ok nor cancelled
    QStringList files;        ///< paths written, when ok
};

/// The window's File → Export actions, callable from a worker (QtConcurrent::run) with progress
/// and a cancel flag, through the one output pipeline (runToFolder): every file goes through a
/// temporary name; on failure or cancel nothing is left, and a folder the export created is
/// removed again.
///
/// The data files are made by running the run's scenario again with the CSV writers (the run is
/// a pure function of its scenario and seed, so they are the files `--headless` would write):
/// a recorded run keeps only a sample of a long run, the files must hold every request. The plots
/// are drawn from `run` itself by the plot files the caller passes (the window's draw on the GUI
/// thread, so the GUI thread must keep its event loop running while a worker exports:
/// QFutureWatcher and a progress dialog, no blocking wait).
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    /// percent 0–100 and what is being done (translated); called from the exporting thread.
    using Progress = std::function<void(int percent, const QString &step)>;

    struct Options {
        PlotFiles plots;                       ///< the five PNG files, drawn from the run
        QLocale locale;                        ///< numbers on the page (the window's language)
        bool wallTime = false;                 ///< real simulation.wall_ms in summary.json
    };

    /// The report bundle of `run` (finished) into `dir`: index.html, summary.json, scenario.json,
    /// the four CSV files and the five PNG files — the same bundle as `--headless --report`.
    /// Existing files of those names are replaced (ask first: existingReportFiles()).
    static ExportResult exportReport(const RecordedRun &run, const QString &dir, const Options &options,
                                     const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    /// The data files of contract §3 selected in `outputs` (default: the four CSV files, no
    /// summary.json) into `dir`, as `--headless --out` writes them.
    static ExportResult exportCsv(const RecordedRun &run, const QString &dir, OutputSelection outputs = csvOnly(),
                                  const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    static OutputSelection csvOnly() { return {false, true, true, true, true}; }
    /// The files of a report (or of exportCsv with `outputs`) already in `dir`, by name.
    static QStringList existingReportFiles(const QString &dir);
    static QStringList existingCsvFiles(const QString &dir, OutputSelection outputs = csvOnly());
};

}  // namespace lle
