// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the explorer window and its dialogs to look at (a lesson open, presentation mode on a
// projector, a clicked scale-out cold start's callout, a clip's dashboard and whole-window frames,
// the Record clip dialog, the keyboard shortcuts, the user guide, About):
//   build/tools/screenshots/window-screenshots DIR [ko|en] [dark]
// writes DIR/*-LANG[-dark].png. A tool, not a test: it asserts nothing and is not run by ctest
// (the tests that once saved these pictures check the same windows).
#include "aboutdialog.h"
#include "clipframes.h"
#include "explorerwindow.h"
#include "guidedialog.h"
#include "helpmenu.h"
#include "kpistrip.h"
#include "lessonpanel.h"
#include "lessonplayer.h"
#include "parameterpanel.h"
#include "playbackclock.h"
#include "recordclipdialog.h"
#include "requestcallout.h"
#include "runplots.h"
#include "scenarioio.h"
#include "screenshotsession.h"
#include "shortcutsdialog.h"
#include "simulationcontroller.h"
#include "teaching.h"

#include <QApplication>
#include <QCursor>
#include <QImage>
#include <QTest>


using namespace lle;

namespace {

bool upToDate(const SimulationController &c)
{
    return c.run() && c.run()->finished && c.run()->generation == c.generation() && !c.isComputing();
}

}  // namespace

int main(int argc, char **argv)
{
    ScreenshotSession::preferOffscreen();
    QApplication app(argc, argv);
    const ScreenshotSession session(app, "window-screenshots");

    {
        // A lesson open on the built-in scenario.
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *t = new Teaching(&w);
        w.resize(1280, 720);
        w.show();
        t->openLesson(QStringLiteral("memory-cpu-cost"));
        session.waitFor([&] { return upToDate(*w.controller()); }, "the lesson's run did not finish");
        session.save(&w, QStringLiteral("teaching"));
    }
    {
        // A scale-out cold start clicked in the latency plot: ringed there, outlined in the lanes,
        // explained in the callout beside the click (resources/screenshots/request-callout-*.png).
        Scenario s = defaultScenario();
        s.durationS = 120;
        setScenarioValue(s, "workload.rate_per_s", 8.0);
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        auto *t = new Teaching(&w);
        w.resize(1280, 720);
        w.show();
        session.waitFor([&] { return upToDate(*w.controller()); }, "the callout's run did not finish");
        const RunPtr run = w.controller()->run();
        const InvocationRecord *cold = nullptr;
        for (const InvocationRecord &i : run->invocations)
            if (i.isCold() && i.coldReason == ColdReason::ScaleOut && i.arrivalMs > 5000) {
                cold = &i;
                break;
            }
        if (!cold)
            session.fail("the run has no scale-out cold start");
        w.controller()->clock()->seek(cold->endMs + 6000);
        QCoreApplication::processEvents();
        LatencyPlot *plot = w.latencyPlot();
        plot->replot();
        const QPoint dot(qRound(plot->xAxis->coordToPixel(cold->endMs / 1000.0)), qRound(plot->yAxis->coordToPixel(cold->latencyMs)));
        QCursor::setPos(plot->mapToGlobal(dot));
        QTest::mouseClick(plot, Qt::LeftButton, {}, dot);
        if (!t->callout() || !t->callout()->isVisible())
            session.fail("the click opened no callout");
        session.waitFor([&] { return w.kpiStrip()->figures().requests > 0; }, "the KPI strip did not catch up");
        session.save(&w, QStringLiteral("request-callout"));
    }
    {
        // Presentation mode (F11) at a projector's 1280×720, step 5 of the lifecycle lesson reached
        // as a class gets there: each step's event skipped to, then Next
        // (resources/screenshots/presentation-*.png).
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        auto *t = new Teaching(&w);
        w.resize(1280, 720);
        w.show();
        if (!t->openLesson(QStringLiteral("lifecycle")))
            session.fail("the lifecycle lesson did not open");
        t->setPresentationMode(true);
        w.setWindowState(Qt::WindowNoState);   // the offscreen screen is not 1280×720
        w.resize(1280, 720);
        for (int step = 1; step <= 5; ++step) {
            if (step > 1)
                t->player()->next();
            session.waitFor([&] { return upToDate(*w.controller()); }, "a lesson step's run did not finish");
            t->lessonPanel()->skipButton()->click();
        }
        session.waitFor([&] { return w.kpiStrip()->figures().requests > 0; }, "the KPI strip did not catch up");
        if (w.width() != 1280)
            session.fail("presentation mode does not fit 1280 px");
        session.save(&w, QStringLiteral("presentation"));
        t->setPresentationMode(false);
    }
    {
        // The clip's frames: the dashboard at 1080p, the whole window with its parameter panel, and
        // the Record clip dialog offering a lesson step.
        Scenario s = defaultScenario();
        s.durationS = 90;
        s.seed = 5;
        ExplorerWindow w(s);
        w.setAutoPlay(false);
        w.resize(1280, 720);
        w.show();
        session.waitFor([&] { return upToDate(*w.controller()); }, "the clip's run did not finish");
        ClipSpec spec;
        spec.view = ClipView::Dashboard;
        spec.fromMs = 0;
        spec.toMs = 10'000;
        spec.video = {VideoFormat::Mp4, QSize(1920, 1080), 30};
        session.save(ClipFrames(w.controller()->run(), spec).frame(150), QStringLiteral("clip-dashboard"));
        spec.view = ClipView::Window;
        spec.video.size = QSize(1280, 720);
        ClipFrames window(w.controller()->run(), spec);
        window.setSidePanel(w.panel());
        session.save(window.frame(60), QStringLiteral("clip-window"));

        RecordClipDialog dialog(60'000, &w);
        dialog.setSpan(12'000, 30'000);
        dialog.setNarration(QStringLiteral("Lesson · 2 / 5"), QStringLiteral("A frozen environment is reused."));
        dialog.show();
        session.save(&dialog, QStringLiteral("record-clip-dialog"));
    }
    {
        // Help: the keyboard shortcuts of a window with lessons, the user guide, About.
        ExplorerWindow w(defaultScenario());
        w.setAutoPlay(false);
        new Teaching(&w);
        auto *help = new HelpMenu(&w);
        session.save(help->showShortcuts(), QStringLiteral("shortcuts"));
        GuideDialog guide(session.language());
        guide.show();
        session.save(&guide, QStringLiteral("guide"));
        AboutDialog about;
        about.show();
        session.save(&about, QStringLiteral("about"));
    }
    return 0;
}
