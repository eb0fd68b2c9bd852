// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeprunner.h"

#include "atomicfile.h"
#include "headlessrunner.h"
#include "scenariofile.h"
#include "stopsignals.h"
#include "sweep.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

namespace lle {

int runSweepHeadless(const Scenario &scenario, const CommandLine &c)
{
    SweepSpec spec;
    spec.replications = c.replications;
    for (const QString &text : c.sweeps) {
        Problem problem;
        auto axis = parseSweepAxis(text.toStdString(), problem);
        if (!axis) {
            printErrorLine(QStringLiteral("--sweep %1: %2").arg(text, QString::fromStdString(problem.format())));
            return ExitBadInput;
        }
        spec.axes.push_back(std::move(*axis));
    }
    const SweepPlan plan = planSweep(scenario, spec);
    for (const Problem &p : plan.problems)
        printErrorLine(QStringLiteral("--sweep: %1").arg(QString::fromStdString(p.format())));
    if (!plan.problems.empty())
        return ExitBadInput;

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
        if (!QDir().mkpath(c.outDir)) {
            printErrorLine(QStringLiteral("%1: cannot create the output folder").arg(QDir::toNativeSeparators(c.outDir)));
            return ExitIoError;
        }
        const QString path = QDir(c.outDir).filePath(QStringLiteral("sweep.csv"));
        QString error;
        if (!writeFileAtomically(path, sweepCsv(plan, result.rows), &error)) {
            printErrorLine(error);
            return ExitIoError;
        }
        printOut(QStringLiteral("%1: %2 points × %3 seeds = %4 runs in %5 ms on %6 threads\n  wrote        %7\n")
                     .arg(QString::fromStdString(scenario.name))
                     .arg(plan.points.size())
                     .arg(spec.replications)
                     .arg(plan.jobs.size())
                     .arg(timer.elapsed())
                     .arg(options.threads)
                     .arg(QDir::toNativeSeparators(path)));
        return ExitOk;
    } catch (const TraceError &e) {
        return reportTraceError(e);
    } catch (const std::exception &e) {
        printErrorLine(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        return ExitFailure;
    }
}

}  // namespace lle
