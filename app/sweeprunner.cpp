// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeprunner.h"

#include "filebundle.h"
#include "headlessrunner.h"
#include "runtofolder.h"
#include "scenariofile.h"
#include "stopsignals.h"
#include "sweep.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace lle {

std::optional<SweepSpec> sweepSpecFromCommandLine(const Scenario &scenario, const CommandLine &c)
{
    SweepSpec spec;
    spec.replications = c.replications;
    for (const QString &text : c.sweeps) {
        Problem problem;
        auto axis = parseSweepAxis(text.toStdString(), problem);
        if (!axis) {
            printErrorLine(QStringLiteral("--sweep %1: %2").arg(text, QString::fromStdString(problem.format())));
            return std::nullopt;
        }
        spec.axes.push_back(std::move(*axis));
    }
    const SweepPlan plan = planSweep(scenario, spec);
    for (const Problem &p : plan.problems)
        printErrorLine(QStringLiteral("--sweep: %1").arg(QString::fromStdString(p.format())));
    if (!plan.problems.empty())
        return std::nullopt;
    return spec;
}

int runSweepHeadless(const Scenario &scenario, const CommandLine &c, const SweepPngRenderer &sweepRenderer)
{
    const std::optional<SweepSpec> checked = sweepSpecFromCommandLine(scenario, c);
    if (!checked)
        return ExitBadInput;
    const SweepSpec &spec = *checked;
    const SweepPlan plan = planSweep(scenario, spec);

    StopSignals stopSignals;
    SweepRunOptions options;
    options.threads = std::max(1, QThread::idealThreadCount());
    options.cancel = &StopSignals::stopFlag();
    try {
        if (scenario.workload.pattern == WorkloadPattern::Trace) {
            // One reading of the trace's headers for all points; each job streams it anew.
            ArrivalsFactory arrivals = traceArrivals(scenario, &StopSignals::stopFlag());
            options.simulationOptions = [arrivals](const SweepJob &) {
                SimulationOptions o;
                o.arrivals = arrivals;
                return o;
            };
        }
        QElapsedTimer timer;
        timer.start();
        const SweepResult result = runSweep(plan, options);
        if (result.cancelled || StopSignals::interrupted()) {
            printErrorLine(QStringLiteral("interrupted; no output file was written"));
            return ExitFailure;
        }
        const OutputFolder folder(c.outDir);
        if (!folder.ok()) {
            printErrorLine(folder.errorString());
            return ExitIoError;
        }
        // sweep.csv and the plots go in together: each to a temporary name, renamed at the end.
        FileBundle bundle(c.outDir);
        auto failed = [&](int status) {
            bundle.discard();
            folder.removeIfMade();
            return status;
        };
        const std::string csv = sweepCsv(plan, result.rows);
        if (!bundle.write(QStringLiteral("sweep.csv"), QByteArray(csv.data(), static_cast<qsizetype>(csv.size())))) {
            printErrorLine(bundle.errorString());
            return failed(ExitIoError);
        }
        if (c.png) {
            std::vector<RenderedFile> files;
            QString error;
            if (!sweepRenderer || !sweepRenderer(SweepRecord{scenario, plan, result.rows}, &files, &error)) {
                printErrorLine(QStringLiteral("--png: the sweep plots could not be drawn%1")
                                   .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
                return failed(ExitFailure);
            }
            for (const RenderedFile &f : files)
                if (!bundle.write(f.name, f.bytes)) {
                    printErrorLine(bundle.errorString());
                    return failed(ExitIoError);
                }
        }
        if (!bundle.commit()) {
            printErrorLine(bundle.errorString());
            return failed(ExitIoError);
        }
        QStringList shown;
        for (const QString &f : bundle.filePaths())
            shown.append(QDir::toNativeSeparators(f));
        printOut(QStringLiteral("%1: %2 points × %3 seeds = %4 runs in %5 ms on %6 threads\n  wrote        %7\n")
                     .arg(QString::fromStdString(scenario.name))
                     .arg(plan.points.size())
                     .arg(spec.replications)
                     .arg(plan.jobs.size())
                     .arg(timer.elapsed())
                     .arg(options.threads)
                     .arg(shown.join(QStringLiteral(", "))));
        return ExitOk;
    } catch (const std::exception &e) {
        return reportRunError(e);
    }
}

}  // namespace lle
