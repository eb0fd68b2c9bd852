// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the trade-off lab's windows to look at (the sweep, a grid, the idle-timeout preset,
// the run history, Compare A and B, calibration):
//   build/tools/screenshots/lab-screenshots DIR [ko|en] [dark]
// writes DIR/lab-*-LANG[-dark].png. A tool, not a test: it asserts nothing and is not run by ctest.
#include "calibrationdialog.h"
#include "comparisonview.h"
#include "explorerwindow.h"
#include "lab.h"
#include "playbackclock.h"
#include "rng.h"
#include "runhistory.h"
#include "runhistorydialog.h"
#include "screenshotsession.h"
#include "simulationcontroller.h"
#include "sweepview.h"

#include <QApplication>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lle;

int main(int argc, char **argv)
{
    ScreenshotSession::preferOffscreen();
    QApplication app(argc, argv);
    const ScreenshotSession session(app, "lab-screenshots");

    ExplorerWindow window(defaultScenario());
    window.setAutoPlay(false);
    SimulationController *c = window.controller();
    c->clock()->setAutoTick(false);
    window.resize(1280, 720);
    window.show();
    auto *lab = new Lab(&window);
    const auto upToDate = [c] { return c->run() && c->run()->finished && c->run()->generation == c->generation(); };
    session.waitFor(upToDate, "the window's run did not finish");

    SweepView *view = lab->openSweep();
    view->window()->resize(1180, 640);
    int sweeps = 0;
    QObject::connect(view, &SweepView::finished, [&] { ++sweeps; });
    const auto sweep = [&](const QString &name) {
        const int before = sweeps;
        if (!view->start())
            session.fail("a sweep did not start");
        session.waitFor([&] { return sweeps > before; }, "a sweep did not finish");
        session.save(view->window(), name);
    };
    view->setReplications(3);
    sweep(QStringLiteral("lab-sweep"));
    view->setSweep(QStringLiteral("function.memory_mb"), QStringLiteral("512, 1024, 2048, 4096"));
    view->setSecondKey(QStringLiteral("platform.idle_timeout_s"), QStringLiteral("60, 600"));
    view->setReplications(1);
    sweep(QStringLiteral("lab-sweep-grid"));
    view->setSecondKey(QString(), QString());
    view->choosePreset(SweepView::Preset::IdleTimeout);
    sweep(QStringLiteral("lab-sweep-idle"));
    view->window()->close();

    if (!c->setValues({{"function.memory_mb", 2048.0}}).empty())
        session.fail("2,048 MB was refused");
    session.waitFor(upToDate, "the 2,048 MB run did not finish");
    c->clock()->seek(300'000);
    if (!c->setValues({{"function.provisioned_concurrency", 2.0}}).empty())
        session.fail("provisioned concurrency 2 was refused");
    session.waitFor(upToDate, "the provisioned run did not finish");
    RunHistoryDialog *history = lab->openHistory();
    session.waitFor([&] { return lab->history()->entries().back().kpis.has_value(); }, "the history has no KPIs");
    history->table()->selectRow(0);
    history->table()->selectRow(1);
    session.save(history, QStringLiteral("lab-history"));

    ComparisonView *compare = lab->compare(0, 1);
    bool ready = false;
    QObject::connect(compare, &ComparisonView::ready, [&] { ready = true; });
    session.waitFor([&] { return ready; }, "the comparison did not finish");
    compare->clock()->seek(95'000);
    session.save(compare, QStringLiteral("lab-compare"));
    compare->close();

    // 3,000 REPORT lines at two memory sizes, every 25th a cold start.
    QTemporaryDir logs;
    QByteArray log;
    Rng rng(7, 1);
    for (int i = 0; i < 3000; ++i) {
        const int memory = i % 3 == 0 ? 1024 : 512;
        const double d = (memory == 512 ? 160.0 : 90.0) * std::exp(0.35 * rng.normal() - 0.06);
        log += "REPORT RequestId: r" + QByteArray::number(i) + "\tDuration: " + QByteArray::number(d, 'f', 2)
             + " ms\tBilled Duration: " + QByteArray::number(int(std::ceil(d))) + " ms\tMemory Size: "
             + QByteArray::number(memory) + " MB\tMax Memory Used: 70 MB";
        if (i % 25 == 0)
            log += "\tInit Duration: " + QByteArray::number(250 + 40 * rng.normal(), 'f', 2) + " ms";
        log += "\t\n";
    }
    const QString path = logs.filePath(QStringLiteral("cloudwatch.log"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
        session.fail("cannot write the log");
    file.close();
    CalibrationDialog *calibration = lab->calibrate(path);
    bool calibrated = false;
    QObject::connect(calibration, &CalibrationDialog::calibrated, [&] { calibrated = true; });
    session.waitFor([&] { return calibrated; }, "the calibration did not finish", 30'000);
    session.save(calibration, QStringLiteral("lab-calibration"));
    calibration->close();
    return 0;
}
