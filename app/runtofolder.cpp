// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtofolder.h"

#include "filebundle.h"
#include "outputwriters.h"
#include "reportpage.h"
#include "scenariofile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>
#include <new>

namespace lle {

namespace {

/// Simulation slices: the cancel flag and progress are looked at between them. A slice is a
/// fraction of the run's simulated time; runUntil() adds up exactly like one run().
constexpr int kSlices = 400;

bool stopped(const std::atomic<bool> *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

}  // namespace

OutputFolder::OutputFolder(const QString &path) : m_path(path), m_existed(QFileInfo(path).isDir())
{
    m_ok = QDir().mkpath(path);
    if (!m_ok) {
        const QFileInfo info(path);
        m_error = info.exists() && !info.isDir()
            ? tr("%1: cannot create the output folder (a file of that name exists)").arg(QDir::toNativeSeparators(path))
            : tr("%1: cannot create the output folder").arg(QDir::toNativeSeparators(path));
    }
}

void OutputFolder::removeIfMade() const
{
    if (!m_existed)
        QDir().rmdir(m_path);   // only when empty
}

FolderRunResult runToFolder(const Scenario &scenario, const FolderRunOptions &o)
{
    using Outcome = FolderRunResult::Outcome;
    FolderRunResult result;
    const auto progress = [&o](int percent, const QString &step) {
        if (o.progress)
            o.progress(percent, step);
    };
    OutputFolder folder(o.dir);
    if (!folder.ok()) {
        result.outcome = Outcome::IoError;
        result.error = folder.errorString();
        return result;
    }
    OutputWriters writers(o.dir, o.report ? OutputSelection{} : o.outputs);
    FileBundle drawn(o.dir);   // the PNG files, the page and scenario.json
    auto fail = [&](Outcome outcome, const QString &error = {}) {
        writers.discard();
        drawn.discard();
        folder.removeIfMade();
        result.outcome = outcome;
        result.error = outcome == Outcome::Cancelled ? QString() : error;
        return result;
    };
    if (!writers.open())
        return fail(Outcome::IoError, writers.errorString());

    const bool draw = !o.plots.empty();
    const int simulatedPercent = draw ? 60 : 95;
    try {
        // The caller's flag stops the run between two events (Ctrl+C in a run of a year); the
        // writers raise their own flag when a write fails, looked at between slices.
        std::atomic<bool> stop{false};
        SimulationOptions options = o.simulation;
        options.cancel = o.cancel ? o.cancel : &stop;
        writers.setFailureFlag(&stop);
        Simulator simulator(scenario, options);
        // The plots draw from a recording, which keeps a bounded sample of a long run.
        std::unique_ptr<RunRecorder> recorder;
        if (draw && !o.drawFrom)
            recorder = std::make_unique<RunRecorder>(scenario, simulator);
        ObserverFanOut both({&writers, recorder.get()});
        // Without a per-request file nothing needs to follow the run, and memory stays flat
        // however many requests it simulates.
        const bool perRequest = o.report || o.outputs.perRequest();
        if (recorder && perRequest)
            simulator.setObserver(&both);
        else if (recorder)
            simulator.setObserver(recorder.get());
        else if (perRequest)
            simulator.setObserver(&writers);

        QElapsedTimer timer;
        timer.start();
        const double durationMs = scenario.durationS * 1000.0;
        for (int i = 1; i <= kSlices && !simulator.finished() && !stop.load(); ++i) {
            simulator.runUntil(durationMs * i / kSlices);
            if (stopped(o.cancel))
                return fail(Outcome::Cancelled);
            if (i % 4 == 0)
                progress(simulatedPercent * i / kSlices, QCoreApplication::translate("ReportExport", "Simulating the run…"));
        }
        if (!stop.load())
            simulator.run();   // requests still in flight at the end complete
        const double wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (writers.failed())
            return fail(Outcome::IoError, writers.errorString());
        if (stopped(o.cancel) || !simulator.finished())
            return fail(Outcome::Cancelled);

        Summary summary = simulator.summary();
        summary.wallMs = wallMs;
        QStringList plots;
        if (draw) {
            const RunPtr recorded = recorder ? recorder->take() : RunPtr();
            recorder.reset();
            const RecordedRun &run = o.drawFrom ? *o.drawFrom : *recorded;
            int percent = simulatedPercent;
            const int step = (95 - simulatedPercent) / static_cast<int>(o.plots.size());
            for (const PlotFile &plot : o.plots) {
                if (stopped(o.cancel))
                    return fail(Outcome::Cancelled);
                progress(percent, QCoreApplication::translate("ReportExport", "Drawing %1…").arg(plot.name));
                const QByteArray png = plot.draw ? plot.draw(run) : QByteArray();
                if (png.isEmpty())
                    return fail(Outcome::Failed, QCoreApplication::translate("ReportExport", "%1: the plot could not be drawn")
                                                     .arg(QDir::toNativeSeparators(QDir(o.dir).filePath(plot.name))));
                if (!drawn.write(plot.name, png))
                    return fail(Outcome::IoError, drawn.errorString());
                plots.append(plot.name);
                percent += step;
            }
        }
        if (o.report) {
            progress(97, QCoreApplication::translate("ReportExport", "Writing the page…"));
            ReportPageInput page;
            page.scenario = scenario;
            page.summary = summary;
            page.generatedAt = QDateTime::currentDateTime();
            page.locale = o.locale;
            page.plots = plots;
            page.dataFiles = QStringList{QLatin1String(reportfiles::kSummary), QLatin1String(reportfiles::kScenario)}
                             + reportfiles::csvNames();
            const std::string scenarioText = reportScenarioText(scenario);
            if (!drawn.write(QLatin1String(reportfiles::kScenario),
                             QByteArray(scenarioText.data(), static_cast<qsizetype>(scenarioText.size())))
                || !drawn.write(QLatin1String(reportfiles::kIndex), ReportPage::html(page).toUtf8()))
                return fail(Outcome::IoError, drawn.errorString());
        }
        if (stopped(o.cancel))
            return fail(Outcome::Cancelled);
        if (!writers.finish(summary, simulator.metrics(), o.wallTime))
            return fail(Outcome::IoError, writers.errorString());
        if (!drawn.commit())
            return fail(Outcome::IoError, drawn.errorString());
        progress(100, QCoreApplication::translate("ReportExport", "Done"));
        result.outcome = Outcome::Ok;
        result.files = writers.filePaths() + drawn.filePaths();
        result.summary = summary;
        return result;
    } catch (const TraceError &) {
        // A bad line further down a trace shows only when the run reaches it.
        fail(Outcome::Failed);
        throw;
    } catch (const std::bad_alloc &) {
        return fail(Outcome::Failed, QCoreApplication::translate("ReportExport", "out of memory"));
    } catch (const std::exception &e) {
        return fail(Outcome::Failed, QCoreApplication::translate("ReportExport", "internal error: %1").arg(QString::fromUtf8(e.what())));
    }
}

}  // namespace lle
