// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for studies on many machines: planning and merging a 10,000-job study (jobs per
// second), and the overhead of one job as a scheduler runs it — a new lambda-explorer process that
// starts, reads plan.json, runs a job of almost no work and writes its result (goal: under 50 ms,
// so that small jobs are not dominated by it).
// Not a test: run by hand, `bench_study`.
#include "studyplan.h"
#include "studyrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lle;

namespace {

SweepAxis axis(std::string path, int count, double first, double step)
{
    SweepAxis a{std::move(path), {}};
    for (int i = 0; i < count; ++i)
        a.values.emplace_back(first + i * step);
    return a;
}

Scenario tinyScenario()
{
    Scenario s;
    s.name = "bench";
    s.durationS = 1;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 1;
    return s;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plan"));

    // 20 memory sizes × 50 idle timeouts × 10 seeds = 10,000 jobs.
    SweepSpec spec;
    spec.axes = {axis("function.memory_mb", 20, 128, 256), axis("platform.idle_timeout_s", 50, 10, 30)};
    spec.replications = 10;
    const Scenario base = tinyScenario();

    QElapsedTimer timer;
    timer.start();
    if (!planSweep(base, spec).problems.empty())
        return 1;
    StudyManifest m = planSweepStudy(base, spec, LLE_VERSION);
    if (const StudyProblem p = writeStudyPlan(m, dir, QStringLiteral(LLE_EXPLORER_PATH))) {
        std::fprintf(stderr, "%s\n", qPrintable(p.message));
        return 1;
    }
    const double planS = timer.nsecsElapsed() / 1e9;
    const std::size_t n = m.jobCount();
    std::printf("plan:   %zu jobs in %.3f s (%.0f jobs/s): check the grid, plan.json, jobs.txt\n", n, planS, n / planS);

    // The results, made in this process (a second of simulated time each) to have something to merge.
    timer.restart();
    const Scenario planned = studyBaseScenario(m);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string r = runStudyJob(m, planned, i);
        QFile f(QDir(dir).filePath(QStringLiteral("results/%1.json").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(r.data(), static_cast<qint64>(r.size())) != static_cast<qint64>(r.size()))
            return 1;
    }
    const double runS = timer.nsecsElapsed() / 1e9;
    std::printf("run:    %zu jobs in process in %.3f s (%.2f ms a job, simulation included)\n", n, runS, runS * 1000 / n);

    timer.restart();
    StudyManifest read;
    if (readStudyPlan(dir, &read))
        return 1;
    const StudyResults results = readStudyResults(dir, read);
    if (!results.complete())
        return 1;
    const MergedSweep merged = mergeSweepStudy(read, studyBaseScenario(read), results.perJob);
    const std::string csv = sweepCsv(merged.plan, merged.rows);
    const double mergeS = timer.nsecsElapsed() / 1e9;
    std::printf("merge:  %zu jobs in %.3f s (%.0f jobs/s): read and check every result, reduce, sweep.csv (%zu rows)\n",
                n, mergeS, n / mergeS, merged.rows.size());

    // Per-job overhead: the real executable, one process per job, as GNU parallel or Slurm starts it.
    // The results are removed first so that each job runs.
    constexpr int kJobs = 40;
    std::vector<double> ms;
    for (int i = 0; i < kJobs; ++i) {
        QFile::remove(QDir(dir).filePath(QStringLiteral("results/%1.json").arg(i)));
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(LLE_EXPLORER_PATH), {QStringLiteral("--run-job"), dir, QString::number(i)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return 1;
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("job:    a new process per job (start, read plan.json, run 1 s simulated, write the result): "
                "median %.1f ms, p90 %.1f ms, of %d\n",
                ms[ms.size() / 2], ms[ms.size() * 9 / 10], kJobs);
    return 0;
}
