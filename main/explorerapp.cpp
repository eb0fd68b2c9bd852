// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerapp.h"

#include "autosave.h"
#include "clipactions.h"
#include "explorerwindow.h"
#include "helpmenu.h"
#include "lab.h"
#include "language.h"
#include "reportplots.h"
#include "scenarioio.h"
#include "scenariodocument.h"
#include "sweeppng.h"
#include "teaching.h"

#include <QApplication>

namespace lle {

int runExplorerWindow(const QString &scenarioPath)
{
    installTranslator();
    auto *window = new ExplorerWindow(defaultScenario());
    auto *teaching = new Teaching(window);   // lessons, explanations, presentation mode, language menu
    new Lab(window);        // sweeps, run history and compare A/B, calibration, trace progress
    new HelpMenu(window);   // user guide (F1), keyboard shortcuts, About
    new Autosave(window);   // the edited scenario kept on disk; a crashed session's offered back
    new ClipActions(window, teaching);   // File → Record clip…: MP4, WebM or GIF drawn offscreen
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(1280, 720);
    window->restoreWindowState();
    window->show();
    // A file that cannot be opened shows every problem; the built-in scenario stays.
    if (!scenarioPath.isEmpty())
        window->document()->open(scenarioPath);
    return QApplication::exec();
}

PlotRenderers headlessRenderers() { return {ReportPlots::files(), &renderSweepPlots}; }

}  // namespace lle
