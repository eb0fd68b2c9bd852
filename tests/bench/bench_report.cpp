// SPDX-License-Identifier: GPL-3.0-or-later
// The report of an hour at 50 requests/s (issue 4's target: under 3 s), as a script makes it:
// `lambda-explorer --headless hour.json --report DIR`, timed from start to exit.
#include "../app/explorerprocess.h"
#include "scenarioio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace lle;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Scenario s = defaultScenario();
    s.name = "One hour at 50 requests/s";
    s.durationS = 3600;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 50;
    const std::string text = writeScenario(s);
    const QString file = dir.filePath(QStringLiteral("hour.json"));
    QFile f(file);
    if (!dir.isValid() || !f.open(QIODevice::WriteOnly)
        || f.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(file));
        return 3;
    }
    f.close();
    QElapsedTimer timer;
    timer.start();
    const auto r = test::runExplorer({QStringLiteral("--headless"), file, QStringLiteral("--report"), dir.filePath(QStringLiteral("hour"))});
    const qint64 ms = timer.elapsed();
    if (r.exitCode != 0) {
        std::fprintf(stderr, "bench_report: lambda-explorer failed:\n%s", r.err.constData());
        return 1;
    }
    std::printf("one-hour report at 50 requests/s: %lld ms (target < 3000 ms)\n", static_cast<long long>(ms));
    return 0;
}
