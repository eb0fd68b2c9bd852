// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "reportpage.h"
#include "runtofolder.h"
#include "scenariofile.h"

#include <QDir>
#include <QFileInfo>

namespace lle {

namespace {

QStringList existing(const QString &dir, const QStringList &names)
{
    QStringList found;
    const QDir d(dir);
    for (const QString &n : names)
        if (QFileInfo::exists(d.filePath(n)))
            found.append(n);
    return found;
}

QStringList csvFileNames(OutputSelection s)
{
    QStringList names;
    if (s.summary)
        names << QLatin1String(reportfiles::kSummary);
    if (s.invocations)
        names << QStringLiteral("invocations.csv");
    if (s.environments)
        names << QStringLiteral("environments.csv");
    if (s.timeline)
        names << QStringLiteral("timeline.csv");
    if (s.metrics)
        names << QStringLiteral("metrics.csv");
    return names;
}

/// The pipeline's options for re-running `run` into `dir`.
FolderRunOptions rerun(const RecordedRun &run, const QString &dir, const ReportExport::Progress &progress,
                       const std::atomic<bool> *cancel)
{
    FolderRunOptions o;
    o.dir = dir;
    o.simulation.bucketS = run.bucketS;
    o.simulation.arrivals = traceArrivals(run.scenario, cancel);
    o.progress = progress;
    o.cancel = cancel;
    return o;
}

ExportResult exported(const RecordedRun &run, const FolderRunOptions &options)
{
    ExportResult result;
    try {
        const FolderRunResult r = runToFolder(run.scenario, options);
        result.ok = r.ok();
        result.cancelled = r.outcome == FolderRunResult::Outcome::Cancelled;
        result.error = r.error;
        result.files = r.files;
    } catch (const TraceError &e) {
        result.cancelled = e.kind() == TraceErrorKind::Cancelled;
        if (!result.cancelled)
            result.error = QString::fromLocal8Bit(e.what());
    }
    return result;
}

}  // namespace

QStringList ReportExport::existingReportFiles(const QString &dir)
{
    return existing(dir, QStringList{QLatin1String(reportfiles::kIndex), QLatin1String(reportfiles::kSummary),
                                     QLatin1String(reportfiles::kScenario)}
                             + reportfiles::csvNames() + reportfiles::plotNames());
}

QStringList ReportExport::existingCsvFiles(const QString &dir, OutputSelection outputs)
{
    return existing(dir, csvFileNames(outputs));
}

ExportResult ReportExport::exportCsv(const RecordedRun &run, const QString &dir, OutputSelection outputs,
                                     const Progress &progress, const std::atomic<bool> *cancel)
{
    try {
        FolderRunOptions o = rerun(run, dir, progress, cancel);
        o.outputs = outputs;
        return exported(run, o);
    } catch (const TraceError &e) {
        ExportResult result;
        result.error = QString::fromLocal8Bit(e.what());
        return result;
    }
}

ExportResult ReportExport::exportReport(const RecordedRun &run, const QString &dir, const Options &options,
                                        const Progress &progress, const std::atomic<bool> *cancel)
{
    ExportResult result;
    if (!run.finished) {
        result.error = tr("The run is still being computed; export it once it is complete.");
        return result;
    }
    if (options.plots.empty()) {
        result.error = tr("%1: the plots are not available").arg(QDir::toNativeSeparators(dir));
        return result;
    }
    try {
        FolderRunOptions o = rerun(run, dir, progress, cancel);
        o.report = true;
        o.plots = options.plots;
        o.drawFrom = &run;
        o.locale = options.locale;
        o.wallTime = options.wallTime;
        return exported(run, o);
    } catch (const TraceError &e) {
        result.error = QString::fromLocal8Bit(e.what());
        return result;
    }
}

}  // namespace lle
