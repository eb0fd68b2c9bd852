// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrunner.h"

#include "csvformat.h"
#include "runtofolder.h"
#include "scenariofile.h"
#include "scenarioio.h"
#include "stopsignals.h"
#include "studyrunner.h"
#include "sweeprunner.h"

#include <QDir>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <new>
#include <stdexcept>

namespace lle {

namespace {

/// metrics.csv rows are allocated up front by the simulator (176 bytes each); a tiny --bucket-s
/// over a long run would ask for more memory than any machine has. A million rows is 176 MB — a
/// year in buckets of 32 s — and a run that would need more is refused with the smallest
/// --bucket-s that fits, before anything is allocated.
constexpr double kMaxMetricsRows = 1'000'000;

QString number(double v, int precision = 6) { return QString::number(v, 'g', precision); }

/// Applies --seed, --duration-s and --set in that order; prints every problem.
bool applyCommandLine(Scenario &s, const CommandLine &c)
{
    bool ok = true;
    if (c.seed)
        s.seed = *c.seed;
    if (c.durationS) {
        // parseCommandLine checked the range already; `changes` must still fall inside the run.
        s.durationS = *c.durationS;
        for (std::size_t i = 0; i < s.changes.size(); ++i) {
            if (s.changes[i].atS >= s.durationS) {
                printErrorLine(QStringLiteral("--duration-s %1: changes[%2].at_s: %3 is out of range (at least 0, "
                                              "less than %1)")
                                   .arg(number(s.durationS, 17))
                                   .arg(i)
                                   .arg(number(s.changes[i].atS, 17)));
                ok = false;
            }
        }
    }
    for (const QString &set : c.sets) {
        const auto eq = set.indexOf(QLatin1Char('='));
        const std::string path = set.left(eq).toStdString();
        const ScalarValue value = parseScalarValue(set.mid(eq + 1).toStdString());
        for (const Problem &p : setScenarioValue(s, path, value)) {
            // The path is in the argument already: "--set PATH=VALUE: WHAT (ALLOWED)".
            Problem shown = p;
            if (shown.path == path)
                shown.path.clear();
            printErrorLine(QStringLiteral("--set %1: %2").arg(set, QString::fromStdString(shown.format())));
            ok = false;
        }
    }
    return ok;
}

/// The cross-key rules and every `changes` entry, checked again on the edited scenario.
bool validateEdited(const Scenario &s, const QString &file)
{
    const std::vector<Problem> problems = validateScenario(s);
    for (const Problem &p : problems)
        printErrorLine(formatProblem(file, p));
    if (!problems.empty())
        return false;
    // The state carries no changes of its own: applyChange copies it once per entry, and a copy
    // of every entry each time made 20,000 changes take minutes instead of milliseconds.
    Scenario state = s;
    state.changes.clear();
    for (std::size_t i = 0; i < s.changes.size(); ++i) {
        ScenarioResult r = applyChange(state, s.changes[i]);
        if (!r.scenario) {
            for (Problem p : r.problems) {
                p.path = "changes[" + std::to_string(i) + "]";
                printErrorLine(formatProblem(file, p));
            }
            return false;
        }
        state = std::move(*r.scenario);
    }
    return true;
}

void printSummary(const Summary &s, const QStringList &files)
{
    const auto &r = s.requests;
    QString text;
    text += QStringLiteral("%1: seed %2, %3 s simulated\n").arg(QString::fromStdString(s.scenario)).arg(s.seed).arg(number(s.durationS));
    text += QStringLiteral("  requests     %1 (%2 completed, %3 throttled, %4 timed out; %5 keep-warm pings)\n")
                .arg(r.total)
                .arg(r.completed)
                .arg(r.throttled)
                .arg(r.timedOut)
                .arg(r.keepWarmPings);
    text += QStringLiteral("  cold starts  %1 (%2 %)\n").arg(r.cold + r.snapstart).arg(number(s.coldStartRatio * 100, 4));
    text += QStringLiteral("  latency      p50 %1 ms, p99 %2 ms\n")
                .arg(QString::fromStdString(csv::ms(s.latency.p50)), QString::fromStdString(csv::ms(s.latency.p99)));
    text += QStringLiteral("  cost         $%1 total, $%2 per 1M requests\n")
                .arg(QString::fromStdString(csv::money(s.cost.total())),
                     QString::fromStdString(csv::money(s.costPerMillionRequests)));
    const double seconds = std::max(s.wallMs, 1e-3) / 1000.0;
    const double simulated = static_cast<double>(r.total + r.keepWarmPings);
    text += QStringLiteral("  simulation   %1 events in %2 ms wall time, %3 requests simulated per second\n")
                .arg(s.events)
                .arg(std::llround(s.wallMs))
                .arg(std::llround(simulated / seconds));
    if (!files.isEmpty()) {
        QStringList shown;
        for (const QString &f : files)
            shown.append(QDir::toNativeSeparators(f));
        text += QStringLiteral("  wrote        %1\n").arg(shown.join(QStringLiteral(", ")));
    }
    printOut(text);
}

}  // namespace

void printErrorLine(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("lambda-explorer: ") + message + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

int reportTraceError(const TraceError &e)
{
    switch (e.kind()) {
    case TraceErrorKind::Cancelled:
        printErrorLine(QStringLiteral("interrupted; no output file was written"));
        return ExitFailure;
    case TraceErrorKind::Unreadable:
        printErrorLine(QString::fromLocal8Bit(e.what()));
        return ExitIoError;
    case TraceErrorKind::BadLine:
    case TraceErrorKind::NoMatch:
        break;
    }
    printErrorLine(QString::fromLocal8Bit(e.what()));
    return ExitBadInput;
}

int reportRunError(const std::exception &e)
{
    if (const auto *trace = dynamic_cast<const TraceError *>(&e))
        return reportTraceError(*trace);
    printErrorLine(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
    return ExitFailure;
}

int loadHeadlessScenario(const CommandLine &c, Scenario *scenario)
{
    ScenarioFile file = loadScenarioFile(c.scenarioPath);
    if (file.status != ScenarioFile::Status::Ok) {
        for (const QString &line : file.messages)
            printErrorLine(line);
        return file.status == ScenarioFile::Status::Unreadable ? ExitIoError : ExitBadInput;
    }
    *scenario = std::move(*file.scenario);
    if (!applyCommandLine(*scenario, c))
        return ExitBadInput;
    if (!validateEdited(*scenario, c.scenarioPath))
        return ExitBadInput;
    return ExitOk;
}

int runHeadless(const CommandLine &c, const PlotRenderers &renderers)
{
    const bool report = !c.reportDir.isEmpty();
    if (report) {
        // A report is one bundle with every file: the options that pick or redirect files do not fit it.
        if (!c.outDir.isEmpty()) {
            printErrorLine(QStringLiteral("--report and --out cannot be combined (--report DIR writes every file into DIR)"));
            return ExitBadInput;
        }
        if (!c.sweeps.isEmpty()) {
            printErrorLine(QStringLiteral("--report cannot be combined with --sweep"));
            return ExitBadInput;
        }
        if (!(c.outputs == OutputSelection{})) {
            printErrorLine(QStringLiteral("--outputs cannot be combined with --report (a report carries every file)"));
            return ExitBadInput;
        }
    }
    if (c.png && !c.sweeps.isEmpty() && !renderers.sweep) {
        printErrorLine(QStringLiteral("--png: the plots of a sweep are not available in this build"));
        return ExitBadInput;
    }
    if ((c.png || report) && c.sweeps.isEmpty() && renderers.run.empty()) {
        printErrorLine(report ? QStringLiteral("--report: plots are not available in this build")
                              : QStringLiteral("--png: plots are not available in this build"));
        return ExitBadInput;
    }

    Scenario scenario;
    if (const int status = loadHeadlessScenario(c, &scenario); status != ExitOk)
        return status;

    if (!c.planDir.isEmpty())
        return runStudyPlanHeadless(scenario, c);
    if (!c.sweeps.isEmpty())
        return runSweepHeadless(scenario, c, renderers.sweep);

    const double bucketS = c.bucketS > 0 ? c.bucketS : defaultBucketS(scenario.durationS);
    if (scenario.durationS / bucketS > kMaxMetricsRows) {
        printErrorLine(QStringLiteral("--bucket-s %1: %2 metrics rows for a %3 s run (at most %4 rows; --bucket-s %5 "
                                      "or more)")
                           .arg(number(bucketS, 17), QString::number(std::ceil(scenario.durationS / bucketS), 'f', 0),
                                number(scenario.durationS, 17), QString::number(kMaxMetricsRows, 'f', 0),
                                number(std::ceil(scenario.durationS / kMaxMetricsRows * 1000) / 1000)));
        return ExitBadInput;
    }

    // From here on a run can take long: Ctrl+C stops it cleanly.
    StopSignals stopSignals;
    FolderRunOptions options;
    options.dir = report ? c.reportDir : c.outDir;
    options.outputs = c.outputs;
    options.report = report;
    if (c.png || report)
        options.plots = renderers.run;
    options.simulation.bucketS = bucketS;
    options.wallTime = c.wallTime;
    options.cancel = &StopSignals::stopFlag();
    try {
        // Trace headers and the azure2019 row are read now, before a folder is made.
        options.simulation.arrivals = traceArrivals(scenario, &StopSignals::stopFlag());
        const FolderRunResult r = runToFolder(scenario, options);
        switch (r.outcome) {
        case FolderRunResult::Outcome::Ok:
            printSummary(r.summary, r.files);
            return ExitOk;
        case FolderRunResult::Outcome::Cancelled:
            printErrorLine(QStringLiteral("interrupted; no output file was written"));
            return ExitFailure;
        case FolderRunResult::Outcome::IoError:
            printErrorLine(r.error);
            return ExitIoError;
        case FolderRunResult::Outcome::Failed:
            break;
        }
        printErrorLine(r.error);
        return ExitFailure;
    } catch (const TraceError &e) {
        return reportTraceError(e);
    }
}

}  // namespace lle
