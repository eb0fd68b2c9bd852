// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "filebundle.h"
#include "outputwriters.h"
#include "reportpage.h"
#include "scenariofile.h"
#include "simulator.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>
#include <new>

namespace lle {

namespace {

/// Simulation slices: the cancel flag and progress are looked at between them.
constexpr int kSlices = 400;

bool stopped(const std::atomic<bool> *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

/// The folder, created if missing; remembers whether it was there, so that a failed export can
/// take away what it made.
struct Folder {
    QString path;
    bool existed = false;
    bool ok = false;
    QString error;

    explicit Folder(const QString &p) : path(p), existed(QFileInfo(p).isDir())
    {
        ok = QDir().mkpath(p);
        if (!ok) {
            const QFileInfo info(p);
            error = info.exists() && !info.isDir()
                ? ReportExport::tr("%1: cannot create the folder (a file of that name exists)").arg(QDir::toNativeSeparators(p))
                : ReportExport::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(p));
        }
    }
    void removeIfMade() const
    {
        if (!existed)
            QDir().rmdir(path);   // only when empty: never anything the user put there
    }
};

struct Simulated {
    bool ok = false;
    bool cancelled = false;
    QString error;
    Summary summary;
};

/// Runs `run`'s scenario again with `writers` following it and commits them.
Simulated simulateInto(const RecordedRun &run, OutputWriters &writers, bool wallTime, const ReportExport::Progress &progress,
                       int fromPercent, int toPercent, const std::atomic<bool> *cancel)
{
    Simulated out;
    // The writers stop the run through this flag when a write fails; the caller's flag is polled.
    std::atomic<bool> stop{false};
    try {
        SimulationOptions options;
        options.bucketS = run.bucketS;
        options.cancel = &stop;
        options.arrivals = traceArrivals(run.scenario, cancel);
        writers.setFailureFlag(&stop);
        Simulator sim(run.scenario, options);
        sim.setObserver(&writers);
        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= kSlices && !sim.finished(); ++i) {
            sim.runUntil(run.durationMs * i / kSlices);
            if (stopped(cancel)) {
                out.cancelled = true;
                return out;
            }
            if (stop.load())
                break;
            if (progress && i % 4 == 0)
                progress(fromPercent + (toPercent - fromPercent) * i / kSlices, ReportExport::tr("Simulating the run…"));
        }
        if (!stop.load())
            sim.run();   // requests still in flight at the end complete
        if (writers.failed()) {
            out.error = writers.errorString();
            return out;
        }
        if (stopped(cancel) || !sim.finished()) {
            out.cancelled = true;
            return out;
        }
        out.summary = sim.summary();
        out.summary.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (progress)
            progress(toPercent, ReportExport::tr("Writing the data files…"));
        if (!writers.finish(out.summary, sim.metrics(), wallTime)) {
            out.error = writers.errorString();
            return out;
        }
        out.ok = true;
    } catch (const TraceError &e) {
        out.error = QString::fromLocal8Bit(e.what());
    } catch (const std::bad_alloc &) {
        out.error = ReportExport::tr("out of memory");
    } catch (const std::exception &e) {
        out.error = ReportExport::tr("internal error: %1").arg(QString::fromUtf8(e.what()));
    }
    return out;
}

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
    ExportResult result;
    Folder folder(dir);
    if (!folder.ok) {
        result.error = folder.error;
        return result;
    }
    OutputWriters writers(dir, outputs);
    if (!writers.open()) {
        result.error = writers.errorString();
        folder.removeIfMade();
        return result;
    }
    const Simulated s = simulateInto(run, writers, false, progress, 0, 100, cancel);
    if (!s.ok) {
        writers.discard();
        folder.removeIfMade();
        result.cancelled = s.cancelled;
        result.error = s.error;
        return result;
    }
    if (progress)
        progress(100, tr("Done"));
    result.ok = true;
    result.files = writers.filePaths();
    return result;
}

ExportResult ReportExport::exportReport(const RecordedRun &run, const QString &dir, const Options &options,
                                        const Progress &progress, const std::atomic<bool> *cancel)
{
    ExportResult result;
    if (!run.finished) {
        result.error = tr("The run is still being computed; export it once it is complete.");
        return result;
    }
    Folder folder(dir);
    if (!folder.ok) {
        result.error = folder.error;
        return result;
    }
    OutputWriters writers(dir, OutputSelection{});
    FileBundle drawn(dir);
    auto fail = [&](const QString &error, bool cancelled = false) {
        writers.discard();
        drawn.discard();
        folder.removeIfMade();
        result.error = cancelled ? QString() : error;
        result.cancelled = cancelled;
        return result;
    };
    if (!writers.open())
        return fail(writers.errorString());

    // The plots first, into temporary files: the data files are renamed into place only once
    // everything else is written.
    QStringList plots;
    int percent = 0;
    for (PlotKind kind : ReportPlots::kAll) {
        if (stopped(cancel))
            return fail({}, true);
        if (progress)
            progress(percent, tr("Drawing %1…").arg(ReportPlots::fileName(kind)));
        const QByteArray png = ReportPlots::encodePng(ReportPlots::renderAnyThread(kind, run, options.plots));
        if (png.isEmpty())
            return fail(tr("%1: the plot could not be drawn").arg(QDir::toNativeSeparators(QDir(dir).filePath(ReportPlots::fileName(kind)))));
        if (!drawn.write(ReportPlots::fileName(kind), png))
            return fail(drawn.errorString());
        plots.append(ReportPlots::fileName(kind));
        percent += 8;
    }

    // The OutputWriters commit themselves at the end of the run: simulate only after the rest is
    // written, and undo their files if the last renames fail.
    const std::string scenarioText = reportScenarioText(run.scenario);
    if (!drawn.write(QLatin1String(reportfiles::kScenario), QByteArray(scenarioText.data(), static_cast<qsizetype>(scenarioText.size()))))
        return fail(drawn.errorString());
    const Simulated s = simulateInto(run, writers, options.wallTime, progress, percent, 95, cancel);
    if (!s.ok)
        return fail(s.error, s.cancelled);

    ReportPageInput page;
    page.scenario = run.scenario;
    page.summary = s.summary;
    page.generatedAt = QDateTime::currentDateTime();
    page.locale = options.locale;
    page.plots = plots;
    page.dataFiles = QStringList{QLatin1String(reportfiles::kSummary), QLatin1String(reportfiles::kScenario)}
                     + reportfiles::csvNames();
    if (progress)
        progress(97, tr("Writing the page…"));
    if (!drawn.write(QLatin1String(reportfiles::kIndex), ReportPage::html(page).toUtf8()))
        return fail(drawn.errorString());
    if (stopped(cancel))
        return fail({}, true);
    if (!drawn.commit())
        return fail(drawn.errorString());
    if (progress)
        progress(100, tr("Done"));
    result.ok = true;
    result.files = writers.filePaths() + drawn.filePaths();
    return result;
}

}  // namespace lle
