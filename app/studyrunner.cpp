// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyrunner.h"

#include "atomicfile.h"
#include "filebundle.h"
#include "headlessrunner.h"
#include "runtofolder.h"
#include "scenariofile.h"
#include "stopsignals.h"
#include "sweeprunner.h"
#include "tracereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <mutex>

namespace lle {

namespace {

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

QString planPath(const QString &dir) { return QDir(dir).filePath(QLatin1String(studyfiles::kPlan)); }

QString resultPath(const QString &dir, std::size_t index)
{
    return QDir(dir).filePath(QStringLiteral("%1/%2.json").arg(QLatin1String(studyfiles::kResults)).arg(index));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString executablePath()
{
    return QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QStringLiteral("lambda-explorer");
}

enum class ReadStatus { Ok, Missing, Unreadable };

ReadStatus readWhole(const QString &path, QByteArray *bytes, QString *why)
{
    QFile f(path);
    if (!f.exists())
        return ReadStatus::Missing;
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return ReadStatus::Unreadable;
    }
    *bytes = f.readAll();
    return ReadStatus::Ok;
}

std::string_view view(const QByteArray &b) { return {b.constData(), static_cast<std::size_t>(b.size())}; }

/// The simulation options a planned job gets: a sweep shares one reading of the base's trace, as a
/// direct sweep does; the functions of a per-function job find their rows in the trace narrowed to
/// them (one pass over the day's file per job, not one per function).
StudyOptionsFactory jobOptions(const StudyManifest &m, const Scenario &base, std::size_t index)
{
    auto shared = std::make_shared<std::pair<std::once_flag, ArrivalsFactory>>();
    StreamOpener narrowed;
    if (m.kind == StudyKind::Functions) {
        const auto [first, last] = m.functionRange(index);
        narrowed = narrowedTraceOpener(fileStreamOpener(), base,
                                       std::vector<StudyFunction>(m.functions.begin() + static_cast<std::ptrdiff_t>(first),
                                                                  m.functions.begin() + static_cast<std::ptrdiff_t>(last)));
    }
    return [&m, &base, shared, narrowed](const Scenario &s) {
        SimulationOptions o;
        o.cancel = &StopSignals::stopFlag();
        if (m.kind == StudyKind::Sweep) {
            std::call_once(shared->first, [&] { shared->second = traceArrivals(base, &StopSignals::stopFlag()); });
            o.arrivals = shared->second;
            return o;
        }
        // As traceArrivals does, with the narrowed files.
        for (const ConfigPeriod &period : configurationPeriods(s)) {
            if (period.scenario.workload.pattern != WorkloadPattern::Trace)
                continue;
            TraceOptions to;
            to.cancel = &StopSignals::stopFlag();
            o.arrivals = makeTraceArrivals(period.scenario.workload.trace, s.baseDir, narrowed, to);
            break;
        }
        return o;
    };
}

int writeBundle(const QString &outDir, const std::vector<RenderedFile> &files)
{
    const OutputFolder folder(outDir);
    if (!folder.ok()) {
        printErrorLine(folder.errorString());
        return ExitIoError;
    }
    FileBundle bundle(outDir);
    auto failed = [&] {
        printErrorLine(bundle.errorString());
        bundle.discard();
        folder.removeIfMade();
        return ExitIoError;
    };
    for (const RenderedFile &f : files)
        if (!bundle.write(f.name, f.bytes))
            return failed();
    if (!bundle.commit())
        return failed();
    QStringList shown;
    for (const QString &f : bundle.filePaths())
        shown.append(native(f));
    printOut(QStringLiteral("  wrote        %1\n").arg(shown.join(QStringLiteral(", "))));
    return ExitOk;
}

RenderedFile textFile(const QString &name, const std::string &text)
{
    return {name, QByteArray(text.data(), static_cast<qsizetype>(text.size()))};
}

}  // namespace

QString studyJobCommand(const QString &executable, const QString &dir, std::size_t index)
{
    return QStringLiteral("%1 --run-job %2 %3").arg(shellQuote(executable), shellQuote(dir)).arg(index);
}

StudyProblem writeStudyPlan(StudyManifest &manifest, const QString &dirIn, const QString &executable)
{
    const QString dir = QFileInfo(dirIn).absoluteFilePath();
    const std::string planText = studyManifestJson(manifest);
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return {ExitIoError, QStringLiteral("%1: cannot create the plan folder (a file of that name exists)").arg(native(dirIn))};
    // Results of another plan must not be mixed with this one's: refuse rather than overwrite.
    QByteArray old;
    QString why;
    if (readWhole(planPath(dir), &old, &why) == ReadStatus::Ok) {
        try {
            const StudyManifest previous = parseStudyManifest(view(old), {});
            const QDir results(QDir(dir).filePath(QLatin1String(studyfiles::kResults)));
            if (previous.hash != manifest.hash
                && !results.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
                return {ExitBadInput, QStringLiteral("%1: holds another study with results (plan %2); plan into an empty "
                                                     "folder")
                                          .arg(native(dirIn), QString::fromStdString(previous.hash))};
        } catch (const StudyError &) {
            // Not a plan we can read: overwritten below.
        }
    }
    if (!QDir().mkpath(QDir(dir).filePath(QLatin1String(studyfiles::kResults))))
        return {ExitIoError, QStringLiteral("%1: cannot create the plan folder").arg(native(dirIn))};
    std::string jobs;
    const std::size_t n = manifest.jobCount();
    jobs.reserve(n * static_cast<std::size_t>(executable.size() + dir.size() + 24));
    const std::string prefix =
        QStringLiteral("%1 --run-job %2 ").arg(shellQuote(executable), shellQuote(dir)).toStdString();
    for (std::size_t i = 0; i < n; ++i) {
        jobs += prefix;
        jobs += std::to_string(i);
        jobs += '\n';
    }
    QString error;
    // jobs.txt first: a folder with plan.json is a plan, and it is complete only once that is there.
    if (!writeFileAtomically(QDir(dir).filePath(QLatin1String(studyfiles::kJobs)), jobs, &error)
        || !writeFileAtomically(planPath(dir), planText, &error))
        return {ExitIoError, error};
    return {};
}

StudyProblem readStudyPlan(const QString &dir, StudyManifest *manifest)
{
    if (!QFileInfo(dir).isDir())
        return {ExitBadInput, QStringLiteral("%1: not a study plan folder (no such folder)").arg(native(dir))};
    QByteArray bytes;
    QString why;
    switch (readWhole(planPath(dir), &bytes, &why)) {
    case ReadStatus::Missing:
        return {ExitBadInput, QStringLiteral("%1: not a study plan folder (no %2; write one with --sweep … --plan DIR)")
                                  .arg(native(dir), QLatin1String(studyfiles::kPlan))};
    case ReadStatus::Unreadable:
        return {ExitIoError, QStringLiteral("%1: cannot be read (%2)").arg(native(planPath(dir)), why)};
    case ReadStatus::Ok: break;
    }
    try {
        *manifest = parseStudyManifest(view(bytes), LLE_VERSION);
    } catch (const StudyError &e) {
        return {ExitBadInput, QStringLiteral("%1: %2").arg(native(planPath(dir)), QString::fromStdString(e.what()))};
    }
    return {};
}

StudyResults readStudyResults(const QString &dir, const StudyManifest &m)
{
    StudyResults r;
    const std::size_t n = m.jobCount();
    r.perJob.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const QString path = resultPath(dir, i);
        QByteArray bytes;
        QString why;
        switch (readWhole(path, &bytes, &why)) {
        case ReadStatus::Missing: r.missing.push_back(i); continue;
        case ReadStatus::Unreadable:
            r.bad.push_back(i);
            r.badMessages.append(QStringLiteral("%1: cannot be read (%2)").arg(native(path), why));
            continue;
        case ReadStatus::Ok: break;
        }
        try {
            r.perJob[i] = parseStudyResult(view(bytes), m, i);
        } catch (const StudyError &e) {
            const auto hash = studyResultPlanHash(view(bytes));
            if (hash && *hash != m.hash) {
                r.foreign = true;
                r.badMessages.append(QStringLiteral("%1: written for another plan (hash %2; this plan is %3): results of "
                                                    "two plans cannot be merged")
                                         .arg(native(path), QString::fromStdString(*hash), QString::fromStdString(m.hash)));
            } else {
                r.badMessages.append(QStringLiteral("%1: corrupt result, not merged (%2)")
                                         .arg(native(path), QString::fromStdString(e.what())));
            }
            r.bad.push_back(i);
        }
    }
    return r;
}

std::optional<OpenedStudy> openSweepStudy(const QString &dir, QString *error)
{
    StudyManifest m;
    if (const StudyProblem p = readStudyPlan(dir, &m)) {
        *error = p.message;
        return std::nullopt;
    }
    if (m.kind != StudyKind::Sweep) {
        *error = QStringLiteral("%1: a per-function study (its functions.csv comes from --merge)").arg(native(dir));
        return std::nullopt;
    }
    const StudyResults results = readStudyResults(dir, m);
    if (!results.badMessages.isEmpty()) {
        *error = results.badMessages.first();
        return std::nullopt;
    }
    if (!results.complete()) {
        *error = QStringLiteral("%1: %2 of %3 jobs have no result yet (first: job %4)")
                     .arg(native(dir))
                     .arg(results.missing.size())
                     .arg(m.jobCount())
                     .arg(results.missing.front());
        return std::nullopt;
    }
    try {
        OpenedStudy s{studyBaseScenario(m), {}};
        s.merged = mergeSweepStudy(m, s.scenario, results.perJob);
        return s;
    } catch (const StudyError &e) {
        *error = QStringLiteral("%1: %2").arg(native(planPath(dir)), QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

int runStudyPlanHeadless(const Scenario &scenarioIn, const CommandLine &c)
{
    Scenario scenario = scenarioIn;
    // Jobs may run in another working directory: trace paths resolve against an absolute folder.
    scenario.baseDir = QFileInfo(QString::fromStdString(scenario.baseDir.empty() ? "." : scenario.baseDir))
                           .absoluteFilePath()
                           .toStdString();
    StudyManifest manifest;
    if (c.planBy == QLatin1String("function")) {
        const TraceSpec &t = scenario.workload.trace;
        if (scenario.workload.pattern != WorkloadPattern::Trace
            || (t.format != TraceFormat::Azure2019 && t.format != TraceFormat::Azure2021)) {
            printErrorLine(QStringLiteral("--plan-by function: %1: workload is not an azure2019 or azure2021 trace "
                                          "(only those have functions)")
                               .arg(c.scenarioPath));
            return ExitBadInput;
        }
        const std::string path = resolveTracePath(scenario.baseDir, t.path);
        try {
            auto in = fileStreamOpener()(path);
            if (!in || !*in)
                throw TraceError(TraceErrorKind::Unreadable, path, 0, "cannot be opened");
            std::vector<StudyFunction> functions = listTraceFunctions(*in, path, t.format);
            manifest = planFunctionStudy(scenario, std::move(functions), c.functionsPerJob, LLE_VERSION);
        } catch (const TraceError &e) {
            return reportTraceError(e);
        }
    } else {
        const std::optional<SweepSpec> spec = sweepSpecFromCommandLine(scenario, c);
        if (!spec)
            return ExitBadInput;
        manifest = planSweepStudy(scenario, *spec, LLE_VERSION);
    }
    if (const StudyProblem p = writeStudyPlan(manifest, c.planDir, executablePath())) {
        printErrorLine(p.message);
        return p.status;
    }
    const QString dir = native(QFileInfo(c.planDir).absoluteFilePath());
    printOut(QStringLiteral("%1: planned %2 jobs (plan %3)\n  wrote        %4, %5\n  run them     parallel < %5\n"
                            "  then         lambda-explorer --merge %6 --out OUT\n")
                 .arg(QString::fromStdString(scenario.name))
                 .arg(manifest.jobCount())
                 .arg(QString::fromStdString(manifest.hash), QDir(dir).filePath(QLatin1String(studyfiles::kPlan)),
                      QDir(dir).filePath(QLatin1String(studyfiles::kJobs)), dir));
    return ExitOk;
}

int runStudyJobHeadless(const CommandLine &c)
{
    StudyManifest m;
    if (const StudyProblem p = readStudyPlan(c.studyDir, &m)) {
        printErrorLine(p.message);
        return p.status;
    }
    const std::size_t n = m.jobCount();
    const auto index = static_cast<std::size_t>(c.jobIndex);
    if (index >= n) {
        printErrorLine(QStringLiteral("--run-job %1 %2: the job index is out of range (0..%3)")
                           .arg(c.studyDir)
                           .arg(c.jobIndex)
                           .arg(n - 1));
        return ExitBadInput;
    }
    const QString out = resultPath(c.studyDir, index);
    QByteArray existing;
    QString why;
    if (readWhole(out, &existing, &why) == ReadStatus::Ok) {
        try {
            parseStudyResult(view(existing), m, index);
            printOut(QStringLiteral("job %1 of %2: already done (%3)\n").arg(index).arg(n).arg(native(out)));
            return ExitOk;
        } catch (const StudyError &) {
            const auto hash = studyResultPlanHash(view(existing));
            if (hash && *hash != m.hash) {
                printErrorLine(QStringLiteral("%1: written for another plan (hash %2; this plan is %3); remove it or "
                                              "plan into an empty folder")
                                   .arg(native(out), QString::fromStdString(*hash), QString::fromStdString(m.hash)));
                return ExitBadInput;
            }
            // A corrupt result is not a result: the job runs again and replaces it.
        }
    }

    StopSignals stopSignals;
    try {
        const Scenario base = studyBaseScenario(m);
        QElapsedTimer timer;
        timer.start();
        // One line before the run, so that a scheduler's log shows which job a node was on.
        printOut(QStringLiteral("job %1 of %2: running\n").arg(index).arg(n));
        std::fflush(stdout);
        const std::string result = runStudyJob(m, base, index, jobOptions(m, base, index));
        if (StopSignals::interrupted()) {
            printErrorLine(QStringLiteral("interrupted; no result was written"));
            return ExitFailure;
        }
        QString error;
        if (!QDir().mkpath(QDir(c.studyDir).filePath(QLatin1String(studyfiles::kResults)))
            || !writeFileAtomically(out, result, &error)) {
            printErrorLine(error.isEmpty() ? QStringLiteral("%1: cannot be written").arg(native(out)) : error);
            return ExitIoError;
        }
        printOut(QStringLiteral("job %1 of %2: done in %3 ms\n  wrote        %4\n")
                     .arg(index)
                     .arg(n)
                     .arg(timer.elapsed())
                     .arg(native(out)));
        return ExitOk;
    } catch (const StudyError &e) {
        printErrorLine(QStringLiteral("%1: %2").arg(native(planPath(c.studyDir)), QString::fromStdString(e.what())));
        return ExitBadInput;
    } catch (const std::exception &e) {
        return reportRunError(e);
    }
}

int runStudyMergeHeadless(const CommandLine &c, const SweepPngRenderer &sweepRenderer)
{
    StudyManifest m;
    if (const StudyProblem p = readStudyPlan(c.studyDir, &m)) {
        printErrorLine(p.message);
        return p.status;
    }
    if (c.png && m.kind == StudyKind::Functions) {
        printErrorLine(QStringLiteral("--png: a per-function study has no plots (functions.csv and account.json)"));
        return ExitBadInput;
    }
    if (c.png && !sweepRenderer) {
        printErrorLine(QStringLiteral("--png: the plots of a sweep are not available in this build"));
        return ExitBadInput;
    }
    const StudyResults results = readStudyResults(c.studyDir, m);
    if (!results.complete()) {
        for (const QString &line : results.badMessages)
            printErrorLine(line);
        const QString dir = QFileInfo(c.studyDir).absoluteFilePath();
        const QString exe = executablePath();
        std::vector<std::size_t> rerun = results.missing;
        rerun.insert(rerun.end(), results.bad.begin(), results.bad.end());
        std::sort(rerun.begin(), rerun.end());
        printErrorLine(QStringLiteral("%1 of %2 jobs have no usable result (%3 missing, %4 bad); nothing was written. "
                                      "Run them with:")
                           .arg(rerun.size())
                           .arg(m.jobCount())
                           .arg(results.missing.size())
                           .arg(results.bad.size()));
        QString commands;
        for (const std::size_t i : rerun)
            commands += QStringLiteral("  %1\n").arg(studyJobCommand(exe, dir, i));
        const QByteArray bytes = commands.toLocal8Bit();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
        return results.bad.empty() ? ExitFailure : ExitBadInput;
    }
    try {
        const Scenario base = studyBaseScenario(m);
        std::vector<RenderedFile> files;
        if (m.kind == StudyKind::Sweep) {
            const MergedSweep merged = mergeSweepStudy(m, base, results.perJob);
            files.push_back(textFile(QStringLiteral("sweep.csv"), sweepCsv(merged.plan, merged.rows)));
            if (c.png) {
                QString error;
                if (!sweepRenderer(SweepRecord{base, merged.plan, merged.rows}, &files, &error)) {
                    printErrorLine(QStringLiteral("--png: the sweep plots could not be drawn%1")
                                       .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
                    return ExitFailure;
                }
            }
            printOut(QStringLiteral("%1: merged %2 jobs (%3 points × %4 seeds, plan %5)\n")
                         .arg(QString::fromStdString(base.name))
                         .arg(m.jobCount())
                         .arg(merged.plan.points.size())
                         .arg(m.spec.replications)
                         .arg(QString::fromStdString(m.hash)));
        } else {
            files.push_back(textFile(QStringLiteral("functions.csv"), functionsCsv(m, results.perJob)));
            files.push_back(textFile(QStringLiteral("account.json"), accountSummaryJson(m, results.perJob)));
            printOut(QStringLiteral("%1: merged %2 jobs (%3 functions, plan %4)\n")
                         .arg(QString::fromStdString(base.name))
                         .arg(m.jobCount())
                         .arg(m.functions.size())
                         .arg(QString::fromStdString(m.hash)));
        }
        return writeBundle(c.outDir, files);
    } catch (const StudyError &e) {
        printErrorLine(QStringLiteral("%1: %2").arg(native(planPath(c.studyDir)), QString::fromStdString(e.what())));
        return ExitBadInput;
    } catch (const std::exception &e) {
        return reportRunError(e);
    }
}

}  // namespace lle
